/* letters-format.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <kansio.h>

G_BEGIN_DECLS

const char *_letters_kind_label (const char *kind);
int _letters_kind_rank (const char *kind);
const char *_letters_status_label (const char *status);
const char *_letters_area_label (const char *area);
int _letters_area_rank (const char *area);
const char *_letters_language_label (const char *language);
GDateTime *_letters_parse_timestamp (const char *text);
char *_letters_format_timestamp (const char *text);
char *_letters_format_date (const char *text);
const char *_letters_column (KansioRows *rows, guint row, const char *name);
gint64 _letters_column_int64 (KansioRows *rows, guint row, const char *name);
gboolean _letters_user_may_edit (KansioUser *user);

G_END_DECLS
