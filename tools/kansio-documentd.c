/* kansio-documentd.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document service. It runs beside PostgreSQL under its own database
 * role (a member of kansio_document_service), takes the documents asked
 * for (letters, and decisions as they are made) from kansio.document_request,
 * composes each from the inputs the database recorded for it, and stores
 * the PDF; the database computes its hash and links it to its decision.
 * No workstation stores a document.
 *
 * It waits on LISTEN kansio_documents, and looks every few seconds too, so
 * a request made while it was down or taken by a service that died is
 * composed as well. A server that is not up yet or goes away is tried
 * again every second. It ends on SIGTERM or SIGINT after the document at
 * hand: systemd runs it on the database host, the demo server with its
 * cluster, the tests with each test's database.
 */
#define G_LOG_DOMAIN "kansio-documentd"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libpq-fe.h>

#include <kansio.h>

#define LOOK_AGAIN_MS 5000

static volatile sig_atomic_t stopping;

static void
on_signal (int signal_number)
{
  stopping = 1;
}

static gboolean verbose;

/* One request taken: composed and stored, or failed with the reason. */
static gboolean
serve_one (PGconn *conn, gboolean *served)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocumentRequest) request = NULL;
  g_autoptr (KansioDocument) document = NULL;
  g_autofree char *pages = NULL;
  PGresult *taken;
  PGresult *stored;
  const char *request_id;
  gint64 started = g_get_monotonic_time ();

  *served = FALSE;
  taken = PQexec (conn, "SELECT request_id, inputs FROM kansio_service.take_request ()");
  if (PQresultStatus (taken) != PGRES_TUPLES_OK)
    {
      const char *state = PQresultErrorField (taken, PG_DIAG_SQLSTATE);

      /* A database not migrated yet (the demo server's, at its first
       * start) is waited for quietly. */
      if (verbose || (g_strcmp0 (state, "3F000") != 0 && g_strcmp0 (state, "42883") != 0))
        g_printerr ("kansio-documentd: %s", PQerrorMessage (conn));
      PQclear (taken);
      return PQstatus (conn) == CONNECTION_OK;
    }
  if (PQntuples (taken) == 0)
    {
      PQclear (taken);
      return TRUE;
    }
  *served = TRUE;
  request_id = PQgetvalue (taken, 0, 0);
  request = kansio_document_request_new (PQgetvalue (taken, 0, 1), &error);
  if (request != NULL)
    document = kansio_document_request_compose (request, &error);

  if (document == NULL)
    {
      const char *params[] = { request_id, error->message };
      PGresult *failed = PQexecParams (conn, "SELECT kansio_service.fail ($1, $2)", 2, NULL, params,
                                       NULL, NULL, 0);

      g_printerr ("kansio-documentd: request %s: %s\n", request_id, error->message);
      PQclear (failed);
      PQclear (taken);
      return PQstatus (conn) == CONNECTION_OK;
    }

  {
    gsize length;
    const char *pdf = g_bytes_get_data (kansio_document_get_pdf (document), &length);
    const char *params[] = { request_id, pdf, NULL };
    int lengths[] = { 0, (int) length, 0 };
    int formats[] = { 0, 1, 0 };

    pages = g_strdup_printf ("%u", kansio_document_get_n_pages (document));
    params[2] = pages;
    stored = PQexecParams (conn, "SELECT kansio_service.store ($1, $2, $3)", 3, NULL, params,
                           lengths, formats, 0);
  }
  if (PQresultStatus (stored) != PGRES_TUPLES_OK)
    {
      g_printerr ("kansio-documentd: request %s: %s", request_id, PQerrorMessage (conn));
      if (PQstatus (conn) == CONNECTION_OK)
        {
          const char *params[] = { request_id, PQresultErrorMessage (stored) };

          PQclear (PQexecParams (conn, "SELECT kansio_service.fail ($1, $2)", 2, NULL, params, NULL,
                                 NULL, 0));
        }
    }
  else if (verbose)
    g_print ("request %s: document %s, %s page(s), %.1f ms\n", request_id,
             PQgetvalue (stored, 0, 0), pages, (g_get_monotonic_time () - started) / 1000.0);
  PQclear (stored);
  PQclear (taken);
  return PQstatus (conn) == CONNECTION_OK;
}

/* Until stopped: every waiting request, then a word on the channel or a
 * few seconds. FALSE when the connection is gone. */
static gboolean
serve (PGconn *conn, gboolean once)
{
  PGresult *listen = PQexec (conn, "LISTEN kansio_documents");
  gboolean ok = PQresultStatus (listen) == PGRES_COMMAND_OK;

  PQclear (listen);
  if (!ok)
    {
      g_printerr ("kansio-documentd: %s", PQerrorMessage (conn));
      return FALSE;
    }
  while (!stopping)
    {
      gboolean served = TRUE;
      struct pollfd fd = { .fd = PQsocket (conn), .events = POLLIN };
      PGnotify *notify;

      while (served && !stopping)
        if (!serve_one (conn, &served))
          return FALSE;
      if (once || stopping)
        break;
      if (poll (&fd, 1, LOOK_AGAIN_MS) < 0 && errno != EINTR)
        return FALSE;
      if (!PQconsumeInput (conn))
        {
          g_printerr ("kansio-documentd: %s", PQerrorMessage (conn));
          return FALSE;
        }
      while ((notify = PQnotifies (conn)) != NULL)
        PQfreemem (notify);
    }
  return TRUE;
}

int
main (int argc, char *argv[])
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *conninfo = NULL;
  gboolean once = FALSE;
  struct sigaction action = { 0 };
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_STRING, &conninfo,
      N_ ("The server and database, as a libpq connection string (default: the environment's)"),
      N_ ("CONNINFO") },
    { "once", 0, 0, G_OPTION_ARG_NONE, &once, N_ ("Compose what is waiting, then end"), NULL },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, N_ ("Say what each document took"), NULL },
    { NULL }
  };
  PGconn *conn;
  gboolean served = FALSE;

  setlocale (LC_ALL, "");
  kansio_i18n_init (NULL);
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _ ("Kansio’s document service: composes and stores the "
                                            "letters and decisions asked for."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("kansio-documentd: %s\n", error->message);
      return 2;
    }

  action.sa_handler = on_signal;
  sigaction (SIGTERM, &action, NULL);
  sigaction (SIGINT, &action, NULL);
  signal (SIGPIPE, SIG_IGN);

  /* A server not yet up, a database not yet migrated, a connection lost:
   * tried again every second until stopped (once: not at all). */
  while (!stopping)
    {
      conn = PQconnectdb (conninfo != NULL ? conninfo : "");
      served = PQstatus (conn) == CONNECTION_OK;
      if (served)
        {
          PQclear (PQexec (conn, "SET application_name = 'kansio-documentd'"));
          served = serve (conn, once);
        }
      else if (once || verbose)
        g_printerr ("kansio-documentd: %s", PQerrorMessage (conn));
      PQfinish (conn);
      if (once)
        break;
      if (!stopping)
        g_usleep (G_USEC_PER_SEC);
    }
  return served || (stopping && !once) ? 0 : 1;
}
