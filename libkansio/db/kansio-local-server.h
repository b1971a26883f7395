/* kansio-local-server.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

G_BEGIN_DECLS

#define KANSIO_LOCAL_SERVER_ERROR (kansio_local_server_error_quark ())

typedef enum
{
  KANSIO_LOCAL_SERVER_ERROR_NOT_INSTALLED,
  KANSIO_LOCAL_SERVER_ERROR_FAILED,
  KANSIO_LOCAL_SERVER_ERROR_PATH_TOO_LONG,
} KansioLocalServerError;

#define KANSIO_TYPE_LOCAL_SERVER (kansio_local_server_get_type ())

G_DECLARE_FINAL_TYPE (KansioLocalServer, kansio_local_server, KANSIO, LOCAL_SERVER, GObject)

GQuark kansio_local_server_error_quark (void);
char *kansio_local_server_get_default_directory (void);
KansioLocalServer *kansio_local_server_new (const char *directory);
const char *kansio_local_server_get_directory (KansioLocalServer *self);
char *kansio_local_server_get_conninfo (KansioLocalServer *self, const char *database);
gboolean kansio_local_server_get_durable (KansioLocalServer *self);
void kansio_local_server_set_durable (KansioLocalServer *self, gboolean durable);
void kansio_local_server_start_async (KansioLocalServer *self,
                                      GCancellable *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer user_data);
gboolean
kansio_local_server_start_finish (KansioLocalServer *self, GAsyncResult *result, GError **error);
gboolean kansio_local_server_get_initialized_now (KansioLocalServer *self);
gboolean kansio_local_server_get_started_now (KansioLocalServer *self);
gboolean kansio_local_server_is_running (KansioLocalServer *self);
GPid kansio_local_server_get_server_pid (KansioLocalServer *self);
gboolean
kansio_local_server_set_kept_running (KansioLocalServer *self, gboolean keep, GError **error);
gboolean kansio_local_server_get_kept_running (KansioLocalServer *self);
gboolean kansio_local_server_release (KansioLocalServer *self, GError **error);
void kansio_local_server_stop_async (KansioLocalServer *self,
                                     GCancellable *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer user_data);
gboolean
kansio_local_server_stop_finish (KansioLocalServer *self, GAsyncResult *result, GError **error);

G_END_DECLS
