/* kansio-admin-common.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every command shares: waiting for an async call, and the database
 * for the length of a command.
 */
#define G_LOG_DOMAIN "kansio-admin"

#include "config.h"

#include <stdlib.h>

#include "kansio-admin-private.h"

KansioAdminWait
_kansio_admin_wait_new (void)
{
  KansioAdminWait wait = { g_main_loop_new (NULL, FALSE), NULL };
  return wait;
}

void
_kansio_admin_on_done_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  KansioAdminWait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

GAsyncResult *
_kansio_admin_wait_for (KansioAdminWait *wait)
{
  g_main_loop_run (wait->loop);
  return wait->result;
}

void
_kansio_admin_wait_clear (KansioAdminWait *wait)
{
  g_clear_pointer (&wait->loop, g_main_loop_unref);
  g_clear_object (&wait->result);
}

int
_kansio_admin_fail (const GError *error)
{
  g_printerr ("kansio-admin: %s\n", error->message);
  return EXIT_FAILURE;
}

KansioLocalServer *
_kansio_admin_demo_server_new (KansioAdminOptions *options)
{
  KansioLocalServer *server = kansio_local_server_new (options->demo_directory);

  kansio_local_server_set_durable (server, !options->no_sync);
  return server;
}

gboolean
_kansio_admin_start_demo_server (KansioLocalServer *server, GError **error)
{
  KansioAdminWait wait = _kansio_admin_wait_new ();
  gboolean ok;

  kansio_local_server_start_async (server, NULL, _kansio_admin_on_done_cb, &wait);
  ok = kansio_local_server_start_finish (server, _kansio_admin_wait_for (&wait), error);
  _kansio_admin_wait_clear (&wait);
  return ok;
}

/* A server given with --database, else the private demo server, started
 * for the length of the command. */
KansioDatabase *
_kansio_admin_open_database (KansioAdminOptions *options,
                             KansioLocalServer **server_out,
                             GError **error)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autofree char *conninfo = NULL;

  if (options->conninfo != NULL)
    conninfo = g_strdup (options->conninfo);
  else
    {
      server = _kansio_admin_demo_server_new (options);
      if (!_kansio_admin_start_demo_server (server, error))
        return NULL;
      conninfo = kansio_local_server_get_conninfo (server, NULL);
      *server_out = g_steal_pointer (&server);
    }

  /* A later keyword wins in a libpq connection string. */
  if (options->user != NULL)
    {
      g_autofree char *as_user = g_strdup_printf ("%s user='%s'", conninfo, options->user);
      return kansio_database_new (as_user);
    }
  return kansio_database_new (conninfo);
}

void
_kansio_admin_release_server (KansioLocalServer *server)
{
  g_autoptr (GError) error = NULL;

  if (server != NULL && !kansio_local_server_release (server, &error))
    g_printerr ("kansio-admin: %s\n", error->message);
}
