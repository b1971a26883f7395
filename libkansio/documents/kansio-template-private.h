/* kansio-template-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A parsed template: the tree of lines and sections that
 * kansio-template-parser.c builds and kansio-template-expansion.c walks.
 */
#pragma once

#include "kansio-template.h"

G_BEGIN_DECLS

typedef enum
{
  KANSIO_TEMPLATE_TOKEN_TEXT,
  KANSIO_TEMPLATE_TOKEN_FIELD,
  KANSIO_TEMPLATE_TOKEN_BOLD,
  KANSIO_TEMPLATE_TOKEN_ITALIC,
  KANSIO_TEMPLATE_TOKEN_BREAK,
  KANSIO_TEMPLATE_TOKEN_CELL,
} KansioTemplateTokenKind;

typedef struct
{
  KansioTemplateTokenKind kind;
  char *text;   /* literal text, or the field's name */
  char *format; /* a field's format, or NULL */
  guint line;
  guint column;
} KansioTemplateToken;

typedef enum
{
  KANSIO_TEMPLATE_LINE_BLANK,
  KANSIO_TEMPLATE_LINE_HEADING,
  KANSIO_TEMPLATE_LINE_PARAGRAPH,
  KANSIO_TEMPLATE_LINE_LIST_ITEM,
  KANSIO_TEMPLATE_LINE_TABLE_ROW,
  KANSIO_TEMPLATE_LINE_TABLE_RULE,
} KansioTemplateLineKind;

typedef enum
{
  KANSIO_TEMPLATE_NODE_LINE,
  KANSIO_TEMPLATE_NODE_IF,
  KANSIO_TEMPLATE_NODE_EACH,
  KANSIO_TEMPLATE_NODE_INCLUDE,
  KANSIO_TEMPLATE_NODE_PAGE_BREAK,
} KansioTemplateNodeKind;

typedef struct
{
  KansioTemplateNodeKind kind;
  guint line;
  guint column;

  KansioTemplateLineKind line_kind;
  guint level;          /* heading level; list item number, 0 for a bullet */
  GPtrArray *tokens;    /* of KansioTemplateToken */
  GArray *rule_right;   /* table rule: gboolean per column */
  char *field;          /* if, each */
  gboolean negate;      /* unless */
  char *alias;          /* each … as alias */
  char *list_field;     /* each: the catalogue name of the list */
  GPtrArray *children;  /* of KansioTemplateNode */
  GPtrArray *otherwise; /* if: the else branch */
  char *name;           /* include */
} KansioTemplateNode;

GPtrArray *_kansio_template_parse (const char *text,
                                   KansioFieldCatalogue *fields,
                                   GPtrArray **nodes,
                                   GStrv *includes);
GPtrArray *_kansio_template_get_nodes (KansioTemplate *self);
gboolean _kansio_template_expand_nodes (GPtrArray *nodes,
                                        KansioMergeData *data,
                                        KansioLanguage language,
                                        GHashTable *blocks,
                                        KansioDocumentContent *content,
                                        GError **error);

G_END_DECLS
