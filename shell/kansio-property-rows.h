/* kansio-property-rows.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The rows a page has added to its preference groups, so that it can
 * empty a group again without touching the rows its template put there:
 * a table of group → GPtrArray of rows. */
GHashTable *kansio_property_rows_new (void);
void kansio_property_rows_clear (GHashTable *rows, AdwPreferencesGroup *group);
void kansio_property_rows_take (GHashTable *rows, AdwPreferencesGroup *group, GtkWidget *row);
void kansio_property_rows_add (GHashTable *rows,
                               AdwPreferencesGroup *group,
                               const char *title,
                               const char *value);
guint kansio_property_rows_count (GHashTable *rows, AdwPreferencesGroup *group);

G_END_DECLS
