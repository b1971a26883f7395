/* test-window-income-support.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The income-support plugin as built, under Xvfb: its work queue, a
 * decision from the client's application to its PDF, made by two people,
 * paid in a run and partly recovered, and the payment runs with their
 * files.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "kansio-test-widgets.h"
#include "kansio-window.h"

static gboolean
queue_listed (gpointer column_view)
{
  GtkSelectionModel *model = gtk_column_view_get_model (column_view);

  return model != NULL && g_list_model_get_n_items (G_LIST_MODEL (model)) >= 1;
}

/* The income-support plugin as built: loaded for a handler, and its work
 * queue shows the application registered in the client's case. */
static void
test_income_support_plugin (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioContext) context = kansio_test_context_for (test_database, "demo_kasittelija");
  g_autoptr (KansioPluginRegistry) built = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  KansioWindow *window;
  GtkWidget *page;
  GtkWidget *queue;

  rows = kansio_test_query (
      kansio_context_get_database (context),
      "SELECT api.is_application_register ((SELECT case_id FROM api.person_cases ((SELECT "
      "person_id FROM api.person_search ('140384-9027'))) WHERE closed_on IS NULL), current_date, "
      "'paper', date_trunc ('month', current_date)::date, NULL, 'supplementary', false, NULL)",
      &error);
  g_assert_no_error (error);

  built = kansio_test_widgets_load_built_plugins ();
  window = g_object_ref_sink (kansio_window_new (NULL, built));
  gtk_window_present (GTK_WINDOW (window));
  kansio_window_show_context (window, context, "Demo database");

  g_assert_nonnull (kansio_test_find_widget_by_name (GTK_WIDGET (window), "income-support"));
  page = gtk_stack_get_child_by_name (kansio_window_get_workspace_stack (window), "income-support");
  g_assert_nonnull (page);
  g_assert_cmpstr (G_OBJECT_TYPE_NAME (page), ==, "IncomeSupportWorkspace");
  gtk_stack_set_visible_child (kansio_window_get_workspace_stack (window), page);
  queue = kansio_test_find_widget_by_name (page, "income-support-queue-view");
  g_assert_nonnull (queue);
  g_assert_true (GTK_IS_COLUMN_VIEW (queue));
  kansio_test_wait_until (queue_listed, queue);
  kansio_test_save_screenshot (GTK_WIDGET (window), "income-support-queue.png");

  kansio_test_destroy_window (window);
}

static gboolean
is_idle (gpointer page)
{
  gboolean busy;

  g_object_get (page, "busy", &busy, NULL);
  return !busy;
}

static gboolean
runs_listed (gpointer page)
{
  guint n_runs;

  g_object_get (page, "n-runs", &n_runs, NULL);
  return n_runs >= 1;
}

static gboolean
file_dialog_open (gpointer unused)
{
  return kansio_test_find_toplevel_of_type (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static char *
page_message (GtkWidget *page)
{
  char *message = NULL;

  g_object_get (page, "message", &message, NULL);
  return message;
}

static KansioRows *
query_as (KansioTestDatabase *test_database,
          const char *login_role,
          const char *sql,
          const char *const *params,
          guint n_params)
{
  g_autoptr (KansioDatabase) database = kansio_test_database_connect_as (test_database, login_role);
  g_autoptr (GError) error = NULL;
  KansioRows *rows = kansio_test_run (database, sql, params, n_params, &error);

  g_assert_no_error (error);
  return rows;
}

typedef void (*CreateToFunc) (GtkWidget *page, const char *run_on, GFile *file);
typedef void (*SaveAgainToFunc) (GtkWidget *page, gint64 run_id, GFile *file);

/* Payment runs in the income-support plugin, for a decision-maker: a
 * decided order put into a run and its pain.001 file saved; made again,
 * nothing to pay; the run's file saved again with the same order. A
 * handler does not see the tab. */
static void
test_income_support_payment_runs (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioPluginRegistry) built = NULL;
  g_autofree char *module_path = g_build_filename (g_getenv ("KANSIO_BUILD_DIR"), "plugins",
                                                   "income-support." G_MODULE_SUFFIX, NULL);
  g_autofree char *temporary = g_dir_make_tmp ("kansio-payment-runs-XXXXXX", NULL);
  g_autoptr (GFile) first = g_file_new_build_filename (temporary, "first.xml", NULL);
  g_autoptr (GFile) again = g_file_new_build_filename (temporary, "again.xml", NULL);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *message_id = g_date_time_format (now, "KANSIO-%Y%m%d-1");
  g_autofree char *file_name = g_strdup_printf ("%s.xml", message_id);
  g_autofree char *today = g_date_time_format (now, "%-d.%-m.%Y");
  g_autofree char *first_xml = NULL;
  g_autofree char *again_xml = NULL;
  g_autofree char *message = NULL;
  g_autoptr (KansioContext) context = NULL;
  g_autoptr (KansioRows) rows = NULL;
  GModule *module;
  CreateToFunc create_to = NULL;
  SaveAgainToFunc save_again_to = NULL;
  gint64 run_id;
  KansioWindow *window;
  GtkWidget *workspace;
  GtkWidget *page;
  GtkWidget *list;
  GtkWidget *date;
  AdwMessageDialog *confirm;
  AdwViewStack *tabs;
  GtkFileChooser *dialog;

  /* Aino's application, a granted decision with one order due today,
   * decided by the decision-maker. */
  {
    g_autoptr (KansioRows) registered = query_as (
        test_database, "demo_kasittelija",
        "SELECT api.is_application_register ((SELECT case_id FROM api.person_cases ((SELECT "
        "person_id FROM api.person_search ('140384-9027'))) WHERE closed_on IS NULL), "
        "current_date, 'paper', date_trunc ('month', current_date)::date, NULL, 'supplementary', "
        "false, NULL)",
        NULL, 0);
    const char *params[] = { kansio_rows_get_string (registered, 0, 0) };
    g_autoptr (KansioRows) ordered = query_as (
        test_database, "demo_kasittelija",
        "SELECT api.is_payment_order_add (api.is_decision_prepare ($1::bigint, 'granted', 62345, "
        "'{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}]}', "
        "'Vuokra'), 'commitment', 'Vuokranantaja Oy', 'FI49 5000 9420 0287 30', "
        "'RF18 5390 0754 7034', NULL, 62345, current_date)",
        params, 1);
    g_autoptr (KansioRows) decided
        = query_as (test_database, "demo_paattaja",
                    "SELECT api.is_decision_decide (decision_id, row_version) "
                    "FROM api.is_decision_get ($1::bigint)",
                    params, 1);
  }

  context = kansio_test_context_for (test_database, "demo_paattaja");
  built = kansio_test_widgets_load_built_plugins ();
  window = g_object_ref_sink (kansio_window_new (NULL, built));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  kansio_window_show_context (window, context, "Demo database");

  workspace
      = gtk_stack_get_child_by_name (kansio_window_get_workspace_stack (window), "income-support");
  g_assert_nonnull (workspace);
  gtk_stack_set_visible_child (kansio_window_get_workspace_stack (window), workspace);
  tabs = ADW_VIEW_STACK (kansio_test_find_widget_of_type (workspace, ADW_TYPE_VIEW_STACK));
  page = kansio_test_find_widget_by_name (workspace, "income-support-payment-runs");
  g_assert_nonnull (page);
  /* A decision-maker's tab. */
  g_assert_true (adw_view_stack_page_get_visible (adw_view_stack_get_page (tabs, page)));
  adw_view_stack_set_visible_child_name (tabs, "payments");
  kansio_test_wait_until (kansio_test_is_mapped, page);
  list = kansio_test_find_widget_by_name (page, "income-support-payment-runs-list");
  date = kansio_test_find_widget_by_name (page, "income-support-payment-run-date");
  g_assert_true (GTK_IS_LIST_BOX (list));
  g_assert_true (ADW_IS_ENTRY_ROW (date));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, today);

  /* The plugin's own function, as the action calls it once a file is
   * chosen. */
  module = g_module_open (module_path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  g_assert_nonnull (module);
  g_assert_true (
      g_module_symbol (module, "income_support_payment_runs_create_to", (gpointer *) &create_to));

  /* Not a day: said, and nothing asked. */
  create_to (page, "31.2.2026", first);
  g_assert_true (is_idle (page));
  message = page_message (page);
  g_assert_nonnull (strstr (message, "d.m.yyyy"));
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  g_clear_pointer (&message, g_free);

  /* The run, and its file. */
  create_to (page, today, first);
  g_assert_false (is_idle (page));
  kansio_test_wait_until (is_idle, page);
  message = page_message (page);
  g_test_message ("%s", message);
  g_assert_nonnull (strstr (message, message_id));
  g_assert_nonnull (strstr (message, "1 order"));
  g_assert_true (g_file_load_contents (first, NULL, &first_xml, NULL, NULL, NULL));
  g_assert_nonnull (strstr (first_xml, "<NbOfTxs>1</NbOfTxs>"));
  g_assert_nonnull (strstr (first_xml, "<InstdAmt Ccy=\"EUR\">623.45</InstdAmt>"));
  g_assert_nonnull (strstr (first_xml, "<CtrlSum>623.45</CtrlSum>"));
  g_assert_nonnull (strstr (first_xml, "<Ref>RF18539007547034</Ref>"));
  g_assert_nonnull (strstr (first_xml, message_id));
  kansio_test_wait_until (runs_listed, page);
  g_assert_nonnull (kansio_test_find_row_titled (list, message_id));
  g_assert_true (kansio_test_has_text_containing (list, "1 order"));
  g_clear_pointer (&message, g_free);

  /* Made again through the action: the confirmation counts what is due
   * before anything is done; nothing is, so it offers no run, and no file
   * is asked for. */
  g_assert_true (gtk_widget_activate_action (page, "income-support-payment-runs.create", NULL));
  kansio_test_wait_until (kansio_test_dialog_open, NULL);
  confirm = kansio_test_find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "nothing to pay"));
  g_assert_false (adw_message_dialog_get_response_enabled (confirm, "make"));
  adw_message_dialog_response (confirm, "cancel");
  gtk_window_destroy (GTK_WINDOW (confirm));
  kansio_test_wait_until (is_idle, page);
  g_assert_null (kansio_test_find_toplevel_of_type (GTK_TYPE_FILE_CHOOSER_DIALOG));
  kansio_test_save_screenshot (GTK_WIDGET (window), "income-support-payment-runs.png");

  /* The run's file again: the dialog suggests the run's name; cancelled,
   * nothing is saved and nothing said. */
  rows = query_as (test_database, "demo_paattaja", "SELECT run_id FROM api.is_payment_runs ()",
                   NULL, 0);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  run_id = kansio_rows_get_int64 (rows, 0, 0);
  g_assert_true (
      gtk_widget_activate_action (page, "income-support-payment-runs.save-again", "x", run_id));
  g_assert_false (is_idle (page));
  kansio_test_wait_until (file_dialog_open, NULL);
  dialog = kansio_test_find_toplevel_of_type (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (dialog), ==, file_name);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  kansio_test_wait_until (is_idle, page);
  g_assert_null (page_message (page));

  /* Saved again where the user chose: the same order, no new run. */
  g_assert_true (g_module_symbol (module, "income_support_payment_runs_save_again_to",
                                  (gpointer *) &save_again_to));
  save_again_to (page, run_id, again);
  kansio_test_wait_until (is_idle, page);
  message = page_message (page);
  g_test_message ("%s", message);
  g_assert_nonnull (strstr (message, "Nothing new was paid"));
  g_assert_true (g_file_load_contents (again, NULL, &again_xml, NULL, NULL, NULL));
  g_assert_nonnull (strstr (again_xml, message_id));
  g_assert_nonnull (strstr (again_xml, "<NbOfTxs>1</NbOfTxs>"));
  g_assert_nonnull (strstr (again_xml, "<CtrlSum>623.45</CtrlSum>"));
  g_clear_object (&rows);
  rows = query_as (test_database, "demo_paattaja", "SELECT run_id FROM api.is_payment_runs ()",
                   NULL, 0);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);

  g_module_close (module);
  kansio_test_destroy_window (window);

  /* A handler has no payment runs tab. */
  {
    g_autoptr (KansioContext) handler = kansio_test_context_for (test_database, "demo_kasittelija");

    window = g_object_ref_sink (kansio_window_new (NULL, built));
    gtk_window_present (GTK_WINDOW (window));
    kansio_window_show_context (window, handler, "Demo database");
    workspace = gtk_stack_get_child_by_name (kansio_window_get_workspace_stack (window),
                                             "income-support");
    tabs = ADW_VIEW_STACK (kansio_test_find_widget_of_type (workspace, ADW_TYPE_VIEW_STACK));
    page = kansio_test_find_widget_by_name (workspace, "income-support-payment-runs");
    g_assert_false (adw_view_stack_page_get_visible (adw_view_stack_get_page (tabs, page)));
    kansio_test_destroy_window (window);
  }

  g_file_delete (first, NULL, NULL);
  g_file_delete (again, NULL, NULL);
  g_rmdir (temporary);
}

static gboolean
label_is_set (gpointer label)
{
  return *gtk_label_get_label (label) != '\0';
}

static gboolean
editable_filled (gpointer editable)
{
  return *gtk_editable_get_text (editable) != '\0';
}

static gboolean
calculated_or_refused (gpointer application)
{
  return label_is_set (
             kansio_test_find_widget_by_name (application, "income-support-calculated-support"))
         || label_is_set (
             kansio_test_find_widget_by_name (application, "income-support-calculation-error"));
}

static gboolean
list_has_rows (gpointer list)
{
  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_visible (child))
      return TRUE;
  return FALSE;
}

static gboolean
widget_visible (gpointer widget)
{
  return gtk_widget_is_visible (widget);
}

typedef struct
{
  KansioTestDatabase *test_database;
  const char *sql;
} SqlCondition;

static gboolean
sql_is_true (gpointer data)
{
  SqlCondition *condition = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows
      = kansio_test_query (condition->test_database->database, condition->sql, &error);

  g_assert_no_error (error);
  return g_strcmp0 (kansio_rows_get_string (rows, 0, 0), "t") == 0;
}

static gboolean
has_subtitle_containing (GtkWidget *root, const char *part)
{
  if (ADW_IS_ACTION_ROW (root)
      && strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (root)) ?: "", part) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_subtitle_containing (child, part))
      return TRUE;
  return FALSE;
}

static gboolean
orders_paid (gpointer list)
{
  return has_subtitle_containing (list, "Paid in the payment run");
}

/* A window logged in as @context's user, on the income-support plugin. */
static GtkWidget *
show_income_support (KansioContext *context, KansioWindow **window_out)
{
  g_autoptr (KansioPluginRegistry) built = kansio_test_widgets_load_built_plugins ();
  KansioWindow *window;
  GtkWidget *workspace;

  window = g_object_ref_sink (kansio_window_new (NULL, built));
  gtk_window_present (GTK_WINDOW (window));
  kansio_window_show_context (window, context, "Demo database");
  workspace
      = gtk_stack_get_child_by_name (kansio_window_get_workspace_stack (window), "income-support");
  g_assert_nonnull (workspace);
  gtk_stack_set_visible_child (kansio_window_get_workspace_stack (window), workspace);
  *window_out = window;
  return workspace;
}

/* The client's newest application, opened from the list of their
 * applications that the Applications tab shows, on @tab. */
static GtkWidget *
open_clients_application (GtkWidget *workspace, const char *identity_code, const char *tab)
{
  GtkWidget *new_application
      = kansio_test_find_widget_by_name (workspace, "income-support-new-application");
  GtkWidget *list
      = kansio_test_find_widget_by_name (workspace, "income-support-client-applications");
  GtkWidget *application
      = kansio_test_find_widget_by_name (workspace, "income-support-application-page");

  gtk_editable_set_text (GTK_EDITABLE (kansio_test_find_widget_by_name (
                             new_application, "income-support-identity-code")),
                         identity_code);
  g_assert_true (gtk_widget_activate_action (new_application, "income-support-new.find", NULL));
  kansio_test_wait_until (list_has_rows, list);
  g_signal_emit_by_name (list, "row-activated",
                         gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  kansio_test_wait_until (
      kansio_test_is_mapped,
      kansio_test_find_widget_by_name (application, "income-support-application-title"));
  adw_view_stack_set_visible_child_name (
      ADW_VIEW_STACK (kansio_test_find_widget_of_type (application, ADW_TYPE_VIEW_STACK)), tab);
  return application;
}

/* The decision-maker confirms; the decision is composed at once, and the
 * copy saved goes to the client's documents. */
static void
confirm_decision_and_store (const char *title)
{
  KansioDocumentWindow *document;
  AdwMessageDialog *dialog;

  kansio_test_wait_until (kansio_test_dialog_open, NULL);
  dialog = kansio_test_find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (dialog, "decide");
  /* A response alone leaves the dialog open; its button would close it. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  kansio_test_wait_until (kansio_test_document_window_shown, NULL);
  document = g_object_ref (kansio_test_find_toplevel_of_type (KANSIO_TYPE_DOCUMENT_WINDOW));
  g_assert_cmpstr (kansio_document_get_title (kansio_document_window_get_document (document)), ==,
                   title);
  kansio_document_window_store (document);
  kansio_test_wait_until (kansio_test_document_stored, document);
  kansio_test_save_screenshot (GTK_WIDGET (document), "income-support-decision-document.png");
  gtk_window_destroy (GTK_WINDOW (document));
  g_object_unref (document);
}

static void
set_text_view (GtkWidget *view, const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static char *
text_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
result_shown (gpointer application)
{
  return gtk_widget_is_visible (
      kansio_test_find_widget_by_name (application, "income-support-calculation-result"));
}

/* The rules of issue 13 in the editor (DOMAIN.md 2.2-2.5): an income not
 * counted, a rent deposit with its exceptional reason and support for
 * part of the month are put in as the editor reads a stored calculation,
 * calculated and looked at; then the month as it was is put back. */
static void
calculation_with_law_inputs (GtkWidget *application)
{
  g_autofree char *module_path = g_build_filename (g_getenv ("KANSIO_BUILD_DIR"), "plugins",
                                                   "income-support." G_MODULE_SUFFIX, NULL);
  GModule *module = g_module_open (module_path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  gboolean (*fill) (GtkWidget *, const char *) = NULL;
  char *(*dup_json) (GtkWidget *) = NULL;
  KansioIncomeSupportCalculation *(*get_calculation) (GtkWidget *) = NULL;
  GtkWidget *editor = kansio_test_find_widget_of_type (
      application, g_type_from_name ("IncomeSupportCalculationEditor"));
  GtkWidget *period
      = kansio_test_find_widget_by_name (application, "income-support-calculation-period");
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autofree char *saved = NULL;
  g_autofree char *changed = NULL;
  JsonObject *input, *line;
  const char *member;
  KansioIncomeSupportCalculation *calculation;
  gboolean not_counted = FALSE;

  g_assert_nonnull (module);
  g_assert_true (g_module_symbol (module, "income_support_calculation_editor_fill_from_json",
                                  (gpointer *) &fill));
  g_assert_true (g_module_symbol (module, "income_support_calculation_editor_dup_decision_json",
                                  (gpointer *) &dup_json));
  g_assert_true (g_module_symbol (module, "income_support_calculation_editor_get_calculation",
                                  (gpointer *) &get_calculation));
  g_assert_nonnull (editor);
  saved = dup_json (editor);
  g_assert_nonnull (saved);

  g_assert_true (json_parser_load_from_data (parser, saved, -1, NULL));
  input = json_node_get_object (json_parser_get_root (parser));
  member = json_object_get_string_member (
      json_array_get_object_element (json_object_get_array_member (input, "household"), 0), "id");
  json_object_set_int_member (input, "first_day", 3);
  json_object_set_int_member (input, "last_day", 9);
  line = json_object_new ();
  json_object_set_string_member (line, "member", member);
  json_object_set_string_member (line, "type", "disability_allowance");
  json_object_set_string_member (line, "amount", "97.83");
  json_array_add_object_element (json_object_get_array_member (input, "incomes"), line);
  line = json_object_new ();
  json_object_set_string_member (line, "type", "rent_deposit");
  json_object_set_string_member (line, "amount", "800.00");
  json_object_set_string_member (line, "reason", "Kela refused: the landlord takes no commitment");
  json_array_add_object_element (json_object_get_array_member (input, "expenses"), line);
  json_generator_set_root (generator, json_parser_get_root (parser));
  changed = json_generator_to_data (generator, NULL);

  g_assert_true (fill (editor, changed));
  kansio_test_wait_until (result_shown, application);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (kansio_test_find_widget_by_name (
                       application, "income-support-calculation-error"))),
                   ==, "");
  g_assert_true (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (period)));
  calculation = get_calculation (editor);
  for (guint i = 0; i < kansio_income_support_calculation_get_n_lines (calculation); i++)
    not_counted |= g_str_equal (
        kansio_income_support_calculation_get_line (calculation, i, NULL, NULL, NULL),
        "income_not_counted");
  g_assert_true (not_counted);
  kansio_test_save_screenshot (
      kansio_test_find_widget_by_name (application, "income-support-calculation-result"),
      "income-support-calculation-law-result.png");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (period), TRUE);
  gtk_adjustment_set_value (
      gtk_scrolled_window_get_vadjustment (
          GTK_SCROLLED_WINDOW (kansio_test_find_widget_of_type (editor, GTK_TYPE_SCROLLED_WINDOW))),
      0);
  kansio_test_save_screenshot (GTK_WIDGET (gtk_widget_get_root (application)),
                               "income-support-calculation-law-input.png");

  g_assert_true (fill (editor, saved));
  kansio_test_wait_until (result_shown, application);
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (period)));
  g_module_close (module);
}

/* The handler calculates the month, starts the reasons from a phrase,
 * prepares the decision and orders the support paid. */
static void
handler_prepares (GtkWidget *application)
{
  GtkWidget *phrases = kansio_test_find_widget_by_name (application, "income-support-phrases");
  GtkWidget *reasons = kansio_test_find_widget_by_name (application, "income-support-reasons");
  GtkWidget *phrase_list;
  g_autofree char *written = NULL;

  /* The household comes with the application. */
  kansio_test_wait_until (
      list_has_rows, kansio_test_find_widget_by_name (application, "income-support-household"));
  adw_view_stack_set_visible_child_name (
      ADW_VIEW_STACK (kansio_test_find_widget_of_type (application, ADW_TYPE_VIEW_STACK)),
      "details");
  kansio_test_save_screenshot (GTK_WIDGET (gtk_widget_get_root (application)),
                               "income-support-application.png");
  /* The household's and the attachments' dialogs open from their
   * buttons, and cancelling them changes nothing. */
  {
    const char *actions[]
        = { "income-support-application.add-member", "income-support-application.add-attachment" };

    for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
      {
        AdwMessageDialog *dialog;

        g_assert_true (gtk_widget_activate_action (
            kansio_test_find_widget_by_name (application, "income-support-household"), actions[i],
            NULL));
        kansio_test_wait_until (kansio_test_dialog_open, NULL);
        dialog = kansio_test_find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG);
        g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
        if (i == 0)
          {
            /* A member the household cannot take (DOMAIN.md 2.2): the reason, and no Add. */
            GtkWidget *name = kansio_test_find_widget_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
            GtkDropDown *role = GTK_DROP_DOWN (
                kansio_test_find_widget_of_type (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN));
            gboolean refused_alone = FALSE;

            gtk_editable_set_text (GTK_EDITABLE (name), "Testi Henkilö");
            for (guint r = 0; r < g_list_model_get_n_items (gtk_drop_down_get_model (role)); r++)
              {
                gtk_drop_down_set_selected (role, r);
                if (kansio_test_has_text_containing (GTK_WIDGET (dialog),
                                                     "is the only member of their household"))
                  {
                    refused_alone = TRUE;
                    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
                    kansio_test_save_screenshot (GTK_WIDGET (dialog),
                                                 "income-support-member-refused.png");
                  }
              }
            g_assert_true (refused_alone);
            kansio_test_save_screenshot (GTK_WIDGET (dialog), "income-support-member-dialog.png");
          }
        adw_message_dialog_response (dialog, "cancel");
        gtk_window_destroy (GTK_WINDOW (dialog));
      }
  }
  g_assert_true (gtk_widget_activate_action (
      kansio_test_find_widget_by_name (application, "income-support-calculate"),
      "income-support-calculation.calculate", NULL));
  kansio_test_wait_until (calculated_or_refused, application);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (kansio_test_find_widget_by_name (
                       application, "income-support-calculation-error"))),
                   ==, "");
  adw_view_stack_set_visible_child_name (
      ADW_VIEW_STACK (kansio_test_find_widget_of_type (application, ADW_TYPE_VIEW_STACK)),
      "calculation");
  kansio_test_save_screenshot (GTK_WIDGET (gtk_widget_get_root (application)),
                               "income-support-calculation.png");
  calculation_with_law_inputs (application);
  adw_view_stack_set_visible_child_name (
      ADW_VIEW_STACK (kansio_test_find_widget_of_type (application, ADW_TYPE_VIEW_STACK)),
      "decision");

  g_assert_true (GTK_IS_MENU_BUTTON (phrases));
  gtk_menu_button_popup (GTK_MENU_BUTTON (phrases));
  phrase_list = kansio_test_find_widget_by_name (
      GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (phrases))),
      "income-support-phrase-list");
  kansio_test_wait_until (list_has_rows, phrase_list);
  kansio_test_save_screenshot (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (phrases))),
                               "income-support-phrases.png");
  set_text_view (reasons, "Hakemus on käsitelty.");
  g_signal_emit_by_name (phrase_list, "row-activated",
                         gtk_list_box_get_row_at_index (GTK_LIST_BOX (phrase_list), 0));
  written = text_view_text (reasons);
  /* Appended as a paragraph of its own, after what was written. */
  g_assert_true (g_str_has_prefix (written, "Hakemus on käsitelty.\n\n"));
  g_assert_cmpuint (strlen (written), >, strlen ("Hakemus on käsitelty.\n\n") + 20);

  g_assert_true (gtk_widget_activate_action (reasons, "income-support-decision.prepare", NULL));
  kansio_test_wait_until (widget_visible, kansio_test_find_widget_by_name (
                                              application, "income-support-decision-outcome"));

  gtk_editable_set_text (
      GTK_EDITABLE (kansio_test_find_widget_by_name (application, "income-support-iban")),
      "FI21 1234 5600 0007 85");
  kansio_test_wait_until (
      widget_visible, kansio_test_find_widget_by_name (application, "income-support-add-order"));
  /* What is left of the support is offered once the orders are read. */
  kansio_test_wait_until (editable_filled, kansio_test_find_widget_by_name (
                                               application, "income-support-order-amount"));
  g_assert_true (gtk_widget_activate_action (
      kansio_test_find_widget_by_name (application, "income-support-add-order"),
      "income-support-decision.add-order", NULL));
  kansio_test_wait_until (list_has_rows,
                          kansio_test_find_widget_by_name (application, "income-support-orders"));
}

/* From the client's application to a decision made by two people, with a
 * reason phrase and a payment order; paid in a run, part of it recovered
 * by a decision of its own. Each decision's PDF is saved and linked. */
static void
test_income_support_decision_flow (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioContext) handler = kansio_test_context_for (test_database, "demo_kasittelija");
  g_autoptr (KansioContext) decider = kansio_test_context_for (test_database, "demo_paattaja");
  g_autoptr (KansioContext) reader = kansio_test_context_for (test_database, "demo_lukija");
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (KansioRows) run = NULL;
  g_autoptr (KansioRows) recovery = NULL;
  SqlCondition condition = { test_database, NULL };
  KansioWindow *handler_window;
  KansioWindow *decider_window;
  KansioWindow *reader_window;
  GtkWidget *reader_page;
  GtkWidget *handler_page;
  GtkWidget *decider_page;
  GtkWidget *application;
  GtkWidget *decide;

  rows = kansio_test_query (
      kansio_context_get_database (handler),
      "SELECT api.is_application_register ((SELECT case_id FROM api.person_cases ((SELECT "
      "person_id FROM api.person_search ('140384-9027'))) WHERE closed_on IS NULL), current_date, "
      "'paper', date_trunc ('month', current_date)::date, NULL, 'supplementary', false, NULL)",
      &error);
  g_assert_no_error (error);

  g_test_message ("decision flow: handler prepares");
  handler_page = show_income_support (handler, &handler_window);
  application = open_clients_application (handler_page, "140384-9027", "calculation");
  handler_prepares (application);
  kansio_test_save_screenshot (GTK_WIDGET (handler_window), "income-support-decision-prepared.png");
  kansio_test_save_screenshot (
      gtk_widget_get_ancestor (
          kansio_test_find_widget_by_name (application, "income-support-orders"), ADW_TYPE_CLAMP),
      "income-support-payment-orders.png");
  condition.sql = "SELECT count (*) = 1 FROM kansio.is_decision d JOIN kansio.is_payment_order o "
                  "ON o.decision_id = d.id WHERE d.decided_at IS NULL AND d.reasons LIKE "
                  "'Hakemus on käsitelty.%'";
  g_assert_true (sql_is_true (&condition));
  /* The handler is offered no Decide button. */
  g_assert_false (gtk_widget_is_visible (
      kansio_test_find_widget_by_name (application, "income-support-decide")));

  g_test_message ("decision flow: decider decides");
  /* Another person decides, and saves the decision composed for them. */
  decider_page = show_income_support (decider, &decider_window);
  application = open_clients_application (decider_page, "140384-9027", "decision");
  decide = kansio_test_find_widget_by_name (application, "income-support-decide");
  kansio_test_wait_until (widget_visible, decide);
  g_assert_true (gtk_widget_activate_action (decide, "income-support-decision.decide", NULL));
  confirm_decision_and_store ("Toimeentulotukipäätös");
  condition.sql = "SELECT count (*) = 1 FROM kansio.is_decision d JOIN kansio.document o ON o.id "
                  "= d.document_id JOIN kansio.template_version v ON v.id = o.template_version_id "
                  "JOIN kansio.document_template t ON t.id = v.template_id WHERE d.decided_by IS "
                  "NOT NULL AND t.name = 'income-support-decision'";
  kansio_test_wait_until (sql_is_true, &condition);

  g_test_message ("decision flow: payment run and recovery");
  /* Paid in a run, the support can be recovered: the handler prepares. */
  run = kansio_test_query (kansio_context_get_database (decider),
                           "SELECT api.is_payment_run_create (current_date + 31)", &error);
  g_assert_no_error (error);
  g_assert_false (kansio_rows_is_null (run, 0, 0));
  application = open_clients_application (handler_page, "140384-9027", "decision");
  kansio_test_wait_until (orders_paid,
                          kansio_test_find_widget_by_name (application, "income-support-orders"));
  kansio_test_wait_until (widget_visible, kansio_test_find_widget_by_name (
                                              application, "income-support-recovery-amount"));
  gtk_editable_set_text (GTK_EDITABLE (kansio_test_find_widget_by_name (
                             application, "income-support-recovery-amount")),
                         "50,00");
  set_text_view (kansio_test_find_widget_by_name (application, "income-support-recovery-reasons"),
                 "Tulot ilmoitettiin puutteellisesti.");
  g_assert_true (gtk_widget_activate_action (
      kansio_test_find_widget_by_name (application, "income-support-recovery-amount"),
      "income-support-recovery.prepare", NULL));
  kansio_test_wait_until (
      list_has_rows, kansio_test_find_widget_by_name (application, "income-support-recoveries"));
  kansio_test_save_screenshot (
      gtk_widget_get_ancestor (
          kansio_test_find_widget_by_name (application, "income-support-recoveries"),
          ADW_TYPE_CLAMP),
      "income-support-recovery.png");

  g_test_message ("decision flow: recovery decided");
  /* The decision-maker decides it, and saves its own decision. */
  recovery
      = kansio_test_query (test_database->database,
                           "SELECT id FROM kansio.is_recovery WHERE amount_cents = 5000", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (recovery), ==, 1);
  application = open_clients_application (decider_page, "140384-9027", "decision");
  kansio_test_wait_until (
      list_has_rows, kansio_test_find_widget_by_name (application, "income-support-recoveries"));
  g_assert_true (gtk_widget_activate_action (
      kansio_test_find_widget_by_name (application, "income-support-recoveries"),
      "income-support-recovery.decide", "x", kansio_rows_get_int64 (recovery, 0, 0)));
  confirm_decision_and_store ("Toimeentulotuen takaisinperintäpäätös");
  condition.sql = "SELECT count (*) = 1 FROM kansio.is_recovery r JOIN kansio.document o ON o.id "
                  "= r.document_id JOIN kansio.template_version v ON v.id = o.template_version_id "
                  "JOIN kansio.document_template t ON t.id = v.template_id WHERE r.decided_by IS "
                  "NOT NULL AND t.name = 'income-support-recovery-decision'";
  kansio_test_wait_until (sql_is_true, &condition);

  kansio_test_destroy_window (decider_window);
  kansio_test_destroy_window (handler_window);

  /* A reader finds the client's decided application and opens the
   * decision sent, but registers and prepares nothing. */
  reader_page = show_income_support (reader, &reader_window);
  application = open_clients_application (reader_page, "140384-9027", "decision");
  g_assert_false (gtk_widget_is_visible (
      kansio_test_find_widget_by_name (reader_page, "income-support-register")));
  kansio_test_wait_until (widget_visible, kansio_test_find_widget_by_name (
                                              application, "income-support-decision-outcome"));
  g_assert_false (gtk_widget_is_visible (
      kansio_test_find_widget_by_name (application, "income-support-prepare")));
  g_assert_false (gtk_widget_is_visible (
      kansio_test_find_widget_by_name (application, "income-support-decide")));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (kansio_test_find_widget_by_name (
                       application, "income-support-preview-decision"))),
                   ==, "_Open Decision…");
  kansio_test_destroy_window (reader_window);
}

/* Labels under @root with the style class @name, and whose text starts
 * with @prefix (NULL: any). */
static guint
count_styled (GtkWidget *root, const char *name, const char *prefix)
{
  guint n = 0;

  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, name)
      && (prefix == NULL || g_str_has_prefix (gtk_label_get_label (GTK_LABEL (root)), prefix)))
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_styled (child, name, prefix);
  return n;
}

/* Every stack above @widget done with its transition: a screenshot shows
 * the page, not a cross-fade. */
static gboolean
transitions_done (gpointer widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_STACK (w) && gtk_stack_get_transition_running (GTK_STACK (w)))
      return FALSE;
  return TRUE;
}

static gboolean
queue_has_five (gpointer column_view)
{
  GtkSelectionModel *model = gtk_column_view_get_model (column_view);

  return model != NULL && g_list_model_get_n_items (G_LIST_MODEL (model)) == 5;
}

/* One application a clock (DOMAIN.md 2.1), dated from today so that each
 * style is certain: "%s" in @sql is the case. */
static void
seed_queue (KansioDatabase *database, const char *case_id, const char *sql)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) statement = g_string_new (sql);
  g_autoptr (KansioRows) rows = NULL;

  g_string_replace (statement, "%s", case_id, 0);
  rows = kansio_test_query (database, statement->str, &error);

  g_assert_no_error (error);
}

/* The work queue's clocks, in Finnish and in Swedish: a late decision in
 * the error style, an urgent one due on the next working day in the
 * warning style, one waiting for the client's completion paused (never a
 * stale count), one waiting for a decision-maker, and a personal
 * discussion past its 7 working days; each with the client's identity
 * code. */
static void
test_income_support_queue_clocks (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioContext) context = kansio_test_context_for (test_database, "demo_kasittelija");
  KansioDatabase *database = kansio_context_get_database (context);
  g_autoptr (KansioPluginRegistry) built = kansio_test_widgets_load_built_plugins ();
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = kansio_test_query (
      database,
      "SELECT case_id FROM api.person_cases ((SELECT person_id FROM api.person_search "
      "('140384-9027'))) WHERE closed_on IS NULL",
      &error);
  const char *case_id;
  const char *const languages[] = { "fi", "sv" };

  g_assert_no_error (error);
  case_id = kansio_rows_get_string (rows, 0, 0);
  /* Late: received a month ago. */
  seed_queue (database, case_id,
              "SELECT api.is_application_register (%s, current_date - 30, 'paper', "
              "date_trunc ('month', current_date)::date, NULL, 'supplementary', false, 'late')");
  /* Urgent, received today: due the next working day. */
  seed_queue (database, case_id,
              "SELECT api.is_application_register (%s, current_date, 'paper', "
              "date_trunc ('month', current_date)::date, NULL, 'supplementary', true, 'urgent')");
  /* Waiting for the client's completion, asked yesterday. */
  seed_queue (database, case_id,
              "WITH a AS (SELECT api.is_application_register (%s, current_date - 1, 'paper', "
              "date_trunc ('month', current_date)::date, NULL, 'supplementary', false, "
              "'waiting') AS id) SELECT api.is_attachment_set (a.id, NULL, 'Tiliote', NULL), "
              "api.is_completion_request (a.id, 1, current_date - 1, NULL) FROM a");
  /* Received today, a discussion asked for a month ago and not held. */
  seed_queue (database, case_id,
              "WITH a AS (SELECT api.is_application_register (%s, current_date, 'paper', "
              "date_trunc ('month', current_date)::date, NULL, 'supplementary', false, "
              "'discussion') AS id) SELECT api.is_discussion_set (a.id, current_date - 30, NULL) "
              "FROM a");
  /* A decision prepared, waiting for a decision-maker. */
  seed_queue (database, case_id,
              "WITH a AS (SELECT api.is_application_register (%s, current_date, 'paper', "
              "date_trunc ('month', current_date)::date, NULL, 'supplementary', false, "
              "'prepared') AS id) SELECT api.is_decision_prepare (a.id, 'granted', 10000, "
              "'{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": "
              "\"living_alone\"}]}', 'prepared') FROM a");

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      KansioWindow *window;
      GtkWidget *page;
      GtkWidget *queue;
      g_autofree char *screenshot
          = g_strdup_printf ("income-support-queue-clocks-%s.png", languages[i]);
      gboolean swedish = g_str_equal (languages[i], "sv");

      kansio_i18n_init (languages[i]);
      window = g_object_ref_sink (kansio_window_new (NULL, built));
      gtk_window_set_default_size (GTK_WINDOW (window), 1400, 700);
      gtk_window_present (GTK_WINDOW (window));
      kansio_window_show_context (window, context, "Demo database");
      page = gtk_stack_get_child_by_name (kansio_window_get_workspace_stack (window),
                                          "income-support");
      gtk_stack_set_visible_child (kansio_window_get_workspace_stack (window), page);
      queue = kansio_test_find_widget_by_name (page, "income-support-queue-view");
      kansio_test_wait_until (queue_has_five, queue);
      kansio_test_wait_until (kansio_test_is_mapped, queue);
      kansio_test_wait_until (transitions_done, queue);

      /* The identity code, on every row. */
      g_assert_true (kansio_test_has_text_containing (queue, "140384-9027"));
      /* Late: the decision's date and its count in the error style. */
      g_assert_cmpuint (count_styled (queue, "error", NULL), >=, 2);
      /* The urgent one, due on the next working day (or today, late in
       * the evening when Helsinki is a day ahead): its date and count. */
      g_assert_cmpuint (count_styled (queue, "warning", NULL), >=, 2);
      /* Paused, not counted. */
      g_assert_cmpuint (count_styled (queue, "dim-label", swedish ? "Pausad" : "Keskeytetty"), ==,
                        1);
      g_assert_true (kansio_test_has_text_containing (queue, swedish ? "Väntar på beslut"
                                                                     : "Odottaa päätöstä"));
      kansio_test_save_screenshot (GTK_WIDGET (window), screenshot);
      kansio_test_destroy_window (window);
    }
  kansio_i18n_init ("en");
}

static gboolean
same_months_dialog_open (gpointer unused)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_widget_get_name (window), "income-support-same-months") == 0
          && gtk_widget_get_visible (window))
        return TRUE;
    }
  return FALSE;
}

static gboolean
request_sent (gpointer row)
{
  return has_subtitle_containing (row, "Sent ");
}

static gboolean
n_applications_is_two (gpointer test_database)
{
  g_autofree char *n = kansio_test_value_as (
      test_database, NULL,
      "SELECT count (*) FROM kansio.is_application a JOIN kansio.client_case c ON c.id = "
      "a.case_id JOIN kansio.person p ON p.id = c.person_id WHERE p.identity_code = "
      "'140384-9027'");

  return g_str_equal (n, "2");
}

/* Two applications for the same month (issue 13): registering the second
 * names the first, with its arrival and status, before anything is
 * saved; the handler may register it all the same. */
static void
test_income_support_same_months (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioContext) context = kansio_test_context_for (test_database, "demo_kasittelija");
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = kansio_test_query (
      kansio_context_get_database (context),
      "SELECT api.is_application_register ((SELECT case_id FROM api.person_cases ((SELECT "
      "person_id FROM api.person_search ('140384-9027'))) WHERE closed_on IS NULL), "
      "current_date, 'paper', date_trunc ('month', current_date)::date, NULL, 'supplementary', "
      "false, NULL)",
      &error);
  KansioWindow *window;
  GtkWidget *workspace;
  GtkWidget *new_application;
  AdwMessageDialog *dialog;
  g_autofree char *received = NULL;

  g_assert_no_error (error);
  g_clear_object (&rows);
  rows = kansio_test_query (kansio_context_get_database (context),
                            "SELECT to_char (current_date, 'FMDD.FMMM.YYYY')", &error);
  received = g_strdup (kansio_rows_get_string (rows, 0, 0));
  kansio_i18n_init ("en");
  /* GTK warns of a blinking cursor's selection when a dialog takes the
   * focus from an entry mid-blink; no blinking in a test. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
  workspace = show_income_support (context, &window);
  new_application = kansio_test_find_widget_by_name (workspace, "income-support-new-application");
  adw_view_stack_set_visible_child_name (
      ADW_VIEW_STACK (kansio_test_find_widget_of_type (workspace, ADW_TYPE_VIEW_STACK)), "new");
  gtk_editable_set_text (GTK_EDITABLE (kansio_test_find_widget_by_name (
                             new_application, "income-support-identity-code")),
                         "140384-9027");
  g_assert_true (gtk_widget_activate_action (new_application, "income-support-new.find", NULL));
  kansio_test_wait_until (list_has_rows, kansio_test_find_widget_by_name (
                                             workspace, "income-support-client-applications"));

  /* The form's defaults: received today, for this month. */
  g_assert_true (gtk_widget_activate_action (new_application, "income-support-new.register", NULL));
  kansio_test_wait_until (same_months_dialog_open, NULL);
  dialog = kansio_test_find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), received));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "status: Received"));
  kansio_test_save_screenshot (GTK_WIDGET (dialog), "income-support-same-months.png");
  /* Nothing saved yet; then registered deliberately. */
  g_assert_false (n_applications_is_two (test_database));
  adw_message_dialog_response (dialog, "register");
  kansio_test_wait_until (n_applications_is_two, test_database);

  /* The new application's completion request (14 a § 3 mom.): due 7
   * working days after arrival; sent once something is asked for, with
   * the deadlines the database counts. */
  {
    GtkWidget *application = open_clients_application (workspace, "140384-9027", "details");
    GtkWidget *request
        = kansio_test_find_widget_by_name (application, "income-support-completion-request");
    g_autofree char *id
        = kansio_test_value_as (test_database, NULL, "SELECT max (id) FROM kansio.is_application");
    g_autofree char *sql
        = g_strdup_printf ("SELECT api.is_attachment_set (%s, NULL, 'Vuokrasopimus', NULL)", id);
    g_autoptr (KansioRows) asked = NULL;

    kansio_test_wait_until (kansio_test_is_mapped, request);
    g_assert_true (has_subtitle_containing (request, "send it by"));
    asked = kansio_test_query (kansio_context_get_database (context), sql, &error);
    g_assert_no_error (error);
    g_assert_true (
        gtk_widget_activate_action (application, "income-support-application.reload", NULL));
    g_assert_true (
        gtk_widget_activate_action (request, "income-support-clocks.request-completion", NULL));
    kansio_test_wait_until (request_sent, request);
    g_assert_true (has_subtitle_containing (request, "to be completed by"));
    g_assert_true (has_subtitle_containing (application, "Paused, recounted"));
    kansio_test_save_screenshot (gtk_widget_get_ancestor (request, ADW_TYPE_PREFERENCES_GROUP),
                                 "income-support-completion-request.png");
  }
  kansio_test_destroy_window (window);
}

int
main (int argc, char *argv[])
{
  kansio_test_widgets_init (&argc, &argv);

  kansio_test_widgets_add ("/window/income-support-plugin", test_income_support_plugin);
  kansio_test_widgets_add ("/window/income-support-queue-clocks", test_income_support_queue_clocks);
  kansio_test_widgets_add ("/window/income-support-same-months", test_income_support_same_months);
  kansio_test_widgets_add ("/window/income-support-decision-flow",
                           test_income_support_decision_flow);
  kansio_test_widgets_add ("/window/income-support-payment-runs", test_income_support_payment_runs);

  return kansio_test_widgets_run ();
}
