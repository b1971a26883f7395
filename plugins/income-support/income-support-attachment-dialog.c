/* income-support-attachment-dialog.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-attachment-dialog"

#include "config.h"

#include "income-support-attachment-dialog.h"

/* Asks what attachment the client must still send, and whether the
 * application waits for it. Its response is "add" or "cancel"; "add" is
 * offered once something is written. */
struct _IncomeSupportAttachmentDialog
{
  AdwMessageDialog parent_instance;

  GtkEditable *description_entry;
  GtkCheckButton *wait_check;
};

G_DEFINE_FINAL_TYPE (IncomeSupportAttachmentDialog,
                     income_support_attachment_dialog,
                     ADW_TYPE_MESSAGE_DIALOG)

static void
update_response (IncomeSupportAttachmentDialog *self)
{
  g_autofree char *text = income_support_attachment_dialog_dup_description (self);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", *text != '\0');
}

static void
income_support_attachment_dialog_class_init (IncomeSupportAttachmentDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-attachment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportAttachmentDialog,
                                        description_entry);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportAttachmentDialog, wait_check);
  gtk_widget_class_bind_template_callback (widget_class, update_response);
}

static void
income_support_attachment_dialog_init (IncomeSupportAttachmentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * income_support_attachment_dialog_new:
 * @may_wait: whether the application may be set to wait for it: it is
 *   received or in processing
 */
IncomeSupportAttachmentDialog *
income_support_attachment_dialog_new (GtkWindow *parent, gboolean may_wait)
{
  IncomeSupportAttachmentDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (INCOME_SUPPORT_TYPE_ATTACHMENT_DIALOG, "transient-for", parent, "modal",
                       TRUE, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->wait_check), may_wait);
  return self;
}

/**
 * income_support_attachment_dialog_dup_description:
 *
 * Returns: (transfer full): what is asked for, without spaces around it
 */
char *
income_support_attachment_dialog_dup_description (IncomeSupportAttachmentDialog *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_ATTACHMENT_DIALOG (self), NULL);
  return g_strstrip (g_strdup (gtk_editable_get_text (self->description_entry)));
}

/**
 * income_support_attachment_dialog_get_wait:
 *
 * Returns: whether the application is to wait for the attachment
 */
gboolean
income_support_attachment_dialog_get_wait (IncomeSupportAttachmentDialog *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_ATTACHMENT_DIALOG (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->wait_check))
         && gtk_check_button_get_active (self->wait_check);
}
