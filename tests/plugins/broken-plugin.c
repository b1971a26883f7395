/* broken-plugin.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a symbol no library has, as a plugin built against a missing
 * dependency would: the dynamic loader refuses it.
 */
#include <gio/gio.h>
#include <gmodule.h>
#include <kansio.h>

extern int kansio_symbol_that_does_not_exist;

KANSIO_PLUGIN_DECLARE_ABI;

G_MODULE_EXPORT void g_io_module_load (GIOModule *module);
G_MODULE_EXPORT void g_io_module_unload (GIOModule *module);

G_MODULE_EXPORT void
g_io_module_load (GIOModule *module)
{
  g_message ("%d", kansio_symbol_that_does_not_exist);
}

G_MODULE_EXPORT void
g_io_module_unload (GIOModule *module)
{
}
