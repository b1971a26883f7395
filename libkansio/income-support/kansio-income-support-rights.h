/* kansio-income-support-rights.h
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

void kansio_income_support_rights_load_async (KansioDatabase *database,
                                              GCancellable *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer user_data);
gboolean kansio_income_support_rights_load_finish (GAsyncResult *result,
                                                   gboolean *may_handle,
                                                   gboolean *may_decide,
                                                   GError **error);

G_END_DECLS
