/* letters-editor.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define LETTERS_TYPE_EDITOR (letters_editor_get_type ())

G_DECLARE_FINAL_TYPE (LettersEditor, letters_editor, LETTERS, EDITOR, AdwBin)

KansioContext *letters_editor_get_context (LettersEditor *self);
void letters_editor_set_context (LettersEditor *self, KansioContext *context);
void letters_editor_open (LettersEditor *self, KansioLetterTemplate *item);
KansioLetterTemplate *letters_editor_get_item (LettersEditor *self);
gboolean letters_editor_get_is_dirty (LettersEditor *self);

G_END_DECLS
