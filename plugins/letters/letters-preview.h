/* letters-preview.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define LETTERS_TYPE_PREVIEW (letters_preview_get_type ())

G_DECLARE_FINAL_TYPE (LettersPreview, letters_preview, LETTERS, PREVIEW, AdwBin)

KansioContext *letters_preview_get_context (LettersPreview *self);
void letters_preview_set_context (LettersPreview *self, KansioContext *context);
void letters_preview_update (LettersPreview *self,
                             const char *text,
                             const char *title,
                             const char *language,
                             const char *problem);

G_END_DECLS
