/* kansio-pq-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libpq-fe.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGresult, PQclear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGconn, PQfinish)

/* Blocking helpers for worker threads only. Each waits on the connection's
 * socket and on @cancellable together, so a cancelled request returns
 * promptly and the server is told to stop. */
PGconn *_kansio_pq_connect (const char *conninfo, GCancellable *cancellable, GError **error);
PGresult *_kansio_pq_exec (PGconn *conn,
                           const char *sql,
                           int n_params,
                           const char *const *params,
                           GCancellable *cancellable,
                           GError **error);
gboolean _kansio_pq_run (PGconn *conn, const char *sql, GCancellable *cancellable, GError **error);
gboolean _kansio_pq_exec_script (PGconn *conn,
                                 const char *script,
                                 GCancellable *cancellable,
                                 GError **error);
gboolean _kansio_pq_is_usable (PGconn *conn);
guint _kansio_pq_get_n_sent_twice (void);

G_END_DECLS
