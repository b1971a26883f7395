/* test-local-server.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The private PostgreSQL server: first start, sharing between processes,
 * stopping with the last user, and recovery from a stale pid file.
 */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kansio-test-util.h"

static char *
make_server_directory (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *base = g_dir_make_tmp ("kansio-server-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_cmpint (chmod (base, 0755), ==, 0);
  return g_build_filename (base, "server", NULL);
}

static void
remove_server_directory (const char *directory)
{
  g_autofree char *base = g_path_get_dirname (directory);
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", base);

  g_assert_true (g_str_has_prefix (base, g_get_tmp_dir ()));
  g_assert_cmpint (system (command), ==, 0);
}

static gboolean
start (KansioLocalServer *server, GError **error)
{
  GAsyncResult *result = NULL;
  gboolean ok;

  kansio_local_server_start_async (server, NULL, kansio_test_store_result_cb, &result);
  ok = kansio_local_server_start_finish (server, kansio_test_wait (&result), error);
  g_object_unref (result);
  return ok;
}

static void
stop (KansioLocalServer *server)
{
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;

  kansio_local_server_stop_async (server, NULL, kansio_test_store_result_cb, &result);
  kansio_local_server_stop_finish (server, kansio_test_wait (&result), &error);
  g_assert_no_error (error);
  g_object_unref (result);
  g_assert_false (kansio_local_server_is_running (server));
}

static KansioLocalServer *
new_server (const char *directory)
{
  KansioLocalServer *server = kansio_local_server_new (directory);

  kansio_local_server_set_durable (server, FALSE);
  return server;
}

static char *
show_setting (KansioLocalServer *server, const char *name)
{
  g_autofree char *conninfo = kansio_local_server_get_conninfo (server, NULL);
  g_autoptr (KansioDatabase) database = kansio_database_new (conninfo);
  g_autofree char *sql = g_strdup_printf ("SHOW %s", name);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = kansio_test_query (database, sql, &error);

  g_assert_no_error (error);
  return g_strdup (kansio_rows_get_string (rows, 0, 0));
}

static void
test_first_and_later_start (void)
{
  g_autofree char *directory = make_server_directory ();
  g_autoptr (KansioLocalServer) server = new_server (directory);
  g_autoptr (GError) error = NULL;
  g_autofree char *listen = NULL;
  g_autofree char *sockets = NULL;
  g_autofree char *socket_directory = g_build_filename (directory, "socket", NULL);
  gint64 begin;

  g_assert_false (kansio_local_server_is_running (server));

  begin = g_get_monotonic_time ();
  g_assert_true (start (server, &error));
  g_assert_no_error (error);
  g_test_message ("first start (initdb, start, create database): %.0f ms",
                  (g_get_monotonic_time () - begin) / 1000.0);
  g_assert_true (kansio_local_server_get_initialized_now (server));
  g_assert_true (kansio_local_server_get_started_now (server));
  g_assert_true (kansio_local_server_is_running (server));
  g_assert_cmpint (kansio_local_server_get_server_pid (server), >, 0);

  /* A unix socket in its own folder, and no TCP at all. */
  listen = show_setting (server, "listen_addresses");
  sockets = show_setting (server, "unix_socket_directories");
  g_assert_cmpstr (listen, ==, "");
  g_assert_cmpstr (sockets, ==, socket_directory);

  /* The only user releases it: stopped. */
  g_assert_true (kansio_local_server_release (server, &error));
  g_assert_no_error (error);
  g_assert_false (kansio_local_server_is_running (server));

  begin = g_get_monotonic_time ();
  g_assert_true (start (server, &error));
  g_test_message ("later start: %.0f ms", (g_get_monotonic_time () - begin) / 1000.0);
  g_assert_false (kansio_local_server_get_initialized_now (server));
  g_assert_true (kansio_local_server_get_started_now (server));
  g_assert_true (kansio_local_server_release (server, &error));

  remove_server_directory (directory);
}

static void
run_as_second_process (void)
{
  const char *directory = g_getenv ("KANSIO_TEST_SHARED_DIRECTORY");
  GPid expected_pid = (GPid) g_ascii_strtoll (g_getenv ("KANSIO_TEST_SHARED_PID"), NULL, 10);
  g_autoptr (KansioLocalServer) server = new_server (directory);
  g_autoptr (GError) error = NULL;

  g_assert_true (start (server, &error));
  g_assert_no_error (error);
  g_assert_false (kansio_local_server_get_initialized_now (server));
  g_assert_false (kansio_local_server_get_started_now (server));
  g_assert_cmpint (kansio_local_server_get_server_pid (server), ==, expected_pid);

  /* The parent still uses it, so this release must not stop it. */
  g_assert_true (kansio_local_server_release (server, &error));
  g_assert_true (kansio_local_server_is_running (server));
}

/* A superuser's ALTER SYSTEM cannot open the demo server to the network:
 * what must hold is on the server's command line, and every network
 * connection is refused by its access rules anyway. */
static void
test_settings_hold (void)
{
  g_autofree char *directory = make_server_directory ();
  g_autoptr (KansioLocalServer) server = new_server (directory);
  g_autoptr (GError) error = NULL;
  g_autofree char *hba = g_build_filename (directory, "data", "pg_hba.conf", NULL);
  g_autofree char *rules = NULL;
  const char *alter[] = {
    "ALTER SYSTEM SET listen_addresses = '*'",
    "ALTER SYSTEM SET unix_socket_permissions = '0777'",
    "ALTER SYSTEM SET max_prepared_transactions = 10",
  };

  g_assert_true (start (server, &error));
  g_assert_no_error (error);
  {
    g_autofree char *conninfo = kansio_local_server_get_conninfo (server, NULL);
    g_autoptr (KansioDatabase) database = kansio_database_new (conninfo);

    for (guint i = 0; i < G_N_ELEMENTS (alter); i++)
      {
        g_autoptr (KansioRows) rows = kansio_test_query (database, alter[i], &error);
        g_assert_no_error (error);
      }
    kansio_database_close (database);
  }
  stop (server);
  g_assert_true (start (server, &error));
  g_assert_no_error (error);

  {
    g_autofree char *listen = show_setting (server, "listen_addresses");
    g_autofree char *permissions = show_setting (server, "unix_socket_permissions");
    g_autofree char *prepared = show_setting (server, "max_prepared_transactions");

    g_assert_cmpstr (listen, ==, "");
    g_assert_cmpstr (permissions, ==, "0700");
    g_assert_cmpstr (prepared, ==, "0");
  }
  g_assert_true (g_file_get_contents (hba, &rules, NULL, &error));
  g_assert_nonnull (strstr (rules, "host all all all reject"));
  g_assert_null (strstr (rules, "host all all all trust"));

  g_assert_true (kansio_local_server_release (server, &error));
  remove_server_directory (directory);
}

static void
test_shared_by_second_process (void)
{
  if (g_test_subprocess ())
    {
      run_as_second_process ();
      return;
    }

  g_autofree char *directory = make_server_directory ();
  g_autoptr (KansioLocalServer) server = new_server (directory);
  g_autoptr (GError) error = NULL;
  g_autofree char *pid = NULL;

  g_assert_true (start (server, &error));
  g_assert_no_error (error);
  pid = g_strdup_printf ("%d", (int) kansio_local_server_get_server_pid (server));

  g_setenv ("KANSIO_TEST_SHARED_DIRECTORY", directory, TRUE);
  g_setenv ("KANSIO_TEST_SHARED_PID", pid, TRUE);
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  g_assert_true (kansio_local_server_is_running (server));
  g_assert_cmpint (kansio_local_server_get_server_pid (server), ==, atoi (pid));

  /* Now the last user: stopped. */
  g_assert_true (kansio_local_server_release (server, &error));
  g_assert_false (kansio_local_server_is_running (server));
  remove_server_directory (directory);
}

static void
test_crashed_user_does_not_count (void)
{
  g_autofree char *directory = make_server_directory ();
  g_autoptr (KansioLocalServer) server = new_server (directory);
  g_autoptr (GError) error = NULL;
  g_autofree char *users_lock = g_build_filename (directory, "users.lock", NULL);
  pid_t child;
  int status;

  g_assert_true (start (server, &error));

  /* A process that took a share and died without releasing it. */
  child = fork ();
  if (child == 0)
    {
      int fd = open (users_lock, O_RDWR);
      flock (fd, LOCK_SH);
      _exit (0);
    }
  waitpid (child, &status, 0);

  g_assert_true (kansio_local_server_release (server, &error));
  g_assert_false (kansio_local_server_is_running (server));
  remove_server_directory (directory);
}

static void
write_pid_file (const char *directory, GPid pid)
{
  g_autofree char *path = g_build_filename (directory, "data", "postmaster.pid", NULL);
  g_autofree char *data_directory = g_build_filename (directory, "data", NULL);
  g_autofree char *contents
      = g_strdup_printf ("%d\n%s\n1700000000\n5432\n\n\n", (int) pid, data_directory);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static GPid
pid_of_finished_process (void)
{
  pid_t child = fork ();
  int status;

  if (child == 0)
    _exit (0);
  waitpid (child, &status, 0);
  return child;
}

static void
test_stale_pid_recovered (void)
{
  g_autofree char *directory = make_server_directory ();
  g_autoptr (KansioLocalServer) server = new_server (directory);
  g_autoptr (GError) error = NULL;
  GPid stale[] = { pid_of_finished_process (), getpid () };

  g_assert_true (start (server, &error));
  g_assert_no_error (error);

  /* A pid file naming a process that is gone, then one naming a live
   * process that is not PostgreSQL (the pid was reused after a crash). */
  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    {
      stop (server);
      write_pid_file (directory, stale[i]);

      g_assert_true (start (server, &error));
      g_assert_no_error (error);
      g_assert_true (kansio_local_server_is_running (server));
      g_assert_cmpint (kansio_local_server_get_server_pid (server), !=, stale[i]);
    }

  stop (server);
  remove_server_directory (directory);
}

static void
test_killed_server_recovered (void)
{
  g_autofree char *directory = make_server_directory ();
  g_autoptr (KansioLocalServer) server = new_server (directory);
  g_autoptr (GError) error = NULL;
  GPid pid;
  gboolean started = FALSE;

  g_assert_true (start (server, &error));
  pid = kansio_local_server_get_server_pid (server);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  while (kill (pid, 0) == 0)
    g_usleep (10 * 1000);

  /* The server's children notice their parent died and exit within moments;
   * until they have, PostgreSQL itself refuses to start on the old memory. */
  for (guint attempt = 0; attempt < 50 && !started; attempt++)
    {
      g_clear_error (&error);
      started = start (server, &error);
      if (!started)
        g_usleep (100 * 1000);
    }
  g_assert_no_error (error);
  g_assert_true (kansio_local_server_is_running (server));
  g_assert_cmpint (kansio_local_server_get_server_pid (server), !=, pid);

  stop (server);
  remove_server_directory (directory);
}

/* Started from the command line to keep running: a user's release leaves
 * it running, and does not block the next start. */
static void
test_kept_running (void)
{
  g_autofree char *directory = make_server_directory ();
  g_autoptr (KansioLocalServer) server = new_server (directory);
  g_autoptr (KansioLocalServer) other = new_server (directory);
  g_autoptr (GError) error = NULL;

  g_assert_true (start (server, &error));
  g_assert_true (kansio_local_server_set_kept_running (server, TRUE, &error));
  g_assert_true (kansio_local_server_release (server, &error));
  g_assert_true (kansio_local_server_is_running (server));

  g_assert_true (start (other, &error));
  g_assert_no_error (error);
  g_assert_false (kansio_local_server_get_started_now (other));

  stop (other);
  g_assert_false (kansio_local_server_get_kept_running (other));
  remove_server_directory (directory);
}

static void
test_path_too_long (void)
{
  g_autofree char *directory = g_build_filename (g_get_tmp_dir (),
                                                 "a-folder-whose-name-is-much-too-long-for-a-"
                                                 "unix-socket-path-which-the-kernel-limits-to-"
                                                 "about-one-hundred-bytes",
                                                 NULL);
  g_autoptr (KansioLocalServer) server = new_server (directory);
  g_autoptr (GError) error = NULL;

  g_assert_false (start (server, &error));
  g_assert_error (error, KANSIO_LOCAL_SERVER_ERROR, KANSIO_LOCAL_SERVER_ERROR_PATH_TOO_LONG);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/local-server/first-and-later-start", test_first_and_later_start);
  g_test_add_func ("/local-server/settings-hold", test_settings_hold);
  g_test_add_func ("/local-server/shared-by-second-process", test_shared_by_second_process);
  g_test_add_func ("/local-server/crashed-user-does-not-count", test_crashed_user_does_not_count);
  g_test_add_func ("/local-server/stale-pid-recovered", test_stale_pid_recovered);
  g_test_add_func ("/local-server/killed-server-recovered", test_killed_server_recovered);
  g_test_add_func ("/local-server/kept-running", test_kept_running);
  g_test_add_func ("/local-server/path-too-long", test_path_too_long);

  return g_test_run ();
}
