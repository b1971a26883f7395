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
} KansioCalculationMember;

typedef struct
{
  char *member;
  char *type;
  gint64 cents;
} KansioCalculationEntry;

typedef struct
{
  char *kind;
  char *member;
  char *code;    /* what the line is: "rent", "child_under_10_2", "reduction"… */
  guint percent; /* a reduction's */
  char *label;
  gint64 cents;
} KansioCalculationLine;

struct _KansioIncomeSupportCalculation
{
  GObject parent_instance;

  GDate month;         /* its first day */
  GPtrArray *members;  /* of KansioCalculationMember */
  GPtrArray *incomes;  /* of KansioCalculationEntry */
  GPtrArray *expenses; /* of KansioCalculationEntry */

  GPtrArray *lines; /* of KansioCalculationLine, after run */
  GPtrArray *notes; /* of char*, NULL-terminated after run */
  gint64 total_expenses;
  gint64 total_income;
  gint64 support;
};

G_GNUC_PRINTF (2, 3)
gboolean _kansio_calculation_invalid_input (GError **error, const char *format, ...);
gboolean _kansio_income_support_calculation_is_special_expense (const char *type);

G_END_DECLS
