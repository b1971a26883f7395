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
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libpq-fe.h>

#include <kansio.h>

#define LOOK_AGAIN_MS 5000

static volatile sig_atomic_t stopping;
/* Written to on a signal and never read: every worker's poll wakes. */
static int wake_pipe[2] = { -1, -1 };

static void
on_signal (int signal_number)
{
  stopping = 1;
  if (write (wake_pipe[1], "x", 1) < 0)
    return;
}

static gboolean verbose;

typedef struct
{
  const char *conninfo;
  gboolean once;
  gboolean janitor; /* ends stuck user sessions too (0017) */
  gboolean served;  /* the last connection ended well */
} Worker;

/* Ends the sessions of users idle inside a transaction, or in one
 * statement, for too long, whatever they set for themselves: no user
 * holds a lock others wait on. Quiet where 0017 is not there yet. */
static void
end_stuck_sessions (PGconn *conn)
{
  static gint64 last; /* worker 0's only */
  int ended;

  /* At most once a second, however often documents wake the worker. */
  if (g_get_monotonic_time () - last < G_USEC_PER_SEC)
    return;
  last = g_get_monotonic_time ();
  ended = kansio_document_worker_end_stuck_sessions (conn, NULL);
  if (ended > 0)
    g_print ("kansio-documentd: ended %d stuck session(s)\n", ended);
}

/* Waits for @fd (or only for a stop, with -1) at most @timeout_ms. */
static gboolean
wait_for (int fd, int timeout_ms)
{
  struct pollfd fds[]
      = { { .fd = wake_pipe[0], .events = POLLIN }, { .fd = fd, .events = POLLIN } };

  return poll (fds, fd >= 0 ? 2 : 1, timeout_ms) >= 0 || errno == EINTR;
}

/* One request taken: composed and stored, or failed with the reason. */
static gboolean
serve_one (PGconn *conn, GHashTable *parsed, gboolean *served)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocumentRequest) request = NULL;
  g_autoptr (KansioDocument) document = NULL;
  g_autofree char *inputs = NULL;
  gint64 request_id = 0;
  gint64 document_id;
  gint64 started = g_get_monotonic_time ();
  gint64 taken_at, composed_at;

  *served = FALSE;
  if (!kansio_document_worker_take (conn, &request_id, &inputs, served, &error))
    {
      const char *state = kansio_database_error_get_sqlstate (error);

      /* A database not migrated yet (the demo server's, at its first
       * start) is waited for quietly. */
      if (verbose || (g_strcmp0 (state, "3F000") != 0 && g_strcmp0 (state, "42883") != 0))
        g_printerr ("kansio-documentd: %s", PQerrorMessage (conn));
      return PQstatus (conn) == CONNECTION_OK;
    }
  if (!*served)
    return TRUE;
  taken_at = g_get_monotonic_time ();
  request = kansio_document_request_new (inputs, &error);
  if (request != NULL)
    document = kansio_document_request_compose (request, parsed, &error);

  composed_at = g_get_monotonic_time ();
  if (document == NULL)
    {
      kansio_document_worker_fail (conn, request_id, error->message);
      g_printerr ("kansio-documentd: request %" G_GINT64_FORMAT ": %s\n", request_id,
                  error->message);
      return PQstatus (conn) == CONNECTION_OK;
    }

  document_id = kansio_document_worker_store (conn, request_id, document, &error);
  if (document_id == 0)
    {
      g_autofree char *reason = g_strdup (PQerrorMessage (conn));

      g_printerr ("kansio-documentd: request %" G_GINT64_FORMAT ": %s", request_id, reason);
      if (PQstatus (conn) == CONNECTION_OK)
        kansio_document_worker_fail (conn, request_id, reason);
    }
  else if (verbose)
    g_print ("request %" G_GINT64_FORMAT ": document %" G_GINT64_FORMAT ", %u page(s), %.1f ms "
             "(taken %.1f, composed %.1f, stored %.1f)\n",
             request_id, document_id, kansio_document_get_n_pages (document),
             (g_get_monotonic_time () - started) / 1000.0, (taken_at - started) / 1000.0,
             (composed_at - taken_at) / 1000.0, (g_get_monotonic_time () - composed_at) / 1000.0);
  return PQstatus (conn) == CONNECTION_OK;
}

/* Until stopped: every waiting request, then a word on the channel or a
 * few seconds. FALSE when the connection is gone. */
static gboolean
serve (PGconn *conn, gboolean once, gboolean janitor)
{
  /* This thread's templates, parsed once a version and language. */
  g_autoptr (GHashTable) parsed
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  if (!kansio_document_worker_listen (conn, NULL))
    {
      g_printerr ("kansio-documentd: %s", PQerrorMessage (conn));
      return FALSE;
    }
  while (!stopping)
    {
      gboolean served = TRUE;
      PGnotify *notify;

      while (served && !stopping)
        if (!serve_one (conn, parsed, &served))
          return FALSE;
      if (janitor)
        end_stuck_sessions (conn);
      if (once || stopping)
        break;
      if (!wait_for (PQsocket (conn), LOOK_AGAIN_MS))
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

/* Whether the server's socket folder is gone: a demo or test server
 * removed with its folder, whose service has nothing left to wait for. */
static gboolean
server_folder_gone (const char *conninfo)
{
  PQconninfoOption *options = PQconninfoParse (conninfo, NULL);
  gboolean gone = FALSE;

  for (PQconninfoOption *o = options; o != NULL && o->keyword != NULL; o++)
    if (g_str_equal (o->keyword, "host") && o->val != NULL && o->val[0] == '/')
      gone = !g_file_test (o->val, G_FILE_TEST_IS_DIR);
  PQconninfoFree (options);
  return gone;
}

/* One connection's worth: a server not yet up, a database not yet
 * migrated, a connection lost are tried again every second until stopped
 * (once: not at all). */
static gpointer
work (gpointer data)
{
  Worker *worker = data;

  while (!stopping)
    {
      PGconn *conn = PQconnectdb (worker->conninfo);

      worker->served = PQstatus (conn) == CONNECTION_OK;
      if (worker->served)
        {
          kansio_document_worker_identify (conn);
          worker->served = serve (conn, worker->once, worker->janitor);
        }
      else if (worker->once || verbose)
        g_printerr ("kansio-documentd: %s", PQerrorMessage (conn));
      PQfinish (conn);
      if (worker->once)
        break;
      if (server_folder_gone (worker->conninfo))
        {
          stopping = 1;
          break;
        }
      if (!stopping)
        wait_for (-1, 1000);
    }
  return worker;
}

int
main (int argc, char *argv[])
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *conninfo = NULL;
  gboolean once = FALSE;
  int workers = 2;
  g_autoptr (GPtrArray) threads = g_ptr_array_new ();
  struct sigaction action = { 0 };
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_STRING, &conninfo,
      N_ ("The server and database, as a libpq connection string (default: the environment's)"),
      N_ ("CONNINFO") },
    { "once", 0, 0, G_OPTION_ARG_NONE, &once, N_ ("Compose what is waiting, then end"), NULL },
    { "workers", 'w', 0, G_OPTION_ARG_INT, &workers,
      N_ ("Documents composed at once, each with its connection (default 2: one composes while "
          "the other waits for the database)"),
      N_ ("N") },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, N_ ("Say what each document took"), NULL },
    { NULL }
  };
  gboolean served = TRUE;

  /* Each document allocates and frees the same large buffers (the PDF
   * surface's): kept, not given back to the kernel and faulted in again
   * each time (measured: a fifth of the service's time). */
  mallopt (M_MMAP_THRESHOLD, 64 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 256 * 1024 * 1024);
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
  if (workers < 1 || workers > 16)
    {
      g_printerr ("kansio-documentd: --workers is 1 to 16\n");
      return 2;
    }

  action.sa_handler = on_signal;
  sigaction (SIGTERM, &action, NULL);
  sigaction (SIGINT, &action, NULL);
  signal (SIGPIPE, SIG_IGN);

  if (pipe (wake_pipe) < 0)
    {
      g_printerr ("kansio-documentd: %s\n", g_strerror (errno));
      return 1;
    }
  for (guint i = 0; i < (guint) workers; i++)
    {
      Worker *worker = g_new0 (Worker, 1);

      worker->conninfo = conninfo != NULL ? conninfo : "";
      worker->once = once;
      worker->janitor = i == 0;
      g_ptr_array_add (threads, g_thread_new ("kansio-documentd", work, worker));
    }
  for (guint i = 0; i < threads->len; i++)
    {
      Worker *worker = g_thread_join (g_ptr_array_index (threads, i));

      served = served && worker->served;
      g_free (worker);
    }
  return served || (stopping && !once) ? 0 : 1;
}
