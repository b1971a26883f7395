/* letters-text-pane.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

#define LETTERS_TYPE_TEXT_PANE (letters_text_pane_get_type ())

G_DECLARE_FINAL_TYPE (LettersTextPane, letters_text_pane, LETTERS, TEXT_PANE, AdwBin)

const char *letters_text_pane_get_language (LettersTextPane *self);
void letters_text_pane_set_language (LettersTextPane *self, const char *language);
GtkSourceBuffer *letters_text_pane_get_buffer (LettersTextPane *self);
gboolean letters_text_pane_get_editable (LettersTextPane *self);
void letters_text_pane_set_editable (LettersTextPane *self, gboolean editable);
char *letters_text_pane_dup_text (LettersTextPane *self);
void letters_text_pane_set_text (LettersTextPane *self, const char *text);
void letters_text_pane_mark_saved (LettersTextPane *self, const char *text);
gboolean letters_text_pane_get_is_dirty (LettersTextPane *self);
gboolean letters_text_pane_get_edited_since_open (LettersTextPane *self);
void letters_text_pane_set_badge (LettersTextPane *self, const char *badge);
void letters_text_pane_set_revised (LettersTextPane *self, const char *revised);
void letters_text_pane_insert_field (LettersTextPane *self, const char *name);
void letters_text_pane_go_to (LettersTextPane *self, guint line, guint column);

G_END_DECLS
