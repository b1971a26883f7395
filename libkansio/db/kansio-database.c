/* kansio-database.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-database"

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n-lib.h>

#include "kansio-database-error-private.h"
#include "kansio-database-private.h"
#include "kansio-pq-private.h"
#include "kansio-rows-private.h"

/* Idle connections kept for the next request; more may be open while
 * requests run in parallel. */
#define MAX_IDLE_CONNECTIONS 4

typedef struct
{
  char *sql;
  GTask *task;
} ListenerCommand;

struct _KansioDatabase
{
  GObject parent_instance;

  char *conninfo;

  GMutex pool_lock;
  GQueue idle_connections;

  /* Touched on the main context only. */
  GMainContext *listener_context;
  PGconn *listener;
  GSource *listener_source;
  GHashTable *channels;
  GQueue listener_commands;
  ListenerCommand *command_in_flight;
  PGresult *result_in_flight;
  gboolean listener_connecting;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (KansioDatabase, kansio_database, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CONNINFO,
  N_PROPS
};

enum
{
  NOTIFICATION,
  LISTENER_LOST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  char *sql;
  GStrv params;
  guint n_params;
} Query;

typedef struct
{
  KansioDatabaseJob job;
  gpointer data;
  GDestroyNotify data_free;
} Job;

static void
query_free (Query *query)
{
  g_free (query->sql);
  for (guint i = 0; i < query->n_params; i++)
    g_free (query->params[i]);
  g_free (query->params);
  g_free (query);
}

static void
job_free (Job *job)
{
  if (job->data_free != NULL)
    job->data_free (job->data);
  g_free (job);
}

static void
listener_command_free (ListenerCommand *command)
{
  g_free (command->sql);
  g_clear_object (&command->task);
  g_free (command);
}

/* Pool */

static PGconn *
take_connection (KansioDatabase *self, GCancellable *cancellable, GError **error)
{
  for (;;)
    {
      PGconn *conn;

      g_mutex_lock (&self->pool_lock);
      conn = g_queue_pop_head (&self->idle_connections);
      g_mutex_unlock (&self->pool_lock);

      if (conn == NULL)
        return _kansio_pq_connect (self->conninfo, cancellable, error);
      if (_kansio_pq_is_usable (conn))
        return conn;
      PQfinish (conn);
    }
}

static void
give_back_connection (KansioDatabase *self, PGconn *conn)
{
  if (PQstatus (conn) != CONNECTION_OK || PQtransactionStatus (conn) != PQTRANS_IDLE)
    {
      PQfinish (conn);
      return;
    }

  g_mutex_lock (&self->pool_lock);
  if (self->idle_connections.length < MAX_IDLE_CONNECTIONS)
    {
      g_queue_push_head (&self->idle_connections, conn);
      conn = NULL;
    }
  g_mutex_unlock (&self->pool_lock);

  if (conn != NULL)
    PQfinish (conn);
}

/* Requests */

static void
query_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  KansioDatabase *self = source_object;
  Query *query = task_data;
  g_autoptr (GError) error = NULL;
  PGconn *conn;
  PGresult *result;

  conn = take_connection (self, cancellable, &error);
  if (conn == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = _kansio_pq_exec (conn, query->sql, query->n_params, (const char *const *) query->params,
                            cancellable, &error);
  give_back_connection (self, conn);

  if (result == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, _kansio_rows_new_take (result), g_object_unref);
}

static void
job_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  KansioDatabase *self = source_object;
  Job *job = task_data;
  g_autoptr (GError) error = NULL;
  PGconn *conn;
  gboolean ok;

  conn = take_connection (self, cancellable, &error);
  if (conn == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  ok = job->job (conn, job->data, cancellable, &error);

  /* A job that failed inside a transaction leaves it open; never hand such
   * a connection to the next request. */
  if (PQtransactionStatus (conn) != PQTRANS_IDLE)
    {
      PQfinish (conn);
      conn = NULL;
    }
  if (conn != NULL)
    give_back_connection (self, conn);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* Listener: one connection on the main context */

static void listener_reset (KansioDatabase *self, const GError *reason);

static void
listener_send_next (KansioDatabase *self)
{
  ListenerCommand *command;

  if (self->command_in_flight != NULL || self->listener == NULL)
    return;

  command = g_queue_pop_head (&self->listener_commands);
  if (command == NULL)
    return;

  /* A blocking-mode send of a few bytes only fills the socket buffer. */
  if (!PQsendQuery (self->listener, command->sql))
    {
      g_autoptr (GError) error = _kansio_database_error_new_from_connection (self->listener);

      if (command->task != NULL)
        g_task_return_error (command->task, g_steal_pointer (&error));
      listener_command_free (command);
      listener_reset (self, NULL);
      return;
    }

  self->command_in_flight = command;
}

static void
listener_complete_in_flight (KansioDatabase *self)
{
  ListenerCommand *command = g_steal_pointer (&self->command_in_flight);
  g_autoptr (PGresult) result = g_steal_pointer (&self->result_in_flight);

  if (command->task != NULL)
    {
      if (result != NULL && PQresultStatus (result) == PGRES_COMMAND_OK)
        g_task_return_boolean (command->task, TRUE);
      else if (result != NULL)
        g_task_return_error (command->task, _kansio_database_error_new_from_result (result));
      else
        g_task_return_error (command->task,
                             _kansio_database_error_new_from_connection (self->listener));
    }
  listener_command_free (command);
}

static void
listener_emit_notifications (KansioDatabase *self)
{
  PGnotify *notify;

  while (self->listener != NULL && (notify = PQnotifies (self->listener)) != NULL)
    {
      g_autofree char *channel = g_strdup (notify->relname);
      g_autofree char *payload = g_strdup (notify->extra);

      PQfreemem (notify);
      g_signal_emit (self, signals[NOTIFICATION], g_quark_from_string (channel), channel, payload);
    }
}

static gboolean
on_listener_socket_ready_cb (int fd, GIOCondition condition, gpointer user_data)
{
  /* A signal handler may drop the last reference; keep self alive. */
  g_autoptr (KansioDatabase) self = g_object_ref (user_data);

  if (!PQconsumeInput (self->listener) || PQstatus (self->listener) != CONNECTION_OK)
    {
      g_autofree char *text = g_strstrip (g_strdup (PQerrorMessage (self->listener)));
      g_autoptr (GError) error = _kansio_database_error_new (
          KANSIO_DATABASE_ERROR_CONNECTION_LOST,
          _ ("The connection to the database server was lost. The last request may not have been "
             "saved."),
          NULL, text, NULL, NULL);

      listener_reset (self, error);
      return G_SOURCE_REMOVE;
    }

  while (self->command_in_flight != NULL && !PQisBusy (self->listener))
    {
      PGresult *result = PQgetResult (self->listener);

      if (result != NULL)
        {
          g_clear_pointer (&self->result_in_flight, PQclear);
          self->result_in_flight = result;
          continue;
        }
      listener_complete_in_flight (self);
      listener_send_next (self);
    }

  listener_emit_notifications (self);
  return G_SOURCE_CONTINUE;
}

static void
listener_fail_all (KansioDatabase *self, const GError *reason)
{
  ListenerCommand *command;

  g_assert (reason != NULL);

  if (self->command_in_flight != NULL)
    g_queue_push_head (&self->listener_commands, g_steal_pointer (&self->command_in_flight));
  g_clear_pointer (&self->result_in_flight, PQclear);

  while ((command = g_queue_pop_head (&self->listener_commands)) != NULL)
    {
      if (command->task != NULL)
        g_task_return_error (command->task, g_error_copy (reason));
      listener_command_free (command);
    }
}

/* Drops the listener connection. With a @reason the loss is reported to
 * everyone waiting and through "listener-lost"; the channels are kept, and
 * the next listen request connects again and listens to all of them. */
static void
listener_reset (KansioDatabase *self, const GError *reason)
{
  g_autoptr (GError) fallback = NULL;

  if (self->listener_source != NULL)
    {
      g_source_destroy (self->listener_source);
      g_clear_pointer (&self->listener_source, g_source_unref);
    }
  g_clear_pointer (&self->listener, PQfinish);

  if (reason == NULL)
    reason = fallback = _kansio_database_error_new (KANSIO_DATABASE_ERROR_CONNECTION_LOST,
                                                    _ ("The connection to the database server "
                                                       "was lost."),
                                                    NULL, NULL, NULL, NULL);
  listener_fail_all (self, reason);
  g_signal_emit (self, signals[LISTENER_LOST], 0, reason);
}

static char *
quote_identifier (const char *name)
{
  GString *quoted = g_string_new ("\"");

  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (quoted, '"');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');
  return g_string_free (quoted, FALSE);
}

/* A channel is an identifier, so it is quoted, not bound. */
static ListenerCommand *
listen_command_new (const char *channel, GTask *task)
{
  ListenerCommand *command = g_new0 (ListenerCommand, 1);
  g_autofree char *quoted = quote_identifier (channel);

  command->sql = g_strdup_printf ("LISTEN %s", quoted);
  command->task = task != NULL ? g_object_ref (task) : NULL;
  return command;
}

static void
connect_listener_thread (GTask *task,
                         gpointer source_object,
                         gpointer task_data,
                         GCancellable *cancellable)
{
  KansioDatabase *self = source_object;
  g_autoptr (GError) error = NULL;
  PGconn *conn = _kansio_pq_connect (self->conninfo, cancellable, &error);

  if (conn == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, conn, (GDestroyNotify) PQfinish);
}

static void
on_listener_connected_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  KansioDatabase *self = KANSIO_DATABASE (object);
  g_autoptr (GTask) waiting = user_data;
  g_autoptr (GError) error = NULL;
  PGconn *conn = g_task_propagate_pointer (G_TASK (result), &error);
  GHashTableIter iter;
  gpointer channel;

  self->listener_connecting = FALSE;

  if (conn == NULL)
    {
      listener_fail_all (self, error);
      return;
    }

  self->listener = conn;
  self->listener_source = g_unix_fd_source_new (PQsocket (conn), G_IO_IN | G_IO_ERR | G_IO_HUP);
  g_source_set_callback (self->listener_source, G_SOURCE_FUNC (on_listener_socket_ready_cb), self,
                         NULL);
  g_source_set_static_name (self->listener_source, "[kansio] database listener");
  g_source_attach (self->listener_source, self->listener_context);

  /* After a lost connection, listen again to every channel before the
   * requests that were waiting (a repeated LISTEN does nothing). */
  g_hash_table_iter_init (&iter, self->channels);
  while (g_hash_table_iter_next (&iter, &channel, NULL))
    g_queue_push_head (&self->listener_commands, listen_command_new (channel, NULL));
  listener_send_next (self);
}

/* GObject */

static void
kansio_database_dispose (GObject *object)
{
  KansioDatabase *self = (KansioDatabase *) object;

  g_cancellable_cancel (self->cancellable);
  if (self->listener_source != NULL)
    {
      g_source_destroy (self->listener_source);
      g_clear_pointer (&self->listener_source, g_source_unref);
    }
  g_clear_pointer (&self->listener, PQfinish);
  g_clear_pointer (&self->command_in_flight, listener_command_free);
  g_clear_pointer (&self->result_in_flight, PQclear);
  g_queue_clear_full (&self->listener_commands, (GDestroyNotify) listener_command_free);
  kansio_database_close (self);

  G_OBJECT_CLASS (kansio_database_parent_class)->dispose (object);
}

static void
kansio_database_finalize (GObject *object)
{
  KansioDatabase *self = (KansioDatabase *) object;

  g_clear_pointer (&self->conninfo, g_free);
  g_clear_pointer (&self->channels, g_hash_table_unref);
  g_clear_pointer (&self->listener_context, g_main_context_unref);
  g_clear_object (&self->cancellable);
  g_mutex_clear (&self->pool_lock);

  G_OBJECT_CLASS (kansio_database_parent_class)->finalize (object);
}

static void
kansio_database_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KansioDatabase *self = KANSIO_DATABASE (object);

  switch (prop_id)
    {
    case PROP_CONNINFO:
      g_value_set_string (value, self->conninfo);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_database_set_property (GObject *object,
                              guint prop_id,
                              const GValue *value,
                              GParamSpec *pspec)
{
  KansioDatabase *self = KANSIO_DATABASE (object);

  switch (prop_id)
    {
    case PROP_CONNINFO:
      self->conninfo = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_database_class_init (KansioDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kansio_database_dispose;
  object_class->finalize = kansio_database_finalize;
  object_class->get_property = kansio_database_get_property;
  object_class->set_property = kansio_database_set_property;

  /**
   * KansioDatabase:conninfo:
   *
   * A libpq connection string or URI.
   */
  properties[PROP_CONNINFO]
      = g_param_spec_string ("conninfo", NULL, NULL, NULL,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KansioDatabase::notification:
   * @self: the database
   * @channel: the channel, also the signal's detail
   * @payload: the text sent with NOTIFY
   *
   * Emitted on the main context for a NOTIFY on a channel listened to.
   */
  signals[NOTIFICATION] = g_signal_new ("notification", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  /**
   * KansioDatabase::listener-lost:
   * @self: the database
   * @error: why
   *
   * The connection that receives notifications broke. The next
   * kansio_database_listen_async() connects again and listens to every
   * channel; notifications sent in between are lost.
   */
  signals[LISTENER_LOST]
      = g_signal_new ("listener-lost", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                      NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
kansio_database_init (KansioDatabase *self)
{
  g_mutex_init (&self->pool_lock);
  g_queue_init (&self->idle_connections);
  g_queue_init (&self->listener_commands);
  self->channels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
}

/* Public API */

KansioDatabase *
kansio_database_new (const char *conninfo)
{
  g_return_val_if_fail (conninfo != NULL, NULL);

  return g_object_new (KANSIO_TYPE_DATABASE, "conninfo", conninfo, NULL);
}

const char *
kansio_database_get_conninfo (KansioDatabase *self)
{
  g_return_val_if_fail (KANSIO_IS_DATABASE (self), NULL);
  return self->conninfo;
}

/**
 * kansio_database_query_async:
 * @self: a #KansioDatabase
 * @sql: one SQL statement with placeholders $1, $2, …
 * @params: (array length=n_params) (nullable): the values as text; a %NULL
 *   entry is SQL NULL
 * @n_params: how many
 * @cancellable: (nullable): cancels the request, also on the server
 * @callback: called on the caller's thread-default main context
 * @user_data: for @callback
 *
 * Runs @sql on a pooled connection in a worker thread.
 */
void
kansio_database_query_async (KansioDatabase *self,
                             const char *sql,
                             const char *const *params,
                             guint n_params,
                             GCancellable *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  Query *query;

  g_return_if_fail (KANSIO_IS_DATABASE (self));
  g_return_if_fail (sql != NULL);
  g_return_if_fail (n_params == 0 || params != NULL);

  query = g_new0 (Query, 1);
  query->sql = g_strdup (sql);
  query->n_params = n_params;
  query->params = g_new0 (char *, n_params + 1);
  for (guint i = 0; i < n_params; i++)
    query->params[i] = g_strdup (params[i]);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_database_query_async);
  g_task_set_task_data (task, query, (GDestroyNotify) query_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, query_thread);
}

/**
 * kansio_database_query_finish:
 *
 * Returns: (transfer full): the rows, or %NULL with @error set
 */
KansioRows *
kansio_database_query_finish (KansioDatabase *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (KANSIO_IS_DATABASE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * kansio_database_listen_async:
 * @channel: the NOTIFY channel
 *
 * Starts listening to @channel. Notifications arrive as
 * #KansioDatabase::notification on the main context this was first called on.
 */
void
kansio_database_listen_async (KansioDatabase *self,
                              const char *channel,
                              GCancellable *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (KANSIO_IS_DATABASE (self));
  g_return_if_fail (channel != NULL && *channel != '\0');

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_database_listen_async);

  if (self->listener_context == NULL)
    self->listener_context = g_main_context_ref_thread_default ();

  g_hash_table_add (self->channels, g_strdup (channel));
  g_queue_push_tail (&self->listener_commands, listen_command_new (channel, task));

  if (self->listener != NULL)
    listener_send_next (self);
  else if (!self->listener_connecting)
    {
      g_autoptr (GTask) connect
          = g_task_new (self, self->cancellable, on_listener_connected_cb, NULL);

      self->listener_connecting = TRUE;
      g_task_run_in_thread (connect, connect_listener_thread);
    }
}

gboolean
kansio_database_listen_finish (KansioDatabase *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (KANSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * kansio_database_close:
 *
 * Closes the idle pooled connections. Requests still running keep theirs.
 */
void
kansio_database_close (KansioDatabase *self)
{
  g_return_if_fail (KANSIO_IS_DATABASE (self));

  g_mutex_lock (&self->pool_lock);
  g_queue_clear_full (&self->idle_connections, (GDestroyNotify) PQfinish);
  g_mutex_unlock (&self->pool_lock);
}

void
_kansio_database_run_async (KansioDatabase *self,
                            KansioDatabaseJob job_func,
                            gpointer data,
                            GDestroyNotify data_free,
                            GCancellable *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  job->job = job_func;
  job->data = data;
  job->data_free = data_free;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, _kansio_database_run_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, job_thread);
}

gboolean
_kansio_database_run_finish (KansioDatabase *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (KANSIO_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The data a job was started with, for its _finish to read results from. */
gpointer
_kansio_database_run_get_data (GAsyncResult *result)
{
  Job *job = g_task_get_task_data (G_TASK (result));
  return job->data;
}
