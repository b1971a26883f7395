/* income-support-payment-run-dialog.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_PAYMENT_RUN_DIALOG (income_support_payment_run_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportPaymentRunDialog,
                      income_support_payment_run_dialog,
                      INCOME_SUPPORT,
                      PAYMENT_RUN_DIALOG,
                      AdwMessageDialog)

AdwMessageDialog *income_support_payment_run_dialog_new (GtkWindow *parent,
                                                         const char *day,
                                                         guint n_orders,
                                                         gint64 total_cents);

G_END_DECLS
