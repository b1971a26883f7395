/* kansio-merge-data.h
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

#define KANSIO_TYPE_MERGE_DATA (kansio_merge_data_get_type ())

G_DECLARE_FINAL_TYPE (KansioMergeData, kansio_merge_data, KANSIO, MERGE_DATA, GObject)

KansioMergeData *kansio_merge_data_new (void);
void kansio_merge_data_set_text (KansioMergeData *self, const char *name, const char *value);
void kansio_merge_data_set_date (KansioMergeData *self, const char *name, const GDate *date);
gboolean kansio_merge_data_set_iso_date (KansioMergeData *self, const char *name, const char *iso);
void kansio_merge_data_set_money (KansioMergeData *self, const char *name, gint64 cents);
void kansio_merge_data_set_number (KansioMergeData *self, const char *name, gint64 number);
void kansio_merge_data_set_boolean (KansioMergeData *self, const char *name, gboolean value);
KansioMergeData *kansio_merge_data_add_item (KansioMergeData *self, const char *list_name);
const char *kansio_merge_data_get_text (KansioMergeData *self, const char *name);
gboolean kansio_merge_data_get_boolean (KansioMergeData *self, const char *name);

G_END_DECLS
