/* kansio-admin-demo-server.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * demo-server: the private PostgreSQL cluster of the demo.
 */
#define G_LOG_DOMAIN "kansio-admin"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "kansio-admin-private.h"

int
_kansio_admin_demo_server_command (KansioAdminOptions *options, char **args)
{
  g_autoptr (KansioLocalServer) server = _kansio_admin_demo_server_new (options);
  g_autoptr (GError) error = NULL;
  const char *verb = args[0];

  if (g_strcmp0 (verb, "start") == 0)
    {
      g_autofree char *conninfo = NULL;

      if (!_kansio_admin_start_demo_server (server, &error)
          || !kansio_local_server_set_kept_running (server, TRUE, &error))
        return _kansio_admin_fail (error);
      conninfo = kansio_local_server_get_conninfo (server, NULL);
      g_print (_ ("The demo server is running in %s.\n"),
               kansio_local_server_get_directory (server));
      g_print (_ ("Connect with: psql \"%s\"\n"), conninfo);
      return EXIT_SUCCESS;
    }

  if (g_strcmp0 (verb, "stop") == 0)
    {
      KansioAdminWait wait = _kansio_admin_wait_new ();
      gboolean ok;

      kansio_local_server_stop_async (server, NULL, _kansio_admin_on_done_cb, &wait);
      ok = kansio_local_server_stop_finish (server, _kansio_admin_wait_for (&wait), &error);
      _kansio_admin_wait_clear (&wait);
      if (!ok)
        return _kansio_admin_fail (error);
      g_print ("%s\n", _ ("The demo server is stopped."));
      return EXIT_SUCCESS;
    }

  if (g_strcmp0 (verb, "status") == 0)
    {
      if (kansio_local_server_is_running (server))
        {
          g_print (_ ("The demo server is running (process %d) in %s.\n"),
                   (int) kansio_local_server_get_server_pid (server),
                   kansio_local_server_get_directory (server));
          return EXIT_SUCCESS;
        }
      g_print (_ ("The demo server is not running (%s).\n"),
               kansio_local_server_get_directory (server));
      return 3; /* as "pg_ctl status" and LSB init scripts do */
    }

  g_printerr ("%s\n", _ ("Usage: kansio-admin demo-server start|stop|status"));
  return 2;
}
