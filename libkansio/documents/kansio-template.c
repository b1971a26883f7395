/* kansio-template.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The letter markup (docs/templates.md), parsed once into lines and
 * sections, then expanded with merge data into document content.
 *
 * Values never pass through the parser: a field is a token of its own, and
 * its value is escaped as it is written out. Block markers ("# ", "- ",
 * "|") and emphasis are recognised only in the template's own text, so a
 * client called "**Bobby** | # x" is printed exactly so.
 */
#define G_LOG_DOMAIN "kansio-template"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-document-content-private.h"
#include "kansio-merge-data-private.h"
#include "kansio-template.h"

/* Includes deeper than this are a loop. */
#define MAX_INCLUDE_DEPTH 8

typedef enum
{
  TOKEN_TEXT,
  TOKEN_FIELD,
  TOKEN_BOLD,
  TOKEN_ITALIC,
  TOKEN_BREAK,
  TOKEN_CELL,
} TokenKind;

typedef struct
{
  TokenKind kind;
  char *text;   /* literal text, or the field's name */
  char *format; /* a field's format, or NULL */
  guint line;
  guint column;
} Token;

typedef enum
{
  LINE_BLANK,
  LINE_HEADING,
  LINE_PARAGRAPH,
  LINE_LIST_ITEM,
  LINE_TABLE_ROW,
  LINE_TABLE_RULE,
} LineKind;

typedef enum
{
  NODE_LINE,
  NODE_IF,
  NODE_EACH,
  NODE_INCLUDE,
  NODE_PAGE_BREAK,
} NodeKind;

typedef struct
{
  NodeKind kind;
  guint line;
  guint column;

  LineKind line_kind;
  guint level;          /* heading level; list item number, 0 for a bullet */
  GPtrArray *tokens;    /* of Token */
  GArray *rule_right;   /* table rule: gboolean per column */
  char *field;          /* if, each */
  gboolean negate;      /* unless */
  char *alias;          /* each … as alias */
  char *list_field;     /* each: the catalogue name of the list */
  GPtrArray *children;  /* of Node */
  GPtrArray *otherwise; /* if: the else branch */
  char *name;           /* include */
} Node;

struct _KansioTemplate
{
  GObject parent_instance;

  GPtrArray *nodes; /* of Node */
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
token_free (Token *token)
{
  g_free (token->text);
  g_free (token->format);
  g_free (token);
}

static void
node_free (Node *node)
{
  g_clear_pointer (&node->tokens, g_ptr_array_unref);
  g_clear_pointer (&node->rule_right, g_array_unref);
  g_clear_pointer (&node->children, g_ptr_array_unref);
  g_clear_pointer (&node->otherwise, g_ptr_array_unref);
  g_free (node->field);
  g_free (node->alias);
  g_free (node->list_field);
  g_free (node->name);
  g_free (node);
}

static GPtrArray *
node_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
}

static Node *
node_new (NodeKind kind, guint line, guint column)
{
  Node *node = g_new0 (Node, 1);

  node->kind = kind;
  node->line = line;
  node->column = column;
  return node;
}

/* ------------------------------------------------------------------ */
/* Parsing                                                              */

typedef struct
{
  Node *node;
  gboolean in_otherwise;
} OpenSection;

typedef struct
{
  KansioFieldCatalogue *fields;
  GPtrArray *problems; /* of KansioTemplateProblem */
  GPtrArray *nodes;    /* the top level */
  GArray *open;        /* of OpenSection */
  GPtrArray *includes; /* of char*, unique */
  guint line;
  const char *line_start;
} Parser;

G_GNUC_PRINTF (5, 6)
static void
add_problem (
    Parser *parser, KansioTemplateError code, guint line, guint column, const char *format, ...)
{
  KansioTemplateProblem *problem = g_new0 (KansioTemplateProblem, 1);
  va_list args;

  problem->code = code;
  problem->line = line;
  problem->column = column;
  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (parser->problems, problem);
}

static guint
column_of (Parser *parser, const char *position)
{
  return (guint) g_utf8_pointer_to_offset (parser->line_start, position) + 1;
}

static GPtrArray *
current_target (Parser *parser)
{
  OpenSection *top;

  if (parser->open->len == 0)
    return parser->nodes;
  top = &g_array_index (parser->open, OpenSection, parser->open->len - 1);
  return top->in_otherwise ? top->node->otherwise : top->node->children;
}

static gboolean
is_field_name (const char *name)
{
  gboolean at_start = TRUE;

  if (name[0] == '\0')
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '.')
        {
          if (at_start)
            return FALSE;
          at_start = TRUE;
        }
      else if (g_ascii_islower (*p) || *p == '_' || (!at_start && g_ascii_isdigit (*p)))
        at_start = FALSE;
      else
        return FALSE;
    }
  return !at_start;
}

/* The catalogue name of a field as the template writes it: inside
 * {{#each decision.payments as payment}}, "payment.amount" is
 * "decision.payments.amount". */
static char *
resolve_field_name (Parser *parser, const char *name)
{
  const char *dot = strchr (name, '.');
  gsize head_length = dot != NULL ? (gsize) (dot - name) : strlen (name);

  for (guint i = parser->open->len; i > 0; i--)
    {
      Node *node = g_array_index (parser->open, OpenSection, i - 1).node;

      if (node->kind == NODE_EACH && node->alias != NULL && strlen (node->alias) == head_length
          && strncmp (node->alias, name, head_length) == 0)
        return dot != NULL ? g_strconcat (node->list_field, dot, NULL)
                           : g_strdup (node->list_field);
    }
  return g_strdup (name);
}

/* Checks a field against the catalogue; returns its catalogue name and
 * type, or NULL after adding a problem. */
static char *
check_field (Parser *parser, const char *name, guint column, KansioFieldType *type)
{
  g_autofree char *resolved = NULL;

  if (!is_field_name (name))
    {
      add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, column,
                   _ ("“%s” is not a field name: use lower-case letters, digits, _ and dots, "
                      "as in client.full_name."),
                   name);
      return NULL;
    }
  resolved = resolve_field_name (parser, name);
  if (!kansio_field_catalogue_lookup (parser->fields, resolved, type))
    {
      add_problem (parser, KANSIO_TEMPLATE_ERROR_UNKNOWN_FIELD, parser->line, column,
                   _ ("Unknown field “%s”."), name);
      return NULL;
    }
  return g_steal_pointer (&resolved);
}

static void
add_text_token (GPtrArray *tokens, GString *text, guint line, guint column)
{
  Token *token;

  if (text->len == 0)
    return;
  token = g_new0 (Token, 1);
  token->kind = TOKEN_TEXT;
  token->text = g_strdup (text->str);
  token->line = line;
  token->column = column;
  g_ptr_array_add (tokens, token);
  g_string_truncate (text, 0);
}

static Token *
add_token (GPtrArray *tokens, TokenKind kind, guint line, guint column)
{
  Token *token = g_new0 (Token, 1);

  token->kind = kind;
  token->line = line;
  token->column = column;
  g_ptr_array_add (tokens, token);
  return token;
}

static gboolean
is_escapable (char c)
{
  return strchr ("\\*{}|#-_", c) != NULL && c != '\0';
}

/* "{{name}}" or "{{name|format}}" at @p; returns where it ends, or NULL. */
static const char *
parse_field (Parser *parser, const char *p, GPtrArray *tokens)
{
  const char *end = strstr (p + 2, "}}");
  guint column = column_of (parser, p);
  g_autofree char *inside = NULL;
  g_autofree char *resolved = NULL;
  char *bar;
  Token *token;
  KansioFieldType type;

  if (end == NULL)
    {
      add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, column,
                   _ ("This field is not closed with }} on the same line."));
      return NULL;
    }
  inside = g_strstrip (g_strndup (p + 2, end - p - 2));
  if (inside[0] == '#' || inside[0] == '/' || inside[0] == '>' || g_str_equal (inside, "else")
      || g_str_equal (inside, "pagebreak"))
    {
      add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, column,
                   _ ("{{%s}} must stand on a line of its own."), inside);
      return end + 2;
    }
  bar = strchr (inside, '|');
  if (bar != NULL)
    {
      *bar = '\0';
      g_strstrip (inside);
      g_strstrip (bar + 1);
    }
  resolved = check_field (parser, inside, column, &type);
  if (resolved == NULL)
    return end + 2;
  if (bar != NULL && !(g_str_equal (bar + 1, "long") && type == KANSIO_FIELD_DATE))
    {
      add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, column,
                   _ ("Unknown format “%s”: a date may be written out with |long; nothing "
                      "else has formats."),
                   bar + 1);
      return end + 2;
    }
  if (type == KANSIO_FIELD_LIST)
    {
      add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, column,
                   _ ("“%s” is a list: repeat its rows with {{#each %s as row}}."), inside, inside);
      return end + 2;
    }
  token = add_token (tokens, TOKEN_FIELD, parser->line, column);
  token->text = g_strdup (inside);
  token->format = bar != NULL ? g_strdup (bar + 1) : NULL;
  return end + 2;
}

typedef struct
{
  TokenKind kind;
  guint column;
} Emphasis;

static void
toggle_emphasis (Parser *parser, GArray *open, TokenKind kind, guint column, GPtrArray *tokens)
{
  Emphasis *top = open->len > 0 ? &g_array_index (open, Emphasis, open->len - 1) : NULL;
  Emphasis opened = { kind, column };

  if (top != NULL && top->kind == kind)
    g_array_set_size (open, open->len - 1);
  else if (open->len > 0 && g_array_index (open, Emphasis, 0).kind == kind)
    add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, column,
                 _ ("Bold and italic must close in the reverse order they opened."));
  else
    g_array_append_val (open, opened);
  add_token (tokens, kind, parser->line, column);
}

/* The text of a line after its block marker, as tokens. */
static GPtrArray *
parse_inline (Parser *parser, const char *p, gboolean in_table)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func ((GDestroyNotify) token_free);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GArray) open = g_array_new (FALSE, FALSE, sizeof (Emphasis));
  guint text_column = column_of (parser, p);

  while (*p != '\0')
    {
      guint column = column_of (parser, p);

      if (*p == '\\' && p[1] == '\0')
        {
          add_text_token (tokens, text, parser->line, text_column);
          add_token (tokens, TOKEN_BREAK, parser->line, column);
          p++;
          continue;
        }
      if (*p == '\\' && is_escapable (p[1]))
        {
          g_string_append_c (text, p[1]);
          p += 2;
          continue;
        }
      if (p[0] == '{' && p[1] == '{')
        {
          add_text_token (tokens, text, parser->line, text_column);
          p = parse_field (parser, p, tokens);
          if (p == NULL)
            break;
          text_column = column_of (parser, p);
          continue;
        }
      if (*p == '*' || (*p == '|' && in_table))
        {
          TokenKind kind = *p == '|' ? TOKEN_CELL : p[1] == '*' ? TOKEN_BOLD : TOKEN_ITALIC;

          add_text_token (tokens, text, parser->line, text_column);
          if (kind == TOKEN_CELL)
            add_token (tokens, TOKEN_CELL, parser->line, column);
          else
            toggle_emphasis (parser, open, kind, column, tokens);
          p += kind == TOKEN_BOLD ? 2 : 1;
          text_column = column_of (parser, p);
          continue;
        }
      g_string_append_len (text, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  add_text_token (tokens, text, parser->line, text_column);

  for (guint i = 0; i < open->len; i++)
    {
      Emphasis *left = &g_array_index (open, Emphasis, i);

      add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, left->column,
                   left->kind == TOKEN_BOLD ? _ ("Bold (**) is not closed on this line.")
                                            : _ ("Italic (*) is not closed on this line."));
    }
  return tokens;
}

/* "|---|--:|": the rule under a table's header row; ":" at a cell's right
 * end aligns the column right (for amounts). */
static GArray *
parse_table_rule (const char *line)
{
  g_auto (GStrv) cells = NULL;
  g_autoptr (GArray) right = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autofree char *inner = g_strstrip (g_strdup (line));
  gsize length = strlen (inner);

  if (length < 2 || inner[0] != '|' || strstr (inner, "---") == NULL)
    return NULL;
  if (inner[length - 1] == '|')
    inner[length - 1] = '\0';
  cells = g_strsplit (inner + 1, "|", -1);
  for (guint i = 0; cells[i] != NULL; i++)
    {
      char *cell = g_strstrip (cells[i]);
      gsize cell_length = strlen (cell);
      gboolean is_right = cell_length > 0 && cell[cell_length - 1] == ':';

      if (cell_length < 3 || strspn (cell, "-:") != cell_length)
        return NULL;
      g_array_append_val (right, is_right);
    }
  return g_steal_pointer (&right);
}

static gboolean
parse_section_start (Parser *parser, const char *inside, guint column)
{
  g_auto (GStrv) words = g_strsplit_set (inside, " \t", -1);
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();
  gboolean is_each = g_str_has_prefix (inside, "#each");
  Node *node;
  KansioFieldType type;
  char *resolved;
  OpenSection section = { 0 };

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (parts, words[i]);

  if (is_each ? (parts->len != 4 || !g_str_equal (parts->pdata[2], "as")) : parts->len != 2)
    {
      add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, column,
                   is_each ? _ ("Write a repeated section as {{#each list as row}}.")
                           : _ ("Write a condition as {{#if field}} or {{#unless field}}."));
      return FALSE;
    }
  resolved = check_field (parser, parts->pdata[1], column + 3, &type);
  if (resolved == NULL)
    return FALSE;
  if (is_each && type != KANSIO_FIELD_LIST)
    {
      add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, column,
                   _ ("“%s” is not a list, so it cannot be repeated."),
                   (const char *) parts->pdata[1]);
      g_free (resolved);
      return FALSE;
    }
  node = node_new (is_each ? NODE_EACH : NODE_IF, parser->line, column);
  node->field = g_strdup (parts->pdata[1]);
  node->negate = g_str_equal (parts->pdata[0], "#unless");
  node->children = node_array_new ();
  if (is_each)
    {
      node->alias = g_strdup (parts->pdata[3]);
      node->list_field = resolved;
      if (!is_field_name (node->alias) || strchr (node->alias, '.') != NULL)
        add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, column,
                     _ ("“%s” cannot name a row: use one lower-case word."), node->alias);
    }
  else
    {
      node->otherwise = node_array_new ();
      g_free (resolved);
    }
  g_ptr_array_add (current_target (parser), node);
  section.node = node;
  g_array_append_val (parser->open, section);
  return TRUE;
}

static void
parse_section_end (Parser *parser, const char *inside, guint column)
{
  OpenSection *top;
  gboolean closes_each = g_str_equal (inside, "/each");

  if (parser->open->len == 0)
    {
      add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, column,
                   _ ("{{%s}} closes nothing: no section is open."), inside);
      return;
    }
  top = &g_array_index (parser->open, OpenSection, parser->open->len - 1);
  if (closes_each != (top->node->kind == NODE_EACH))
    add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, column,
                 _ ("{{%s}} does not match the section opened on line %u."), inside,
                 top->node->line);
  g_array_set_size (parser->open, parser->open->len - 1);
}

/* A line that is nothing but {{#if …}}, {{else}}, {{/if}}, {{#each …}},
 * {{/each}}, {{> block}} or {{pagebreak}}. */
static gboolean
parse_directive (Parser *parser, const char *trimmed, guint column)
{
  g_autofree char *inside = NULL;
  gsize length = strlen (trimmed);

  if (length < 5 || !g_str_has_prefix (trimmed, "{{") || !g_str_has_suffix (trimmed, "}}")
      || strstr (trimmed + 2, "}}") != trimmed + length - 2)
    return FALSE;
  inside = g_strstrip (g_strndup (trimmed + 2, length - 4));

  if (g_str_has_prefix (inside, "#if ") || g_str_has_prefix (inside, "#unless ")
      || g_str_has_prefix (inside, "#each "))
    parse_section_start (parser, inside, column);
  else if (g_str_equal (inside, "/if") || g_str_equal (inside, "/each"))
    parse_section_end (parser, inside, column);
  else if (g_str_equal (inside, "else"))
    {
      OpenSection *top = parser->open->len > 0
                             ? &g_array_index (parser->open, OpenSection, parser->open->len - 1)
                             : NULL;

      if (top == NULL || top->node->kind != NODE_IF || top->in_otherwise)
        add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, column,
                     _ ("{{else}} belongs inside {{#if}} … {{/if}}, once."));
      else
        top->in_otherwise = TRUE;
    }
  else if (inside[0] == '>')
    {
      g_autofree char *name = g_strstrip (g_strdup (inside + 1));
      Node *node = node_new (NODE_INCLUDE, parser->line, column);

      node->name = g_strdup (name);
      g_ptr_array_add (current_target (parser), node);
      if (!g_ptr_array_find_with_equal_func (parser->includes, name, g_str_equal, NULL))
        g_ptr_array_add (parser->includes, g_steal_pointer (&name));
    }
  else if (g_str_equal (inside, "pagebreak"))
    g_ptr_array_add (current_target (parser), node_new (NODE_PAGE_BREAK, parser->line, column));
  else
    return FALSE;
  return TRUE;
}

static void
parse_line (Parser *parser, const char *line)
{
  const char *p = line;
  Node *node;

  while (*p == ' ' || *p == '\t')
    p++;
  if (parse_directive (parser, p, column_of (parser, p)))
    return;

  node = node_new (NODE_LINE, parser->line, column_of (parser, p));
  if (*p == '\0')
    node->line_kind = LINE_BLANK;
  else if (*p == '#')
    {
      guint level = (guint) strspn (p, "#");

      if (level > 3 || p[level] != ' ')
        add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, node->column,
                     _ ("A heading is #, ## or ### and a space; write \\# for the sign itself."));
      node->line_kind = LINE_HEADING;
      node->level = MIN (level, 3);
      p += level;
    }
  else if (p[0] == '-' && p[1] == ' ')
    {
      node->line_kind = LINE_LIST_ITEM;
      p += 2;
    }
  else if (g_ascii_isdigit (*p) && p[strspn (p, "0123456789")] == '.'
           && p[strspn (p, "0123456789") + 1] == ' ')
    {
      node->line_kind = LINE_LIST_ITEM;
      node->level = (guint) g_ascii_strtoull (p, NULL, 10);
      p += strspn (p, "0123456789") + 2;
    }
  else if (*p == '|')
    {
      node->rule_right = parse_table_rule (p);
      node->line_kind = node->rule_right != NULL ? LINE_TABLE_RULE : LINE_TABLE_ROW;
    }
  else
    node->line_kind = LINE_PARAGRAPH;

  while (*p == ' ' && node->line_kind != LINE_TABLE_ROW)
    p++;
  if (node->line_kind != LINE_BLANK && node->line_kind != LINE_TABLE_RULE)
    node->tokens = parse_inline (parser, p, node->line_kind == LINE_TABLE_ROW);
  g_ptr_array_add (current_target (parser), node);
}

static void
parse (Parser *parser, const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize length = strlen (lines[i]);

      if (length > 0 && lines[i][length - 1] == '\r')
        lines[i][length - 1] = '\0';
      parser->line = i + 1;
      parser->line_start = lines[i];
      if (!g_utf8_validate (lines[i], -1, NULL))
        {
          add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, 1,
                       _ ("This line is not valid UTF-8 text."));
          continue;
        }
      parse_line (parser, lines[i]);
    }

  for (guint i = parser->open->len; i > 0; i--)
    {
      Node *node = g_array_index (parser->open, OpenSection, i - 1).node;

      add_problem (parser, KANSIO_TEMPLATE_ERROR_UNCLOSED_SECTION, node->line, node->column,
                   node->kind == NODE_EACH ? _ ("This {{#each}} is never closed with {{/each}}.")
                                           : _ ("This section is never closed with {{/if}}."));
    }
}

static void
parser_init (Parser *parser, KansioFieldCatalogue *fields)
{
  parser->fields = fields;
  parser->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) kansio_template_problem_free);
  parser->nodes = node_array_new ();
  parser->open = g_array_new (FALSE, FALSE, sizeof (OpenSection));
  parser->includes = g_ptr_array_new_with_free_func (g_free);
}

static void
parser_clear (Parser *parser)
{
  g_clear_pointer (&parser->problems, g_ptr_array_unref);
  g_clear_pointer (&parser->nodes, g_ptr_array_unref);
  g_clear_pointer (&parser->open, g_array_unref);
  g_clear_pointer (&parser->includes, g_ptr_array_unref);
}

/* ------------------------------------------------------------------ */
/* Expansion                                                            */

typedef struct
{
  const char *alias;
  KansioMergeData *item;
} Scope;

typedef struct
{
  KansioMergeData *data;
  KansioLanguage language;
  GHashTable *blocks;
  KansioDocumentContent *content;
  GArray *scopes; /* of Scope */
  LineKind last;  /* the kind of the last line written, for joining */
  guint depth;
  GError *error;
} Expansion;

G_GNUC_PRINTF (5, 6)
static void
fail (Expansion *expansion,
      KansioTemplateError code,
      guint line,
      guint column,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (expansion->error != NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (&expansion->error, KANSIO_TEMPLATE_ERROR, code, _ ("Line %u, column %u: %s"), line,
               column, message);
}

/* Where a field's value is: the item of the innermost {{#each}} whose
 * row name it starts with, or the document's data. */
static KansioMergeData *
find_field (Expansion *expansion, const char *name, const char **local_name)
{
  const char *dot = strchr (name, '.');
  gsize head_length = dot != NULL ? (gsize) (dot - name) : strlen (name);

  for (guint i = expansion->scopes->len; i > 0; i--)
    {
      Scope *scope = &g_array_index (expansion->scopes, Scope, i - 1);

      if (strlen (scope->alias) == head_length && strncmp (scope->alias, name, head_length) == 0)
        {
          *local_name = dot != NULL ? dot + 1 : "";
          return scope->item;
        }
    }
  *local_name = name;
  return expansion->data;
}

static void
append_value (GString *markup, const char *value)
{
  g_autofree char *escaped = g_markup_escape_text (value, -1);

  g_string_append (markup, escaped);
}

/* A cell's text without the spaces around it; a line break stays. */
static char *
strip_spaces (const char *text)
{
  gsize start = strspn (text, " \t"), end = strlen (text);

  while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
    end--;
  return g_strndup (text + start, end - start);
}

/* The tokens of a line as Pango markup, a string per table cell. */
static GPtrArray *
write_tokens (Expansion *expansion, GPtrArray *tokens)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) markup = g_string_new (NULL);
  gboolean bold = FALSE, italic = FALSE, seen_cell = FALSE;

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *token = g_ptr_array_index (tokens, i);
      const char *local_name;
      KansioMergeData *source;
      g_autofree char *value = NULL;

      switch (token->kind)
        {
        case TOKEN_TEXT:
          append_value (markup, token->text);
          break;
        case TOKEN_FIELD:
          source = find_field (expansion, token->text, &local_name);
          value
              = _kansio_merge_data_format (source, local_name, token->format, expansion->language);
          append_value (markup, value);
          break;
        case TOKEN_BOLD:
          g_string_append (markup, bold ? "</b>" : "<b>");
          bold = !bold;
          break;
        case TOKEN_ITALIC:
          g_string_append (markup, italic ? "</i>" : "<i>");
          italic = !italic;
          break;
        case TOKEN_BREAK:
          g_string_append_c (markup, '\n');
          break;
        case TOKEN_CELL:
          /* The text before a row's first | is no cell. */
          if (seen_cell)
            g_ptr_array_add (cells, strip_spaces (markup->str));
          seen_cell = TRUE;
          g_string_truncate (markup, 0);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  /* A line's own text, or a last cell without its closing |. */
  if (!seen_cell)
    g_ptr_array_add (cells, g_strdup (markup->str));
  else if (markup->str[strspn (markup->str, " \t")] != '\0')
    g_ptr_array_add (cells, strip_spaces (markup->str));
  return cells;
}

static void
write_table_row (Expansion *expansion, Node *node, GPtrArray *cells)
{
  KansioDocumentBlock *table = _kansio_document_content_get_last (expansion->content);
  GStrv row;

  if (expansion->last != LINE_TABLE_ROW && expansion->last != LINE_TABLE_RULE)
    {
      table = _kansio_document_content_append (expansion->content, KANSIO_BLOCK_TABLE);
      table->n_columns = cells->len;
      table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      table->right_aligned = g_new0 (gboolean, cells->len);
    }
  else if (cells->len != table->n_columns)
    {
      fail (expansion, KANSIO_TEMPLATE_ERROR_TABLE, node->line, node->column,
            _ ("This row has %u cells; the table’s first row has %u."), cells->len,
            table->n_columns);
      return;
    }
  row = g_new0 (char *, cells->len + 1);
  for (guint i = 0; i < cells->len; i++)
    row[i] = g_strdup (g_ptr_array_index (cells, i));
  g_ptr_array_add (table->rows, row);
}

static void
write_table_rule (Expansion *expansion, Node *node)
{
  KansioDocumentBlock *table = _kansio_document_content_get_last (expansion->content);

  if (expansion->last != LINE_TABLE_ROW || table->rows->len != 1
      || node->rule_right->len != table->n_columns)
    {
      fail (expansion, KANSIO_TEMPLATE_ERROR_TABLE, node->line, node->column,
            _ ("A rule |---| goes right under a table’s first row, with a cell for each "
               "column."));
      return;
    }
  table->n_header_rows = 1;
  for (guint i = 0; i < table->n_columns; i++)
    table->right_aligned[i] = g_array_index (node->rule_right, gboolean, i);
}

static void
write_line (Expansion *expansion, Node *node)
{
  g_autoptr (GPtrArray) cells = NULL;
  KansioDocumentBlock *block;
  const char *markup;

  if (node->line_kind == LINE_BLANK)
    {
      expansion->last = LINE_BLANK;
      return;
    }
  if (node->line_kind == LINE_TABLE_RULE)
    {
      write_table_rule (expansion, node);
      expansion->last = LINE_TABLE_RULE;
      return;
    }

  cells = write_tokens (expansion, node->tokens);
  if (node->line_kind == LINE_TABLE_ROW)
    {
      write_table_row (expansion, node, cells);
      expansion->last = LINE_TABLE_ROW;
      return;
    }

  /* One line of text: join it to the paragraph or list item above. */
  markup = cells->len > 0 ? g_ptr_array_index (cells, 0) : "";
  block = _kansio_document_content_get_last (expansion->content);
  if (node->line_kind == LINE_PARAGRAPH
      && (expansion->last == LINE_PARAGRAPH || expansion->last == LINE_LIST_ITEM))
    {
      gboolean after_break = g_str_has_suffix (block->markup, "\n");
      char *joined = g_strconcat (block->markup, after_break ? "" : " ", markup, NULL);

      g_free (block->markup);
      block->markup = joined;
      return;
    }

  block = _kansio_document_content_append (
      expansion->content, node->line_kind == LINE_HEADING     ? KANSIO_BLOCK_HEADING
                          : node->line_kind == LINE_LIST_ITEM ? KANSIO_BLOCK_LIST_ITEM
                                                              : KANSIO_BLOCK_PARAGRAPH);
  block->level = node->level;
  block->markup = g_strdup (markup);
  expansion->last = node->line_kind;
}

static void expand_nodes (Expansion *expansion, GPtrArray *nodes);

static void
expand_each (Expansion *expansion, Node *node)
{
  const char *local_name;
  KansioMergeData *source = find_field (expansion, node->field, &local_name);
  GPtrArray *items = _kansio_merge_data_get_items (source, local_name);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      Scope scope = { node->alias, g_ptr_array_index (items, i) };

      g_array_append_val (expansion->scopes, scope);
      expand_nodes (expansion, node->children);
      g_array_set_size (expansion->scopes, expansion->scopes->len - 1);
    }
}

static void
expand_include (Expansion *expansion, Node *node)
{
  KansioTemplate *block
      = expansion->blocks != NULL ? g_hash_table_lookup (expansion->blocks, node->name) : NULL;

  if (block == NULL)
    {
      fail (expansion, KANSIO_TEMPLATE_ERROR_UNKNOWN_BLOCK, node->line, node->column,
            _ ("There is no approved block “%s”."), node->name);
      return;
    }
  if (expansion->depth >= MAX_INCLUDE_DEPTH)
    {
      fail (expansion, KANSIO_TEMPLATE_ERROR_UNKNOWN_BLOCK, node->line, node->column,
            _ ("Block “%s” includes itself."), node->name);
      return;
    }
  expansion->depth++;
  expansion->last = LINE_BLANK;
  expand_nodes (expansion, block->nodes);
  expansion->last = LINE_BLANK;
  expansion->depth--;
}

static void
expand_nodes (Expansion *expansion, GPtrArray *nodes)
{
  for (guint i = 0; i < nodes->len && expansion->error == NULL; i++)
    {
      Node *node = g_ptr_array_index (nodes, i);
      const char *local_name;
      KansioMergeData *source;

      switch (node->kind)
        {
        case NODE_LINE:
          write_line (expansion, node);
          break;
        case NODE_IF:
          source = find_field (expansion, node->field, &local_name);
          if (_kansio_merge_data_is_true (source, local_name) != node->negate)
            expand_nodes (expansion, node->children);
          else
            expand_nodes (expansion, node->otherwise);
          break;
        case NODE_EACH:
          expand_each (expansion, node);
          break;
        case NODE_INCLUDE:
          expand_include (expansion, node);
          break;
        case NODE_PAGE_BREAK:
          _kansio_document_content_append (expansion->content, KANSIO_BLOCK_PAGE_BREAK);
          expansion->last = LINE_BLANK;
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* ------------------------------------------------------------------ */

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
  Parser parser = { 0 };
  GPtrArray *problems;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (KANSIO_IS_FIELD_CATALOGUE (fields), NULL);

  parser_init (&parser, fields);
  parse (&parser, text);
  problems = g_steal_pointer (&parser.problems);
  parser_clear (&parser);
  return problems;
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
  g_autoptr (KansioTemplate) self = NULL;
  Parser parser = { 0 };

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (KANSIO_IS_FIELD_CATALOGUE (fields), NULL);

  parser_init (&parser, fields);
  parse (&parser, text);
  if (parser.problems->len > 0)
    {
      KansioTemplateProblem *first = g_ptr_array_index (parser.problems, 0);

      g_set_error (error, KANSIO_TEMPLATE_ERROR, first->code, _ ("Line %u, column %u: %s"),
                   first->line, first->column, first->message);
      parser_clear (&parser);
      return NULL;
    }

  self = g_object_new (KANSIO_TYPE_TEMPLATE, NULL);
  self->nodes = g_steal_pointer (&parser.nodes);
  g_ptr_array_add (parser.includes, NULL);
  self->includes = (GStrv) g_ptr_array_steal (parser.includes, NULL);
  parser_clear (&parser);
  return g_steal_pointer (&self);
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
  Expansion expansion = { 0 };

  g_return_val_if_fail (KANSIO_IS_TEMPLATE (self), FALSE);
  g_return_val_if_fail (KANSIO_IS_MERGE_DATA (data), FALSE);
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_CONTENT (content), FALSE);

  expansion.data = data;
  expansion.language = language;
  expansion.blocks = blocks;
  expansion.content = content;
  expansion.scopes = g_array_new (FALSE, FALSE, sizeof (Scope));
  expansion.last = LINE_BLANK;
  expand_nodes (&expansion, self->nodes);
  g_array_unref (expansion.scopes);
  if (expansion.error != NULL)
    {
      g_propagate_error (error, expansion.error);
      return FALSE;
    }
  return TRUE;
}
