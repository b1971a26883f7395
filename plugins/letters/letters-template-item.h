/* letters-template-item.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <kansio.h>

G_BEGIN_DECLS

#define LETTERS_TYPE_TEMPLATE_ITEM (letters_template_item_get_type ())

G_DECLARE_FINAL_TYPE (LettersTemplateItem, letters_template_item, LETTERS, TEMPLATE_ITEM, GObject)

LettersTemplateItem *letters_template_item_new_from_row (KansioRows *rows, guint row);
int letters_template_item_get_template_id (LettersTemplateItem *self);
const char *letters_template_item_get_name (LettersTemplateItem *self);
const char *letters_template_item_get_area (LettersTemplateItem *self);
const char *letters_template_item_get_kind (LettersTemplateItem *self);
const char *letters_template_item_get_title (LettersTemplateItem *self);
const char *letters_template_item_get_title_for (LettersTemplateItem *self, const char *language);
int letters_template_item_get_approved_version (LettersTemplateItem *self);
gint64 letters_template_item_get_draft_version_id (LettersTemplateItem *self);
const char *letters_template_item_get_draft_status (LettersTemplateItem *self);
int letters_template_item_compare (LettersTemplateItem *a, LettersTemplateItem *b);

G_END_DECLS
