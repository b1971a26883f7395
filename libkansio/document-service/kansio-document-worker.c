/* kansio-document-worker.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the document service (kansio-documentd) asks of the database, in
 * its worker threads, each on a blocking connection of its own: the only
 * place the kansio_service functions it calls are known. The service
 * prints what went wrong itself, from the connection.
 */
#define G_LOG_DOMAIN "kansio-document-worker"

#include "config.h"

#include "kansio-database-error-private.h"
#include "kansio-document-worker.h"
#include "kansio-pq-private.h"

/* The channel the database notifies when a document is asked for. */
#define CHANNEL "kansio_documents"

static gboolean
check (PGresult *result, ExecStatusType wanted, GError **error)
{
  if (PQresultStatus (result) == wanted)
    return TRUE;
  g_propagate_error (error, _kansio_database_error_new_from_result (result));
  return FALSE;
}

/**
 * kansio_document_worker_identify:
 *
 * Names the connection for the server's activity view; nothing if that
 * fails.
 */
void
kansio_document_worker_identify (PGconn *conn)
{
  g_return_if_fail (conn != NULL);

  PQclear (PQexec (conn, "SET application_name = 'kansio-documentd'"));
}

/**
 * kansio_document_worker_listen:
 *
 * Listens for the word that a document is asked for: read it with
 * PQconsumeInput() and PQnotifies().
 */
gboolean
kansio_document_worker_listen (PGconn *conn, GError **error)
{
  g_autoptr (PGresult) listen = NULL;

  g_return_val_if_fail (conn != NULL, FALSE);

  listen = PQexec (conn, "LISTEN " CHANNEL);
  return check (listen, PGRES_COMMAND_OK, error);
}

/**
 * kansio_document_worker_take:
 * @request_id: (out): the request taken
 * @inputs: (out) (transfer full): what it is composed from, for
 *   kansio_document_request_new()
 * @taken: (out): whether a request was waiting
 *
 * Takes the next request waiting (kansio_service.take_request).
 *
 * Returns: %FALSE with @error when the database refused
 */
gboolean
kansio_document_worker_take (
    PGconn *conn, gint64 *request_id, char **inputs, gboolean *taken, GError **error)
{
  g_autoptr (PGresult) result = NULL;

  g_return_val_if_fail (conn != NULL, FALSE);
  g_return_val_if_fail (request_id != NULL && inputs != NULL && taken != NULL, FALSE);

  *taken = FALSE;
  result = PQexec (conn, "SELECT request_id, inputs FROM kansio_service.take_request ()");
  if (!check (result, PGRES_TUPLES_OK, error))
    return FALSE;
  if (PQntuples (result) == 0)
    return TRUE;
  *taken = TRUE;
  *request_id = g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
  *inputs = g_strdup (PQgetvalue (result, 0, 1));
  return TRUE;
}

/**
 * kansio_document_worker_store:
 *
 * Stores the document composed for @request_id (kansio_service.store);
 * the database computes its hash.
 *
 * Returns: the stored document's id, 0 with @error
 */
gint64
kansio_document_worker_store (PGconn *conn,
                              gint64 request_id,
                              KansioDocument *document,
                              GError **error)
{
  g_autoptr (PGresult) stored = NULL;
  g_autofree char *id = NULL;
  g_autofree char *pages = NULL;
  const char *pdf;
  gsize length;

  g_return_val_if_fail (conn != NULL, 0);
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (document), 0);

  id = g_strdup_printf ("%" G_GINT64_FORMAT, request_id);
  pages = g_strdup_printf ("%u", kansio_document_get_n_pages (document));
  pdf = g_bytes_get_data (kansio_document_get_pdf (document), &length);
  {
    const char *params[] = { id, pdf, pages };
    int lengths[] = { 0, (int) length, 0 };
    int formats[] = { 0, 1, 0 };

    stored = PQexecParams (conn, "SELECT kansio_service.store ($1, $2, $3)", 3, NULL, params,
                           lengths, formats, 0);
  }
  if (!check (stored, PGRES_TUPLES_OK, error))
    return 0;
  return g_ascii_strtoll (PQgetvalue (stored, 0, 0), NULL, 10);
}

/**
 * kansio_document_worker_fail:
 * @message: why the document could not be made, kept with the request
 *
 * Marks @request_id failed (kansio_service.fail); nothing if that fails.
 */
void
kansio_document_worker_fail (PGconn *conn, gint64 request_id, const char *message)
{
  g_autofree char *id = NULL;

  g_return_if_fail (conn != NULL);

  id = g_strdup_printf ("%" G_GINT64_FORMAT, request_id);
  {
    const char *params[] = { id, message };

    PQclear (
        PQexecParams (conn, "SELECT kansio_service.fail ($1, $2)", 2, NULL, params, NULL, NULL, 0));
  }
}

/**
 * kansio_document_worker_end_stuck_sessions:
 *
 * Ends the sessions of users idle inside a transaction, or in one
 * statement, for too long (kansio_service.end_stuck_sessions, 0017).
 *
 * Returns: how many were ended, -1 with @error
 */
int
kansio_document_worker_end_stuck_sessions (PGconn *conn, GError **error)
{
  g_autoptr (PGresult) ended = NULL;

  g_return_val_if_fail (conn != NULL, -1);

  ended = PQexec (conn, "SELECT kansio_service.end_stuck_sessions ()");
  if (!check (ended, PGRES_TUPLES_OK, error))
    return -1;
  return (int) g_ascii_strtoll (PQgetvalue (ended, 0, 0), NULL, 10);
}
