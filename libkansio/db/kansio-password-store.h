/* kansio-password-store.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kansio-server-settings.h"

G_BEGIN_DECLS

/* Server passwords live in the desktop keyring (libsecret), never in a
 * file or in GSettings. "Remember" picks the collection: the session one
 * forgets the password at logout. */

void kansio_password_store_lookup_async (const KansioServerSettings *server,
                                         GCancellable *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer user_data);
char *kansio_password_store_lookup_finish (GAsyncResult *result, GError **error);
void kansio_password_store_save_async (const KansioServerSettings *server,
                                       const char *password,
                                       gboolean permanently,
                                       GCancellable *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer user_data);
gboolean kansio_password_store_save_finish (GAsyncResult *result, GError **error);
void kansio_password_store_forget_async (const KansioServerSettings *server,
                                         GCancellable *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer user_data);
gboolean kansio_password_store_forget_finish (GAsyncResult *result, GError **error);

G_END_DECLS
