/* kansio-audit-log-check.h
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

#define KANSIO_TYPE_AUDIT_LOG_CHECK (kansio_audit_log_check_get_type ())

G_DECLARE_FINAL_TYPE (KansioAuditLogCheck, kansio_audit_log_check, KANSIO, AUDIT_LOG_CHECK, GObject)

const char *kansio_audit_log_check_get_log (KansioAuditLogCheck *self);
gint64 kansio_audit_log_check_get_rows_checked (KansioAuditLogCheck *self);
gboolean kansio_audit_log_check_get_intact (KansioAuditLogCheck *self);
const char *kansio_audit_log_check_get_problem (KansioAuditLogCheck *self);

void kansio_audit_log_check_run_async (KansioDatabase *database,
                                       GCancellable *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer user_data);
GListModel *kansio_audit_log_check_run_finish (GAsyncResult *result, GError **error);

G_END_DECLS
