/* kansio-letter-template.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_LETTER_TEMPLATE (kansio_letter_template_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioLetterTemplate, kansio_letter_template, KANSIO, LETTER_TEMPLATE, GObject)

int kansio_letter_template_get_template_id (KansioLetterTemplate *self);
const char *kansio_letter_template_get_name (KansioLetterTemplate *self);
const char *kansio_letter_template_get_area (KansioLetterTemplate *self);
const char *kansio_letter_template_get_kind (KansioLetterTemplate *self);
const char *kansio_letter_template_get_title (KansioLetterTemplate *self);
const char *kansio_letter_template_get_title_for (KansioLetterTemplate *self, const char *language);
int kansio_letter_template_get_approved_version (KansioLetterTemplate *self);
gint64 kansio_letter_template_get_draft_version_id (KansioLetterTemplate *self);
const char *kansio_letter_template_get_draft_status (KansioLetterTemplate *self);
int kansio_letter_template_compare (KansioLetterTemplate *a, KansioLetterTemplate *b);

G_END_DECLS
