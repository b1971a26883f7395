/* kansio-income-support-payment-run.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kansio-database.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_INCOME_SUPPORT_PAYMENT_RUN (kansio_income_support_payment_run_get_type ())

G_DECLARE_FINAL_TYPE (KansioIncomeSupportPaymentRun,
                      kansio_income_support_payment_run,
                      KANSIO,
                      INCOME_SUPPORT_PAYMENT_RUN,
                      GObject)

gint64 kansio_income_support_payment_run_get_id (KansioIncomeSupportPaymentRun *self);
const char *kansio_income_support_payment_run_get_run_on (KansioIncomeSupportPaymentRun *self);
const char *kansio_income_support_payment_run_get_message_id (KansioIncomeSupportPaymentRun *self);
guint kansio_income_support_payment_run_get_n_orders (KansioIncomeSupportPaymentRun *self);
gint64 kansio_income_support_payment_run_get_total_cents (KansioIncomeSupportPaymentRun *self);
const char *kansio_income_support_payment_run_get_created_by (KansioIncomeSupportPaymentRun *self);
const char *kansio_income_support_payment_run_get_created_at (KansioIncomeSupportPaymentRun *self);

void kansio_income_support_payment_run_list_async (KansioDatabase *database,
                                                   GCancellable *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer user_data);
GListModel *kansio_income_support_payment_run_list_finish (GAsyncResult *result, GError **error);
void kansio_income_support_payment_run_create_async (KansioDatabase *database,
                                                     const GDate *run_on,
                                                     GCancellable *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer user_data);
gboolean kansio_income_support_payment_run_create_finish (GAsyncResult *result,
                                                          gint64 *run_id,
                                                          GError **error);
void kansio_income_support_payment_run_build_file_async (KansioDatabase *database,
                                                         gint64 run_id,
                                                         GCancellable *cancellable,
                                                         GAsyncReadyCallback callback,
                                                         gpointer user_data);
GBytes *kansio_income_support_payment_run_build_file_finish (
    GAsyncResult *result, guint *n_orders, gint64 *total_cents, char **message_id, GError **error);

void kansio_income_support_payment_run_preview_async (KansioDatabase *database,
                                                      const GDate *run_on,
                                                      GCancellable *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer user_data);
gboolean kansio_income_support_payment_run_preview_finish (GAsyncResult *result,
                                                           gint64 *n_orders,
                                                           gint64 *total_cents,
                                                           GError **error);

G_END_DECLS
