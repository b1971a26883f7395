/* kansio-rows.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_ROWS (kansio_rows_get_type ())

G_DECLARE_FINAL_TYPE (KansioRows, kansio_rows, KANSIO, ROWS, GObject)

guint kansio_rows_get_n_rows (KansioRows *self);
guint kansio_rows_get_n_columns (KansioRows *self);
const char *kansio_rows_get_column_name (KansioRows *self, guint column);
int kansio_rows_find_column (KansioRows *self, const char *name);
gboolean kansio_rows_is_null (KansioRows *self, guint row, guint column);
const char *kansio_rows_get_string (KansioRows *self, guint row, guint column);
gint64 kansio_rows_get_int64 (KansioRows *self, guint row, guint column);
gboolean kansio_rows_get_boolean (KansioRows *self, guint row, guint column);
guint64 kansio_rows_get_affected (KansioRows *self);

G_END_DECLS
