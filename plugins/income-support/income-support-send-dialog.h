/* income-support-send-dialog.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_SEND_DIALOG (income_support_send_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportSendDialog,
                      income_support_send_dialog,
                      INCOME_SUPPORT,
                      SEND_DIALOG,
                      AdwMessageDialog)

AdwMessageDialog *income_support_send_dialog_new (GtkWindow *parent);

G_END_DECLS
