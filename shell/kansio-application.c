/* kansio-application.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-application"

#include "config.h"

#include <signal.h>

#include <glib-unix.h>
#include <glib/gi18n-lib.h>

#include "kansio-application.h"
#include "kansio-connector.h"
#include "kansio-preferences-window.h"
#include "kansio-window.h"

struct _KansioApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  KansioPluginRegistry *plugins;
  KansioConnector *connector;
};

G_DEFINE_FINAL_TYPE (KansioApplication, kansio_application, ADW_TYPE_APPLICATION)

static void
kansio_application_preferences_action (GSimpleAction *action,
                                       GVariant *parameter,
                                       gpointer user_data)
{
  KansioApplication *self = user_data;
  KansioPreferencesWindow *preferences = kansio_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
kansio_application_about_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  KansioApplication *self = user_data;
  g_autofree char *debug_info = kansio_plugin_registry_describe (self->plugins);
  const char *developers[] = { "The Kansio authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW, "transient-for",
                        gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", "Kansio", "application-icon", APP_ID, "developer-name",
                        _ ("The Kansio authors"), "version", PACKAGE_VERSION, "comments",
                        _ ("Case management for municipal social services."), "license-type",
                        GTK_LICENSE_GPL_3_0, "developers", developers, "translator-credits",
                        _ ("translator-credits"), "debug-info", debug_info, "debug-info-filename",
                        "kansio-plugins.txt", NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
kansio_application_quit_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static gboolean
on_termination_signal_cb (gpointer user_data)
{
  /* Quit cleanly, so the demo server is stopped when we were its last user. */
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_CONTINUE;
}

static const GActionEntry app_actions[] = {
  { "preferences", kansio_application_preferences_action },
  { "about", kansio_application_about_action },
  { "quit", kansio_application_quit_action },
};

static void
kansio_application_startup (GApplication *application)
{
  KansioApplication *self = KANSIO_APPLICATION (application);
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (kansio_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  kansio_window_set_accels (GTK_APPLICATION (self));

  g_unix_signal_add (SIGTERM, on_termination_signal_cb, self);
  g_unix_signal_add (SIGINT, on_termination_signal_cb, self);
  g_unix_signal_add (SIGHUP, on_termination_signal_cb, self);

  self->plugins = kansio_plugin_registry_new ();
  kansio_plugin_registry_add_default_directories (self->plugins);
  kansio_plugin_registry_load (self->plugins);
}

static void
kansio_application_activate (GApplication *application)
{
  KansioApplication *self = KANSIO_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      KansioWindow *main_window = kansio_window_new (GTK_APPLICATION (self), self->plugins);

      if (self->connector == NULL)
        self->connector = kansio_connector_new (self->settings);
      kansio_window_connect (main_window, self->connector);
      window = GTK_WINDOW (main_window);
    }

  gtk_window_present (window);
}

static void
on_sealed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  GAsyncResult **out = user_data;
  *out = g_object_ref (result);
}

/* The demo server has no helpdesk timer: its logs are sealed, and the new
 * heads signed into DIRECTORY/audit, when Kansio quits. */
static void
seal_demo_logs (KansioLocalServer *server)
{
  g_autofree char *conninfo = kansio_local_server_get_conninfo (server, NULL);
  g_autofree char *directory
      = g_build_filename (kansio_local_server_get_directory (server), "audit", NULL);
  g_autoptr (KansioDatabase) database = kansio_database_new (conninfo);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  guint64 n_sealed = 0;

  kansio_audit_seal_async (database, directory, NULL, on_sealed_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (!kansio_audit_seal_finish (result, &n_sealed, &error))
    g_warning ("Could not seal the demo server's logs: %s", error->message);
  else
    g_debug ("Sealed %" G_GUINT64_FORMAT " log rows into %s", n_sealed, directory);
  kansio_database_close (database);
}

static void
kansio_application_shutdown (GApplication *application)
{
  KansioApplication *self = KANSIO_APPLICATION (application);
  KansioLocalServer *server = NULL;
  g_autoptr (GError) error = NULL;

  G_APPLICATION_CLASS (kansio_application_parent_class)->shutdown (application);

  /* The windows and their connections are gone; stop the demo server if
   * no other Kansio uses it. */
  if (self->connector != NULL)
    server = kansio_connector_get_local_server (self->connector);
  if (server != NULL && kansio_local_server_is_running (server))
    seal_demo_logs (server);
  if (server != NULL && !kansio_local_server_release (server, &error))
    g_warning ("Could not stop the demo server: %s", error->message);
}

static void
kansio_application_dispose (GObject *object)
{
  KansioApplication *self = (KansioApplication *) object;

  g_clear_object (&self->connector);
  g_clear_object (&self->plugins);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kansio_application_parent_class)->dispose (object);
}

static void
kansio_application_class_init (KansioApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = kansio_application_dispose;
  application_class->startup = kansio_application_startup;
  application_class->activate = kansio_application_activate;
  application_class->shutdown = kansio_application_shutdown;
}

static void
kansio_application_init (KansioApplication *self)
{
}

KansioApplication *
kansio_application_new (GSettings *settings)
{
  KansioApplication *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self
      = g_object_new (KANSIO_TYPE_APPLICATION, "application-id", APP_ID, "flags",
                      G_APPLICATION_DEFAULT_FLAGS, "resource-base-path", "/fi/kansio/Kansio", NULL);
  self->settings = g_object_ref (settings);
  return self;
}

/**
 * kansio_application_get_plugins:
 *
 * Returns: (transfer none): the plugins found at startup
 */
KansioPluginRegistry *
kansio_application_get_plugins (KansioApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_APPLICATION (self), NULL);
  return self->plugins;
}

GSettings *
kansio_application_get_settings (KansioApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_APPLICATION (self), NULL);
  return self->settings;
}
