/* income-support-order-list.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_ORDER_LIST (income_support_order_list_get_type ())

G_DECLARE_FINAL_TYPE (
    IncomeSupportOrderList, income_support_order_list, INCOME_SUPPORT, ORDER_LIST, AdwBin)

void income_support_order_list_set_decision (IncomeSupportOrderList *self,
                                             KansioIncomeSupportDecision *decision,
                                             gboolean may_order,
                                             gboolean removable);
void income_support_order_list_reset (IncomeSupportOrderList *self, const char *payee_name);
gboolean income_support_order_list_get_busy (IncomeSupportOrderList *self);
gint64 income_support_order_list_get_ordered_cents (IncomeSupportOrderList *self);
gint64 income_support_order_list_get_paid_cents (IncomeSupportOrderList *self);

G_END_DECLS
