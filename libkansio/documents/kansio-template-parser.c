/* kansio-template-parser.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The letter markup (docs/templates.md) parsed into a tree of lines and
 * sections, with every problem found and where it is. Fields are checked
 * against the catalogue here, so that a template that parses can always be
 * expanded (kansio-template-expansion.c).
 */
#define G_LOG_DOMAIN "kansio-template"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-template-private.h"

static void
token_free (KansioTemplateToken *token)
{
  g_free (token->text);
  g_free (token->format);
  g_free (token);
}

static void
node_free (KansioTemplateNode *node)
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

static KansioTemplateNode *
node_new (KansioTemplateNodeKind kind, guint line, guint column)
{
  KansioTemplateNode *node = g_new0 (KansioTemplateNode, 1);

  node->kind = kind;
  node->line = line;
  node->column = column;
  return node;
}

typedef struct
{
  KansioTemplateNode *node;
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
      KansioTemplateNode *node = g_array_index (parser->open, OpenSection, i - 1).node;

      if (node->kind == KANSIO_TEMPLATE_NODE_EACH && node->alias != NULL
          && strlen (node->alias) == head_length && strncmp (node->alias, name, head_length) == 0)
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
  KansioTemplateToken *token;

  if (text->len == 0)
    return;
  token = g_new0 (KansioTemplateToken, 1);
  token->kind = KANSIO_TEMPLATE_TOKEN_TEXT;
  token->text = g_strdup (text->str);
  token->line = line;
  token->column = column;
  g_ptr_array_add (tokens, token);
  g_string_truncate (text, 0);
}

static KansioTemplateToken *
add_token (GPtrArray *tokens, KansioTemplateTokenKind kind, guint line, guint column)
{
  KansioTemplateToken *token = g_new0 (KansioTemplateToken, 1);

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
  KansioTemplateToken *token;
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
  token = add_token (tokens, KANSIO_TEMPLATE_TOKEN_FIELD, parser->line, column);
  token->text = g_strdup (inside);
  token->format = bar != NULL ? g_strdup (bar + 1) : NULL;
  return end + 2;
}

typedef struct
{
  KansioTemplateTokenKind kind;
  guint column;
} Emphasis;

static void
toggle_emphasis (
    Parser *parser, GArray *open, KansioTemplateTokenKind kind, guint column, GPtrArray *tokens)
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
          add_token (tokens, KANSIO_TEMPLATE_TOKEN_BREAK, parser->line, column);
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
          KansioTemplateTokenKind kind = *p == '|'     ? KANSIO_TEMPLATE_TOKEN_CELL
                                         : p[1] == '*' ? KANSIO_TEMPLATE_TOKEN_BOLD
                                                       : KANSIO_TEMPLATE_TOKEN_ITALIC;

          add_text_token (tokens, text, parser->line, text_column);
          if (kind == KANSIO_TEMPLATE_TOKEN_CELL)
            add_token (tokens, KANSIO_TEMPLATE_TOKEN_CELL, parser->line, column);
          else
            toggle_emphasis (parser, open, kind, column, tokens);
          p += kind == KANSIO_TEMPLATE_TOKEN_BOLD ? 2 : 1;
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
                   left->kind == KANSIO_TEMPLATE_TOKEN_BOLD
                       ? _ ("Bold (**) is not closed on this line.")
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
  KansioTemplateNode *node;
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
  node = node_new (is_each ? KANSIO_TEMPLATE_NODE_EACH : KANSIO_TEMPLATE_NODE_IF, parser->line,
                   column);
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
  if (closes_each != (top->node->kind == KANSIO_TEMPLATE_NODE_EACH))
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

      if (top == NULL || top->node->kind != KANSIO_TEMPLATE_NODE_IF || top->in_otherwise)
        add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, column,
                     _ ("{{else}} belongs inside {{#if}} … {{/if}}, once."));
      else
        top->in_otherwise = TRUE;
    }
  else if (inside[0] == '>')
    {
      g_autofree char *name = g_strstrip (g_strdup (inside + 1));
      KansioTemplateNode *node = node_new (KANSIO_TEMPLATE_NODE_INCLUDE, parser->line, column);

      node->name = g_strdup (name);
      g_ptr_array_add (current_target (parser), node);
      if (!g_ptr_array_find_with_equal_func (parser->includes, name, g_str_equal, NULL))
        g_ptr_array_add (parser->includes, g_steal_pointer (&name));
    }
  else if (g_str_equal (inside, "pagebreak"))
    g_ptr_array_add (current_target (parser),
                     node_new (KANSIO_TEMPLATE_NODE_PAGE_BREAK, parser->line, column));
  else
    return FALSE;
  return TRUE;
}

static void
parse_line (Parser *parser, const char *line)
{
  const char *p = line;
  KansioTemplateNode *node;

  while (*p == ' ' || *p == '\t')
    p++;
  if (parse_directive (parser, p, column_of (parser, p)))
    return;

  node = node_new (KANSIO_TEMPLATE_NODE_LINE, parser->line, column_of (parser, p));
  if (*p == '\0')
    node->line_kind = KANSIO_TEMPLATE_LINE_BLANK;
  else if (*p == '#')
    {
      guint level = (guint) strspn (p, "#");

      if (level > 3 || p[level] != ' ')
        add_problem (parser, KANSIO_TEMPLATE_ERROR_SYNTAX, parser->line, node->column,
                     _ ("A heading is #, ## or ### and a space; write \\# for the sign itself."));
      node->line_kind = KANSIO_TEMPLATE_LINE_HEADING;
      node->level = MIN (level, 3);
      p += level;
    }
  else if (p[0] == '-' && p[1] == ' ')
    {
      node->line_kind = KANSIO_TEMPLATE_LINE_LIST_ITEM;
      p += 2;
    }
  else if (g_ascii_isdigit (*p) && p[strspn (p, "0123456789")] == '.'
           && p[strspn (p, "0123456789") + 1] == ' ')
    {
      node->line_kind = KANSIO_TEMPLATE_LINE_LIST_ITEM;
      node->level = (guint) g_ascii_strtoull (p, NULL, 10);
      p += strspn (p, "0123456789") + 2;
    }
  else if (*p == '|')
    {
      node->rule_right = parse_table_rule (p);
      node->line_kind = node->rule_right != NULL ? KANSIO_TEMPLATE_LINE_TABLE_RULE
                                                 : KANSIO_TEMPLATE_LINE_TABLE_ROW;
    }
  else
    node->line_kind = KANSIO_TEMPLATE_LINE_PARAGRAPH;

  while (*p == ' ' && node->line_kind != KANSIO_TEMPLATE_LINE_TABLE_ROW)
    p++;
  if (node->line_kind != KANSIO_TEMPLATE_LINE_BLANK
      && node->line_kind != KANSIO_TEMPLATE_LINE_TABLE_RULE)
    node->tokens = parse_inline (parser, p, node->line_kind == KANSIO_TEMPLATE_LINE_TABLE_ROW);
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
      KansioTemplateNode *node = g_array_index (parser->open, OpenSection, i - 1).node;

      add_problem (parser, KANSIO_TEMPLATE_ERROR_UNCLOSED_SECTION, node->line, node->column,
                   node->kind == KANSIO_TEMPLATE_NODE_EACH
                       ? _ ("This {{#each}} is never closed with {{/each}}.")
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

/* Parses @text; returns every problem found, in the order of the text.
 * The tree and the names of the blocks it includes go to @nodes and
 * @includes, when asked for. */
GPtrArray *
_kansio_template_parse (const char *text,
                        KansioFieldCatalogue *fields,
                        GPtrArray **nodes,
                        GStrv *includes)
{
  Parser parser = { 0 };
  GPtrArray *problems;

  parser_init (&parser, fields);
  parse (&parser, text);
  problems = g_steal_pointer (&parser.problems);
  if (nodes != NULL)
    *nodes = g_steal_pointer (&parser.nodes);
  if (includes != NULL)
    {
      g_ptr_array_add (parser.includes, NULL);
      *includes = (GStrv) g_ptr_array_steal (parser.includes, NULL);
    }
  parser_clear (&parser);
  return problems;
}
