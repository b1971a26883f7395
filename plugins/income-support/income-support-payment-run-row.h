/* income-support-payment-run-row.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_PAYMENT_RUN_ROW (income_support_payment_run_row_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportPaymentRunRow,
                      income_support_payment_run_row,
                      INCOME_SUPPORT,
                      PAYMENT_RUN_ROW,
                      AdwActionRow)

GtkWidget *income_support_payment_run_row_new (KansioIncomeSupportPaymentRun *run);

G_END_DECLS
