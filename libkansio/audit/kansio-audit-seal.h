/* kansio-audit-seal.h
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

void kansio_audit_seal_async (KansioDatabase *database,
                              const char *directory,
                              GCancellable *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer user_data);
gboolean kansio_audit_seal_finish (GAsyncResult *result, guint64 *n_sealed, GError **error);

G_END_DECLS
