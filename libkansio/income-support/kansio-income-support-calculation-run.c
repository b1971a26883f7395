/* kansio-income-support-calculation-run.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-calculation"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-income-support-calculation-private.h"

/* Running a calculation: its lines in order (each member's basic amount
 * and any reduction of it, the expenses, the incomes and what is not
 * counted of them), the totals and the support. The rules are in the
 * comment of kansio-income-support-calculation.c. */

/* The lines' labels, in the interface language. */
static const struct
{
  const char *code;
  const char *label;
} labels[] = {
  { "living_alone", N_ ("Basic amount, living alone") },
  { "single_parent", N_ ("Basic amount, single parent") },
  { "adult", N_ ("Basic amount, adult in a joint household") },
  { "adult_with_parents", N_ ("Basic amount, adult living with parents") },
  { "child_under_10_1", N_ ("Basic amount, child under 10, first child") },
  { "child_under_10_2", N_ ("Basic amount, child under 10, second child") },
  { "child_under_10_3", N_ ("Basic amount, child under 10, third or further child") },
  { "child_10_17_1", N_ ("Basic amount, child 10 to 17, first child") },
  { "child_10_17_2", N_ ("Basic amount, child 10 to 17, second child") },
  { "child_10_17_3", N_ ("Basic amount, child 10 to 17, third or further child") },
  { "rent", N_ ("Rent") },
  { "water", N_ ("Water") },
  { "heating", N_ ("Heating") },
  { "electricity", N_ ("Electricity") },
  { "home_insurance", N_ ("Home insurance") },
  { "housing_share", N_ ("Housing company charge") },
  { "health", N_ ("Health care") },
  { "other_expense", N_ ("Other expense") },
  { "rent_deposit", N_ ("Rent deposit") },
  { "moving", N_ ("Moving costs") },
  { "child_meeting", N_ ("Costs of meeting a child") },
  { "furniture", N_ ("Essential furniture") },
  { "children_necessities", N_ ("Children’s necessities") },
  { "hobbies", N_ ("Hobbies") },
  { "funeral", N_ ("Funeral costs") },
  { "studies", N_ ("Study costs") },
  { "work_travel", N_ ("Travel to work") },
  { "wage", N_ ("Wages") },
  { "benefit", N_ ("Benefit") },
  { "housing_allowance", N_ ("Housing allowance") },
  { "child_benefit", N_ ("Child benefit") },
  { "maintenance", N_ ("Child maintenance") },
  { "pension", N_ ("Pension") },
  { "gift", N_ ("Gifts") },
  { "other_income", N_ ("Other income") },
  { "earned_income_disregard", N_ ("Earned-income disregard") },
  { "gift_exemption", N_ ("Gifts under the small-gift limit") },
};

static const char *
label_for (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].code, code))
      return _ (labels[i].label);
  return code;
}

static void
add_line (KansioIncomeSupportCalculation *self,
          const char *kind,
          const char *member,
          const char *code,
          guint percent,
          gint64 cents)
{
  KansioCalculationLine *line = g_new0 (KansioCalculationLine, 1);

  line->kind = g_strdup (kind);
  line->member = g_strdup (member);
  line->code = g_strdup (code);
  line->percent = percent;
  line->label = g_str_equal (code, "reduction")
                    ? g_strdup_printf (_ ("Reduction of the basic amount, %u %%"), percent)
                    : g_strdup (label_for (code));
  line->cents = cents;
  g_ptr_array_add (self->lines, line);
}

static gboolean
rate (KansioIncomeSupportCalculation *self,
      KansioIncomeSupportRates *rates,
      const char *key,
      gint64 *value,
      GError **error)
{
  if (kansio_income_support_rates_lookup (rates, key, &self->month, value))
    return TRUE;
  g_set_error (error, KANSIO_CALCULATION_ERROR, KANSIO_CALCULATION_ERROR_NO_RATES,
               _ ("No income-support rate “%s” is in force for %u/%u: a main user adds the "
                  "rates of each period."),
               key, g_date_get_month (&self->month), g_date_get_year (&self->month));
  return FALSE;
}

static guint
age_on (const GDate *birth, const GDate *day)
{
  guint age = g_date_get_year (day) - g_date_get_year (birth);

  if (g_date_get_month (day) < g_date_get_month (birth)
      || (g_date_get_month (day) == g_date_get_month (birth)
          && g_date_get_day (day) < g_date_get_day (birth)))
    age--;
  return age;
}

static int
compare_by_birth (gconstpointer a, gconstpointer b)
{
  const KansioCalculationMember *x = *(KansioCalculationMember *const *) a,
                                *y = *(KansioCalculationMember *const *) b;
  int order = g_date_compare (&x->birth_date, &y->birth_date);

  return order != 0 ? order : (int) x->position - (int) y->position;
}

/* The rate key of each member; children numbered from the eldest. */
static gboolean
rate_keys (KansioIncomeSupportCalculation *self, GHashTable *keys, GError **error)
{
  g_autoptr (GPtrArray) children = g_ptr_array_new ();

  for (guint i = 0; i < self->members->len; i++)
    {
      KansioCalculationMember *member = g_ptr_array_index (self->members, i);

      if (!g_str_equal (member->role, "child"))
        g_hash_table_insert (keys, member, g_strdup (member->role));
      else if (g_date_compare (&member->birth_date, &self->month) > 0)
        return _kansio_calculation_invalid_input (
            error, _ ("Child “%s” is born after the month calculated."), member->id);
      else if (age_on (&member->birth_date, &self->month) >= 18)
        return _kansio_calculation_invalid_input (
            error,
            _ ("“%s” is 18 or older at the start of the month: not a child but an "
               "adult (adult_with_parents when living with a parent)."),
            member->id);
      else
        g_ptr_array_add (children, member);
    }
  g_ptr_array_sort (children, compare_by_birth);
  for (guint i = 0; i < children->len; i++)
    {
      KansioCalculationMember *child = g_ptr_array_index (children, i);

      g_hash_table_insert (
          keys, child,
          kansio_income_support_rates_child_key (i + 1, age_on (&child->birth_date, &self->month)));
    }
  return TRUE;
}

static gboolean
add_basic_amounts (KansioIncomeSupportCalculation *self,
                   KansioIncomeSupportRates *rates,
                   GError **error)
{
  g_autoptr (GHashTable) keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  gint64 fifty_allowed = 0;

  if (!rate_keys (self, keys, error))
    return FALSE;
  kansio_income_support_rates_lookup (rates, "reduction_percent_50", &self->month, &fifty_allowed);

  for (guint i = 0; i < self->members->len; i++)
    {
      KansioCalculationMember *member = g_ptr_array_index (self->members, i);
      const char *key = g_hash_table_lookup (keys, member);
      gint64 amount, reduction, exact;

      if (!rate (self, rates, key, &amount, error))
        return FALSE;
      add_line (self, "basic_amount", member->id, key, 0, amount);
      self->total_expenses += amount;
      if (member->reduction == 0)
        continue;
      if (member->reduction == 50 && !fifty_allowed)
        return _kansio_calculation_invalid_input (
            error, _ ("A reduction of 50 per cent is possible only from 1.2.2026 (“%s”)."),
            member->id);

      /* Rounded half up to the cent, and written down. */
      exact = amount * member->reduction;
      reduction = (exact + 50) / 100;
      if (exact % 100 != 0)
        {
          g_autofree char *base = kansio_format_euros_plain (amount);
          g_autofree char *rounded = kansio_format_euros_plain (reduction);
          g_autofree char *precise = g_strdup_printf ("%" G_GINT64_FORMAT ".%04" G_GINT64_FORMAT,
                                                      exact / 10000, exact % 10000);

          g_ptr_array_add (self->notes,
                           g_strdup_printf (_ ("%u %% of %s € for “%s” is %s €, rounded half up "
                                               "to %s €."),
                                            member->reduction, base, member->id, precise, rounded));
        }
      add_line (self, "reduction", member->id, "reduction", member->reduction, -reduction);
      self->total_expenses -= reduction;
    }
  return TRUE;
}

static void
add_expenses (KansioIncomeSupportCalculation *self)
{
  for (guint i = 0; i < self->expenses->len; i++)
    {
      KansioCalculationEntry *expense = g_ptr_array_index (self->expenses, i);
      gboolean special = _kansio_income_support_calculation_is_special_expense (expense->type);

      add_line (self, special ? "special_expense" : "expense", NULL,
                g_str_equal (expense->type, "other") ? "other_expense" : expense->type, 0,
                expense->cents);
      self->total_expenses += expense->cents;
    }
}

static gint64
sum_incomes (KansioIncomeSupportCalculation *self, const char *member, const char *type)
{
  gint64 sum = 0;

  for (guint i = 0; i < self->incomes->len; i++)
    {
      KansioCalculationEntry *income = g_ptr_array_index (self->incomes, i);

      if ((member == NULL || g_str_equal (income->member, member))
          && g_str_equal (income->type, type))
        sum += income->cents;
    }
  return sum;
}

static gboolean
add_incomes (KansioIncomeSupportCalculation *self, KansioIncomeSupportRates *rates, GError **error)
{
  gint64 disregard = 0, gift_limit = 0, gifts;
  gboolean alone
      = self->members->len == 1
        && g_str_equal (((KansioCalculationMember *) g_ptr_array_index (self->members, 0))->role,
                        "living_alone");

  kansio_income_support_rates_lookup (rates, "earned_income_disregard", &self->month, &disregard);
  if (!rate (self, rates, alone ? "gift_limit_alone" : "gift_limit_family", &gift_limit, error))
    return FALSE;

  for (guint i = 0; i < self->incomes->len; i++)
    {
      KansioCalculationEntry *income = g_ptr_array_index (self->incomes, i);

      add_line (self, "income", income->member,
                g_str_equal (income->type, "other") ? "other_income" : income->type, 0,
                income->cents);
      self->total_income += income->cents;
    }

  /* Each earner's wages count less the disregard (all of a wage under it);
   * none from 1.3.2026. */
  for (guint i = 0; i < self->members->len && disregard > 0; i++)
    {
      KansioCalculationMember *member = g_ptr_array_index (self->members, i);
      gint64 wages = sum_incomes (self, member->id, "wage");
      gint64 free = MIN (wages, disregard);

      if (free > 0)
        {
          add_line (self, "earned_income_disregard", member->id, "earned_income_disregard", 0,
                    -free);
          self->total_income -= free;
        }
    }

  /* Small gifts: under the limit nothing counts, above it the excess. */
  gifts = sum_incomes (self, NULL, "gift");
  if (gifts > 0)
    {
      add_line (self, "gift_exemption", NULL, "gift_exemption", 0, -MIN (gifts, gift_limit));
      self->total_income -= MIN (gifts, gift_limit);
    }
  return TRUE;
}

/**
 * kansio_income_support_calculation_run:
 *
 * Calculates the month with @rates. Runs again from the start each time.
 */
gboolean
kansio_income_support_calculation_run (KansioIncomeSupportCalculation *self,
                                       KansioIncomeSupportRates *rates,
                                       GError **error)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), FALSE);
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RATES (rates), FALSE);

  g_ptr_array_set_size (self->lines, 0);
  g_ptr_array_set_size (self->notes, 0);
  self->total_expenses = self->total_income = self->support = 0;

  if (self->members->len == 0)
    return _kansio_calculation_invalid_input (error, _ ("The household has nobody in it."));
  if (!add_basic_amounts (self, rates, error))
    return FALSE;
  add_expenses (self);
  if (!add_incomes (self, rates, error))
    return FALSE;
  self->support = MAX (self->total_expenses - self->total_income, 0);
  return TRUE;
}
