/* test-calendar.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finnish holidays and deadlines against DOMAIN.md 6.3 and 7.
 */
#include "config.h"

#include <stdio.h>

#include "kansio-test-util.h"

static GDate *
date (guint day, guint month, guint year)
{
  return g_date_new_dmy (day, month, year);
}

static void
parse (GDate *d, const char *text)
{
  guint day, month, year;

  g_assert_cmpint (sscanf (text, "%u.%u.%u", &day, &month, &year), ==, 3);
  g_date_clear (d, 1);
  g_date_set_dmy (d, day, month, year);
}

static char *
text (const GDate *d)
{
  return g_strdup_printf ("%u.%u.%u", g_date_get_day (d), g_date_get_month (d),
                          g_date_get_year (d));
}

static void
test_easter (void)
{
  const struct
  {
    guint year;
    const char *easter;
  } cases[] = {
    { 2026, "5.4.2026" },  { 2027, "28.3.2027" }, { 2028, "16.4.2028" }, { 2029, "1.4.2029" },
    { 2024, "31.3.2024" }, { 2025, "20.4.2025" }, { 2000, "23.4.2000" }, { 2038, "25.4.2038" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate easter;
      g_autofree char *found = NULL;

      kansio_calendar_easter_sunday (cases[i].year, &easter);
      found = text (&easter);
      g_assert_cmpstr (found, ==, cases[i].easter);
    }
}

/* Every holiday of 2026, and the days around them that are not. */
static void
test_holidays_2026 (void)
{
  const struct
  {
    guint day, month;
    KansioHoliday holiday;
  } cases[] = {
    { 1, 1, KANSIO_HOLIDAY_NEW_YEARS_DAY },   { 6, 1, KANSIO_HOLIDAY_EPIPHANY },
    { 3, 4, KANSIO_HOLIDAY_GOOD_FRIDAY },     { 4, 4, KANSIO_HOLIDAY_NONE },
    { 5, 4, KANSIO_HOLIDAY_EASTER_SUNDAY },   { 6, 4, KANSIO_HOLIDAY_EASTER_MONDAY },
    { 30, 4, KANSIO_HOLIDAY_NONE },           { 1, 5, KANSIO_HOLIDAY_MAY_DAY },
    { 14, 5, KANSIO_HOLIDAY_ASCENSION_DAY },  { 24, 5, KANSIO_HOLIDAY_PENTECOST },
    { 19, 6, KANSIO_HOLIDAY_MIDSUMMER_EVE },  { 20, 6, KANSIO_HOLIDAY_MIDSUMMER_DAY },
    { 26, 6, KANSIO_HOLIDAY_NONE },           { 31, 10, KANSIO_HOLIDAY_ALL_SAINTS_DAY },
    { 7, 11, KANSIO_HOLIDAY_NONE },           { 6, 12, KANSIO_HOLIDAY_INDEPENDENCE_DAY },
    { 24, 12, KANSIO_HOLIDAY_CHRISTMAS_EVE }, { 25, 12, KANSIO_HOLIDAY_CHRISTMAS_DAY },
    { 26, 12, KANSIO_HOLIDAY_BOXING_DAY },    { 31, 12, KANSIO_HOLIDAY_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GDate) d = date (cases[i].day, cases[i].month, 2026);

      g_test_message ("%u.%u.2026", cases[i].day, cases[i].month);
      g_assert_cmpint (kansio_calendar_get_holiday (d), ==, cases[i].holiday);
    }
  g_assert_cmpstr (kansio_holiday_get_name (KANSIO_HOLIDAY_MIDSUMMER_EVE, KANSIO_LANGUAGE_SWEDISH),
                   ==, "midsommarafton");
  /* All Saints' Day moves: 1.11.2025 and 4.11.2028 are Saturdays. */
  {
    g_autoptr (GDate) d2025 = date (1, 11, 2025);
    g_autoptr (GDate) d2028 = date (4, 11, 2028);

    g_assert_cmpint (kansio_calendar_get_holiday (d2025), ==, KANSIO_HOLIDAY_ALL_SAINTS_DAY);
    g_assert_cmpint (kansio_calendar_get_holiday (d2028), ==, KANSIO_HOLIDAY_ALL_SAINTS_DAY);
  }
}

typedef struct
{
  const char *start;
  guint n_days;
  KansioWorkingDayRules rules;
  const char *end;
} WorkingDaysCase;

static void
test_working_days (void)
{
  const WorkingDaysCase cases[] = {
    /* An ordinary week: Monday + 7 working days. */
    { "2.11.2026", 7, KANSIO_WORKING_DAY_DEFAULT, "11.11.2026" },
    /* Over Easter 2026: Good Friday and Easter Monday are not counted. */
    { "1.4.2026", 7, KANSIO_WORKING_DAY_DEFAULT, "14.4.2026" },
    /* Over Christmas: 24-26.12 and the weekend. */
    { "21.12.2026", 3, KANSIO_WORKING_DAY_DEFAULT, "28.12.2026" },
    /* Christmas Eve as a working day, when a main user says so. */
    { "21.12.2026", 3, KANSIO_WORKING_DAY_CHRISTMAS_EVE, "24.12.2026" },
    /* Received on a Saturday: day 1 is Monday. */
    { "7.11.2026", 1, KANSIO_WORKING_DAY_DEFAULT, "9.11.2026" },
    /* May Day 2026 is a Friday. */
    { "30.4.2026", 1, KANSIO_WORKING_DAY_DEFAULT, "4.5.2026" },
    { "30.4.2026", 1, KANSIO_WORKING_DAY_MAY_DAY, "1.5.2026" },
    /* Midsummer Eve 2026 is Friday 19.6 (7.3: doubtful). */
    { "18.6.2026", 1, KANSIO_WORKING_DAY_DEFAULT, "22.6.2026" },
    { "18.6.2026", 1, KANSIO_WORKING_DAY_STRICT, "19.6.2026" },
    /* Independence Day 2027 is a Monday. */
    { "3.12.2027", 1, KANSIO_WORKING_DAY_DEFAULT, "7.12.2027" },
    { "3.12.2027", 1, KANSIO_WORKING_DAY_INDEPENDENCE_DAY, "6.12.2027" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate d;
      g_autofree char *found = NULL;

      parse (&d, cases[i].start);
      kansio_calendar_add_working_days (&d, cases[i].n_days, cases[i].rules);
      found = text (&d);
      g_test_message ("%s + %u", cases[i].start, cases[i].n_days);
      g_assert_cmpstr (found, ==, cases[i].end);
    }
}

static void
test_rectification_deadline (void)
{
  const struct
  {
    const char *sent;
    gboolean electronically;
    const char *receipt;
    const char *last_day;
  } cases[] = {
    /* Posted Friday 20.11.2026: received 27.11, 30 days is Sunday 27.12 → Monday. */
    { "20.11.2026", FALSE, "27.11.2026", "28.12.2026" },
    /* The 30th day is Christmas Eve: past 24-27.12 to Monday 28.12. */
    { "17.11.2026", FALSE, "24.11.2026", "28.12.2026" },
    /* Electronically: received on the 3rd day. */
    { "20.11.2026", TRUE, "23.11.2026", "23.12.2026" },
    /* An ordinary Tuesday stays. */
    { "2.3.2026", FALSE, "9.3.2026", "8.4.2026" },
    /* Ending on Good Friday 2026: past Easter to Tuesday 7.4. */
    { "25.2.2026", FALSE, "4.3.2026", "7.4.2026" },
    /* Ending on a Saturday: to Monday. */
    { "3.12.2026", FALSE, "10.12.2026", "11.1.2027" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate sent, receipt, last;
      g_autofree char *receipt_text = NULL;
      g_autofree char *last_text = NULL;

      parse (&sent, cases[i].sent);
      kansio_calendar_rectification_deadline (&sent, cases[i].electronically, &receipt, &last);
      receipt_text = text (&receipt);
      last_text = text (&last);
      g_test_message ("sent %s", cases[i].sent);
      g_assert_cmpstr (receipt_text, ==, cases[i].receipt);
      g_assert_cmpstr (last_text, ==, cases[i].last_day);
    }
}

/* The database counts deadlines too (the work queue): it must count as
 * this calendar does, every day of three years. */
static void
test_database_agrees (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioDatabase) handler
      = kansio_test_database_connect_as (test_database, "demo_kasittelija");
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = kansio_test_query (
      handler,
      "SELECT to_char (d, 'FMDD.FMMM.YYYY'), to_char (api.working_days_add (d::date, 7), "
      "'FMDD.FMMM.YYYY'), to_char (api.working_days_add (d::date, 1), 'FMDD.FMMM.YYYY') "
      "FROM generate_series (DATE '2026-01-01', DATE '2028-12-31', interval '1 day') d",
      &error);

  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1096);
  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      GDate seven, one;
      g_autofree char *seven_text = NULL;
      g_autofree char *one_text = NULL;

      parse (&seven, kansio_rows_get_string (rows, i, 0));
      one = seven;
      /* The database's default is the strict reading (DOMAIN.md 7.3). */
      kansio_calendar_add_working_days (&seven, 7, KANSIO_WORKING_DAY_STRICT);
      kansio_calendar_add_working_days (&one, 1, KANSIO_WORKING_DAY_STRICT);
      seven_text = text (&seven);
      one_text = text (&one);
      if (g_strcmp0 (seven_text, kansio_rows_get_string (rows, i, 1)) != 0
          || g_strcmp0 (one_text, kansio_rows_get_string (rows, i, 2)) != 0)
        g_error ("%s: C says %s and %s, the database %s and %s",
                 kansio_rows_get_string (rows, i, 0), seven_text, one_text,
                 kansio_rows_get_string (rows, i, 1), kansio_rows_get_string (rows, i, 2));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/calendar/easter", test_easter);
  g_test_add_func ("/calendar/holidays-2026", test_holidays_2026);
  g_test_add_func ("/calendar/working-days", test_working_days);
  g_test_add_func ("/calendar/rectification-deadline", test_rectification_deadline);
  g_test_add_func ("/calendar/database-agrees", test_database_agrees);

  return g_test_run ();
}
