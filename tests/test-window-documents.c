/* test-window-documents.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Documents under Xvfb: the auditor's usage report in the client's
 * language, the PDF view with its pages and zoom, and the letters plugin's
 * template editor catching a typo with its place.
 */
#include "config.h"

#include "kansio-test-widgets.h"
#include "kansio-audit-page.h"
#include "kansio-window.h"

static gboolean
audit_message_shown (gpointer page)
{
  return kansio_audit_page_get_message (page) != NULL;
}

/* The auditor answers a client's request: the report in the client's
 * language, stored with the client's documents. */
static void
test_auditor_makes_usage_report (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioContext) context = kansio_test_context_for (test_database, "demo_tarkastaja");
  KansioWindow *window
      = g_object_ref_sink (kansio_window_new (NULL, kansio_test_widgets_get_plugins ()));
  KansioAuditPage *page;
  KansioDocumentWindow *report;
  g_autoptr (GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *to = g_date_time_format (today, "%-d.%-m.%Y");

  gtk_window_present (GTK_WINDOW (window));
  kansio_window_show_context (window, context, "Demo database");
  g_assert_nonnull (kansio_test_find_widget_by_name (GTK_WIDGET (window), "audit"));
  g_assert_null (kansio_test_find_widget_by_name (GTK_WIDGET (window), "clients"));
  page = KANSIO_AUDIT_PAGE (
      kansio_test_find_widget_of_type (GTK_WIDGET (window), KANSIO_TYPE_AUDIT_PAGE));

  /* A mistyped identity code is caught before anything is asked. */
  kansio_audit_page_set_request (page, "140384-9028", "1.1.2026", to);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "audit.make-report", NULL));
  g_assert_nonnull (kansio_audit_page_get_message (page));

  /* Saga writes in Swedish: so does her report. */
  kansio_audit_page_set_request (page, "300890-946J", "1.1.2026", to);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "audit.make-report", NULL));
  g_assert_null (kansio_audit_page_get_message (page));
  kansio_test_wait_until (kansio_test_document_window_shown, NULL);
  report = g_object_ref (kansio_test_find_toplevel_of_type (KANSIO_TYPE_DOCUMENT_WINDOW));
  g_assert_cmpstr (kansio_document_get_title (kansio_document_window_get_document (report)), ==,
                   "UTDRAG UR LOGGREGISTRET");
  kansio_test_save_screenshot (GTK_WIDGET (report), "usage-report.png");
  kansio_document_window_store (report);
  kansio_test_wait_until (kansio_test_document_stored, report);

  /* Nobody by that code. */
  kansio_audit_page_set_request (page, "010101A900R", "1.1.2026", to);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "audit.make-report", NULL));
  kansio_test_wait_until (audit_message_shown, page);

  gtk_window_destroy (GTK_WINDOW (report));
  g_object_unref (report);
  kansio_test_destroy_window (window);
}

static gboolean
view_rendered (gpointer view)
{
  return !kansio_document_view_get_is_rendering (view)
         && kansio_document_view_get_n_pages (view) > 0;
}

/* The PDF view: every page rendered off the main thread, zoom in steps,
 * pages by key. */
static void
test_document_view (void)
{
  g_autoptr (KansioDocumentContent) content = kansio_document_content_new ();
  g_autoptr (KansioPdfWriter) writer = kansio_pdf_writer_new (KANSIO_LANGUAGE_FINNISH);
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  KansioDocumentView *view = KANSIO_DOCUMENT_VIEW (kansio_document_view_new ());

  for (guint i = 0; i < 3; i++)
    {
      kansio_document_content_add_heading (content, 1, "Sivu");
      kansio_document_content_add_page_break (content);
    }
  pdf = kansio_pdf_writer_write (writer, content, NULL, &error);
  g_assert_no_error (error);

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 900);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  kansio_document_view_set_pdf (view, pdf);
  g_assert_true (kansio_document_view_get_is_rendering (view));
  kansio_test_wait_until (view_rendered, view);
  g_assert_cmpuint (kansio_document_view_get_n_pages (view), ==, 3);
  g_assert_cmpuint (kansio_document_view_get_page (view), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "document.next-page", NULL));
  g_assert_cmpuint (kansio_document_view_get_page (view), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "document.last-page", NULL));
  g_assert_cmpuint (kansio_document_view_get_page (view), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "document.first-page", NULL));
  g_assert_cmpuint (kansio_document_view_get_page (view), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "document.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (kansio_document_view_get_zoom (view), 1.25, 0.001);
  kansio_test_wait_until (view_rendered, view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "document.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "document.zoom-out", NULL));
  g_assert_cmpfloat_with_epsilon (kansio_document_view_get_zoom (view), 0.75, 0.001);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "document.zoom-reset", NULL));
  g_assert_cmpfloat_with_epsilon (kansio_document_view_get_zoom (view), 1.0, 0.001);
  kansio_test_wait_until (view_rendered, view);
  kansio_test_save_screenshot (window, "document-view.png");

  /* Nothing to show. */
  kansio_document_view_set_pdf (view, NULL);
  g_assert_cmpuint (kansio_document_view_get_n_pages (view), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
templates_listed (gpointer column_view)
{
  GtkSelectionModel *model = gtk_column_view_get_model (column_view);

  return model != NULL && g_list_model_get_n_items (G_LIST_MODEL (model)) >= 4;
}

static gboolean
buffer_filled (gpointer buffer)
{
  return gtk_text_buffer_get_char_count (buffer) > 0;
}

static gboolean
unknown_field_shown (gpointer window)
{
  return kansio_test_has_text_containing (window, "Unknown field");
}

/* The letters plugin as built: loaded for a letters editor, its templates
 * listed, one opened in both languages, a typo caught with its place. */
static void
test_letters_plugin (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioContext) context = kansio_test_context_for (test_database, "demo_kirjeet");
  g_autoptr (KansioPluginRegistry) built = kansio_test_widgets_load_built_plugins ();
  KansioWindow *window;
  GtkWidget *column_view;
  GType source_view_type;
  GtkWidget *source_view;
  GtkTextBuffer *buffer;

  window = g_object_ref_sink (kansio_window_new (NULL, built));
  gtk_window_present (GTK_WINDOW (window));
  kansio_window_show_context (window, context, "Demo database");

  /* A letters editor is no caseworker: the letters page is all there is. */
  g_assert_nonnull (kansio_test_find_widget_by_name (GTK_WIDGET (window), "letters"));
  g_assert_null (kansio_test_find_widget_by_name (GTK_WIDGET (window), "clients"));
  g_assert_cmpstr (kansio_window_get_visible_page (window), ==, "workspace");
  column_view = kansio_test_find_widget_of_type (
      gtk_stack_get_visible_child (kansio_window_get_workspace_stack (window)),
      GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (column_view);
  kansio_test_wait_until (templates_listed, column_view);
  kansio_test_save_screenshot (GTK_WIDGET (window), "letters-list.png");

  g_signal_emit_by_name (column_view, "activate", 0);
  source_view_type = g_type_from_name ("GtkSourceView");
  g_assert_true (source_view_type != 0);
  source_view = kansio_test_find_widget_of_type (GTK_WIDGET (window), source_view_type);
  g_assert_nonnull (source_view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (source_view));
  /* The approved text is loaded first; then the user types. */
  kansio_test_wait_until (buffer_filled, buffer);
  gtk_text_buffer_set_text (buffer, "# Otsikko\n\nHei {{client.nme}}!", -1);
  kansio_test_wait_until (unknown_field_shown, window);
  g_assert_true (kansio_test_has_text_containing (GTK_WIDGET (window), "line 3, column 5"));
  kansio_test_save_screenshot (GTK_WIDGET (window), "letters-editor.png");

  gtk_text_buffer_set_text (buffer, "", -1);
  kansio_test_destroy_window (window);
}

int
main (int argc, char *argv[])
{
  kansio_test_widgets_init (&argc, &argv);

  kansio_test_widgets_add ("/window/auditor-makes-usage-report", test_auditor_makes_usage_report);
  kansio_test_widgets_add ("/window/document-view", test_document_view);
  kansio_test_widgets_add ("/window/letters-plugin", test_letters_plugin);

  return kansio_test_widgets_run ();
}
