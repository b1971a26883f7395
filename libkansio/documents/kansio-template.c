/* kansio-template.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The letter markup (docs/templates.md), parsed once into lines and
 * sections (kansio-template-parser.c), then expanded with merge data into
 * document content (kansio-template-expansion.c).
 *
 * Values never pass through the parser: a field is a token of its own, and
 * its value is escaped as it is written out. Block markers ("# ", "- ",
 * "|") and emphasis are recognised only in the template's own text, so a
 * client called "**Bobby** | # x" is printed exactly so.
 */
#define G_LOG_DOMAIN "kansio-template"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-template-private.h"

struct _KansioTemplate
{
  GObject parent_instance;

  GPtrArray *nodes; /* of KansioTemplateNode */
  GStrv includes;
};

G_DEFINE_FINAL_TYPE (KansioTemplate, kansio_template, G_TYPE_OBJECT)
G_DEFINE_QUARK (kansio - template - error - quark, kansio_template_error)
G_DEFINE_BOXED_TYPE (KansioTemplateProblem,
                     kansio_template_problem,
                     kansio_template_problem_copy,
                     kansio_template_problem_free)

KansioTemplateProblem *
kansio_template_problem_copy (const KansioTemplateProblem *problem)
{
  KansioTemplateProblem *copy = g_new (KansioTemplateProblem, 1);

  *copy = *problem;
  copy->message = g_strdup (problem->message);
  return copy;
}

void
kansio_template_problem_free (KansioTemplateProblem *problem)
{
  g_free (problem->message);
  g_free (problem);
}

static void
kansio_template_finalize (GObject *object)
{
  KansioTemplate *self = KANSIO_TEMPLATE (object);

  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  g_clear_pointer (&self->includes, g_strfreev);

  G_OBJECT_CLASS (kansio_template_parent_class)->finalize (object);
}

static void
kansio_template_class_init (KansioTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_template_finalize;
}

static void
kansio_template_init (KansioTemplate *self)
{
}

GPtrArray *
_kansio_template_get_nodes (KansioTemplate *self)
{
  return self->nodes;
}

/**
 * kansio_template_check:
 * @fields: the merge fields the template may use
 *
 * Returns: (transfer full) (element-type KansioTemplateProblem): every
 * problem found, in the order of the text; empty when the template is good.
 */
GPtrArray *
kansio_template_check (const char *text, KansioFieldCatalogue *fields)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (KANSIO_IS_FIELD_CATALOGUE (fields), NULL);

  return _kansio_template_parse (text, fields, NULL, NULL);
}

/**
 * kansio_template_new:
 *
 * Parses a template. On a problem, @error says where the first one is;
 * kansio_template_check() lists them all.
 *
 * Returns: (transfer full) (nullable): the template
 */
KansioTemplate *
kansio_template_new (const char *text, KansioFieldCatalogue *fields, GError **error)
{
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GPtrArray) nodes = NULL;
  g_auto (GStrv) includes = NULL;
  KansioTemplate *self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (KANSIO_IS_FIELD_CATALOGUE (fields), NULL);

  problems = _kansio_template_parse (text, fields, &nodes, &includes);
  if (problems->len > 0)
    {
      KansioTemplateProblem *first = g_ptr_array_index (problems, 0);

      g_set_error (error, KANSIO_TEMPLATE_ERROR, first->code, _ ("Line %u, column %u: %s"),
                   first->line, first->column, first->message);
      return NULL;
    }

  self = g_object_new (KANSIO_TYPE_TEMPLATE, NULL);
  self->nodes = g_steal_pointer (&nodes);
  self->includes = g_steal_pointer (&includes);
  return self;
}

/**
 * kansio_template_get_includes:
 *
 * Returns: (transfer none): the names of the blocks the template includes
 */
const char *const *
kansio_template_get_includes (KansioTemplate *self)
{
  g_return_val_if_fail (KANSIO_IS_TEMPLATE (self), NULL);

  return (const char *const *) self->includes;
}

/**
 * kansio_template_expand:
 * @data: the values of the merge fields
 * @language: the language dates and amounts are written in
 * @blocks: (nullable) (element-type utf8 KansioTemplate): the blocks that
 *   {{> name}} includes, by name
 * @content: where the blocks go, appended
 *
 * Returns: whether the template expanded; if not, @error says where.
 */
gboolean
kansio_template_expand (KansioTemplate *self,
                        KansioMergeData *data,
                        KansioLanguage language,
                        GHashTable *blocks,
                        KansioDocumentContent *content,
                        GError **error)
{
  g_return_val_if_fail (KANSIO_IS_TEMPLATE (self), FALSE);
  g_return_val_if_fail (KANSIO_IS_MERGE_DATA (data), FALSE);
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_CONTENT (content), FALSE);

  return _kansio_template_expand_nodes (self->nodes, data, language, blocks, content, error);
}
