/* kansio-income-support-phrase.h
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
#include "documents/kansio-document-format.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_INCOME_SUPPORT_PHRASE (kansio_income_support_phrase_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioIncomeSupportPhrase, kansio_income_support_phrase, KANSIO, INCOME_SUPPORT_PHRASE, GObject)

const char *kansio_income_support_phrase_get_name (KansioIncomeSupportPhrase *self);
const char *kansio_income_support_phrase_get_title_fi (KansioIncomeSupportPhrase *self);
const char *kansio_income_support_phrase_get_title_sv (KansioIncomeSupportPhrase *self);
const char *kansio_income_support_phrase_get_body_fi (KansioIncomeSupportPhrase *self);
const char *kansio_income_support_phrase_get_body_sv (KansioIncomeSupportPhrase *self);
const char *kansio_income_support_phrase_get_title (KansioIncomeSupportPhrase *self,
                                                    KansioLanguage language);
const char *kansio_income_support_phrase_get_body (KansioIncomeSupportPhrase *self,
                                                   KansioLanguage language);

void kansio_income_support_phrase_list_async (KansioDatabase *database,
                                              GCancellable *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer user_data);
GListModel *kansio_income_support_phrase_list_finish (GAsyncResult *result, GError **error);

G_END_DECLS
