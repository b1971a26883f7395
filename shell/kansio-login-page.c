/* kansio-login-page.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-login-page"

#include "config.h"

#include "kansio-login-page.h"

/* The window's login form: on the demo database a list of its users, on
 * a server the user name and password. It only asks; the window logs in
 * when it emits "log-in". */
struct _KansioLoginPage
{
  AdwBin parent_instance;

  GPtrArray *demo_user_rows;

  GtkLabel *error_label;
  AdwPreferencesGroup *demo_users_group;
  GtkWidget *server_login_group;
  AdwEntryRow *user_row;
  AdwPasswordEntryRow *password_row;
  AdwComboRow *remember_row;
  GtkWidget *log_in_button;
};

G_DEFINE_FINAL_TYPE (KansioLoginPage, kansio_login_page, ADW_TYPE_BIN)

enum
{
  LOG_IN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_demo_user_activated_cb (AdwActionRow *row, KansioLoginPage *self)
{
  g_signal_emit (self, signals[LOG_IN], 0, gtk_widget_get_name (GTK_WIDGET (row)), NULL);
}

static void
on_password_activated_cb (KansioLoginPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "login.log-in", NULL);
}

static void
kansio_login_page_log_in_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioLoginPage *self = KANSIO_LOGIN_PAGE (widget);
  g_autofree char *password = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->password_row)));

  /* Not kept on screen while the login is tried, nor after it. */
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  g_signal_emit (self, signals[LOG_IN], 0, gtk_editable_get_text (GTK_EDITABLE (self->user_row)),
                 password);
}

static void
kansio_login_page_dispose (GObject *object)
{
  KansioLoginPage *self = (KansioLoginPage *) object;

  g_clear_pointer (&self->demo_user_rows, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), KANSIO_TYPE_LOGIN_PAGE);

  G_OBJECT_CLASS (kansio_login_page_parent_class)->dispose (object);
}

static void
kansio_login_page_class_init (KansioLoginPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kansio_login_page_dispose;

  /**
   * KansioLoginPage::log-in:
   * @user_name: (nullable): the user name typed, or the demo user's role
   * @password: (nullable): the password typed; %NULL for a demo user
   *
   * The user asks to log in.
   */
  signals[LOG_IN] = g_signal_new ("log-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/kansio-login-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KansioLoginPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, KansioLoginPage, demo_users_group);
  gtk_widget_class_bind_template_child (widget_class, KansioLoginPage, server_login_group);
  gtk_widget_class_bind_template_child (widget_class, KansioLoginPage, user_row);
  gtk_widget_class_bind_template_child (widget_class, KansioLoginPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, KansioLoginPage, remember_row);
  gtk_widget_class_bind_template_child (widget_class, KansioLoginPage, log_in_button);
  gtk_widget_class_bind_template_callback (widget_class, on_password_activated_cb);

  gtk_widget_class_install_action (widget_class, "login.log-in", NULL,
                                   kansio_login_page_log_in_action);
}

static void
kansio_login_page_init (KansioLoginPage *self)
{
  self->demo_user_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kansio_login_page_set_demo_users:
 * @users: the demo database's users (KansioDemoUser)
 *
 * Lists the users of the demo database, to log in as one of them.
 */
void
kansio_login_page_set_demo_users (KansioLoginPage *self, GListModel *users)
{
  gboolean swedish = kansio_i18n_interface_is_swedish ();

  g_return_if_fail (KANSIO_IS_LOGIN_PAGE (self));
  g_return_if_fail (G_IS_LIST_MODEL (users));

  for (guint i = 0; i < self->demo_user_rows->len; i++)
    adw_preferences_group_remove (self->demo_users_group,
                                  g_ptr_array_index (self->demo_user_rows, i));
  g_ptr_array_set_size (self->demo_user_rows, 0);

  for (guint i = 0; i < g_list_model_get_n_items (users); i++)
    {
      g_autoptr (KansioDemoUser) user = g_list_model_get_item (users, i);
      GtkWidget *row = adw_action_row_new ();
      const char *title
          = swedish ? kansio_demo_user_get_title_sv (user) : kansio_demo_user_get_title_fi (user);
      const char *unit = swedish ? kansio_demo_user_get_unit_name_sv (user)
                                 : kansio_demo_user_get_unit_name_fi (user);
      const char *roles
          = swedish ? kansio_demo_user_get_roles_sv (user) : kansio_demo_user_get_roles_fi (user);
      g_autofree char *subtitle = g_strdup_printf ("%s, %s\n%s", title, unit, roles ?: "");

      gtk_widget_set_name (row, kansio_demo_user_get_login_role (user));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     kansio_demo_user_get_full_name (user));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_demo_user_activated_cb), self, 0);
      adw_preferences_group_add (self->demo_users_group, row);
      g_ptr_array_add (self->demo_user_rows, row);
    }
}

/**
 * kansio_login_page_show:
 * @connector: what the login goes through: the demo database or a server
 * @error_message: (nullable): why the last login failed
 *
 * Readies the form for @connector: the demo users, or the server's form
 * with the configured user name and the focus on the password. Call it
 * once the page is the one shown.
 */
void
kansio_login_page_show (KansioLoginPage *self,
                        KansioConnector *connector,
                        const char *error_message)
{
  g_autofree char *user = NULL;
  GtkRoot *root;
  gboolean demo;

  g_return_if_fail (KANSIO_IS_LOGIN_PAGE (self));
  g_return_if_fail (KANSIO_IS_CONNECTOR (connector));

  demo = kansio_connector_get_use_demo (connector);
  gtk_label_set_label (self->error_label, error_message != NULL ? error_message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error_message != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->demo_users_group), demo);
  gtk_widget_set_visible (self->server_login_group, !demo);
  gtk_widget_set_visible (self->log_in_button, !demo);
  if (demo)
    return;

  user = kansio_connector_dup_default_user (connector);
  kansio_connector_bind_remember (connector, G_OBJECT (self->remember_row), "selected");
  if (*gtk_editable_get_text (GTK_EDITABLE (self->user_row)) == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->user_row), user ?: "");
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_default_widget (GTK_WINDOW (root), self->log_in_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}
