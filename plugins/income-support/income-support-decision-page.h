/* income-support-decision-page.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_DECISION_PAGE (income_support_decision_page_get_type ())

G_DECLARE_FINAL_TYPE (
    IncomeSupportDecisionPage, income_support_decision_page, INCOME_SUPPORT, DECISION_PAGE, AdwBin)

void income_support_decision_page_set_context (IncomeSupportDecisionPage *self,
                                               KansioContext *context);
void income_support_decision_page_set_rights (IncomeSupportDecisionPage *self,
                                              gboolean may_handle,
                                              gboolean may_decide);
void income_support_decision_page_set_application (IncomeSupportDecisionPage *self,
                                                   KansioIncomeSupportApplication *application);
void income_support_decision_page_set_calculation (IncomeSupportDecisionPage *self,
                                                   KansioIncomeSupportCalculation *calculation,
                                                   const char *calculation_json);
void income_support_decision_page_reload (IncomeSupportDecisionPage *self);
gint64 income_support_decision_page_get_decision_id (IncomeSupportDecisionPage *self);
const char *income_support_decision_page_get_stored_calculation (IncomeSupportDecisionPage *self);
gboolean income_support_decision_page_get_is_decided (IncomeSupportDecisionPage *self);
void income_support_decision_page_prepare (IncomeSupportDecisionPage *self);

G_END_DECLS
