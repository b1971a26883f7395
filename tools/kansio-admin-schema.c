/* kansio-admin-schema.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * migrate and status: the database schema.
 */
#define G_LOG_DOMAIN "kansio-admin"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "kansio-admin-private.h"

int
_kansio_admin_migrate_command (KansioAdminOptions *options, char **args)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioMigrator) migrator = NULL;
  g_autoptr (GError) error = NULL;
  KansioAdminWait wait = _kansio_admin_wait_new ();
  gboolean ok;

  database = _kansio_admin_open_database (options, &server, &error);
  if (database == NULL)
    return _kansio_admin_fail (error);

  migrator = kansio_migrator_new (database);
  kansio_migrator_migrate_async (migrator, NULL, _kansio_admin_on_done_cb, &wait);
  ok = kansio_migrator_migrate_finish (migrator, _kansio_admin_wait_for (&wait), &error);
  _kansio_admin_wait_clear (&wait);
  _kansio_admin_release_server (server);

  if (!ok)
    return _kansio_admin_fail (error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Applied %u migration; the schema is at version %d.\n",
                        "Applied %u migrations; the schema is at version %d.\n",
                        kansio_migrator_get_n_applied (migrator)),
           kansio_migrator_get_n_applied (migrator),
           kansio_migrator_get_database_version (migrator));
  return EXIT_SUCCESS;
}

int
_kansio_admin_status_command (KansioAdminOptions *options, char **args)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioMigrator) migrator = NULL;
  g_autoptr (GError) error = NULL;
  KansioAdminWait wait = _kansio_admin_wait_new ();
  const char *const *pending;
  gboolean ok;

  database = _kansio_admin_open_database (options, &server, &error);
  if (database == NULL)
    return _kansio_admin_fail (error);

  migrator = kansio_migrator_new (database);
  kansio_migrator_inspect_async (migrator, NULL, _kansio_admin_on_done_cb, &wait);
  ok = kansio_migrator_inspect_finish (migrator, _kansio_admin_wait_for (&wait), &error);
  _kansio_admin_wait_clear (&wait);
  _kansio_admin_release_server (server);

  g_print (_ ("Server: %s\n"),
           server != NULL ? _ ("private demo server") : kansio_database_get_conninfo (database));
  if (server != NULL)
    g_print (_ ("Folder: %s\n"), kansio_local_server_get_directory (server));
  if (!ok)
    return _kansio_admin_fail (error);

  g_print (_ ("Schema version: %d (this Kansio knows up to %d)\n"),
           kansio_migrator_get_database_version (migrator),
           kansio_migrator_get_code_version (migrator));

  pending = kansio_migrator_get_pending (migrator);
  if (pending == NULL || pending[0] == NULL)
    g_print ("%s\n", _ ("No migrations are pending."));
  else
    {
      g_print ("%s\n", _ ("Pending migrations:"));
      for (guint i = 0; pending[i] != NULL; i++)
        g_print ("  %s\n", pending[i]);
    }
  return EXIT_SUCCESS;
}
