/* kansio-plugin-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void _kansio_plugin_ensure_extension_point (void);

G_END_DECLS
