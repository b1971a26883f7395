/* kansio-pdf-writer-drawing.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A laid-out page drawn with cairo and Pango: the letterhead and the
 * recipient's address on the first page (the address where a window
 * envelope shows it), the title, date, case number and "1 (3)" page
 * numbers at the top right, the body's items, the footer, and a draft's
 * mark.
 */
#define G_LOG_DOMAIN "kansio-pdf-writer"

#include "config.h"

#include <pango/pangocairo.h>

#include "kansio-pdf-writer-private.h"

/* Labels printed on every document, in the document's language (not
 * through gettext: the interface may be in the other language). */
static const char *const date_label[] = { "Päivämäärä", "Datum" };
static const char *const case_label[] = { "Asianumero", "Ärendenummer" };
static const char *const draft_mark[] = { "LUONNOS", "UTKAST" };

static void
draw_item (cairo_t *cr, KansioPdfItem *item)
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
           KansioPdfLayout *layout,
           const char *font,
           const char *markup,
           double x,
           double y,
           double width,
           PangoAlignment alignment)
{
  PangoLayout *text = _kansio_pdf_layout_new_text (layout, font, markup, width);

  pango_layout_set_alignment (text, alignment);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, text);
  return _kansio_pdf_layout_height (text);
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
draw_letterhead (cairo_t *cr, KansioPdfLayout *layout, cairo_surface_t *logo)
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
draw_details (cairo_t *cr, KansioPdfLayout *layout, guint page_number, guint n_pages)
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
      PangoLayout *label_layout = _kansio_pdf_layout_new_text (layout, BODY_FONT, labels->str, 0);
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
draw_recipient (cairo_t *cr, KansioPdfLayout *layout)
{
  g_autofree char *address = join_escaped ((const char *const *) layout->writer->recipient, 0);

  draw_text (cr, layout, BODY_FONT, address, LEFT, ADDRESS_TOP, ADDRESS_WIDTH, PANGO_ALIGN_LEFT);
}

/* A draft says so across the whole page, over the text, in grey: it is
 * no document the client may be given. */
static void
draw_draft_mark (cairo_t *cr, KansioPdfLayout *layout)
{
  g_autofree char *markup = g_strdup_printf ("<b>%s</b>", draft_mark[layout->writer->language]);
  PangoLayout *text = _kansio_pdf_layout_new_text (layout, FONT_FAMILY " 96", markup, -1);
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
draw_footer (cairo_t *cr, KansioPdfLayout *layout)
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

/* Draws page @index of @layout: in reading order, as text extraction and
 * screen readers follow it. */
void
_kansio_pdf_draw_page (cairo_t *cr, KansioPdfLayout *layout, guint index, cairo_surface_t *logo)
{
  KansioPdfPage *page = g_ptr_array_index (layout->pages, index);

  cairo_set_source_rgb (cr, 0, 0, 0);
  if (index == 0)
    draw_letterhead (cr, layout, logo);
  draw_details (cr, layout, index + 1, layout->pages->len);
  if (index == 0)
    draw_recipient (cr, layout);
  for (guint i = 0; i < page->items->len; i++)
    draw_item (cr, &g_array_index (page->items, KansioPdfItem, i));
  draw_footer (cr, layout);
  if (layout->writer->draft)
    draw_draft_mark (cr, layout);
}
