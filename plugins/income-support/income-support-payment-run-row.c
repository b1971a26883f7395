/* income-support-payment-run-row.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-payment-run-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-format.h"
#include "income-support-payment-run-row.h"

/* A payment run in the list of the latest runs: its message id, when it
 * pays, how many orders and who made it, its sum, and a button to save
 * its file again ("income-support-payment-runs.save-again" with the
 * run's id). */
struct _IncomeSupportPaymentRunRow
{
  AdwActionRow parent_instance;

  /* Template widgets */
  GtkLabel *amount_label;
  GtkButton *save_button;
};

G_DEFINE_FINAL_TYPE (IncomeSupportPaymentRunRow,
                     income_support_payment_run_row,
                     ADW_TYPE_ACTION_ROW)

static void
income_support_payment_run_row_class_init (IncomeSupportPaymentRunRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-payment-run-row.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPaymentRunRow, amount_label);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPaymentRunRow, save_button);
}

static void
income_support_payment_run_row_init (IncomeSupportPaymentRunRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
income_support_payment_run_row_new (KansioIncomeSupportPaymentRun *run)
{
  IncomeSupportPaymentRunRow *self;
  g_autofree char *run_on = NULL;
  g_autofree char *created_at = NULL;
  g_autofree char *orders = NULL;
  g_autofree char *total = NULL;
  g_autofree char *subtitle = NULL;
  const char *created_by;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_RUN (run), NULL);

  self = g_object_new (INCOME_SUPPORT_TYPE_PAYMENT_RUN_ROW, NULL);
  run_on = _income_support_format_date (kansio_income_support_payment_run_get_run_on (run));
  created_at
      = _income_support_format_timestamp (kansio_income_support_payment_run_get_created_at (run));
  orders = _income_support_format_orders (kansio_income_support_payment_run_get_n_orders (run));
  total = _income_support_format_money (kansio_income_support_payment_run_get_total_cents (run));
  created_by = kansio_income_support_payment_run_get_created_by (run);
  if (created_by != NULL)
    /* Translators: the payment date, the number of orders ("2 orders"),
     * who made the run and when (d.m.yyyy hh.mm) */
    subtitle = g_strdup_printf (_ ("Payment date %s · %s · made by %s, %s"), run_on, orders,
                                created_by, created_at);
  else
    /* Translators: the payment date and the number of orders ("2 orders") */
    subtitle = g_strdup_printf (_ ("Payment date %s · %s"), run_on, orders);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 kansio_income_support_payment_run_get_message_id (run));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_label_set_label (self->amount_label, total);
  gtk_actionable_set_action_target_value (
      GTK_ACTIONABLE (self->save_button),
      g_variant_new_int64 (kansio_income_support_payment_run_get_id (run)));
  return GTK_WIDGET (self);
}
