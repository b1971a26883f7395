/* kansio-income-support-payment-order.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_INCOME_SUPPORT_PAYMENT_ORDER (kansio_income_support_payment_order_get_type ())

G_DECLARE_FINAL_TYPE (KansioIncomeSupportPaymentOrder,
                      kansio_income_support_payment_order,
                      KANSIO,
                      INCOME_SUPPORT_PAYMENT_ORDER,
                      GObject)

KansioIncomeSupportPaymentOrder *kansio_income_support_payment_order_new (const char *kind,
                                                                          const char *payee_name,
                                                                          const char *iban,
                                                                          const char *reference,
                                                                          const char *message,
                                                                          gint64 amount_cents,
                                                                          const GDate *due_on);
gint64 kansio_income_support_payment_order_get_id (KansioIncomeSupportPaymentOrder *self);
const char *kansio_income_support_payment_order_get_kind (KansioIncomeSupportPaymentOrder *self);
const char *
kansio_income_support_payment_order_get_payee_name (KansioIncomeSupportPaymentOrder *self);
const char *kansio_income_support_payment_order_get_iban (KansioIncomeSupportPaymentOrder *self);
const char *
kansio_income_support_payment_order_get_reference (KansioIncomeSupportPaymentOrder *self);
const char *kansio_income_support_payment_order_get_message (KansioIncomeSupportPaymentOrder *self);
gint64 kansio_income_support_payment_order_get_amount_cents (KansioIncomeSupportPaymentOrder *self);
const char *kansio_income_support_payment_order_get_due_on (KansioIncomeSupportPaymentOrder *self);
gint64 kansio_income_support_payment_order_get_run_id (KansioIncomeSupportPaymentOrder *self);
const char *kansio_income_support_payment_order_get_paid_on (KansioIncomeSupportPaymentOrder *self);
gboolean kansio_income_support_payment_order_get_is_paid (KansioIncomeSupportPaymentOrder *self);

void kansio_income_support_payment_order_remove_async (KansioIncomeSupportPaymentOrder *self,
                                                       GCancellable *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer user_data);
gboolean kansio_income_support_payment_order_remove_finish (KansioIncomeSupportPaymentOrder *self,
                                                            GAsyncResult *result,
                                                            GError **error);

G_END_DECLS
