/* kansio-demo-data.h
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

void kansio_demo_data_install_async (KansioDatabase *database,
                                     GCancellable *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer user_data);
gboolean kansio_demo_data_install_finish (KansioDatabase *database,
                                          GAsyncResult *result,
                                          gboolean *installed_now,
                                          GError **error);

void kansio_demo_data_list_users_async (KansioDatabase *database,
                                        GCancellable *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer user_data);
GListModel *
kansio_demo_data_list_users_finish (KansioDatabase *database, GAsyncResult *result, GError **error);

G_END_DECLS
