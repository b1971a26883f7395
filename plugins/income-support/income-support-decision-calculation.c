/* income-support-decision-calculation.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-decision-calculation"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <kansio.h>

#include "income-support-decision-calculation.h"
#include "income-support-format.h"

/* "Calculation of the Decision" on the decision page: the lines the
 * decision was prepared with, as they were calculated, and their totals,
 * from the calculation the decision stores (its "calculation" property). */
struct _IncomeSupportDecisionCalculation
{
  AdwPreferencesGroup parent_instance;

  /* Template widgets */
  GtkListBox *stored_list;
};

G_DEFINE_FINAL_TYPE (IncomeSupportDecisionCalculation,
                     income_support_decision_calculation,
                     ADW_TYPE_PREFERENCES_GROUP)

static void
remove_rows (GtkListBox *list)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));

  /* Rows only: the placeholder is a child too. */
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (list, child);
      child = next;
    }
}

/* "-133.04" as cents. */
static gboolean
parse_signed_euros (const char *text, gint64 *cents)
{
  gboolean negative = text != NULL && *text == '-';

  if (!kansio_parse_euros (negative ? text + 1 : text, cents))
    return FALSE;
  if (negative)
    *cents = -*cents;
  return TRUE;
}

static void
income_support_decision_calculation_class_init (IncomeSupportDecisionCalculationClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-decision-calculation.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionCalculation,
                                        stored_list);
}

static void
income_support_decision_calculation_init (IncomeSupportDecisionCalculation *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * income_support_decision_calculation_set_json:
 * @calculation_json: (nullable): the decision's calculation, with its input
 *
 * Shows the lines and totals of @calculation_json; nothing for %NULL.
 */
void
income_support_decision_calculation_set_json (IncomeSupportDecisionCalculation *self,
                                              const char *calculation_json)
{
  static const struct
  {
    const char *member;
    const char *title;
  } totals[] = {
    { "total_expenses", N_ ("Expenses in all") },
    { "total_income", N_ ("Income in all") },
    { "support", N_ ("Support according to the calculation") },
  };
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonNode *lines;

  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_CALCULATION (self));

  remove_rows (self->stored_list);
  if (calculation_json == NULL || !json_parser_load_from_data (parser, calculation_json, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;
  root = json_node_get_object (json_parser_get_root (parser));
  lines = json_object_get_member (root, "lines");
  if (lines != NULL && JSON_NODE_HOLDS_ARRAY (lines))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (lines)); i++)
      {
        JsonNode *node = json_array_get_element (json_node_get_array (lines), i);
        JsonObject *line = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
        gint64 cents;

        if (line != NULL
            && parse_signed_euros (_income_support_json_string (line, "amount"), &cents))
          gtk_list_box_append (self->stored_list,
                               _income_support_amount_row_new (
                                   _income_support_json_string (line, "label") ?: "",
                                   _income_support_json_string (line, "member"), cents, FALSE));
      }
  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    {
      gint64 cents;

      if (parse_signed_euros (_income_support_json_string (root, totals[i].member), &cents))
        {
          GtkWidget *row = _income_support_amount_row_new (_ (totals[i].title), NULL, cents, FALSE);

          gtk_widget_add_css_class (row, "heading");
          gtk_list_box_append (self->stored_list, row);
        }
    }
}
