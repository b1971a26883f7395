/* test-income-support.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The income-support calculation, table-driven from the rules and tables
 * of DOMAIN.md 2: both sides of 1.3.2026, birth order, gifts,
 * reductions, zero support, bad input; and the rates the database ships
 * held to the same tables.
 */
#include "config.h"

#include <string.h>

#include "kansio-test-util.h"

/* DOMAIN.md 2.3, in cents: 1.1.-28.2.2026 and from 1.3.2026. */
static const struct
{
  const char *key;
  gint64 until_february;
  gint64 from_march;
} perusosa_2026[] = {
  { "living_alone", 59632, 57843 },     { "adult", 50687, 49745 },
  { "single_parent", 67980, 66519 },    { "adult_with_parents", 43531, 42225 },
  { "child_10_17_1", 41742, 41763 },    { "child_10_17_2", 38761, 38870 },
  { "child_10_17_3", 35779, 35978 },    { "child_under_10_1", 37568, 37598 },
  { "child_under_10_2", 34587, 34706 }, { "child_under_10_3", 31605, 31814 },
};

static KansioIncomeSupportRates *
domain_rates (void)
{
  KansioIncomeSupportRates *rates = kansio_income_support_rates_new ();
  g_autoptr (GDate) january = g_date_new_dmy (1, 1, 2026);
  g_autoptr (GDate) february_end = g_date_new_dmy (28, 2, 2026);
  g_autoptr (GDate) march = g_date_new_dmy (1, 3, 2026);
  g_autoptr (GDate) reduction_50 = g_date_new_dmy (1, 2, 2026);
  /* Every perusosa period ends (DOMAIN.md 2.3, migration 0021). */
  g_autoptr (GDate) end_2026 = g_date_new_dmy (31, 12, 2026);

  for (guint i = 0; i < G_N_ELEMENTS (perusosa_2026); i++)
    {
      kansio_income_support_rates_add (rates, perusosa_2026[i].key, january, february_end,
                                       perusosa_2026[i].until_february);
      kansio_income_support_rates_add (rates, perusosa_2026[i].key, march, end_2026,
                                       perusosa_2026[i].from_march);
    }
  /* 150 € per earner until 28.2.2026, none from 1.3.2026 (2.2). */
  kansio_income_support_rates_add (rates, "earned_income_disregard", january, february_end, 15000);
  kansio_income_support_rates_add (rates, "earned_income_disregard", march, NULL, 0);
  kansio_income_support_rates_add (rates, "gift_limit_alone", january, NULL, 5000);
  kansio_income_support_rates_add (rates, "gift_limit_family", january, NULL, 10000);
  kansio_income_support_rates_add (rates, "reduction_percent_50", reduction_50, NULL, 1);
  return rates;
}

typedef struct
{
  const char *name;
  const char *json;
  const char *support;
  const char *total_expenses;
  const char *total_income;
  const char *line_kind; /* a line that must be there, or NULL */
  const char *line_member;
  const char *line_amount;
} CalculationCase;

static const CalculationCase cases[] = {
  { "alone, March 2026, rent, nothing else",
    "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}],"
    " \"expenses\": [{\"type\": \"rent\", \"amount\": \"620.00\"}]}",
    "1198.43", "1198.43", "0.00", "basic_amount", "a", "578.43" },
  { "alone, February 2026, wage: 150 € disregarded",
    "{\"month\": \"2026-02\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}],"
    " \"incomes\": [{\"member\": \"a\", \"type\": \"wage\", \"amount\": \"900.00\"}],"
    " \"expenses\": [{\"type\": \"rent\", \"amount\": \"620.00\"}]}",
    "466.32", "1216.32", "750.00", "earned_income_disregard", "a", "-150.00" },
  { "alone, March 2026, the same wage counts in full",
    "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}],"
    " \"incomes\": [{\"member\": \"a\", \"type\": \"wage\", \"amount\": \"900.00\"}],"
    " \"expenses\": [{\"type\": \"rent\", \"amount\": \"620.00\"}]}",
    "298.43", "1198.43", "900.00", NULL, NULL, NULL },
  { "a wage under 150 € is disregarded whole (February 2026)",
    "{\"month\": \"2026-02\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}],"
    " \"incomes\": [{\"member\": \"a\", \"type\": \"wage\", \"amount\": \"120.00\"}]}",
    "596.32", "596.32", "0.00", "earned_income_disregard", "a", "-120.00" },
  { "two earners, 150 € each (February 2026)",
    "{\"month\": \"2026-02\", \"household\": [{\"id\": \"a\", \"role\": \"adult\"},"
    " {\"id\": \"b\", \"role\": \"adult\"}], \"incomes\": [{\"member\": \"a\", \"type\": "
    "\"wage\", \"amount\": \"400\"}, {\"member\": \"b\", \"type\": \"wage\", \"amount\": "
    "\"100.5\"}]}",
    "763.74", "1013.74", "250.00", "earned_income_disregard", "b", "-100.50" },
  { "single parent, children 12 and 7: the eldest is the first child",
    "{\"month\": \"2026-03\", \"household\": [{\"id\": \"p\", \"role\": \"single_parent\"},"
    " {\"id\": \"young\", \"role\": \"child\", \"birth_date\": \"2018-09-01\"},"
    " {\"id\": \"old\", \"role\": \"child\", \"birth_date\": \"2013-05-01\"}]}",
    "1429.88", "1429.88", "0.00", "basic_amount", "young", "347.06" },
  { "three children 15, 11 and 4 (until 28.2.2026)",
    "{\"month\": \"2026-01\", \"household\": [{\"id\": \"a\", \"role\": \"adult\"},"
    " {\"id\": \"b\", \"role\": \"adult\"},"
    " {\"id\": \"c1\", \"role\": \"child\", \"birth_date\": \"2010-06-01\"},"
    " {\"id\": \"c2\", \"role\": \"child\", \"birth_date\": \"2014-06-01\"},"
    " {\"id\": \"c3\", \"role\": \"child\", \"birth_date\": \"2021-06-01\"}]}",
    "2134.82", "2134.82", "0.00", "basic_amount", "c3", "316.05" },
  { "a child turning 10 during the month is under 10 for it",
    "{\"month\": \"2026-03\", \"household\": [{\"id\": \"p\", \"role\": \"single_parent\"},"
    " {\"id\": \"c\", \"role\": \"child\", \"birth_date\": \"2016-03-15\"}]}",
    "1041.17", "1041.17", "0.00", "basic_amount", "c", "375.98" },
  { "gifts, living alone: 50 € free, the rest counts",
    "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}],"
    " \"incomes\": [{\"member\": \"a\", \"type\": \"gift\", \"amount\": \"80.00\"}]}",
    "548.43", "578.43", "30.00", "gift_exemption", NULL, "-50.00" },
  { "gifts, a family: 100 € free",
    "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"adult\"},"
    " {\"id\": \"b\", \"role\": \"adult\"}], \"incomes\": [{\"member\": \"a\", \"type\": "
    "\"gift\", \"amount\": \"80.00\"}]}",
    "994.90", "994.90", "0.00", "gift_exemption", NULL, "-80.00" },
  { "perusosa reduced by 20 %, rounded half up",
    "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}],"
    " \"reductions\": [{\"member\": \"a\", \"percent\": 20}]}",
    "462.74", "462.74", "0.00", "reduction", "a", "-115.69" },
  { "perusosa reduced by 50 %, possible from 1.2.2026",
    "{\"month\": \"2026-02\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}],"
    " \"reductions\": [{\"member\": \"a\", \"percent\": 50}]}",
    "298.16", "298.16", "0.00", "reduction", "a", "-298.16" },
  { "income above expenses: no support",
    "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}],"
    " \"incomes\": [{\"member\": \"a\", \"type\": \"pension\", \"amount\": 1500},"
    " {\"member\": \"a\", \"type\": \"housing_allowance\", \"amount\": 300.5}],"
    " \"expenses\": [{\"type\": \"rent\", \"amount\": \"700\"}, {\"type\": \"electricity\","
    " \"amount\": \"45.90\"}]}",
    "0.00", "1324.33", "1800.50", "income", "a", "300.50" },
  { "a special expense of supplementary support is a line of its own kind",
    "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}],"
    " \"expenses\": [{\"type\": \"rent\", \"amount\": \"620.00\"}, {\"type\": \"moving\","
    " \"amount\": \"180.00\"}]}",
    "1378.43", "1378.43", "0.00", "special_expense", NULL, "180.00" },
};

static void
test_calculations (void)
{
  g_autoptr (KansioIncomeSupportRates) rates = domain_rates ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const CalculationCase *c = &cases[i];
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioIncomeSupportCalculation) calculation
          = kansio_income_support_calculation_new_from_json (c->json, &error);
      g_autofree char *support = NULL;
      g_autofree char *expenses = NULL;
      g_autofree char *income = NULL;
      gboolean found = c->line_kind == NULL;

      g_test_message ("%s", c->name);
      g_assert_no_error (error);
      g_assert_true (kansio_income_support_calculation_run (calculation, rates, &error));
      g_assert_no_error (error);
      support
          = kansio_format_euros_plain (kansio_income_support_calculation_get_support (calculation));
      expenses = kansio_format_euros_plain (
          kansio_income_support_calculation_get_total_expenses (calculation));
      income = kansio_format_euros_plain (
          kansio_income_support_calculation_get_total_income (calculation));
      g_assert_cmpstr (expenses, ==, c->total_expenses);
      g_assert_cmpstr (income, ==, c->total_income);
      g_assert_cmpstr (support, ==, c->support);

      for (guint l = 0; !found && l < kansio_income_support_calculation_get_n_lines (calculation);
           l++)
        {
          const char *member;
          gint64 cents;
          const char *kind
              = kansio_income_support_calculation_get_line (calculation, l, &member, NULL, &cents);
          g_autofree char *amount = kansio_format_euros_plain (cents);

          found = g_str_equal (kind, c->line_kind) && g_strcmp0 (member, c->line_member) == 0
                  && g_str_equal (amount, c->line_amount);
        }
      g_assert_true (found);
    }
}

static void
test_rounding_written_down (void)
{
  g_autoptr (KansioIncomeSupportRates) rates = domain_rates ();
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioIncomeSupportCalculation) calculation
      = kansio_income_support_calculation_new_from_json (
          "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}],"
          " \"reductions\": [{\"member\": \"a\", \"percent\": 20}]}",
          &error);
  const char *const *notes;

  g_assert_true (kansio_income_support_calculation_run (calculation, rates, &error));
  notes = kansio_income_support_calculation_get_notes (calculation);
  g_assert_nonnull (notes[0]);
  g_assert_nonnull (strstr (notes[0], "115.6860"));
  g_assert_nonnull (strstr (notes[0], "115.69"));
  g_assert_null (notes[1]);
}

static void
test_json_output (void)
{
  g_autoptr (KansioIncomeSupportRates) rates = domain_rates ();
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioIncomeSupportCalculation) calculation
      = kansio_income_support_calculation_new_from_json (
          "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\", "
          "\"birth_date\": \"1990-05-01\"}], \"incomes\": [{\"member\": \"a\", \"type\": \"wage\", "
          "\"amount\": \"900.00\"}], \"expenses\": [{\"type\": \"rent\", \"amount\": \"620.00\"}], "
          "\"reductions\": []}",
          &error);
  g_autofree char *json = NULL;

  g_assert_no_error (error);
  g_assert_true (kansio_income_support_calculation_run (calculation, rates, &error));
  json = kansio_income_support_calculation_to_json (calculation);
  for (const char *const *part
       = (const char *const[]){ "\"month\" : \"2026-03\"", "\"lines\"",
                                "\"kind\" : \"basic_amount\"", "\"amount\" : \"578.43\"",
                                "\"total_expenses\" : \"1198.43\"", "\"total_income\" : \"900.00\"",
                                "\"support\" : \"298.43\"", NULL };
       *part != NULL; part++)
    {
      g_test_message ("%s", *part);
      g_assert_nonnull (strstr (json, *part));
    }
}

static const struct
{
  const char *json;
  int code;
  const char *message_part;
} bad_inputs[] = {
  { "not json", KANSIO_CALCULATION_ERROR_INVALID_INPUT, "not JSON" },
  { "{\"month\": \"March\", \"household\": []}", KANSIO_CALCULATION_ERROR_INVALID_INPUT, "month" },
  { "{\"month\": \"2026-03\"}", KANSIO_CALCULATION_ERROR_INVALID_INPUT, "household" },
  { "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"king\"}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "household[0]: Household member “a” has the unknown" },
  { "{\"month\": \"2026-03\", \"household\": [{\"id\": \"c\", \"role\": \"child\"}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "no birth date" },
  { "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"adult\"}],"
    " \"incomes\": [{\"member\": \"a\", \"type\": \"wage\", \"amount\": \"-10.00\"}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "incomes[0]" },
  { "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"adult\"}],"
    " \"expenses\": [{\"type\": \"rent\", \"amount\": \"10.001\"}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "two decimals" },
  { "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"adult\"}],"
    " \"incomes\": [{\"member\": \"b\", \"type\": \"wage\", \"amount\": \"10\"}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "not in the household" },
  { "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"adult\"},"
    " {\"id\": \"a\", \"role\": \"adult\"}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "Two household members" },
  { "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"adult\"}],"
    " \"reductions\": [{\"member\": \"a\", \"percent\": 30}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "20, 40 or 50" },
  /* Amounts that would overflow a sum of cents (once 4.47e15 euros). */
  { "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"adult\"}],"
    " \"expenses\": [{\"type\": \"rent\", \"amount\": \"92233720368547758.07\"}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "expenses[0]" },
  { "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"adult\"}],"
    " \"expenses\": [{\"type\": \"rent\", \"amount\": 4470000000000000}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "expenses[0]" },
  { "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"adult\"}],"
    " \"incomes\": [{\"member\": \"a\", \"type\": \"wage\", \"amount\": 1e300}]}",
    KANSIO_CALCULATION_ERROR_INVALID_INPUT, "incomes[0]" },
};

static void
test_bad_input (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioIncomeSupportCalculation) calculation
          = kansio_income_support_calculation_new_from_json (bad_inputs[i].json, &error);

      g_test_message ("%s", bad_inputs[i].json);
      g_assert_null (calculation);
      g_assert_error (error, KANSIO_CALCULATION_ERROR, bad_inputs[i].code);
      g_test_message ("→ %s", error->message);
      g_assert_nonnull (strstr (error->message, bad_inputs[i].message_part));
    }
}

/* Nested deep enough to end a recursive parser, or too large: refused
 * before parsing, with a clear message. */
static void
test_hostile_json (void)
{
  g_autoptr (GString) deep = g_string_new ("{\"month\": \"2026-03\", \"x\": ");
  g_autofree char *large = NULL;
  const char *inputs[2];

  for (guint i = 0; i < 200000; i++)
    g_string_append_c (deep, '[');
  large = g_strdup_printf ("{\"month\": \"2026-03\", \"note\": \"%0*d\"}", 2 * 1024 * 1024, 0);
  inputs[0] = deep->str;
  inputs[1] = large;

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioIncomeSupportCalculation) calculation
          = kansio_income_support_calculation_new_from_json (inputs[i], &error);

      g_assert_null (calculation);
      g_assert_error (error, KANSIO_CALCULATION_ERROR, KANSIO_CALCULATION_ERROR_INVALID_INPUT);
      g_test_message ("→ %s", error->message);
      g_assert_nonnull (strstr (error->message, i == 0 ? "nested" : "too large"));
    }
}

static void
test_bad_input_found_when_run (void)
{
  g_autoptr (KansioIncomeSupportRates) rates = domain_rates ();
  const struct
  {
    const char *json;
    int code;
    const char *part;
  } late[] = {
    /* No rates for 2023 in these tables. */
    { "{\"month\": \"2023-01\", \"household\": [{\"id\": \"a\", \"role\": \"adult\"}]}",
      KANSIO_CALCULATION_ERROR_NO_RATES, "1/2023" },
    { "{\"month\": \"2026-01\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}],"
      " \"reductions\": [{\"member\": \"a\", \"percent\": 50}]}",
      KANSIO_CALCULATION_ERROR_INVALID_INPUT, "1.2.2026" },
    { "{\"month\": \"2026-03\", \"household\": [{\"id\": \"c\", \"role\": \"child\", "
      "\"birth_date\": \"2008-01-01\"}]}",
      KANSIO_CALCULATION_ERROR_INVALID_INPUT, "18 or older" },
    { "{\"month\": \"2026-03\", \"household\": []}", KANSIO_CALCULATION_ERROR_INVALID_INPUT,
      "nobody" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (late); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioIncomeSupportCalculation) calculation
          = kansio_income_support_calculation_new_from_json (late[i].json, &error);

      g_assert_no_error (error);
      g_assert_false (kansio_income_support_calculation_run (calculation, rates, &error));
      g_assert_error (error, KANSIO_CALCULATION_ERROR, late[i].code);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, late[i].part));
    }
}

/* The rates the database ships are DOMAIN.md's. */
static void
test_shipped_rates (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioDatabase) handler
      = kansio_test_database_connect_as (test_database, "demo_kasittelija");
  g_autoptr (KansioIncomeSupportRates) expected = domain_rates ();
  g_autoptr (KansioIncomeSupportRates) shipped = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (GError) error = NULL;
  const char *keys[] = { "earned_income_disregard", "gift_limit_alone", "gift_limit_family",
                         "reduction_percent_50" };
  const guint days[][3] = { { 1, 1, 2026 }, { 28, 2, 2026 }, { 1, 3, 2026 }, { 31, 12, 2027 } };

  rows = kansio_test_query (handler, "SELECT * FROM api.income_support_rates ()", &error);
  g_assert_no_error (error);
  shipped = kansio_income_support_rates_new_from_rows (rows, &error);
  g_assert_no_error (error);

  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    {
      g_autoptr (GDate) day = g_date_new_dmy (days[d][0], days[d][1], days[d][2]);

      for (guint i = 0; i < G_N_ELEMENTS (perusosa_2026) + G_N_ELEMENTS (keys); i++)
        {
          const char *key = i < G_N_ELEMENTS (perusosa_2026)
                                ? perusosa_2026[i].key
                                : keys[i - G_N_ELEMENTS (perusosa_2026)];
          gint64 want = -1, have = -1;
          gboolean wanted = kansio_income_support_rates_lookup (expected, key, day, &want);
          gboolean found = kansio_income_support_rates_lookup (shipped, key, day, &have);

          g_test_message ("%s on %u.%u.%u", key, days[d][0], days[d][1], days[d][2]);
          g_assert_cmpint (found, ==, wanted);
          g_assert_cmpint (have, ==, want);
        }
    }
}

/* The rates through their objects, as kansio-admin reads and adds them:
 * a handler lists, only a main user adds. */
static void
test_rates_objects (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioDatabase) handler
      = kansio_test_database_connect_as (test_database, "demo_kasittelija");
  g_autoptr (KansioDatabase) main_user
      = kansio_test_database_connect_as (test_database, "demo_paakayttaja");
  g_autoptr (KansioIncomeSupportRates) loaded = NULL;
  g_autoptr (GListModel) all = NULL;
  g_autoptr (GListModel) later = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDate) from = g_date_new_dmy (1, 1, 2031);
  g_autoptr (GDate) until = g_date_new_dmy (31, 12, 2031);
  g_autoptr (GDate) on = g_date_new_dmy (2, 1, 2031);
  GAsyncResult *result = NULL;
  gboolean found = FALSE;
  gint64 value = 0;
  gint64 id;

  kansio_income_support_rates_load_async (handler, NULL, kansio_test_store_result_cb, &result);
  loaded = kansio_income_support_rates_load_finish (kansio_test_wait (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  /* Every perusosa period ends (0021): none is in force in 2031 yet. */
  g_assert_false (kansio_income_support_rates_lookup (loaded, KANSIO_RATE_LIVING_ALONE, on, NULL));

  kansio_income_support_rates_list_async (handler, NULL, NULL, kansio_test_store_result_cb,
                                          &result);
  all = kansio_income_support_rates_list_finish (kansio_test_wait (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (g_list_model_get_n_items (all), >, 0);

  kansio_income_support_rates_record_async (handler, KANSIO_RATE_LIVING_ALONE, from, until, 61000,
                                            "test", NULL, kansio_test_store_result_cb, &result);
  id = kansio_income_support_rates_record_finish (kansio_test_wait (&result), &error);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
  g_assert_cmpint (id, ==, 0);
  g_clear_error (&error);
  g_clear_object (&result);

  kansio_income_support_rates_record_async (main_user, KANSIO_RATE_LIVING_ALONE, from, until, 61000,
                                            "Kela 2031 (test)", NULL, kansio_test_store_result_cb,
                                            &result);
  id = kansio_income_support_rates_record_finish (kansio_test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_clear_object (&result);

  kansio_income_support_rates_list_async (handler, on, NULL, kansio_test_store_result_cb, &result);
  later = kansio_income_support_rates_list_finish (kansio_test_wait (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  for (guint i = 0; i < g_list_model_get_n_items (later); i++)
    {
      g_autoptr (KansioIncomeSupportRate) rate = g_list_model_get_item (later, i);

      if (g_str_equal (kansio_income_support_rate_get_valid_from (rate), "2031-01-01"))
        {
          g_assert_cmpstr (kansio_income_support_rate_get_key (rate), ==, KANSIO_RATE_LIVING_ALONE);
          g_assert_cmpstr (kansio_income_support_rate_get_valid_until (rate), ==, "2031-12-31");
          g_assert_cmpint (kansio_income_support_rate_get_value (rate), ==, 61000);
          g_assert_cmpstr (kansio_income_support_rate_get_source (rate), ==, "Kela 2031 (test)");
          found = TRUE;
        }
    }
  g_assert_true (found);

  g_clear_object (&loaded);
  kansio_income_support_rates_load_async (handler, NULL, kansio_test_store_result_cb, &result);
  loaded = kansio_income_support_rates_load_finish (kansio_test_wait (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_true (kansio_income_support_rates_lookup (loaded, KANSIO_RATE_LIVING_ALONE, on, &value));
  g_assert_cmpint (value, ==, 61000);
}

static KansioRows *
query_ok (KansioDatabase *database, const char *sql)
{
  g_autoptr (GError) error = NULL;
  KansioRows *rows = kansio_test_query (database, sql, &error);

  g_test_message ("%s", sql);
  g_assert_no_error (error);
  return rows;
}

static const char *
value (KansioRows *rows, guint row, const char *column)
{
  int index = kansio_rows_find_column (rows, column);

  g_assert_cmpint (index, >=, 0);
  return kansio_rows_get_string (rows, row, index);
}

/* Aino's application received on @received_on; returns its id. */
static char *
register_application (KansioDatabase *handler, const char *received_on, gboolean urgent)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT api.is_application_register ((SELECT case_id FROM api.person_cases ((SELECT "
      "person_id FROM api.person_search ('140384-9027'))) WHERE closed_on IS NULL), '%s', "
      "'electronic', '2026-11-01', '2026-11-01', 'supplementary', %s, NULL)",
      received_on, urgent ? "true" : "false");
  g_autoptr (KansioRows) rows = query_ok (handler, sql);

  return g_strdup (kansio_rows_get_string (rows, 0, 0));
}

/* An application from receipt to processing: the household from the
 * relations, the deadline over weekends, waiting for an attachment and the
 * deadline counted again from its arrival, the status flow kept, a stale
 * edit refused, and the work queue's late ones. */
static void
test_application_flow (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioDatabase) handler
      = kansio_test_database_connect_as (test_database, "demo_kasittelija");
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *id = NULL;

  id = register_application (handler, "2026-11-20", FALSE);

  /* Aino, Mikko and their two children. */
  sql = g_strdup_printf ("SELECT * FROM api.is_application_members (%s)", id);
  rows = query_ok (handler, sql);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 4);
  g_assert_cmpstr (value (rows, 0, "full_name"), ==, "Aino Maria Virtanen");
  g_assert_cmpstr (value (rows, 0, "role"), ==, "adult");
  g_assert_cmpstr (value (rows, 2, "role"), ==, "child");
  g_assert_cmpstr (value (rows, 3, "role"), ==, "child");
  g_clear_object (&rows);

  /* Friday 20.11.2026 + 7 working days = Tuesday 1.12.2026. */
  rows = query_ok (handler, "SELECT * FROM api.is_applications ((SELECT person_id FROM "
                            "api.person_search ('140384-9027')))");
  g_assert_cmpstr (value (rows, 0, "due_on"), ==, "2026-12-01");
  g_assert_cmpstr (value (rows, 0, "status"), ==, "received");
  g_clear_object (&rows);

  /* Decided only by a decision, not by hand. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_application_set_status (%s, 1, 'decided')", id);
  rows = kansio_test_query (handler, sql, &error);
  g_assert_null (rows);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_application_set_status (%s, 1, 'waiting_for_attachments')",
                         id);
  rows = query_ok (handler, sql);
  g_clear_object (&rows);
  /* A second window that still had version 1 is refused. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_application_set_status (%s, 1, 'in_processing')", id);
  rows = kansio_test_query (handler, sql, &error);
  g_assert_null (rows);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT);
  g_clear_error (&error);

  /* The missing rent contract arrives on Wednesday 25.11. No itemised
   * completion request was made, so the deadline still runs from arrival
   * (14 a §, DOMAIN.md 2.1): Tuesday 1.12. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_attachment_set (%s, NULL, 'Vuokrasopimus', NULL)", id);
  rows = query_ok (handler, sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_attachment_set (%s, %s, NULL, '2026-11-25')", id,
                         kansio_rows_get_string (rows, 0, 0));
  g_clear_object (&rows);
  rows = query_ok (handler, sql);
  g_clear_object (&rows);
  rows = query_ok (handler, "SELECT * FROM api.is_applications ((SELECT person_id FROM "
                            "api.person_search ('140384-9027')))");
  g_assert_cmpstr (value (rows, 0, "status"), ==, "in_processing");
  g_assert_cmpstr (value (rows, 0, "due_on"), ==, "2026-12-01");
  g_clear_object (&rows);
  /* The application page shows the working days left the queue shows,
   * both counted by the database. */
  rows = query_ok (handler,
                   "SELECT a.working_days_left = q.working_days_left FROM api.is_applications "
                   "((SELECT person_id FROM api.person_search ('140384-9027'))) a JOIN "
                   "api.is_work_queue ('mine') q USING (application_id)");
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  g_assert_cmpstr (kansio_rows_get_string (rows, 0, 0), ==, "t");
  g_clear_object (&rows);

  /* An urgent one on Friday is due on Monday; an old one is late. */
  g_free (register_application (handler, "2026-11-20", TRUE));
  g_free (register_application (handler, "2026-10-01", FALSE));
  rows = query_ok (handler, "SELECT due_on, is_late, urgent FROM api.is_work_queue ('mine')");
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 3);
  g_assert_cmpstr (kansio_rows_get_string (rows, 0, 0), ==, "2026-10-12");
  g_assert_true (kansio_rows_get_boolean (rows, 0, 1));
  g_assert_cmpstr (kansio_rows_get_string (rows, 1, 0), ==, "2026-11-23");
  g_assert_true (kansio_rows_get_boolean (rows, 1, 2));
}

/* The decision's due date of 14 a § (DOMAIN.md 2.1, 7.3, 7.4), as the
 * database derives it from the kept dates, one row a rule. */
typedef struct
{
  const char *why;
  const char *received_on;
  gboolean urgent;
  const char *requested_on;      /* completion request, or NULL */
  const char *completion_due_on; /* the client's deadline */
  const char *completed_on;      /* completion, or NULL */
  gboolean lenient;              /* the four doubtful days off (7.3) */
  const char *due_on;
} ClockCase;

static void
test_clocks (void)
{
  static const ClockCase clock_cases[] = {
    /* 2.1 complete, 7.4: 7 working days from arrival; Easter 2026 (7.2:
     * 5.4) takes Good Friday 3.4 and Easter Monday 6.4. */
    { "complete over Easter 2026", "2026-04-02", FALSE, NULL, NULL, NULL, FALSE, "2026-04-15" },
    /* Easter 2027 (28.3): Good Friday 26.3, Easter Monday 29.3. */
    { "complete over Easter 2027", "2027-03-24", FALSE, NULL, NULL, NULL, FALSE, "2027-04-06" },
    /* 2.1 urgent: the next working day; on a Friday, Monday. */
    { "urgent on a Friday", "2026-11-06", TRUE, NULL, NULL, NULL, FALSE, "2026-11-09" },
    /* Urgent the day before Good Friday 2026: Tuesday after Easter Monday. */
    { "urgent at Easter", "2026-04-02", TRUE, NULL, NULL, NULL, FALSE, "2026-04-07" },
    /* 2.1 urgent: an attachment arriving later does not move it. */
    { "urgent, completed later", "2026-11-06", TRUE, "2026-11-06", "2026-11-13", "2026-11-12",
      FALSE, "2026-11-09" },
    /* 7.3 strict reading: Midsummer Eve 19.6.2026 counts as a working day. */
    { "Midsummer, strict", "2026-06-17", FALSE, NULL, NULL, NULL, FALSE, "2026-06-26" },
    /* 7.3 common practice (a main user's setting): it does not. */
    { "Midsummer, lenient", "2026-06-17", FALSE, NULL, NULL, NULL, TRUE, "2026-06-29" },
    /* Christmas 2026: 25.12 and 26.12 off; Christmas Eve strict. */
    { "Christmas, strict", "2026-12-21", FALSE, NULL, NULL, NULL, FALSE, "2026-12-31" },
    { "Christmas, lenient", "2026-12-21", FALSE, NULL, NULL, NULL, TRUE, "2027-01-04" },
    /* 3 mom: completed before its deadline, 7 working days from completion
     * (over New Year's Day and Epiphany). */
    { "completed in time", "2026-12-21", FALSE, "2026-12-22", "2027-01-05", "2026-12-30", FALSE,
      "2027-01-12" },
    /* 3 mom: completed after its deadline: from the deadline, the earlier. */
    { "completed late", "2026-12-21", FALSE, "2026-12-22", "2027-01-05", "2027-01-08", FALSE,
      "2027-01-15" },
    /* 3 mom: not completed: from the deadline. */
    { "not completed", "2026-12-21", FALSE, "2026-12-22", "2027-01-05", NULL, FALSE, "2027-01-15" },
  };
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_migrated ();

  for (guint i = 0; i < G_N_ELEMENTS (clock_cases); i++)
    {
      const ClockCase *c = &clock_cases[i];
      g_autofree char *set = g_strdup_printf (
          "UPDATE kansio.setting SET value = '%s' WHERE key IN ('working_day_may_day', "
          "'working_day_midsummer_eve', 'working_day_independence_day', "
          "'working_day_christmas_eve') RETURNING key",
          c->lenient ? "0" : "1");
      g_autofree char *sql = g_strdup_printf (
          "SELECT kansio.is_decision_due_on ('%s', %s, %s%s%s, %s%s%s, %s%s%s)", c->received_on,
          c->urgent ? "true" : "false", c->requested_on ? "'" : "",
          c->requested_on ? c->requested_on : "NULL", c->requested_on ? "'" : "",
          c->completion_due_on ? "'" : "", c->completion_due_on ? c->completion_due_on : "NULL",
          c->completion_due_on ? "'" : "", c->completed_on ? "'" : "",
          c->completed_on ? c->completed_on : "NULL", c->completed_on ? "'" : "");
      g_autoptr (KansioRows) updated = kansio_test_as (test_database, NULL, set);
      g_autofree char *due_on = kansio_test_value_as (test_database, NULL, sql);

      g_test_message ("%s", c->why);
      g_assert_cmpuint (kansio_rows_get_n_rows (updated), ==, 4);
      g_assert_cmpstr (due_on, ==, c->due_on);
    }
}

/* The clocks through the api, as a handler records what happened: a
 * completion request and its completion, a personal discussion, with
 * hostile dates refused and no due date taken from the workstation. */
static void
test_completion_request (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioDatabase) handler
      = kansio_test_database_connect_as (test_database, "demo_kasittelija");
  g_autoptr (KansioRows) rows = NULL;
  g_autofree char *id = NULL;
  g_autofree char *attachment = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *refused = NULL;
  const char *aino_applications = "SELECT * FROM api.is_applications ((SELECT person_id FROM "
                                  "api.person_search ('140384-9027')))";
  const struct
  {
    const char *login_role;
    const char *call;
    const char *sqlstate;
  } hostile[] = {
    /* Before the application, after today (Helsinki's, a day ahead of UTC
     * late in the evening: two days ahead is after it in every zone), out
     * of every bound. */
    { "demo_kasittelija", "api.is_completion_request (%s, 1, '2026-10-30', NULL)", "22023" },
    { "demo_kasittelija", "api.is_completion_request (%s, 1, current_date + 2, NULL)", "22023" },
    { "demo_kasittelija", "api.is_completion_request (%s, 1, '1850-01-01', NULL)", "22023" },
    { "demo_kasittelija", "api.is_completion_request (%s, 1, '2199-12-31', NULL)", "22023" },
    { "demo_kasittelija", "api.is_completion_request (%s, 1, '1700-01-01', NULL)", "22008" },
    { "demo_kasittelija", "api.is_completion_request (%s, 1, '2026-11-04', 'infinity')", "22008" },
    /* A completion deadline before the request, or far away. */
    { "demo_kasittelija", "api.is_completion_request (%s, 1, '2026-11-04', '2026-11-04')",
      "22023" },
    { "demo_kasittelija", "api.is_completion_request (%s, 1, '2026-11-04', '2027-11-04')",
      "22023" },
    /* No version is no version: a stale window's change is refused. */
    { "demo_kasittelija", "api.is_completion_request (%s, NULL, '2026-11-04', NULL)", "KA409" },
    { "demo_kasittelija", "api.is_application_set_status (%s, NULL, 'in_processing')", "KA409" },
    /* A reader records nothing. */
    { "demo_lukija", "api.is_completion_request (%s, 1, '2026-11-04', NULL)", "42501" },
    { "demo_lukija", "api.is_discussion_set (%s, '2026-11-03', NULL)", "42501" },
  };

  /* Monday 2.11.2026, a rent contract missing. */
  sql = g_strdup_printf (
      "SELECT api.is_application_register ((SELECT case_id FROM api.person_cases ((SELECT "
      "person_id FROM api.person_search ('140384-9027'))) WHERE closed_on IS NULL), "
      "'2026-11-02', 'paper', '2026-11-01', NULL, 'supplementary', false, NULL)");
  rows = query_ok (handler, sql);
  id = g_strdup (kansio_rows_get_string (rows, 0, 0));
  g_clear_object (&rows);

  /* Nothing is asked yet: no itemised request can be made. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_completion_request (%s, 1, '2026-11-04', NULL)", id);
  refused = kansio_test_refused_as (test_database, "demo_kasittelija", sql, "22023");
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_attachment_set (%s, NULL, 'Vuokrasopimus', NULL)", id);
  rows = query_ok (handler, sql);
  attachment = g_strdup (kansio_rows_get_string (rows, 0, 0));
  g_clear_object (&rows);

  /* The request is due 7 working days after arrival: Wednesday 11.11. */
  rows = query_ok (handler, aino_applications);
  g_assert_cmpstr (value (rows, 0, "clock"), ==, "request");
  g_assert_cmpstr (value (rows, 0, "request_due_on"), ==, "2026-11-11");
  g_clear_object (&rows);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_auto (GStrv) parts = g_strsplit (hostile[i].call, "%s", 2);
      g_autofree char *statement = g_strdup_printf ("SELECT %s%s%s", parts[0], id, parts[1]);
      g_autofree char *message = kansio_test_refused_as (test_database, hostile[i].login_role,
                                                         statement, hostile[i].sqlstate);
    }

  /* Sent Wednesday 4.11, from a session in another time zone: to be
   * completed by Friday 13.11 (the default, 7 working days). */
  {
    g_autoptr (KansioRows) zone = query_ok (handler, "SET TimeZone = 'Pacific/Kiritimati'");
  }
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_completion_request (%s, 1, '2026-11-04', NULL)", id);
  g_clear_object (&rows);
  rows = query_ok (handler, sql);
  g_clear_object (&rows);
  rows = query_ok (handler, aino_applications);
  g_assert_cmpstr (value (rows, 0, "status"), ==, "waiting_for_attachments");
  g_assert_cmpstr (value (rows, 0, "requested_on"), ==, "2026-11-04");
  g_assert_cmpstr (value (rows, 0, "completion_due_on"), ==, "2026-11-13");
  /* Not completed: at the latest 7 working days after the deadline. */
  g_assert_cmpstr (value (rows, 0, "due_on"), ==, "2026-11-24");
  g_clear_object (&rows);

  /* Once: a second request would move the deadline. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_completion_request (%s, 2, '2026-11-05', '2026-11-30')",
                         id);
  g_free (refused);
  refused = kansio_test_refused_as (test_database, "demo_kasittelija", sql, "42501");

  /* The contract arrives on Tuesday 10.11, in time: due Thursday 19.11. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_attachment_set (%s, %s, NULL, current_date + 2)", id,
                         attachment);
  g_free (refused);
  refused = kansio_test_refused_as (test_database, "demo_kasittelija", sql, "22023");
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_attachment_set (%s, %s, NULL, '2026-11-10')", id,
                         attachment);
  rows = query_ok (handler, sql);
  g_clear_object (&rows);
  rows = query_ok (handler, aino_applications);
  g_assert_cmpstr (value (rows, 0, "completed_on"), ==, "2026-11-10");
  g_assert_cmpstr (value (rows, 0, "due_on"), ==, "2026-11-19");
  g_assert_cmpstr (value (rows, 0, "clock"), ==, "decision");
  g_clear_object (&rows);

  /* A personal discussion asked for on Thursday 5.11: due 16.11 (7
   * working days, counted from the request, UNVERIFIED). */
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_discussion_set (%s, '2026-11-05', NULL)", id);
  rows = query_ok (handler, sql);
  g_clear_object (&rows);
  rows = query_ok (handler, aino_applications);
  g_assert_cmpstr (value (rows, 0, "discussion_due_on"), ==, "2026-11-16");
  g_clear_object (&rows);
  /* The day asked is not moved afterwards. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_discussion_set (%s, '2026-11-20', NULL)", id);
  g_free (refused);
  refused = kansio_test_refused_as (test_database, "demo_kasittelija", sql, "42501");

  /* The work queue shows the same clocks and the identity code. */
  rows = query_ok (handler, "SELECT identity_code, clock, clock_due_on, discussion_due_on "
                            "FROM api.is_work_queue ('mine')");
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  g_assert_cmpstr (kansio_rows_get_string (rows, 0, 0), ==, "140384-9027");
  g_assert_cmpstr (kansio_rows_get_string (rows, 0, 1), ==, "decision");
  g_assert_cmpstr (kansio_rows_get_string (rows, 0, 2), ==, "2026-11-19");
  g_assert_cmpstr (kansio_rows_get_string (rows, 0, 3), ==, "2026-11-16");
}

/* Two applications for the same month (issue 13): the earlier one is
 * named before registering, with its arrival and status; registering
 * stays possible. */
static void
test_same_month_warning (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioDatabase) handler
      = kansio_test_database_connect_as (test_database, "demo_kasittelija");
  g_autoptr (KansioRows) rows = NULL;
  g_autofree char *case_id = NULL;
  g_autofree char *november = NULL;
  g_autofree char *october = NULL;
  g_autofree char *refused = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *sql = NULL;

  /* The case first, so that each call below is one statement of its own. */
  rows = query_ok (handler, "SELECT case_id FROM api.person_cases ((SELECT person_id FROM "
                            "api.person_search ('140384-9027'))) WHERE closed_on IS NULL");
  case_id = g_strdup (kansio_rows_get_string (rows, 0, 0));
  g_clear_object (&rows);
  november = g_strdup_printf (
      "SELECT * FROM api.is_applications_for_months (%s, '2026-11-15', NULL)", case_id);
  october = g_strdup_printf (
      "SELECT * FROM api.is_applications_for_months (%s, '2026-09-01', '2026-10-01')", case_id);
  sql = g_strdup_printf ("SELECT api.is_application_register (%s, '2026-11-20', 'electronic', "
                         "'2026-11-01', NULL, 'supplementary', false, NULL)",
                         case_id);

  rows = query_ok (handler, november);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 0);
  g_clear_object (&rows);

  rows = query_ok (handler, sql);
  first = g_strdup (kansio_rows_get_string (rows, 0, 0));
  g_clear_object (&rows);
  rows = query_ok (handler, november);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  g_assert_cmpstr (value (rows, 0, "application_id"), ==, first);
  g_assert_cmpstr (value (rows, 0, "received_on"), ==, "2026-11-20");
  g_assert_cmpstr (value (rows, 0, "status"), ==, "received");
  g_assert_null (value (rows, 0, "outcome"));
  g_clear_object (&rows);
  /* Other months: nothing. */
  rows = query_ok (handler, october);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 0);
  g_clear_object (&rows);

  /* Registered deliberately all the same; both are named then. */
  rows = query_ok (handler, sql);
  second = g_strdup (kansio_rows_get_string (rows, 0, 0));
  g_clear_object (&rows);
  g_assert_cmpstr (second, !=, first);
  rows = query_ok (handler, november);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 2);
  g_clear_object (&rows);

  /* A reader is not told. */
  refused = kansio_test_refused_as (test_database, "demo_lukija", november, "42501");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/income-support/calculations", test_calculations);
  g_test_add_func ("/income-support/rounding-written-down", test_rounding_written_down);
  g_test_add_func ("/income-support/json-output", test_json_output);
  g_test_add_func ("/income-support/bad-input", test_bad_input);
  g_test_add_func ("/income-support/hostile-json", test_hostile_json);
  g_test_add_func ("/income-support/bad-input-found-when-run", test_bad_input_found_when_run);
  g_test_add_func ("/income-support/shipped-rates", test_shipped_rates);
  g_test_add_func ("/income-support/rates-objects", test_rates_objects);
  g_test_add_func ("/income-support/application-flow", test_application_flow);
  g_test_add_func ("/income-support/clocks", test_clocks);
  g_test_add_func ("/income-support/completion-request", test_completion_request);
  g_test_add_func ("/income-support/same-month-warning", test_same_month_warning);

  return g_test_run ();
}
