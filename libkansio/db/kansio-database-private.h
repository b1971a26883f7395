/* kansio-database-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libpq-fe.h>

#include "kansio-database.h"

G_BEGIN_DECLS

/* Runs in a worker thread with a pooled connection of its own, and leaves
 * what it found in @data, which lives until the GTask is finalized. */
typedef gboolean (*KansioDatabaseJob) (PGconn *conn,
                                       gpointer data,
                                       GCancellable *cancellable,
                                       GError **error);

void _kansio_database_run_async (KansioDatabase *self,
                                 KansioDatabaseJob job,
                                 gpointer data,
                                 GDestroyNotify data_free,
                                 GCancellable *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer user_data);
gboolean _kansio_database_run_finish (KansioDatabase *self, GAsyncResult *result, GError **error);
gpointer _kansio_database_run_get_data (GAsyncResult *result);

G_END_DECLS
