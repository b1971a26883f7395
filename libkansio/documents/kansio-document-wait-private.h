/* kansio-document-wait-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kansio-database.h"

G_BEGIN_DECLS

void _kansio_document_wait_async (KansioDatabase *database,
                                  const char *subject,
                                  gint64 subject_id,
                                  GCancellable *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer user_data);
gint64 _kansio_document_wait_finish (GAsyncResult *result, GError **error);

G_END_DECLS
