/* kansio-income-support-case.h
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
#include "kansio-context.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_INCOME_SUPPORT_CASE (kansio_income_support_case_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioIncomeSupportCase, kansio_income_support_case, KANSIO, INCOME_SUPPORT_CASE, GObject)

gint64 kansio_income_support_case_get_id (KansioIncomeSupportCase *self);
int kansio_income_support_case_get_unit_id (KansioIncomeSupportCase *self);
const char *kansio_income_support_case_get_unit_name_fi (KansioIncomeSupportCase *self);
const char *kansio_income_support_case_get_unit_name_sv (KansioIncomeSupportCase *self);

void kansio_income_support_case_find_open_async (KansioContext *context,
                                                 gint64 person_id,
                                                 GCancellable *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer user_data);
KansioIncomeSupportCase *kansio_income_support_case_find_open_finish (GAsyncResult *result,
                                                                      GError **error);

G_END_DECLS
