/* kansio-income-support-decision.h
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
#include "kansio-income-support-payment-order.h"

G_BEGIN_DECLS

/**
 * KansioIncomeSupportDecisionState:
 * @KANSIO_INCOME_SUPPORT_DECISION_PREPARED: prepared, waiting for a decision-maker
 * @KANSIO_INCOME_SUPPORT_DECISION_DECIDED: decided, its sending not yet recorded
 * @KANSIO_INCOME_SUPPORT_DECISION_SENT: decided and sent
 */
typedef enum
{
  KANSIO_INCOME_SUPPORT_DECISION_PREPARED,
  KANSIO_INCOME_SUPPORT_DECISION_DECIDED,
  KANSIO_INCOME_SUPPORT_DECISION_SENT,
} KansioIncomeSupportDecisionState;

#define KANSIO_TYPE_INCOME_SUPPORT_DECISION_STATE (kansio_income_support_decision_state_get_type ())
GType kansio_income_support_decision_state_get_type (void);

#define KANSIO_TYPE_INCOME_SUPPORT_DECISION (kansio_income_support_decision_get_type ())

G_DECLARE_FINAL_TYPE (KansioIncomeSupportDecision,
                      kansio_income_support_decision,
                      KANSIO,
                      INCOME_SUPPORT_DECISION,
                      GObject)

gint64 kansio_income_support_decision_get_id (KansioIncomeSupportDecision *self);
gint64 kansio_income_support_decision_get_application_id (KansioIncomeSupportDecision *self);
const char *kansio_income_support_decision_get_outcome (KansioIncomeSupportDecision *self);
gint64 kansio_income_support_decision_get_support_cents (KansioIncomeSupportDecision *self);
const char *kansio_income_support_decision_get_calculation (KansioIncomeSupportDecision *self);
const char *kansio_income_support_decision_get_reasons (KansioIncomeSupportDecision *self);
const char *kansio_income_support_decision_get_prepared_by (KansioIncomeSupportDecision *self);
const char *kansio_income_support_decision_get_prepared_at (KansioIncomeSupportDecision *self);
const char *kansio_income_support_decision_get_decided_by (KansioIncomeSupportDecision *self);
const char *kansio_income_support_decision_get_decided_at (KansioIncomeSupportDecision *self);
int kansio_income_support_decision_get_row_version (KansioIncomeSupportDecision *self);
gint64 kansio_income_support_decision_get_document_id (KansioIncomeSupportDecision *self);
gboolean kansio_income_support_decision_get_decided_by_me (KansioIncomeSupportDecision *self);
gboolean kansio_income_support_decision_get_written_by_me (KansioIncomeSupportDecision *self);
const char *kansio_income_support_decision_get_sent_on (KansioIncomeSupportDecision *self);
const char *kansio_income_support_decision_get_sent_channel (KansioIncomeSupportDecision *self);
gboolean kansio_income_support_decision_get_rectification_deadline (
    KansioIncomeSupportDecision *self, GDate *receipt, GDate *last_day);
KansioIncomeSupportDecisionState
kansio_income_support_decision_get_state (KansioIncomeSupportDecision *self);
gboolean kansio_income_support_decision_get_is_decided (KansioIncomeSupportDecision *self);

void kansio_income_support_decision_get_async (KansioDatabase *database,
                                               gint64 application_id,
                                               GCancellable *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer user_data);
KansioIncomeSupportDecision *kansio_income_support_decision_get_finish (GAsyncResult *result,
                                                                        GError **error);
void kansio_income_support_decision_reload_async (KansioIncomeSupportDecision *self,
                                                  GCancellable *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer user_data);
gboolean kansio_income_support_decision_reload_finish (KansioIncomeSupportDecision *self,
                                                       GAsyncResult *result,
                                                       GError **error);
void kansio_income_support_decision_prepare_async (KansioDatabase *database,
                                                   gint64 application_id,
                                                   const char *outcome,
                                                   gint64 support_cents,
                                                   const char *calculation,
                                                   const char *reasons,
                                                   GCancellable *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer user_data);
gint64 kansio_income_support_decision_prepare_finish (GAsyncResult *result, GError **error);
void kansio_income_support_decision_decide_async (KansioIncomeSupportDecision *self,
                                                  GCancellable *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer user_data);
gboolean kansio_income_support_decision_decide_finish (KansioIncomeSupportDecision *self,
                                                       GAsyncResult *result,
                                                       GError **error);
void kansio_income_support_decision_list_orders_async (KansioIncomeSupportDecision *self,
                                                       GCancellable *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer user_data);
GListModel *kansio_income_support_decision_list_orders_finish (KansioIncomeSupportDecision *self,
                                                               GAsyncResult *result,
                                                               GError **error);
void kansio_income_support_decision_add_order_async (KansioIncomeSupportDecision *self,
                                                     KansioIncomeSupportPaymentOrder *order,
                                                     GCancellable *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer user_data);
gint64 kansio_income_support_decision_add_order_finish (KansioIncomeSupportDecision *self,
                                                        GAsyncResult *result,
                                                        GError **error);
void kansio_income_support_decision_record_sending_async (KansioIncomeSupportDecision *self,
                                                          const char *channel,
                                                          const GDate *sent_on,
                                                          GCancellable *cancellable,
                                                          GAsyncReadyCallback callback,
                                                          gpointer user_data);
gboolean kansio_income_support_decision_record_sending_finish (KansioIncomeSupportDecision *self,
                                                               GAsyncResult *result,
                                                               GError **error);
void kansio_income_support_decision_list_recoveries_async (KansioIncomeSupportDecision *self,
                                                           GCancellable *cancellable,
                                                           GAsyncReadyCallback callback,
                                                           gpointer user_data);
GListModel *kansio_income_support_decision_list_recoveries_finish (
    KansioIncomeSupportDecision *self, GAsyncResult *result, GError **error);
void kansio_income_support_decision_prepare_recovery_async (KansioIncomeSupportDecision *self,
                                                            gint64 amount_cents,
                                                            const char *reasons,
                                                            GCancellable *cancellable,
                                                            GAsyncReadyCallback callback,
                                                            gpointer user_data);
gint64 kansio_income_support_decision_prepare_recovery_finish (KansioIncomeSupportDecision *self,
                                                               GAsyncResult *result,
                                                               GError **error);

G_END_DECLS
