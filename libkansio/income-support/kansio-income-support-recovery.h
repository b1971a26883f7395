/* kansio-income-support-recovery.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_INCOME_SUPPORT_RECOVERY (kansio_income_support_recovery_get_type ())

G_DECLARE_FINAL_TYPE (KansioIncomeSupportRecovery,
                      kansio_income_support_recovery,
                      KANSIO,
                      INCOME_SUPPORT_RECOVERY,
                      GObject)

gint64 kansio_income_support_recovery_get_id (KansioIncomeSupportRecovery *self);
gint64 kansio_income_support_recovery_get_amount_cents (KansioIncomeSupportRecovery *self);
const char *kansio_income_support_recovery_get_reasons (KansioIncomeSupportRecovery *self);
const char *kansio_income_support_recovery_get_prepared_by (KansioIncomeSupportRecovery *self);
const char *kansio_income_support_recovery_get_prepared_at (KansioIncomeSupportRecovery *self);
const char *kansio_income_support_recovery_get_decided_by (KansioIncomeSupportRecovery *self);
const char *kansio_income_support_recovery_get_decided_at (KansioIncomeSupportRecovery *self);
gint64 kansio_income_support_recovery_get_document_id (KansioIncomeSupportRecovery *self);
gint64 kansio_income_support_recovery_get_paid_cents (KansioIncomeSupportRecovery *self);
gboolean kansio_income_support_recovery_get_decided_by_me (KansioIncomeSupportRecovery *self);
gboolean kansio_income_support_recovery_get_is_decided (KansioIncomeSupportRecovery *self);

void kansio_income_support_recovery_decide_async (KansioIncomeSupportRecovery *self,
                                                  GCancellable *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer user_data);
gboolean kansio_income_support_recovery_decide_finish (KansioIncomeSupportRecovery *self,
                                                       GAsyncResult *result,
                                                       GError **error);

G_END_DECLS
