/* kansio-pdf-writer-layout.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Document content laid out on A4 pages: headings kept with what follows
 * them, paragraphs split across pages line by line, table rows whole with
 * the header repeated. Nothing is drawn here; each page is a list of
 * items for kansio-pdf-writer-drawing.c.
 */
#define G_LOG_DOMAIN "kansio-pdf-writer"

#include "config.h"

#include <pango/pangocairo.h>

#include "kansio-document-content-private.h"
#include "kansio-pdf-writer-private.h"

static void
page_free (KansioPdfPage *page)
{
  g_array_unref (page->items);
  g_free (page);
}

PangoLayout *
_kansio_pdf_layout_new_text (KansioPdfLayout *layout,
                             const char *font,
                             const char *markup,
                             double width)
{
  PangoLayout *pango_layout = pango_layout_new (layout->context);
  g_autoptr (PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (pango_layout, description);
  if (width > 0)
    pango_layout_set_width (pango_layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (pango_layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (pango_layout, markup, -1);
  g_ptr_array_add (layout->layouts, pango_layout);
  return pango_layout;
}

double
_kansio_pdf_layout_height (PangoLayout *pango_layout)
{
  int height;

  pango_layout_get_size (pango_layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
start_page (KansioPdfLayout *layout)
{
  layout->page = g_new0 (KansioPdfPage, 1);
  layout->page->items = g_array_new (FALSE, TRUE, sizeof (KansioPdfItem));
  g_ptr_array_add (layout->pages, layout->page);
  layout->y = layout->pages->len == 1 ? FIRST_BODY_TOP : BODY_TOP;
  layout->at_page_top = TRUE;
}

static void
place (KansioPdfLayout *layout,
       PangoLayout *pango_layout,
       int first_line,
       int n_lines,
       double x,
       double y,
       double offset)
{
  KansioPdfItem item = { pango_layout, first_line, n_lines, x, y, offset, 0 };

  g_array_append_val (layout->page->items, item);
}

static void
place_rule (KansioPdfLayout *layout, double x, double y, double x2)
{
  KansioPdfItem item = { NULL, 0, 0, x, y, 0, x2 };

  g_array_append_val (layout->page->items, item);
}

/* Space above a block, none at the top of a page. */
static void
add_space (KansioPdfLayout *layout, double space)
{
  if (!layout->at_page_top)
    layout->y += space;
}

/* Places a layout's lines, going on to new pages as they fill. */
static void
flow_lines (KansioPdfLayout *layout, PangoLayout *pango_layout, double x)
{
  PangoLayoutIter *iter = pango_layout_get_iter (pango_layout);
  int index = 0, first = 0;
  double first_top = 0;

  do
    {
      PangoRectangle logical;
      double top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      bottom = (double) (logical.y + logical.height) / PANGO_SCALE;
      if (index > first && layout->y + (bottom - first_top) > BODY_BOTTOM)
        {
          place (layout, pango_layout, first, index - first, x, layout->y, first_top);
          start_page (layout);
          first = index;
        }
      if (index == first)
        first_top = top;
      index++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  place (layout, pango_layout, first, index - first, x, layout->y, first_top);
  layout->y += _kansio_pdf_layout_height (pango_layout) - first_top;
  layout->at_page_top = FALSE;
}

static void
lay_out_heading (KansioPdfLayout *layout, KansioDocumentBlock *block, double keep_with)
{
  const char *fonts[]
      = { FONT_FAMILY " Bold 15", FONT_FAMILY " Bold 12.5", FONT_FAMILY " Bold 11" };
  PangoLayout *heading = _kansio_pdf_layout_new_text (layout, fonts[CLAMP (block->level, 1, 3) - 1],
                                                      block->markup, RIGHT - LEFT);
  double height = _kansio_pdf_layout_height (heading);

  add_space (layout, block->level == 1 ? 14 : 10);
  /* Keep with next: a heading never ends a page; it goes over with the
   * start of what follows it (@keep_with, measured before). */
  if (layout->y + height + 3 + keep_with > BODY_BOTTOM && !layout->at_page_top)
    start_page (layout);
  place (layout, heading, 0, pango_layout_get_line_count (heading), LEFT, layout->y, 0);
  layout->y += height + 3;
  layout->at_page_top = FALSE;
}

static void
lay_out_paragraph (KansioPdfLayout *layout, KansioDocumentBlock *block, gboolean after_list_item)
{
  PangoLayout *text;

  if (block->kind == KANSIO_BLOCK_LIST_ITEM)
    {
      g_autofree char *marker
          = block->level > 0 ? g_strdup_printf ("%u.", block->level) : g_strdup ("•");
      PangoLayout *bullet = _kansio_pdf_layout_new_text (layout, BODY_FONT, marker, 0);

      add_space (layout, after_list_item ? 2 : 6);
      text = _kansio_pdf_layout_new_text (layout, BODY_FONT, block->markup,
                                          RIGHT - LEFT - LIST_INDENT);
      if (layout->y + _kansio_pdf_layout_height (bullet) > BODY_BOTTOM)
        start_page (layout);
      place (layout, bullet, 0, 1, LEFT + 2, layout->y, 0);
      flow_lines (layout, text, LEFT + LIST_INDENT);
      return;
    }
  add_space (layout, 7);
  text = _kansio_pdf_layout_new_text (layout, BODY_FONT, block->markup, RIGHT - LEFT);
  flow_lines (layout, text, LEFT);
}

/* Columns that want less than an even share keep their width; the
 * others share what is left in proportion to what they want. */
static void
shrink_columns (double *widths, guint n_columns, double available)
{
  g_autofree gboolean *fixed = g_new0 (gboolean, n_columns);
  double wanted = 0;
  gboolean changed = TRUE;
  guint n_free = n_columns;

  while (changed && n_free > 0)
    {
      double share = available / n_free;

      changed = FALSE;
      for (guint c = 0; c < n_columns; c++)
        if (!fixed[c] && widths[c] <= share)
          {
            fixed[c] = TRUE;
            available -= widths[c];
            n_free--;
            changed = TRUE;
          }
    }
  for (guint c = 0; c < n_columns; c++)
    if (!fixed[c])
      wanted += widths[c];
  for (guint c = 0; c < n_columns; c++)
    if (!fixed[c])
      widths[c] *= available / wanted;
}

/* Column widths: each column as wide as its widest cell wants, narrowed
 * when the table would not fit the text width. */
static double *
measure_columns (KansioPdfLayout *layout, KansioDocumentBlock *block)
{
  double *widths = g_new0 (double, block->n_columns);
  double total = 0, available = RIGHT - LEFT;

  for (guint r = 0; r < block->rows->len; r++)
    {
      GStrv row = g_ptr_array_index (block->rows, r);

      for (guint c = 0; c < block->n_columns; c++)
        {
          g_autoptr (PangoLayout) cell = pango_layout_new (layout->context);
          g_autoptr (PangoFontDescription) font = pango_font_description_from_string (
              r < block->n_header_rows ? FONT_FAMILY " Bold 11" : BODY_FONT);
          int width;

          pango_layout_set_font_description (cell, font);
          pango_layout_set_markup (cell, row[c], -1);
          pango_layout_get_size (cell, &width, NULL);
          widths[c] = MAX (widths[c], (double) width / PANGO_SCALE + 2 * CELL_PADDING);
        }
    }
  for (guint c = 0; c < block->n_columns; c++)
    total += widths[c];
  if (total > available)
    shrink_columns (widths, block->n_columns, available);
  return widths;
}

static double
lay_out_table_row (KansioPdfLayout *layout,
                   KansioDocumentBlock *block,
                   GStrv row,
                   gboolean is_header,
                   const double *widths,
                   gboolean place_now)
{
  double x = LEFT, height = 0;
  g_autoptr (GPtrArray) cells = g_ptr_array_new ();

  for (guint c = 0; c < block->n_columns; c++)
    {
      PangoLayout *cell
          = _kansio_pdf_layout_new_text (layout, is_header ? FONT_FAMILY " Bold 11" : BODY_FONT,
                                         row[c], widths[c] - 2 * CELL_PADDING);

      if (block->right_aligned[c])
        pango_layout_set_alignment (cell, PANGO_ALIGN_RIGHT);
      g_ptr_array_add (cells, cell);
      height = MAX (height, _kansio_pdf_layout_height (cell));
    }
  if (!place_now)
    return height + 2 * CELL_PADDING;
  for (guint c = 0; c < block->n_columns; c++)
    {
      PangoLayout *cell = g_ptr_array_index (cells, c);

      place (layout, cell, 0, pango_layout_get_line_count (cell), x + CELL_PADDING,
             layout->y + CELL_PADDING, 0);
      x += widths[c];
    }
  layout->y += height + 2 * CELL_PADDING;
  if (is_header)
    place_rule (layout, LEFT, layout->y, x);
  layout->at_page_top = FALSE;
  return height + 2 * CELL_PADDING;
}

static void
lay_out_table (KansioPdfLayout *layout, KansioDocumentBlock *block)
{
  g_autofree double *widths = measure_columns (layout, block);

  add_space (layout, 8);
  for (guint r = 0; r < block->rows->len; r++)
    {
      gboolean is_header = r < block->n_header_rows;
      double height = lay_out_table_row (layout, block, g_ptr_array_index (block->rows, r),
                                         is_header, widths, FALSE);

      if (layout->y + height > BODY_BOTTOM && !layout->at_page_top)
        {
          start_page (layout);
          /* The header again at the top of the new page. */
          for (guint h = 0; h < block->n_header_rows && !is_header; h++)
            lay_out_table_row (layout, block, g_ptr_array_index (block->rows, h), TRUE, widths,
                               TRUE);
        }
      lay_out_table_row (layout, block, g_ptr_array_index (block->rows, r), is_header, widths,
                         TRUE);
    }
}

/* How much of block @index must stand on the same page as a heading
 * before it: two lines of a paragraph, a table's header and first row,
 * a following heading and its own start. */
static double
start_height (KansioPdfLayout *layout, KansioDocumentContent *content, guint index, guint depth)
{
  KansioDocumentBlock *block;

  if (index >= kansio_document_content_get_n_blocks (content) || depth > 3)
    return 0;
  block = _kansio_document_content_get_block (content, index);
  switch (block->kind)
    {
    case KANSIO_BLOCK_HEADING:
      {
        const char *fonts[]
            = { FONT_FAMILY " Bold 15", FONT_FAMILY " Bold 12.5", FONT_FAMILY " Bold 11" };
        PangoLayout *heading = _kansio_pdf_layout_new_text (
            layout, fonts[CLAMP (block->level, 1, 3) - 1], block->markup, RIGHT - LEFT);

        return (block->level == 1 ? 14 : 10) + _kansio_pdf_layout_height (heading) + 3
               + start_height (layout, content, index + 1, depth + 1);
      }
    case KANSIO_BLOCK_PARAGRAPH:
    case KANSIO_BLOCK_LIST_ITEM:
      {
        PangoLayout *text = _kansio_pdf_layout_new_text (layout, BODY_FONT, block->markup,
                                                         RIGHT - LEFT - LIST_INDENT);
        PangoLayoutIter *iter = pango_layout_get_iter (text);
        PangoRectangle logical;
        int n_lines = 0;
        double bottom = 0;

        /* The bottom of the second line, or of the only one. */
        do
          {
            pango_layout_iter_get_line_extents (iter, NULL, &logical);
            bottom = (double) (logical.y + logical.height) / PANGO_SCALE;
          }
        while (++n_lines < 2 && pango_layout_iter_next_line (iter));
        pango_layout_iter_free (iter);
        return 7 + bottom;
      }
    case KANSIO_BLOCK_TABLE:
      {
        g_autofree double *widths = measure_columns (layout, block);
        double height = 8;

        for (guint r = 0; r < block->rows->len && r <= block->n_header_rows; r++)
          height += lay_out_table_row (layout, block, g_ptr_array_index (block->rows, r),
                                       r < block->n_header_rows, widths, FALSE);
        return height;
      }
    case KANSIO_BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}

void
_kansio_pdf_lay_out (KansioPdfLayout *layout, KansioDocumentContent *content)
{
  KansioBlockKind previous = KANSIO_BLOCK_PAGE_BREAK;

  start_page (layout);
  for (guint i = 0; i < kansio_document_content_get_n_blocks (content); i++)
    {
      KansioDocumentBlock *block = _kansio_document_content_get_block (content, i);

      if (layout->break_pending && block->kind != KANSIO_BLOCK_PAGE_BREAK)
        {
          start_page (layout);
          layout->break_pending = FALSE;
        }
      switch (block->kind)
        {
        case KANSIO_BLOCK_HEADING:
          lay_out_heading (layout, block, start_height (layout, content, i + 1, 0));
          break;
        case KANSIO_BLOCK_PARAGRAPH:
        case KANSIO_BLOCK_LIST_ITEM:
          lay_out_paragraph (layout, block, previous == KANSIO_BLOCK_LIST_ITEM);
          break;
        case KANSIO_BLOCK_TABLE:
          lay_out_table (layout, block);
          break;
        case KANSIO_BLOCK_PAGE_BREAK:
          /* No empty page at the end, nor two breaks for one. */
          layout->break_pending = !layout->at_page_top;
          break;
        default:
          g_assert_not_reached ();
        }
      previous = block->kind;
    }
}

void
_kansio_pdf_layout_init (KansioPdfLayout *layout, KansioPdfWriter *writer, cairo_t *cr)
{
  layout->writer = writer;
  layout->context = pango_cairo_create_context (cr);
  /* Font sizes in points of the page, not of a 96 dpi screen. */
  pango_cairo_context_set_resolution (layout->context, 72);
  layout->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  layout->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
}

void
_kansio_pdf_layout_clear (KansioPdfLayout *layout)
{
  g_ptr_array_unref (layout->pages);
  g_ptr_array_unref (layout->layouts);
  g_object_unref (layout->context);
}
