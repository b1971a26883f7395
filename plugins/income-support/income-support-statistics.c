/* income-support-statistics.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-statistics"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "income-support-format.h"
#include "income-support-statistics.h"

/* The yearly figures of supplementary and preventive income support as
 * THL asks for them (api.is_statistics), and the same as a CSV file, in
 * the columns `kansio-admin statistics income-support YEAR --csv` writes. */
struct _IncomeSupportStatistics
{
  AdwBin parent_instance;

  KansioContext *context;
  GCancellable *cancellable;
  KansioIncomeSupportStatistics *figures; /* of the year shown */
  GtkFileChooserNative *chooser;

  /* Template widgets */
  GtkSpinButton *year_spin;
  GtkStack *state_stack;
  AdwStatusPage *failed_page;
  GtkGrid *table_grid;
};

G_DEFINE_FINAL_TYPE (IncomeSupportStatistics, income_support_statistics, ADW_TYPE_BIN)

static void
update_actions (IncomeSupportStatistics *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-statistics.export",
                                 self->figures != NULL);
}

static void
attach_label (IncomeSupportStatistics *self,
              const char *text,
              int column,
              int row,
              gboolean number,
              gboolean heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), number ? 1.0f : 0.0f);
  gtk_widget_set_hexpand (label, !number);
  if (number)
    gtk_widget_add_css_class (label, "numeric");
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  gtk_label_set_selectable (GTK_LABEL (label), !heading);
  gtk_grid_attach (self->table_grid, label, column, row, 1, 1);
}

static void
fill_table (IncomeSupportStatistics *self)
{
  KansioLanguage language = _income_support_interface_language ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table_grid))) != NULL)
    gtk_grid_remove (self->table_grid, child);

  attach_label (self, _ ("Kind of support"), 0, 0, FALSE, TRUE);
  attach_label (self, _ ("Households"), 1, 0, TRUE, TRUE);
  attach_label (self, _ ("Persons"), 2, 0, TRUE, TRUE);
  attach_label (self, _ ("Household months"), 3, 0, TRUE, TRUE);
  attach_label (self, _ ("Paid"), 4, 0, TRUE, TRUE);

  for (guint i = 0; i < kansio_income_support_statistics_get_n_kinds (self->figures); i++)
    {
      /* Fewer than five households: the database shows the figures to the
       * auditor only. */
      gboolean hidden = kansio_income_support_statistics_is_suppressed (self->figures, i);
      g_autofree char *households
          = hidden
                ? g_strdup (_ ("fewer than 5"))
                : kansio_format_number (
                    language, kansio_income_support_statistics_get_households (self->figures, i));
      g_autofree char *persons = kansio_format_number (
          language, kansio_income_support_statistics_get_persons (self->figures, i));
      g_autofree char *months = kansio_format_number (
          language, kansio_income_support_statistics_get_household_months (self->figures, i));
      g_autofree char *euros = _income_support_format_money (
          kansio_income_support_statistics_get_euros_cents (self->figures, i));

      attach_label (self,
                    _income_support_choice_label (
                        INCOME_SUPPORT_CHOICE_KIND,
                        kansio_income_support_statistics_get_kind (self->figures, i)),
                    0, (int) i + 1, FALSE, FALSE);
      attach_label (self, households, 1, (int) i + 1, TRUE, FALSE);
      attach_label (self, hidden ? "" : persons, 2, (int) i + 1, TRUE, FALSE);
      attach_label (self, hidden ? "" : months, 3, (int) i + 1, TRUE, FALSE);
      attach_label (self, hidden ? "" : euros, 4, (int) i + 1, TRUE, FALSE);
    }
}

static void
on_statistics_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportStatistics) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioIncomeSupportStatistics) figures = NULL;

  figures = kansio_income_support_statistics_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (figures == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      g_clear_object (&self->figures);
      adw_status_page_set_description (self->failed_page, text);
      gtk_stack_set_visible_child_name (self->state_stack, "failed");
      update_actions (self);
      return;
    }

  g_set_object (&self->figures, figures);
  fill_table (self);
  gtk_stack_set_visible_child_name (self->state_stack, "table");
  update_actions (self);
}

static void
on_year_changed_cb (IncomeSupportStatistics *self)
{
  income_support_statistics_reload (self);
}

static void
on_exported_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportStatistics) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      text = g_strdup_printf (_ ("The file could not be written: %s"), error->message);
      _income_support_show_toast (GTK_WIDGET (self), text);
      return;
    }
  name = g_file_get_basename (G_FILE (object));
  text = g_strdup_printf (_ ("Statistics exported to %s"), name);
  _income_support_show_toast (GTK_WIDGET (self), text);
}

static void
on_chooser_response_cb (IncomeSupportStatistics *self, int response, GtkNativeDialog *chooser)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GBytes) bytes = NULL;
  char *csv;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  csv = income_support_statistics_dup_csv (self);
  if (csv == NULL)
    return;
  bytes = g_bytes_new_take (csv, strlen (csv));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       self->cancellable, on_exported_cb, g_object_ref (self));
}

/* Actions */

static void
income_support_statistics_reload_action (GtkWidget *widget,
                                         const char *action_name,
                                         GVariant *parameter)
{
  income_support_statistics_reload (INCOME_SUPPORT_STATISTICS (widget));
}

static void
income_support_statistics_export_action (GtkWidget *widget,
                                         const char *action_name,
                                         GVariant *parameter)
{
  IncomeSupportStatistics *self = INCOME_SUPPORT_STATISTICS (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = NULL;

  if (self->figures == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (
      _ ("Export Statistics"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
      GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));
  /* Translators: a file name; %u is the year */
  name = g_strdup_printf (_ ("income-support-%u.csv"),
                          kansio_income_support_statistics_get_year (self->figures));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Overrides */

static void
income_support_statistics_dispose (GObject *object)
{
  IncomeSupportStatistics *self = INCOME_SUPPORT_STATISTICS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_STATISTICS);
  g_clear_object (&self->figures);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (income_support_statistics_parent_class)->dispose (object);
}

static void
income_support_statistics_class_init (IncomeSupportStatisticsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_statistics_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-statistics.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportStatistics, year_spin);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportStatistics, state_stack);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportStatistics, failed_page);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportStatistics, table_grid);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed_cb);

  gtk_widget_class_install_action (widget_class, "income-support-statistics.reload", NULL,
                                   income_support_statistics_reload_action);
  gtk_widget_class_install_action (widget_class, "income-support-statistics.export", NULL,
                                   income_support_statistics_export_action);
}

static void
income_support_statistics_init (IncomeSupportStatistics *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));

  _income_support_add_shortcut (_income_support_add_managed_shortcuts (GTK_WIDGET (self)),
                                GDK_KEY_s, GDK_CONTROL_MASK, "income-support-statistics.export");
  self->cancellable = g_cancellable_new ();
  /* Set before a context is given: no query yet. */
  gtk_spin_button_set_value (self->year_spin, g_date_time_get_year (now));
  update_actions (self);
}

void
income_support_statistics_set_context (IncomeSupportStatistics *self, KansioContext *context)
{
  g_return_if_fail (INCOME_SUPPORT_IS_STATISTICS (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;
  g_clear_object (&self->figures);
  update_actions (self);
  if (context != NULL)
    income_support_statistics_reload (self);
}

/**
 * income_support_statistics_reload:
 *
 * Counts the year's figures again.
 */
void
income_support_statistics_reload (IncomeSupportStatistics *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_STATISTICS (self));

  if (self->context == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_clear_object (&self->figures);
  update_actions (self);
  gtk_stack_set_visible_child_name (self->state_stack, "loading");
  kansio_income_support_statistics_load_async (
      kansio_context_get_database (self->context), income_support_statistics_get_year (self),
      self->cancellable, on_statistics_loaded_cb, g_object_ref (self));
}

guint
income_support_statistics_get_year (IncomeSupportStatistics *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_STATISTICS (self), 0);
  return (guint) gtk_spin_button_get_value_as_int (self->year_spin);
}

void
income_support_statistics_set_year (IncomeSupportStatistics *self, guint year)
{
  g_return_if_fail (INCOME_SUPPORT_IS_STATISTICS (self));
  gtk_spin_button_set_value (self->year_spin, year);
}

/**
 * income_support_statistics_dup_csv:
 *
 * Returns: (transfer full) (nullable): the figures shown as CSV, with a
 *   header line: year;kind;households;persons;household_months;euros, the
 *   euros with a decimal point; %NULL before they are counted
 */
char *
income_support_statistics_dup_csv (IncomeSupportStatistics *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_STATISTICS (self), NULL);

  if (self->figures == NULL)
    return NULL;
  return kansio_income_support_statistics_dup_csv (self->figures);
}
