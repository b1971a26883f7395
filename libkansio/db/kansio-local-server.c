/* kansio-local-server.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The server's life: starting and stopping it, the lock files that say
 * who uses it, and the object itself. The cluster on disk (initdb, the
 * settings, Kansio's database) is kansio-local-server-cluster.c.
 */
#define G_LOG_DOMAIN "kansio-local-server"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <libpq-fe.h>

#include "kansio-local-server-private.h"
#include "document-service/kansio-document-service.h"

G_DEFINE_FINAL_TYPE (KansioLocalServer, kansio_local_server, G_TYPE_OBJECT)
G_DEFINE_QUARK (kansio - local - server - error - quark, kansio_local_server_error)

enum
{
  PROP_0,
  PROP_DIRECTORY,
  PROP_DURABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
lock_file (KansioLocalServer *self, const char *name, int operation, GError **error)
{
  g_autofree char *path = g_build_filename (self->directory, name, NULL);
  int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0 || flock (fd, operation) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      if (saved_errno == EWOULDBLOCK)
        return -1;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _ ("Could not lock “%s”: %s"), path, g_strerror (saved_errno));
      return -1;
    }
  return fd;
}

char *
_kansio_local_server_superuser_conninfo (KansioLocalServer *self, const char *database)
{
  g_autoptr (GString) conninfo = g_string_new (NULL);
  const char *parts[][2] = {
    { "host", self->socket_directory },
    { "port", SOCKET_PORT },
    { "dbname", database },
    { "user", SUPERUSER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_string_append_printf (conninfo, "%s%s='", i > 0 ? " " : "", parts[i][0]);
      for (const char *p = parts[i][1]; *p != '\0'; p++)
        {
          if (*p == '\'' || *p == '\\')
            g_string_append_c (conninfo, '\\');
          g_string_append_c (conninfo, *p);
        }
      g_string_append_c (conninfo, '\'');
    }
  return g_string_free (g_steal_pointer (&conninfo), FALSE);
}

static GPid
read_server_pid (KansioLocalServer *self)
{
  g_autofree char *path = g_build_filename (self->data_directory, "postmaster.pid", NULL);
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return 0;
  return (GPid) g_ascii_strtoll (contents, NULL, 10);
}

static gboolean
is_postgres_process (GPid pid)
{
  g_autofree char *comm_path = g_strdup_printf ("/proc/%d/comm", (int) pid);
  g_autofree char *comm = NULL;

  if (pid <= 0)
    return FALSE;
  if (kill (pid, 0) != 0 && errno != EPERM)
    return FALSE;
  if (!g_file_get_contents (comm_path, &comm, NULL, NULL))
    return TRUE; /* alive, and we cannot tell what it is: leave it be */
  return g_str_has_prefix (comm, "postgres");
}

/* After a crash (of the machine, or of the server with SIGKILL) the pid
 * file names a process that is gone, or that is now something else. The
 * server would then refuse to start, so such files are removed. */
static void
remove_stale_lock_files (KansioLocalServer *self)
{
  g_autofree char *pid_file = g_build_filename (self->data_directory, "postmaster.pid", NULL);
  g_autofree char *socket_lock
      = g_build_filename (self->socket_directory, ".s.PGSQL." SOCKET_PORT ".lock", NULL);
  GPid pid = read_server_pid (self);

  if (pid == 0 && !g_file_test (pid_file, G_FILE_TEST_EXISTS))
    return;
  if (is_postgres_process (pid))
    return;

  g_message ("Removing the stale pid file of server process %d", (int) pid);
  g_unlink (pid_file);
  g_unlink (socket_lock);
}

static gboolean
ping (KansioLocalServer *self)
{
  g_autofree char *conninfo = _kansio_local_server_superuser_conninfo (self, "postgres");
  return PQping (conninfo) == PQPING_OK;
}

static gboolean
check_socket_path (KansioLocalServer *self, GError **error)
{
  if (strlen (self->socket_directory) + strlen ("/.s.PGSQL." SOCKET_PORT) < SOCKET_PATH_MAX)
    return TRUE;

  g_set_error (error, KANSIO_LOCAL_SERVER_ERROR, KANSIO_LOCAL_SERVER_ERROR_PATH_TOO_LONG,
               _ ("The folder “%s” is too deep for the database server’s socket. Choose a "
                  "shorter folder."),
               self->directory);
  return FALSE;
}

static gboolean
ensure_running (KansioLocalServer *self, GCancellable *cancellable, GError **error)
{
  g_autofree char *version_file = g_build_filename (self->data_directory, "PG_VERSION", NULL);
  g_autofree char *log_file = g_build_filename (self->data_directory, "server.log", NULL);
  g_autofree char *settings = _kansio_local_server_command_line_settings (self);
  const char *start_args[]
      = { "--pgdata", self->data_directory, "--log", log_file, "--wait", "--timeout",
          "60",       "--silent",           "-o",    settings, "start",  NULL };

  self->initialized_now = FALSE;
  self->started_now = FALSE;

  if (!check_socket_path (self, error)
      || !_kansio_local_server_make_directory (self->directory, 0755, FALSE, error)
      || !_kansio_local_server_make_directory (self->socket_directory, 0700, TRUE, error))
    return FALSE;

  if (!g_file_test (version_file, G_FILE_TEST_EXISTS))
    {
      if (!_kansio_local_server_make_directory (self->data_directory, 0700, TRUE, error)
          || !_kansio_local_server_initialize_cluster (self, cancellable, error))
        return FALSE;
      self->initialized_now = TRUE;
    }

  if (ping (self))
    return TRUE;

  remove_stale_lock_files (self);
  if (!_kansio_local_server_write_settings (self, error)
      || !_kansio_local_server_run_program ("pg_ctl", start_args, cancellable, error))
    return FALSE;

  self->started_now = TRUE;
  return TRUE;
}

static void
start_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  KansioLocalServer *self = source_object;
  g_autoptr (GError) error = NULL;
  int start_fd;
  gboolean ok;

  if (!_kansio_local_server_make_directory (self->directory, 0755, FALSE, &error)
      || (start_fd = lock_file (self, "start.lock", LOCK_EX, &error)) < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  ok = ensure_running (self, cancellable, &error)
       && _kansio_local_server_create_database (self, &error);
  /* The document service runs with the cluster. Without it Kansio still
   * starts: documents asked for wait, and the user is told. */
  if (ok)
    {
      g_autofree char *conninfo = kansio_local_server_get_conninfo (self, "kansio");
      g_autofree char *as_service = g_strdup_printf ("%s user=kansio_documents", conninfo);
      g_autoptr (GError) service_error = NULL;

      if (!kansio_document_service_start_in (self->directory, as_service, &service_error))
        g_warning ("The document service did not start: %s", service_error->message);
    }
  if (ok && self->users_fd < 0)
    {
      self->users_fd = lock_file (self, "users.lock", LOCK_SH, &error);
      ok = self->users_fd >= 0;
    }
  close (start_fd);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static gboolean
stop_server (KansioLocalServer *self, GCancellable *cancellable, GError **error)
{
  const char *stop_args[]
      = { "--pgdata", self->data_directory, "--mode", "fast", "--wait", "--silent", "stop", NULL };

  /* The document service goes first: it would only try to reconnect. */
  kansio_document_service_stop_in (self->directory);
  if (!ping (self) && !is_postgres_process (read_server_pid (self)))
    return TRUE;
  return _kansio_local_server_run_program ("pg_ctl", stop_args, cancellable, error);
}

static void
stop_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  KansioLocalServer *self = source_object;
  g_autoptr (GError) error = NULL;
  int start_fd = lock_file (self, "start.lock", LOCK_EX, &error);
  gboolean ok;

  if (start_fd < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (self->users_fd >= 0)
    {
      close (self->users_fd);
      self->users_fd = -1;
    }
  ok = kansio_local_server_set_kept_running (self, FALSE, &error)
       && stop_server (self, cancellable, &error);
  close (start_fd);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
kansio_local_server_finalize (GObject *object)
{
  KansioLocalServer *self = (KansioLocalServer *) object;

  if (self->users_fd >= 0)
    close (self->users_fd);
  g_clear_pointer (&self->directory, g_free);
  g_clear_pointer (&self->data_directory, g_free);
  g_clear_pointer (&self->socket_directory, g_free);

  G_OBJECT_CLASS (kansio_local_server_parent_class)->finalize (object);
}

static void
kansio_local_server_constructed (GObject *object)
{
  KansioLocalServer *self = (KansioLocalServer *) object;

  G_OBJECT_CLASS (kansio_local_server_parent_class)->constructed (object);

  if (self->directory == NULL)
    self->directory = kansio_local_server_get_default_directory ();
  self->data_directory = g_build_filename (self->directory, "data", NULL);
  self->socket_directory = g_build_filename (self->directory, "socket", NULL);
}

static void
kansio_local_server_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KansioLocalServer *self = KANSIO_LOCAL_SERVER (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      g_value_set_string (value, self->directory);
      break;

    case PROP_DURABLE:
      g_value_set_boolean (value, self->durable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_local_server_set_property (GObject *object,
                                  guint prop_id,
                                  const GValue *value,
                                  GParamSpec *pspec)
{
  KansioLocalServer *self = KANSIO_LOCAL_SERVER (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      self->directory = g_value_dup_string (value);
      break;

    case PROP_DURABLE:
      kansio_local_server_set_durable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_local_server_class_init (KansioLocalServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kansio_local_server_constructed;
  object_class->finalize = kansio_local_server_finalize;
  object_class->get_property = kansio_local_server_get_property;
  object_class->set_property = kansio_local_server_set_property;

  properties[PROP_DIRECTORY]
      = g_param_spec_string ("directory", NULL, NULL, NULL,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * KansioLocalServer:durable:
   *
   * Whether the server syncs to disk. Only tests and benchmarks turn it off.
   */
  properties[PROP_DURABLE]
      = g_param_spec_boolean ("durable", NULL, NULL, TRUE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_local_server_init (KansioLocalServer *self)
{
  self->users_fd = -1;
  self->durable = TRUE;
}

/**
 * kansio_local_server_get_default_directory:
 *
 * The user's data folder; for root, which the server user cannot enter
 * below /root, a folder under /var/lib.
 *
 * Returns: (transfer full): the folder the demo server lives in
 */
char *
kansio_local_server_get_default_directory (void)
{
  if (_kansio_local_server_running_as_root ())
    return g_strdup ("/var/lib/kansio/demo-server");
  return g_build_filename (g_get_user_data_dir (), "kansio", "demo-server", NULL);
}

/**
 * kansio_local_server_new:
 * @directory: (nullable): where the server lives, or %NULL for the default
 *
 * Returns: (transfer full): a server object; nothing starts until
 *   kansio_local_server_start_async()
 */
KansioLocalServer *
kansio_local_server_new (const char *directory)
{
  return g_object_new (KANSIO_TYPE_LOCAL_SERVER, "directory", directory, NULL);
}

const char *
kansio_local_server_get_directory (KansioLocalServer *self)
{
  g_return_val_if_fail (KANSIO_IS_LOCAL_SERVER (self), NULL);
  return self->directory;
}

/**
 * kansio_local_server_get_conninfo:
 * @database: (nullable): the database, or %NULL for Kansio's own
 *
 * Returns: (transfer full): a libpq connection string for the server's
 *   superuser over the unix socket
 */
char *
kansio_local_server_get_conninfo (KansioLocalServer *self, const char *database)
{
  g_return_val_if_fail (KANSIO_IS_LOCAL_SERVER (self), NULL);
  return _kansio_local_server_superuser_conninfo (self,
                                                  database != NULL ? database : DATABASE_NAME);
}

gboolean
kansio_local_server_get_durable (KansioLocalServer *self)
{
  g_return_val_if_fail (KANSIO_IS_LOCAL_SERVER (self), TRUE);
  return self->durable;
}

void
kansio_local_server_set_durable (KansioLocalServer *self, gboolean durable)
{
  g_return_if_fail (KANSIO_IS_LOCAL_SERVER (self));

  durable = !!durable;
  if (self->durable == durable)
    return;
  self->durable = durable;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURABLE]);
}

/**
 * kansio_local_server_start_async:
 *
 * Makes sure the server runs, creating the cluster and Kansio's database
 * on first use, and marks this object as one of its users.
 */
void
kansio_local_server_start_async (KansioLocalServer *self,
                                 GCancellable *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (KANSIO_IS_LOCAL_SERVER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_local_server_start_async);
  g_task_run_in_thread (task, start_thread);
}

gboolean
kansio_local_server_start_finish (KansioLocalServer *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * kansio_local_server_get_initialized_now:
 *
 * Returns: whether the last start created the cluster
 */
gboolean
kansio_local_server_get_initialized_now (KansioLocalServer *self)
{
  g_return_val_if_fail (KANSIO_IS_LOCAL_SERVER (self), FALSE);
  return self->initialized_now;
}

/**
 * kansio_local_server_get_started_now:
 *
 * Returns: whether the last start started the server, rather than finding
 *   it running for another process
 */
gboolean
kansio_local_server_get_started_now (KansioLocalServer *self)
{
  g_return_val_if_fail (KANSIO_IS_LOCAL_SERVER (self), FALSE);
  return self->started_now;
}

/**
 * kansio_local_server_is_running:
 *
 * Asks the server over its socket; takes a few milliseconds.
 */
gboolean
kansio_local_server_is_running (KansioLocalServer *self)
{
  g_return_val_if_fail (KANSIO_IS_LOCAL_SERVER (self), FALSE);
  return ping (self);
}

/**
 * kansio_local_server_get_server_pid:
 *
 * Returns: the server's process id from its pid file, or 0
 */
GPid
kansio_local_server_get_server_pid (KansioLocalServer *self)
{
  g_return_val_if_fail (KANSIO_IS_LOCAL_SERVER (self), 0);
  return read_server_pid (self);
}

/**
 * kansio_local_server_release:
 *
 * Ends this object's use of the server and stops the server if no other
 * process uses it. Blocks for the time of a fast shutdown (about 0.1 s):
 * meant for when the application quits.
 */
gboolean
kansio_local_server_release (KansioLocalServer *self, GError **error)
{
  int start_fd;
  int last_fd;
  gboolean ok = TRUE;

  g_return_val_if_fail (KANSIO_IS_LOCAL_SERVER (self), FALSE);

  if (self->users_fd < 0)
    return TRUE;

  if ((start_fd = lock_file (self, "start.lock", LOCK_EX, error)) < 0)
    return FALSE;

  close (self->users_fd);
  self->users_fd = -1;

  last_fd = lock_file (self, "users.lock", LOCK_EX | LOCK_NB, NULL);
  if (last_fd >= 0 && !kansio_local_server_get_kept_running (self))
    ok = stop_server (self, NULL, error);
  if (last_fd >= 0)
    close (last_fd);
  close (start_fd);
  return ok;
}

/**
 * kansio_local_server_stop_async:
 *
 * Stops the server whoever uses it (kansio-admin demo-server stop).
 */
void
kansio_local_server_stop_async (KansioLocalServer *self,
                                GCancellable *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (KANSIO_IS_LOCAL_SERVER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_local_server_stop_async);
  g_task_run_in_thread (task, stop_thread);
}

gboolean
kansio_local_server_stop_finish (KansioLocalServer *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static char *
keep_running_path (KansioLocalServer *self)
{
  return g_build_filename (self->directory, "keep-running", NULL);
}

/**
 * kansio_local_server_set_kept_running:
 * @keep: whether the server should outlive the processes that use it
 *
 * For a server started from the command line, which no process holds.
 */
gboolean
kansio_local_server_set_kept_running (KansioLocalServer *self, gboolean keep, GError **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (KANSIO_IS_LOCAL_SERVER (self), FALSE);

  path = keep_running_path (self);
  if (keep)
    return g_file_set_contents (path, "", 0, error);
  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", path,
                   g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

gboolean
kansio_local_server_get_kept_running (KansioLocalServer *self)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (KANSIO_IS_LOCAL_SERVER (self), FALSE);

  path = keep_running_path (self);
  return g_file_test (path, G_FILE_TEST_EXISTS);
}
