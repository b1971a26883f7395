/* kansio-area-row.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-area-row"

#include "config.h"

#include "kansio-area-row.h"

/* Fills a combo row with the names of @areas, in order: position N of the
 * row is element N of @areas. */
void
_kansio_area_row_set_areas (AdwComboRow *row, GArray *areas)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < areas->len; i++)
    gtk_string_list_append (
        names, kansio_service_area_get_name (g_array_index (areas, KansioServiceArea, i)));
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
}
