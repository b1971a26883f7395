/* letters-history.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define LETTERS_TYPE_HISTORY (letters_history_get_type ())

G_DECLARE_FINAL_TYPE (LettersHistory, letters_history, LETTERS, HISTORY, AdwBin)

KansioContext *letters_history_get_context (LettersHistory *self);
void letters_history_set_context (LettersHistory *self, KansioContext *context);
void letters_history_set_versions (LettersHistory *self, GListModel *versions);

G_END_DECLS
