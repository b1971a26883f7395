/* kansio-document-content.h
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

#define KANSIO_TYPE_DOCUMENT_CONTENT (kansio_document_content_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioDocumentContent, kansio_document_content, KANSIO, DOCUMENT_CONTENT, GObject)

KansioDocumentContent *kansio_document_content_new (void);
guint kansio_document_content_get_n_blocks (KansioDocumentContent *self);
void
kansio_document_content_add_heading (KansioDocumentContent *self, guint level, const char *text);
void kansio_document_content_add_paragraph (KansioDocumentContent *self, const char *text);
void kansio_document_content_add_table (KansioDocumentContent *self,
                                        guint n_columns,
                                        const char *const *header,
                                        const guint *right_aligned);
void kansio_document_content_add_table_row (KansioDocumentContent *self, const char *const *cells);
void kansio_document_content_add_page_break (KansioDocumentContent *self);
char *kansio_document_content_dup_text (KansioDocumentContent *self);

G_END_DECLS
