/* letters-checks.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the editor checks as a template is typed: that each text is a
 * template of known fields, and that the two languages still say the
 * same.
 */
#define G_LOG_DOMAIN "letters-checks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-checks.h"
#include "letters-format.h"

static void
check_text (LettersProblemList *problems,
            KansioFieldCatalogue *fields,
            const char *language,
            const char *text,
            char **first_problem)
{
  g_autoptr (GPtrArray) found = kansio_template_check (text, fields);

  for (guint i = 0; i < found->len; i++)
    {
      KansioTemplateProblem *problem = g_ptr_array_index (found, i);
      g_autofree char *message = NULL;

      /* TRANSLATORS: "Finnish, line 3, column 5: Unknown field …" */
      message
          = g_strdup_printf (_ ("%s, line %u, column %u: %s"), _letters_language_label (language),
                             problem->line, problem->column, problem->message);
      letters_problem_list_add (problems, LETTERS_PROBLEM_ERROR, language, problem->line,
                                problem->column, message);
      if (*first_problem == NULL)
        *first_problem = g_strdup_printf (_ ("Line %u, column %u: %s"), problem->line,
                                          problem->column, problem->message);
    }
}

/* The two languages must say the same: warn when one is empty, or was
 * changed (in this session, or else by the saved dates) and the other
 * was not. */
static void
check_languages (LettersProblemList *problems,
                 LettersTextPane *fi_pane,
                 LettersTextPane *sv_pane,
                 const char *fi_text,
                 const char *sv_text,
                 KansioLetterTemplateVersion *saved)
{
  gboolean fi_edited = letters_text_pane_get_edited_since_open (fi_pane);
  gboolean sv_edited = letters_text_pane_get_edited_since_open (sv_pane);
  const char *fi_badge = NULL;
  const char *sv_badge = NULL;

  if (*fi_text == '\0' && *sv_text != '\0')
    letters_problem_list_add (problems, LETTERS_PROBLEM_WARNING, "fi", 0, 0,
                              _ ("The Finnish text is empty."));
  else if (*sv_text == '\0' && *fi_text != '\0')
    letters_problem_list_add (problems, LETTERS_PROBLEM_WARNING, "sv", 0, 0,
                              _ ("The Swedish text is empty."));

  if (fi_edited && !sv_edited)
    {
      letters_problem_list_add (
          problems, LETTERS_PROBLEM_WARNING, "sv", 0, 0,
          _ ("You changed the Finnish text but not the Swedish one: check that they still say "
             "the same."));
      fi_badge = _ ("Changed since the Swedish text");
    }
  else if (sv_edited && !fi_edited)
    {
      letters_problem_list_add (
          problems, LETTERS_PROBLEM_WARNING, "fi", 0, 0,
          _ ("You changed the Swedish text but not the Finnish one: check that they still say "
             "the same."));
      sv_badge = _ ("Changed since the Finnish text");
    }
  else if (!fi_edited && !sv_edited && saved != NULL)
    {
      GDateTime *fi_time = kansio_letter_template_version_get_revised_at (saved, "fi");
      GDateTime *sv_time = kansio_letter_template_version_get_revised_at (saved, "sv");
      g_autofree char *fi_date = kansio_letter_format_time (fi_time);
      g_autofree char *sv_date = kansio_letter_format_time (sv_time);
      g_autofree char *message = NULL;
      int order = fi_time != NULL && sv_time != NULL ? g_date_time_compare (fi_time, sv_time) : 0;

      if (order > 0)
        {
          message = g_strdup_printf (_ ("The Finnish text was revised on %s, after the Swedish "
                                        "text (%s): check that they still say the same."),
                                     fi_date, sv_date);
          letters_problem_list_add (problems, LETTERS_PROBLEM_WARNING, "sv", 0, 0, message);
          fi_badge = _ ("Changed since the Swedish text");
        }
      else if (order < 0)
        {
          message = g_strdup_printf (_ ("The Swedish text was revised on %s, after the Finnish "
                                        "text (%s): check that they still say the same."),
                                     sv_date, fi_date);
          letters_problem_list_add (problems, LETTERS_PROBLEM_WARNING, "fi", 0, 0, message);
          sv_badge = _ ("Changed since the Finnish text");
        }
    }
  letters_text_pane_set_badge (fi_pane, fi_badge);
  letters_text_pane_set_badge (sv_pane, sv_badge);
}

/**
 * _letters_check_texts:
 * @problems: where the problems found are listed, replacing those before
 * @saved: (nullable): the version the texts were opened from, whose dates
 *   say which language was revised last; %NULL before the first save
 * @first_problem: the first error in each language, fi and sv, for the
 *   preview; replaced
 *
 * Checks the texts of both panes, marking the one changed since the
 * other.
 */
void
_letters_check_texts (LettersProblemList *problems,
                      KansioFieldCatalogue *fields,
                      LettersTextPane *fi_pane,
                      LettersTextPane *sv_pane,
                      KansioLetterTemplateVersion *saved,
                      char *first_problem[2])
{
  g_autofree char *fi_text = letters_text_pane_dup_text (fi_pane);
  g_autofree char *sv_text = letters_text_pane_dup_text (sv_pane);

  g_return_if_fail (LETTERS_IS_PROBLEM_LIST (problems));
  g_return_if_fail (saved == NULL || KANSIO_IS_LETTER_TEMPLATE_VERSION (saved));

  letters_problem_list_clear (problems);
  g_clear_pointer (&first_problem[0], g_free);
  g_clear_pointer (&first_problem[1], g_free);
  check_text (problems, fields, "fi", fi_text, &first_problem[0]);
  check_text (problems, fields, "sv", sv_text, &first_problem[1]);
  check_languages (problems, fi_pane, sv_pane, fi_text, sv_text, saved);
}
