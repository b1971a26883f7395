/* kansio-document-composer.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kansio-database.h"
#include "kansio-document.h"
#include "kansio-field-catalogue.h"
#include "kansio-merge-data.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_DOCUMENT_COMPOSER (kansio_document_composer_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioDocumentComposer, kansio_document_composer, KANSIO, DOCUMENT_COMPOSER, GObject)

KansioDocumentComposer *kansio_document_composer_new (KansioDatabase *database);
KansioFieldCatalogue *kansio_document_composer_get_fields (KansioDocumentComposer *self);
void kansio_document_composer_compose_async (KansioDocumentComposer *self,
                                             const char *template_name,
                                             gint64 person_id,
                                             gint64 case_id,
                                             const char *language,
                                             KansioMergeData *data,
                                             GCancellable *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer user_data);
KansioDocument *kansio_document_composer_compose_finish (KansioDocumentComposer *self,
                                                         GAsyncResult *result,
                                                         GError **error);
void kansio_document_composer_find_template_area_async (KansioDocumentComposer *self,
                                                        const char *template_name,
                                                        GCancellable *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer user_data);
char *kansio_document_composer_find_template_area_finish (KansioDocumentComposer *self,
                                                          GAsyncResult *result,
                                                          GError **error);
void kansio_document_composer_preview_async (KansioDocumentComposer *self,
                                             const char *text,
                                             const char *title,
                                             gint64 person_id,
                                             gint64 case_id,
                                             const char *language,
                                             GCancellable *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer user_data);
KansioDocument *kansio_document_composer_preview_finish (KansioDocumentComposer *self,
                                                         GAsyncResult *result,
                                                         GError **error);
void kansio_document_composer_compose_report_async (KansioDocumentComposer *self,
                                                    const char *identity_code,
                                                    GDateTime *from,
                                                    GDateTime *to,
                                                    GCancellable *cancellable,
                                                    GAsyncReadyCallback callback,
                                                    gpointer user_data);
KansioDocument *kansio_document_composer_compose_report_finish (KansioDocumentComposer *self,
                                                                GAsyncResult *result,
                                                                GError **error);
void kansio_document_composer_store_async (KansioDocumentComposer *self,
                                           KansioDocument *document,
                                           GCancellable *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer user_data);
KansioDocument *kansio_document_composer_store_finish (KansioDocumentComposer *self,
                                                       GAsyncResult *result,
                                                       GError **error);
void kansio_document_composer_await_async (KansioDocumentComposer *self,
                                           const char *subject,
                                           gint64 subject_id,
                                           GCancellable *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer user_data);
KansioDocument *kansio_document_composer_await_finish (KansioDocumentComposer *self,
                                                       GAsyncResult *result,
                                                       GError **error);
void kansio_document_composer_open_async (KansioDocumentComposer *self,
                                          gint64 document_id,
                                          GCancellable *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer user_data);
KansioDocument *kansio_document_composer_open_finish (KansioDocumentComposer *self,
                                                      GAsyncResult *result,
                                                      GError **error);
void kansio_document_composer_disclose_async (KansioDocumentComposer *self,
                                              KansioDocument *document,
                                              const char *how,
                                              const char *recipient,
                                              const char *legal_basis,
                                              GCancellable *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer user_data);
gboolean kansio_document_composer_disclose_finish (KansioDocumentComposer *self,
                                                   GAsyncResult *result,
                                                   GError **error);

G_END_DECLS
