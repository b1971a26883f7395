/* empty-plugin.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads fine but registers no plugin type.
 */
#include <gio/gio.h>
#include <gmodule.h>
#include <kansio.h>

KANSIO_PLUGIN_DECLARE_ABI;

G_MODULE_EXPORT void g_io_module_load (GIOModule *module);
G_MODULE_EXPORT void g_io_module_unload (GIOModule *module);

G_MODULE_EXPORT void
g_io_module_load (GIOModule *module)
{
}

G_MODULE_EXPORT void
g_io_module_unload (GIOModule *module)
{
}
