/* letters-problem-list.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LETTERS_TYPE_PROBLEM_LIST (letters_problem_list_get_type ())

G_DECLARE_FINAL_TYPE (LettersProblemList, letters_problem_list, LETTERS, PROBLEM_LIST, AdwBin)

typedef enum
{
  LETTERS_PROBLEM_ERROR,
  LETTERS_PROBLEM_WARNING,
} LettersProblemKind;

GtkWidget *letters_problem_list_new (void);
void letters_problem_list_clear (LettersProblemList *self);
void letters_problem_list_add (LettersProblemList *self,
                               LettersProblemKind kind,
                               const char *language,
                               guint line,
                               guint column,
                               const char *text);
guint letters_problem_list_get_n_problems (LettersProblemList *self);
guint letters_problem_list_get_n_errors (LettersProblemList *self);

G_END_DECLS
