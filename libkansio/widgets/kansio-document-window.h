/* kansio-document-window.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <adwaita.h>

#include "documents/kansio-document-composer.h"
#include "documents/kansio-document.h"
#include "kansio-document-view.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_DOCUMENT_WINDOW (kansio_document_window_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioDocumentWindow, kansio_document_window, KANSIO, DOCUMENT_WINDOW, AdwWindow)

KansioDocumentWindow *kansio_document_window_new (KansioDocumentComposer *composer,
                                                  KansioDocument *document,
                                                  const char *recipient,
                                                  const char *legal_basis);
KansioDocument *kansio_document_window_get_document (KansioDocumentWindow *self);
KansioDocumentView *kansio_document_window_get_view (KansioDocumentWindow *self);
void kansio_document_window_store (KansioDocumentWindow *self);
void kansio_document_window_export_to (KansioDocumentWindow *self, GFile *file);

G_END_DECLS
