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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gunixinputstream.h>
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

/* The folder of the sealing key and the anchors: --directory, else the
 * demo server's own. */
static char *
audit_directory (Options *options, const char *given, GError **error)
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
audit_check (Options *options)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (GError) error = NULL;
  Wait wait = wait_new ();
  int status = EXIT_SUCCESS;

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
      const char *name = kansio_rows_get_string (rows, i, 0);
      gint64 checked = kansio_rows_get_int64 (rows, i, 1);

      if (kansio_rows_get_boolean (rows, i, 2))
        g_print (g_dngettext (GETTEXT_PACKAGE, "%s: intact, %lld sealed row checked.\n",
                              "%s: intact, %lld sealed rows checked.\n", (gulong) checked),
                 kansio_audit_log_label (name), (long long) checked);
      else
        {
          g_print (_ ("%s: TAMPERED WITH: %s\n"), kansio_audit_log_label (name),
                   kansio_rows_get_string (rows, i, 3));
          status = EXIT_FAILURE;
        }
    }
  return status;
}

static int
audit_command (Options *options, char **args)
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
  Wait wait = wait_new ();
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
    return fail (error);
  database = open_database (options, &server, &error);
  if (database == NULL)
    return fail (error);

  if (seal)
    {
      kansio_audit_seal_async (database, directory, NULL, on_done_cb, &wait);
      ok = kansio_audit_seal_finish (wait_for (&wait), &n_sealed, &error);
    }
  else
    {
      kansio_audit_verify_async (database, directory, NULL, on_done_cb, &wait);
      ok = kansio_audit_verify_finish (wait_for (&wait), &report, &error);
    }
  wait_clear (&wait);
  g_clear_object (&database);
  release_server (server);

  if (!ok && g_error_matches (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_TAMPERED))
    {
      g_print (_ ("TAMPERED WITH: %s\n"), error->message);
      return EXIT_FAILURE;
    }
  if (!ok)
    return fail (error);

  if (seal)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Sealed %llu row; the anchors are in %s.\n",
                          "Sealed %llu rows; the anchors are in %s.\n", (gulong) n_sealed),
             (unsigned long long) n_sealed, directory);
  else
    g_print ("%s", report);
  return EXIT_SUCCESS;
}

static KansioRows *
query (KansioDatabase *database,
       const char *sql,
       const char *const *params,
       guint n_params,
       GError **error)
{
  Wait wait = wait_new ();
  KansioRows *rows;

  kansio_database_query_async (database, sql, params, n_params, NULL, on_done_cb, &wait);
  rows = kansio_database_query_finish (database, wait_for (&wait), error);
  wait_clear (&wait);
  return rows;
}

typedef struct
{
  char *template_name;
  char *identity_code;
  char *language;
  char *output;
  char *recipient;
  char *legal_basis;
  gint64 case_id;
} RenderOptions;

static void
render_options_clear (RenderOptions *render)
{
  g_free (render->template_name);
  g_free (render->identity_code);
  g_free (render->language);
  g_free (render->output);
  g_free (render->recipient);
  g_free (render->legal_basis);
}

/* The client's open case the document belongs to: the one asked for, or
 * the only open one in the template's area (any area for a general
 * letter). */
static gint64
choose_case (
    KansioDatabase *database, const char *person, const char *area, gint64 wanted, GError **error)
{
  const char *params[] = { person };
  g_autoptr (KansioRows) cases = query (
      database, "SELECT case_id, area, closed_on FROM api.person_cases ($1)", params, 1, error);
  gint64 chosen = 0;
  guint n_open = 0;

  if (cases == NULL)
    return 0;
  for (guint i = 0; i < kansio_rows_get_n_rows (cases); i++)
    {
      gint64 id = kansio_rows_get_int64 (cases, i, 0);

      if (!kansio_rows_is_null (cases, i, 2))
        continue;
      if (wanted != 0 ? id == wanted
                      : area == NULL || g_strcmp0 (area, kansio_rows_get_string (cases, i, 1)) == 0)
        {
          chosen = id;
          n_open++;
        }
    }
  if (n_open == 1)
    return chosen;
  g_set_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_NOT_FOUND,
               n_open == 0 ? _ ("The client has no open case for this document that you may see.")
                           : _ ("The client has several open cases: choose one with --case."));
  return 0;
}

/* Composed here as a draft (the rights checks, a template that exists),
 * then made and stored by the document service. */
static KansioDocument *
compose_and_store (KansioDatabase *database,
                   RenderOptions *render,
                   gint64 person_id,
                   gint64 case_id,
                   GError **error)
{
  g_autoptr (KansioDocumentComposer) composer = kansio_document_composer_new (database);
  g_autoptr (KansioDocument) draft = NULL;
  g_autoptr (KansioDocument) document = NULL;
  Wait wait = wait_new ();
  gboolean stored;

  kansio_document_composer_compose_async (composer, render->template_name, person_id, case_id,
                                          render->language, NULL, NULL, on_done_cb, &wait);
  draft = kansio_document_composer_compose_finish (composer, wait_for (&wait), error);
  wait_clear (&wait);
  if (draft == NULL)
    return NULL;

  wait = wait_new ();
  kansio_document_composer_store_async (composer, draft, NULL, on_done_cb, &wait);
  document = kansio_document_composer_store_finish (composer, wait_for (&wait), error);
  wait_clear (&wait);
  if (document == NULL)
    return NULL;

  /* The file is the document leaving Kansio: logged before it is written. */
  wait = wait_new ();
  kansio_document_composer_disclose_async (composer, document, "export", render->recipient,
                                           render->legal_basis, NULL, on_done_cb, &wait);
  stored = kansio_document_composer_disclose_finish (composer, wait_for (&wait), error);
  wait_clear (&wait);
  return stored ? g_steal_pointer (&document) : NULL;
}

static gboolean
render_document (KansioDatabase *database, RenderOptions *render, GError **error)
{
  g_autoptr (KansioRows) people = NULL;
  g_autoptr (KansioRows) templates = NULL;
  g_autoptr (KansioDocument) document = NULL;
  const char *code_params[] = { render->identity_code };
  const char *template_params[] = { render->template_name };
  const char *area = NULL;
  gint64 person_id, case_id;
  g_autofree char *person = NULL;
  GBytes *pdf;

  people = query (database, "SELECT person_id, is_visible FROM api.person_search ($1)", code_params,
                  1, error);
  if (people == NULL)
    return FALSE;
  if (kansio_rows_get_n_rows (people) != 1 || !kansio_rows_get_boolean (people, 0, 1))
    {
      g_set_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_NOT_FOUND,
                   _ ("No client of yours has the identity code %s."), render->identity_code);
      return FALSE;
    }
  person_id = kansio_rows_get_int64 (people, 0, 0);
  person = g_strdup_printf ("%" G_GINT64_FORMAT, person_id);

  templates = query (database, "SELECT name, area FROM api.templates_for_use ($1)", template_params,
                     1, error);
  if (templates == NULL)
    return FALSE;
  for (guint i = 0; i < kansio_rows_get_n_rows (templates); i++)
    if (g_str_equal (kansio_rows_get_string (templates, i, 0), render->template_name)
        && !kansio_rows_is_null (templates, i, 1))
      area = kansio_rows_get_string (templates, i, 1);

  case_id = choose_case (database, person, area, render->case_id, error);
  if (case_id == 0)
    return FALSE;
  document = compose_and_store (database, render, person_id, case_id, error);
  if (document == NULL)
    return FALSE;

  pdf = kansio_document_get_pdf (document);
  if (!g_file_set_contents (render->output, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf),
                            error))
    return FALSE;
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %s: %u page, document %lld, SHA-256 %s\n",
                        "Wrote %s: %u pages, document %lld, SHA-256 %s\n",
                        kansio_document_get_n_pages (document)),
           render->output, kansio_document_get_n_pages (document),
           (long long) kansio_document_get_id (document), kansio_document_get_sha256 (document));
  return TRUE;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RenderOptions, render_options_clear)

/* A stored document made again from the inputs the database recorded for
 * it, byte for byte: run as the document service's role. */
static int
verify_document (Options *options, const char *id_text)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (KansioDocumentRequest) request = NULL;
  g_autoptr (KansioDocument) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *sha256 = NULL;
  const char *params[] = { id_text };
  char *end = NULL;

  g_ascii_strtoll (id_text, &end, 10);
  if (end == id_text || *end != '\0')
    {
      g_printerr ("%s\n", _ ("Usage: kansio-admin document verify ID"));
      return 2;
    }
  if (options->user == NULL && options->conninfo == NULL)
    options->user = g_strdup ("kansio_documents");
  database = open_database (options, &server, &error);
  if (database == NULL)
    return fail (error);
  rows = query (database,
                "SELECT inputs, sha256, encode (sha256 (pdf), 'hex') = sha256 "
                "FROM kansio_service.document_for_verify ($1)",
                params, 1, &error);
  g_clear_object (&database);
  release_server (server);
  if (rows == NULL)
    return fail (error);
  if (kansio_rows_get_n_rows (rows) != 1)
    {
      g_printerr (_ ("kansio-admin: document %s was not made by the document service, or does "
                     "not exist.\n"),
                  id_text);
      return EXIT_FAILURE;
    }
  request = kansio_document_request_new (kansio_rows_get_string (rows, 0, 0), &error);
  if (request != NULL)
    again = kansio_document_request_compose (request, NULL, &error);
  if (again == NULL)
    return fail (error);
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, kansio_document_get_pdf (again));
  if (!kansio_rows_get_boolean (rows, 0, 2)
      || !g_str_equal (sha256, kansio_rows_get_string (rows, 0, 1)))
    {
      g_printerr (_ ("Document %s does NOT match its inputs: stored %s, composed again %s.\n"),
                  id_text, kansio_rows_get_string (rows, 0, 1), sha256);
      return EXIT_FAILURE;
    }
  g_print (_ ("Document %s matches its inputs: composed again, byte for byte (SHA-256 %s).\n"),
           id_text, sha256);
  return EXIT_SUCCESS;
}

static int
document_command (Options *options, char **args)
{
  g_auto (RenderOptions) render = { 0 };
  g_autoptr (GOptionContext) context = g_option_context_new (_ ("render"));
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (GError) error = NULL;
  gboolean ok;
  int argc = (int) g_strv_length (args) + 1;
  g_autofree char **argv = g_new0 (char *, argc + 1);
  GOptionEntry entries[] = {
    { "template", 't', 0, G_OPTION_ARG_STRING, &render.template_name, N_ ("The template, by name"),
      N_ ("NAME") },
    { "client", 'c', 0, G_OPTION_ARG_STRING, &render.identity_code,
      N_ ("The client, by identity code"), N_ ("IDCODE") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &render.language,
      N_ ("fi or sv; by default the client’s language"), N_ ("LANG") },
    { "case", 0, 0, G_OPTION_ARG_INT64, &render.case_id,
      N_ ("The case, when the client has several open ones"), N_ ("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &render.output, N_ ("Write the PDF here"),
      N_ ("FILE") },
    { "recipient", 0, 0, G_OPTION_ARG_STRING, &render.recipient,
      N_ ("To whom the document goes, for the disclosure log (default: the file)"), N_ ("TEXT") },
    { "legal-basis", 0, 0, G_OPTION_ARG_STRING, &render.legal_basis,
      N_ ("On what grounds, for the disclosure log (default: notice to the party, hallintolaki "
          "54 §)"),
      N_ ("TEXT") },
    { NULL },
  };

  if (g_strcmp0 (args[0], "verify") == 0 && args[1] != NULL && args[2] == NULL)
    return verify_document (options, args[1]);
  argv[0] = (char *) "kansio-admin document";
  for (int i = 1; i < argc; i++)
    argv[i] = args[i - 1];
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _ ("Render a letter or decision from an approved "
                                            "template, store it and write it to a file, with the "
                                            "same rights checks and logs as the app."));
  {
    char **parse_argv = argv;

    if (!g_option_context_parse (context, &argc, &parse_argv, &error))
      {
        g_printerr ("kansio-admin: %s\n", error->message);
        return 2;
      }
  }
  if (argc != 2 || !g_str_equal (argv[1], "render") || render.template_name == NULL
      || render.identity_code == NULL || render.output == NULL)
    {
      g_printerr ("%s\n", _ ("Usage: kansio-admin --user USER document render --template NAME "
                             "--client IDCODE [--lang fi|sv] [--case ID] -o FILE.pdf\n"
                             "       kansio-admin document verify ID"));
      return 2;
    }
  if (render.language != NULL && !g_str_equal (render.language, "fi")
      && !g_str_equal (render.language, "sv"))
    {
      g_printerr (_ ("kansio-admin: the language is fi or sv, not “%s”.\n"), render.language);
      return 2;
    }
  if (!kansio_validate_identity_code (render.identity_code, KANSIO_IDENTITY_CODE_ALLOW_TEMPORARY,
                                      NULL, NULL, &error))
    return fail (error);
  if (render.recipient == NULL)
    {
      g_autofree char *absolute = g_canonicalize_filename (render.output, NULL);

      render.recipient = g_strdup_printf ("file %s", absolute);
    }
  if (render.legal_basis == NULL)
    render.legal_basis = g_strdup ("hallintolaki 434/2003 54 §");

  database = open_database (options, &server, &error);
  if (database == NULL)
    return fail (error);
  ok = render_document (database, &render, &error);
  g_clear_object (&database);
  release_server (server);
  return ok ? EXIT_SUCCESS : fail (error);
}

/* The income-support calculation of a JSON file, with the rates in force
 * in the database, printed as JSON (docs/income-support-calculation.md). */
static int
calculate_command (Options *options, char **args)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioIncomeSupportCalculation) calculation = NULL;
  g_autoptr (KansioIncomeSupportRates) rates = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *input = NULL;
  g_autofree char *output = NULL;

  if (g_strcmp0 (args[0], "income-support") != 0 || args[1] == NULL || args[2] != NULL)
    {
      g_printerr ("%s\n", _ ("Usage: kansio-admin --user USER calculate income-support FILE.json "
                             "(- for standard input)"));
      return 2;
    }
  if (g_str_equal (args[1], "-"))
    {
      g_autoptr (GInputStream) stdin_stream = g_unix_input_stream_new (0, FALSE);
      g_autoptr (GOutputStream) memory = g_memory_output_stream_new_resizable ();

      if (g_output_stream_splice (memory, stdin_stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL,
                                  &error)
          < 0)
        return fail (error);
      g_output_stream_write_all (memory, "", 1, NULL, NULL, NULL);
      input = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (memory));
    }
  else if (!g_file_get_contents (args[1], &input, NULL, &error))
    return fail (error);

  calculation = kansio_income_support_calculation_new_from_json (input, &error);
  if (calculation == NULL)
    return fail (error);

  database = open_database (options, &server, &error);
  if (database == NULL)
    return fail (error);
  rows = query (database,
                "SELECT key, valid_from, valid_until, value FROM api.income_support_rates ()", NULL,
                0, &error);
  g_clear_object (&database);
  release_server (server);
  if (rows == NULL)
    return fail (error);
  rates = kansio_income_support_rates_new_from_rows (rows, &error);
  if (rates == NULL || !kansio_income_support_calculation_run (calculation, rates, &error))
    return fail (error);

  output = kansio_income_support_calculation_to_json (calculation);
  g_print ("%s\n", output);
  return EXIT_SUCCESS;
}

/* A payment run: the decided orders due by a day into a new run, written
 * as a pain.001.001.03 file; or an earlier run's file written again. */
static int
payment_run_command (Options *options, char **args)
{
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) xml = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *message_id = NULL;
  g_autofree char *run_id = NULL;
  g_autofree char *total_text = NULL;
  gint64 again = 0, run = 0, total = 0;
  guint n_orders = 0;
  int argc = (int) g_strv_length (args) + 1;
  g_autofree char **argv = g_new0 (char *, argc + 1);
  char **parse_argv = argv;
  GDate run_on;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text,
      N_ ("Pay the orders due by this day, YYYY-MM-DD (default: today)"), N_ ("DATE") },
    { "again", 0, 0, G_OPTION_ARG_INT64, &again,
      N_ ("Write the file of an earlier run again; nothing new is paid"), N_ ("RUN") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("Write the file here"), N_ ("FILE") },
    { NULL },
  };

  argv[0] = (char *) "kansio-admin payment-run";
  for (int i = 1; i < argc; i++)
    argv[i] = args[i - 1];
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &parse_argv, &error) || argc != 1 || output == NULL)
    {
      g_printerr ("%s\n", _ ("Usage: kansio-admin --user USER payment-run [--date YYYY-MM-DD] "
                             "[--again RUN] -o FILE.xml"));
      return 2;
    }
  if (date_text == NULL)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      date_text = g_date_time_format (now, "%Y-%m-%d");
      kansio_calendar_parse_iso_date (date_text, &run_on);
    }
  else if (!kansio_calendar_parse_iso_date (date_text, &run_on))
    {
      g_printerr (_ ("kansio-admin: “%s” is not a date (use 2026-12-01).\n"), date_text);
      return 2;
    }

  database = open_database (options, &server, &error);
  if (database == NULL)
    return fail (error);
  if (again > 0)
    run = again;
  else
    {
      Wait wait = wait_new ();
      gboolean ok;

      kansio_income_support_payment_run_create_async (database, &run_on, NULL, on_done_cb, &wait);
      ok = kansio_income_support_payment_run_create_finish (wait_for (&wait), &run, &error);
      wait_clear (&wait);
      if (!ok)
        return fail (error);
      if (run == 0)
        {
          g_print (_ ("Nothing to pay by %s: every decided order is in a run already.\n"),
                   date_text);
          g_clear_object (&database);
          release_server (server);
          return EXIT_SUCCESS;
        }
    }
  {
    Wait wait = wait_new ();

    kansio_income_support_payment_run_build_file_async (database, run, NULL, on_done_cb, &wait);
    xml = kansio_income_support_payment_run_build_file_finish (wait_for (&wait), &n_orders, &total,
                                                               &message_id, &error);
    wait_clear (&wait);
  }
  g_clear_object (&database);
  release_server (server);
  run_id = g_strdup_printf ("%" G_GINT64_FORMAT, run);
  if (xml == NULL
      || !g_file_set_contents (output, g_bytes_get_data (xml, NULL), g_bytes_get_size (xml),
                               &error))
    {
      /* The run stays made: say how to get its file. */
      fail (error);
      g_printerr (_ ("Payment run %s was made; write its file again with: kansio-admin --user "
                     "USER payment-run --again %s -o FILE.xml\n"),
                  run_id, run_id);
      return EXIT_FAILURE;
    }
  total_text = kansio_format_euros_plain (total);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Payment run %s (%s): %u order, %s €, written to %s\n",
                        "Payment run %s (%s): %u orders, %s €, written to %s\n", n_orders),
           run_id, message_id, n_orders, total_text, output);
  return EXIT_SUCCESS;
}

/* The year's THL figures of supplementary and preventive income support:
 * households, persons, months and euros by type, as a table or CSV. */
static int
statistics_command (Options *options, char **args)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioIncomeSupportStatistics) figures = NULL;
  g_autoptr (GError) error = NULL;
  Wait wait = wait_new ();
  gboolean csv = FALSE;
  const char *year;

  if (g_strcmp0 (args[0], "income-support") != 0 || args[1] == NULL
      || (args[2] != NULL && (!g_str_equal (args[2], "--csv") || args[3] != NULL)))
    {
      g_printerr ("%s\n", _ ("Usage: kansio-admin --user USER statistics income-support YEAR "
                             "[--csv]"));
      return 2;
    }
  year = args[1];
  csv = args[2] != NULL;
  if (strlen (year) != 4 || strspn (year, "0123456789") != 4)
    {
      g_printerr (_ ("kansio-admin: “%s” is not a year.\n"), year);
      return 2;
    }

  database = open_database (options, &server, &error);
  if (database == NULL)
    return fail (error);
  kansio_income_support_statistics_load_async (database, (guint) atoi (year), NULL, on_done_cb,
                                               &wait);
  figures = kansio_income_support_statistics_load_finish (wait_for (&wait), &error);
  wait_clear (&wait);
  g_clear_object (&database);
  release_server (server);
  if (figures == NULL)
    return fail (error);

  if (csv)
    {
      g_autofree char *text = kansio_income_support_statistics_dup_csv (figures);
      g_print ("%s", text);
      return EXIT_SUCCESS;
    }

  g_print ("%-16s %10s %8s %8s %14s\n", _ ("Type"), _ ("Households"), _ ("Persons"), _ ("Months"),
           _ ("Euros"));
  for (guint i = 0; i < kansio_income_support_statistics_get_n_kinds (figures); i++)
    {
      const char *kind
          = g_str_equal (kansio_income_support_statistics_get_kind (figures, i), "preventive")
                ? _ ("Preventive")
                : _ ("Supplementary");
      g_autofree char *euros = NULL;

      /* Fewer than five households: only the auditor sees the figures. */
      if (kansio_income_support_statistics_is_suppressed (figures, i))
        {
          g_print ("%-16s %10s\n", kind, _ ("fewer than 5"));
          continue;
        }
      euros = kansio_format_euros_plain (
          kansio_income_support_statistics_get_euros_cents (figures, i));
      g_print ("%-16s %10" G_GINT64_FORMAT " %8" G_GINT64_FORMAT " %8" G_GINT64_FORMAT " %14s\n",
               kind, kansio_income_support_statistics_get_households (figures, i),
               kansio_income_support_statistics_get_persons (figures, i),
               kansio_income_support_statistics_get_household_months (figures, i), euros);
    }
  return EXIT_SUCCESS;
}

/* Income-support rates are data: a main user lists them and adds next
 * year's (or a correction) without a new release. */
static int
rates_command (Options *options, char **args)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (GError) error = NULL;
  gboolean add = g_strcmp0 (args[0], "add") == 0;
  GDate day;

  if (!(g_strcmp0 (args[0], "list") == 0 && (args[1] == NULL || args[2] == NULL))
      && !(add && g_strv_length (args) == 6))
    {
      g_printerr ("%s\n", _ ("Usage: kansio-admin --user USER rates list [YYYY-MM-DD]\n"
                             "       kansio-admin --user MAIN-USER rates add KEY FROM UNTIL|- "
                             "CENTS SOURCE"));
      return 2;
    }
  if ((add
       && (!kansio_calendar_parse_iso_date (args[2], &day)
           || (!g_str_equal (args[3], "-") && !kansio_calendar_parse_iso_date (args[3], &day))
           || strspn (args[4], "0123456789") != strlen (args[4])))
      || (!add && args[1] != NULL && !kansio_calendar_parse_iso_date (args[1], &day)))
    {
      g_printerr ("%s\n", _ ("kansio-admin: dates are YYYY-MM-DD and the value whole cents."));
      return 2;
    }

  database = open_database (options, &server, &error);
  if (database == NULL)
    return fail (error);
  if (add)
    {
      const char *params[]
          = { args[1], args[2], g_str_equal (args[3], "-") ? NULL : args[3], args[4], args[5] };

      rows = query (database,
                    "SELECT api.income_support_rate_add ($1, $2::date, $3::date, $4::bigint, $5)",
                    params, 5, &error);
    }
  else
    {
      const char *params[] = { args[1], args[1] };

      rows = query (database,
                    "SELECT key, valid_from, valid_until, value, source FROM "
                    "api.income_support_rates ($1::date, $2::date)",
                    params, 2, &error);
    }
  g_clear_object (&database);
  release_server (server);
  if (rows == NULL)
    return fail (error);
  if (add)
    {
      g_print (_ ("Added rate %s from %s.\n"), args[1], args[2]);
      return EXIT_SUCCESS;
    }
  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    g_print ("%-26s %s – %-10s %10s  %s\n", kansio_rows_get_string (rows, i, 0),
             kansio_rows_get_string (rows, i, 1),
             kansio_rows_is_null (rows, i, 2) ? "" : kansio_rows_get_string (rows, i, 2),
             kansio_rows_get_string (rows, i, 3), kansio_rows_get_string (rows, i, 4));
  return EXIT_SUCCESS;
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
  { "audit", audit_command,
    N_ ("seal: chain and sign the logs; verify: check them against the signed anchors; check: "
        "the auditor's check inside the database") },
  { "calculate", calculate_command,
    N_ ("income-support FILE.json: the calculation of a month, as JSON") },
  { "rates", rates_command, N_ ("list or add income-support rates (data valid by date)") },
  { "statistics", statistics_command,
    N_ ("income-support YEAR [--csv]: the yearly figures reported to THL") },
  { "payment-run", payment_run_command,
    N_ ("pay the decided income-support orders due by a day, as a pain.001 file") },
  { "document", document_command,
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
  /* Options after the command are the command's own. */
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
