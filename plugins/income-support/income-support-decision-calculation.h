/* income-support-decision-calculation.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_DECISION_CALCULATION (income_support_decision_calculation_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportDecisionCalculation,
                      income_support_decision_calculation,
                      INCOME_SUPPORT,
                      DECISION_CALCULATION,
                      AdwPreferencesGroup)

void income_support_decision_calculation_set_json (IncomeSupportDecisionCalculation *self,
                                                   const char *calculation_json);

G_END_DECLS
