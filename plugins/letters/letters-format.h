/* letters-format.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <kansio.h>

G_BEGIN_DECLS

const char *_letters_language_label (const char *language);
gboolean _letters_user_may_edit (KansioUser *user);

G_END_DECLS
