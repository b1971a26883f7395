/* kansio-database.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kansio-rows.h"

G_BEGIN_DECLS

/*
 * KansioDatabase: the one way into PostgreSQL.
 *
 * Why worker threads: libpq has no GLib integration, and a request is a
 * connect, a send and a wait that may each block. Requests run in GTask
 * worker threads, each on a connection taken from a small pool, with
 * blocking libpq calls that wait on the socket and the GCancellable
 * together. That keeps the code of a request straight-line (easy to read,
 * easy to make correct with transactions later) and never touches the main
 * loop. The one exception is LISTEN: notifications arrive whenever the
 * server likes, so one dedicated connection is watched by a PQsocket
 * GSource on the main context and "notification" is emitted there.
 *
 * Parameters are always bound (PQsendQueryParams); SQL text never contains
 * a value. Errors are in KANSIO_DATABASE_ERROR with the SQLSTATE kept. A
 * request whose connection breaks fails with
 * KANSIO_DATABASE_ERROR_CONNECTION_LOST and is never retried: the next
 * request opens a new connection.
 */

#define KANSIO_TYPE_DATABASE (kansio_database_get_type ())

G_DECLARE_FINAL_TYPE (KansioDatabase, kansio_database, KANSIO, DATABASE, GObject)

KansioDatabase *kansio_database_new (const char *conninfo);
const char *kansio_database_get_conninfo (KansioDatabase *self);
void kansio_database_query_async (KansioDatabase *self,
                                  const char *sql,
                                  const char *const *params,
                                  guint n_params,
                                  GCancellable *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer user_data);
KansioRows *
kansio_database_query_finish (KansioDatabase *self, GAsyncResult *result, GError **error);
void kansio_database_listen_async (KansioDatabase *self,
                                   const char *channel,
                                   GCancellable *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer user_data);
gboolean kansio_database_listen_finish (KansioDatabase *self, GAsyncResult *result, GError **error);
void kansio_database_close (KansioDatabase *self);

G_END_DECLS
