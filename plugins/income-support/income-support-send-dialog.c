/* income-support-send-dialog.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-send-dialog"

#include "config.h"

#include "income-support-send-dialog.h"

/* Asks how a decided decision was sent today: its response is "post",
 * "electronic" or "cancel". The rectification period runs from the day
 * the decision reaches the client, presumed from the day and the channel. */
struct _IncomeSupportSendDialog
{
  AdwMessageDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (IncomeSupportSendDialog, income_support_send_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
income_support_send_dialog_class_init (IncomeSupportSendDialogClass *klass)
{
  gtk_widget_class_set_template_from_resource (
      GTK_WIDGET_CLASS (klass), "/fi/kansio/Kansio/income-support/income-support-send-dialog.ui");
}

static void
income_support_send_dialog_init (IncomeSupportSendDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwMessageDialog *
income_support_send_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (INCOME_SUPPORT_TYPE_SEND_DIALOG, "transient-for", parent, "modal", TRUE,
                       NULL);
}
