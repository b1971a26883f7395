/* kansio-document-wait.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Waiting for the document service: a request's state is asked until its
 * document is stored, again as soon as the service says a document is
 * ready (NOTIFY kansio_document_ready), and in any case at first often,
 * then less often. A service that has not composed it in WAIT_SECONDS is
 * not running: the caller says so in words, and what the user did (the
 * decision, the request) is kept in the database and composed when the
 * service runs again.
 */
#define G_LOG_DOMAIN "kansio-document-wait"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-api-call-private.h"
#include "kansio-database-error.h"
#include "kansio-document-wait-private.h"

#define WAIT_SECONDS 20
#define FIRST_DELAY_MS 10
#define LONGEST_DELAY_MS 500

typedef struct
{
  KansioDatabase *database;
  char *subject;
  char *subject_id;
  gint64 deadline;
  guint delay_ms;
  guint source;         /* the next question, when none is under way */
  gulong notified_id;   /* KansioDatabase::notification::kansio_document_ready */
  gboolean ask_at_once; /* a document was ready while a question was under way */
} Wait;

static void
wait_free (Wait *wait)
{
  g_clear_handle_id (&wait->source, g_source_remove);
  g_clear_signal_handler (&wait->notified_id, wait->database);
  g_object_unref (wait->database);
  g_free (wait->subject);
  g_free (wait->subject_id);
  g_free (wait);
}

static void ask (GTask *task);

/* Before the task returns: nothing more wakes it. */
static void
stop_listening (Wait *wait)
{
  g_clear_signal_handler (&wait->notified_id, wait->database);
}

static gboolean
on_delay_cb (gpointer user_data)
{
  GTask *task = user_data;
  Wait *wait = g_task_get_task_data (task);

  wait->source = 0;
  ask (task);
  return G_SOURCE_REMOVE;
}

/* api.document_request_state: the stored document's id once it is done,
 * %NULL while it is not; no request, or a failed one, is refused. */
static gpointer
map_state (KansioRows *rows, gpointer map_data, GError **error)
{
  const char *status
      = kansio_rows_get_n_rows (rows) == 1 ? _kansio_api_text (rows, 0, "status") : NULL;
  gint64 *document_id;

  if (status == NULL)
    {
      g_set_error_literal (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_NOT_FOUND,
                           _ ("No document has been asked for this."));
      return NULL;
    }
  if (g_str_equal (status, "failed"))
    {
      g_set_error_literal (
          error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_SERVICE_UNAVAILABLE,
          _ ("The document service could not compose the document. What you did is saved; "
             "tell the helpdesk, who see the reason in the service’s log."));
      return NULL;
    }
  if (!g_str_equal (status, "done"))
    return NULL;
  document_id = g_new0 (gint64, 1);
  *document_id = _kansio_api_int64 (rows, 0, "document_id");
  return document_id;
}

static void
on_state_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  Wait *wait = g_task_get_task_data (task);
  GError *error = NULL;
  g_autofree gint64 *document_id = _kansio_api_call_finish (NULL, ask, result, &error);

  if (error != NULL)
    {
      stop_listening (wait);
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  if (document_id != NULL)
    {
      stop_listening (wait);
      g_task_return_int (task, *document_id);
      g_object_unref (task);
      return;
    }
  if (g_get_monotonic_time () > wait->deadline)
    {
      stop_listening (wait);
      g_task_return_new_error (
          task, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_SERVICE_UNAVAILABLE, "%s",
          _ ("The document service is not answering, so the document is not ready yet. "
             "What you did is saved, and the document is made when the service runs "
             "again; tell the helpdesk if this goes on."));
      g_object_unref (task);
      return;
    }
  wait->source = g_timeout_add (wait->ask_at_once ? 0 : wait->delay_ms, on_delay_cb, task);
  wait->ask_at_once = FALSE;
  wait->delay_ms = MIN (wait->delay_ms * 2, LONGEST_DELAY_MS);
}

/* Some document is ready: perhaps this one. */
static void
on_ready_cb (KansioDatabase *database, const char *channel, const char *payload, gpointer user_data)
{
  GTask *task = user_data;
  Wait *wait = g_task_get_task_data (task);

  if (wait->source == 0)
    {
      wait->ask_at_once = TRUE;
      return;
    }
  g_source_remove (wait->source);
  wait->source = g_timeout_add (0, on_delay_cb, task);
}

static void
on_listening_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  /* Without it the questions still come; nothing to do but go on. */
  kansio_database_listen_finish (KANSIO_DATABASE (object), result, NULL);
}

static void
ask (GTask *task)
{
  Wait *wait = g_task_get_task_data (task);
  const char *params[] = { wait->subject, wait->subject_id };

  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      stop_listening (wait);
      g_task_return_error_if_cancelled (task);
      g_object_unref (task);
      return;
    }
  _kansio_api_call_async (NULL, ask, wait->database,
                          "SELECT request_id, status, document_id "
                          "FROM api.document_request_state ($1, $2)",
                          params, G_N_ELEMENTS (params), map_state, NULL, NULL, g_free,
                          g_task_get_cancellable (task), on_state_cb, task);
}

/**
 * _kansio_document_wait_async:
 * @subject: "letter" (then @subject_id is the request's), "is-decision"
 *   or "is-recovery-decision"
 *
 * Waits until the document service has stored the document asked for.
 */
void
_kansio_document_wait_async (KansioDatabase *database,
                             const char *subject,
                             gint64 subject_id,
                             GCancellable *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  Wait *wait = g_new0 (Wait, 1);

  g_task_set_source_tag (task, _kansio_document_wait_async);
  wait->database = g_object_ref (database);
  wait->subject = g_strdup (subject);
  wait->subject_id = g_strdup_printf ("%" G_GINT64_FORMAT, subject_id);
  /* Shorter in the tests that stop the service. */
  wait->deadline = g_get_monotonic_time ()
                   + (g_getenv ("KANSIO_DOCUMENT_WAIT_SECONDS") != NULL
                          ? g_ascii_strtoll (g_getenv ("KANSIO_DOCUMENT_WAIT_SECONDS"), NULL, 10)
                          : WAIT_SECONDS)
                         * G_USEC_PER_SEC;
  wait->delay_ms = FIRST_DELAY_MS;
  g_task_set_task_data (task, wait, (GDestroyNotify) wait_free);
  wait->notified_id = g_signal_connect (database, "notification::kansio_document_ready",
                                        G_CALLBACK (on_ready_cb), task);
  kansio_database_listen_async (database, "kansio_document_ready", NULL, on_listening_cb, NULL);
  ask (task);
}

/**
 * _kansio_document_wait_finish:
 *
 * Returns: the stored document's id, or 0 with @error set
 */
gint64
_kansio_document_wait_finish (GAsyncResult *result, GError **error)
{
  gssize id;

  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);

  /* -1 when it failed: that is no document. */
  id = g_task_propagate_int (G_TASK (result), error);
  return MAX (id, 0);
}
