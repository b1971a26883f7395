/* income-support-payment-runs.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_PAYMENT_RUNS (income_support_payment_runs_get_type ())

G_DECLARE_FINAL_TYPE (
    IncomeSupportPaymentRuns, income_support_payment_runs, INCOME_SUPPORT, PAYMENT_RUNS, AdwBin)

void income_support_payment_runs_set_context (IncomeSupportPaymentRuns *self,
                                              KansioContext *context);
void income_support_payment_runs_reload (IncomeSupportPaymentRuns *self);
gboolean income_support_payment_runs_get_busy (IncomeSupportPaymentRuns *self);
const char *income_support_payment_runs_get_message (IncomeSupportPaymentRuns *self);
guint income_support_payment_runs_get_n_runs (IncomeSupportPaymentRuns *self);
void income_support_payment_runs_create_to (IncomeSupportPaymentRuns *self,
                                            const char *run_on,
                                            GFile *file);
void income_support_payment_runs_save_again_to (IncomeSupportPaymentRuns *self,
                                                gint64 run_id,
                                                GFile *file);

G_END_DECLS
