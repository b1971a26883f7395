/* kansio-admin.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The helpdesk's and main users' command-line companion. This file reads
 * the options common to every command and hands over to the command; the
 * commands live a group to a file, kansio-admin-*.c.
 */
#define G_LOG_DOMAIN "kansio-admin"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "kansio-admin-private.h"

static const struct
{
  const char *name;
  KansioAdminCommand func;
  const char *summary;
} commands[] = {
  { "migrate", _kansio_admin_migrate_command, N_ ("Apply pending database migrations") },
  { "status", _kansio_admin_status_command,
    N_ ("Show the server, schema version and pending migrations") },
  { "demo-server", _kansio_admin_demo_server_command,
    N_ ("start, stop or show the private demo server") },
  { "validate", _kansio_admin_validate_command,
    N_ ("Check an identity code, IBAN, reference, RF reference or business ID") },
  { "audit", _kansio_admin_audit_command,
    N_ ("seal: chain and sign the logs; verify: check them against the signed anchors; check: "
        "the auditor's check inside the database") },
  { "calculate", _kansio_admin_calculate_command,
    N_ ("income-support FILE.json: the calculation of a month, as JSON") },
  { "rates", _kansio_admin_rates_command,
    N_ ("list or add income-support rates (data valid by date)") },
  { "statistics", _kansio_admin_statistics_command,
    N_ ("income-support YEAR [--csv]: the yearly figures reported to THL") },
  { "payment-run", _kansio_admin_payment_run_command,
    N_ ("pay the decided income-support orders due by a day, as a pain.001 file") },
  { "document", _kansio_admin_document_command,
    N_ ("render: make a letter from an approved template into a PDF file; verify ID: make a "
        "stored document again from its recorded inputs and compare") },
};

static char *
describe_commands (void)
{
  GString *text = g_string_new (_ ("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %-12s %s", commands[i].name, _ (commands[i].summary));
  return g_string_free (text, FALSE);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *description = NULL;
  g_auto (GStrv) rest = NULL;
  KansioAdminOptions options = { 0 };
  KansioAdminCommand command = NULL;
  int status = 2;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_STRING, &options.conninfo,
      N_ ("Use this server (a libpq connection string) instead of the demo server"),
      N_ ("CONNINFO") },
    { "demo-directory", 0, 0, G_OPTION_ARG_FILENAME, &options.demo_directory,
      N_ ("The demo server’s folder"), N_ ("FOLDER") },
    { "user", 'U', 0, G_OPTION_ARG_STRING, &options.user, N_ ("Log in as this database user"),
      N_ ("USER") },
    { "no-sync", 0, 0, G_OPTION_ARG_NONE, &options.no_sync,
      N_ ("Run the demo server without syncing to disk (tests only)"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &rest, NULL, N_ ("COMMAND") },
    { NULL },
  };

  kansio_i18n_init (NULL);

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _ ("Kansio administration for the helpdesk and main users."));
  description = describe_commands ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* KansioAdminOptions after the command are the command's own. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("kansio-admin: %s\n", error->message);
      return 2;
    }

  if (options.conninfo == NULL && g_getenv ("KANSIO_DATABASE") != NULL)
    options.conninfo = g_strdup (g_getenv ("KANSIO_DATABASE"));

  if (rest == NULL || rest[0] == NULL)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      g_printerr ("%s", help);
      return 2;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (rest[0], commands[i].name))
      command = commands[i].func;

  if (command == NULL)
    g_printerr (_ ("kansio-admin: unknown command “%s”. Try --help.\n"), rest[0]);
  else
    status = command (&options, rest + 1);

  g_free (options.conninfo);
  g_free (options.user);
  g_free (options.demo_directory);
  return status;
}
