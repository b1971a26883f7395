/* kansio-document-content.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a document says, block by block, before it is laid out on pages:
 * what a template expands to, or what code builds (the "who has viewed my
 * data" report). The PDF writer lays it out.
 */
#define G_LOG_DOMAIN "kansio-document-content"

#include "config.h"

#include <pango/pango.h>

#include "kansio-document-content-private.h"

struct _KansioDocumentContent
{
  GObject parent_instance;

  GPtrArray *blocks; /* of KansioDocumentBlock */
};

G_DEFINE_FINAL_TYPE (KansioDocumentContent, kansio_document_content, G_TYPE_OBJECT)

static void
block_free (KansioDocumentBlock *block)
{
  g_free (block->markup);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block->right_aligned);
  g_free (block);
}

static void
kansio_document_content_finalize (GObject *object)
{
  KansioDocumentContent *self = KANSIO_DOCUMENT_CONTENT (object);

  g_clear_pointer (&self->blocks, g_ptr_array_unref);

  G_OBJECT_CLASS (kansio_document_content_parent_class)->finalize (object);
}

static void
kansio_document_content_class_init (KansioDocumentContentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_document_content_finalize;
}

static void
kansio_document_content_init (KansioDocumentContent *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
}

KansioDocumentContent *
kansio_document_content_new (void)
{
  return g_object_new (KANSIO_TYPE_DOCUMENT_CONTENT, NULL);
}

guint
kansio_document_content_get_n_blocks (KansioDocumentContent *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_CONTENT (self), 0);

  return self->blocks->len;
}

KansioDocumentBlock *
_kansio_document_content_append (KansioDocumentContent *self, KansioBlockKind kind)
{
  KansioDocumentBlock *block = g_new0 (KansioDocumentBlock, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  return block;
}

KansioDocumentBlock *
_kansio_document_content_get_block (KansioDocumentContent *self, guint index)
{
  return g_ptr_array_index (self->blocks, index);
}

/* (nullable) */
KansioDocumentBlock *
_kansio_document_content_get_last (KansioDocumentContent *self)
{
  return self->blocks->len > 0 ? g_ptr_array_index (self->blocks, self->blocks->len - 1) : NULL;
}

static GStrv
copy_row (GStrv row, guint n_columns)
{
  GStrv copy = g_new0 (char *, n_columns + 1);

  for (guint i = 0; i < n_columns; i++)
    copy[i] = g_strdup (row[i]);
  return copy;
}

/* Moves nothing: copies @other's blocks to the end of @self. */
void
_kansio_document_content_append_content (KansioDocumentContent *self, KansioDocumentContent *other)
{
  for (guint i = 0; i < other->blocks->len; i++)
    {
      KansioDocumentBlock *from = g_ptr_array_index (other->blocks, i);
      KansioDocumentBlock *to = _kansio_document_content_append (self, from->kind);

      to->level = from->level;
      to->markup = g_strdup (from->markup);
      to->n_columns = from->n_columns;
      to->n_header_rows = from->n_header_rows;
      if (from->right_aligned != NULL)
        to->right_aligned = g_memdup2 (from->right_aligned, from->n_columns * sizeof (gboolean));
      if (from->rows != NULL)
        {
          to->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
          for (guint r = 0; r < from->rows->len; r++)
            g_ptr_array_add (to->rows,
                             copy_row (g_ptr_array_index (from->rows, r), from->n_columns));
        }
    }
}

void
kansio_document_content_add_heading (KansioDocumentContent *self, guint level, const char *text)
{
  KansioDocumentBlock *block;

  g_return_if_fail (KANSIO_IS_DOCUMENT_CONTENT (self));
  g_return_if_fail (text != NULL);

  block = _kansio_document_content_append (self, KANSIO_BLOCK_HEADING);
  block->level = CLAMP (level, 1, 3);
  block->markup = g_markup_escape_text (text, -1);
}

void
kansio_document_content_add_paragraph (KansioDocumentContent *self, const char *text)
{
  g_return_if_fail (KANSIO_IS_DOCUMENT_CONTENT (self));
  g_return_if_fail (text != NULL);

  _kansio_document_content_append (self, KANSIO_BLOCK_PARAGRAPH)->markup
      = g_markup_escape_text (text, -1);
}

/**
 * kansio_document_content_add_table:
 * @header: (array length=n_columns) (nullable): column titles
 * @right_aligned: (array length=n_columns) (nullable): which columns hold
 *   amounts and are aligned right
 *
 * Starts a table; add its rows with kansio_document_content_add_table_row().
 */
void
kansio_document_content_add_table (KansioDocumentContent *self,
                                   guint n_columns,
                                   const char *const *header,
                                   const guint *right_aligned)
{
  KansioDocumentBlock *block;

  g_return_if_fail (KANSIO_IS_DOCUMENT_CONTENT (self));
  g_return_if_fail (n_columns > 0);

  block = _kansio_document_content_append (self, KANSIO_BLOCK_TABLE);
  block->n_columns = n_columns;
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  block->right_aligned = g_new0 (gboolean, n_columns);
  for (guint i = 0; right_aligned != NULL && i < n_columns; i++)
    block->right_aligned[i] = right_aligned[i] != 0;
  if (header != NULL)
    {
      kansio_document_content_add_table_row (self, header);
      block->n_header_rows = 1;
    }
}

/**
 * kansio_document_content_add_table_row:
 * @cells: (array): as many plain-text cells as the table has columns
 */
void
kansio_document_content_add_table_row (KansioDocumentContent *self, const char *const *cells)
{
  KansioDocumentBlock *block;
  GStrv row;

  g_return_if_fail (KANSIO_IS_DOCUMENT_CONTENT (self));
  block = _kansio_document_content_get_last (self);
  g_return_if_fail (block != NULL && block->kind == KANSIO_BLOCK_TABLE);

  row = g_new0 (char *, block->n_columns + 1);
  for (guint i = 0; i < block->n_columns; i++)
    row[i] = g_markup_escape_text (cells[i] != NULL ? cells[i] : "", -1);
  g_ptr_array_add (block->rows, row);
}

void
kansio_document_content_add_page_break (KansioDocumentContent *self)
{
  g_return_if_fail (KANSIO_IS_DOCUMENT_CONTENT (self));

  _kansio_document_content_append (self, KANSIO_BLOCK_PAGE_BREAK);
}

static void
append_plain (GString *out, const char *markup)
{
  g_autofree char *text = NULL;

  if (pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL))
    g_string_append (out, text);
}

/**
 * kansio_document_content_dup_text:
 *
 * Returns: (transfer full): the content as plain text, a block a line and
 * table cells separated by tabs: what tests and the editor's outline read.
 */
char *
kansio_document_content_dup_text (KansioDocumentContent *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (KANSIO_IS_DOCUMENT_CONTENT (self), NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      KansioDocumentBlock *block = g_ptr_array_index (self->blocks, i);

      switch (block->kind)
        {
        case KANSIO_BLOCK_HEADING:
        case KANSIO_BLOCK_PARAGRAPH:
        case KANSIO_BLOCK_LIST_ITEM:
          append_plain (out, block->markup);
          g_string_append_c (out, '\n');
          break;
        case KANSIO_BLOCK_TABLE:
          for (guint r = 0; r < block->rows->len; r++)
            {
              GStrv row = g_ptr_array_index (block->rows, r);

              for (guint c = 0; c < block->n_columns; c++)
                {
                  if (c > 0)
                    g_string_append_c (out, '\t');
                  append_plain (out, row[c]);
                }
              g_string_append_c (out, '\n');
            }
          break;
        case KANSIO_BLOCK_PAGE_BREAK:
          g_string_append (out, "\f\n");
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return g_string_free (out, FALSE);
}
