/* kansio-pdf-writer.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kansio-document-content.h"
#include "kansio-document-format.h"

G_BEGIN_DECLS

#define KANSIO_PDF_WRITER_ERROR (kansio_pdf_writer_error_quark ())

typedef enum
{
  KANSIO_PDF_WRITER_ERROR_FAILED,
  KANSIO_PDF_WRITER_ERROR_BAD_LOGO,
} KansioPdfWriterError;

#define KANSIO_TYPE_PDF_WRITER (kansio_pdf_writer_get_type ())

G_DECLARE_FINAL_TYPE (KansioPdfWriter, kansio_pdf_writer, KANSIO, PDF_WRITER, GObject)

GQuark kansio_pdf_writer_error_quark (void);

KansioPdfWriter *kansio_pdf_writer_new (KansioLanguage language);
void kansio_pdf_writer_set_title (KansioPdfWriter *self, const char *title);
void kansio_pdf_writer_set_author (KansioPdfWriter *self, const char *author);
void kansio_pdf_writer_set_date (KansioPdfWriter *self, const GDate *date);
void kansio_pdf_writer_set_case_number (KansioPdfWriter *self, const char *case_number);
void kansio_pdf_writer_set_letterhead (KansioPdfWriter *self,
                                       const char *const *lines,
                                       GBytes *logo_png);
void kansio_pdf_writer_set_recipient (KansioPdfWriter *self, const char *const *lines);
void kansio_pdf_writer_set_footer (KansioPdfWriter *self, const char *footer);
void kansio_pdf_writer_set_creation_time (KansioPdfWriter *self, GDateTime *time);
void kansio_pdf_writer_set_draft (KansioPdfWriter *self, gboolean draft);
GBytes *kansio_pdf_writer_write (KansioPdfWriter *self,
                                 KansioDocumentContent *content,
                                 guint *n_pages,
                                 GError **error);
void kansio_pdf_writer_write_async (KansioPdfWriter *self,
                                    KansioDocumentContent *content,
                                    GCancellable *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer user_data);
GBytes *kansio_pdf_writer_write_finish (KansioPdfWriter *self,
                                        GAsyncResult *result,
                                        guint *n_pages,
                                        GError **error);

G_END_DECLS
