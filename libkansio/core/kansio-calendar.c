/* kansio-calendar.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finnish public holidays, working days and the deadlines counted from
 * them (../shared/DOMAIN.md 6.3 and 7).
 */
#define G_LOG_DOMAIN "kansio-calendar"

#include "config.h"

#include <stdio.h>

#include "kansio-calendar.h"

static const struct
{
  const char *fi;
  const char *sv;
} holiday_names[] = {
  [KANSIO_HOLIDAY_NONE] = { "", "" },
  [KANSIO_HOLIDAY_NEW_YEARS_DAY] = { "uudenvuodenpäivä", "nyårsdagen" },
  [KANSIO_HOLIDAY_EPIPHANY] = { "loppiainen", "trettondedagen" },
  [KANSIO_HOLIDAY_GOOD_FRIDAY] = { "pitkäperjantai", "långfredagen" },
  [KANSIO_HOLIDAY_EASTER_SUNDAY] = { "pääsiäispäivä", "påskdagen" },
  [KANSIO_HOLIDAY_EASTER_MONDAY] = { "2. pääsiäispäivä", "annandag påsk" },
  [KANSIO_HOLIDAY_MAY_DAY] = { "vappu", "första maj" },
  [KANSIO_HOLIDAY_ASCENSION_DAY] = { "helatorstai", "Kristi himmelsfärdsdag" },
  [KANSIO_HOLIDAY_PENTECOST] = { "helluntaipäivä", "pingstdagen" },
  [KANSIO_HOLIDAY_MIDSUMMER_EVE] = { "juhannusaatto", "midsommarafton" },
  [KANSIO_HOLIDAY_MIDSUMMER_DAY] = { "juhannuspäivä", "midsommardagen" },
  [KANSIO_HOLIDAY_ALL_SAINTS_DAY] = { "pyhäinpäivä", "alla helgons dag" },
  [KANSIO_HOLIDAY_INDEPENDENCE_DAY] = { "itsenäisyyspäivä", "självständighetsdagen" },
  [KANSIO_HOLIDAY_CHRISTMAS_EVE] = { "jouluaatto", "julafton" },
  [KANSIO_HOLIDAY_CHRISTMAS_DAY] = { "joulupäivä", "juldagen" },
  [KANSIO_HOLIDAY_BOXING_DAY] = { "tapaninpäivä", "annandag jul" },
};

/**
 * kansio_calendar_easter_sunday:
 * @date: (out caller-allocates): set to Easter Sunday of @year
 *
 * The Gregorian computus (Meeus/Jones/Butcher), as DOMAIN.md 7.2 gives it.
 */
void
kansio_calendar_easter_sunday (guint year, GDate *date)
{
  guint a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  guint f = (b + 8) / 25, g = (b - f + 1) / 3;
  guint h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  guint l = (32 + 2 * e + 2 * i + 7 * 30 - h - k) % 7;
  guint m = (a + 11 * h + 22 * l) / 451;
  guint month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;

  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

/* Days from Easter Sunday, negative before it. */
static int
days_from_easter (const GDate *date)
{
  GDate easter;

  kansio_calendar_easter_sunday (g_date_get_year (date), &easter);
  return g_date_days_between (&easter, date);
}

/**
 * kansio_calendar_get_holiday:
 *
 * Returns: the public holiday or eve @date is, or %KANSIO_HOLIDAY_NONE
 *   (an ordinary Sunday included)
 */
KansioHoliday
kansio_calendar_get_holiday (const GDate *date)
{
  guint day, month;
  GDateWeekday weekday;

  g_return_val_if_fail (date != NULL && g_date_valid (date), KANSIO_HOLIDAY_NONE);

  day = g_date_get_day (date);
  month = g_date_get_month (date);
  weekday = g_date_get_weekday (date);

  if (month == 1 && day == 1)
    return KANSIO_HOLIDAY_NEW_YEARS_DAY;
  if (month == 1 && day == 6)
    return KANSIO_HOLIDAY_EPIPHANY;
  if (month == 5 && day == 1)
    return KANSIO_HOLIDAY_MAY_DAY;
  if (month == 6 && weekday == G_DATE_FRIDAY && day >= 19 && day <= 25)
    return KANSIO_HOLIDAY_MIDSUMMER_EVE;
  if (month == 6 && weekday == G_DATE_SATURDAY && day >= 20 && day <= 26)
    return KANSIO_HOLIDAY_MIDSUMMER_DAY;
  if (weekday == G_DATE_SATURDAY && ((month == 10 && day == 31) || (month == 11 && day <= 6)))
    return KANSIO_HOLIDAY_ALL_SAINTS_DAY;
  if (month == 12 && day == 6)
    return KANSIO_HOLIDAY_INDEPENDENCE_DAY;
  if (month == 12 && day == 24)
    return KANSIO_HOLIDAY_CHRISTMAS_EVE;
  if (month == 12 && day == 25)
    return KANSIO_HOLIDAY_CHRISTMAS_DAY;
  if (month == 12 && day == 26)
    return KANSIO_HOLIDAY_BOXING_DAY;

  switch (days_from_easter (date))
    {
    case -2:
      return KANSIO_HOLIDAY_GOOD_FRIDAY;
    case 0:
      return KANSIO_HOLIDAY_EASTER_SUNDAY;
    case 1:
      return KANSIO_HOLIDAY_EASTER_MONDAY;
    case 39:
      return KANSIO_HOLIDAY_ASCENSION_DAY;
    case 49:
      return KANSIO_HOLIDAY_PENTECOST;
    default:
      return KANSIO_HOLIDAY_NONE;
    }
}

/* The name in a document's language. */
const char *
kansio_holiday_get_name (KansioHoliday holiday, KansioLanguage language)
{
  g_return_val_if_fail (holiday <= KANSIO_HOLIDAY_BOXING_DAY, "");

  return language == KANSIO_LANGUAGE_SWEDISH ? holiday_names[holiday].sv
                                             : holiday_names[holiday].fi;
}

/**
 * kansio_calendar_is_period_end_day:
 *
 * Whether a period may end on @date: not a Saturday or Sunday, nor a
 * holiday or eve of DOMAIN.md 7.1 (150/1930 5 §).
 */
gboolean
kansio_calendar_is_period_end_day (const GDate *date)
{
  GDateWeekday weekday;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  weekday = g_date_get_weekday (date);
  return weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY
         && kansio_calendar_get_holiday (date) == KANSIO_HOLIDAY_NONE;
}

/**
 * kansio_calendar_is_working_day:
 * @rules: which doubtful days count as working days
 *
 * For working-day periods (DOMAIN.md 7.3): no Saturday or Sunday, no
 * holiday; May Day and Christmas Eve as @rules say.
 */
gboolean
kansio_calendar_is_working_day (const GDate *date, KansioWorkingDayRules rules)
{
  GDateWeekday weekday;
  KansioHoliday holiday;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  weekday = g_date_get_weekday (date);
  if (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY)
    return FALSE;
  holiday = kansio_calendar_get_holiday (date);
  if (holiday == KANSIO_HOLIDAY_MAY_DAY)
    return (rules & KANSIO_WORKING_DAY_MAY_DAY) != 0;
  if (holiday == KANSIO_HOLIDAY_CHRISTMAS_EVE)
    return (rules & KANSIO_WORKING_DAY_CHRISTMAS_EVE) != 0;
  if (holiday == KANSIO_HOLIDAY_MIDSUMMER_EVE)
    return (rules & KANSIO_WORKING_DAY_MIDSUMMER_EVE) != 0;
  if (holiday == KANSIO_HOLIDAY_INDEPENDENCE_DAY)
    return (rules & KANSIO_WORKING_DAY_INDEPENDENCE_DAY) != 0;
  return holiday == KANSIO_HOLIDAY_NONE;
}

/**
 * kansio_calendar_add_working_days:
 *
 * Moves @date forward by @n_days working days; the starting day itself is
 * not counted (150/1930 2 §).
 */
void
kansio_calendar_add_working_days (GDate *date, guint n_days, KansioWorkingDayRules rules)
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  while (n_days > 0)
    {
      g_date_add_days (date, 1);
      if (kansio_calendar_is_working_day (date, rules))
        n_days--;
    }
}

/**
 * kansio_calendar_end_period:
 *
 * Moves the last day of a period past days on which it may not end.
 */
void
kansio_calendar_end_period (GDate *date)
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  while (!kansio_calendar_is_period_end_day (date))
    g_date_add_days (date, 1);
}

/**
 * kansio_calendar_rectification_deadline:
 * @sent: the day the decision was posted or sent
 * @electronically: sent electronically rather than by post
 * @receipt: (out caller-allocates) (optional): when it is deemed received:
 *   the 7th day after posting, the 3rd after an electronic message; this
 *   day is not moved (DOMAIN.md 6.3, UNVERIFIED)
 * @last_day: (out caller-allocates) (optional): the last day for a
 *   rectification request: 30 days from receipt, moved past weekends and
 *   holidays (hallintolaki 49 c §, 150/1930 5 §)
 */
void
kansio_calendar_rectification_deadline (const GDate *sent,
                                        gboolean electronically,
                                        GDate *receipt,
                                        GDate *last_day)
{
  GDate received = *sent;
  GDate last;

  g_return_if_fail (sent != NULL && g_date_valid (sent));

  g_date_add_days (&received, electronically ? 3 : 7);
  last = received;
  g_date_add_days (&last, 30);
  kansio_calendar_end_period (&last);
  if (receipt != NULL)
    *receipt = received;
  if (last_day != NULL)
    *last_day = last;
}

/**
 * kansio_calendar_parse_iso_date:
 * @text: (nullable): a day as yyyy-mm-dd, as PostgreSQL and ISO 8601 write it
 * @date: (out caller-allocates): the day, or cleared
 *
 * Returns: whether @text is exactly a real day
 */
gboolean
kansio_calendar_parse_iso_date (const char *text, GDate *date)
{
  guint year, month, day;
  char end;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3
      || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}
