/* kansio-income-support-decision-payments.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-decision"

#include "config.h"

#include "kansio-api-call-private.h"
#include "kansio-income-support-decision-private.h"
#include "kansio-income-support-payment-order-private.h"
#include "kansio-income-support-recovery-private.h"

/* What is paid and recovered on a decision: its payment orders, added
 * while it is prepared and paid in a payment run once it is decided, and
 * the recoveries of what was paid. The decision itself (reading,
 * preparing, deciding, sending) is kansio-income-support-decision.c. */

/* Payment orders */

/**
 * kansio_income_support_decision_list_orders_async:
 *
 * The decision's payment orders, paid or waiting for a run.
 */
void
kansio_income_support_decision_list_orders_async (KansioIncomeSupportDecision *self,
                                                  GCancellable *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self));
  g_return_if_fail (_kansio_income_support_decision_get_database (self) != NULL);

  _kansio_api_call_list_of_async (
      self, kansio_income_support_decision_list_orders_async,
      _kansio_income_support_decision_get_database (self),
      "SELECT * FROM api.is_decision_orders ($1::bigint)",
      kansio_income_support_decision_get_id (self), KANSIO_TYPE_INCOME_SUPPORT_PAYMENT_ORDER,
      (KansioApiItemFunc) _kansio_income_support_payment_order_new_from_row, cancellable, callback,
      user_data);
}

/**
 * kansio_income_support_decision_list_orders_finish:
 *
 * Returns: (transfer full) (nullable): a #GListModel of
 *   #KansioIncomeSupportPaymentOrder
 */
GListModel *
kansio_income_support_decision_list_orders_finish (KansioIncomeSupportDecision *self,
                                                   GAsyncResult *result,
                                                   GError **error)
{
  return _kansio_api_call_finish (self, kansio_income_support_decision_list_orders_async, result,
                                  error);
}

/**
 * kansio_income_support_decision_add_order_async:
 * @order: a new order, from kansio_income_support_payment_order_new()
 *
 * Adds a payment order to the decision being prepared. The decision gets
 * a new version: read it again before deciding. A field the database
 * refuses is named by kansio_database_error_get_column().
 */
void
kansio_income_support_decision_add_order_async (KansioIncomeSupportDecision *self,
                                                KansioIncomeSupportPaymentOrder *order,
                                                GCancellable *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer user_data)
{
  g_autofree char *id = NULL;
  g_autofree char *amount = NULL;
  const char *params[8];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self));
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_ORDER (order));
  g_return_if_fail (_kansio_income_support_decision_get_database (self) != NULL);

  id = _kansio_api_int64_text (kansio_income_support_decision_get_id (self));
  amount = _kansio_api_int64_text (kansio_income_support_payment_order_get_amount_cents (order));
  params[0] = id;
  params[1] = kansio_income_support_payment_order_get_kind (order);
  params[2] = kansio_income_support_payment_order_get_payee_name (order);
  params[3] = kansio_income_support_payment_order_get_iban (order);
  params[4] = kansio_income_support_payment_order_get_reference (order);
  params[5] = kansio_income_support_payment_order_get_message (order);
  params[6] = amount;
  params[7] = kansio_income_support_payment_order_get_due_on (order);
  _kansio_api_call_async (self, kansio_income_support_decision_add_order_async,
                          _kansio_income_support_decision_get_database (self),
                          "SELECT api.is_payment_order_add ($1::bigint, $2, $3, $4, $5, "
                          "$6, $7::bigint, $8::date)",
                          params, G_N_ELEMENTS (params), _kansio_api_map_id, NULL, NULL, g_free,
                          cancellable, callback, user_data);
}

/**
 * kansio_income_support_decision_add_order_finish:
 *
 * Returns: the order's id, or 0 with @error set
 */
gint64
kansio_income_support_decision_add_order_finish (KansioIncomeSupportDecision *self,
                                                 GAsyncResult *result,
                                                 GError **error)
{
  return _kansio_api_call_finish_id (self, kansio_income_support_decision_add_order_async, result,
                                     error);
}

/* Recovery */

/**
 * kansio_income_support_decision_list_recoveries_async:
 *
 * The recoveries of support paid on the decision.
 */
void
kansio_income_support_decision_list_recoveries_async (KansioIncomeSupportDecision *self,
                                                      GCancellable *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self));
  g_return_if_fail (_kansio_income_support_decision_get_database (self) != NULL);

  _kansio_api_call_list_of_async (self, kansio_income_support_decision_list_recoveries_async,
                                  _kansio_income_support_decision_get_database (self),
                                  "SELECT * FROM api.is_recoveries ($1::bigint)",
                                  kansio_income_support_decision_get_id (self),
                                  KANSIO_TYPE_INCOME_SUPPORT_RECOVERY,
                                  (KansioApiItemFunc) _kansio_income_support_recovery_new_from_row,
                                  cancellable, callback, user_data);
}

/**
 * kansio_income_support_decision_list_recoveries_finish:
 *
 * Returns: (transfer full) (nullable): a #GListModel of
 *   #KansioIncomeSupportRecovery
 */
GListModel *
kansio_income_support_decision_list_recoveries_finish (KansioIncomeSupportDecision *self,
                                                       GAsyncResult *result,
                                                       GError **error)
{
  return _kansio_api_call_finish (self, kansio_income_support_decision_list_recoveries_async,
                                  result, error);
}

/**
 * kansio_income_support_decision_prepare_recovery_async:
 * @amount_cents: what is recovered, at most what was paid and not yet recovered
 * @reasons: why, as the recovery decision prints it
 *
 * Prepares a recovery of support paid on the decided decision; another
 * decision-maker decides it.
 */
void
kansio_income_support_decision_prepare_recovery_async (KansioIncomeSupportDecision *self,
                                                       gint64 amount_cents,
                                                       const char *reasons,
                                                       GCancellable *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer user_data)
{
  g_autofree char *id = NULL;
  g_autofree char *amount = NULL;
  const char *params[3];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self));
  g_return_if_fail (reasons != NULL);
  g_return_if_fail (_kansio_income_support_decision_get_database (self) != NULL);

  id = _kansio_api_int64_text (kansio_income_support_decision_get_id (self));
  amount = _kansio_api_int64_text (amount_cents);
  params[0] = id;
  params[1] = amount;
  params[2] = reasons;
  _kansio_api_call_async (self, kansio_income_support_decision_prepare_recovery_async,
                          _kansio_income_support_decision_get_database (self),
                          "SELECT api.is_recovery_prepare ($1::bigint, $2::bigint, $3)", params,
                          G_N_ELEMENTS (params), _kansio_api_map_id, NULL, NULL, g_free,
                          cancellable, callback, user_data);
}

/**
 * kansio_income_support_decision_prepare_recovery_finish:
 *
 * Returns: the recovery's id, or 0 with @error set
 */
gint64
kansio_income_support_decision_prepare_recovery_finish (KansioIncomeSupportDecision *self,
                                                        GAsyncResult *result,
                                                        GError **error)
{
  return _kansio_api_call_finish_id (self, kansio_income_support_decision_prepare_recovery_async,
                                     result, error);
}
