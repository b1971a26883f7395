/* income-support-calculation-result.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-calculation-result"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-calculation-result.h"
#include "income-support-format.h"

/* "Calculation of 3/2026" under the calculation editor: a month as the
 * engine calculated it, line by line, with the totals and every rounding
 * made. */
struct _IncomeSupportCalculationResult
{
  AdwPreferencesGroup parent_instance;

  /* Template widgets */
  GtkListBox *lines_list;
  GtkLabel *expenses_total_label;
  GtkLabel *income_total_label;
  GtkLabel *support_label;
  GtkLabel *notes_label;
};

G_DEFINE_FINAL_TYPE (IncomeSupportCalculationResult,
                     income_support_calculation_result,
                     ADW_TYPE_PREFERENCES_GROUP)

static void
income_support_calculation_result_class_init (IncomeSupportCalculationResultClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-calculation-result.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationResult, lines_list);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationResult,
                                        expenses_total_label);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationResult,
                                        income_total_label);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationResult,
                                        support_label);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationResult, notes_label);
}

static void
income_support_calculation_result_init (IncomeSupportCalculationResult *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * income_support_calculation_result_fill:
 * @calculation: a calculation run
 * @month: the month calculated, as the user reads it: 3/2026
 *
 * Shows @calculation in place of what was shown.
 */
void
income_support_calculation_result_fill (IncomeSupportCalculationResult *self,
                                        KansioIncomeSupportCalculation *calculation,
                                        const char *month)
{
  const char *const *notes = NULL;
  GtkWidget *child;
  g_autofree char *title = NULL;
  g_autofree char *expenses = NULL;
  g_autofree char *income = NULL;
  g_autofree char *support = NULL;
  g_autofree char *notes_text = NULL;

  g_return_if_fail (INCOME_SUPPORT_IS_CALCULATION_RESULT (self));
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (calculation));
  g_return_if_fail (month != NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->lines_list))) != NULL)
    gtk_list_box_remove (self->lines_list, child);
  for (guint i = 0; i < kansio_income_support_calculation_get_n_lines (calculation); i++)
    {
      const char *member = NULL, *label = NULL;
      gint64 cents = 0;
      const char *kind
          = kansio_income_support_calculation_get_line (calculation, i, &member, &label, &cents);
      GtkWidget *row = _income_support_amount_row_new (label, member, cents, TRUE);

      /* Shown, never summed (DOMAIN.md 2.2): set apart from what counts. */
      if (g_str_equal (kind, "income_not_counted"))
        gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->lines_list, row);
    }

  /* Translators: %s is a month, 3/2026 */
  title = g_strdup_printf (_ ("Calculation of %s"), month);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), title);
  expenses = _income_support_format_money (
      kansio_income_support_calculation_get_total_expenses (calculation));
  income = _income_support_format_money (
      kansio_income_support_calculation_get_total_income (calculation));
  support
      = _income_support_format_money (kansio_income_support_calculation_get_support (calculation));
  gtk_label_set_label (self->expenses_total_label, expenses);
  gtk_label_set_label (self->income_total_label, income);
  gtk_label_set_label (self->support_label, support);

  notes = kansio_income_support_calculation_get_notes (calculation);
  notes_text = notes != NULL ? g_strjoinv ("\n", (char **) notes) : NULL;
  gtk_label_set_label (self->notes_label, notes_text != NULL ? notes_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label),
                          notes_text != NULL && *notes_text != '\0');
}
