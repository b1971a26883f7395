/* kansio-client-document.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_CLIENT_DOCUMENT (kansio_client_document_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioClientDocument, kansio_client_document, KANSIO, CLIENT_DOCUMENT, GObject)

gint64 kansio_client_document_get_id (KansioClientDocument *self);
const char *kansio_client_document_get_kind (KansioClientDocument *self);
const char *kansio_client_document_get_title (KansioClientDocument *self);
const char *kansio_client_document_get_language (KansioClientDocument *self);
int kansio_client_document_get_page_count (KansioClientDocument *self);
const char *kansio_client_document_get_created_at (KansioClientDocument *self);
const char *kansio_client_document_get_created_by (KansioClientDocument *self);
const char *kansio_client_document_get_sha256 (KansioClientDocument *self);
const char *kansio_client_document_get_template_name (KansioClientDocument *self);
int kansio_client_document_get_template_version (KansioClientDocument *self);
const char *kansio_client_document_get_case_number (KansioClientDocument *self);

G_END_DECLS
