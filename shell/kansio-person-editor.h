/* kansio-person-editor.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_PERSON_EDITOR (kansio_person_editor_get_type ())

G_DECLARE_FINAL_TYPE (KansioPersonEditor, kansio_person_editor, KANSIO, PERSON_EDITOR, AdwWindow)

KansioPersonEditor *kansio_person_editor_new_for_edit (KansioContext *context,
                                                       KansioPerson *person);
KansioPersonEditor *kansio_person_editor_new_for_create (KansioContext *context);
void
kansio_person_editor_set_text (KansioPersonEditor *self, KansioPersonField field, const char *text);
const char *kansio_person_editor_get_field_error (KansioPersonEditor *self,
                                                  KansioPersonField field);
const char *kansio_person_editor_get_message (KansioPersonEditor *self);
void kansio_person_editor_save (KansioPersonEditor *self);

G_END_DECLS
