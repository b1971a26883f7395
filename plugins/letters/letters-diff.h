/* letters-diff.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LETTERS_DIFF_SAME,
  LETTERS_DIFF_REMOVED,
  LETTERS_DIFF_ADDED,
} LettersDiffOp;

typedef struct
{
  LettersDiffOp op;
  char *text;
} LettersDiffLine;

void letters_diff_line_free (LettersDiffLine *line);
GPtrArray *letters_diff_lines (const char *old_text, const char *new_text);
const char *letters_diff_op_prefix (LettersDiffOp op);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LettersDiffLine, letters_diff_line_free)

G_END_DECLS
