/* income-support-queue-item.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_QUEUE_ITEM (income_support_queue_item_get_type ())

G_DECLARE_FINAL_TYPE (
    IncomeSupportQueueItem, income_support_queue_item, INCOME_SUPPORT, QUEUE_ITEM, GObject)

IncomeSupportQueueItem *income_support_queue_item_new (KansioIncomeSupportQueueItem *item);
gint64 income_support_queue_item_get_application_id (IncomeSupportQueueItem *self);
gint64 income_support_queue_item_get_person_id (IncomeSupportQueueItem *self);
const char *income_support_queue_item_get_client_name (IncomeSupportQueueItem *self);
const char *income_support_queue_item_get_status (IncomeSupportQueueItem *self);
const char *income_support_queue_item_get_due_on (IncomeSupportQueueItem *self);
int income_support_queue_item_get_working_days_left (IncomeSupportQueueItem *self);
gboolean income_support_queue_item_get_is_late (IncomeSupportQueueItem *self);
gboolean income_support_queue_item_get_urgent (IncomeSupportQueueItem *self);

G_END_DECLS
