/* letters-format.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every view of the letters plugin words or decides the same way.
 * The templates' own codes read as libkansio's kansio-letter-labels.h
 * says.
 */
#define G_LOG_DOMAIN "letters-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-format.h"

/**
 * _letters_language_label:
 * @language: "fi" or "sv"
 *
 * Returns: the language's name in the interface language
 */
const char *
_letters_language_label (const char *language)
{
  return g_strcmp0 (language, "sv") == 0 ? _ ("Swedish") : _ ("Finnish");
}

/**
 * _letters_user_may_edit:
 *
 * Whether to offer writing templates: letters handler or more. The rights
 * of a user are known as a whole, not by area, so this can err towards
 * offering; the database decides.
 */
gboolean
_letters_user_may_edit (KansioUser *user)
{
  if (user == NULL || !kansio_user_has_area (user, KANSIO_SERVICE_AREA_LETTERS))
    return FALSE;
  return kansio_user_has_role (user, "handler") || kansio_user_has_role (user, "decision_maker");
}
