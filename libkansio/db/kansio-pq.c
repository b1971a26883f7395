/* kansio-pq.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-pq"

#include "config.h"

#include <errno.h>
#include <poll.h>

#include <glib/gi18n-lib.h>

#include "kansio-database-error-private.h"
#include "kansio-pq-private.h"

typedef enum
{
  WAIT_READY,
  WAIT_CANCELLED,
  WAIT_TIMED_OUT,
  WAIT_FAILED,
} WaitOutcome;

/* How long a connection may take, and how long a cancelled request may
 * take to stop, before the connection is given up. */
#define CONNECT_TIMEOUT_SECONDS 15
#define CANCEL_GRACE_SECONDS 10
#define READ_LOGGED_SQLSTATE "KL001"
#define READ_ATTEMPTS 6

/* Waits until the socket is ready, @cancellable fires or @deadline (a
 * monotonic time, 0 for none) passes; libpq itself applies no timeout
 * to a non-blocking connect. */
static WaitOutcome
wait_for_socket (PGconn *conn, gboolean for_writing, GCancellable *cancellable, gint64 deadline)
{
  struct pollfd fds[2] = { { 0 } };
  int n_fds = 1;
  int ret;

  fds[0].fd = PQsocket (conn);
  fds[0].events = for_writing ? POLLOUT : POLLIN;
  if (fds[0].fd < 0)
    return WAIT_FAILED;

  if (cancellable != NULL && g_cancellable_make_pollfd (cancellable, (GPollFD *) &fds[1]))
    {
      fds[1].events = POLLIN;
      n_fds = 2;
    }

  do
    {
      int timeout = -1;

      if (deadline > 0)
        timeout = (int) MAX (0, (deadline - g_get_monotonic_time () + 999) / 1000);
      ret = poll (fds, n_fds, timeout);
    }
  while (ret < 0 && errno == EINTR);

  if (n_fds == 2)
    g_cancellable_release_fd (cancellable);

  if (ret < 0)
    return WAIT_FAILED;
  if (g_cancellable_is_cancelled (cancellable))
    return WAIT_CANCELLED;
  if (ret == 0)
    return WAIT_TIMED_OUT;
  return WAIT_READY;
}

static void
set_cancelled (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _ ("The request was cancelled."));
}

static void
set_connection_lost (PGconn *conn, GError **error)
{
  g_autofree char *text = g_strstrip (g_strdup (PQerrorMessage (conn)));

  g_propagate_error (
      error, _kansio_database_error_new (KANSIO_DATABASE_ERROR_CONNECTION_LOST,
                                         _ ("The connection to the database server was lost. The "
                                            "last request may not have been saved."),
                                         NULL, text, NULL, NULL));
}

/* Set by the notice receiver of the connection this thread is using when
 * the server says a read was logged and must be asked again (KL001):
 * TOLD_READ when it adds that the call may be sent twice at once (a read
 * gate's first call, 0020). */
typedef enum
{
  NOT_TOLD,
  TOLD,
  TOLD_READ,
} Told;

static GPrivate read_logged_notice;

/* The statements the server said were read gates' first calls: from then
 * on each is sent twice in one pipeline (see exec_read_twice). */
static GMutex known_reads_lock;
static GHashTable *known_reads;
static guint n_sent_twice; /* for the tests */

static void
on_notice_cb (void *user_data, const PGresult *notice)
{
  const char *sqlstate = PQresultErrorField (notice, PG_DIAG_SQLSTATE);

  if (g_strcmp0 (sqlstate, READ_LOGGED_SQLSTATE) == 0)
    {
      gboolean read = g_strcmp0 (PQresultErrorField (notice, PG_DIAG_MESSAGE_DETAIL), "read") == 0;

      g_private_set (&read_logged_notice, GINT_TO_POINTER (read ? TOLD_READ : TOLD));
      return;
    }
  /* NOTICEs ("already exists, skipping") are for developers, not stderr. */
  g_debug ("%s", PQresultErrorMessage (notice));
}

/* The connection string's connect_timeout (libpq leaves it to us in a
 * non-blocking connect), or our default. */
static gint64
connect_timeout (const char *conninfo)
{
  PQconninfoOption *options = PQconninfoParse (conninfo, NULL);
  gint64 seconds = CONNECT_TIMEOUT_SECONDS;

  for (PQconninfoOption *o = options; o != NULL && o->keyword != NULL; o++)
    if (g_str_equal (o->keyword, "connect_timeout") && o->val != NULL && *o->val != '\0')
      seconds = MAX (1, g_ascii_strtoll (o->val, NULL, 10));
  PQconninfoFree (options);
  return seconds;
}

PGconn *
_kansio_pq_connect (const char *conninfo, GCancellable *cancellable, GError **error)
{
  /* Keepalives notice a dead network under an idle connection. */
  const char *keywords[] = { "dbname",
                             "application_name",
                             "keepalives",
                             "keepalives_idle",
                             "keepalives_interval",
                             "keepalives_count",
                             NULL };
  const char *values[] = { conninfo, "kansio", "1", "30", "10", "3", NULL };
  gint64 deadline = g_get_monotonic_time () + connect_timeout (conninfo) * G_USEC_PER_SEC;
  g_autoptr (PGconn) conn = NULL;
  PostgresPollingStatusType status = PGRES_POLLING_WRITING;

  conn = PQconnectStartParams (keywords, values, TRUE);
  if (conn == NULL || PQstatus (conn) == CONNECTION_BAD)
    {
      g_propagate_error (error, _kansio_database_error_new_from_connection (conn));
      return NULL;
    }

  /* Verbose errors make the server's SQLSTATE part of the text, which is
   * the only way to tell a wrong password from other refusals. */
  PQsetErrorVerbosity (conn, PQERRORS_VERBOSE);

  while (status != PGRES_POLLING_OK && status != PGRES_POLLING_FAILED)
    {
      switch (wait_for_socket (conn, status == PGRES_POLLING_WRITING, cancellable, deadline))
        {
        case WAIT_CANCELLED:
          set_cancelled (error);
          return NULL;
        case WAIT_TIMED_OUT:
          g_propagate_error (
              error, _kansio_database_error_new (KANSIO_DATABASE_ERROR_SERVER_UNREACHABLE,
                                                 _ ("The database server did not answer in time. "
                                                    "Check the network connection."),
                                                 NULL, "timeout expired", NULL, NULL));
          return NULL;
        case WAIT_FAILED:
          status = PGRES_POLLING_FAILED;
          continue;
        case WAIT_READY:
          break;
        }
      status = PQconnectPoll (conn);
    }

  if (status == PGRES_POLLING_FAILED)
    {
      g_propagate_error (error, _kansio_database_error_new_from_connection (conn));
      return NULL;
    }

  PQsetErrorVerbosity (conn, PQERRORS_DEFAULT);
  PQsetNoticeReceiver (conn, on_notice_cb, NULL);

  /* The "ask again" of a logged read is a NOTICE: make sure it is sent. */
  if (!_kansio_pq_run (conn, "SET client_min_messages = notice", cancellable, error))
    return NULL;
  return g_steal_pointer (&conn);
}

static void
cancel_on_server (PGconn *conn)
{
  PGcancel *cancel = PQgetCancel (conn);
  char errbuf[256];

  /* PQcancel blocks, which is fine: this is a worker thread. */
  if (cancel != NULL)
    {
      PQcancel (cancel, errbuf, sizeof errbuf);
      PQfreeCancel (cancel);
    }
}

/* Reads every result of the command in flight and keeps the last one. */
static PGresult *
collect_results (PGconn *conn, GCancellable *cancellable, gboolean *was_cancelled, GError **error)
{
  PGresult *last = NULL;
  gboolean cancel_sent = FALSE;
  gint64 deadline = 0;

  for (;;)
    {
      PGresult *result;

      while (PQisBusy (conn))
        {
          WaitOutcome outcome
              = wait_for_socket (conn, FALSE, cancel_sent ? NULL : cancellable, deadline);

          if (outcome == WAIT_CANCELLED)
            {
              cancel_on_server (conn);
              cancel_sent = TRUE;
              *was_cancelled = TRUE;
              /* A server that ignores the cancel for this long is gone. */
              deadline = g_get_monotonic_time () + CANCEL_GRACE_SECONDS * G_USEC_PER_SEC;
              continue;
            }
          if (outcome == WAIT_TIMED_OUT)
            {
              g_clear_pointer (&last, PQclear);
              set_connection_lost (conn, error);
              return NULL;
            }
          if (outcome == WAIT_FAILED || !PQconsumeInput (conn))
            {
              g_clear_pointer (&last, PQclear);
              set_connection_lost (conn, error);
              return NULL;
            }
        }

      result = PQgetResult (conn);
      if (result == NULL)
        break;
      /* In a pipeline, the end of one of its transactions. */
      if (PQresultStatus (result) == PGRES_PIPELINE_SYNC)
        {
          PQclear (result);
          continue;
        }
      g_clear_pointer (&last, PQclear);
      last = result;
    }

  if (last == NULL && PQstatus (conn) == CONNECTION_BAD)
    set_connection_lost (conn, error);

  return last;
}

static PGresult *
finish_command (PGconn *conn, GCancellable *cancellable, GError **error)
{
  g_autoptr (PGresult) result = NULL;
  gboolean was_cancelled = FALSE;

  result = collect_results (conn, cancellable, &was_cancelled, error);
  if (result == NULL)
    return NULL;

  switch (PQresultStatus (result))
    {
    case PGRES_COMMAND_OK:
    case PGRES_TUPLES_OK:
    case PGRES_EMPTY_QUERY:
      if (was_cancelled)
        {
          /* It finished before the cancel reached the server. */
          set_cancelled (error);
          return NULL;
        }
      return g_steal_pointer (&result);

    case PGRES_FATAL_ERROR:
    case PGRES_BAD_RESPONSE:
    case PGRES_NONFATAL_ERROR:
    case PGRES_COPY_OUT:
    case PGRES_COPY_IN:
    case PGRES_COPY_BOTH:
    case PGRES_SINGLE_TUPLE:
    case PGRES_PIPELINE_SYNC:
    case PGRES_PIPELINE_ABORTED:
    default:
      if (was_cancelled && g_strcmp0 (PQresultErrorField (result, PG_DIAG_SQLSTATE), "57014") == 0)
        set_cancelled (error);
      else if (PQstatus (conn) == CONNECTION_BAD)
        set_connection_lost (conn, error);
      else
        g_propagate_error (error, _kansio_database_error_new_from_result (result));
      return NULL;
    }
}

static PGresult *
exec_once (PGconn *conn,
           const char *sql,
           int n_params,
           const char *const *params,
           GCancellable *cancellable,
           GError **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* The extended protocol: parameters travel apart from the SQL text, and
   * the server refuses more than one statement. */
  if (!PQsendQueryParams (conn, sql, n_params, NULL, params, NULL, NULL, 0))
    {
      set_connection_lost (conn, error);
      return NULL;
    }

  return finish_command (conn, cancellable, error);
}

static gboolean
is_known_read (const char *sql)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&known_reads_lock);

  return known_reads != NULL && g_hash_table_contains (known_reads, sql);
}

static void
add_known_read (const char *sql)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&known_reads_lock);

  if (known_reads == NULL)
    known_reads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (known_reads, g_strdup (sql));
}

/* A read gate answers its first call with "ask again" and its second with
 * the data, once the first has committed (0018). Sent together in one
 * pipeline, each followed by a Sync so that each is a transaction of its
 * own, the server runs the second only after the first has committed:
 * one round trip instead of two, and nothing is trusted to the client.
 * When the first already has the data (a read made moments ago), the
 * second's answer is dropped; a read gate's second call changes nothing.
 * @told says what the server said of the answer returned. */
static PGresult *
exec_read_twice (PGconn *conn,
                 const char *sql,
                 int n_params,
                 const char *const *params,
                 GCancellable *cancellable,
                 Told *told,
                 GError **error)
{
  g_autoptr (PGresult) first = NULL;
  g_autoptr (PGresult) second = NULL;
  g_autoptr (GError) first_error = NULL;
  g_autoptr (GError) second_error = NULL;
  Told first_told;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (!PQenterPipelineMode (conn)
      || !PQsendQueryParams (conn, sql, n_params, NULL, params, NULL, NULL, 0)
      || !PQpipelineSync (conn)
      || !PQsendQueryParams (conn, sql, n_params, NULL, params, NULL, NULL, 0)
      || !PQpipelineSync (conn))
    {
      set_connection_lost (conn, error);
      return NULL;
    }

  g_atomic_int_inc (&n_sent_twice);
  g_private_set (&read_logged_notice, GINT_TO_POINTER (NOT_TOLD));
  first = finish_command (conn, cancellable, &first_error);
  first_told = GPOINTER_TO_INT (g_private_get (&read_logged_notice));
  g_private_set (&read_logged_notice, GINT_TO_POINTER (NOT_TOLD));
  if (PQstatus (conn) == CONNECTION_OK)
    second = finish_command (conn, cancellable, &second_error);
  *told = GPOINTER_TO_INT (g_private_get (&read_logged_notice));
  /* The last Sync's result, after which the pipeline is empty. */
  if (PQstatus (conn) == CONNECTION_OK)
    {
      g_autoptr (PGresult) rest = collect_results (conn, NULL, &(gboolean){ FALSE }, NULL);
    }
  if (PQstatus (conn) == CONNECTION_OK && !PQexitPipelineMode (conn))
    {
      /* Never left in pipeline mode: the pool drops a connection that is
       * not idle, and this one is not. */
      g_warning ("Could not end a pipeline: %s", PQerrorMessage (conn));
    }

  if (first == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return NULL;
    }
  if (first_told == NOT_TOLD)
    {
      *told = NOT_TOLD;
      return g_steal_pointer (&first);
    }
  if (second == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&second_error));
      return NULL;
    }
  return g_steal_pointer (&second);
}

PGresult *
_kansio_pq_exec (PGconn *conn,
                 const char *sql,
                 int n_params,
                 const char *const *params,
                 GCancellable *cancellable,
                 GError **error)
{
  gboolean idle = PQtransactionStatus (conn) == PQTRANS_IDLE;

  for (guint attempt = 0;; attempt++)
    {
      PGresult *result;
      Told told = NOT_TOLD;

      if (attempt == 0 && idle && is_known_read (sql))
        {
          result = exec_read_twice (conn, sql, n_params, params, cancellable, &told, error);
        }
      else
        {
          g_private_set (&read_logged_notice, GINT_TO_POINTER (NOT_TOLD));
          result = exec_once (conn, sql, n_params, params, cancellable, error);
          told = GPOINTER_TO_INT (g_private_get (&read_logged_notice));
        }

      /* A read of client data returns its rows only once its usage-log row
       * has committed in an earlier transaction (0012): the first answer
       * is empty, and the same read asked again gets the data. Inside a
       * transaction of our own asking again would not help. */
      if (result == NULL || told == NOT_TOLD || !idle)
        return result;
      if (told == TOLD_READ && attempt == 0)
        add_known_read (sql);
      PQclear (result);
      if (attempt + 1 >= READ_ATTEMPTS)
        {
          g_propagate_error (
              error, _kansio_database_error_new (KANSIO_DATABASE_ERROR_BUSY,
                                                 _ ("The database logged the read but did not "
                                                    "return the data. Try again."),
                                                 NULL, "read logged but not returned", NULL, NULL));
          return NULL;
        }
    }
}

gboolean
_kansio_pq_exec_script (PGconn *conn, const char *script, GCancellable *cancellable, GError **error)
{
  g_autoptr (PGresult) result = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* Only for SQL that ships with Kansio (migrations, demo data): the
   * simple protocol runs several statements but takes no parameters. */
  if (!PQsendQuery (conn, script))
    {
      set_connection_lost (conn, error);
      return FALSE;
    }

  result = finish_command (conn, cancellable, error);
  return result != NULL;
}

/* An idle connection the server has closed (restart, idle timeout,
 * terminated backend) is noticed here, before anything is sent on it, so
 * the caller can open a new one without any risk of a repeated write. */
gboolean
_kansio_pq_is_usable (PGconn *conn)
{
  if (PQstatus (conn) != CONNECTION_OK || PQtransactionStatus (conn) != PQTRANS_IDLE)
    return FALSE;

  for (;;)
    {
      struct pollfd fd = { .fd = PQsocket (conn), .events = POLLIN };
      int ret = poll (&fd, 1, 0);

      if (ret == 0)
        return TRUE;
      if (ret < 0 && errno == EINTR)
        continue;
      if (ret < 0 || !PQconsumeInput (conn))
        return FALSE;
      if (PQstatus (conn) != CONNECTION_OK)
        return FALSE;
      /* Data on an idle connection is a notice or a notification; a FATAL
       * shutdown message is followed by EOF, which the next poll sees. */
      if ((fd.revents & (POLLHUP | POLLERR)) != 0)
        return FALSE;
      return TRUE;
    }
}

guint
_kansio_pq_get_n_sent_twice (void)
{
  return g_atomic_int_get (&n_sent_twice);
}

/* Runs one statement without parameters and drops its result. */
gboolean
_kansio_pq_run (PGconn *conn, const char *sql, GCancellable *cancellable, GError **error)
{
  g_autoptr (PGresult) result = _kansio_pq_exec (conn, sql, 0, NULL, cancellable, error);
  return result != NULL;
}
