/* kansio-template-expansion.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A parsed template (kansio-template-parser.c) expanded with merge data
 * into document content: conditions decided, lists repeated, blocks
 * included, and every value escaped as it is written out.
 */
#define G_LOG_DOMAIN "kansio-template"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-document-content-private.h"
#include "kansio-merge-data-private.h"
#include "kansio-template-private.h"

/* Includes deeper than this are a loop. */
#define MAX_INCLUDE_DEPTH 8

typedef struct
{
  const char *alias;
  KansioMergeData *item;
} Scope;

typedef struct
{
  KansioMergeData *data;
  KansioLanguage language;
  GHashTable *blocks;
  KansioDocumentContent *content;
  GArray *scopes;              /* of Scope */
  KansioTemplateLineKind last; /* the kind of the last line written, for joining */
  guint depth;
  GError *error;
} Expansion;

G_GNUC_PRINTF (5, 6)
static void
fail (Expansion *expansion,
      KansioTemplateError code,
      guint line,
      guint column,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (expansion->error != NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (&expansion->error, KANSIO_TEMPLATE_ERROR, code, _ ("Line %u, column %u: %s"), line,
               column, message);
}

/* Where a field's value is: the item of the innermost {{#each}} whose
 * row name it starts with, or the document's data. */
static KansioMergeData *
find_field (Expansion *expansion, const char *name, const char **local_name)
{
  const char *dot = strchr (name, '.');
  gsize head_length = dot != NULL ? (gsize) (dot - name) : strlen (name);

  for (guint i = expansion->scopes->len; i > 0; i--)
    {
      Scope *scope = &g_array_index (expansion->scopes, Scope, i - 1);

      if (strlen (scope->alias) == head_length && strncmp (scope->alias, name, head_length) == 0)
        {
          *local_name = dot != NULL ? dot + 1 : "";
          return scope->item;
        }
    }
  *local_name = name;
  return expansion->data;
}

static void
append_value (GString *markup, const char *value)
{
  g_autofree char *escaped = g_markup_escape_text (value, -1);

  g_string_append (markup, escaped);
}

/* A cell's text without the spaces around it; a line break stays. */
static char *
strip_spaces (const char *text)
{
  gsize start = strspn (text, " \t"), end = strlen (text);

  while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
    end--;
  return g_strndup (text + start, end - start);
}

/* The tokens of a line as Pango markup, a string per table cell. */
static GPtrArray *
write_tokens (Expansion *expansion, GPtrArray *tokens)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) markup = g_string_new (NULL);
  gboolean bold = FALSE, italic = FALSE, seen_cell = FALSE;

  for (guint i = 0; i < tokens->len; i++)
    {
      KansioTemplateToken *token = g_ptr_array_index (tokens, i);
      const char *local_name;
      KansioMergeData *source;
      g_autofree char *value = NULL;

      switch (token->kind)
        {
        case KANSIO_TEMPLATE_TOKEN_TEXT:
          append_value (markup, token->text);
          break;
        case KANSIO_TEMPLATE_TOKEN_FIELD:
          source = find_field (expansion, token->text, &local_name);
          value
              = _kansio_merge_data_format (source, local_name, token->format, expansion->language);
          append_value (markup, value);
          break;
        case KANSIO_TEMPLATE_TOKEN_BOLD:
          g_string_append (markup, bold ? "</b>" : "<b>");
          bold = !bold;
          break;
        case KANSIO_TEMPLATE_TOKEN_ITALIC:
          g_string_append (markup, italic ? "</i>" : "<i>");
          italic = !italic;
          break;
        case KANSIO_TEMPLATE_TOKEN_BREAK:
          g_string_append_c (markup, '\n');
          break;
        case KANSIO_TEMPLATE_TOKEN_CELL:
          /* The text before a row's first | is no cell. */
          if (seen_cell)
            g_ptr_array_add (cells, strip_spaces (markup->str));
          seen_cell = TRUE;
          g_string_truncate (markup, 0);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  /* A line's own text, or a last cell without its closing |. */
  if (!seen_cell)
    g_ptr_array_add (cells, g_strdup (markup->str));
  else if (markup->str[strspn (markup->str, " \t")] != '\0')
    g_ptr_array_add (cells, strip_spaces (markup->str));
  return cells;
}

static void
write_table_row (Expansion *expansion, KansioTemplateNode *node, GPtrArray *cells)
{
  KansioDocumentBlock *table = _kansio_document_content_get_last (expansion->content);
  GStrv row;

  if (expansion->last != KANSIO_TEMPLATE_LINE_TABLE_ROW
      && expansion->last != KANSIO_TEMPLATE_LINE_TABLE_RULE)
    {
      table = _kansio_document_content_append (expansion->content, KANSIO_BLOCK_TABLE);
      table->n_columns = cells->len;
      table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      table->right_aligned = g_new0 (gboolean, cells->len);
    }
  else if (cells->len != table->n_columns)
    {
      fail (expansion, KANSIO_TEMPLATE_ERROR_TABLE, node->line, node->column,
            _ ("This row has %u cells; the table’s first row has %u."), cells->len,
            table->n_columns);
      return;
    }
  row = g_new0 (char *, cells->len + 1);
  for (guint i = 0; i < cells->len; i++)
    row[i] = g_strdup (g_ptr_array_index (cells, i));
  g_ptr_array_add (table->rows, row);
}

static void
write_table_rule (Expansion *expansion, KansioTemplateNode *node)
{
  KansioDocumentBlock *table = _kansio_document_content_get_last (expansion->content);

  if (expansion->last != KANSIO_TEMPLATE_LINE_TABLE_ROW || table->rows->len != 1
      || node->rule_right->len != table->n_columns)
    {
      fail (expansion, KANSIO_TEMPLATE_ERROR_TABLE, node->line, node->column,
            _ ("A rule |---| goes right under a table’s first row, with a cell for each "
               "column."));
      return;
    }
  table->n_header_rows = 1;
  for (guint i = 0; i < table->n_columns; i++)
    table->right_aligned[i] = g_array_index (node->rule_right, gboolean, i);
}

static void
write_line (Expansion *expansion, KansioTemplateNode *node)
{
  g_autoptr (GPtrArray) cells = NULL;
  KansioDocumentBlock *block;
  const char *markup;

  if (node->line_kind == KANSIO_TEMPLATE_LINE_BLANK)
    {
      expansion->last = KANSIO_TEMPLATE_LINE_BLANK;
      return;
    }
  if (node->line_kind == KANSIO_TEMPLATE_LINE_TABLE_RULE)
    {
      write_table_rule (expansion, node);
      expansion->last = KANSIO_TEMPLATE_LINE_TABLE_RULE;
      return;
    }

  cells = write_tokens (expansion, node->tokens);
  if (node->line_kind == KANSIO_TEMPLATE_LINE_TABLE_ROW)
    {
      write_table_row (expansion, node, cells);
      expansion->last = KANSIO_TEMPLATE_LINE_TABLE_ROW;
      return;
    }

  /* One line of text: join it to the paragraph or list item above. */
  markup = cells->len > 0 ? g_ptr_array_index (cells, 0) : "";
  block = _kansio_document_content_get_last (expansion->content);
  if (node->line_kind == KANSIO_TEMPLATE_LINE_PARAGRAPH
      && (expansion->last == KANSIO_TEMPLATE_LINE_PARAGRAPH
          || expansion->last == KANSIO_TEMPLATE_LINE_LIST_ITEM))
    {
      gboolean after_break = g_str_has_suffix (block->markup, "\n");
      char *joined = g_strconcat (block->markup, after_break ? "" : " ", markup, NULL);

      g_free (block->markup);
      block->markup = joined;
      return;
    }

  block = _kansio_document_content_append (
      expansion->content, node->line_kind == KANSIO_TEMPLATE_LINE_HEADING ? KANSIO_BLOCK_HEADING
                          : node->line_kind == KANSIO_TEMPLATE_LINE_LIST_ITEM
                              ? KANSIO_BLOCK_LIST_ITEM
                              : KANSIO_BLOCK_PARAGRAPH);
  block->level = node->level;
  block->markup = g_strdup (markup);
  expansion->last = node->line_kind;
}

static void expand_nodes (Expansion *expansion, GPtrArray *nodes);

static void
expand_each (Expansion *expansion, KansioTemplateNode *node)
{
  const char *local_name;
  KansioMergeData *source = find_field (expansion, node->field, &local_name);
  GPtrArray *items = _kansio_merge_data_get_items (source, local_name);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      Scope scope = { node->alias, g_ptr_array_index (items, i) };

      g_array_append_val (expansion->scopes, scope);
      expand_nodes (expansion, node->children);
      g_array_set_size (expansion->scopes, expansion->scopes->len - 1);
    }
}

static void
expand_include (Expansion *expansion, KansioTemplateNode *node)
{
  KansioTemplate *block
      = expansion->blocks != NULL ? g_hash_table_lookup (expansion->blocks, node->name) : NULL;

  if (block == NULL)
    {
      fail (expansion, KANSIO_TEMPLATE_ERROR_UNKNOWN_BLOCK, node->line, node->column,
            _ ("There is no approved block “%s”."), node->name);
      return;
    }
  if (expansion->depth >= MAX_INCLUDE_DEPTH)
    {
      fail (expansion, KANSIO_TEMPLATE_ERROR_UNKNOWN_BLOCK, node->line, node->column,
            _ ("Block “%s” includes itself."), node->name);
      return;
    }
  expansion->depth++;
  expansion->last = KANSIO_TEMPLATE_LINE_BLANK;
  expand_nodes (expansion, _kansio_template_get_nodes (block));
  expansion->last = KANSIO_TEMPLATE_LINE_BLANK;
  expansion->depth--;
}

static void
expand_nodes (Expansion *expansion, GPtrArray *nodes)
{
  for (guint i = 0; i < nodes->len && expansion->error == NULL; i++)
    {
      KansioTemplateNode *node = g_ptr_array_index (nodes, i);
      const char *local_name;
      KansioMergeData *source;

      switch (node->kind)
        {
        case KANSIO_TEMPLATE_NODE_LINE:
          write_line (expansion, node);
          break;
        case KANSIO_TEMPLATE_NODE_IF:
          source = find_field (expansion, node->field, &local_name);
          if (_kansio_merge_data_is_true (source, local_name) != node->negate)
            expand_nodes (expansion, node->children);
          else
            expand_nodes (expansion, node->otherwise);
          break;
        case KANSIO_TEMPLATE_NODE_EACH:
          expand_each (expansion, node);
          break;
        case KANSIO_TEMPLATE_NODE_INCLUDE:
          expand_include (expansion, node);
          break;
        case KANSIO_TEMPLATE_NODE_PAGE_BREAK:
          _kansio_document_content_append (expansion->content, KANSIO_BLOCK_PAGE_BREAK);
          expansion->last = KANSIO_TEMPLATE_LINE_BLANK;
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* Appends what the tree @nodes makes with @data to @content. */
gboolean
_kansio_template_expand_nodes (GPtrArray *nodes,
                               KansioMergeData *data,
                               KansioLanguage language,
                               GHashTable *blocks,
                               KansioDocumentContent *content,
                               GError **error)
{
  Expansion expansion = { 0 };

  expansion.data = data;
  expansion.language = language;
  expansion.blocks = blocks;
  expansion.content = content;
  expansion.scopes = g_array_new (FALSE, FALSE, sizeof (Scope));
  expansion.last = KANSIO_TEMPLATE_LINE_BLANK;
  expand_nodes (&expansion, nodes);
  g_array_unref (expansion.scopes);
  if (expansion.error != NULL)
    {
      g_propagate_error (error, expansion.error);
      return FALSE;
    }
  return TRUE;
}
