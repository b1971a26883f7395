/* kansio-income-support-attachment.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kansio-database.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_INCOME_SUPPORT_ATTACHMENT (kansio_income_support_attachment_get_type ())

G_DECLARE_FINAL_TYPE (KansioIncomeSupportAttachment,
                      kansio_income_support_attachment,
                      KANSIO,
                      INCOME_SUPPORT_ATTACHMENT,
                      GObject)

gint64 kansio_income_support_attachment_get_id (KansioIncomeSupportAttachment *self);
const char *kansio_income_support_attachment_get_description (KansioIncomeSupportAttachment *self);
const char *kansio_income_support_attachment_get_received_on (KansioIncomeSupportAttachment *self);
void kansio_income_support_attachment_mark_received_async (KansioIncomeSupportAttachment *self,
                                                           const GDate *received_on,
                                                           GCancellable *cancellable,
                                                           GAsyncReadyCallback callback,
                                                           gpointer user_data);
gboolean kansio_income_support_attachment_mark_received_finish (KansioIncomeSupportAttachment *self,
                                                                GAsyncResult *result,
                                                                GError **error);

G_END_DECLS
