/* kansio-document-content-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kansio-document-content.h"

G_BEGIN_DECLS

typedef enum
{
  KANSIO_BLOCK_HEADING,
  KANSIO_BLOCK_PARAGRAPH,
  KANSIO_BLOCK_LIST_ITEM,
  KANSIO_BLOCK_TABLE,
  KANSIO_BLOCK_PAGE_BREAK,
} KansioBlockKind;

/* Text is Pango markup: every character from a template or a value has
 * been escaped, so only <b> and <i> made by the markup parser remain. */
typedef struct
{
  KansioBlockKind kind;
  guint level;     /* heading level; a list item's number, 0 for a bullet */
  char *markup;    /* heading, paragraph, list item */
  GPtrArray *rows; /* table: each a GStrv of cell markup */
  guint n_columns;
  guint n_header_rows;
  gboolean *right_aligned; /* n_columns */
} KansioDocumentBlock;

KansioDocumentBlock *_kansio_document_content_append (KansioDocumentContent *self,
                                                      KansioBlockKind kind);
KansioDocumentBlock *_kansio_document_content_get_block (KansioDocumentContent *self, guint index);
KansioDocumentBlock *_kansio_document_content_get_last (KansioDocumentContent *self);
void _kansio_document_content_append_content (KansioDocumentContent *self,
                                              KansioDocumentContent *other);

G_END_DECLS
