/* kansio-plugin-registry.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_PLUGIN_REGISTRY (kansio_plugin_registry_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioPluginRegistry, kansio_plugin_registry, KANSIO, PLUGIN_REGISTRY, GObject)

KansioPluginRegistry *kansio_plugin_registry_new (void);
void kansio_plugin_registry_add_directory (KansioPluginRegistry *self, const char *directory);
void kansio_plugin_registry_add_default_directories (KansioPluginRegistry *self);
void kansio_plugin_registry_load (KansioPluginRegistry *self);
GListModel *kansio_plugin_registry_get_plugins (KansioPluginRegistry *self);
guint kansio_plugin_registry_get_n_failures (KansioPluginRegistry *self);
const char *kansio_plugin_registry_get_failure_path (KansioPluginRegistry *self, guint index);
const char *kansio_plugin_registry_get_failure_reason (KansioPluginRegistry *self, guint index);
char *kansio_plugin_registry_describe (KansioPluginRegistry *self);

G_END_DECLS
