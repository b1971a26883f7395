/* kansio-letter-templates.h
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
#include "kansio-letter-template-version.h"
#include "kansio-letter-template.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_LETTER_TEMPLATES (kansio_letter_templates_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioLetterTemplates, kansio_letter_templates, KANSIO, LETTER_TEMPLATES, GObject)

KansioLetterTemplates *kansio_letter_templates_new (KansioDatabase *database);
KansioDatabase *kansio_letter_templates_get_database (KansioLetterTemplates *self);

void kansio_letter_templates_list_async (KansioLetterTemplates *self,
                                         GCancellable *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer user_data);
GListModel *kansio_letter_templates_list_finish (KansioLetterTemplates *self,
                                                 GAsyncResult *result,
                                                 GError **error);

void kansio_letter_templates_list_versions_async (KansioLetterTemplates *self,
                                                  int template_id,
                                                  GCancellable *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer user_data);
GListModel *kansio_letter_templates_list_versions_finish (KansioLetterTemplates *self,
                                                          GAsyncResult *result,
                                                          GError **error);

void kansio_letter_templates_get_version_async (KansioLetterTemplates *self,
                                                gint64 version_id,
                                                GCancellable *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer user_data);
KansioLetterTemplateVersion *kansio_letter_templates_get_version_finish (
    KansioLetterTemplates *self, GAsyncResult *result, GError **error);

void kansio_letter_templates_save_draft_async (KansioLetterTemplates *self,
                                               int template_id,
                                               int row_version,
                                               const char *body_fi,
                                               const char *body_sv,
                                               const char *note,
                                               GCancellable *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer user_data);
KansioLetterTemplateVersion *kansio_letter_templates_save_draft_finish (KansioLetterTemplates *self,
                                                                        GAsyncResult *result,
                                                                        GError **error);

void kansio_letter_templates_submit_async (KansioLetterTemplates *self,
                                           gint64 version_id,
                                           GCancellable *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer user_data);
gboolean kansio_letter_templates_submit_finish (KansioLetterTemplates *self,
                                                GAsyncResult *result,
                                                GError **error);

void kansio_letter_templates_decide_async (KansioLetterTemplates *self,
                                           gint64 version_id,
                                           int row_version,
                                           gboolean approve,
                                           const char *note,
                                           GCancellable *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer user_data);
gboolean kansio_letter_templates_decide_finish (KansioLetterTemplates *self,
                                                GAsyncResult *result,
                                                GError **error);

void kansio_letter_templates_create_async (KansioLetterTemplates *self,
                                           const char *name,
                                           const char *area,
                                           const char *kind,
                                           const char *title_fi,
                                           const char *title_sv,
                                           GCancellable *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer user_data);
int kansio_letter_templates_create_finish (KansioLetterTemplates *self,
                                           GAsyncResult *result,
                                           GError **error);

G_END_DECLS
