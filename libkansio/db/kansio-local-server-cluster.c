/* kansio-local-server-cluster.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The local server's cluster on disk: finding and running PostgreSQL's
 * programs, initdb, the settings written at every start, and Kansio's
 * database in the cluster.
 */
#define G_LOG_DOMAIN "kansio-local-server"

#include "config.h"

#include <errno.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <libpq-fe.h>

#include "kansio-local-server-private.h"

gboolean
_kansio_local_server_running_as_root (void)
{
  return geteuid () == 0;
}

static char *
find_server_program (const char *name)
{
  const char *bindir = g_getenv ("KANSIO_PG_BINDIR");
  g_autoptr (GDir) versions = NULL;
  g_autofree char *best = NULL;
  gint64 best_version = -1;
  const char *entry;
  char *found;

  if (bindir != NULL)
    return g_build_filename (bindir, name, NULL);

  if ((found = g_find_program_in_path (name)) != NULL)
    return found;

  /* Debian keeps the server programs off PATH, one folder per version. */
  versions = g_dir_open ("/usr/lib/postgresql", 0, NULL);
  while (versions != NULL && (entry = g_dir_read_name (versions)) != NULL)
    {
      g_autofree char *path = g_build_filename ("/usr/lib/postgresql", entry, "bin", name, NULL);
      gint64 version = g_ascii_strtoll (entry, NULL, 10);

      if (version > best_version && g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
        {
          best_version = version;
          g_free (best);
          best = g_steal_pointer (&path);
        }
    }
  return g_steal_pointer (&best);
}

static void
child_setup (gpointer user_data)
{
  /* Its own session, so a Ctrl+C in the terminal that started Kansio does
   * not reach the server. */
  setsid ();
}

/* Runs a server program, as "postgres" when we are root, and returns its
 * output in the error when it fails. */
gboolean
_kansio_local_server_run_program (const char *program,
                                  const char *const *args,
                                  GCancellable *cancellable,
                                  GError **error)
{
  g_autofree char *path = find_server_program (program);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GSubprocess) process = NULL;
  g_autofree char *output = NULL;

  if (path == NULL)
    {
      g_set_error (error, KANSIO_LOCAL_SERVER_ERROR, KANSIO_LOCAL_SERVER_ERROR_NOT_INSTALLED,
                   _ ("The PostgreSQL server program “%s” was not found. Install the PostgreSQL "
                      "server to use the demo database."),
                   program);
      return FALSE;
    }

  if (_kansio_local_server_running_as_root ())
    {
      g_ptr_array_add (argv, (gpointer) "runuser");
      g_ptr_array_add (argv, (gpointer) "-u");
      g_ptr_array_add (argv, (gpointer) SUPERUSER);
      g_ptr_array_add (argv, (gpointer) "--");
    }
  g_ptr_array_add (argv, path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_MERGE);
  /* The server user may not enter our working directory (say, /root). */
  g_subprocess_launcher_set_cwd (launcher, "/");
  g_subprocess_launcher_setenv (launcher, "LC_MESSAGES", "C", TRUE);
  g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, error);
  if (process == NULL)
    return FALSE;

  if (!g_subprocess_communicate_utf8 (process, NULL, cancellable, &output, NULL, error))
    return FALSE;

  if (!g_subprocess_get_successful (process))
    {
      g_set_error (error, KANSIO_LOCAL_SERVER_ERROR, KANSIO_LOCAL_SERVER_ERROR_FAILED,
                   _ ("The local database server could not be started: %s failed: %s"), program,
                   output != NULL ? g_strstrip (output) : "");
      return FALSE;
    }
  return TRUE;
}

gboolean
_kansio_local_server_make_directory (const char *path,
                                     int mode,
                                     gboolean for_server,
                                     GError **error)
{
  if (g_mkdir_with_parents (path, mode) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _ ("Could not create the folder “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if (for_server && _kansio_local_server_running_as_root ())
    {
      struct passwd *pw = getpwnam (SUPERUSER);

      if (pw == NULL)
        {
          g_set_error (error, KANSIO_LOCAL_SERVER_ERROR, KANSIO_LOCAL_SERVER_ERROR_NOT_INSTALLED,
                       _ ("Running as root needs the system user “%s”, which the PostgreSQL "
                          "server package creates."),
                       SUPERUSER);
          return FALSE;
        }
      if (chown (path, pw->pw_uid, pw->pw_gid) != 0 || chmod (path, 0700) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _ ("Could not hand the folder “%s” to the database server: %s"), path,
                       g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}

/* Who may connect, rewritten at every start. Only through the socket,
 * whose folder (0700) only the server's own system user (and root) can
 * enter; every network connection is refused, so no setting a superuser
 * changes later opens a door over TCP. peer would say the same thing
 * more narrowly, but PostgreSQL 15's ident maps cannot let one system
 * user log in as each of the demo's roles. */
static gboolean
write_access_rules (KansioLocalServer *self, GError **error)
{
  g_autofree char *path = g_build_filename (self->data_directory, "pg_hba.conf", NULL);
  const char *rules = "# Written by Kansio at every start; edits are lost.\n"
                      "local all all trust\n"
                      "host all all all reject\n";

  return g_file_set_contents_full (path, rules, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

/* What must hold whatever postgresql.auto.conf says (ALTER SYSTEM): given
 * on the server's command line, which outranks every configuration file.
 * pg_ctl hands -o to a shell, so the socket folder is quoted for one. */
char *
_kansio_local_server_command_line_settings (KansioLocalServer *self)
{
  g_autofree char *quoted = g_shell_quote (self->socket_directory);

  return g_strdup_printf ("-c listen_addresses= -k %s -c unix_socket_permissions=0700 "
                          "-c max_prepared_transactions=0",
                          quoted);
}

gboolean
_kansio_local_server_write_settings (KansioLocalServer *self, GError **error)
{
  g_autofree char *path = g_build_filename (self->data_directory, "kansio.conf", NULL);
  g_autoptr (GString) escaped = g_string_new (self->socket_directory);
  g_autofree char *contents = NULL;

  g_string_replace (escaped, "'", "''", 0);
  contents = g_strdup_printf ("# Written by Kansio at every start; edits are lost.\n"
                              "listen_addresses = ''\n"
                              "unix_socket_directories = '%s'\n"
                              "unix_socket_permissions = 0700\n"
                              "port = " SOCKET_PORT "\n"
                              "fsync = %s\n"
                              "synchronous_commit = %s\n"
                              "full_page_writes = %s\n"
                              "max_connections = 100\n"
                              "logging_collector = off\n",
                              escaped->str, self->durable ? "on" : "off",
                              self->durable ? "on" : "off", self->durable ? "on" : "off");
  return g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error)
         && write_access_rules (self, error);
}

gboolean
_kansio_local_server_initialize_cluster (KansioLocalServer *self,
                                         GCancellable *cancellable,
                                         GError **error)
{
  g_autofree char *conf = g_build_filename (self->data_directory, "postgresql.conf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *appended = NULL;
  const char *args[] = { "--pgdata",
                         self->data_directory,
                         "--username",
                         SUPERUSER,
                         "--auth",
                         "trust",
                         "--encoding",
                         "UTF8",
                         "--locale",
                         "C.UTF-8",
                         self->durable ? NULL : "--no-sync",
                         NULL };

  if (!_kansio_local_server_run_program ("initdb", args, cancellable, error))
    return FALSE;

  if (!g_file_get_contents (conf, &contents, NULL, error))
    return FALSE;
  appended = g_strconcat (contents, "\ninclude_if_exists = 'kansio.conf'\n", NULL);
  return g_file_set_contents_full (conf, appended, -1, G_FILE_SET_CONTENTS_NONE, 0600, error);
}

gboolean
_kansio_local_server_create_database (KansioLocalServer *self, GError **error)
{
  g_autofree char *conninfo = _kansio_local_server_superuser_conninfo (self, "postgres");
  PGconn *conn = PQconnectdb (conninfo);
  PGresult *result = NULL;
  gboolean ok = FALSE;

  if (PQstatus (conn) != CONNECTION_OK)
    goto out;

  result = PQexec (conn, "SELECT 1 FROM pg_database WHERE datname = '" DATABASE_NAME "'");
  if (PQresultStatus (result) != PGRES_TUPLES_OK)
    goto out;
  if (PQntuples (result) == 0)
    {
      PQclear (result);
      result = PQexec (conn, "CREATE DATABASE " DATABASE_NAME);
      if (PQresultStatus (result) != PGRES_COMMAND_OK)
        goto out;
    }
  ok = TRUE;

out:
  if (!ok)
    g_set_error (error, KANSIO_LOCAL_SERVER_ERROR, KANSIO_LOCAL_SERVER_ERROR_FAILED,
                 _ ("The local database could not be created: %s"), PQerrorMessage (conn));
  g_clear_pointer (&result, PQclear);
  PQfinish (conn);
  return ok;
}
