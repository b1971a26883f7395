/* kansio-plugin.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>
#include <gtk/gtk.h>

#include "kansio-context.h"
#include "kansio-service-area.h"
#include "kansio-version.h"

G_BEGIN_DECLS

/*
 * A plugin is a loadable module (a GIOModule) that:
 *   - exports the ABI it was built for with KANSIO_PLUGIN_DECLARE_ABI;
 *   - in g_io_module_load(), registers one type implementing KansioPlugin
 *     with kansio_plugin_module_implement().
 * The shell probes what else it offers by interface, never by name.
 */

#define KANSIO_PLUGIN_EXTENSION_POINT_NAME "kansio-plugin"

#define KANSIO_PLUGIN_DECLARE_ABI                                                                  \
  G_MODULE_EXPORT const guint kansio_plugin_abi_version = KANSIO_PLUGIN_ABI_VERSION

#define KANSIO_TYPE_PLUGIN (kansio_plugin_get_type ())

G_DECLARE_INTERFACE (KansioPlugin, kansio_plugin, KANSIO, PLUGIN, GObject)

/**
 * KansioPluginInterface:
 * @get_id: a stable id, also the prefix of its actions ("income-support")
 * @get_name: the name in the interface language
 * @get_icon_name: a themed icon name
 * @get_service_area: the area whose rights decide who sees it
 * @get_required_rights: (nullable): rights beyond reading the area
 * @load: called once the shell has a connected context
 * @unload: undo @load
 * @create_workspace_page: (nullable): the page shown for its sidebar entry
 * @get_action_group: (nullable): actions, inserted under the plugin's id
 */
struct _KansioPluginInterface
{
  GTypeInterface parent_iface;

  const char *(*get_id) (KansioPlugin *self);
  const char *(*get_name) (KansioPlugin *self);
  const char *(*get_icon_name) (KansioPlugin *self);
  KansioServiceArea (*get_service_area) (KansioPlugin *self);
  const char *const *(*get_required_rights) (KansioPlugin *self);
  void (*load) (KansioPlugin *self, KansioContext *context);
  void (*unload) (KansioPlugin *self);
  GtkWidget *(*create_workspace_page) (KansioPlugin *self);
  GActionGroup *(*get_action_group) (KansioPlugin *self);
};

const char *kansio_plugin_get_id (KansioPlugin *self);
const char *kansio_plugin_get_name (KansioPlugin *self);
const char *kansio_plugin_get_icon_name (KansioPlugin *self);
KansioServiceArea kansio_plugin_get_service_area (KansioPlugin *self);
const char *const *kansio_plugin_get_required_rights (KansioPlugin *self);
void kansio_plugin_load (KansioPlugin *self, KansioContext *context);
void kansio_plugin_unload (KansioPlugin *self);
GtkWidget *kansio_plugin_create_workspace_page (KansioPlugin *self);
GActionGroup *kansio_plugin_get_action_group (KansioPlugin *self);

void kansio_plugin_module_implement (GType plugin_type, const char *id);

G_END_DECLS
