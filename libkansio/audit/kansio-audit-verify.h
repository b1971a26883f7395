/* kansio-audit-verify.h
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

const char *kansio_audit_log_label (const char *log);
void kansio_audit_verify_async (KansioDatabase *database,
                                const char *directory,
                                GCancellable *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer user_data);
gboolean kansio_audit_verify_finish (GAsyncResult *result, char **report, GError **error);

G_END_DECLS
