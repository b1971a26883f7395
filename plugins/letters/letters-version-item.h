/* letters-version-item.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <kansio.h>

G_BEGIN_DECLS

#define LETTERS_TYPE_VERSION_ITEM (letters_version_item_get_type ())

G_DECLARE_FINAL_TYPE (LettersVersionItem, letters_version_item, LETTERS, VERSION_ITEM, GObject)

LettersVersionItem *letters_version_item_new_from_row (KansioRows *rows, guint row);
gint64 letters_version_item_get_version_id (LettersVersionItem *self);
int letters_version_item_get_version (LettersVersionItem *self);
const char *letters_version_item_get_status (LettersVersionItem *self);
const char *letters_version_item_get_note (LettersVersionItem *self);

G_END_DECLS
