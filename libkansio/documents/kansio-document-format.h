/* kansio-document-format.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/* The language a document is written in: the client's language for
 * correspondence, never the caseworker's interface language. */
typedef enum
{
  KANSIO_LANGUAGE_FINNISH,
  KANSIO_LANGUAGE_SWEDISH,
} KansioLanguage;

gboolean kansio_language_from_code (const char *code, KansioLanguage *language);
const char *kansio_language_get_code (KansioLanguage language);
const char *kansio_language_get_tag (KansioLanguage language);

char *kansio_format_date (KansioLanguage language, const GDate *date);
char *kansio_format_date_long (KansioLanguage language, const GDate *date);
char *kansio_format_money (KansioLanguage language, gint64 cents);
char *kansio_format_number (KansioLanguage language, gint64 number);
const char *kansio_format_boolean (KansioLanguage language, gboolean value);
char *kansio_format_page_number (guint page, guint n_pages);

G_END_DECLS
