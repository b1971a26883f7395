/* test-window.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window under Xvfb: plugins' sidebar entries and actions, the
 * demo badge, a failed connection shown with a way out, logging in to a
 * configured server and out again, and the preferences.
 */
#include "config.h"

#include "kansio-test-widgets.h"
#include "kansio-preferences-window.h"
#include "kansio-window.h"

static gboolean
has_left_connecting (gpointer window)
{
  return g_strcmp0 (kansio_window_get_visible_page (window), "connecting") != 0;
}

static void
test_workspace_shows_plugin (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioContext) context = kansio_test_context_for (test_database, "demo_paakayttaja");
  KansioWindow *window
      = g_object_ref_sink (kansio_window_new (NULL, kansio_test_widgets_get_plugins ()));
  GtkWidget *row;
  GtkWidget *page;
  KansioPlugin *plugin;

  gtk_window_present (GTK_WINDOW (window));
  kansio_test_wait_until (kansio_test_is_mapped, window);
  g_assert_cmpstr (kansio_window_get_visible_page (window), ==, "connecting");

  kansio_window_show_context (window, context, "Demo database");
  g_assert_cmpstr (kansio_window_get_visible_page (window), ==, "workspace");
  g_assert_true (kansio_window_get_context (window) == context);

  /* A main user: the administration plugin, and no client search. */
  g_assert_null (kansio_test_find_widget_by_name (GTK_WIDGET (window), "clients"));
  row = kansio_test_find_widget_by_name (GTK_WIDGET (window), "test-area");
  g_assert_nonnull (row);
  g_assert_true (GTK_IS_LIST_BOX_ROW (row));
  kansio_test_wait_until (kansio_test_is_mapped, row);
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (row)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (kansio_window_get_workspace_stack (window)),
                   ==, "test-area");
  page = kansio_test_find_widget_by_name (GTK_WIDGET (window), "test-plugin-page");
  g_assert_nonnull (page);
  kansio_test_wait_until (kansio_test_is_mapped, page);

  /* The demo badge is on screen. */
  g_assert_nonnull (kansio_test_find_label (GTK_WIDGET (window), "Demo database"));

  /* Its actions are reachable under its id. */
  plugin = g_list_model_get_item (
      kansio_plugin_registry_get_plugins (kansio_test_widgets_get_plugins ()), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "test-area.greet", NULL));
  g_assert_cmpuint (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (plugin), "greetings")), ==, 1);
  g_object_unref (plugin);

  kansio_test_destroy_window (window);
}

static void
test_failed_connection (void)
{
  g_autoptr (GSettings) settings = g_settings_new ("fi.kansio.Kansio");
  g_autoptr (KansioConnector) connector = NULL;
  KansioWindow *window
      = g_object_ref_sink (kansio_window_new (NULL, kansio_test_widgets_get_plugins ()));
  GtkWidget *message;

  g_settings_set_string (settings, "server-host", "/nonexistent/socket/folder");
  g_settings_set_string (settings, "server-user", "caseworker");
  connector = kansio_connector_new (settings);
  g_assert_false (kansio_connector_get_use_demo (connector));

  gtk_window_present (GTK_WINDOW (window));
  kansio_window_connect (window, connector);
  kansio_test_wait_until (has_left_connecting, window);
  g_assert_cmpstr (kansio_window_get_visible_page (window), ==, "failed");

  /* The reason in words, and the ways on: retry, or the demo database. */
  message = kansio_test_find_label (GTK_WIDGET (window),
                                    "The database server could not be reached. Check the "
                                    "server address, or the server may be down.");
  g_assert_nonnull (message);
  g_assert_nonnull (kansio_test_find_label (GTK_WIDGET (window), "Use the _Demo Database"));
  g_assert_nonnull (kansio_test_find_label (GTK_WIDGET (window), "_Try Again"));

  /* Retrying fails the same way, and says so again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.retry-connection", NULL));
  kansio_test_wait_until (has_left_connecting, window);
  g_assert_cmpstr (kansio_window_get_visible_page (window), ==, "failed");

  kansio_test_destroy_window (window);
}

static gboolean
has_left_connecting_for_good (gpointer window)
{
  const char *page = kansio_window_get_visible_page (window);
  return g_strcmp0 (page, "connecting") != 0;
}

/* A configured server: the keyring has no password, and the server (trust
 * on its socket) takes the user without one. */
static void
test_server_login (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (GSettings) settings = g_settings_new ("fi.kansio.Kansio");
  g_autofree char *socket_directory
      = g_build_filename (kansio_test_get_server_directory (), "socket", NULL);
  g_autoptr (KansioConnector) connector = NULL;
  KansioWindow *window
      = g_object_ref_sink (kansio_window_new (NULL, kansio_test_widgets_get_plugins ()));

  g_settings_set_string (settings, "server-host", socket_directory);
  g_settings_set_string (settings, "server-database", test_database->name);
  g_settings_set_string (settings, "server-user", "demo_tarkastaja");
  connector = kansio_connector_new (settings);

  gtk_window_present (GTK_WINDOW (window));
  kansio_window_connect (window, connector);
  kansio_test_wait_until (has_left_connecting_for_good, window);
  g_assert_cmpstr (kansio_window_get_visible_page (window), ==, "workspace");
  g_assert_cmpstr (
      kansio_user_get_login_role (kansio_context_get_user (kansio_window_get_context (window))), ==,
      "demo_tarkastaja");
  g_assert_false (kansio_context_get_is_demo (kansio_window_get_context (window)));

  /* Logging out leads back to the login form, user name filled in. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.log-out", NULL));
  g_assert_cmpstr (kansio_window_get_visible_page (window), ==, "login");
  g_assert_null (kansio_window_get_context (window));

  g_settings_reset (settings, "server-host");
  g_settings_reset (settings, "server-database");
  g_settings_reset (settings, "server-user");
  kansio_test_destroy_window (window);
}

static void
test_preferences_window (void)
{
  AdwComboRow *language_row;
  g_autofree char *language = NULL;
  g_autoptr (GSettings) settings = g_settings_new ("fi.kansio.Kansio");
  KansioPreferencesWindow *preferences
      = g_object_ref_sink (kansio_preferences_window_new (settings));

  g_settings_set_string (settings, "server-host", "db.example.fi");
  g_settings_set_uint (settings, "server-port", 6432);
  g_settings_set_string (settings, "server-tls-mode", "verify-ca");
  gtk_window_present (GTK_WINDOW (preferences));
  kansio_test_wait_until (kansio_test_is_mapped, preferences);

  g_assert_nonnull (
      kansio_test_find_label (GTK_WIDGET (preferences), "Verify the certificate authority"));

  /* The language setting and its row follow each other, both ways. */
  language_row = ADW_COMBO_ROW (
      kansio_test_find_row_titled (GTK_WIDGET (preferences), "Interface Language"));
  g_assert_nonnull (language_row);
  g_assert_cmpuint (adw_combo_row_get_selected (language_row), ==, 0);
  g_settings_set_string (settings, "language", "sv");
  g_assert_cmpuint (adw_combo_row_get_selected (language_row), ==, 2);
  adw_combo_row_set_selected (language_row, 1);
  language = g_settings_get_string (settings, "language");
  g_assert_cmpstr (language, ==, "fi");
  g_settings_reset (settings, "language");

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_assert_finalize_object (preferences);
}

/* The window's shortcuts are the application's: they work wherever the
 * focus is, and the main menu shows each beside its item, the same as the
 * shortcuts window. */
static void
test_accels (void)
{
  g_autoptr (GtkApplication) application
      = gtk_application_new ("fi.kansio.KansioAccelTest", G_APPLICATION_NON_UNIQUE);
  const struct
  {
    const char *action;
    const char *accel;
  } expected[] = {
    { "win.search", "<Control>k" },
    { "win.new-client", "<Control>n" },
    { "win.show-area(1)", "<Alt>1" },
    { "win.show-area(9)", "<Alt>9" },
  };

  kansio_window_set_accels (application);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto (GStrv) accels
          = gtk_application_get_accels_for_action (application, expected[i].action);
      g_assert_true (accels != NULL
                     && g_strv_contains ((const char *const *) accels, expected[i].accel));
    }
}

int
main (int argc, char *argv[])
{
  kansio_test_widgets_init (&argc, &argv);

  kansio_test_widgets_add ("/window/workspace-shows-plugin", test_workspace_shows_plugin);
  kansio_test_widgets_add ("/window/failed-connection", test_failed_connection);
  kansio_test_widgets_add ("/window/server-login", test_server_login);
  kansio_test_widgets_add ("/window/preferences", test_preferences_window);
  kansio_test_widgets_add ("/window/accels", test_accels);

  return kansio_test_widgets_run ();
}
