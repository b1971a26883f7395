/* kansio-pdf-writer.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lays document content out on A4 pages and writes it as PDF with cairo
 * and Pango: the letterhead and the recipient's address on the first page
 * (the address where a window envelope shows it), the title, date, case
 * number and "1 (3)" page numbers at the top right, the body below, split
 * across pages line by line, table rows whole with the header repeated.
 *
 * Pages are laid out first and drawn after, so every page knows how many
 * there are. Fonts are embedded (cairo subsets them); the PDF carries
 * title, author, creation date and the document's language.
 */
#define G_LOG_DOMAIN "kansio-pdf-writer"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kansio-document-content-private.h"
#include "kansio-pdf-writer.h"

#define MM(x) ((x) *72.0 / 25.4)

/* A4, and a layout after SFS 2487: text from 20 mm on the left, the
 * recipient's address where a C5 window envelope's window is (20 mm from
 * the left, 45 mm from the top), the document's own details from 115 mm. */
#define PAGE_WIDTH MM (210)
#define PAGE_HEIGHT MM (297)
#define LEFT MM (20)
#define RIGHT (PAGE_WIDTH - MM (20))
#define DETAILS_LEFT MM (115)
#define HEADER_TOP MM (12)
#define ADDRESS_TOP MM (45)
#define ADDRESS_WIDTH MM (85)
#define FIRST_BODY_TOP MM (92)
#define BODY_TOP MM (32)
#define BODY_BOTTOM (PAGE_HEIGHT - MM (25))
#define FOOTER_TOP (PAGE_HEIGHT - MM (17))
#define LOGO_HEIGHT MM (14)
#define LIST_INDENT MM (7)
#define CELL_PADDING 3.0

#define FONT_FAMILY "DejaVu Sans"
#define BODY_FONT FONT_FAMILY " 11"
#define SMALL_FONT FONT_FAMILY " 8.5"

struct _KansioPdfWriter
{
  GObject parent_instance;

  KansioLanguage language;
  char *title;
  char *author;
  GDate date;
  char *case_number;
  GStrv letterhead;
  GBytes *logo_png;
  GStrv recipient;
  char *footer;
  GDateTime *creation_time;
  gboolean draft;
};

G_DEFINE_FINAL_TYPE (KansioPdfWriter, kansio_pdf_writer, G_TYPE_OBJECT)
G_DEFINE_QUARK (kansio - pdf - writer - error - quark, kansio_pdf_writer_error)

/* Labels printed on every document, in the document's language (not
 * through gettext: the interface may be in the other language). */
static const char *const date_label[] = { "Päivämäärä", "Datum" };
static const char *const case_label[] = { "Asianumero", "Ärendenummer" };
static const char *const draft_mark[] = { "LUONNOS", "UTKAST" };

/* Something drawn on a page: some lines of a layout, or a rule. */
typedef struct
{
  PangoLayout *layout; /* NULL for a rule */
  int first_line;
  int n_lines;
  double x;
  double y;      /* top of the first line on the page */
  double offset; /* top of the first line within the layout */
  double x2;     /* rule */
} Item;

typedef struct
{
  GArray *items; /* of Item */
} Page;

typedef struct
{
  KansioPdfWriter *writer;
  PangoContext *context;
  GPtrArray *layouts; /* owns every layout */
  GPtrArray *pages;   /* of Page */
  Page *page;
  double y;
  gboolean at_page_top;
  gboolean break_pending; /* a page break waits for something to follow it */
} Layout;

static void
page_free (Page *page)
{
  g_array_unref (page->items);
  g_free (page);
}

static PangoLayout *
new_layout (Layout *layout, const char *font, const char *markup, double width)
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

static double
layout_height (PangoLayout *pango_layout)
{
  int height;

  pango_layout_get_size (pango_layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
start_page (Layout *layout)
{
  layout->page = g_new0 (Page, 1);
  layout->page->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_ptr_array_add (layout->pages, layout->page);
  layout->y = layout->pages->len == 1 ? FIRST_BODY_TOP : BODY_TOP;
  layout->at_page_top = TRUE;
}

static void
place (Layout *layout,
       PangoLayout *pango_layout,
       int first_line,
       int n_lines,
       double x,
       double y,
       double offset)
{
  Item item = { pango_layout, first_line, n_lines, x, y, offset, 0 };

  g_array_append_val (layout->page->items, item);
}

static void
place_rule (Layout *layout, double x, double y, double x2)
{
  Item item = { NULL, 0, 0, x, y, 0, x2 };

  g_array_append_val (layout->page->items, item);
}

/* Space above a block, none at the top of a page. */
static void
add_space (Layout *layout, double space)
{
  if (!layout->at_page_top)
    layout->y += space;
}

/* Places a layout's lines, going on to new pages as they fill. */
static void
flow_lines (Layout *layout, PangoLayout *pango_layout, double x)
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
  layout->y += layout_height (pango_layout) - first_top;
  layout->at_page_top = FALSE;
}

static void
lay_out_heading (Layout *layout, KansioDocumentBlock *block)
{
  const char *fonts[]
      = { FONT_FAMILY " Bold 15", FONT_FAMILY " Bold 12.5", FONT_FAMILY " Bold 11" };
  PangoLayout *heading
      = new_layout (layout, fonts[CLAMP (block->level, 1, 3) - 1], block->markup, RIGHT - LEFT);
  double height = layout_height (heading);

  add_space (layout, block->level == 1 ? 14 : 10);
  /* Keep a heading with at least two lines of what follows it. */
  if (layout->y + height + 28 > BODY_BOTTOM && !layout->at_page_top)
    start_page (layout);
  place (layout, heading, 0, pango_layout_get_line_count (heading), LEFT, layout->y, 0);
  layout->y += height + 3;
  layout->at_page_top = FALSE;
}

static void
lay_out_paragraph (Layout *layout, KansioDocumentBlock *block, gboolean after_list_item)
{
  PangoLayout *text;

  if (block->kind == KANSIO_BLOCK_LIST_ITEM)
    {
      g_autofree char *marker
          = block->level > 0 ? g_strdup_printf ("%u.", block->level) : g_strdup ("•");
      PangoLayout *bullet = new_layout (layout, BODY_FONT, marker, 0);

      add_space (layout, after_list_item ? 2 : 6);
      text = new_layout (layout, BODY_FONT, block->markup, RIGHT - LEFT - LIST_INDENT);
      if (layout->y + layout_height (bullet) > BODY_BOTTOM)
        start_page (layout);
      place (layout, bullet, 0, 1, LEFT + 2, layout->y, 0);
      flow_lines (layout, text, LEFT + LIST_INDENT);
      return;
    }
  add_space (layout, 7);
  text = new_layout (layout, BODY_FONT, block->markup, RIGHT - LEFT);
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
measure_columns (Layout *layout, KansioDocumentBlock *block)
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
lay_out_table_row (Layout *layout,
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
      PangoLayout *cell = new_layout (layout, is_header ? FONT_FAMILY " Bold 11" : BODY_FONT,
                                      row[c], widths[c] - 2 * CELL_PADDING);

      if (block->right_aligned[c])
        pango_layout_set_alignment (cell, PANGO_ALIGN_RIGHT);
      g_ptr_array_add (cells, cell);
      height = MAX (height, layout_height (cell));
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
lay_out_table (Layout *layout, KansioDocumentBlock *block)
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

static void
lay_out (Layout *layout, KansioDocumentContent *content)
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
          lay_out_heading (layout, block);
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

/* ------------------------------------------------------------------ */
/* Drawing                                                              */

static void
draw_item (cairo_t *cr, Item *item)
{
  PangoLayoutIter *iter;
  int index = 0;

  if (item->layout == NULL)
    {
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x2, item->y);
      cairo_stroke (cr);
      return;
    }

  iter = pango_layout_get_iter (item->layout);
  do
    {
      if (index >= item->first_line + item->n_lines)
        break;
      if (index >= item->first_line)
        {
          PangoRectangle logical;
          double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, item->x + (double) logical.x / PANGO_SCALE,
                         item->y - item->offset + baseline);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      index++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* Returns the height drawn, so what follows goes below. */
static double
draw_text (cairo_t *cr,
           Layout *layout,
           const char *font,
           const char *markup,
           double x,
           double y,
           double width,
           PangoAlignment alignment)
{
  PangoLayout *text = new_layout (layout, font, markup, width);

  pango_layout_set_alignment (text, alignment);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, text);
  return layout_height (text);
}

static char *
join_escaped (const char *const *lines, guint skip)
{
  GString *out = g_string_new (NULL);

  for (guint i = skip; lines != NULL && lines[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (lines[i], -1);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, escaped);
    }
  return g_string_free (out, FALSE);
}

static void
draw_letterhead (cairo_t *cr, Layout *layout, cairo_surface_t *logo)
{
  KansioPdfWriter *writer = layout->writer;
  double x = LEFT, height;
  g_autofree char *name = NULL;
  g_autofree char *rest = NULL;

  if (logo != NULL)
    {
      double scale = LOGO_HEIGHT / cairo_image_surface_get_height (logo);

      cairo_save (cr);
      cairo_translate (cr, LEFT, HEADER_TOP);
      cairo_scale (cr, scale, scale);
      cairo_set_source_surface (cr, logo, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
      x += cairo_image_surface_get_width (logo) * scale + MM (4);
    }
  if (writer->letterhead == NULL || writer->letterhead[0] == NULL)
    return;
  name = g_markup_escape_text (writer->letterhead[0], -1);
  rest = join_escaped ((const char *const *) writer->letterhead, 1);
  height = draw_text (cr, layout, FONT_FAMILY " Bold 12", name, x, HEADER_TOP,
                      DETAILS_LEFT - x - MM (4), PANGO_ALIGN_LEFT);
  draw_text (cr, layout, SMALL_FONT, rest, x, HEADER_TOP + height + 1, DETAILS_LEFT - x - MM (4),
             PANGO_ALIGN_LEFT);
}

static void
draw_details (cairo_t *cr, Layout *layout, guint page_number, guint n_pages)
{
  KansioPdfWriter *writer = layout->writer;
  g_autofree char *title = g_markup_escape_text (writer->title != NULL ? writer->title : "", -1);
  g_autofree char *page = kansio_format_page_number (page_number, n_pages);
  g_autoptr (GString) labels = g_string_new (NULL);
  g_autoptr (GString) values = g_string_new (NULL);

  double title_height = draw_text (cr, layout, FONT_FAMILY " Bold 13", title, DETAILS_LEFT,
                                   HEADER_TOP, RIGHT - DETAILS_LEFT - MM (18), PANGO_ALIGN_LEFT);
  draw_text (cr, layout, BODY_FONT, page, RIGHT - MM (18), HEADER_TOP, MM (18), PANGO_ALIGN_RIGHT);
  if (page_number > 1)
    return;

  /* Labels in one column, values in the next, as wide as the labels. */
  if (g_date_valid (&writer->date))
    {
      g_autofree char *date = kansio_format_date (writer->language, &writer->date);

      g_string_append (labels, date_label[writer->language]);
      g_string_append (values, date);
    }
  if (writer->case_number != NULL)
    {
      g_autofree char *number = g_markup_escape_text (writer->case_number, -1);

      g_string_append_printf (labels, "%s%s", labels->len > 0 ? "\n" : "",
                              case_label[writer->language]);
      g_string_append_printf (values, "%s%s", values->len > 0 ? "\n" : "", number);
    }
  if (labels->len > 0)
    {
      PangoLayout *label_layout = new_layout (layout, BODY_FONT, labels->str, 0);
      double top = HEADER_TOP + title_height + 2;
      int label_width;

      cairo_move_to (cr, DETAILS_LEFT, top);
      pango_cairo_show_layout (cr, label_layout);
      pango_layout_get_size (label_layout, &label_width, NULL);
      draw_text (cr, layout, BODY_FONT, values->str,
                 DETAILS_LEFT + (double) label_width / PANGO_SCALE + MM (4), top,
                 RIGHT - DETAILS_LEFT - (double) label_width / PANGO_SCALE - MM (4),
                 PANGO_ALIGN_LEFT);
    }
}

static void
draw_recipient (cairo_t *cr, Layout *layout)
{
  g_autofree char *address = join_escaped ((const char *const *) layout->writer->recipient, 0);

  draw_text (cr, layout, BODY_FONT, address, LEFT, ADDRESS_TOP, ADDRESS_WIDTH, PANGO_ALIGN_LEFT);
}

/* A draft says so across the whole page, over the text, in grey: it is
 * no document the client may be given. */
static void
draw_draft_mark (cairo_t *cr, Layout *layout)
{
  g_autofree char *markup = g_strdup_printf ("<b>%s</b>", draft_mark[layout->writer->language]);
  PangoLayout *text = new_layout (layout, FONT_FAMILY " 96", markup, -1);
  int width, height;

  pango_layout_get_size (text, &width, &height);
  cairo_save (cr);
  cairo_translate (cr, PAGE_WIDTH / 2, PAGE_HEIGHT / 2);
  cairo_rotate (cr, -G_PI / 4);
  cairo_set_source_rgba (cr, 0.55, 0.55, 0.55, 0.35);
  cairo_move_to (cr, -width / (2.0 * PANGO_SCALE), -height / (2.0 * PANGO_SCALE));
  pango_cairo_show_layout (cr, text);
  cairo_restore (cr);
  /* And in words along the top, for screen readers and text search. */
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  draw_text (cr, layout, SMALL_FONT, markup, LEFT, MM (5), RIGHT - LEFT, PANGO_ALIGN_CENTER);
  cairo_restore (cr);
}

static void
draw_footer (cairo_t *cr, Layout *layout)
{
  g_autofree char *footer = NULL;

  if (layout->writer->footer == NULL)
    return;
  footer = g_markup_escape_text (layout->writer->footer, -1);
  cairo_set_line_width (cr, 0.4);
  cairo_move_to (cr, LEFT, FOOTER_TOP - 3);
  cairo_line_to (cr, RIGHT, FOOTER_TOP - 3);
  cairo_stroke (cr);
  draw_text (cr, layout, SMALL_FONT, footer, LEFT, FOOTER_TOP, RIGHT - LEFT, PANGO_ALIGN_LEFT);
}

typedef struct
{
  const guint8 *data;
  gsize length;
  gsize position;
} PngReader;

static cairo_status_t
read_png (void *closure, unsigned char *data, unsigned int length)
{
  PngReader *reader = closure;

  if (reader->length - reader->position < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->position, length);
  reader->position += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
write_to_array (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static const guint8 *
find_last (const guint8 *data, gsize length, const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = length >= n ? length - n + 1 : 0; i > 0; i--)
    if (memcmp (data + i - 1, needle, n) == 0)
      return data + i - 1;
  return NULL;
}

static guint
trailer_number (const char *trailer, const char *key)
{
  const char *found = strstr (trailer, key);

  return found != NULL ? (guint) g_ascii_strtoull (found + strlen (key), NULL, 10) : 0;
}

/* cairo 1.16 writes no /Lang: add it to the catalog in an incremental
 * update, which PDF readers apply over the original. The catalog is found
 * through the cross-reference table, never by searching the streams. */
static gboolean
add_language (GByteArray *pdf, const char *tag)
{
  const guint8 *trailer_start = find_last (pdf->data, pdf->len, "trailer");
  g_autofree char *trailer = NULL;
  g_autofree char *catalog = NULL;
  g_autofree char *object_header = NULL;
  g_autoptr (GString) update = g_string_new (NULL);
  guint root, n_objects, info;
  guint64 xref, entry, object;
  const char *startxref, *end;
  gsize new_xref;

  if (trailer_start == NULL)
    return FALSE;
  trailer = g_strndup ((const char *) trailer_start, pdf->data + pdf->len - trailer_start);
  root = trailer_number (trailer, "/Root ");
  n_objects = trailer_number (trailer, "/Size ");
  info = trailer_number (trailer, "/Info ");
  startxref = strstr (trailer, "startxref");
  if (root == 0 || root >= n_objects || startxref == NULL)
    return FALSE;
  xref = g_ascii_strtoull (startxref + strlen ("startxref"), NULL, 10);

  /* "xref\n0 N\n", then an entry of 20 bytes an object. */
  entry = xref + strlen ("xref\n") + strlen ("0 \n") + g_snprintf (NULL, 0, "%u", n_objects)
          + 20 * (guint64) root;
  if (entry + 20 > pdf->len)
    return FALSE;
  object = g_ascii_strtoull ((const char *) pdf->data + entry, NULL, 10);
  if (object >= pdf->len)
    return FALSE;
  catalog = g_strndup ((const char *) pdf->data + object, MIN (pdf->len - object, 4096));
  object_header = g_strdup_printf ("%u 0 obj", root);
  end = strstr (catalog, "endobj");
  if (!g_str_has_prefix (catalog, object_header) || end == NULL
      || (end = g_strrstr_len (catalog, end - catalog, ">>")) == NULL)
    return FALSE;

  /* The catalog again, with /Lang, then a table for it alone. */
  g_string_append_len (update, catalog, end - catalog);
  g_string_append_printf (update, "/Lang (%s)\n>>\nendobj\n", tag);
  new_xref = pdf->len + update->len;
  g_string_append_printf (update, "xref\n%u 1\n%010u 00000 n \n", root, (guint) pdf->len);
  g_string_append_printf (update, "trailer\n<< /Size %u /Root %u 0 R", n_objects, root);
  if (info != 0)
    g_string_append_printf (update, " /Info %u 0 R", info);
  g_string_append_printf (
      update, " /Prev %" G_GUINT64_FORMAT " >>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n", xref,
      new_xref);
  g_byte_array_append (pdf, (const guint8 *) update->str, update->len);
  return TRUE;
}

static void
set_metadata (cairo_surface_t *surface, KansioPdfWriter *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format (
      self->creation_time != NULL ? self->creation_time : now, "%Y-%m-%dT%H:%M:%S%:z");

  if (self->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  if (self->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kansio");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

static cairo_surface_t *
load_logo (KansioPdfWriter *self, GError **error)
{
  PngReader reader = { 0 };
  cairo_surface_t *logo;

  if (self->logo_png == NULL)
    return NULL;
  reader.data = g_bytes_get_data (self->logo_png, &reader.length);
  logo = cairo_image_surface_create_from_png_stream (read_png, &reader);
  if (cairo_surface_status (logo) != CAIRO_STATUS_SUCCESS
      || cairo_image_surface_get_height (logo) == 0)
    {
      cairo_surface_destroy (logo);
      g_set_error (error, KANSIO_PDF_WRITER_ERROR, KANSIO_PDF_WRITER_ERROR_BAD_LOGO,
                   _ ("The organisation’s logo is not a PNG image."));
      return NULL;
    }
  return logo;
}

static GBytes *
write_pdf (KansioPdfWriter *self, KansioDocumentContent *content, guint *n_pages, GError **error)
{
  g_autoptr (GByteArray) pdf = g_byte_array_new ();
  g_autoptr (GError) logo_error = NULL;
  cairo_surface_t *logo = load_logo (self, &logo_error);
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  Layout layout = { 0 };

  if (logo_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&logo_error));
      return NULL;
    }

  surface = cairo_pdf_surface_create_for_stream (write_to_array, pdf, PAGE_WIDTH, PAGE_HEIGHT);
  set_metadata (surface, self);
  cr = cairo_create (surface);

  layout.writer = self;
  layout.context = pango_cairo_create_context (cr);
  /* Font sizes in points of the page, not of a 96 dpi screen. */
  pango_cairo_context_set_resolution (layout.context, 72);
  layout.layouts = g_ptr_array_new_with_free_func (g_object_unref);
  layout.pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  lay_out (&layout, content);

  for (guint p = 0; p < layout.pages->len; p++)
    {
      Page *page = g_ptr_array_index (layout.pages, p);

      cairo_set_source_rgb (cr, 0, 0, 0);
      /* In reading order: text extraction and screen readers follow it. */
      if (p == 0)
        draw_letterhead (cr, &layout, logo);
      draw_details (cr, &layout, p + 1, layout.pages->len);
      if (p == 0)
        draw_recipient (cr, &layout);
      for (guint i = 0; i < page->items->len; i++)
        draw_item (cr, &g_array_index (page->items, Item, i));
      draw_footer (cr, &layout);
      if (self->draft)
        draw_draft_mark (cr, &layout);
      cairo_show_page (cr);
    }

  if (n_pages != NULL)
    *n_pages = layout.pages->len;
  g_ptr_array_unref (layout.pages);
  g_ptr_array_unref (layout.layouts);
  g_object_unref (layout.context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  g_clear_pointer (&logo, cairo_surface_destroy);

  if (status != CAIRO_STATUS_SUCCESS
      || !add_language (pdf, kansio_language_get_tag (self->language)))
    {
      g_set_error (error, KANSIO_PDF_WRITER_ERROR, KANSIO_PDF_WRITER_ERROR_FAILED,
                   _ ("The PDF could not be written: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}

static void
kansio_pdf_writer_finalize (GObject *object)
{
  KansioPdfWriter *self = KANSIO_PDF_WRITER (object);

  g_free (self->title);
  g_free (self->author);
  g_free (self->case_number);
  g_strfreev (self->letterhead);
  g_clear_pointer (&self->logo_png, g_bytes_unref);
  g_strfreev (self->recipient);
  g_free (self->footer);
  g_clear_pointer (&self->creation_time, g_date_time_unref);

  G_OBJECT_CLASS (kansio_pdf_writer_parent_class)->finalize (object);
}

static void
kansio_pdf_writer_class_init (KansioPdfWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_pdf_writer_finalize;
}

static void
kansio_pdf_writer_init (KansioPdfWriter *self)
{
  g_date_clear (&self->date, 1);
}

KansioPdfWriter *
kansio_pdf_writer_new (KansioLanguage language)
{
  KansioPdfWriter *self = g_object_new (KANSIO_TYPE_PDF_WRITER, NULL);

  self->language = language;
  return self;
}

/* The title at the top right, and the PDF's title: "PÄÄTÖS", "BESLUT". */
void
kansio_pdf_writer_set_title (KansioPdfWriter *self, const char *title)
{
  g_return_if_fail (KANSIO_IS_PDF_WRITER (self));

  g_free (self->title);
  self->title = g_strdup (title);
}

void
kansio_pdf_writer_set_author (KansioPdfWriter *self, const char *author)
{
  g_return_if_fail (KANSIO_IS_PDF_WRITER (self));

  g_free (self->author);
  self->author = g_strdup (author);
}

void
kansio_pdf_writer_set_date (KansioPdfWriter *self, const GDate *date)
{
  g_return_if_fail (KANSIO_IS_PDF_WRITER (self));
  g_return_if_fail (date != NULL);

  self->date = *date;
}

void
kansio_pdf_writer_set_case_number (KansioPdfWriter *self, const char *case_number)
{
  g_return_if_fail (KANSIO_IS_PDF_WRITER (self));

  g_free (self->case_number);
  self->case_number = g_strdup (case_number);
}

/**
 * kansio_pdf_writer_set_letterhead:
 * @lines: (array zero-terminated=1): the organisation's name, then the
 *   lines under it (the unit, the address)
 * @logo_png: (nullable): the logo, as PNG
 */
void
kansio_pdf_writer_set_letterhead (KansioPdfWriter *self, const char *const *lines, GBytes *logo_png)
{
  g_return_if_fail (KANSIO_IS_PDF_WRITER (self));

  g_strfreev (self->letterhead);
  self->letterhead = g_strdupv ((GStrv) lines);
  g_clear_pointer (&self->logo_png, g_bytes_unref);
  self->logo_png = logo_png != NULL ? g_bytes_ref (logo_png) : NULL;
}

/**
 * kansio_pdf_writer_set_recipient:
 * @lines: (array zero-terminated=1): the address as the envelope shows it
 */
void
kansio_pdf_writer_set_recipient (KansioPdfWriter *self, const char *const *lines)
{
  g_return_if_fail (KANSIO_IS_PDF_WRITER (self));

  g_strfreev (self->recipient);
  self->recipient = g_strdupv ((GStrv) lines);
}

void
kansio_pdf_writer_set_footer (KansioPdfWriter *self, const char *footer)
{
  g_return_if_fail (KANSIO_IS_PDF_WRITER (self));

  g_free (self->footer);
  self->footer = g_strdup (footer);
}

/* Fixed in tests, so that the same input gives the same bytes. */
void
kansio_pdf_writer_set_creation_time (KansioPdfWriter *self, GDateTime *time)
{
  g_return_if_fail (KANSIO_IS_PDF_WRITER (self));

  g_clear_pointer (&self->creation_time, g_date_time_unref);
  self->creation_time = time != NULL ? g_date_time_ref (time) : NULL;
}

/* LUONNOS / UTKAST across every page: a preview composed on a
 * workstation. */
void
kansio_pdf_writer_set_draft (KansioPdfWriter *self, gboolean draft)
{
  g_return_if_fail (KANSIO_IS_PDF_WRITER (self));

  self->draft = draft;
}

/**
 * kansio_pdf_writer_write:
 * @n_pages: (out) (optional): how many pages the document has
 *
 * Writes the PDF. Safe to call from any thread, as long as nothing changes
 * the writer or @content meanwhile.
 *
 * Returns: (transfer full): the PDF
 */
GBytes *
kansio_pdf_writer_write (KansioPdfWriter *self,
                         KansioDocumentContent *content,
                         guint *n_pages,
                         GError **error)
{
  g_return_val_if_fail (KANSIO_IS_PDF_WRITER (self), NULL);
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_CONTENT (content), NULL);

  return write_pdf (self, content, n_pages, error);
}

typedef struct
{
  GBytes *pdf;
  guint n_pages;
} WriteResult;

static void
write_result_free (WriteResult *result)
{
  g_bytes_unref (result->pdf);
  g_free (result);
}

static void
write_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  WriteResult *result = g_new0 (WriteResult, 1);
  GError *error = NULL;

  result->pdf = write_pdf (source, task_data, &result->n_pages, &error);
  if (result->pdf == NULL)
    {
      g_free (result);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, result, (GDestroyNotify) write_result_free);
}

/**
 * kansio_pdf_writer_write_async:
 *
 * Writes the PDF in a worker thread. Neither the writer nor @content may
 * change until the callback.
 */
void
kansio_pdf_writer_write_async (KansioPdfWriter *self,
                               KansioDocumentContent *content,
                               GCancellable *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (KANSIO_IS_PDF_WRITER (self));
  g_return_if_fail (KANSIO_IS_DOCUMENT_CONTENT (content));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_pdf_writer_write_async);
  g_task_set_task_data (task, g_object_ref (content), g_object_unref);
  g_task_run_in_thread (task, write_in_thread);
}

/**
 * kansio_pdf_writer_write_finish:
 * @n_pages: (out) (optional): how many pages the document has
 *
 * Returns: (transfer full): the PDF
 */
GBytes *
kansio_pdf_writer_write_finish (KansioPdfWriter *self,
                                GAsyncResult *result,
                                guint *n_pages,
                                GError **error)
{
  WriteResult *written;
  GBytes *pdf;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  written = g_task_propagate_pointer (G_TASK (result), error);
  if (written == NULL)
    return NULL;
  if (n_pages != NULL)
    *n_pages = written->n_pages;
  pdf = g_bytes_ref (written->pdf);
  write_result_free (written);
  return pdf;
}
