/* kansio-pdf-writer-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the PDF writer's parts share: the page's geometry, the writer's
 * settings, and the pages laid out (kansio-pdf-writer-layout.c) for
 * drawing (kansio-pdf-writer-drawing.c).
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "kansio-pdf-writer.h"

G_BEGIN_DECLS

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
} KansioPdfItem;

typedef struct
{
  GArray *items; /* of KansioPdfItem */
} KansioPdfPage;

typedef struct
{
  KansioPdfWriter *writer;
  PangoContext *context;
  GPtrArray *layouts; /* owns every layout */
  GPtrArray *pages;   /* of KansioPdfPage */
  KansioPdfPage *page;
  double y;
  gboolean at_page_top;
  gboolean break_pending; /* a page break waits for something to follow it */
} KansioPdfLayout;

void _kansio_pdf_layout_init (KansioPdfLayout *layout, KansioPdfWriter *writer, cairo_t *cr);
void _kansio_pdf_layout_clear (KansioPdfLayout *layout);
void _kansio_pdf_lay_out (KansioPdfLayout *layout, KansioDocumentContent *content);
PangoLayout *_kansio_pdf_layout_new_text (KansioPdfLayout *layout,
                                          const char *font,
                                          const char *markup,
                                          double width);
double _kansio_pdf_layout_height (PangoLayout *pango_layout);
void
_kansio_pdf_draw_page (cairo_t *cr, KansioPdfLayout *layout, guint index, cairo_surface_t *logo);

G_END_DECLS
