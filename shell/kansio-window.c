/* kansio-window.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-startup-timer.h"
#include "kansio-window.h"

struct _KansioWindow
{
  AdwApplicationWindow parent_instance;

  KansioPluginRegistry *plugins;
  KansioConnector *connector;
  KansioContext *context;
  GCancellable *cancellable;
  GPtrArray *loaded_plugins;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget *demo_badge;
  GtkStack *main_stack;
  AdwStatusPage *failed_page;
  GtkWidget *password_group;
  GtkPasswordEntry *password_entry;
  GtkWidget *retry_button;
  GtkWidget *use_demo_button;
  GtkLabel *technical_label;
  GtkWidget *sidebar;
  GtkWidget *sidebar_separator;
  GtkListBox *sidebar_list;
  GtkStack *workspace_stack;
  AdwLeaflet *leaflet;
  AdwToastOverlay *toast_overlay;
};

G_DEFINE_FINAL_TYPE (KansioWindow, kansio_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_PLUGINS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_connecting (KansioWindow *self);

static int
compare_plugins_by_area (gconstpointer a, gconstpointer b)
{
  KansioPlugin *pa = *(KansioPlugin **) a;
  KansioPlugin *pb = *(KansioPlugin **) b;
  int area_a = kansio_plugin_get_service_area (pa);
  int area_b = kansio_plugin_get_service_area (pb);

  if (area_a != area_b)
    return area_a - area_b;
  return g_utf8_collate (kansio_plugin_get_name (pa), kansio_plugin_get_name (pb));
}

static GtkWidget *
create_sidebar_row (KansioPlugin *plugin)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (kansio_plugin_get_name (plugin));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box),
                  gtk_image_new_from_icon_name (kansio_plugin_get_icon_name (plugin)));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, kansio_plugin_get_id (plugin));
  return row;
}

static void
add_plugin (KansioWindow *self, KansioPlugin *plugin)
{
  const char *id = kansio_plugin_get_id (plugin);
  GActionGroup *actions;
  GtkWidget *page;
  GtkStackPage *stack_page;

  kansio_plugin_load (plugin, self->context);
  g_ptr_array_add (self->loaded_plugins, g_object_ref (plugin));

  actions = kansio_plugin_get_action_group (plugin);
  if (actions != NULL)
    gtk_widget_insert_action_group (GTK_WIDGET (self), id, actions);

  page = kansio_plugin_create_workspace_page (plugin);
  if (page == NULL)
    return;

  stack_page = gtk_stack_add_named (self->workspace_stack, page, id);
  gtk_stack_page_set_title (stack_page, kansio_plugin_get_name (plugin));
  gtk_stack_page_set_icon_name (stack_page, kansio_plugin_get_icon_name (plugin));
  gtk_list_box_append (self->sidebar_list, create_sidebar_row (plugin));
}

static void
add_plugins (KansioWindow *self)
{
  GListModel *model = kansio_plugin_registry_get_plugins (self->plugins);
  g_autoptr (GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  GtkListBoxRow *first;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (model, i));
  g_ptr_array_sort (sorted, compare_plugins_by_area);

  for (guint i = 0; i < sorted->len; i++)
    add_plugin (self, g_ptr_array_index (sorted, i));

  /* No areas to choose from: no sidebar, just the explanation. */
  first = gtk_list_box_get_row_at_index (self->sidebar_list, 0);
  gtk_widget_set_visible (self->sidebar, first != NULL);
  gtk_widget_set_visible (self->sidebar_separator, first != NULL);
  if (first != NULL)
    gtk_list_box_select_row (self->sidebar_list, first);
}

static void
report_skipped_plugins (KansioWindow *self)
{
  guint n_failures;
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (self->plugins == NULL
      || (n_failures = kansio_plugin_registry_get_n_failures (self->plugins)) == 0)
    return;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u plugin could not be loaded",
                                       "%u plugins could not be loaded", n_failures),
                          n_failures);
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _ ("_Details"));
  adw_toast_set_action_name (toast, "app.about");
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
unload_plugins (KansioWindow *self)
{
  for (guint i = 0; i < self->loaded_plugins->len; i++)
    kansio_plugin_unload (g_ptr_array_index (self->loaded_plugins, i));
  g_ptr_array_set_size (self->loaded_plugins, 0);
}

static void
show_failure (KansioWindow *self, const GError *error)
{
  const char *technical = kansio_database_error_get_server_message (error);
  gboolean on_server = self->connector != NULL && !kansio_connector_get_use_demo (self->connector);
  gboolean needs_password
      = g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_AUTHENTICATION_FAILED);

  adw_status_page_set_description (self->failed_page, error->message);
  gtk_label_set_label (self->technical_label, technical != NULL ? technical : "");
  gtk_widget_set_visible (GTK_WIDGET (self->technical_label), technical != NULL);
  gtk_widget_set_visible (self->password_group, on_server && needs_password);
  gtk_widget_set_visible (self->use_demo_button, on_server);
  gtk_stack_set_visible_child_name (self->main_stack, "failed");

  /* Enter in the password field tries again. */
  gtk_window_set_default_widget (GTK_WINDOW (self), self->retry_button);
  if (on_server && needs_password)
    gtk_widget_grab_focus (GTK_WIDGET (self->password_entry));
  else
    gtk_widget_grab_focus (self->retry_button);
}

static void
on_connected_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioContext) context = NULL;
  g_autofree char *description = NULL;

  context = kansio_connector_connect_finish (KANSIO_CONNECTOR (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (context == NULL)
    {
      g_message ("Could not connect: %s", error->message);
      show_failure (self, error);
      return;
    }

  description = kansio_connector_describe_server (self->connector);
  kansio_window_show_context (self, context, description);
}

static void
start_connecting (KansioWindow *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  gtk_stack_set_visible_child_name (self->main_stack, "connecting");
  kansio_connector_connect_async (self->connector, self->cancellable, on_connected_cb,
                                  g_object_ref (self));
}

static void
on_sidebar_row_selected_cb (KansioWindow *self, GtkListBoxRow *row)
{
  if (row == NULL)
    return;
  gtk_stack_set_visible_child_name (self->workspace_stack, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_first_frame_cb (GdkFrameClock *clock, KansioWindow *self)
{
  kansio_startup_timer_mark ("first frame");
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, self);
}

static void
kansio_window_retry_connection_action (GtkWidget *widget,
                                       const char *action_name,
                                       GVariant *parameter)
{
  KansioWindow *self = KANSIO_WINDOW (widget);
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_entry));

  if (self->connector == NULL)
    return;
  if (*password != '\0')
    kansio_connector_set_password (self->connector, password);
  gtk_editable_set_text (GTK_EDITABLE (self->password_entry), "");
  start_connecting (self);
}

static void
kansio_window_use_demo_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioWindow *self = KANSIO_WINDOW (widget);

  if (self->connector == NULL)
    return;
  kansio_connector_set_use_demo (self->connector, TRUE);
  start_connecting (self);
}

static void
kansio_window_show_area_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioWindow *self = KANSIO_WINDOW (widget);
  GtkListBoxRow *row
      = gtk_list_box_get_row_at_index (self->sidebar_list, g_variant_get_int32 (parameter) - 1);

  if (row != NULL)
    gtk_list_box_select_row (self->sidebar_list, row);
}

static void
kansio_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kansio_window_parent_class)->realize (widget);

  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_first_frame_cb), widget);
}

static void
kansio_window_unrealize (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (widget), on_first_frame_cb,
                                        widget);
  GTK_WIDGET_CLASS (kansio_window_parent_class)->unrealize (widget);
}

static void
kansio_window_dispose (GObject *object)
{
  KansioWindow *self = (KansioWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->loaded_plugins != NULL)
    unload_plugins (self);
  g_clear_pointer (&self->loaded_plugins, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->connector);
  g_clear_object (&self->plugins);

  gtk_widget_dispose_template (GTK_WIDGET (self), KANSIO_TYPE_WINDOW);

  G_OBJECT_CLASS (kansio_window_parent_class)->dispose (object);
}

static void
kansio_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KansioWindow *self = KANSIO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PLUGINS:
      g_value_set_object (value, self->plugins);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  KansioWindow *self = KANSIO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PLUGINS:
      self->plugins = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_window_class_init (KansioWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kansio_window_dispose;
  object_class->get_property = kansio_window_get_property;
  object_class->set_property = kansio_window_set_property;
  widget_class->realize = kansio_window_realize;
  widget_class->unrealize = kansio_window_unrealize;

  properties[PROP_PLUGINS]
      = g_param_spec_object ("plugins", NULL, NULL, KANSIO_TYPE_PLUGIN_REGISTRY,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/fi/kansio/Kansio/kansio-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, demo_badge);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, failed_page);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, password_group);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, password_entry);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, retry_button);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, use_demo_button);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, technical_label);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, workspace_stack);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "win.retry-connection", NULL,
                                   kansio_window_retry_connection_action);
  gtk_widget_class_install_action (widget_class, "win.use-demo", NULL,
                                   kansio_window_use_demo_action);
  gtk_widget_class_install_action (widget_class, "win.show-area", "i",
                                   kansio_window_show_area_action);

  for (int i = 1; i <= 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_ALT_MASK, "win.show-area",
                                         "i", i);
}

static void
kansio_window_init (KansioWindow *self)
{
  self->loaded_plugins = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_str_has_suffix (APP_ID, ".Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/**
 * kansio_window_new:
 * @plugins: the loaded plugins whose pages the window shows
 *
 * Returns: (transfer full): a window showing "Connecting"
 */
KansioWindow *
kansio_window_new (GtkApplication *application, KansioPluginRegistry *plugins)
{
  return g_object_new (KANSIO_TYPE_WINDOW, "application", application, "plugins", plugins, NULL);
}

/**
 * kansio_window_connect:
 *
 * Connects with @connector and shows the workspace, or why not.
 */
void
kansio_window_connect (KansioWindow *self, KansioConnector *connector)
{
  g_return_if_fail (KANSIO_IS_WINDOW (self));
  g_return_if_fail (KANSIO_IS_CONNECTOR (connector));

  g_set_object (&self->connector, connector);
  start_connecting (self);
}

/**
 * kansio_window_show_context:
 * @server_description: what to show under the title
 *
 * Shows the workspace for an already connected @context (tests use this
 * directly, with a database of their own).
 */
void
kansio_window_show_context (KansioWindow *self,
                            KansioContext *context,
                            const char *server_description)
{
  g_return_if_fail (KANSIO_IS_WINDOW (self));
  g_return_if_fail (KANSIO_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  adw_window_title_set_subtitle (self->window_title, server_description);
  gtk_widget_set_visible (self->demo_badge, kansio_context_get_is_demo (context));

  if (self->plugins != NULL)
    add_plugins (self);
  report_skipped_plugins (self);

  gtk_stack_set_visible_child_name (self->main_stack, "workspace");
  kansio_startup_timer_mark ("workspace shown");
}

/**
 * kansio_window_get_context:
 *
 * Returns: (transfer none) (nullable): the context, once connected
 */
KansioContext *
kansio_window_get_context (KansioWindow *self)
{
  g_return_val_if_fail (KANSIO_IS_WINDOW (self), NULL);
  return self->context;
}

/**
 * kansio_window_get_visible_page:
 *
 * Returns: "connecting", "failed" or "workspace"
 */
const char *
kansio_window_get_visible_page (KansioWindow *self)
{
  g_return_val_if_fail (KANSIO_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->main_stack);
}

/**
 * kansio_window_get_workspace_stack:
 *
 * Returns: (transfer none): the stack of service-area pages
 */
GtkStack *
kansio_window_get_workspace_stack (KansioWindow *self)
{
  g_return_val_if_fail (KANSIO_IS_WINDOW (self), NULL);
  return self->workspace_stack;
}
