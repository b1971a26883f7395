/* test-plugin.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A well-behaved plugin: a sidebar page and one action, built the way a
 * real service-area plugin is, against <kansio.h> only.
 */
#define G_LOG_DOMAIN "test-plugin"

#include <adwaita.h>
#include <gmodule.h>
#include <kansio.h>

#define TEST_TYPE_PLUGIN (test_plugin_get_type ())

G_DECLARE_FINAL_TYPE (TestPlugin, test_plugin, TEST, PLUGIN, GObject)

struct _TestPlugin
{
  GObject parent_instance;

  KansioContext *context;
  GSimpleActionGroup *actions;
  guint n_greetings;
};

static void test_plugin_iface_init (KansioPluginInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (TestPlugin,
                                test_plugin,
                                G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (KANSIO_TYPE_PLUGIN,
                                                               test_plugin_iface_init))

static void
on_greet_activated_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  TestPlugin *self = user_data;

  self->n_greetings++;
  g_object_set_data (G_OBJECT (self), "greetings", GUINT_TO_POINTER (self->n_greetings));
}

static const char *
test_plugin_get_id (KansioPlugin *plugin)
{
  return "test-area";
}

static const char *
test_plugin_get_name (KansioPlugin *plugin)
{
  return "Test Area";
}

static const char *
test_plugin_get_icon_name (KansioPlugin *plugin)
{
  return "applications-science-symbolic";
}

static KansioServiceArea
test_plugin_get_service_area (KansioPlugin *plugin)
{
  return KANSIO_SERVICE_AREA_ADMINISTRATION;
}

static void
test_plugin_load (KansioPlugin *plugin, KansioContext *context)
{
  TestPlugin *self = TEST_PLUGIN (plugin);

  g_set_object (&self->context, context);
}

static void
test_plugin_unload (KansioPlugin *plugin)
{
  TestPlugin *self = TEST_PLUGIN (plugin);

  g_clear_object (&self->context);
}

static GtkWidget *
test_plugin_create_workspace_page (KansioPlugin *plugin)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (page), "Test plugin page");
  gtk_widget_set_name (page, "test-plugin-page");
  return page;
}

static GActionGroup *
test_plugin_get_action_group (KansioPlugin *plugin)
{
  return G_ACTION_GROUP (TEST_PLUGIN (plugin)->actions);
}

static void
test_plugin_iface_init (KansioPluginInterface *iface)
{
  iface->get_id = test_plugin_get_id;
  iface->get_name = test_plugin_get_name;
  iface->get_icon_name = test_plugin_get_icon_name;
  iface->get_service_area = test_plugin_get_service_area;
  iface->load = test_plugin_load;
  iface->unload = test_plugin_unload;
  iface->create_workspace_page = test_plugin_create_workspace_page;
  iface->get_action_group = test_plugin_get_action_group;
}

static void
test_plugin_dispose (GObject *object)
{
  TestPlugin *self = TEST_PLUGIN (object);

  g_clear_object (&self->context);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (test_plugin_parent_class)->dispose (object);
}

static void
test_plugin_class_init (TestPluginClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = test_plugin_dispose;
}

static void
test_plugin_class_finalize (TestPluginClass *klass)
{
}

static void
test_plugin_init (TestPlugin *self)
{
  const GActionEntry entries[] = { { "greet", on_greet_activated_cb } };

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries),
                                   self);
}

KANSIO_PLUGIN_DECLARE_ABI;

G_MODULE_EXPORT void g_io_module_load (GIOModule *module);
G_MODULE_EXPORT void g_io_module_unload (GIOModule *module);

G_MODULE_EXPORT void
g_io_module_load (GIOModule *module)
{
  test_plugin_register_type (G_TYPE_MODULE (module));
  kansio_plugin_module_implement (TEST_TYPE_PLUGIN, "test-area");
}

G_MODULE_EXPORT void
g_io_module_unload (GIOModule *module)
{
}
