/* letters-diff.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A line diff of two template texts by their longest common subsequence.
 * Templates are a page or two, so the plain O(n·m) table is enough once
 * the common head and tail are set aside; a pair too large for the table
 * is shown as the old middle removed and the new one added.
 */
#define G_LOG_DOMAIN "letters-diff"

#include "config.h"

#include "letters-diff.h"

/* 4 M cells of guint32: 16 MB, some 2000 × 2000 changed lines. */
#define MAX_TABLE_CELLS (4u * 1024u * 1024u)

void
letters_diff_line_free (LettersDiffLine *line)
{
  g_free (line->text);
  g_free (line);
}

/**
 * letters_diff_op_prefix:
 *
 * Returns: what a line of the diff starts with: "+ ", "- " or two spaces
 */
const char *
letters_diff_op_prefix (LettersDiffOp op)
{
  switch (op)
    {
    case LETTERS_DIFF_ADDED:
      return "+ ";
    case LETTERS_DIFF_REMOVED:
      return "- ";
    case LETTERS_DIFF_SAME:
    default:
      return "  ";
    }
}

/* The lines of @text; a final newline ends the last line, it does not
 * begin an empty one. */
static GStrv
split_lines (const char *text)
{
  GStrv lines;
  guint n;

  if (text == NULL || *text == '\0')
    return g_new0 (char *, 1);
  lines = g_strsplit (text, "\n", -1);
  n = g_strv_length (lines);
  if (n > 0 && *lines[n - 1] == '\0')
    g_clear_pointer (&lines[n - 1], g_free);
  return lines;
}

static void
add_line (GPtrArray *diff, LettersDiffOp op, const char *text)
{
  LettersDiffLine *line = g_new (LettersDiffLine, 1);

  line->op = op;
  line->text = g_strdup (text);
  g_ptr_array_add (diff, line);
}

/* old[0, n) against new[0, m), both past the common head and before the
 * common tail. */
static void
diff_middle (GPtrArray *diff, char **old_lines, guint n, char **new_lines, guint m)
{
  g_autofree guint32 *table = NULL;
  guint width = m + 1;
  guint i = 0, j = 0;

  if ((gsize) (n + 1) * (m + 1) > MAX_TABLE_CELLS)
    {
      for (i = 0; i < n; i++)
        add_line (diff, LETTERS_DIFF_REMOVED, old_lines[i]);
      for (j = 0; j < m; j++)
        add_line (diff, LETTERS_DIFF_ADDED, new_lines[j]);
      return;
    }

  /* table[i][j]: the length of the LCS of old[i…] and new[j…] */
  table = g_new0 (guint32, (gsize) (n + 1) * width);
  for (guint a = n; a-- > 0;)
    for (guint b = m; b-- > 0;)
      {
        if (g_str_equal (old_lines[a], new_lines[b]))
          table[a * width + b] = table[(a + 1) * width + b + 1] + 1;
        else
          table[a * width + b] = MAX (table[(a + 1) * width + b], table[a * width + b + 1]);
      }

  while (i < n && j < m)
    {
      if (g_str_equal (old_lines[i], new_lines[j]))
        {
          add_line (diff, LETTERS_DIFF_SAME, old_lines[i]);
          i++;
          j++;
        }
      else if (table[(i + 1) * width + j] >= table[i * width + j + 1])
        add_line (diff, LETTERS_DIFF_REMOVED, old_lines[i++]);
      else
        add_line (diff, LETTERS_DIFF_ADDED, new_lines[j++]);
    }
  for (; i < n; i++)
    add_line (diff, LETTERS_DIFF_REMOVED, old_lines[i]);
  for (; j < m; j++)
    add_line (diff, LETTERS_DIFF_ADDED, new_lines[j]);
}

/**
 * letters_diff_lines:
 * @old_text: (nullable): the earlier text
 * @new_text: (nullable): the later text
 *
 * Returns: (transfer full) (element-type LettersDiffLine): every line of
 *   both texts, in order, as kept, removed or added
 */
GPtrArray *
letters_diff_lines (const char *old_text, const char *new_text)
{
  g_auto (GStrv) old_lines = split_lines (old_text);
  g_auto (GStrv) new_lines = split_lines (new_text);
  GPtrArray *diff = g_ptr_array_new_with_free_func ((GDestroyNotify) letters_diff_line_free);
  guint n = g_strv_length (old_lines);
  guint m = g_strv_length (new_lines);
  guint head = 0, tail = 0;

  while (head < n && head < m && g_str_equal (old_lines[head], new_lines[head]))
    head++;
  while (tail < n - head && tail < m - head
         && g_str_equal (old_lines[n - 1 - tail], new_lines[m - 1 - tail]))
    tail++;

  for (guint i = 0; i < head; i++)
    add_line (diff, LETTERS_DIFF_SAME, old_lines[i]);
  diff_middle (diff, old_lines + head, n - head - tail, new_lines + head, m - head - tail);
  for (guint i = n - tail; i < n; i++)
    add_line (diff, LETTERS_DIFF_SAME, old_lines[i]);
  return diff;
}
