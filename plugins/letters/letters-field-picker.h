/* letters-field-picker.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define LETTERS_TYPE_FIELD_PICKER (letters_field_picker_get_type ())

G_DECLARE_FINAL_TYPE (LettersFieldPicker, letters_field_picker, LETTERS, FIELD_PICKER, AdwBin)

KansioFieldCatalogue *letters_field_picker_get_fields (LettersFieldPicker *self);
void letters_field_picker_set_fields (LettersFieldPicker *self, KansioFieldCatalogue *fields);
void letters_field_picker_popup (LettersFieldPicker *self);

G_END_DECLS
