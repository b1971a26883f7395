/* kansio-window.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-audit-page.h"
#include "kansio-client-page.h"
#include "kansio-login-page.h"
#include "kansio-person-editor.h"
#include "kansio-search-page.h"
#include "kansio-startup-timer.h"
#include "kansio-window.h"

#define CLIENTS_PAGE "clients"

/* The main window: connecting → logging in → the workspace, whose sidebar
 * has the client search and the service areas the user has rights to. */
struct _KansioWindow
{
  AdwApplicationWindow parent_instance;

  KansioPluginRegistry *plugins;
  KansioConnector *connector;
  KansioContext *context;
  GCancellable *cancellable;
  GPtrArray *loaded_plugins;
  GPtrArray *area_widgets; /* sidebar rows and pages added for plugins */
  KansioSearchPage *search_page;
  KansioClientPage *client_page;

  /* Template widgets */
  GtkWidget *header_bar;
  GtkWidget *sidebar_button;
  guint folded_idle;
  AdwWindowTitle *window_title;
  GtkWidget *demo_badge;
  GtkSearchEntry *search_entry;
  GtkWidget *new_client_button;
  GtkStack *main_stack;
  KansioLoginPage *login_page;
  AdwStatusPage *failed_page;
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

/* Sidebar and plugins */

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
create_sidebar_row (const char *id, const char *name, const char *icon_name)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (name);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, id);
  return row;
}

/* The database decides what a user may do; this only keeps out of sight
 * what they could not use anyway. */
static gboolean
user_may_use (KansioWindow *self, KansioPlugin *plugin)
{
  KansioUser *user = kansio_context_get_user (self->context);

  return user == NULL || kansio_user_has_area (user, kansio_plugin_get_service_area (plugin));
}

static void
add_plugin (KansioWindow *self, KansioPlugin *plugin)
{
  const char *id = kansio_plugin_get_id (plugin);
  GActionGroup *actions;
  GtkWidget *page;
  GtkWidget *row;
  GtkStackPage *stack_page;

  kansio_plugin_load (plugin, self->context);
  g_ptr_array_add (self->loaded_plugins, g_object_ref (plugin));

  actions = kansio_plugin_get_action_group (plugin);
  if (actions != NULL)
    gtk_widget_insert_action_group (GTK_WIDGET (self), id, actions);
  kansio_client_page_add_area_actions (self->client_page, kansio_plugin_get_service_area (plugin),
                                       id, actions);

  page = kansio_plugin_create_workspace_page (plugin);
  if (page == NULL)
    return;

  stack_page = gtk_stack_add_named (self->workspace_stack, page, id);
  gtk_stack_page_set_title (stack_page, kansio_plugin_get_name (plugin));
  gtk_stack_page_set_icon_name (stack_page, kansio_plugin_get_icon_name (plugin));
  row = create_sidebar_row (id, kansio_plugin_get_name (plugin),
                            kansio_plugin_get_icon_name (plugin));
  gtk_list_box_append (self->sidebar_list, row);
  g_ptr_array_add (self->area_widgets, page);
  g_ptr_array_add (self->area_widgets, row);
}

static void
add_clients_entry (KansioWindow *self)
{
  GtkWidget *row = create_sidebar_row (CLIENTS_PAGE, _ ("Clients"), "system-users-symbolic");

  gtk_list_box_append (self->sidebar_list, row);
  g_ptr_array_add (self->area_widgets, row);
}

/* Auditors answer clients' requests for the usage log. */
static void
add_audit_entry (KansioWindow *self)
{
  GtkWidget *page = kansio_audit_page_new (self->context);
  GtkWidget *row = create_sidebar_row ("audit", _ ("Usage Log"), "system-search-symbolic");
  GtkStackPage *stack_page = gtk_stack_add_named (self->workspace_stack, page, "audit");

  gtk_stack_page_set_title (stack_page, _ ("Usage Log"));
  gtk_list_box_append (self->sidebar_list, row);
  g_ptr_array_add (self->area_widgets, page);
  g_ptr_array_add (self->area_widgets, row);
}

static void
add_plugins (KansioWindow *self)
{
  GListModel *model = kansio_plugin_registry_get_plugins (self->plugins);
  g_autoptr (GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (model, i));
  g_ptr_array_sort (sorted, compare_plugins_by_area);

  for (guint i = 0; i < sorted->len; i++)
    if (user_may_use (self, g_ptr_array_index (sorted, i)))
      add_plugin (self, g_ptr_array_index (sorted, i));
}

static void
remove_areas (KansioWindow *self)
{
  for (guint i = 0; i < self->loaded_plugins->len; i++)
    {
      KansioPlugin *plugin = g_ptr_array_index (self->loaded_plugins, i);

      gtk_widget_insert_action_group (GTK_WIDGET (self), kansio_plugin_get_id (plugin), NULL);
      kansio_plugin_unload (plugin);
    }
  g_ptr_array_set_size (self->loaded_plugins, 0);

  for (guint i = 0; i < self->area_widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->area_widgets, i);

      if (GTK_IS_LIST_BOX_ROW (widget))
        gtk_list_box_remove (self->sidebar_list, widget);
      else
        gtk_stack_remove (self->workspace_stack, widget);
    }
  g_ptr_array_set_size (self->area_widgets, 0);
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

/* Connecting and logging in */

static void
show_failure (KansioWindow *self, const GError *error)
{
  const char *technical = kansio_database_error_get_server_message (error);
  gboolean on_server = self->connector != NULL && !kansio_connector_get_use_demo (self->connector);

  adw_status_page_set_description (self->failed_page, error->message);
  gtk_label_set_label (self->technical_label, technical != NULL ? technical : "");
  gtk_widget_set_visible (GTK_WIDGET (self->technical_label), technical != NULL);
  gtk_widget_set_visible (self->use_demo_button, on_server);
  gtk_stack_set_visible_child_name (self->main_stack, "failed");
  gtk_window_set_default_widget (GTK_WINDOW (self), self->retry_button);
  gtk_widget_grab_focus (self->retry_button);
}

static void
show_login (KansioWindow *self, const char *error_message)
{
  gtk_stack_set_visible_child_name (self->main_stack, "login");
  kansio_startup_timer_mark ("login shown");
  kansio_login_page_show (self->login_page, self->connector, error_message);
}

static void
on_logged_in_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioContext) context = NULL;
  g_autofree char *description = NULL;

  context = kansio_connector_log_in_finish (KANSIO_CONNECTOR (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (context == NULL)
    {
      g_message ("Could not log in: %s", error->message);
      if (g_error_matches (error, KANSIO_DATABASE_ERROR,
                           KANSIO_DATABASE_ERROR_AUTHENTICATION_FAILED)
          || g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED)
          || kansio_connector_get_use_demo (self->connector))
        show_login (self, error->message);
      else
        show_failure (self, error);
      return;
    }

  description = kansio_connector_describe_server (self->connector);
  kansio_window_show_context (self, context, description);
}

static void
log_in (KansioWindow *self, const char *user_name, const char *password)
{
  gtk_stack_set_visible_child_name (self->main_stack, "connecting");
  kansio_connector_log_in_async (self->connector, user_name, password, self->cancellable,
                                 on_logged_in_cb, g_object_ref (self));
}

static void
on_login_page_log_in_cb (KansioWindow *self, const char *user_name, const char *password)
{
  if (self->connector != NULL)
    log_in (self, user_name, password);
}

static void
on_prepared_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) demo_users = NULL;

  demo_users = kansio_connector_prepare_finish (KANSIO_CONNECTOR (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      g_message ("Could not connect: %s", error->message);
      show_failure (self, error);
      return;
    }

  if (demo_users != NULL)
    {
      kansio_login_page_set_demo_users (self->login_page, demo_users);
      show_login (self, NULL);
    }
  else
    log_in (self, NULL, NULL); /* with the keyring's password, if it has one */
}

static void
start_connecting (KansioWindow *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  gtk_stack_set_visible_child_name (self->main_stack, "connecting");
  kansio_connector_prepare_async (self->connector, self->cancellable, on_prepared_cb,
                                  g_object_ref (self));
}

/* Workspace */

/* Whether the keyboard focus is in @widget or inside it. */
static gboolean
focus_is_in (KansioWindow *self, GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
show_clients (KansioWindow *self)
{
  gtk_stack_set_visible_child (self->workspace_stack, GTK_WIDGET (self->search_page));
  /* Focusing an entry selects its text: never while someone types in it. */
  if (!focus_is_in (self, GTK_WIDGET (self->search_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
select_clients_row (KansioWindow *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->sidebar_list, 0);

  if (first != NULL && g_str_equal (gtk_widget_get_name (GTK_WIDGET (first)), CLIENTS_PAGE))
    gtk_list_box_select_row (self->sidebar_list, first);
}

static void
on_search_changed_cb (KansioWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* An emptied entry (at login it is cleared, and says so a moment later)
   * clears the results but takes nobody away from the page they are on;
   * only typing a search shows the hits. */
  g_autofree char *query = g_strstrip (g_strdup (text));

  if (!gtk_widget_get_visible (GTK_WIDGET (self->search_entry)))
    return;
  /* Searched already (Enter came before the delay was over). */
  if (g_strcmp0 (query, kansio_search_page_get_query (self->search_page)) == 0)
    return;
  kansio_search_page_set_query (self->search_page, text);
  if (text[0] != '\0')
    {
      select_clients_row (self);
      gtk_stack_set_visible_child (self->workspace_stack, GTK_WIDGET (self->search_page));
    }
}

static void
on_search_activate_cb (KansioWindow *self)
{
  g_autofree char *text
      = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  /* Enter before the search delay is over searches what was typed. */
  if (g_strcmp0 (text, kansio_search_page_get_query (self->search_page)) != 0)
    on_search_changed_cb (self);
  kansio_search_page_open_first (self->search_page);
}

static void
on_search_stopped_cb (KansioWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_sidebar_row_selected_cb (KansioWindow *self, GtkListBoxRow *row)
{
  const char *name;

  if (row == NULL)
    return;
  name = gtk_widget_get_name (GTK_WIDGET (row));
  if (g_str_equal (name, CLIENTS_PAGE))
    show_clients (self);
  else
    gtk_stack_set_visible_child_name (self->workspace_stack, name);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
show_client_page (KansioWindow *self)
{
  gtk_stack_set_visible_child (self->workspace_stack, GTK_WIDGET (self->client_page));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  /* Enter in the search: the keyboard goes on to the client. */
  kansio_client_page_focus (self->client_page);
}

static void
on_open_client_cb (KansioWindow *self, KansioPerson *person)
{
  kansio_client_page_open (self->client_page, kansio_person_get_id (person),
                           kansio_person_get_field (person, KANSIO_PERSON_FIELD_IDENTITY_CODE));
  show_client_page (self);
}

static void
on_client_back_cb (KansioWindow *self)
{
  show_clients (self);
}

static void
on_client_created_cb (KansioWindow *self, gint64 person_id)
{
  kansio_client_page_open (self->client_page, person_id, NULL);
  show_client_page (self);
}

static void
on_first_frame_cb (GdkFrameClock *clock, KansioWindow *self)
{
  kansio_startup_timer_mark ("first frame");
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, self);
}

/* Nothing of the previous user may stay on screen after logging out:
 * an editor left open would save as them. */
static void
close_editors (KansioWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* transfer none */
  g_autoptr (GPtrArray) editors = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (KANSIO_IS_PERSON_EDITOR (window))
        g_ptr_array_add (editors, window);
    }
  for (guint i = 0; i < editors->len; i++)
    gtk_window_destroy (g_ptr_array_index (editors, i));
}

/* Actions */

static void
kansio_window_retry_connection_action (GtkWidget *widget,
                                       const char *action_name,
                                       GVariant *parameter)
{
  KansioWindow *self = KANSIO_WINDOW (widget);

  if (self->connector != NULL)
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
kansio_window_log_out_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioWindow *self = KANSIO_WINDOW (widget);

  if (self->context == NULL || self->connector == NULL)
    return;
  close_editors (self);
  remove_areas (self);
  kansio_search_page_set_directory (self->search_page, NULL);
  kansio_client_page_set_context (self->client_page, NULL);
  g_clear_object (&self->context);
  adw_window_title_set_subtitle (self->window_title, NULL);
  gtk_widget_action_set_enabled (widget, "win.search", FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), FALSE);
  gtk_widget_set_visible (self->new_client_button, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_action_set_enabled (widget, "win.new-client", FALSE);
  gtk_widget_action_set_enabled (widget, "win.log-out", FALSE);
  show_login (self, NULL);
}

/* Ctrl+K: to the search entry with its text selected, so typing replaces
 * it; the page shown stays until something is typed. */
static void
kansio_window_search_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioWindow *self = KANSIO_WINDOW (widget);

  if (!focus_is_in (self, GTK_WIDGET (self->search_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/* The window's three regions, in the order Tab visits them. */
static GtkWidget *
region_widget (KansioWindow *self, guint region)
{
  switch (region)
    {
    case 0:
      return self->header_bar;
    case 1:
      return gtk_widget_get_visible (self->sidebar) ? self->sidebar : NULL;
    default:
      return gtk_stack_get_visible_child (self->workspace_stack);
    }
}

static gboolean
focus_region (KansioWindow *self, guint region)
{
  GtkWidget *widget = region_widget (self, region);
  GtkListBoxRow *row;

  if (widget == NULL || !gtk_widget_get_mapped (widget))
    return FALSE;
  if (region == 1 && (row = gtk_list_box_get_selected_row (self->sidebar_list)) != NULL)
    return gtk_widget_grab_focus (GTK_WIDGET (row));
  if (region == 0 && gtk_widget_get_visible (GTK_WIDGET (self->search_entry)))
    return gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}

/* F6 and Shift+F6: header bar → sidebar → content, and round. */
static void
kansio_window_next_region_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioWindow *self = KANSIO_WINDOW (widget);
  int step = g_variant_get_int32 (parameter) < 0 ? 2 : 1;
  guint current = 2;

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "workspace"))
    return;
  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *region = region_widget (self, i);

      if (region != NULL && focus_is_in (self, region))
        current = i;
    }
  for (guint n = 1; n <= 3; n++)
    if (focus_region (self, (current + n * step) % 3))
      return;
}

static void
kansio_window_new_client_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioWindow *self = KANSIO_WINDOW (widget);
  KansioPersonEditor *editor;

  if (self->context == NULL)
    return;
  editor = kansio_person_editor_new_for_create (self->context);
  g_signal_connect_object (editor, "created", G_CALLBACK (on_client_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (editor));
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

static gboolean
update_sidebar_button_cb (gpointer user_data)
{
  KansioWindow *self = user_data;

  self->folded_idle = 0;
  gtk_widget_set_visible (self->sidebar_button, adw_leaflet_get_folded (self->leaflet));
  return G_SOURCE_REMOVE;
}

/* The leaflet folds while it is being allocated: the header bar changes
 * after that, not in the middle of it. */
static void
on_leaflet_folded_cb (KansioWindow *self)
{
  if (self->folded_idle == 0)
    self->folded_idle = g_idle_add (update_sidebar_button_cb, self);
}

/* A folded window (half a screen): the sidebar slides back in. */
static void
kansio_window_show_sidebar_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioWindow *self = KANSIO_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  focus_region (self, 1);
}

/* A page's news ("saved"), in the window's toast overlay. */
static void
kansio_window_show_toast_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioWindow *self = KANSIO_WINDOW (widget);

  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (g_variant_get_string (parameter, NULL)));
}

/* A plugin shows its own page (with a client opened in it, say). */
static void
kansio_window_show_page_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioWindow *self = KANSIO_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar_list, i);

      if (row == NULL)
        return;
      if (g_str_equal (gtk_widget_get_name (GTK_WIDGET (row)), name))
        {
          gtk_list_box_select_row (self->sidebar_list, row);
          return;
        }
    }
}

/* GObject and GtkWidget */

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
  g_clear_handle_id (&self->folded_idle, g_source_remove);
  if (self->loaded_plugins != NULL)
    remove_areas (self);
  g_clear_pointer (&self->loaded_plugins, g_ptr_array_unref);
  g_clear_pointer (&self->area_widgets, g_ptr_array_unref);
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

  g_type_ensure (KANSIO_TYPE_LOGIN_PAGE);
  g_type_ensure (KANSIO_TYPE_SEARCH_PAGE);
  g_type_ensure (KANSIO_TYPE_CLIENT_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/fi/kansio/Kansio/kansio-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, sidebar_button);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, demo_badge);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, new_client_button);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, login_page);
  gtk_widget_class_bind_template_child (widget_class, KansioWindow, failed_page);
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
  gtk_widget_class_bind_template_callback (widget_class, on_login_page_log_in_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stopped_cb);

  gtk_widget_class_install_action (widget_class, "win.retry-connection", NULL,
                                   kansio_window_retry_connection_action);
  gtk_widget_class_install_action (widget_class, "win.use-demo", NULL,
                                   kansio_window_use_demo_action);
  gtk_widget_class_install_action (widget_class, "win.log-out", NULL, kansio_window_log_out_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, kansio_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.new-client", NULL,
                                   kansio_window_new_client_action);
  gtk_widget_class_install_action (widget_class, "win.show-area", "i",
                                   kansio_window_show_area_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s",
                                   kansio_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL,
                                   kansio_window_show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-toast", "s",
                                   kansio_window_show_toast_action);
  gtk_widget_class_install_action (widget_class, "win.next-region", "i",
                                   kansio_window_next_region_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK, "win.search",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-client",
                                       NULL);
  for (int i = 1; i <= 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_ALT_MASK, "win.show-area",
                                         "i", i);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.next-region", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, "win.next-region",
                                       "i", -1);
}

static void
kansio_window_init (KansioWindow *self)
{
  self->loaded_plugins = g_ptr_array_new_with_free_func (g_object_unref);
  self->area_widgets = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->search_page = g_object_new (KANSIO_TYPE_SEARCH_PAGE, NULL);
  self->client_page = g_object_new (KANSIO_TYPE_CLIENT_PAGE, NULL);
  gtk_stack_add_named (self->workspace_stack, GTK_WIDGET (self->search_page), "search");
  gtk_stack_add_named (self->workspace_stack, GTK_WIDGET (self->client_page), "client");
  g_signal_connect_object (self->search_page, "open-client", G_CALLBACK (on_open_client_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->client_page, "back", G_CALLBACK (on_client_back_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-client", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.log-out", FALSE);

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
 * Connects with @connector, asks the user to log in, and shows the
 * workspace, or why not.
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
 * Shows the workspace for a logged-in @context (tests use this directly,
 * with a database of their own).
 */
void
kansio_window_show_context (KansioWindow *self,
                            KansioContext *context,
                            const char *server_description)
{
  KansioUser *user;
  g_autofree char *subtitle = NULL;
  GtkListBoxRow *first;
  gboolean caseworker;
  gboolean may_create;

  g_return_if_fail (KANSIO_IS_WINDOW (self));
  g_return_if_fail (KANSIO_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  user = kansio_context_get_user (context);
  caseworker = user != NULL && kansio_user_is_caseworker (user);
  subtitle = user != NULL
                 ? g_strdup_printf ("%s · %s", kansio_user_get_full_name (user), server_description)
                 : g_strdup (server_description);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_widget_set_visible (self->demo_badge, kansio_context_get_is_demo (context));

  kansio_search_page_set_directory (self->search_page,
                                    caseworker ? kansio_context_get_clients (context) : NULL);
  kansio_client_page_set_context (self->client_page, context);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", caseworker);
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), caseworker);
  gtk_widget_set_visible (self->new_client_button, caseworker);
  /* Only a handler may create people: a reader sees why not. */
  may_create = caseworker
               && (kansio_user_has_role (user, "handler")
                   || kansio_user_has_role (user, "decision_maker"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-client", may_create);
  gtk_widget_set_tooltip_text (self->new_client_button,
                               may_create ? _ ("New Client (Ctrl+N)")
                                          : _ ("Only handlers may create clients. Ask your main "
                                               "user for the right."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.log-out", self->connector != NULL);

  if (caseworker)
    add_clients_entry (self);
  if (user != NULL && kansio_user_has_role (user, "auditor"))
    add_audit_entry (self);
  if (self->plugins != NULL)
    add_plugins (self);
  report_skipped_plugins (self);

  /* No areas to choose from: no sidebar, just the explanation. */
  first = gtk_list_box_get_row_at_index (self->sidebar_list, 0);
  gtk_widget_set_visible (self->sidebar, first != NULL);
  gtk_widget_set_visible (self->sidebar_separator, first != NULL);
  if (first != NULL)
    {
      /* A row selected already emits nothing: show its page either way. */
      gtk_list_box_select_row (self->sidebar_list, first);
      on_sidebar_row_selected_cb (self, first);
    }
  else
    gtk_stack_set_visible_child_name (self->workspace_stack, "empty");

  gtk_stack_set_visible_child_name (self->main_stack, "workspace");
  kansio_startup_timer_mark ("workspace shown");
}

/**
 * kansio_window_get_context:
 *
 * Returns: (transfer none) (nullable): the context, once logged in
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
 * Returns: "connecting", "login", "failed" or "workspace"
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
 * Returns: (transfer none): the stack of workspace pages
 */
GtkStack *
kansio_window_get_workspace_stack (KansioWindow *self)
{
  g_return_val_if_fail (KANSIO_IS_WINDOW (self), NULL);
  return self->workspace_stack;
}

/**
 * kansio_window_set_accels:
 *
 * Gives @application the window's shortcuts, so they work wherever the
 * focus is and the main menu shows them as the shortcuts window does.
 */
void
kansio_window_set_accels (GtkApplication *application)
{
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "win.search", { "<Control>k", "<Control>f", NULL } },
    { "win.new-client", { "<Control>n", NULL } },
  };

  g_return_if_fail (GTK_IS_APPLICATION (application));

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (application, accels[i].action, accels[i].accels);
  for (int i = 1; i <= 9; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.show-area(%d)", i);
      g_autofree char *accel = g_strdup_printf ("<Alt>%d", i);
      const char *list[] = { accel, NULL };

      gtk_application_set_accels_for_action (application, action, list);
    }
}
