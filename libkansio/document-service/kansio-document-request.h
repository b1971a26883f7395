/* kansio-document-request.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

#include "documents/kansio-document.h"
#include "db/kansio-database.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_DOCUMENT_REQUEST (kansio_document_request_get_type ())
G_DECLARE_FINAL_TYPE (
    KansioDocumentRequest, kansio_document_request, KANSIO, DOCUMENT_REQUEST, GObject)

KansioDocumentRequest *kansio_document_request_new (const char *inputs, GError **error);
const char *kansio_document_request_get_subject (KansioDocumentRequest *self);
KansioDocument *
kansio_document_request_compose (KansioDocumentRequest *self, GHashTable *parsed, GError **error);

void kansio_document_request_load_stored_async (KansioDatabase *database,
                                                gint64 document_id,
                                                GCancellable *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer user_data);
KansioDocumentRequest *kansio_document_request_load_stored_finish (GAsyncResult *result,
                                                                   GError **error);
const char *kansio_document_request_get_stored_sha256 (KansioDocumentRequest *self);
gboolean kansio_document_request_get_stored_pdf_intact (KansioDocumentRequest *self);

G_END_DECLS
