/* income-support-calculation-editor.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_CALCULATION_EDITOR (income_support_calculation_editor_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportCalculationEditor,
                      income_support_calculation_editor,
                      INCOME_SUPPORT,
                      CALCULATION_EDITOR,
                      AdwBin)

void income_support_calculation_editor_set_context (IncomeSupportCalculationEditor *self,
                                                    KansioContext *context);
void
income_support_calculation_editor_set_application (IncomeSupportCalculationEditor *self,
                                                   KansioIncomeSupportApplication *application);
void income_support_calculation_editor_set_members (IncomeSupportCalculationEditor *self,
                                                    GListModel *members);
GListModel *income_support_calculation_editor_get_members (IncomeSupportCalculationEditor *self);
void income_support_calculation_editor_set_editable (IncomeSupportCalculationEditor *self,
                                                     gboolean editable);
void income_support_calculation_editor_clear (IncomeSupportCalculationEditor *self);
gboolean income_support_calculation_editor_get_is_touched (IncomeSupportCalculationEditor *self);
gboolean income_support_calculation_editor_fill_from_json (IncomeSupportCalculationEditor *self,
                                                           const char *json);
void income_support_calculation_editor_calculate (IncomeSupportCalculationEditor *self);
KansioIncomeSupportCalculation *
income_support_calculation_editor_get_calculation (IncomeSupportCalculationEditor *self);
char *income_support_calculation_editor_dup_decision_json (IncomeSupportCalculationEditor *self);

char *_income_support_calculation_merge_json (const char *result_json, const char *input_json);

G_END_DECLS
