/* test-income-support-law.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The income-support rules of issue 13, table-driven from DOMAIN.md
 * 2.2-2.5, each row naming its section: the cap on a child's income,
 * incomes not counted, Kela's basic support as income, a rent deposit's
 * exceptional reason, support for days, the 18th birthday, alternating
 * residence, the consistency refusals, both rounding settings; and the
 * rates the database ships (the 2025 amounts, the end of the 1.3.2026
 * rates, the settings) and what the api refuses.
 *
 * The JSON below is written with ' for " (turned back before reading).
 */
#include "config.h"

#include <string.h>

#include "kansio-test-util.h"

/* DOMAIN.md 2.3, in cents: 2025, 1.1.-28.2.2026 and 1.3.-31.12.2026. */
static const struct
{
  const char *key;
  gint64 year_2025;
  gint64 until_february;
  gint64 from_march;
} perusosa[] = {
  { "living_alone", 59355, 59632, 57843 },     { "adult", 50452, 50687, 49745 },
  { "single_parent", 67665, 67980, 66519 },    { "adult_with_parents", 43329, 43531, 42225 },
  { "child_10_17_1", 41549, 41742, 41763 },    { "child_10_17_2", 38581, 38761, 38870 },
  { "child_10_17_3", 35613, 35779, 35978 },    { "child_under_10_1", 37394, 37568, 37598 },
  { "child_under_10_2", 34426, 34587, 34706 }, { "child_under_10_3", 31458, 31605, 31814 },
};

/* The rates of DOMAIN.md 2.2-2.4, with @settings ("key=value;…") as a main
 * user would correct them; without, the calculation's defaults apply. */
static KansioIncomeSupportRates *
domain_rates (const char *settings)
{
  KansioIncomeSupportRates *rates = kansio_income_support_rates_new ();
  g_autoptr (GDate) year_2025 = g_date_new_dmy (1, 1, 2025);
  g_autoptr (GDate) end_2025 = g_date_new_dmy (31, 12, 2025);
  g_autoptr (GDate) january = g_date_new_dmy (1, 1, 2026);
  g_autoptr (GDate) february_end = g_date_new_dmy (28, 2, 2026);
  g_autoptr (GDate) march = g_date_new_dmy (1, 3, 2026);
  g_autoptr (GDate) end_2026 = g_date_new_dmy (31, 12, 2026);
  g_autoptr (GDate) reduction_50 = g_date_new_dmy (1, 2, 2026);
  g_autoptr (GDate) long_ago = g_date_new_dmy (1, 1, 2015);
  g_auto (GStrv) pairs = g_strsplit (settings != NULL ? settings : "", ";", -1);

  for (guint i = 0; i < G_N_ELEMENTS (perusosa); i++)
    {
      kansio_income_support_rates_add (rates, perusosa[i].key, year_2025, end_2025,
                                       perusosa[i].year_2025);
      kansio_income_support_rates_add (rates, perusosa[i].key, january, february_end,
                                       perusosa[i].until_february);
      kansio_income_support_rates_add (rates, perusosa[i].key, march, end_2026,
                                       perusosa[i].from_march);
    }
  kansio_income_support_rates_add (rates, "earned_income_disregard", long_ago, february_end, 15000);
  kansio_income_support_rates_add (rates, "earned_income_disregard", march, NULL, 0);
  kansio_income_support_rates_add (rates, "gift_limit_alone", long_ago, NULL, 5000);
  kansio_income_support_rates_add (rates, "gift_limit_family", long_ago, NULL, 10000);
  kansio_income_support_rates_add (rates, "reduction_percent_50", reduction_50, NULL, 1);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto (GStrv) pair = g_strsplit (pairs[i], "=", 2);

      if (pair[0] == NULL || pair[0][0] == '\0')
        continue;
      kansio_income_support_rates_add (rates, pair[0], long_ago, NULL,
                                       g_ascii_strtoll (pair[1], NULL, 10));
    }
  return rates;
}

static char *
json_of (const char *text)
{
  return g_strdelimit (g_strdup (text), "'", '"');
}

/* A household of the cases: single parent p and child c of 13. */
#define SINGLE_PARENT_AND_CHILD                                                                    \
  "'household': [{'id': 'p', 'role': 'single_parent'}, "                                           \
  "{'id': 'c', 'role': 'child', 'birth_date': '2012-05-01'}]"

typedef struct
{
  const char *section; /* of DOMAIN.md */
  const char *json;
  const char *settings;
  const char *total_expenses;
  const char *total_income;
  const char *support;
  const char *line_kind; /* a line there must be, or NULL */
  const char *line_member;
  const char *line_amount;
  const char *no_line_kind; /* a line there must not be, or NULL */
  const char *no_line_member;
  const char *note_part; /* in the notes, or NULL */
} LawCase;

static const LawCase cases[] = {
  /* Child's income: perhe-eläke 1000 over the cap 417.63 + 900 / 2. */
  { "2.2 child's income, cap per capita",
    "{'rules': 2, 'month': '2026-03', " SINGLE_PARENT_AND_CHILD ", "
    "'incomes': [{'member': 'c', 'type': 'pension', 'amount': '1000.00'}, "
    "{'member': 'p', 'type': 'wage', 'amount': '1000.00'}], "
    "'expenses': [{'type': 'rent', 'amount': '900.00'}]}",
    NULL, "1982.82", "1867.63", "115.19", "child_income_excess", "c", "-132.37", NULL, NULL,
    "867.63" },
  { "2.2 child's income under the cap counts in full",
    "{'rules': 2, 'month': '2026-03', " SINGLE_PARENT_AND_CHILD ", "
    "'incomes': [{'member': 'c', 'type': 'pension', 'amount': '800.00'}], "
    "'expenses': [{'type': 'rent', 'amount': '900.00'}]}",
    NULL, "1982.82", "800.00", "1182.82", "income", "c", "800.00", "child_income_excess", "c",
    NULL },
  { "2.2 the cap applies per child",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'p', 'role': 'single_parent'}, "
    "{'id': 'c1', 'role': 'child', 'birth_date': '2012-05-01'}, "
    "{'id': 'c2', 'role': 'child', 'birth_date': '2018-02-01'}], "
    "'incomes': [{'member': 'c1', 'type': 'maintenance', 'amount': '500.00'}, "
    "{'member': 'c2', 'type': 'pension', 'amount': '800.00'}], "
    "'expenses': [{'type': 'rent', 'amount': '900.00'}]}",
    NULL, "2329.88", "1147.06", "1182.82", "child_income_excess", "c2", "-152.94",
    "child_income_excess", "c1", NULL },
  { "2.2 child benefit is the child's income for the cap (setting 1, the default)",
    "{'rules': 2, 'month': '2026-03', " SINGLE_PARENT_AND_CHILD ", "
    "'incomes': [{'member': 'c', 'type': 'pension', 'amount': '800.00'}, "
    "{'member': 'c', 'type': 'child_benefit', 'amount': '100.00'}], "
    "'expenses': [{'type': 'rent', 'amount': '900.00'}]}",
    NULL, "1982.82", "867.63", "1115.19", "child_income_excess", "c", "-32.37", NULL, NULL,
    "child_benefit_childs" },
  { "2.2 child benefit is the family's income (setting 0)",
    "{'rules': 2, 'month': '2026-03', " SINGLE_PARENT_AND_CHILD ", "
    "'incomes': [{'member': 'c', 'type': 'pension', 'amount': '800.00'}, "
    "{'member': 'c', 'type': 'child_benefit', 'amount': '100.00'}], "
    "'expenses': [{'type': 'rent', 'amount': '900.00'}]}",
    "child_benefit_childs=0", "1982.82", "900.00", "1082.82", NULL, NULL, NULL,
    "child_income_excess", "c", NULL },
  { "2.2 no share of the other basic expenses for a child (setting 0)",
    "{'rules': 2, 'month': '2026-03', " SINGLE_PARENT_AND_CHILD ", "
    "'incomes': [{'member': 'c', 'type': 'pension', 'amount': '800.00'}], "
    "'expenses': [{'type': 'rent', 'amount': '900.00'}]}",
    "child_expense_share=0", "1982.82", "417.63", "1565.19", "child_income_excess", "c", "-382.37",
    NULL, NULL, "child_expense_share = 0" },
  { "2.2 input stored before 0021 (no rules) computes as it did: no cap",
    "{'month': '2026-03', " SINGLE_PARENT_AND_CHILD ", "
    "'incomes': [{'member': 'c', 'type': 'pension', 'amount': '1000.00'}], "
    "'expenses': [{'type': 'rent', 'amount': '900.00'}]}",
    NULL, "1982.82", "1000.00", "982.82", NULL, NULL, NULL, "child_income_excess", "c", NULL },
  { "2.2 a child's occasional income (summer job) is not counted",
    "{'rules': 2, 'month': '2026-03', " SINGLE_PARENT_AND_CHILD ", "
    "'incomes': [{'member': 'c', 'type': 'occasional', 'amount': '600.00'}]}",
    NULL, "1082.82", "0.00", "1082.82", "income_not_counted", "c", "600.00", NULL, NULL, NULL },
  { "2.2 not counted: shown, never summed",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}], "
    "'incomes': [{'member': 'a', 'type': 'disability_allowance', 'amount': '100.00'}, "
    "{'member': 'a', 'type': 'enforcement', 'amount': '50.00'}, "
    "{'member': 'a', 'type': 'wage', 'amount': '500.00'}]}",
    NULL, "578.43", "500.00", "78.43", "income_not_counted", "a", "50.00", NULL, NULL, NULL },
  { "2.5 Kela's basic income support is an income of its own in the supplementary calculation",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}], "
    "'incomes': [{'member': 'a', 'type': 'kela_basic_support', 'amount': '300.00'}], "
    "'expenses': [{'type': 'rent', 'amount': '600.00'}]}",
    NULL, "1178.43", "300.00", "878.43", "income", "a", "300.00", NULL, NULL, NULL },
  { "2.5 a rent deposit: exceptional, its reason written down",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}], "
    "'expenses': [{'type': 'rent_deposit', 'amount': '800.00', "
    "'reason': 'Kela refused; eviction threatens'}]}",
    NULL, "1378.43", "0.00", "1378.43", "special_expense", NULL, "800.00", NULL, NULL,
    "eviction threatens" },
  { "2.2 health-care costs above a minor level, noted",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}], "
    "'expenses': [{'type': 'health', 'amount': '80.00'}]}",
    NULL, "658.43", "0.00", "658.43", "expense", NULL, "80.00", NULL, NULL, "minor level" },
  /* 578.43 × 5 / 30 = 96.405 */
  { "2.2 urgent support for 5 days, the days' amount rounded once (default)",
    "{'rules': 2, 'month': '2026-03', 'first_day': 10, 'last_day': 14, "
    "'household': [{'id': 'a', 'role': 'living_alone'}]}",
    NULL, "96.41", "0.00", "96.41", "basic_amount", "a", "96.41", NULL, NULL,
    "daily_rounding = 0" },
  { "2.2 urgent support for 5 days, the daily amount rounded first (setting 1)",
    "{'rules': 2, 'month': '2026-03', 'first_day': 10, 'last_day': 14, "
    "'household': [{'id': 'a', 'role': 'living_alone'}]}",
    "daily_rounding=1", "96.40", "0.00", "96.40", "basic_amount", "a", "96.40", NULL, NULL,
    "daily_rounding = 1" },
  /* Turns 18 on 16.3.: a child 15 days (417.63 × 15 / 30); the parent a
   * single parent 15 days (665.19), then living alone 16 (578.43). */
  { "2.3 a child turning 18 mid-month: split by days",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'p', 'role': 'single_parent'}, "
    "{'id': 'c', 'role': 'child', 'birth_date': '2008-03-16'}]}",
    NULL, "849.92", "0.00", "849.92", "basic_amount", "c", "208.82", NULL, NULL, "15 days" },
  { "2.3 the single parent's living-alone days after the birthday",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'p', 'role': 'single_parent'}, "
    "{'id': 'c', 'role': 'child', 'birth_date': '2008-03-16'}]}",
    NULL, "849.92", "0.00", "849.92", "basic_amount", "p", "308.50", NULL, NULL, "9 § 2" },
  { "2.2 alternating residence: half the child's basic amount (default)",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'p', 'role': 'single_parent'}, "
    "{'id': 'c', 'role': 'child', 'birth_date': '2020-01-01'}], "
    "'residence': [{'member': 'c', 'type': 'alternating'}]}",
    NULL, "853.18", "0.00", "853.18", "alternating_residence", "c", "-187.99", NULL, NULL, "50 %" },
  { "2.2 alternating residence: the share is a setting",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'p', 'role': 'single_parent'}, "
    "{'id': 'c', 'role': 'child', 'birth_date': '2020-01-01'}], "
    "'residence': [{'member': 'c', 'type': 'alternating'}]}",
    "alternating_child_share_percent=40", "815.58", "0.00", "815.58", "alternating_residence", "c",
    "-225.59", NULL, NULL, "40 %" },
  /* 50 % of 578.43 = 289.215 */
  { "2.4 50 %: the reduction rounded half up (setting 0, the default)",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}], "
    "'reductions': [{'member': 'a', 'percent': 50}]}",
    NULL, "289.21", "0.00", "289.21", "reduction", "a", "-289.22", NULL, NULL,
    "reduction_rounding = 0" },
  { "2.4 50 %: the reduced amount rounded half up (setting 1)",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}], "
    "'reductions': [{'member': 'a', 'percent': 50}]}",
    "reduction_rounding=1", "289.22", "0.00", "289.22", "reduction", "a", "-289.21", NULL, NULL,
    "reduction_rounding = 1" },
  { "2.3 2025: single parent 676.65 and child 10-17 first 415.49",
    "{'rules': 2, 'month': '2025-06', " SINGLE_PARENT_AND_CHILD "}", NULL, "1092.14", "0.00",
    "1092.14", "basic_amount", "p", "676.65", NULL, NULL, NULL },
  { "2.2 a lone parent whose child is 18+ alone in the calculation: living alone",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'p', 'role': 'living_alone'}]}", NULL,
    "578.43", "0.00", "578.43", "basic_amount", "p", "578.43", NULL, NULL, NULL },
  { "2.2 input stored before 0021 keeps a single parent without a child",
    "{'month': '2026-03', 'household': [{'id': 'p', 'role': 'single_parent'}]}", NULL, "665.19",
    "0.00", "665.19", "basic_amount", "p", "665.19", NULL, NULL, NULL },
};

static gboolean
has_line (KansioIncomeSupportCalculation *calculation,
          const char *kind,
          const char *member,
          const char *amount)
{
  for (guint l = 0; l < kansio_income_support_calculation_get_n_lines (calculation); l++)
    {
      const char *line_member;
      gint64 cents;
      const char *line_kind
          = kansio_income_support_calculation_get_line (calculation, l, &line_member, NULL, &cents);
      g_autofree char *text = kansio_format_euros_plain (cents);

      if (g_str_equal (line_kind, kind) && g_strcmp0 (line_member, member) == 0
          && (amount == NULL || g_str_equal (text, amount)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_note (KansioIncomeSupportCalculation *calculation, const char *part)
{
  for (const char *const *note = kansio_income_support_calculation_get_notes (calculation);
       *note != NULL; note++)
    if (strstr (*note, part) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_law_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const LawCase *c = &cases[i];
      g_autoptr (KansioIncomeSupportRates) rates = domain_rates (c->settings);
      g_autofree char *json = json_of (c->json);
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioIncomeSupportCalculation) calculation = NULL;
      g_autofree char *expenses = NULL, *income = NULL, *support = NULL;

      g_test_message ("DOMAIN.md %s", c->section);
      calculation = kansio_income_support_calculation_new_from_json (json, &error);
      g_assert_no_error (error);
      g_assert_true (kansio_income_support_calculation_run (calculation, rates, &error));
      g_assert_no_error (error);
      expenses = kansio_format_euros_plain (
          kansio_income_support_calculation_get_total_expenses (calculation));
      income = kansio_format_euros_plain (
          kansio_income_support_calculation_get_total_income (calculation));
      support
          = kansio_format_euros_plain (kansio_income_support_calculation_get_support (calculation));
      g_assert_cmpstr (expenses, ==, c->total_expenses);
      g_assert_cmpstr (income, ==, c->total_income);
      g_assert_cmpstr (support, ==, c->support);
      if (c->line_kind != NULL)
        g_assert_true (has_line (calculation, c->line_kind, c->line_member, c->line_amount));
      if (c->no_line_kind != NULL)
        g_assert_false (has_line (calculation, c->no_line_kind, c->no_line_member, NULL));
      if (c->note_part != NULL)
        g_assert_true (has_note (calculation, c->note_part));
    }
}

/* DOMAIN.md 2.2 "Not counted": every kind is a line of its own, none is
 * summed, and the decision prints each in Finnish and Swedish. */
static void
test_not_counted_kinds (void)
{
  const char *types[] = { "maternity_grant",
                          "school_transport",
                          "disability_allowance",
                          "pensioner_care_allowance",
                          "rehabilitation_maintenance",
                          "unemployment_expense_compensation",
                          "increase_part",
                          "enforcement",
                          "benefit_recovery" };
  g_autoptr (KansioIncomeSupportRates) rates = domain_rates (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioIncomeSupportCalculation) calculation
          = kansio_income_support_calculation_new (2026, 3);
      g_autofree char *fi = NULL, *sv = NULL;
      const char *label;

      g_test_message ("DOMAIN.md 2.2 not counted: %s", types[i]);
      g_assert_true (
          kansio_income_support_calculation_add_member (calculation, "a", "adult", NULL, &error));
      g_assert_true (
          kansio_income_support_calculation_add_member (calculation, "b", "adult", NULL, &error));
      g_assert_true (
          kansio_income_support_calculation_add_income (calculation, "a", types[i], 12345, &error));
      g_assert_true (kansio_income_support_calculation_run (calculation, rates, &error));
      g_assert_no_error (error);
      g_assert_cmpint (kansio_income_support_calculation_get_total_income (calculation), ==, 0);
      g_assert_cmpint (kansio_income_support_calculation_get_support (calculation), ==, 2 * 49745);
      g_assert_cmpstr (
          kansio_income_support_calculation_get_line (calculation, 2, NULL, &label, NULL), ==,
          "income_not_counted");
      g_assert_nonnull (strstr (label, "not counted"));
      fi = kansio_income_support_calculation_dup_document_label (calculation, 2,
                                                                 KANSIO_LANGUAGE_FINNISH);
      sv = kansio_income_support_calculation_dup_document_label (calculation, 2,
                                                                 KANSIO_LANGUAGE_SWEDISH);
      g_assert_nonnull (strstr (fi, "ei huomioida"));
      g_assert_nonnull (strstr (sv, "beaktas inte"));
    }
}

typedef struct
{
  const char *section;
  const char *json;
  int code;
  const char *message_part;
} RefusalCase;

static const RefusalCase refusals[] = {
  { "2.2 consistency: a single-parent rate with no child",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'p', 'role': 'single_parent'}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "no child under 18" },
  { "2.2 consistency: a living-alone rate next to other members",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}, "
    "{'id': 'b', 'role': 'adult'}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "other members too" },
  { "2.2 lone parent with an 18+ child: the child is left out, explained",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'p', 'role': 'living_alone'}, "
    "{'id': 'k', 'role': 'adult_with_parents'}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "a family of their own" },
  { "2.2 consistency: two single-parent rates",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'p', 'role': 'single_parent'}, "
    "{'id': 'q', 'role': 'single_parent'}, "
    "{'id': 'c', 'role': 'child', 'birth_date': '2012-05-01'}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "both have the single-parent rate" },
  { "2.2, 2.4 consistency: a second reduction for the same person is refused, not replaced",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}], "
    "'reductions': [{'member': 'a', 'percent': 20}, {'member': 'a', 'percent': 40}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "one reduction a person" },
  { "2.2 only a child's occasional income is left uncounted",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}], "
    "'incomes': [{'member': 'a', 'type': 'occasional', 'amount': '100.00'}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "not a child" },
  { "2.2 alternating residence is a child's",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}], "
    "'residence': [{'member': 'a', 'type': 'alternating'}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "not a child" },
  { "2.5 a rent deposit without its exceptional reason",
    "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}], "
    "'expenses': [{'type': 'rent_deposit', 'amount': '800.00', 'reason': '  '}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "only exceptionally" },
  { "2.2 a period outside the month",
    "{'rules': 2, 'month': '2026-02', 'first_day': 20, 'last_day': 30, "
    "'household': [{'id': 'a', 'role': 'living_alone'}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "1 to 28" },
  { "2.3 a child 18 by the first day of the period",
    "{'rules': 2, 'month': '2026-03', 'first_day': 20, 'last_day': 25, "
    "'household': [{'id': 'p', 'role': 'single_parent'}, "
    "{'id': 'c', 'role': 'child', 'birth_date': '2008-03-16'}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "18 or older on the first day" },
  { "2.3 every rate period ends: January 2027 has no rates",
    "{'rules': 2, 'month': '2027-01', 'household': [{'id': 'a', 'role': 'living_alone'}]}",
    KANSIO_CALCULATION_ERROR_NO_RATES, "“living_alone” is in force for 1/2027" },
  { "2.2 rules this Kansio does not know",
    "{'rules': 3, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "rules 1 and 2" },
};

static void
test_refusals (void)
{
  g_autoptr (KansioIncomeSupportRates) rates = domain_rates (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *json = json_of (refusals[i].json);
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioIncomeSupportCalculation) calculation
          = kansio_income_support_calculation_new_from_json (json, &error);

      g_test_message ("DOMAIN.md %s", refusals[i].section);
      if (calculation != NULL)
        g_assert_false (kansio_income_support_calculation_run (calculation, rates, &error));
      g_assert_error (error, KANSIO_CALCULATION_ERROR, refusals[i].code);
      g_test_message ("→ %s", error->message);
      g_assert_nonnull (strstr (error->message, refusals[i].message_part));
    }
}

/* The rates the database ships: every 2025 amount of DOMAIN.md 2.3, the
 * 1.3.2026 amounts ending 31.12.2026 (January 2027 an error naming the
 * rate and the month), and the settings at their defaults. */
static void
test_shipped_rates (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioDatabase) handler
      = kansio_test_database_connect_as (test_database, "demo_kasittelija");
  g_autoptr (KansioIncomeSupportRates) expected = domain_rates (NULL);
  g_autoptr (KansioIncomeSupportRates) shipped = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioIncomeSupportCalculation) calculation = NULL;
  const guint days[][3] = { { 1, 1, 2025 }, { 30, 6, 2025 },  { 31, 12, 2025 },
                            { 1, 3, 2026 }, { 31, 12, 2026 }, { 1, 1, 2027 } };
  const struct
  {
    const char *key;
    gint64 value;
  } settings[] = { { "reduction_rounding", 0 },
                   { "daily_rounding", 0 },
                   { "child_expense_share", 1 },
                   { "child_benefit_childs", 1 },
                   { "alternating_child_share_percent", 50 } };
  g_autoptr (GDate) today_2026 = g_date_new_dmy (2, 12, 2026);

  rows = kansio_test_query (handler, "SELECT * FROM api.income_support_rates ()", &error);
  g_assert_no_error (error);
  shipped = kansio_income_support_rates_new_from_rows (rows, &error);
  g_assert_no_error (error);

  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    {
      g_autoptr (GDate) day = g_date_new_dmy (days[d][0], days[d][1], days[d][2]);

      for (guint i = 0; i < G_N_ELEMENTS (perusosa); i++)
        {
          gint64 want = -1, have = -1;
          gboolean wanted
              = kansio_income_support_rates_lookup (expected, perusosa[i].key, day, &want);
          gboolean found
              = kansio_income_support_rates_lookup (shipped, perusosa[i].key, day, &have);

          g_test_message ("DOMAIN.md 2.3 %s on %u.%u.%u", perusosa[i].key, days[d][0], days[d][1],
                          days[d][2]);
          g_assert_cmpint (found, ==, wanted);
          g_assert_cmpint (have, ==, want);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      gint64 value = -1;

      g_test_message ("setting %s", settings[i].key);
      g_assert_true (
          kansio_income_support_rates_lookup (shipped, settings[i].key, today_2026, &value));
      g_assert_cmpint (value, ==, settings[i].value);
    }

  calculation = kansio_income_support_calculation_new (2027, 1);
  g_assert_true (kansio_income_support_calculation_add_member (calculation, "a", "living_alone",
                                                               NULL, &error));
  g_assert_false (kansio_income_support_calculation_run (calculation, shipped, &error));
  g_assert_error (error, KANSIO_CALCULATION_ERROR, KANSIO_CALCULATION_ERROR_NO_RATES);
  g_assert_nonnull (strstr (error->message, "“living_alone” is in force for 1/2027"));
}

/* A perusosa rate without an end date is refused; a setting takes only
 * the values the calculation knows (DOMAIN.md 2.3, 2.4). */
static void
test_rate_add_refusals (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  const struct
  {
    const char *sql;
    const char *sqlstate; /* NULL: accepted */
  } calls[] = {
    { "SELECT api.income_support_rate_add ('living_alone', '2027-01-01', NULL, 58000, 'test')",
      "22023" },
    { "SELECT api.income_support_rate_add ('child_under_10_2', '2027-01-01', NULL, 35000, 'test')",
      "22023" },
    { "SELECT api.income_support_rate_add ('living_alone', '2027-01-01', '2027-12-31', 58000, "
      "'test')",
      NULL },
    { "SELECT api.income_support_rate_add ('reduction_rounding', '2027-01-01', NULL, 2, 'test')",
      "22023" },
    { "SELECT api.income_support_rate_add ('reduction_rounding', '2027-01-01', NULL, 1, 'test')",
      NULL },
    { "SELECT api.income_support_rate_add ('alternating_child_share_percent', '2027-01-01', NULL, "
      "101, 'test')",
      "22023" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (calls); i++)
    {
      g_test_message ("%s", calls[i].sql);
      if (calls[i].sqlstate != NULL)
        g_free (kansio_test_refused_as (test_database, "demo_paakayttaja", calls[i].sql,
                                        calls[i].sqlstate));
      else
        g_free (kansio_test_value_as (test_database, "demo_paakayttaja", calls[i].sql));
    }
}

/* What the server takes as a calculation to decide on (DOMAIN.md 2.2). */
static void
test_calculation_is_sound (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_migrated ();
  const struct
  {
    const char *section;
    const char *json;
    gboolean sound;
  } inputs[] = {
    { "2.2", "{'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}]}", TRUE },
    { "2.2", "{'rules': 2, 'month': '2026-03', " SINGLE_PARENT_AND_CHILD "}", TRUE },
    { "2.2 no child", "{'month': '2026-03', 'household': [{'id': 'p', 'role': 'single_parent'}]}",
      FALSE },
    { "2.2 two single parents",
      "{'month': '2026-03', 'household': [{'id': 'p', 'role': 'single_parent'}, "
      "{'id': 'q', 'role': 'single_parent'}, "
      "{'id': 'c', 'role': 'child', 'birth_date': '2012-05-01'}]}",
      FALSE },
    { "2.2 living alone with others",
      "{'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}, "
      "{'id': 'k', 'role': 'adult_with_parents'}]}",
      FALSE },
    { "2.4 two reductions",
      "{'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}], "
      "'reductions': [{'member': 'a', 'percent': 20}, {'member': 'a', 'percent': 20}]}",
      FALSE },
    { "2.2 days",
      "{'rules': 2, 'month': '2026-03', 'first_day': 3, 'last_day': 9, "
      "'household': [{'id': 'a', 'role': 'living_alone'}]}",
      TRUE },
    { "2.2 days that are not numbers",
      "{'rules': 2, 'month': '2026-03', 'first_day': 'x', 'last_day': 3, "
      "'household': [{'id': 'a', 'role': 'living_alone'}]}",
      FALSE },
    { "2.2 days backwards",
      "{'rules': 2, 'month': '2026-03', 'first_day': 9, 'last_day': 3, "
      "'household': [{'id': 'a', 'role': 'living_alone'}]}",
      FALSE },
    { "2.2 alternating adult",
      "{'rules': 2, 'month': '2026-03', " SINGLE_PARENT_AND_CHILD ", "
      "'residence': [{'member': 'p', 'type': 'alternating'}]}",
      FALSE },
    { "2.5 rent deposit without reason",
      "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}], "
      "'expenses': [{'type': 'rent_deposit', 'amount': '800.00'}]}",
      FALSE },
    { "2.5 rent deposit with reason",
      "{'rules': 2, 'month': '2026-03', 'household': [{'id': 'a', 'role': 'living_alone'}], "
      "'expenses': [{'type': 'rent_deposit', 'amount': '800.00', 'reason': 'Kela refused'}]}",
      TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *json = json_of (inputs[i].json);
      g_autofree char *sql
          = g_strdup_printf ("SELECT kansio.is_calculation_is_sound ('%s')::text", json);
      g_autofree char *value = kansio_test_value_as (test_database, NULL, sql);

      g_test_message ("DOMAIN.md %s: %s", inputs[i].section, json);
      g_assert_cmpstr (value, ==, inputs[i].sound ? "true" : "false");
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/income-support-law/cases", test_law_cases);
  g_test_add_func ("/income-support-law/not-counted", test_not_counted_kinds);
  g_test_add_func ("/income-support-law/refusals", test_refusals);
  g_test_add_func ("/income-support-law/shipped-rates", test_shipped_rates);
  g_test_add_func ("/income-support-law/rate-add", test_rate_add_refusals);
  g_test_add_func ("/income-support-law/calculation-is-sound", test_calculation_is_sound);
  return g_test_run ();
}
