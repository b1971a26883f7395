/* kansio-document-worker.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>
#include <libpq-fe.h>

#include "documents/kansio-document.h"

G_BEGIN_DECLS

/* The document service's steps on its own blocking connection, one
 * kansio_service function each; errors are KANSIO_DATABASE_ERROR with the
 * SQLSTATE kept. */

void kansio_document_worker_identify (PGconn *conn);
gboolean kansio_document_worker_listen (PGconn *conn, GError **error);
gboolean kansio_document_worker_take (
    PGconn *conn, gint64 *request_id, char **inputs, gboolean *taken, GError **error);
gint64 kansio_document_worker_store (PGconn *conn,
                                     gint64 request_id,
                                     KansioDocument *document,
                                     GError **error);
void kansio_document_worker_fail (PGconn *conn, gint64 request_id, const char *message);
int kansio_document_worker_end_stuck_sessions (PGconn *conn, GError **error);

G_END_DECLS
