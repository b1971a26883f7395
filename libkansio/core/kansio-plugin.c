/* kansio-plugin.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-plugin"

#include "config.h"

#include "kansio-plugin-private.h"
#include "kansio-plugin.h"

G_DEFINE_INTERFACE (KansioPlugin, kansio_plugin, G_TYPE_OBJECT)

static const char *
kansio_plugin_real_get_icon_name (KansioPlugin *self)
{
  return "folder-symbolic";
}

static const char *const *
kansio_plugin_real_get_required_rights (KansioPlugin *self)
{
  return NULL;
}

static void
kansio_plugin_default_init (KansioPluginInterface *iface)
{
  iface->get_icon_name = kansio_plugin_real_get_icon_name;
  iface->get_required_rights = kansio_plugin_real_get_required_rights;
}

const char *
kansio_plugin_get_id (KansioPlugin *self)
{
  g_return_val_if_fail (KANSIO_IS_PLUGIN (self), NULL);
  return KANSIO_PLUGIN_GET_IFACE (self)->get_id (self);
}

const char *
kansio_plugin_get_name (KansioPlugin *self)
{
  g_return_val_if_fail (KANSIO_IS_PLUGIN (self), NULL);
  return KANSIO_PLUGIN_GET_IFACE (self)->get_name (self);
}

const char *
kansio_plugin_get_icon_name (KansioPlugin *self)
{
  g_return_val_if_fail (KANSIO_IS_PLUGIN (self), NULL);
  return KANSIO_PLUGIN_GET_IFACE (self)->get_icon_name (self);
}

KansioServiceArea
kansio_plugin_get_service_area (KansioPlugin *self)
{
  g_return_val_if_fail (KANSIO_IS_PLUGIN (self), KANSIO_SERVICE_AREA_ADMINISTRATION);
  return KANSIO_PLUGIN_GET_IFACE (self)->get_service_area (self);
}

/**
 * kansio_plugin_get_required_rights:
 *
 * Returns: (transfer none) (nullable): the rights the plugin needs
 */
const char *const *
kansio_plugin_get_required_rights (KansioPlugin *self)
{
  g_return_val_if_fail (KANSIO_IS_PLUGIN (self), NULL);
  return KANSIO_PLUGIN_GET_IFACE (self)->get_required_rights (self);
}

void
kansio_plugin_load (KansioPlugin *self, KansioContext *context)
{
  g_return_if_fail (KANSIO_IS_PLUGIN (self));
  g_return_if_fail (KANSIO_IS_CONTEXT (context));

  if (KANSIO_PLUGIN_GET_IFACE (self)->load != NULL)
    KANSIO_PLUGIN_GET_IFACE (self)->load (self, context);
}

void
kansio_plugin_unload (KansioPlugin *self)
{
  g_return_if_fail (KANSIO_IS_PLUGIN (self));

  if (KANSIO_PLUGIN_GET_IFACE (self)->unload != NULL)
    KANSIO_PLUGIN_GET_IFACE (self)->unload (self);
}

/**
 * kansio_plugin_create_workspace_page:
 *
 * Returns: (transfer floating) (nullable): a new page for the sidebar entry
 */
GtkWidget *
kansio_plugin_create_workspace_page (KansioPlugin *self)
{
  g_return_val_if_fail (KANSIO_IS_PLUGIN (self), NULL);

  if (KANSIO_PLUGIN_GET_IFACE (self)->create_workspace_page == NULL)
    return NULL;
  return KANSIO_PLUGIN_GET_IFACE (self)->create_workspace_page (self);
}

/**
 * kansio_plugin_get_action_group:
 *
 * Returns: (transfer none) (nullable): the plugin's actions
 */
GActionGroup *
kansio_plugin_get_action_group (KansioPlugin *self)
{
  g_return_val_if_fail (KANSIO_IS_PLUGIN (self), NULL);

  if (KANSIO_PLUGIN_GET_IFACE (self)->get_action_group == NULL)
    return NULL;
  return KANSIO_PLUGIN_GET_IFACE (self)->get_action_group (self);
}

void
_kansio_plugin_ensure_extension_point (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      GIOExtensionPoint *point = g_io_extension_point_register (KANSIO_PLUGIN_EXTENSION_POINT_NAME);
      g_io_extension_point_set_required_type (point, KANSIO_TYPE_PLUGIN);
      g_once_init_leave (&registered, 1);
    }
}

/**
 * kansio_plugin_module_implement:
 * @plugin_type: a type implementing #KansioPlugin
 * @id: the plugin's id
 *
 * Called from a plugin module's g_io_module_load().
 */
void
kansio_plugin_module_implement (GType plugin_type, const char *id)
{
  g_return_if_fail (g_type_is_a (plugin_type, KANSIO_TYPE_PLUGIN));
  g_return_if_fail (id != NULL);

  _kansio_plugin_ensure_extension_point ();
  g_io_extension_point_implement (KANSIO_PLUGIN_EXTENSION_POINT_NAME, plugin_type, id, 0);
}
