/* kansio-pdf-writer.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lays document content out on A4 pages (kansio-pdf-writer-layout.c) and
 * writes it as PDF with cairo and Pango (kansio-pdf-writer-drawing.c): the
 * letterhead and the recipient's address on the first page, the title,
 * date, case number and page numbers at the top right, the body below.
 *
 * Pages are laid out first and drawn after, so every page knows how many
 * there are. Fonts are embedded (cairo subsets them); the PDF carries
 * title, author, creation date and the document's language.
 */
#define G_LOG_DOMAIN "kansio-pdf-writer"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "kansio-pdf-writer-private.h"

G_DEFINE_FINAL_TYPE (KansioPdfWriter, kansio_pdf_writer, G_TYPE_OBJECT)
G_DEFINE_QUARK (kansio - pdf - writer - error - quark, kansio_pdf_writer_error)

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
  KansioPdfLayout layout = { 0 };

  if (logo_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&logo_error));
      return NULL;
    }

  surface = cairo_pdf_surface_create_for_stream (write_to_array, pdf, PAGE_WIDTH, PAGE_HEIGHT);
  set_metadata (surface, self);
  cr = cairo_create (surface);

  _kansio_pdf_layout_init (&layout, self, cr);
  _kansio_pdf_lay_out (&layout, content);
  for (guint p = 0; p < layout.pages->len; p++)
    {
      _kansio_pdf_draw_page (cr, &layout, p, logo);
      cairo_show_page (cr);
    }

  if (n_pages != NULL)
    *n_pages = layout.pages->len;
  _kansio_pdf_layout_clear (&layout);
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
