/* income-support-member-dialog.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_MEMBER_DIALOG (income_support_member_dialog_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportMemberDialog,
                      income_support_member_dialog,
                      INCOME_SUPPORT,
                      MEMBER_DIALOG,
                      AdwMessageDialog)

IncomeSupportMemberDialog *income_support_member_dialog_new (GtkWindow *parent,
                                                             GListModel *members);
char *income_support_member_dialog_dup_name (IncomeSupportMemberDialog *self);
const char *income_support_member_dialog_get_role (IncomeSupportMemberDialog *self);
gboolean income_support_member_dialog_get_birth_date (IncomeSupportMemberDialog *self,
                                                      GDate *birth_date);

G_END_DECLS
