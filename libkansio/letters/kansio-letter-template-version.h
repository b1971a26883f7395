/* kansio-letter-template-version.h
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

#define KANSIO_TYPE_LETTER_TEMPLATE_VERSION (kansio_letter_template_version_get_type ())

G_DECLARE_FINAL_TYPE (KansioLetterTemplateVersion,
                      kansio_letter_template_version,
                      KANSIO,
                      LETTER_TEMPLATE_VERSION,
                      GObject)

gint64 kansio_letter_template_version_get_version_id (KansioLetterTemplateVersion *self);
int kansio_letter_template_version_get_template_id (KansioLetterTemplateVersion *self);
int kansio_letter_template_version_get_version (KansioLetterTemplateVersion *self);
const char *kansio_letter_template_version_get_status (KansioLetterTemplateVersion *self);
gboolean kansio_letter_template_version_is_approved (KansioLetterTemplateVersion *self);
const char *kansio_letter_template_version_get_note (KansioLetterTemplateVersion *self);
const char *kansio_letter_template_version_get_body (KansioLetterTemplateVersion *self,
                                                     const char *language);
GDateTime *kansio_letter_template_version_get_revised_at (KansioLetterTemplateVersion *self,
                                                          const char *language);
const char *kansio_letter_template_version_get_created_by (KansioLetterTemplateVersion *self);
GDateTime *kansio_letter_template_version_get_created_at (KansioLetterTemplateVersion *self);
const char *kansio_letter_template_version_get_edited_by (KansioLetterTemplateVersion *self);
const char *kansio_letter_template_version_get_approved_by (KansioLetterTemplateVersion *self);
GDateTime *kansio_letter_template_version_get_approved_at (KansioLetterTemplateVersion *self);
int kansio_letter_template_version_get_row_version (KansioLetterTemplateVersion *self);

G_END_DECLS
