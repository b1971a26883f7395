/* kansio-payment-run.h
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

void kansio_payment_run_create_async (KansioDatabase *database,
                                      const GDate *run_on,
                                      GCancellable *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer user_data);
gboolean kansio_payment_run_create_finish (GAsyncResult *result, gint64 *run_id, GError **error);
void kansio_payment_run_build_file_async (KansioDatabase *database,
                                          gint64 run_id,
                                          GCancellable *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer user_data);
GBytes *kansio_payment_run_build_file_finish (
    GAsyncResult *result, guint *n_orders, gint64 *total_cents, char **message_id, GError **error);

G_END_DECLS
