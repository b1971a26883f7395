/* income-support-plugin.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Income support (toimeentulotuki): the work queue of applications, their
 * registration, handling and calculation, decisions made by two people,
 * and the yearly statistics; shown to users with an income-support right.
 */
#define G_LOG_DOMAIN "income-support-plugin"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>
#include <kansio.h>

#include "income-support-workspace.h"

#define INCOME_SUPPORT_TYPE_PLUGIN (income_support_plugin_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportPlugin, income_support_plugin, INCOME_SUPPORT, PLUGIN, GObject)

struct _IncomeSupportPlugin
{
  GObject parent_instance;

  KansioContext *context;
  GSimpleActionGroup *actions;
  GWeakRef workspace;
};

static void income_support_plugin_iface_init (KansioPluginInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (IncomeSupportPlugin,
                                income_support_plugin,
                                G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (KANSIO_TYPE_PLUGIN,
                                                               income_support_plugin_iface_init))

static const char *
income_support_plugin_get_id (KansioPlugin *plugin)
{
  return "income-support";
}

static const char *
income_support_plugin_get_name (KansioPlugin *plugin)
{
  return _ ("Income support");
}

static const char *
income_support_plugin_get_icon_name (KansioPlugin *plugin)
{
  /* Adwaita has no wallet; the calculation is the heart of the work. */
  return "accessories-calculator-symbolic";
}

static KansioServiceArea
income_support_plugin_get_service_area (KansioPlugin *plugin)
{
  return KANSIO_SERVICE_AREA_INCOME_SUPPORT;
}

/* From the client page: the client's applications, or a new one, in the
 * plugin's page; the window shows the page first. */
static void
open_client (IncomeSupportPlugin *self, GVariant *parameter)
{
  g_autoptr (GtkWidget) workspace = g_weak_ref_get (&self->workspace);

  if (workspace == NULL)
    return;
  gtk_widget_activate_action (workspace, "win.show-page", "s", "income-support");
  income_support_workspace_open_client (INCOME_SUPPORT_WORKSPACE (workspace),
                                        g_variant_get_int64 (parameter));
}

static void
open_client_activated_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  open_client (user_data, parameter);
}

static void
new_application_activated_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  open_client (user_data, parameter);
}

static void
income_support_plugin_load (KansioPlugin *plugin, KansioContext *context)
{
  IncomeSupportPlugin *self = INCOME_SUPPORT_PLUGIN (plugin);
  static const GActionEntry entries[] = {
    { "open-client", open_client_activated_cb, "x" },
    { "new-application", new_application_activated_cb, "x" },
  };
  KansioUser *user = kansio_context_get_user (context);
  GAction *new_application;

  g_set_object (&self->context, context);

  g_clear_object (&self->actions);
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries),
                                   self);
  /* A reader is not offered a form he cannot save (the database refuses
   * it anyway); the same guess the workspace starts from. */
  new_application = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "new-application");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (new_application),
                               user == NULL || kansio_user_has_role (user, "handler")
                                   || kansio_user_has_role (user, "decision_maker"));

  /* The decision's own merge fields, for the composer and the template
   * editor's field picker. */
  kansio_income_support_add_fields (
      kansio_document_composer_get_fields (kansio_context_get_documents (context)));
}

static void
income_support_plugin_unload (KansioPlugin *plugin)
{
  IncomeSupportPlugin *self = INCOME_SUPPORT_PLUGIN (plugin);

  g_clear_object (&self->context);
  g_clear_object (&self->actions);
  g_weak_ref_set (&self->workspace, NULL);
}

static GActionGroup *
income_support_plugin_get_action_group (KansioPlugin *plugin)
{
  return G_ACTION_GROUP (INCOME_SUPPORT_PLUGIN (plugin)->actions);
}

static GtkWidget *
income_support_plugin_create_workspace_page (KansioPlugin *plugin)
{
  IncomeSupportPlugin *self = INCOME_SUPPORT_PLUGIN (plugin);

  GtkWidget *workspace;

  g_return_val_if_fail (self->context != NULL, NULL);

  workspace = income_support_workspace_new (self->context);
  g_weak_ref_set (&self->workspace, workspace);
  return workspace;
}

static void
income_support_plugin_iface_init (KansioPluginInterface *iface)
{
  iface->get_id = income_support_plugin_get_id;
  iface->get_name = income_support_plugin_get_name;
  iface->get_icon_name = income_support_plugin_get_icon_name;
  iface->get_service_area = income_support_plugin_get_service_area;
  iface->load = income_support_plugin_load;
  iface->unload = income_support_plugin_unload;
  iface->create_workspace_page = income_support_plugin_create_workspace_page;
  iface->get_action_group = income_support_plugin_get_action_group;
}

static void
income_support_plugin_dispose (GObject *object)
{
  IncomeSupportPlugin *self = INCOME_SUPPORT_PLUGIN (object);

  g_clear_object (&self->context);
  g_clear_object (&self->actions);
  g_weak_ref_set (&self->workspace, NULL);

  G_OBJECT_CLASS (income_support_plugin_parent_class)->dispose (object);
}

static void
income_support_plugin_class_init (IncomeSupportPluginClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = income_support_plugin_dispose;
}

static void
income_support_plugin_class_finalize (IncomeSupportPluginClass *klass)
{
}

static void
income_support_plugin_init (IncomeSupportPlugin *self)
{
  g_weak_ref_init (&self->workspace, NULL);
}

KANSIO_PLUGIN_DECLARE_ABI;

G_MODULE_EXPORT const char *g_module_check_init (GModule *module);
G_MODULE_EXPORT void g_io_module_load (GIOModule *module);
G_MODULE_EXPORT void g_io_module_unload (GIOModule *module);
G_MODULE_EXPORT char **g_io_module_query (void);

/* The widgets are static types, registered the first time a page is
 * made: the module must never be unmapped under them. */
G_MODULE_EXPORT const char *
g_module_check_init (GModule *module)
{
  g_module_make_resident (module);
  return NULL;
}

G_MODULE_EXPORT void
g_io_module_load (GIOModule *module)
{
  income_support_plugin_register_type (G_TYPE_MODULE (module));
  kansio_plugin_module_implement (INCOME_SUPPORT_TYPE_PLUGIN, "income-support");
}

G_MODULE_EXPORT void
g_io_module_unload (GIOModule *module)
{
}

G_MODULE_EXPORT char **
g_io_module_query (void)
{
  char *extension_points[] = { (char *) KANSIO_PLUGIN_EXTENSION_POINT_NAME, NULL };

  return g_strdupv (extension_points);
}
