/* kansio-preferences-window.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-preferences-window"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <kansio.h>

#include "kansio-preferences-window.h"

struct _KansioPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;
  GCancellable *cancellable;

  AdwEntryRow *host_row;
  GtkSpinButton *port_spin;
  AdwEntryRow *database_row;
  AdwEntryRow *user_row;
  AdwComboRow *tls_row;
  AdwPasswordEntryRow *password_row;
  AdwComboRow *remember_row;
  AdwComboRow *language_row;
};

G_DEFINE_FINAL_TYPE (KansioPreferencesWindow,
                     kansio_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

/* The combo rows' positions, in the order of their .ui items. */
static const char *const tls_modes[]
    = { "auto", "disable", "require", "verify-ca", "verify-full", NULL };
static const char *const remember_modes[] = { "session", "permanent", NULL };
static const char *const languages[] = { "", "fi", "sv", "en", NULL };

static gboolean
get_choice_mapping (GValue *value, GVariant *variant, gpointer user_data)
{
  const char *const *choices = user_data;
  const char *current = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], current))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
set_choice_mapping (const GValue *value, const GVariantType *expected_type, gpointer user_data)
{
  const char *const *choices = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) choices))
    return NULL;
  return g_variant_new_string (choices[position]);
}

static void
bind_choice (KansioPreferencesWindow *self,
             const char *key,
             AdwComboRow *row,
             const char *const *choices)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                get_choice_mapping, set_choice_mapping, (gpointer) choices, NULL);
}

static void
show_toast (KansioPreferencesWindow *self, const char *text)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (text));
}

static void
on_password_saved_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioPreferencesWindow) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!kansio_password_store_save_finish (result, &error))
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      text = g_strdup_printf (_ ("The password could not be saved in the keyring: %s"),
                              error->message);
      show_toast (self, text);
      return;
    }
  show_toast (self, _ ("Password saved in the keyring"));
}

static void
on_password_row_apply_cb (KansioPreferencesWindow *self)
{
  g_autoptr (KansioServerSettings) server
      = kansio_server_settings_new_from_gsettings (self->settings);
  g_autofree char *remember = g_settings_get_string (self->settings, "remember-password");
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  kansio_password_store_save_async (server, password, g_str_equal (remember, "permanent"),
                                    self->cancellable, on_password_saved_cb, g_object_ref (self));
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
}

static void
on_password_forgotten_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioPreferencesWindow) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!kansio_password_store_forget_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_toast (self, error->message);
      return;
    }
  show_toast (self, _ ("The saved password was removed"));
}

static void
kansio_preferences_window_forget_password_action (GtkWidget *widget,
                                                  const char *action_name,
                                                  GVariant *parameter)
{
  KansioPreferencesWindow *self = KANSIO_PREFERENCES_WINDOW (widget);
  g_autoptr (KansioServerSettings) server
      = kansio_server_settings_new_from_gsettings (self->settings);

  kansio_password_store_forget_async (server, self->cancellable, on_password_forgotten_cb,
                                      g_object_ref (self));
}

static void
on_language_changed_cb (KansioPreferencesWindow *self)
{
  show_toast (self, _ ("Restart Kansio to change the language"));
}

static void
kansio_preferences_window_dispose (GObject *object)
{
  KansioPreferencesWindow *self = (KansioPreferencesWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), KANSIO_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (kansio_preferences_window_parent_class)->dispose (object);
}

static void
kansio_preferences_window_class_init (KansioPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kansio_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/kansio-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KansioPreferencesWindow, host_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPreferencesWindow, port_spin);
  gtk_widget_class_bind_template_child (widget_class, KansioPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPreferencesWindow, user_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPreferencesWindow, tls_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPreferencesWindow, password_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPreferencesWindow, remember_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPreferencesWindow, language_row);
  gtk_widget_class_bind_template_callback (widget_class, on_password_row_apply_cb);

  gtk_widget_class_install_action (widget_class, "preferences.forget-password", NULL,
                                   kansio_preferences_window_forget_password_action);
}

static void
kansio_preferences_window_init (KansioPreferencesWindow *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kansio_preferences_window_new:
 * @settings: the application's settings, edited in place
 *
 * Returns: (transfer full): a new preferences window
 */
KansioPreferencesWindow *
kansio_preferences_window_new (GSettings *settings)
{
  KansioPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (KANSIO_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind (settings, "server-host", self->host_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "server-port", self->port_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "server-database", self->database_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "server-user", self->user_row, "text", G_SETTINGS_BIND_DEFAULT);
  bind_choice (self, "server-tls-mode", self->tls_row, tls_modes);
  bind_choice (self, "remember-password", self->remember_row, remember_modes);
  bind_choice (self, "language", self->language_row, languages);

  g_signal_connect_object (settings, "changed::language", G_CALLBACK (on_language_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}
