/* income-support-calculation-result.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_CALCULATION_RESULT (income_support_calculation_result_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportCalculationResult,
                      income_support_calculation_result,
                      INCOME_SUPPORT,
                      CALCULATION_RESULT,
                      AdwPreferencesGroup)

void income_support_calculation_result_fill (IncomeSupportCalculationResult *self,
                                             KansioIncomeSupportCalculation *calculation,
                                             const char *month);

G_END_DECLS
