/* kansio-bench-income-support.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   kansio-bench-income-support [CONNINFO-OF-A-SEEDED-DATABASE]
 *
 * 1. 100,000 monthly calculations of varied households, one thread.
 * 2. With a database seeded by bench/income-support.sh: a payment run of
 *    its decided orders (20,000), as demo_paattaja: the run made, its
 *    orders read, the pain.001 file written.
 */
#include <stdio.h>
#include <stdlib.h>

#include <kansio.h>

static KansioIncomeSupportRates *
rates_2026 (void)
{
  static const struct
  {
    const char *key;
    gint64 value;
  } march[] = {
    { "living_alone", 57843 },        { "adult", 49745 },
    { "single_parent", 66519 },       { "adult_with_parents", 42225 },
    { "child_10_17_1", 41763 },       { "child_10_17_2", 38870 },
    { "child_10_17_3", 35978 },       { "child_under_10_1", 37598 },
    { "child_under_10_2", 34706 },    { "child_under_10_3", 31814 },
    { "earned_income_disregard", 0 }, { "gift_limit_alone", 5000 },
    { "gift_limit_family", 10000 },   { "reduction_percent_50", 1 },
  };
  KansioIncomeSupportRates *rates = kansio_income_support_rates_new ();
  g_autoptr (GDate) from = g_date_new_dmy (1, 3, 2026);

  for (guint i = 0; i < G_N_ELEMENTS (march); i++)
    kansio_income_support_rates_add (rates, march[i].key, from, NULL, march[i].value);
  return rates;
}

static void
bench_calculations (guint n)
{
  g_autoptr (KansioIncomeSupportRates) rates = rates_2026 ();
  gint64 start = g_get_monotonic_time (), total = 0;
  double seconds;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KansioIncomeSupportCalculation) calculation
          = kansio_income_support_calculation_new (2026, 3);
      guint n_children = i % 4;

      kansio_income_support_calculation_add_member (
          calculation, "a", n_children > 0 ? "single_parent" : "living_alone", "1985-01-01", NULL);
      for (guint c = 0; c < n_children; c++)
        {
          g_autofree char *id = g_strdup_printf ("c%u", c);
          g_autofree char *born = g_strdup_printf ("%u-06-01", 2010 + 4 * c);

          kansio_income_support_calculation_add_member (calculation, id, "child", born, NULL);
        }
      kansio_income_support_calculation_add_income (calculation, "a", "wage", 50000 + i % 40000,
                                                    NULL);
      kansio_income_support_calculation_add_expense (calculation, "rent", 62000, NULL);
      kansio_income_support_calculation_add_expense (calculation, "electricity", 4590, NULL);
      if (i % 10 == 0)
        kansio_income_support_calculation_add_reduction (calculation, "a", 20, NULL);
      if (!kansio_income_support_calculation_run (calculation, rates, NULL))
        g_error ("calculation %u failed", i);
      total += kansio_income_support_calculation_get_support (calculation);
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;
  printf ("%u calculations: %.2f s, %.0f per second (support in all %.2f €)\n\n", n, seconds,
          n / seconds, total / 100.0);
}

int
main (int argc, char *argv[])
{
  bench_calculations (100000);
  if (argc > 1)
    printf ("Payment run: see bench/income-support.sh\n");
  return 0;
}
