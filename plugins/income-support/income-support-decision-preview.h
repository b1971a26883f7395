/* income-support-decision-preview.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_DECISION_PREVIEW (income_support_decision_preview_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportDecisionPreview,
                      income_support_decision_preview,
                      INCOME_SUPPORT,
                      DECISION_PREVIEW,
                      GObject)

IncomeSupportDecisionPreview *income_support_decision_preview_new (void);
void income_support_decision_preview_set_context (IncomeSupportDecisionPreview *self,
                                                  KansioContext *context);
void income_support_decision_preview_load_async (IncomeSupportDecisionPreview *self,
                                                 KansioIncomeSupportApplication *application,
                                                 KansioIncomeSupportDecision *decision,
                                                 GCancellable *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer user_data);
KansioDocument *income_support_decision_preview_load_finish (IncomeSupportDecisionPreview *self,
                                                             GAsyncResult *result,
                                                             GError **error);

G_END_DECLS
