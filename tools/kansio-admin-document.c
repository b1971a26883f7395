/* kansio-admin-document.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * document: render a letter from a template, or verify a stored one.
 */
#define G_LOG_DOMAIN "kansio-admin"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "kansio-admin-private.h"

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
choose_case (KansioClientDirectory *directory,
             gint64 person_id,
             const char *area,
             gint64 wanted,
             GError **error)
{
  g_autoptr (GListModel) cases = NULL;
  KansioAdminWait wait = _kansio_admin_wait_new ();
  gint64 chosen = 0;
  guint n_open = 0;

  kansio_client_directory_list_cases_async (directory, person_id, NULL, _kansio_admin_on_done_cb,
                                            &wait);
  cases = kansio_client_directory_list_cases_finish (directory, _kansio_admin_wait_for (&wait),
                                                     error);
  _kansio_admin_wait_clear (&wait);
  if (cases == NULL)
    return 0;
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr (KansioClientCase) client_case = g_list_model_get_item (cases, i);
      gint64 id = kansio_client_case_get_id (client_case);

      if (kansio_client_case_get_closed_on (client_case) != NULL)
        continue;
      if (wanted != 0
              ? id == wanted
              : area == NULL || g_strcmp0 (area, kansio_client_case_get_area (client_case)) == 0)
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

/* The client with @identity_code, if one of the user's. */
static gint64
find_client (KansioClientDirectory *directory, const char *identity_code, GError **error)
{
  g_autoptr (GPtrArray) people = NULL;
  KansioAdminWait wait = _kansio_admin_wait_new ();

  kansio_client_directory_search_async (directory, identity_code, 0, 50, NULL,
                                        _kansio_admin_on_done_cb, &wait);
  people = kansio_client_directory_search_finish (directory, _kansio_admin_wait_for (&wait), error);
  _kansio_admin_wait_clear (&wait);
  if (people == NULL)
    return 0;
  if (people->len != 1 || !kansio_person_get_is_visible (g_ptr_array_index (people, 0)))
    {
      g_set_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_NOT_FOUND,
                   _ ("No client of yours has the identity code %s."), identity_code);
      return 0;
    }
  return kansio_person_get_id (g_ptr_array_index (people, 0));
}

/* The area of the template, NULL for a general letter: FALSE with @error. */
static gboolean
find_template_area (KansioDocumentComposer *composer,
                    const char *template_name,
                    char **area,
                    GError **error)
{
  KansioAdminWait wait = _kansio_admin_wait_new ();
  g_autoptr (GError) local_error = NULL;

  kansio_document_composer_find_template_area_async (composer, template_name, NULL,
                                                     _kansio_admin_on_done_cb, &wait);
  *area = kansio_document_composer_find_template_area_finish (
      composer, _kansio_admin_wait_for (&wait), &local_error);
  _kansio_admin_wait_clear (&wait);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* Composed here as a draft (the rights checks, a template that exists),
 * then made and stored by the document service. */
static KansioDocument *
compose_and_store (KansioDocumentComposer *composer,
                   RenderOptions *render,
                   gint64 person_id,
                   gint64 case_id,
                   GError **error)
{
  g_autoptr (KansioDocument) draft = NULL;
  g_autoptr (KansioDocument) document = NULL;
  KansioAdminWait wait = _kansio_admin_wait_new ();
  gboolean stored;

  kansio_document_composer_compose_async (composer, render->template_name, person_id, case_id,
                                          render->language, NULL, NULL, _kansio_admin_on_done_cb,
                                          &wait);
  draft = kansio_document_composer_compose_finish (composer, _kansio_admin_wait_for (&wait), error);
  _kansio_admin_wait_clear (&wait);
  if (draft == NULL)
    return NULL;

  wait = _kansio_admin_wait_new ();
  kansio_document_composer_store_async (composer, draft, NULL, _kansio_admin_on_done_cb, &wait);
  document
      = kansio_document_composer_store_finish (composer, _kansio_admin_wait_for (&wait), error);
  _kansio_admin_wait_clear (&wait);
  if (document == NULL)
    return NULL;

  /* The file is the document leaving Kansio: logged before it is written. */
  wait = _kansio_admin_wait_new ();
  kansio_document_composer_disclose_async (composer, document, "export", render->recipient,
                                           render->legal_basis, NULL, _kansio_admin_on_done_cb,
                                           &wait);
  stored
      = kansio_document_composer_disclose_finish (composer, _kansio_admin_wait_for (&wait), error);
  _kansio_admin_wait_clear (&wait);
  return stored ? g_steal_pointer (&document) : NULL;
}

static gboolean
render_document (KansioDatabase *database, RenderOptions *render, GError **error)
{
  g_autoptr (KansioClientDirectory) directory = kansio_client_directory_new (database);
  g_autoptr (KansioDocumentComposer) composer = kansio_document_composer_new (database);
  g_autoptr (KansioDocument) document = NULL;
  g_autofree char *area = NULL;
  gint64 person_id, case_id;
  GBytes *pdf;

  person_id = find_client (directory, render->identity_code, error);
  if (person_id == 0)
    return FALSE;
  if (!find_template_area (composer, render->template_name, &area, error))
    return FALSE;
  case_id = choose_case (directory, person_id, area, render->case_id, error);
  if (case_id == 0)
    return FALSE;
  document = compose_and_store (composer, render, person_id, case_id, error);
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
verify_document (KansioAdminOptions *options, const char *id_text)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioDocumentRequest) request = NULL;
  g_autoptr (KansioDocument) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *sha256 = NULL;
  KansioAdminWait wait;
  gint64 document_id;
  char *end = NULL;

  document_id = g_ascii_strtoll (id_text, &end, 10);
  if (end == id_text || *end != '\0')
    {
      g_printerr ("%s\n", _ ("Usage: kansio-admin document verify ID"));
      return 2;
    }
  if (options->user == NULL && options->conninfo == NULL)
    options->user = g_strdup ("kansio_documents");
  database = _kansio_admin_open_database (options, &server, &error);
  if (database == NULL)
    return _kansio_admin_fail (error);
  wait = _kansio_admin_wait_new ();
  kansio_document_request_load_stored_async (database, document_id, NULL, _kansio_admin_on_done_cb,
                                             &wait);
  request = kansio_document_request_load_stored_finish (_kansio_admin_wait_for (&wait), &error);
  _kansio_admin_wait_clear (&wait);
  g_clear_object (&database);
  _kansio_admin_release_server (server);
  if (request == NULL && error == NULL)
    {
      g_printerr (_ ("kansio-admin: document %s was not made by the document service, or does "
                     "not exist.\n"),
                  id_text);
      return EXIT_FAILURE;
    }
  if (request != NULL)
    again = kansio_document_request_compose (request, NULL, &error);
  if (again == NULL)
    return _kansio_admin_fail (error);
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, kansio_document_get_pdf (again));
  if (!kansio_document_request_get_stored_pdf_intact (request)
      || g_strcmp0 (sha256, kansio_document_request_get_stored_sha256 (request)) != 0)
    {
      g_printerr (_ ("Document %s does NOT match its inputs: stored %s, composed again %s.\n"),
                  id_text, kansio_document_request_get_stored_sha256 (request), sha256);
      return EXIT_FAILURE;
    }
  g_print (_ ("Document %s matches its inputs: composed again, byte for byte (SHA-256 %s).\n"),
           id_text, sha256);
  return EXIT_SUCCESS;
}

int
_kansio_admin_document_command (KansioAdminOptions *options, char **args)
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
    return _kansio_admin_fail (error);
  if (render.recipient == NULL)
    {
      g_autofree char *absolute = g_canonicalize_filename (render.output, NULL);

      render.recipient = g_strdup_printf ("file %s", absolute);
    }
  if (render.legal_basis == NULL)
    render.legal_basis = g_strdup ("hallintolaki 434/2003 54 §");

  database = _kansio_admin_open_database (options, &server, &error);
  if (database == NULL)
    return _kansio_admin_fail (error);
  ok = render_document (database, &render, &error);
  g_clear_object (&database);
  _kansio_admin_release_server (server);
  return ok ? EXIT_SUCCESS : _kansio_admin_fail (error);
}
