/* kansio-admin-audit.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * audit: sealing the logs, and verifying and checking them.
 */
#define G_LOG_DOMAIN "kansio-admin"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "kansio-admin-private.h"

/* The folder of the sealing key and the anchors: --directory, else the
 * demo server's own. */
static char *
audit_directory (KansioAdminOptions *options, const char *given, GError **error)
{
  g_autoptr (KansioLocalServer) server = NULL;

  if (given != NULL)
    return g_strdup (given);
  if (options->conninfo != NULL)
    {
      g_set_error_literal (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_KEY,
                           _ ("Name the folder of the sealing key and the anchors with "
                              "--directory."));
      return NULL;
    }
  server = kansio_local_server_new (options->demo_directory);
  return g_build_filename (kansio_local_server_get_directory (server), "audit", NULL);
}

/* The auditor's quick look from inside the database (api.audit_verify):
 * it cannot see what the database's own superuser rewrote. */
static int
audit_check (KansioAdminOptions *options)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (GListModel) checks = NULL;
  g_autoptr (GError) error = NULL;
  KansioAdminWait wait;
  int status = EXIT_SUCCESS;

  database = _kansio_admin_open_database (options, &server, &error);
  if (database == NULL)
    return _kansio_admin_fail (error);

  wait = _kansio_admin_wait_new ();
  kansio_audit_log_check_run_async (database, NULL, _kansio_admin_on_done_cb, &wait);
  checks = kansio_audit_log_check_run_finish (_kansio_admin_wait_for (&wait), &error);
  _kansio_admin_wait_clear (&wait);
  g_clear_object (&database);
  _kansio_admin_release_server (server);
  if (checks == NULL)
    return _kansio_admin_fail (error);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr (KansioAuditLogCheck) check = g_list_model_get_item (checks, i);
      const char *name = kansio_audit_log_check_get_log (check);
      gint64 checked = kansio_audit_log_check_get_rows_checked (check);

      if (kansio_audit_log_check_get_intact (check))
        g_print (g_dngettext (GETTEXT_PACKAGE, "%s: intact, %lld sealed row checked.\n",
                              "%s: intact, %lld sealed rows checked.\n", (gulong) checked),
                 kansio_audit_log_label (name), (long long) checked);
      else
        {
          g_print (_ ("%s: TAMPERED WITH: %s\n"), kansio_audit_log_label (name),
                   kansio_audit_log_check_get_problem (check));
          status = EXIT_FAILURE;
        }
    }
  return status;
}

int
_kansio_admin_audit_command (KansioAdminOptions *options, char **args)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *directory = NULL;
  g_autofree char *report = NULL;
  const char *given = NULL;
  gboolean seal = g_strcmp0 (args[0], "seal") == 0;
  gboolean verify = g_strcmp0 (args[0], "verify") == 0;
  guint64 n_sealed = 0;
  KansioAdminWait wait = _kansio_admin_wait_new ();
  gboolean ok;

  if (g_strcmp0 (args[0], "check") == 0 && args[1] == NULL)
    return audit_check (options);
  if (args[0] != NULL && args[1] != NULL && g_str_equal (args[1], "--directory"))
    given = args[2];
  if ((!seal && !verify) || (args[1] != NULL && (given == NULL || args[3] != NULL)))
    {
      g_printerr ("%s\n%s\n%s\n", _ ("Usage: kansio-admin audit seal [--directory FOLDER]"),
                  _ ("       kansio-admin audit verify [--directory FOLDER]"),
                  _ ("       kansio-admin [--user AUDITOR] audit check"));
      return 2;
    }

  directory = audit_directory (options, given, &error);
  if (directory == NULL)
    return _kansio_admin_fail (error);
  database = _kansio_admin_open_database (options, &server, &error);
  if (database == NULL)
    return _kansio_admin_fail (error);

  if (seal)
    {
      kansio_audit_seal_async (database, directory, NULL, _kansio_admin_on_done_cb, &wait);
      ok = kansio_audit_seal_finish (_kansio_admin_wait_for (&wait), &n_sealed, &error);
    }
  else
    {
      kansio_audit_verify_async (database, directory, NULL, _kansio_admin_on_done_cb, &wait);
      ok = kansio_audit_verify_finish (_kansio_admin_wait_for (&wait), &report, &error);
    }
  _kansio_admin_wait_clear (&wait);
  g_clear_object (&database);
  _kansio_admin_release_server (server);

  if (!ok && g_error_matches (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_TAMPERED))
    {
      g_print (_ ("TAMPERED WITH: %s\n"), error->message);
      return EXIT_FAILURE;
    }
  if (!ok)
    return _kansio_admin_fail (error);

  if (seal)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Sealed %llu row; the anchors are in %s.\n",
                          "Sealed %llu rows; the anchors are in %s.\n", (gulong) n_sealed),
             (unsigned long long) n_sealed, directory);
  else
    g_print ("%s", report);
  return EXIT_SUCCESS;
}
