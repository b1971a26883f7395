/* kansio-i18n.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

void kansio_i18n_init (const char *language);
gboolean kansio_i18n_interface_is_swedish (void);
char *kansio_i18n_format_iso_date (const char *iso);

G_END_DECLS
