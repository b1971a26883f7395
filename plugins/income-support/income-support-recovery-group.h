/* income-support-recovery-group.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_RECOVERY_GROUP (income_support_recovery_group_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportRecoveryGroup,
                      income_support_recovery_group,
                      INCOME_SUPPORT,
                      RECOVERY_GROUP,
                      AdwBin)

void income_support_recovery_group_set_context (IncomeSupportRecoveryGroup *self,
                                                KansioContext *context);
void income_support_recovery_group_set_rights (IncomeSupportRecoveryGroup *self,
                                               gboolean may_handle,
                                               gboolean may_decide);
void income_support_recovery_group_set_decision (IncomeSupportRecoveryGroup *self,
                                                 KansioIncomeSupportApplication *application,
                                                 KansioIncomeSupportDecision *decision,
                                                 gint64 paid_cents);
void income_support_recovery_group_prepare (IncomeSupportRecoveryGroup *self);

G_END_DECLS
