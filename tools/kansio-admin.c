/* kansio-admin.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The helpdesk's and main users' command-line companion.
 */
#define G_LOG_DOMAIN "kansio-admin"

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <glib/gi18n-lib.h>
#include <kansio.h>

typedef struct
{
  char *conninfo;
  char *demo_directory;
  char *user;
  gboolean no_sync;
} Options;

typedef int (*CommandFunc) (Options *options, char **args);

/* Runs the main loop until an async call calls back. */
typedef struct
{
  GMainLoop *loop;
  GAsyncResult *result;
} Wait;

static void
on_done_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

static GAsyncResult *
wait_for (Wait *wait)
{
  g_main_loop_run (wait->loop);
  return wait->result;
}

static void
wait_clear (Wait *wait)
{
  g_clear_pointer (&wait->loop, g_main_loop_unref);
  g_clear_object (&wait->result);
}

static Wait
wait_new (void)
{
  Wait wait = { g_main_loop_new (NULL, FALSE), NULL };
  return wait;
}

static int
fail (const GError *error)
{
  g_printerr ("kansio-admin: %s\n", error->message);
  return EXIT_FAILURE;
}

static KansioLocalServer *
demo_server_new (Options *options)
{
  KansioLocalServer *server = kansio_local_server_new (options->demo_directory);

  kansio_local_server_set_durable (server, !options->no_sync);
  return server;
}

static gboolean
start_demo_server (KansioLocalServer *server, GError **error)
{
  Wait wait = wait_new ();
  gboolean ok;

  kansio_local_server_start_async (server, NULL, on_done_cb, &wait);
  ok = kansio_local_server_start_finish (server, wait_for (&wait), error);
  wait_clear (&wait);
  return ok;
}

/* A server given with --database, else the private demo server, started
 * for the length of the command. */
static KansioDatabase *
open_database (Options *options, KansioLocalServer **server_out, GError **error)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autofree char *conninfo = NULL;

  if (options->conninfo != NULL)
    conninfo = g_strdup (options->conninfo);
  else
    {
      server = demo_server_new (options);
      if (!start_demo_server (server, error))
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

static void
release_server (KansioLocalServer *server)
{
  g_autoptr (GError) error = NULL;

  if (server != NULL && !kansio_local_server_release (server, &error))
    g_printerr ("kansio-admin: %s\n", error->message);
}

static int
migrate_command (Options *options, char **args)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioMigrator) migrator = NULL;
  g_autoptr (GError) error = NULL;
  Wait wait = wait_new ();
  gboolean ok;

  database = open_database (options, &server, &error);
  if (database == NULL)
    return fail (error);

  migrator = kansio_migrator_new (database);
  kansio_migrator_migrate_async (migrator, NULL, on_done_cb, &wait);
  ok = kansio_migrator_migrate_finish (migrator, wait_for (&wait), &error);
  wait_clear (&wait);
  release_server (server);

  if (!ok)
    return fail (error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Applied %u migration; the schema is at version %d.\n",
                        "Applied %u migrations; the schema is at version %d.\n",
                        kansio_migrator_get_n_applied (migrator)),
           kansio_migrator_get_n_applied (migrator),
           kansio_migrator_get_database_version (migrator));
  return EXIT_SUCCESS;
}

static int
status_command (Options *options, char **args)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioMigrator) migrator = NULL;
  g_autoptr (GError) error = NULL;
  Wait wait = wait_new ();
  const char *const *pending;
  gboolean ok;

  database = open_database (options, &server, &error);
  if (database == NULL)
    return fail (error);

  migrator = kansio_migrator_new (database);
  kansio_migrator_inspect_async (migrator, NULL, on_done_cb, &wait);
  ok = kansio_migrator_inspect_finish (migrator, wait_for (&wait), &error);
  wait_clear (&wait);
  release_server (server);

  g_print (_ ("Server: %s\n"),
           server != NULL ? _ ("private demo server") : kansio_database_get_conninfo (database));
  if (server != NULL)
    g_print (_ ("Folder: %s\n"), kansio_local_server_get_directory (server));
  if (!ok)
    return fail (error);

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

static int
demo_server_command (Options *options, char **args)
{
  g_autoptr (KansioLocalServer) server = demo_server_new (options);
  g_autoptr (GError) error = NULL;
  const char *verb = args[0];

  if (g_strcmp0 (verb, "start") == 0)
    {
      g_autofree char *conninfo = NULL;

      if (!start_demo_server (server, &error)
          || !kansio_local_server_set_kept_running (server, TRUE, &error))
        return fail (error);
      conninfo = kansio_local_server_get_conninfo (server, NULL);
      g_print (_ ("The demo server is running in %s.\n"),
               kansio_local_server_get_directory (server));
      g_print (_ ("Connect with: psql \"%s\"\n"), conninfo);
      return EXIT_SUCCESS;
    }

  if (g_strcmp0 (verb, "stop") == 0)
    {
      Wait wait = wait_new ();
      gboolean ok;

      kansio_local_server_stop_async (server, NULL, on_done_cb, &wait);
      ok = kansio_local_server_stop_finish (server, wait_for (&wait), &error);
      wait_clear (&wait);
      if (!ok)
        return fail (error);
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

static int
validate_command (Options *options, char **args)
{
  g_autoptr (GError) error = NULL;
  const char *kind = args[0];
  const char *value = kind != NULL ? args[1] : NULL;
  GDate birth_date;
  gboolean is_temporary = FALSE;
  gboolean ok;

  if (kind == NULL || value == NULL || args[2] != NULL)
    {
      g_printerr ("%s\n",
                  _ ("Usage: kansio-admin validate hetu|iban|reference|rf|business-id VALUE"));
      return 2;
    }

  g_date_clear (&birth_date, 1);
  if (g_str_equal (kind, "hetu"))
    ok = kansio_validate_identity_code (value, KANSIO_IDENTITY_CODE_ALLOW_TEMPORARY, &birth_date,
                                        &is_temporary, &error);
  else if (g_str_equal (kind, "iban"))
    ok = kansio_validate_iban (value, &error);
  else if (g_str_equal (kind, "reference"))
    ok = kansio_validate_reference (value, &error);
  else if (g_str_equal (kind, "rf"))
    ok = kansio_validate_rf_reference (value, &error);
  else if (g_str_equal (kind, "business-id"))
    ok = kansio_validate_business_id (value, &error);
  else
    {
      g_printerr (_ ("kansio-admin: unknown kind “%s”. Use hetu, iban, reference, rf or "
                     "business-id.\n"),
                  kind);
      return 2;
    }

  if (!ok)
    {
      g_print (_ ("Not valid: %s\n"), error->message);
      return EXIT_FAILURE;
    }

  if (g_str_equal (kind, "hetu"))
    {
      char date[32];
      g_date_strftime (date, sizeof date, "%-d.%-m.%Y", &birth_date);
      if (is_temporary)
        g_print (_ ("Valid, a temporary identity code (born %s).\n"), date);
      else
        g_print (_ ("Valid (born %s).\n"), date);
    }
  else if (g_str_equal (kind, "iban"))
    {
      g_autofree char *formatted = kansio_format_iban (value);
      g_print (_ ("Valid: %s\n"), formatted);
    }
  else
    g_print ("%s\n", _ ("Valid."));
  return EXIT_SUCCESS;
}

static int
audit_command (Options *options, char **args)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (GError) error = NULL;
  Wait wait = wait_new ();
  int status = EXIT_SUCCESS;

  if (g_strcmp0 (args[0], "verify") != 0 || args[1] != NULL)
    {
      g_printerr ("%s\n", _ ("Usage: kansio-admin [--user AUDITOR] audit verify"));
      return 2;
    }

  database = open_database (options, &server, &error);
  if (database == NULL)
    return fail (error);

  kansio_database_query_async (database,
                               "SELECT log, rows_checked, ok, problem FROM api.audit_verify ()",
                               NULL, 0, NULL, on_done_cb, &wait);
  rows = kansio_database_query_finish (database, wait_for (&wait), &error);
  wait_clear (&wait);
  g_clear_object (&database);
  release_server (server);
  if (rows == NULL)
    return fail (error);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      const char *log = kansio_rows_get_string (rows, i, 0);
      const char *name = g_str_equal (log, "usage") ? _ ("Usage log") : _ ("Disclosure log");
      gint64 checked = kansio_rows_get_int64 (rows, i, 1);

      if (kansio_rows_get_boolean (rows, i, 2))
        g_print (g_dngettext (GETTEXT_PACKAGE, "%s: intact, %lld row checked.\n",
                              "%s: intact, %lld rows checked.\n", (gulong) checked),
                 name, (long long) checked);
      else
        {
          g_print (_ ("%s: TAMPERED WITH: %s\n"), name, kansio_rows_get_string (rows, i, 3));
          status = EXIT_FAILURE;
        }
    }
  return status;
}

static const struct
{
  const char *name;
  CommandFunc func;
  const char *summary;
} commands[] = {
  { "migrate", migrate_command, N_ ("Apply pending database migrations") },
  { "status", status_command, N_ ("Show the server, schema version and pending migrations") },
  { "demo-server", demo_server_command, N_ ("start, stop or show the private demo server") },
  { "validate", validate_command,
    N_ ("Check an identity code, IBAN, reference, RF reference or business ID") },
  { "audit", audit_command, N_ ("verify: check that no log row was changed or removed") },
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
  Options options = { 0 };
  CommandFunc command = NULL;
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
