/* kansio-document.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kansio-document-format.h"
#include "kansio-rows.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_DOCUMENT (kansio_document_get_type ())

G_DECLARE_FINAL_TYPE (KansioDocument, kansio_document, KANSIO, DOCUMENT, GObject)

KansioDocument *kansio_document_new_from_rows (KansioRows *rows, guint row, GError **error);
gint64 kansio_document_get_id (KansioDocument *self);
gint64 kansio_document_get_person_id (KansioDocument *self);
gint64 kansio_document_get_case_id (KansioDocument *self);
gint64 kansio_document_get_template_version_id (KansioDocument *self);
const char *kansio_document_get_kind (KansioDocument *self);
const char *kansio_document_get_title (KansioDocument *self);
KansioLanguage kansio_document_get_language (KansioDocument *self);
GBytes *kansio_document_get_pdf (KansioDocument *self);
guint kansio_document_get_n_pages (KansioDocument *self);
const char *kansio_document_get_sha256 (KansioDocument *self);
gboolean kansio_document_is_stored (KansioDocument *self);
gboolean kansio_document_is_draft (KansioDocument *self);
char *kansio_document_dup_file_name (KansioDocument *self);

G_END_DECLS
