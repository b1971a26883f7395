/* kansio-letter-labels.h
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

/* How the database's codes for templates read in the interface language,
 * and the order they are listed in. */

const char *kansio_letter_kind_get_label (const char *kind);
int kansio_letter_kind_get_rank (const char *kind);
const char *kansio_letter_area_get_label (const char *area);
int kansio_letter_area_get_rank (const char *area);
const char *kansio_letter_status_get_label (const char *status);
char *kansio_letter_format_time (GDateTime *time);

G_END_DECLS
