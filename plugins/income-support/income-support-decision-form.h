/* income-support-decision-form.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_DECISION_FORM (income_support_decision_form_get_type ())

G_DECLARE_FINAL_TYPE (
    IncomeSupportDecisionForm, income_support_decision_form, INCOME_SUPPORT, DECISION_FORM, AdwBin)

void income_support_decision_form_set_context (IncomeSupportDecisionForm *self,
                                               KansioContext *context);
void income_support_decision_form_set_language (IncomeSupportDecisionForm *self,
                                                KansioLanguage language);
void income_support_decision_form_set_calculation (IncomeSupportDecisionForm *self,
                                                   KansioIncomeSupportCalculation *calculation,
                                                   const char *calculation_json);
void income_support_decision_form_set_waiting (IncomeSupportDecisionForm *self, gboolean waiting);
void income_support_decision_form_reset (IncomeSupportDecisionForm *self);
void income_support_decision_form_fill (IncomeSupportDecisionForm *self,
                                        KansioIncomeSupportDecision *decision);
void income_support_decision_form_show_error (IncomeSupportDecisionForm *self, const char *message);
gboolean income_support_decision_form_check (IncomeSupportDecisionForm *self,
                                             const char **outcome,
                                             gint64 *support_cents,
                                             char **reasons);
const char *income_support_decision_form_get_calculation_json (IncomeSupportDecisionForm *self);

G_END_DECLS
