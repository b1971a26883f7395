/* test-window-clients.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The client screens under Xvfb, as a caseworker uses them: a search, the
 * client's page, the person editor with its refusals and two editors at
 * once, the emergency door to someone else's client, and a letter made
 * from the client's page, stored and exported as a disclosure.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kansio-test-widgets.h"
#include "kansio-client-page.h"
#include "kansio-person-editor.h"
#include "kansio-relation-dialog.h"
#include "kansio-search-page.h"
#include "kansio-window.h"

#define AINO_CODE "140384-9027"

static GtkWidget *
find_widget_with_text (GtkWidget *root, const char *text)
{
  if (GTK_IS_EDITABLE (root) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (root)), text) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_with_text (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_results (gpointer page)
{
  return g_list_model_get_n_items (kansio_search_page_get_results (page)) > 0
         && !kansio_search_page_get_loading (page);
}

static gboolean
similar_listed (gpointer data)
{
  const char *message = kansio_person_editor_get_message (data);
  return message != NULL && strstr (message, "•") != NULL;
}

static gboolean
editor_closed (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

static gboolean
first_hit_is_ella (gpointer page)
{
  g_autoptr (KansioPerson) first = NULL;

  if (!has_results (page))
    return FALSE;
  first = g_list_model_get_item (kansio_search_page_get_results (page), 0);
  return g_strcmp0 (kansio_person_get_field (first, KANSIO_PERSON_FIELD_IDENTITY_CODE),
                    "210615A9242")
         == 0;
}

static gboolean
client_shown (gpointer page)
{
  const char *state = kansio_client_page_get_state (page);
  return g_strcmp0 (state, "loading") != 0 && kansio_client_page_count_rows (page, "family") > 0
         && kansio_client_page_count_rows (page, "cases") > 0;
}

static gboolean
client_shows_ella (gpointer page)
{
  KansioPerson *person = kansio_client_page_get_person (page);

  return g_strcmp0 (kansio_client_page_get_state (page), "person") == 0 && person != NULL
         && g_strcmp0 (kansio_person_get_field (person, KANSIO_PERSON_FIELD_FIRST_NAMES), "Ella")
                == 0;
}

static gboolean
client_denied (gpointer page)
{
  return g_strcmp0 (kansio_client_page_get_state (page), "denied") == 0;
}

static gboolean
editor_done (gpointer data)
{
  KansioPersonEditor *editor = data;
  return !gtk_widget_get_visible (GTK_WIDGET (editor))
         || kansio_person_editor_get_message (editor) != NULL;
}

static void
test_caseworker_searches_and_edits (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioContext) context = kansio_test_context_for (test_database, "demo_kasittelija");
  KansioWindow *window
      = g_object_ref_sink (kansio_window_new (NULL, kansio_test_widgets_get_plugins ()));
  KansioSearchPage *search;
  KansioClientPage *client;
  g_autoptr (KansioPerson) aino = NULL;
  KansioPersonEditor *editor;
  GtkWidget *entry;

  gtk_window_present (GTK_WINDOW (window));
  kansio_window_show_context (window, context, "Demo database");

  /* A caseworker: client search first, and no administration plugin. */
  g_assert_nonnull (kansio_test_find_widget_by_name (GTK_WIDGET (window), "clients"));
  g_assert_null (kansio_test_find_widget_by_name (GTK_WIDGET (window), "test-area"));
  search = KANSIO_SEARCH_PAGE (
      kansio_test_find_widget_of_type (GTK_WIDGET (window), KANSIO_TYPE_SEARCH_PAGE));
  g_assert_true (gtk_stack_get_visible_child (kansio_window_get_workspace_stack (window))
                 == GTK_WIDGET (search));

  entry = kansio_test_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  g_assert_true (gtk_widget_get_visible (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "virt");
  kansio_test_wait_until (has_results, search);
  g_assert_cmpuint (g_list_model_get_n_items (kansio_search_page_get_results (search)), ==, 2);
  aino = g_list_model_get_item (kansio_search_page_get_results (search), 0);
  g_assert_cmpstr (kansio_person_get_field (aino, KANSIO_PERSON_FIELD_FIRST_NAMES), ==,
                   "Aino Maria");

  /* Enter opens the first hit. */
  g_signal_emit_by_name (entry, "activate");
  client = KANSIO_CLIENT_PAGE (
      kansio_test_find_widget_of_type (GTK_WIDGET (window), KANSIO_TYPE_CLIENT_PAGE));
  kansio_test_wait_until (client_shown, client);
  g_assert_cmpstr (kansio_client_page_get_state (client), ==, "person");
  g_assert_cmpuint (kansio_client_page_count_rows (client, "family"), ==, 3);
  g_assert_cmpuint (kansio_client_page_count_rows (client, "cases"), ==, 1);
  g_assert_nonnull (
      kansio_test_find_label (GTK_WIDGET (client), "Mielikuvituksentie 3 B 12\n99910 KUVITELMA"));

  /* A bad phone number is refused at the field; nothing is saved. */
  editor = g_object_ref_sink (
      kansio_person_editor_new_for_edit (context, kansio_client_page_get_person (client)));
  gtk_window_present (GTK_WINDOW (editor));
  kansio_person_editor_set_text (editor, KANSIO_PERSON_FIELD_PHONE, "call me maybe");
  kansio_person_editor_save (editor);
  g_assert_nonnull (kansio_person_editor_get_field_error (editor, KANSIO_PERSON_FIELD_PHONE));
  g_assert_null (kansio_person_editor_get_field_error (editor, KANSIO_PERSON_FIELD_EMAIL));

  /* A good one is saved. */
  kansio_person_editor_set_text (editor, KANSIO_PERSON_FIELD_PHONE, "+358 40 123 4567");
  kansio_person_editor_save (editor);
  kansio_test_wait_until (editor_done, editor);
  g_assert_null (kansio_person_editor_get_message (editor));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_object_unref (editor);

  /* Two editors on the same client: the second save is refused with a
   * message, and what was typed in it stays. */
  {
    KansioPersonEditor *first = g_object_ref_sink (
        kansio_person_editor_new_for_edit (context, kansio_client_page_get_person (client)));
    KansioPersonEditor *second = g_object_ref_sink (
        kansio_person_editor_new_for_edit (context, kansio_client_page_get_person (client)));

    gtk_window_present (GTK_WINDOW (first));
    gtk_window_present (GTK_WINDOW (second));
    kansio_person_editor_set_text (first, KANSIO_PERSON_FIELD_EMAIL, "first@example.invalid");
    kansio_person_editor_set_text (second, KANSIO_PERSON_FIELD_EMAIL, "second@example.invalid");
    kansio_person_editor_save (first);
    kansio_test_wait_until (editor_done, first);
    kansio_person_editor_save (second);
    kansio_test_wait_until (editor_done, second);
    g_assert_nonnull (kansio_person_editor_get_message (second));
    g_assert_nonnull (strstr (kansio_person_editor_get_message (second), "Someone else"));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (second)));
    g_assert_nonnull (find_widget_with_text (GTK_WIDGET (second), "second@example.invalid"));
    gtk_window_destroy (GTK_WINDOW (second));
    g_object_unref (second);
    g_object_unref (first);
  }

  /* A new person with Aino's name and birth date: the candidates are
   * listed, and only a confirmation creates the record. */
  editor = g_object_ref_sink (kansio_person_editor_new_for_create (context));
  gtk_window_present (GTK_WINDOW (editor));
  kansio_person_editor_set_text (editor, KANSIO_PERSON_FIELD_IDENTITY_CODE, "140384-9038");
  kansio_person_editor_set_text (editor, KANSIO_PERSON_FIELD_FIRST_NAMES, "Aino Maria");
  kansio_person_editor_set_text (editor, KANSIO_PERSON_FIELD_SURNAME, "Virtanen");
  kansio_person_editor_save (editor);
  kansio_test_wait_until (similar_listed, editor);
  g_assert_nonnull (
      strstr (kansio_person_editor_get_message (editor), "Virtanen, Aino Maria, 140384-9027"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.confirm-similar", NULL));
  kansio_test_wait_until (editor_closed, editor);
  g_object_unref (editor);

  /* Someone else's client: the emergency door, not the data. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "210615A9242");
  kansio_test_wait_until (first_hit_is_ella, search);
  g_assert_cmpuint (g_list_model_get_n_items (kansio_search_page_get_results (search)), ==, 1);
  g_signal_emit_by_name (entry, "activate");
  kansio_test_wait_until (client_denied, client);
  g_assert_nonnull (kansio_test_find_label (GTK_WIDGET (client), "No Case With This Client"));

  /* Starting a case, with a reason, makes Ella this caseworker's client. */
  gtk_editable_set_text (GTK_EDITABLE (kansio_test_find_row_titled (GTK_WIDGET (client), "Reason")),
                         "Perhe haki toimeentulotukea lapsen puolesta");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (client), "client.start-case", NULL));
  kansio_test_wait_until (client_shows_ella, client);
  g_assert_cmpstr (kansio_client_page_get_state (client), ==, "person");

  kansio_test_destroy_window (window);
}

static gboolean
row_titled_shown (gpointer data)
{
  GtkWidget **args = data;
  return kansio_test_find_row_titled (args[0], (const char *) args[1]) != NULL;
}

static gboolean
file_written (gpointer file)
{
  return g_file_query_exists (file, NULL);
}

static gint64
count_disclosures (KansioTestDatabase *test_database)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = kansio_test_query (
      test_database->database, "SELECT count (*) FROM kansio.disclosure_log", &error);

  g_assert_no_error (error);
  return kansio_rows_get_int64 (rows, 0, 0);
}

/* From the client page to a stored letter, its preview and an export that
 * is logged as a disclosure. */
static void
test_caseworker_makes_a_letter (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioContext) context = kansio_test_context_for (test_database, "demo_kasittelija");
  KansioWindow *window
      = g_object_ref_sink (kansio_window_new (NULL, kansio_test_widgets_get_plugins ()));
  g_autofree char *directory = g_dir_make_tmp ("kansio-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "letter.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  KansioClientPage *client;
  AdwMessageDialog *dialog;
  KansioDocumentWindow *letter;
  GtkWidget *entry;
  gpointer args[2];
  gint64 disclosures;

  gtk_window_present (GTK_WINDOW (window));
  kansio_window_show_context (window, context, "Demo database");
  entry = kansio_test_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "140384-9027");
  kansio_test_wait_until (
      has_results, kansio_test_find_widget_of_type (GTK_WIDGET (window), KANSIO_TYPE_SEARCH_PAGE));
  g_signal_emit_by_name (entry, "activate");
  client = KANSIO_CLIENT_PAGE (
      kansio_test_find_widget_of_type (GTK_WIDGET (window), KANSIO_TYPE_CLIENT_PAGE));
  kansio_test_wait_until (client_shown, client);
  args[0] = client;
  args[1] = (gpointer) "No documents yet";
  kansio_test_wait_until (row_titled_shown, args);

  /* Ctrl+L's action: the dialog offers the approved letters and the open
   * case; the default language is the client's. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (client), "client.new-document", NULL));
  kansio_test_wait_until (kansio_test_dialog_open, NULL);
  dialog = kansio_test_find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "make"));
  adw_message_dialog_response (dialog, "make");
  kansio_test_wait_until (kansio_test_document_window_shown, NULL);
  letter = g_object_ref (kansio_test_find_toplevel_of_type (KANSIO_TYPE_DOCUMENT_WINDOW));
  g_assert_cmpstr (kansio_document_get_title (kansio_document_window_get_document (letter)), ==,
                   "SELVITYSPYYNTÖ");
  kansio_test_save_screenshot (GTK_WIDGET (letter), "letter-window.png");

  /* Not stored: nothing leaves yet. */
  disclosures = count_disclosures (test_database);
  kansio_document_window_export_to (letter, file);
  g_assert_false (g_file_query_exists (file, NULL));

  kansio_document_window_store (letter);
  kansio_test_wait_until (kansio_test_document_stored, letter);
  args[1] = (gpointer) "SELVITYSPYYNTÖ";
  kansio_test_wait_until (row_titled_shown, args);

  kansio_test_save_screenshot (GTK_WIDGET (window), "client-documents.png");
  kansio_document_window_export_to (letter, file);
  kansio_test_wait_until (file_written, file);
  g_assert_cmpint (count_disclosures (test_database), ==, disclosures + 1);

  gtk_window_destroy (GTK_WINDOW (letter));
  g_object_unref (letter);
  g_file_delete (file, NULL, NULL);
  g_rmdir (directory);
  kansio_test_destroy_window (window);
}

static gboolean
relation_dialog_open (gpointer unused)
{
  return kansio_test_find_toplevel_of_type (KANSIO_TYPE_RELATION_DIALOG) != NULL;
}

static gboolean
relation_dialog_closed (gpointer unused)
{
  return !relation_dialog_open (NULL);
}

static gboolean
four_relations (gpointer page)
{
  return kansio_client_page_count_rows (page, "family") == 4;
}

static gboolean
relation_shown_ended (gpointer page)
{
  return kansio_test_has_text_containing (GTK_WIDGET (page), "1.1.2026 – 31.1.2026");
}

/* Aino's page in the search's first hit, as @login_role sees it. */
static KansioClientPage *
open_aino (KansioWindow *window, KansioContext *context)
{
  KansioSearchPage *search;
  KansioClientPage *client;
  GtkWidget *entry;

  gtk_window_present (GTK_WINDOW (window));
  kansio_window_show_context (window, context, "Demo database");
  search = KANSIO_SEARCH_PAGE (
      kansio_test_find_widget_of_type (GTK_WIDGET (window), KANSIO_TYPE_SEARCH_PAGE));
  entry = kansio_test_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), AINO_CODE);
  kansio_test_wait_until (has_results, search);
  g_signal_emit_by_name (entry, "activate");
  client = KANSIO_CLIENT_PAGE (
      kansio_test_find_widget_of_type (GTK_WIDGET (window), KANSIO_TYPE_CLIENT_PAGE));
  kansio_test_wait_until (client_shown, client);
  return client;
}

/* Family relations recorded and ended on the client page (issue 13): a
 * household member added with the dialog, the page lists it, and it is
 * ended; the identity-code error is said in full; a reader is offered
 * neither, and is told why. In the language given. */
static void
relations_on_client_page (const char *language)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioContext) context = NULL;
  g_autoptr (KansioContext) reader_context = NULL;
  KansioWindow *window;
  KansioWindow *reader_window;
  KansioClientPage *client;
  KansioRelationDialog *dialog;
  GtkWidget *add;
  g_autofree char *relation_id = NULL;
  g_autofree char *until = NULL;
  g_autofree char *name = NULL;

  kansio_i18n_init (language);
  context = kansio_test_context_for (test_database, "demo_kasittelija");
  window = g_object_ref_sink (kansio_window_new (NULL, kansio_test_widgets_get_plugins ()));
  client = open_aino (window, context);
  g_assert_cmpuint (kansio_client_page_count_rows (client, "family"), ==, 3);
  add = kansio_test_find_widget_by_name (GTK_WIDGET (client), "add-relation");
  g_assert_true (gtk_widget_get_sensitive (add));

  /* Helmi lives in the same home, from the new year. A wrong code first:
   * the whole reason, and no Save. */
  gtk_widget_activate_action (add, "relations.add", NULL);
  kansio_test_wait_until (relation_dialog_open, NULL);
  dialog = kansio_test_find_toplevel_of_type (KANSIO_TYPE_RELATION_DIALOG);
  kansio_relation_dialog_set_text (dialog, "031008A9923", 3, 0, "1.1.2026");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  name = g_strdup_printf ("relation-dialog-error-%s.png", language);
  kansio_test_save_screenshot (GTK_WIDGET (dialog), name);
  kansio_relation_dialog_set_text (dialog, "031008A9922", 3, 0, "1.1.2026");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_free (name);
  name = g_strdup_printf ("relation-dialog-%s.png", language);
  kansio_test_save_screenshot (GTK_WIDGET (dialog), name);
  /* As a click does: the response, then the dialog closes. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  kansio_test_wait_until (relation_dialog_closed, NULL);
  kansio_test_wait_until (four_relations, client);

  /* Ended at the end of January: listed as it ended. */
  relation_id = kansio_test_value_as (
      test_database, NULL,
      "SELECT r.id FROM kansio.relation r JOIN kansio.person p ON p.id = r.related_person_id "
      "WHERE p.identity_code = '031008A9922' AND r.kind = 'household'");
  gtk_widget_activate_action (add, "relations.end", "x", g_ascii_strtoll (relation_id, NULL, 10));
  kansio_test_wait_until (relation_dialog_open, NULL);
  dialog = kansio_test_find_toplevel_of_type (KANSIO_TYPE_RELATION_DIALOG);
  kansio_relation_dialog_set_text (dialog, NULL, 0, 0, "31.1.2026");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  kansio_test_wait_until (relation_shown_ended, client);
  g_free (name);
  name = g_strdup_printf ("SELECT valid_until FROM kansio.relation WHERE id = %s", relation_id);
  until = kansio_test_value_as (test_database, NULL, name);
  g_assert_cmpstr (until, ==, "2026-01-31");
  g_free (name);
  name = g_strdup_printf ("client-relations-%s.png", language);
  kansio_test_save_screenshot (gtk_widget_get_ancestor (add, ADW_TYPE_PREFERENCES_GROUP), name);

  /* A reader sees the relations and may not change them. */
  reader_context = kansio_test_context_for (test_database, "demo_lukija");
  reader_window = g_object_ref_sink (kansio_window_new (NULL, kansio_test_widgets_get_plugins ()));
  client = open_aino (reader_window, reader_context);
  kansio_test_wait_until (four_relations, client);
  add = kansio_test_find_widget_by_name (GTK_WIDGET (client), "add-relation");
  g_assert_false (gtk_widget_get_sensitive (add));
  g_assert_nonnull (gtk_widget_get_tooltip_text (add));

  kansio_test_destroy_window (reader_window);
  kansio_test_destroy_window (window);
}

static void
test_relations_fi (void)
{
  relations_on_client_page ("fi");
}

static void
test_relations_sv (void)
{
  relations_on_client_page ("sv");
}

static gboolean
focus_in (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
focus_on_label (gpointer button_label)
{
  GtkWidget **args = button_label;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (args[0]));

  return GTK_IS_BUTTON (focus)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (focus)), (const char *) args[1]) == 0;
}

static GtkWidget *
find_button_labelled (GtkWidget *root, const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button_with_icon (GtkWidget *root, const char *icon)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (root)), icon) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_icon (child, icon);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
button_shown (gpointer args)
{
  GtkWidget **a = args;
  GtkWidget *button = find_button_labelled (a[0], (const char *) a[1]);
  return button != NULL && gtk_widget_get_mapped (button);
}

static GtkWidget *
find_mapped_scroller (GtkWidget *root)
{
  if (GTK_IS_SCROLLED_WINDOW (root) && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_scroller (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
scrollable (gpointer adjustment)
{
  return gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment) + 100;
}

/* The keyboard path of a caseworker's day (issue 13): Ctrl+K, typing and
 * Enter open the client and put the focus on it; Ctrl+K again keeps the
 * client shown and selects the old text; F6 goes round the header bar,
 * the sidebar and the page; each client opens at the top. */
static void
test_keyboard_path (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioContext) context = kansio_test_context_for (test_database, "demo_kasittelija");
  KansioWindow *window
      = g_object_ref_sink (kansio_window_new (NULL, kansio_test_widgets_get_plugins ()));
  GtkStack *stack;
  KansioClientPage *client;
  GtkWidget *entry, *sidebar;
  GtkAdjustment *adjustment;
  gpointer args[2];
  int start, end;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 400);
  gtk_window_present (GTK_WINDOW (window));
  kansio_window_show_context (window, context, "Demo database");
  stack = kansio_window_get_workspace_stack (window);
  entry = kansio_test_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  client = KANSIO_CLIENT_PAGE (
      kansio_test_find_widget_of_type (GTK_WIDGET (window), KANSIO_TYPE_CLIENT_PAGE));
  sidebar = kansio_test_find_widget_by_name (GTK_WIDGET (window), "clients");

  /* Ctrl+K, the code and Enter at once, before the first hits are in. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (focus_in (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "140384-9027");
  g_signal_emit_by_name (entry, "activate");
  kansio_test_wait_until (client_shown, client);
  g_assert_true (gtk_stack_get_visible_child (stack) == GTK_WIDGET (client));
  args[0] = window;
  args[1] = (gpointer) "_Edit…";
  kansio_test_wait_until (focus_on_label, args);
  g_assert_true (focus_in (GTK_WIDGET (client)));

  /* Ctrl+K again: the client stays, the old text is selected. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (focus_in (entry));
  g_assert_true (gtk_stack_get_visible_child (stack) == GTK_WIDGET (client));
  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (entry), &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, strlen ("140384-9027"));

  /* F6: header → sidebar → page → header; Shift+F6 back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-region", "i", 1));
  g_assert_true (focus_in (gtk_widget_get_parent (sidebar)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-region", "i", 1));
  g_assert_true (focus_in (GTK_WIDGET (client)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-region", "i", 1));
  g_assert_true (focus_in (entry));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-region", "i", -1));
  g_assert_true (focus_in (GTK_WIDGET (client)));
  g_assert_true (gtk_stack_get_visible_child (stack) == GTK_WIDGET (client));

  /* Scrolled down, then another client: at the top again. */
  adjustment = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (find_mapped_scroller (GTK_WIDGET (client))));
  kansio_test_wait_until (scrollable, adjustment);
  gtk_adjustment_set_value (adjustment, 100);
  g_assert_cmpfloat (kansio_client_page_get_scroll_position (client), >, 99);
  gtk_editable_set_text (GTK_EDITABLE (entry), "virt");
  kansio_test_wait_until (
      has_results, kansio_test_find_widget_of_type (GTK_WIDGET (window), KANSIO_TYPE_SEARCH_PAGE));
  g_signal_emit_by_name (entry, "activate");
  kansio_test_wait_until (client_shown, client);
  g_assert_cmpfloat (kansio_client_page_get_scroll_position (client), ==, 0);
  kansio_test_save_screenshot (GTK_WIDGET (window), "client-page.png");

  kansio_test_destroy_window (window);
}

static gboolean
income_support_shown (gpointer window)
{
  GtkWidget *child = gtk_stack_get_visible_child (kansio_window_get_workspace_stack (window));
  GtkWidget *row;

  if (child == NULL || g_strcmp0 (G_OBJECT_TYPE_NAME (child), "IncomeSupportWorkspace") != 0)
    return FALSE;
  row = kansio_test_find_row_titled (child, "Virtanen, Aino Maria");
  return row != NULL && gtk_widget_get_visible (row);
}

/* From the client page straight to the client's income support: no
 * identity code typed again. A reader is not offered the new application,
 * and is told why. */
static void
test_client_to_income_support (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioPluginRegistry) built = kansio_test_widgets_load_built_plugins ();
  const char *roles[] = { "demo_kasittelija", "demo_lukija" };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autoptr (KansioContext) context = kansio_test_context_for (test_database, roles[i]);
      KansioWindow *window = g_object_ref_sink (kansio_window_new (NULL, built));
      gboolean reader = g_str_equal (roles[i], "demo_lukija");
      KansioClientPage *client;
      GtkWidget *entry, *button;
      gpointer args[2];

      gtk_window_present (GTK_WINDOW (window));
      kansio_window_show_context (window, context, "Demo database");
      entry = kansio_test_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
      client = KANSIO_CLIENT_PAGE (
          kansio_test_find_widget_of_type (GTK_WIDGET (window), KANSIO_TYPE_CLIENT_PAGE));
      gtk_editable_set_text (GTK_EDITABLE (entry), "140384-9027");
      g_signal_emit_by_name (entry, "activate");
      args[0] = client;
      args[1] = (gpointer) "New _Application…";
      kansio_test_wait_until (button_shown, args);
      button = find_button_labelled (GTK_WIDGET (client), "New _Application…");
      g_assert_cmpint (gtk_widget_get_sensitive (button), ==, !reader);
      /* Edit and New Client too: a reader is told why not. */
      {
        GtkWidget *edit = find_button_labelled (GTK_WIDGET (client), "_Edit…");
        GtkWidget *add = find_button_with_icon (GTK_WIDGET (window), "list-add-symbolic");

        g_assert_cmpint (gtk_widget_get_sensitive (edit), ==, !reader);
        g_assert_cmpint (gtk_widget_get_sensitive (add), ==, !reader);
        g_assert_nonnull (add);
        if (reader)
          {
            g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (edit), "Only handlers"));
            g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (add), "Only handlers"));
          }
      }
      if (reader)
        {
          g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "no right"));
          /* The applications can still be read. */
          g_assert_true (gtk_widget_activate_action (
              GTK_WIDGET (client), "income-support.open-client", "x",
              kansio_person_get_id (kansio_client_page_get_person (client))));
        }
      else
        g_signal_emit_by_name (button, "clicked");
      kansio_test_wait_until (income_support_shown, window);
      g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (gtk_widget_get_parent (
                         kansio_test_find_widget_by_name (GTK_WIDGET (window), "income-support"))))
                     == GTK_LIST_BOX_ROW (
                         kansio_test_find_widget_by_name (GTK_WIDGET (window), "income-support")));
      kansio_test_destroy_window (window);
    }
}

static gboolean
queue_settled (gpointer window)
{
  GtkWidget *queue = kansio_test_find_widget_by_name (window, "income-support-work-queue");
  return queue != NULL && gtk_widget_get_mapped (queue);
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* What a caseworker sees in Finnish and Swedish, wide and at 640 pixels
 * (half a laptop screen): KANSIO_TEST_SCREENSHOTS keeps them to look at.
 * At 640 the sidebar folds away, and the back button and Alt+number bring
 * it and the areas back. */
static void
test_screenshots (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioPluginRegistry) built = kansio_test_widgets_load_built_plugins ();
  const char *languages[] = { "fi", "sv" };
  const int widths[] = { 1100, 640 };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      {
        g_autoptr (KansioContext) context = NULL;
        KansioWindow *window;
        KansioClientPage *client;
        GtkWidget *entry;
        g_autofree char *client_png = NULL;
        g_autofree char *queue_png = NULL;

        kansio_i18n_init (languages[l]);
        context = kansio_test_context_for (test_database, "demo_kasittelija");
        window = g_object_ref_sink (kansio_window_new (NULL, built));
        gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 720);
        gtk_window_present (GTK_WINDOW (window));
        kansio_window_show_context (window, context, "Demo");
        entry = kansio_test_find_widget_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
        client = KANSIO_CLIENT_PAGE (
            kansio_test_find_widget_of_type (GTK_WIDGET (window), KANSIO_TYPE_CLIENT_PAGE));
        gtk_editable_set_text (GTK_EDITABLE (entry), "140384-9027");
        g_signal_emit_by_name (entry, "activate");
        kansio_test_wait_until (client_shown, client);
        spin (300);
        client_png = g_strdup_printf ("client-page-%s-%d.png", languages[l], widths[w]);
        kansio_test_save_screenshot (GTK_WIDGET (window), client_png);

        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "i", 2));
        kansio_test_wait_until (queue_settled, window);
        spin (1500);
        queue_png = g_strdup_printf ("queue-%s-%d.png", languages[l], widths[w]);
        kansio_test_save_screenshot (GTK_WIDGET (window), queue_png);
        kansio_test_destroy_window (window);
      }
  kansio_i18n_init ("en");
}

/* A new client: the focus is on the identity code at once; Escape (the
 * window closing) asks before what was typed is thrown away, and an
 * untouched form just closes. */
static void
test_editor_focus_and_discard (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioContext) context = kansio_test_context_for (test_database, "demo_kasittelija");
  KansioPersonEditor *editor = g_object_ref_sink (kansio_person_editor_new_for_create (context));
  GtkWidget *identity;
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (editor));
  kansio_test_wait_until (kansio_test_is_mapped, editor);
  identity = kansio_test_find_row_titled (GTK_WIDGET (editor), "Identity code");
  g_assert_true (focus_in (identity));

  kansio_person_editor_set_text (editor, KANSIO_PERSON_FIELD_SURNAME, "Kesken");
  gtk_window_close (GTK_WINDOW (editor));
  kansio_test_wait_until (kansio_test_dialog_open, NULL);
  dialog = kansio_test_find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard Changes?");
  adw_message_dialog_response (dialog, "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_nonnull (find_widget_with_text (GTK_WIDGET (editor), "Kesken"));

  gtk_window_close (GTK_WINDOW (editor));
  kansio_test_wait_until (kansio_test_dialog_open, NULL);
  dialog = kansio_test_find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  kansio_test_wait_until (editor_closed, editor);
  g_object_unref (editor);

  /* Nothing typed: closes without asking. */
  editor = g_object_ref_sink (kansio_person_editor_new_for_create (context));
  gtk_window_present (GTK_WINDOW (editor));
  gtk_window_close (GTK_WINDOW (editor));
  kansio_test_wait_until (editor_closed, editor);
  g_assert_null (kansio_test_find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  g_object_unref (editor);
}

int
main (int argc, char *argv[])
{
  kansio_test_widgets_init (&argc, &argv);

  kansio_test_widgets_add ("/window/caseworker-searches-and-edits",
                           test_caseworker_searches_and_edits);
  kansio_test_widgets_add ("/window/caseworker-makes-a-letter", test_caseworker_makes_a_letter);
  kansio_test_widgets_add ("/window/keyboard-path", test_keyboard_path);
  kansio_test_widgets_add ("/window/client-to-income-support", test_client_to_income_support);
  kansio_test_widgets_add ("/window/screenshots", test_screenshots);
  kansio_test_widgets_add ("/window/editor-focus-and-discard", test_editor_focus_and_discard);
  /* Last: they change the interface language. */
  kansio_test_widgets_add ("/window/relations-fi", test_relations_fi);
  kansio_test_widgets_add ("/window/relations-sv", test_relations_sv);

  return kansio_test_widgets_run ();
}
