/* kansio-document-service.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Running the document service (kansio-documentd) beside a server this
 * machine runs: the demo server starts it with its cluster and stops it
 * before the cluster, keeping its pid in the server's folder; the tests
 * run one for each test database. On a real database host systemd runs
 * it (data/systemd/kansio-documentd.service).
 */
#define G_LOG_DOMAIN "kansio-document-service"

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kansio-document-service.h"

/**
 * kansio_document_service_find_program:
 *
 * Returns: (transfer full) (nullable): kansio-documentd: $KANSIO_DOCUMENTD,
 *   the installed one, or the build tree's
 */
char *
kansio_document_service_find_program (void)
{
  const char *path = g_getenv ("KANSIO_DOCUMENTD");

  if (path != NULL && g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup (path);
  if (g_file_test (KANSIO_DOCUMENTD, G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup (KANSIO_DOCUMENTD);
  /* Run from the build tree: beside kansio-admin, or in tools/ beside
   * the app's folder. */
  {
    g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
    g_autofree char *directory = self != NULL ? g_path_get_dirname (self) : NULL;
    const char *places[] = { "kansio-documentd", "../tools/kansio-documentd" };

    for (guint i = 0; directory != NULL && i < G_N_ELEMENTS (places); i++)
      {
        g_autofree char *candidate = g_build_filename (directory, places[i], NULL);

        if (g_file_test (candidate, G_FILE_TEST_IS_EXECUTABLE))
          return g_canonicalize_filename (candidate, NULL);
      }
  }
  return NULL;
}

/**
 * kansio_document_service_spawn:
 * @conninfo: the database, as the service's role
 *
 * Returns: (transfer full) (nullable): the service running, until it is
 *   sent SIGTERM
 */
/* A service spawned for its caller ends with it: one left behind would
 * hold the caller's output open (a test harness waits for it). */
static void
end_with_parent (gpointer user_data)
{
#ifdef __linux__
  prctl (PR_SET_PDEATHSIG, SIGTERM);
#endif
}

GSubprocess *
kansio_document_service_spawn (const char *conninfo, GError **error)
{
  g_autofree char *program = kansio_document_service_find_program ();
  g_autoptr (GSubprocessLauncher) launcher = NULL;

  if (program == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _ ("The document service (kansio-documentd) is not installed."));
      return NULL;
    }
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_INHERIT);
  g_subprocess_launcher_set_child_setup (launcher, end_with_parent, NULL, NULL);
  return g_subprocess_launcher_spawn (launcher, error, program, "--database", conninfo, NULL);
}

static void
become_session_leader (gpointer user_data)
{
  setsid ();
}

static char *
pid_path (const char *directory)
{
  return g_build_filename (directory, "documentd.pid", NULL);
}

/* The service this folder's pid file names, if it still runs. */
static GPid
running_pid (const char *directory)
{
  g_autofree char *path = pid_path (directory);
  g_autofree char *text = NULL;
  g_autofree char *proc = NULL;
  g_autofree char *command = NULL;
  GPid pid;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return 0;
  pid = (GPid) g_ascii_strtoll (text, NULL, 10);
  if (pid <= 0)
    return 0;
  proc = g_strdup_printf ("/proc/%d/cmdline", (int) pid);
  if (!g_file_get_contents (proc, &command, NULL, NULL)
      || strstr (command, "kansio-documentd") == NULL)
    return 0;
  return pid;
}

/**
 * kansio_document_service_start_in:
 * @directory: the demo server's folder
 *
 * Starts the service for the demo server in @directory unless one runs.
 * It outlives this process, as the server does.
 */
gboolean
kansio_document_service_start_in (const char *directory, const char *conninfo, GError **error)
{
  g_autoptr (GSubprocess) process = NULL;
  g_autofree char *path = pid_path (directory);
  g_autofree char *pid = NULL;

  g_autofree char *log = g_build_filename (directory, "documentd.log", NULL);
  g_autofree char *program = kansio_document_service_find_program ();
  g_autoptr (GSubprocessLauncher) launcher = NULL;

  if (running_pid (directory) != 0)
    return TRUE;
  if (program == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _ ("The document service (kansio-documentd) is not installed."));
      return FALSE;
    }
  /* Its own session and its own log, as the server has: it holds no
   * terminal or pipe of whoever started it. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_subprocess_launcher_set_stdout_file_path (launcher, log);
  g_subprocess_launcher_set_stderr_file_path (launcher, log);
  g_subprocess_launcher_set_child_setup (launcher, become_session_leader, NULL, NULL);
  process = g_subprocess_launcher_spawn (launcher, error, program, "--database", conninfo, NULL);
  if (process == NULL)
    return FALSE;
  pid = g_strdup (g_subprocess_get_identifier (process));
  return g_file_set_contents (path, pid, -1, error);
}

/* Stops the demo server's service, if it runs, and waits for it. */
void
kansio_document_service_stop_in (const char *directory)
{
  g_autofree char *path = pid_path (directory);
  GPid pid = running_pid (directory);

  if (pid != 0)
    {
      kill (pid, SIGTERM);
      /* It ends after the document at hand: a few seconds at most. */
      for (guint i = 0; i < 100 && running_pid (directory) == pid; i++)
        g_usleep (G_USEC_PER_SEC / 20);
    }
  g_unlink (path);
}
