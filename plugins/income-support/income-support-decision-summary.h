/* income-support-decision-summary.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_DECISION_SUMMARY (income_support_decision_summary_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportDecisionSummary,
                      income_support_decision_summary,
                      INCOME_SUPPORT,
                      DECISION_SUMMARY,
                      AdwPreferencesGroup)

void income_support_decision_summary_update (IncomeSupportDecisionSummary *self,
                                             KansioIncomeSupportDecision *decision,
                                             gboolean loaded,
                                             gboolean may_handle,
                                             gboolean may_decide);
void income_support_decision_summary_show_error (IncomeSupportDecisionSummary *self,
                                                 const char *message);

G_END_DECLS
