/* kansio-document-format.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates, numbers and euro amounts as a Finnish or a Swedish document writes
 * them in Finland. These are the document's language, not the interface's,
 * so they come from here and not from the process locale: one window may
 * write a Swedish decision while its menus are in Finnish.
 */
#define G_LOG_DOMAIN "kansio-document-format"

#include "config.h"

#include "kansio-document-format.h"

/* Thousands are grouped with a no-break space, and the euro sign follows
 * the amount after one, in both languages (Kotus; Svenska språkbyrån). */
#define NO_BREAK_SPACE "\302\240"
#define MINUS_SIGN "\342\210\222"

static const char *const finnish_months[] = {
  "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta",  "kesäkuuta",
  "heinäkuuta", "elokuuta",   "syyskuuta",   "lokakuuta",  "marraskuuta", "joulukuuta",
};

static const char *const swedish_months[] = {
  "januari", "februari", "mars",      "april",   "maj",      "juni",
  "juli",    "augusti",  "september", "oktober", "november", "december",
};

gboolean
kansio_language_from_code (const char *code, KansioLanguage *language)
{
  g_return_val_if_fail (language != NULL, FALSE);

  if (g_strcmp0 (code, "fi") == 0)
    *language = KANSIO_LANGUAGE_FINNISH;
  else if (g_strcmp0 (code, "sv") == 0)
    *language = KANSIO_LANGUAGE_SWEDISH;
  else
    return FALSE;
  return TRUE;
}

const char *
kansio_language_get_code (KansioLanguage language)
{
  return language == KANSIO_LANGUAGE_SWEDISH ? "sv" : "fi";
}

/* The BCP 47 tag a PDF's /Lang carries. */
const char *
kansio_language_get_tag (KansioLanguage language)
{
  return language == KANSIO_LANGUAGE_SWEDISH ? "sv-FI" : "fi-FI";
}

/**
 * kansio_format_date:
 *
 * Returns: (transfer full): the date as 22.11.2026, which both languages use.
 */
char *
kansio_format_date (KansioLanguage language, const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%u.%u.%u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

/**
 * kansio_format_date_long:
 *
 * Returns: (transfer full): "22. marraskuuta 2026" or "22 november 2026".
 */
char *
kansio_format_date_long (KansioLanguage language, const GDate *date)
{
  guint month;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  month = g_date_get_month (date) - 1;
  if (language == KANSIO_LANGUAGE_SWEDISH)
    return g_strdup_printf ("%u %s %u", g_date_get_day (date), swedish_months[month],
                            g_date_get_year (date));
  return g_strdup_printf ("%u. %s %u", g_date_get_day (date), finnish_months[month],
                          g_date_get_year (date));
}

static void
append_grouped (GString *out, guint64 value)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, value);
  gsize length = strlen (digits);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append (out, NO_BREAK_SPACE);
      g_string_append_c (out, digits[i]);
    }
}

/**
 * kansio_format_number:
 *
 * Returns: (transfer full): "1 234 567", grouped with no-break spaces.
 */
char *
kansio_format_number (KansioLanguage language, gint64 number)
{
  GString *out = g_string_new (NULL);

  if (number < 0)
    g_string_append (out, MINUS_SIGN);
  append_grouped (out, number < 0 ? -(guint64) number : (guint64) number);
  return g_string_free (out, FALSE);
}

/**
 * kansio_format_money:
 * @cents: the amount in euro cents
 *
 * Returns: (transfer full): "1 234,56 €", with a decimal comma.
 */
char *
kansio_format_money (KansioLanguage language, gint64 cents)
{
  GString *out = g_string_new (NULL);
  guint64 magnitude = cents < 0 ? -(guint64) cents : (guint64) cents;

  if (cents < 0)
    g_string_append (out, MINUS_SIGN);
  append_grouped (out, magnitude / 100);
  g_string_append_printf (out, ",%02u" NO_BREAK_SPACE "€", (guint) (magnitude % 100));
  return g_string_free (out, FALSE);
}

const char *
kansio_format_boolean (KansioLanguage language, gboolean value)
{
  if (language == KANSIO_LANGUAGE_SWEDISH)
    return value ? "ja" : "nej";
  return value ? "kyllä" : "ei";
}

/**
 * kansio_format_page_number:
 *
 * Returns: (transfer full): "1 (3)": the page and, in brackets, how many
 * there are, as Finnish and Swedish official letters number their pages.
 */
char *
kansio_format_page_number (guint page, guint n_pages)
{
  return g_strdup_printf ("%u (%u)", page, n_pages);
}
