/* letters-checks.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <kansio.h>

#include "letters-problem-list.h"
#include "letters-text-pane.h"

G_BEGIN_DECLS

void _letters_check_texts (LettersProblemList *problems,
                           KansioFieldCatalogue *fields,
                           LettersTextPane *fi_pane,
                           LettersTextPane *sv_pane,
                           KansioLetterTemplateVersion *saved,
                           char *first_problem[2]);

G_END_DECLS
