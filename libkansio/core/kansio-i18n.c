/* kansio-i18n.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-i18n"

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "kansio-i18n.h"

/**
 * kansio_i18n_init:
 * @language: (nullable): "fi", "sv" or "en" to override the locale, or
 *   %NULL (or "") to follow it
 *
 * Sets up gettext for Kansio. Call before any window exists.
 */
void
kansio_i18n_init (const char *language)
{
  const char *locale_dir = g_getenv ("KANSIO_LOCALEDIR");

  if (language != NULL && *language != '\0')
    g_setenv ("LANGUAGE", language, TRUE);

  setlocale (LC_ALL, "");

  /* gettext ignores LANGUAGE under the C locale; a language chosen in
   * Preferences must still apply on a machine set up without one. */
  if (language != NULL && *language != '\0')
    {
      const char *messages = setlocale (LC_MESSAGES, NULL);
      if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
        setlocale (LC_MESSAGES, "C.UTF-8");
    }

  bindtextdomain (GETTEXT_PACKAGE, locale_dir != NULL ? locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * kansio_i18n_interface_is_swedish:
 *
 * Returns: whether the interface speaks Swedish, so that data kept in both
 *   languages (unit names, titles) is shown in Swedish
 */
gboolean
kansio_i18n_interface_is_swedish (void)
{
  return g_str_has_prefix (g_get_language_names ()[0], "sv");
}

/**
 * kansio_i18n_format_iso_date:
 * @iso: (nullable): a date as PostgreSQL sends it, YYYY-MM-DD
 *
 * Returns: (transfer full) (nullable): the date as Finns and Finland-Swedes
 *   write it, d.m.yyyy; anything else unchanged
 */
char *
kansio_i18n_format_iso_date (const char *iso)
{
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3)
    return g_strdup (iso);
  return g_strdup_printf ("%d.%d.%d", day, month, year);
}
