/* kansio-income-support-queue-item.h
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

#define KANSIO_TYPE_INCOME_SUPPORT_QUEUE_ITEM (kansio_income_support_queue_item_get_type ())

G_DECLARE_FINAL_TYPE (KansioIncomeSupportQueueItem,
                      kansio_income_support_queue_item,
                      KANSIO,
                      INCOME_SUPPORT_QUEUE_ITEM,
                      GObject)

gint64 kansio_income_support_queue_item_get_application_id (KansioIncomeSupportQueueItem *self);
gint64 kansio_income_support_queue_item_get_person_id (KansioIncomeSupportQueueItem *self);
const char *kansio_income_support_queue_item_get_client_name (KansioIncomeSupportQueueItem *self);
int kansio_income_support_queue_item_get_unit_id (KansioIncomeSupportQueueItem *self);
const char *kansio_income_support_queue_item_get_received_on (KansioIncomeSupportQueueItem *self);
const char *kansio_income_support_queue_item_get_status (KansioIncomeSupportQueueItem *self);
gboolean kansio_income_support_queue_item_get_urgent (KansioIncomeSupportQueueItem *self);
const char *kansio_income_support_queue_item_get_due_on (KansioIncomeSupportQueueItem *self);
int kansio_income_support_queue_item_get_working_days_left (KansioIncomeSupportQueueItem *self);
gboolean kansio_income_support_queue_item_get_is_late (KansioIncomeSupportQueueItem *self);
const char *kansio_income_support_queue_item_get_identity_code (KansioIncomeSupportQueueItem *self);
const char *kansio_income_support_queue_item_get_clock (KansioIncomeSupportQueueItem *self);
const char *kansio_income_support_queue_item_get_clock_due_on (KansioIncomeSupportQueueItem *self);
int kansio_income_support_queue_item_get_clock_days_left (KansioIncomeSupportQueueItem *self);
gboolean kansio_income_support_queue_item_get_clock_is_late (KansioIncomeSupportQueueItem *self);
const char *
kansio_income_support_queue_item_get_completion_due_on (KansioIncomeSupportQueueItem *self);
const char *
kansio_income_support_queue_item_get_discussion_due_on (KansioIncomeSupportQueueItem *self);
int kansio_income_support_queue_item_get_discussion_days_left (KansioIncomeSupportQueueItem *self);
gboolean
kansio_income_support_queue_item_get_discussion_is_late (KansioIncomeSupportQueueItem *self);

void kansio_income_support_queue_item_list_async (KansioDatabase *database,
                                                  const char *whose,
                                                  GCancellable *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer user_data);
GListModel *kansio_income_support_queue_item_list_finish (GAsyncResult *result, GError **error);

G_END_DECLS
