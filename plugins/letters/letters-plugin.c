/* letters-plugin.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Letters and forms: the editor of the decision and letter templates,
 * shown to users with a letters right.
 */
#define G_LOG_DOMAIN "letters-plugin"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>
#include <gtksourceview/gtksource.h>
#include <kansio.h>

#include "letters-workspace.h"

#define LETTERS_TYPE_PLUGIN (letters_plugin_get_type ())

G_DECLARE_FINAL_TYPE (LettersPlugin, letters_plugin, LETTERS, PLUGIN, GObject)

struct _LettersPlugin
{
  GObject parent_instance;

  KansioContext *context;
};

static void letters_plugin_iface_init (KansioPluginInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (LettersPlugin,
                                letters_plugin,
                                G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (KANSIO_TYPE_PLUGIN,
                                                               letters_plugin_iface_init))

static const char *
letters_plugin_get_id (KansioPlugin *plugin)
{
  return "letters";
}

static const char *
letters_plugin_get_name (KansioPlugin *plugin)
{
  return _ ("Letters and forms");
}

static const char *
letters_plugin_get_icon_name (KansioPlugin *plugin)
{
  return "document-edit-symbolic";
}

static KansioServiceArea
letters_plugin_get_service_area (KansioPlugin *plugin)
{
  return KANSIO_SERVICE_AREA_LETTERS;
}

static void
letters_plugin_load (KansioPlugin *plugin, KansioContext *context)
{
  LettersPlugin *self = LETTERS_PLUGIN (plugin);

  gtk_source_init ();
  g_set_object (&self->context, context);
}

static void
letters_plugin_unload (KansioPlugin *plugin)
{
  LettersPlugin *self = LETTERS_PLUGIN (plugin);

  g_clear_object (&self->context);
}

static GtkWidget *
letters_plugin_create_workspace_page (KansioPlugin *plugin)
{
  LettersPlugin *self = LETTERS_PLUGIN (plugin);

  g_return_val_if_fail (self->context != NULL, NULL);

  return letters_workspace_new (self->context);
}

static void
letters_plugin_iface_init (KansioPluginInterface *iface)
{
  iface->get_id = letters_plugin_get_id;
  iface->get_name = letters_plugin_get_name;
  iface->get_icon_name = letters_plugin_get_icon_name;
  iface->get_service_area = letters_plugin_get_service_area;
  iface->load = letters_plugin_load;
  iface->unload = letters_plugin_unload;
  iface->create_workspace_page = letters_plugin_create_workspace_page;
}

static void
letters_plugin_dispose (GObject *object)
{
  LettersPlugin *self = LETTERS_PLUGIN (object);

  g_clear_object (&self->context);

  G_OBJECT_CLASS (letters_plugin_parent_class)->dispose (object);
}

static void
letters_plugin_class_init (LettersPluginClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = letters_plugin_dispose;
}

static void
letters_plugin_class_finalize (LettersPluginClass *klass)
{
}

static void
letters_plugin_init (LettersPlugin *self)
{
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
  letters_plugin_register_type (G_TYPE_MODULE (module));
  kansio_plugin_module_implement (LETTERS_TYPE_PLUGIN, "letters");
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
