/* kansio-property-rows.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kansio-property-rows.h"

GHashTable *
kansio_property_rows_new (void)
{
  return g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

void
kansio_property_rows_clear (GHashTable *rows, AdwPreferencesGroup *group)
{
  GPtrArray *added = g_hash_table_lookup (rows, group);

  for (guint i = 0; added != NULL && i < added->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (added, i));
  g_hash_table_remove (rows, group);
}

/* Adds @row to @group, to be removed by the next clear. */
void
kansio_property_rows_take (GHashTable *rows, AdwPreferencesGroup *group, GtkWidget *row)
{
  GPtrArray *added = g_hash_table_lookup (rows, group);

  if (added == NULL)
    {
      added = g_ptr_array_new ();
      g_hash_table_insert (rows, group, added);
    }
  adw_preferences_group_add (group, row);
  g_ptr_array_add (added, row);
}

/* A title and its value, the value shown as the row's emphasis ("—" for
 * none). */
void
kansio_property_rows_add (GHashTable *rows,
                          AdwPreferencesGroup *group,
                          const char *title,
                          const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value != NULL && *value != '\0' ? value : "—");
  gtk_widget_add_css_class (row, "property");
  kansio_property_rows_take (rows, group, row);
}

guint
kansio_property_rows_count (GHashTable *rows, AdwPreferencesGroup *group)
{
  GPtrArray *added = g_hash_table_lookup (rows, group);

  return added != NULL ? added->len : 0;
}
