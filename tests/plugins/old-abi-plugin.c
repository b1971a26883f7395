/* old-abi-plugin.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Claims an ABI this Kansio does not have; its load function must never run.
 */
#include <stdlib.h>

#include <gio/gio.h>
#include <gmodule.h>

G_MODULE_EXPORT const guint kansio_plugin_abi_version = 9999;

G_MODULE_EXPORT void g_io_module_load (GIOModule *module);
G_MODULE_EXPORT void g_io_module_unload (GIOModule *module);

G_MODULE_EXPORT void
g_io_module_load (GIOModule *module)
{
  abort ();
}

G_MODULE_EXPORT void
g_io_module_unload (GIOModule *module)
{
}
