/* income-support-payment-run-dialog.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-payment-run-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-format.h"
#include "income-support-payment-run-dialog.h"

/* Asks before a payment run is made, with the day it pays by: a run is
 * not taken back. Its response is "make" or "cancel". */
struct _IncomeSupportPaymentRunDialog
{
  AdwMessageDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (IncomeSupportPaymentRunDialog,
                     income_support_payment_run_dialog,
                     ADW_TYPE_MESSAGE_DIALOG)

static void
income_support_payment_run_dialog_class_init (IncomeSupportPaymentRunDialogClass *klass)
{
  gtk_widget_class_set_template_from_resource (
      GTK_WIDGET_CLASS (klass),
      "/fi/kansio/Kansio/income-support/income-support-payment-run-dialog.ui");
}

static void
income_support_payment_run_dialog_init (IncomeSupportPaymentRunDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * income_support_payment_run_dialog_new:
 * @day: the day the run pays by, as the user reads it: d.m.yyyy
 * @n_orders: how many orders the run would pay
 * @total_cents: their sum
 *
 * With nothing due, the dialog says so and offers no run.
 */
AdwMessageDialog *
income_support_payment_run_dialog_new (GtkWindow *parent,
                                       const char *day,
                                       guint n_orders,
                                       gint64 total_cents)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  g_autofree char *orders = NULL;
  g_autofree char *total = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  dialog = g_object_new (INCOME_SUPPORT_TYPE_PAYMENT_RUN_DIALOG, "transient-for", parent, NULL);
  if (n_orders == 0)
    {
      /* Translators: %s is the day, d.m.yyyy */
      body = g_strdup_printf (_ ("No decided payment order is due by %s in the units where you "
                                 "decide: there is nothing to pay."),
                              day);
      adw_message_dialog_set_response_enabled (dialog, "make", FALSE);
      adw_message_dialog_set_default_response (dialog, "cancel");
    }
  else
    {
      orders = _income_support_format_orders (n_orders);
      total = _income_support_format_money (total_cents);
      /* Translators: the first %s is "3 orders", the second the total
       * ("1 234,56 €"), the third the day, d.m.yyyy */
      body = g_strdup_printf (_ ("%s, %s in all, due by %s in the units where you decide, are put "
                                 "into the run and paid on that day. A run is not taken back; its "
                                 "file can be saved again."),
                              orders, total, day);
    }
  adw_message_dialog_set_body (dialog, body);
  return dialog;
}
