/* kansio-income-support-calculation-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kansio-income-support-calculation.h"

G_BEGIN_DECLS

/* Bounds on the input, so that no sum can overflow: a billion euros
 * an amount, a thousand amounts a month. */
#define MAX_AMOUNT_CENTS G_GINT64_CONSTANT (100000000000)
#define MAX_ENTRIES 1000

typedef struct
{
  char *id;
  char *role;
  GDate birth_date; /* invalid when not given */
  guint reduction;  /* percent */
  guint position;
  gboolean alternating; /* a child living in turn with each parent */
} KansioCalculationMember;

typedef struct
{
  char *member;
  char *type;
  gint64 cents;
  char *reason; /* an exceptional expense's (a rent deposit) */
} KansioCalculationEntry;

typedef struct
{
  char *kind;
  char *member;
  char *code;    /* what the line is: "rent", "child_under_10_2", "reduction"… */
  guint percent; /* a reduction's, an alternating residence's */
  guint days;    /* a basic amount's for part of the month; 0 for the whole month */
  char *label;
  gint64 cents;
} KansioCalculationLine;

struct _KansioIncomeSupportCalculation
{
  GObject parent_instance;

  GDate month;         /* its first day */
  guint rules;         /* KANSIO_CALCULATION_RULES_*: what stored input was made under */
  guint first_day;     /* of the period, 1 unless support is for days */
  guint last_day;      /* of the period, 0 for the end of the month */
  GPtrArray *members;  /* of KansioCalculationMember */
  GPtrArray *incomes;  /* of KansioCalculationEntry */
  GPtrArray *expenses; /* of KansioCalculationEntry */

  GPtrArray *lines; /* of KansioCalculationLine, after run */
  GPtrArray *notes; /* of char*, NULL-terminated after run */
  gint64 total_expenses;
  gint64 total_income;
  gint64 support;
  guint n_days_in_month; /* while running */
  gboolean noted_days;   /* while running */
};

/* The rule sets of the calculation. Input stored before migration 0021
 * names none and is calculated as it was then (no cap on a child's
 * income, no split at the 18th birthday, no consistency refusals); the
 * editor writes the current set. */
#define KANSIO_CALCULATION_RULES_1 1
#define KANSIO_CALCULATION_RULES_CURRENT 2

G_GNUC_PRINTF (2, 3)
gboolean _kansio_calculation_invalid_input (GError **error, const char *format, ...);
gboolean _kansio_income_support_calculation_is_special_expense (const char *type);
gboolean _kansio_income_support_calculation_is_not_counted (const char *type);
guint _kansio_income_support_calculation_n_days (KansioIncomeSupportCalculation *self);

G_END_DECLS
