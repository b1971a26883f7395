/* income-support-attachment-dialog.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_ATTACHMENT_DIALOG (income_support_attachment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportAttachmentDialog,
                      income_support_attachment_dialog,
                      INCOME_SUPPORT,
                      ATTACHMENT_DIALOG,
                      AdwMessageDialog)

IncomeSupportAttachmentDialog *income_support_attachment_dialog_new (GtkWindow *parent,
                                                                     gboolean may_wait);
char *income_support_attachment_dialog_dup_description (IncomeSupportAttachmentDialog *self);
gboolean income_support_attachment_dialog_get_wait (IncomeSupportAttachmentDialog *self);

G_END_DECLS
