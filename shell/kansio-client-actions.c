/* kansio-client-actions.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-client-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-client-actions.h"

typedef struct
{
  char *plugin_id;
  gboolean may_open;
  gboolean may_start;
} AreaActions;

static void
area_actions_free (gpointer data)
{
  AreaActions *actions = data;

  g_free (actions->plugin_id);
  g_free (actions);
}

GHashTable *
_kansio_client_actions_new (void)
{
  return g_hash_table_new_full (NULL, NULL, NULL, area_actions_free);
}

void
_kansio_client_actions_add (GHashTable *actions,
                            KansioServiceArea area,
                            const char *plugin_id,
                            GActionGroup *group)
{
  AreaActions *entry;

  if (group == NULL || !g_action_group_has_action (group, "open-client"))
    return;
  entry = g_new0 (AreaActions, 1);
  entry->plugin_id = g_strdup (plugin_id);
  entry->may_open = TRUE;
  entry->may_start = g_action_group_has_action (group, "new-application");
  g_hash_table_replace (actions, GINT_TO_POINTER (area), entry);
}

static void
set_action (GtkWidget *widget, const char *plugin_id, const char *action, gint64 person_id)
{
  g_autofree char *name = g_strdup_printf ("%s.%s", plugin_id, action);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (widget), name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (widget), g_variant_new_int64 (person_id));
}

/* A case the user may see: in the property style, and when its area's
 * plugin opens clients, a row that opens it there. */
GtkWidget *
_kansio_client_actions_case_row (GHashTable *actions,
                                 KansioServiceArea area,
                                 gint64 person_id,
                                 const char *title,
                                 const char *value)
{
  AreaActions *entry = g_hash_table_lookup (actions, GINT_TO_POINTER (area));
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  if (entry != NULL && entry->may_open)
    {
      g_autofree char *tooltip = g_strdup_printf (_ ("Open the client’s matters in %s"),
                                                  kansio_service_area_get_name (area));

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, tooltip);
      set_action (row, entry->plugin_id, "open-client", person_id);
    }
  return row;
}

static void
update_tooltip_cb (GtkWidget *widget, GParamSpec *pspec, const char *why)
{
  gtk_widget_set_tooltip_text (widget, gtk_widget_get_sensitive (widget)
                                           ? g_object_get_data (G_OBJECT (widget), "tooltip")
                                           : why);
}

/**
 * _kansio_explain_insensitive:
 * @why: (not nullable): a static string, what the user lacks
 *
 * While @widget is insensitive (its action disabled, as for a user without
 * the right), its tooltip says why.
 */
void
_kansio_explain_insensitive (GtkWidget *widget, const char *why)
{
  g_object_set_data_full (G_OBJECT (widget), "tooltip",
                          g_strdup (gtk_widget_get_tooltip_text (widget)), g_free);
  g_signal_connect (widget, "notify::sensitive", G_CALLBACK (update_tooltip_cb), (gpointer) why);
  update_tooltip_cb (widget, NULL, why);
}

/* The buttons that start something for the client, one per area. */
void
_kansio_client_actions_fill_box (GHashTable *actions, GtkBox *box, gint64 person_id)
{
  GHashTableIter iter;
  gpointer key, value;
  GtkWidget *child;
  guint n_areas = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);

  g_hash_table_iter_init (&iter, actions);
  while (g_hash_table_iter_next (&iter, &key, &value))
    n_areas += ((AreaActions *) value)->may_start;

  g_hash_table_iter_init (&iter, actions);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      AreaActions *entry = value;
      const char *area_name = kansio_service_area_get_name (GPOINTER_TO_INT (key));
      g_autofree char *label = NULL;
      GtkWidget *button;

      if (!entry->may_start)
        continue;
      /* Translators: a button; %s is a service area, shown when there are several */
      label = n_areas > 1 ? g_strdup_printf (_ ("New Application: %s"), area_name)
                          : g_strdup (_ ("New _Application…"));
      button = gtk_button_new_with_mnemonic (label);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, area_name);
      set_action (button, entry->plugin_id, "new-application", person_id);
      _kansio_explain_insensitive (button,
                                   _ ("You have no right to register applications in this area. "
                                      "Ask your main user for it."));
      gtk_box_append (box, button);
    }
}
