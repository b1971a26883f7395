/* income-support-work-queue.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_WORK_QUEUE (income_support_work_queue_get_type ())

G_DECLARE_FINAL_TYPE (
    IncomeSupportWorkQueue, income_support_work_queue, INCOME_SUPPORT, WORK_QUEUE, AdwBin)

void income_support_work_queue_set_context (IncomeSupportWorkQueue *self, KansioContext *context);
void income_support_work_queue_reload (IncomeSupportWorkQueue *self);
GListModel *income_support_work_queue_get_items (IncomeSupportWorkQueue *self);
const char *income_support_work_queue_get_whose (IncomeSupportWorkQueue *self);
void income_support_work_queue_focus (IncomeSupportWorkQueue *self);
void income_support_work_queue_set_whose (IncomeSupportWorkQueue *self, const char *whose);

G_END_DECLS
