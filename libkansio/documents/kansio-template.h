/* kansio-template.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib-object.h>

#include "kansio-document-content.h"
#include "kansio-document-format.h"
#include "kansio-field-catalogue.h"
#include "kansio-merge-data.h"

G_BEGIN_DECLS

#define KANSIO_TEMPLATE_ERROR (kansio_template_error_quark ())

typedef enum
{
  KANSIO_TEMPLATE_ERROR_SYNTAX,
  KANSIO_TEMPLATE_ERROR_UNKNOWN_FIELD,
  KANSIO_TEMPLATE_ERROR_UNCLOSED_SECTION,
  KANSIO_TEMPLATE_ERROR_UNKNOWN_BLOCK,
  KANSIO_TEMPLATE_ERROR_TABLE,
} KansioTemplateError;

/* One thing wrong with a template, where it is: lines and columns count
 * from 1, columns in characters. */
typedef struct
{
  KansioTemplateError code;
  guint line;
  guint column;
  char *message;
} KansioTemplateProblem;

#define KANSIO_TYPE_TEMPLATE_PROBLEM (kansio_template_problem_get_type ())
GType kansio_template_problem_get_type (void);
KansioTemplateProblem *kansio_template_problem_copy (const KansioTemplateProblem *problem);
void kansio_template_problem_free (KansioTemplateProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KansioTemplateProblem, kansio_template_problem_free)

#define KANSIO_TYPE_TEMPLATE (kansio_template_get_type ())

G_DECLARE_FINAL_TYPE (KansioTemplate, kansio_template, KANSIO, TEMPLATE, GObject)

GQuark kansio_template_error_quark (void);

KansioTemplate *
kansio_template_new (const char *text, KansioFieldCatalogue *fields, GError **error);
GPtrArray *kansio_template_check (const char *text, KansioFieldCatalogue *fields);
const char *const *kansio_template_get_includes (KansioTemplate *self);
gboolean kansio_template_expand (KansioTemplate *self,
                                 KansioMergeData *data,
                                 KansioLanguage language,
                                 GHashTable *blocks,
                                 KansioDocumentContent *content,
                                 GError **error);

G_END_DECLS
