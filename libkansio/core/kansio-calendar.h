/* kansio-calendar.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib.h>

#include "documents/kansio-document-format.h"

G_BEGIN_DECLS

/* Finnish public holidays and the eves treated as days off (DOMAIN.md 7.1). */
typedef enum
{
  KANSIO_HOLIDAY_NONE,
  KANSIO_HOLIDAY_NEW_YEARS_DAY,
  KANSIO_HOLIDAY_EPIPHANY,
  KANSIO_HOLIDAY_GOOD_FRIDAY,
  KANSIO_HOLIDAY_EASTER_SUNDAY,
  KANSIO_HOLIDAY_EASTER_MONDAY,
  KANSIO_HOLIDAY_MAY_DAY,
  KANSIO_HOLIDAY_ASCENSION_DAY,
  KANSIO_HOLIDAY_PENTECOST,
  KANSIO_HOLIDAY_MIDSUMMER_EVE,
  KANSIO_HOLIDAY_MIDSUMMER_DAY,
  KANSIO_HOLIDAY_ALL_SAINTS_DAY,
  KANSIO_HOLIDAY_INDEPENDENCE_DAY,
  KANSIO_HOLIDAY_CHRISTMAS_EVE,
  KANSIO_HOLIDAY_CHRISTMAS_DAY,
  KANSIO_HOLIDAY_BOXING_DAY,
} KansioHoliday;

/* Which doubtful days count as working days for working-day periods
 * (DOMAIN.md 7.3: May Day, Midsummer Eve, Independence Day, Christmas
 * Eve): data a main user can correct, not code. STRICT, all four working
 * days, is the database's default for the authority's own deadlines. */
typedef enum
{
  KANSIO_WORKING_DAY_DEFAULT = 0,
  KANSIO_WORKING_DAY_MAY_DAY = 1 << 0,
  KANSIO_WORKING_DAY_CHRISTMAS_EVE = 1 << 1,
  KANSIO_WORKING_DAY_MIDSUMMER_EVE = 1 << 2,
  KANSIO_WORKING_DAY_INDEPENDENCE_DAY = 1 << 3,
  KANSIO_WORKING_DAY_STRICT = 0xf,
} KansioWorkingDayRules;

void kansio_calendar_easter_sunday (guint year, GDate *date);
KansioHoliday kansio_calendar_get_holiday (const GDate *date);
const char *kansio_holiday_get_name (KansioHoliday holiday, KansioLanguage language);
gboolean kansio_calendar_parse_iso_date (const char *text, GDate *date);
gboolean kansio_calendar_is_period_end_day (const GDate *date);
gboolean kansio_calendar_is_working_day (const GDate *date, KansioWorkingDayRules rules);
void kansio_calendar_add_working_days (GDate *date, guint n_days, KansioWorkingDayRules rules);
void kansio_calendar_end_period (GDate *date);
void kansio_calendar_rectification_deadline (const GDate *sent,
                                             gboolean electronically,
                                             GDate *receipt,
                                             GDate *last_day);

G_END_DECLS
