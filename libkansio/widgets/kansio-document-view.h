/* kansio-document-view.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_DOCUMENT_VIEW (kansio_document_view_get_type ())

G_DECLARE_FINAL_TYPE (KansioDocumentView, kansio_document_view, KANSIO, DOCUMENT_VIEW, GtkWidget)

GtkWidget *kansio_document_view_new (void);
void kansio_document_view_set_pdf (KansioDocumentView *self, GBytes *pdf);
GBytes *kansio_document_view_get_pdf (KansioDocumentView *self);
guint kansio_document_view_get_n_pages (KansioDocumentView *self);
guint kansio_document_view_get_page (KansioDocumentView *self);
void kansio_document_view_set_page (KansioDocumentView *self, guint page);
double kansio_document_view_get_zoom (KansioDocumentView *self);
void kansio_document_view_set_zoom (KansioDocumentView *self, double zoom);
gboolean kansio_document_view_get_is_rendering (KansioDocumentView *self);
GtkPrintOperationResult kansio_document_view_print (KansioDocumentView *self,
                                                    GtkWindow *parent,
                                                    const char *job_name,
                                                    GError **error);

G_END_DECLS
