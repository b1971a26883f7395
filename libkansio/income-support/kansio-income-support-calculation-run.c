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
  { "health", N_ ("Health-care costs above a minor level") },
  { "other_expense", N_ ("Other expense") },
  { "rent_deposit", N_ ("Rent deposit, granted exceptionally") },
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
  { "kela_basic_support", N_ ("Basic income support paid by Kela") },
  { "other_income", N_ ("Other income") },
  { "maternity_grant", N_ ("Maternity grant, not counted") },
  { "school_transport", N_ ("School transport subsidy, not counted") },
  { "disability_allowance", N_ ("Disability allowance, not counted") },
  { "pensioner_care_allowance", N_ ("Care allowance for pensioners, not counted") },
  { "rehabilitation_maintenance", N_ ("Maintenance allowance during rehabilitation, not counted") },
  { "unemployment_expense_compensation",
    N_ ("Compensation for expenses in unemployment security, not counted") },
  { "increase_part", N_ ("Increased part of an unemployment benefit, not counted") },
  { "enforcement", N_ ("Amount taken in enforcement, not counted") },
  { "benefit_recovery", N_ ("Offset recovering an overpaid benefit, not counted") },
  { "occasional", N_ ("Child’s occasional income, not counted") },
  { "earned_income_disregard", N_ ("Earned-income disregard") },
  { "gift_exemption", N_ ("Gifts under the small-gift limit") },
  { "child_income_excess", N_ ("Child’s income above the child’s own share, not counted") },
};

/* Settings kept with the rates (DOMAIN.md leaves these UNVERIFIED), and
 * what applies when a database has none. */
#define SETTING_REDUCTION_ROUNDING "reduction_rounding"     /* 0 reduction, 1 reduced amount */
#define SETTING_DAILY_ROUNDING "daily_rounding"             /* 0 days' amount, 1 daily amount */
#define SETTING_CHILD_EXPENSE_SHARE "child_expense_share"   /* 1 per capita, 0 none */
#define SETTING_CHILD_BENEFIT_CHILDS "child_benefit_childs" /* 1 the child's, 0 the family's */
#define SETTING_ALTERNATING_SHARE "alternating_child_share_percent"

static const char *
label_for (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].code, code))
      return _ (labels[i].label);
  return code;
}

static char *
make_label (const char *code, guint percent, guint days)
{
  g_autofree char *base = NULL;

  if (g_str_equal (code, "reduction"))
    base = g_strdup_printf (_ ("Reduction of the basic amount, %u %%"), percent);
  else if (g_str_equal (code, "alternating_residence"))
    /* Translators: the child's basic amount this calculation does not have */
    base = g_strdup_printf (_ ("Alternating residence: the other home’s share, %u %%"),
                            100 - percent);
  else
    base = g_strdup (label_for (code));
  if (days == 0)
    return g_steal_pointer (&base);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u day", "%s, %u days", days), base,
                          days);
}

static KansioCalculationLine *
add_line_full (KansioIncomeSupportCalculation *self,
               const char *kind,
               const char *member,
               const char *code,
               guint percent,
               guint days,
               gint64 cents)
{
  KansioCalculationLine *line = g_new0 (KansioCalculationLine, 1);

  line->kind = g_strdup (kind);
  line->member = g_strdup (member);
  line->code = g_strdup (code);
  line->percent = percent;
  line->days = days;
  line->label = make_label (code, percent, days);
  line->cents = cents;
  g_ptr_array_add (self->lines, line);
  return line;
}

static void
add_line (KansioIncomeSupportCalculation *self,
          const char *kind,
          const char *member,
          const char *code,
          guint percent,
          gint64 cents)
{
  add_line_full (self, kind, member, code, percent, 0, cents);
}

G_GNUC_PRINTF (2, 3)
static void
add_note (KansioIncomeSupportCalculation *self, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (self->notes, g_strdup_vprintf (format, args));
  va_end (args);
}

/* x / d rounded half up, for x >= 0. */
static gint64
divide_half_up (gint64 x, gint64 d)
{
  return (2 * x + d) / (2 * d);
}

static gint64
setting (KansioIncomeSupportCalculation *self,
         KansioIncomeSupportRates *rates,
         const char *key,
         gint64 fallback)
{
  gint64 value = fallback;

  kansio_income_support_rates_lookup (rates, key, &self->month, &value);
  return value;
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

static void
period_day (KansioIncomeSupportCalculation *self, guint day, GDate *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, g_date_get_month (&self->month), g_date_get_year (&self->month));
}

/* The days of the period a child is a child of the family: until the day
 * before the 18th birthday, then a family of their own (DOMAIN.md 2.3). */
static gboolean
child_days (KansioIncomeSupportCalculation *self,
            KansioCalculationMember *child,
            guint *days,
            GError **error)
{
  guint n_days = _kansio_income_support_calculation_n_days (self);
  GDate first, last, adult = child->birth_date;

  period_day (self, self->first_day, &first);
  period_day (self, self->first_day + n_days - 1, &last);
  g_date_add_years (&adult, 18);
  *days = n_days;
  if (self->rules < KANSIO_CALCULATION_RULES_CURRENT)
    return TRUE;
  if (g_date_compare (&adult, &first) <= 0)
    return _kansio_calculation_invalid_input (
        error,
        _ ("“%s” is 18 or older on the first day calculated: not a child but an adult, a family "
           "of their own."),
        child->id);
  if (g_date_compare (&adult, &last) <= 0)
    *days = (guint) g_date_days_between (&first, &adult);
  return TRUE;
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

/* DOMAIN.md 2.2 "Consistency", with the reason in words. */
static gboolean
check_consistency (KansioIncomeSupportCalculation *self, GError **error)
{
  KansioCalculationMember *single_parent = NULL, *alone = NULL;
  guint n_children = 0, n_adults_with_parents = 0;

  if (self->rules < KANSIO_CALCULATION_RULES_CURRENT)
    return TRUE;
  for (guint i = 0; i < self->members->len; i++)
    {
      KansioCalculationMember *member = g_ptr_array_index (self->members, i);

      if (g_str_equal (member->role, "child"))
        n_children++;
      else if (g_str_equal (member->role, "adult_with_parents"))
        n_adults_with_parents++;
      else if (g_str_equal (member->role, "living_alone"))
        alone = member;
      else if (g_str_equal (member->role, "single_parent"))
        {
          if (single_parent != NULL)
            return _kansio_calculation_invalid_input (
                error,
                _ ("“%s” and “%s” both have the single-parent rate: a family has at most one "
                   "single parent. Two parents living together are adults in a joint "
                   "household."),
                single_parent->id, member->id);
          single_parent = member;
        }
    }
  if (single_parent != NULL && n_children == 0)
    return _kansio_calculation_invalid_input (
        error,
        _ ("“%s” has the single-parent rate, but no child under 18 is in the calculation. A lone "
           "parent living with a child of 18 or older has the living-alone rate: the child is a "
           "family of their own, with a calculation of their own."),
        single_parent->id);
  if (alone != NULL && self->members->len > 1)
    {
      if (n_adults_with_parents == self->members->len - 1)
        return _kansio_calculation_invalid_input (
            error,
            _ ("“%s” has the living-alone rate, which a lone parent living with a child of 18 or "
               "older has, but that child is in this calculation too. A child of 18 or older is "
               "a family of their own: leave them out of this calculation and calculate their "
               "support on their own."),
            alone->id);
      return _kansio_calculation_invalid_input (
          error,
          _ ("“%s” has the living-alone rate, but the calculation has other members too: "
             "choose the rate that fits the household (adult in a joint household, single "
             "parent)."),
          alone->id);
    }
  return TRUE;
}

/* The basic amount of @days of the period: the whole month's, or the
 * month's / 30 a day (DOMAIN.md 2.2), rounded by the setting. */
static gint64
amount_for_days (KansioIncomeSupportCalculation *self,
                 gint64 monthly,
                 guint days,
                 gboolean daily_first)
{
  if (days >= 30 || days == self->n_days_in_month)
    return monthly;
  if (daily_first)
    return divide_half_up (monthly, 30) * days;
  return divide_half_up (monthly * days, 30);
}

static void
note_days (KansioIncomeSupportCalculation *self, gboolean daily_first)
{
  if (self->noted_days)
    return;
  self->noted_days = TRUE;
  add_note (self, "%s",
            daily_first ? _ ("Support for part of the month: the basic amount is the month’s "
                             "amount / 30 a day, the daily amount rounded half up to the cent "
                             "and then multiplied by the days (setting daily_rounding = 1).")
                        : _ ("Support for part of the month: the basic amount is the month’s "
                             "amount / 30 a day, the amount of the days rounded half up to the "
                             "cent once (setting daily_rounding = 0, the default)."));
}

/* A member's basic amount, for the days they are in the family: a line,
 * or a single parent's two when the last child turns 18 in the period. */
static gboolean
add_member_amount (KansioIncomeSupportCalculation *self,
                   KansioIncomeSupportRates *rates,
                   KansioCalculationMember *member,
                   const char *key,
                   guint days,
                   guint child_days_max,
                   gint64 *total,
                   GError **error)
{
  gboolean daily_first = setting (self, rates, SETTING_DAILY_ROUNDING, 0) == 1;
  guint n_days = _kansio_income_support_calculation_n_days (self);
  gboolean whole = n_days == self->n_days_in_month;
  gint64 monthly, amount;

  if (!rate (self, rates, key, &monthly, error))
    return FALSE;
  if (g_str_equal (key, "single_parent") && child_days_max < n_days)
    {
      gint64 alone_monthly, alone;

      if (!rate (self, rates, "living_alone", &alone_monthly, error))
        return FALSE;
      amount = amount_for_days (self, monthly, child_days_max, daily_first);
      alone = amount_for_days (self, alone_monthly, n_days - child_days_max, daily_first);
      add_line_full (self, "basic_amount", member->id, key, 0, child_days_max, amount);
      add_line_full (self, "basic_amount", member->id, "living_alone", 0, n_days - child_days_max,
                     alone);
      note_days (self, daily_first);
      add_note (self,
                _ ("“%s” is a single parent for %u days: from the day the last child turns 18 "
                   "the living-alone rate (9 § 2 mom.), for %u days."),
                member->id, child_days_max, n_days - child_days_max);
      *total = amount + alone;
      return TRUE;
    }
  amount = amount_for_days (self, monthly, days, daily_first);
  add_line_full (self, "basic_amount", member->id, key, 0, whole && days == n_days ? 0 : days,
                 amount);
  if (!(whole && days == n_days))
    note_days (self, daily_first);
  if (days < n_days)
    add_note (self,
              _ ("“%s” turns 18 during the period: a child of the family for %u days, until "
                 "the day before the birthday; from then a family of their own."),
              member->id, days);
  *total = amount;
  return TRUE;
}

static void
add_alternating (KansioIncomeSupportCalculation *self,
                 KansioIncomeSupportRates *rates,
                 KansioCalculationMember *member,
                 gint64 *amount)
{
  gint64 percent = CLAMP (setting (self, rates, SETTING_ALTERNATING_SHARE, 50), 0, 100);
  gint64 share = divide_half_up (*amount * percent, 100);
  g_autofree char *whole = kansio_format_euros_plain (*amount);
  g_autofree char *part = kansio_format_euros_plain (share);

  add_line (self, "alternating_residence", member->id, "alternating_residence", (guint) percent,
            share - *amount);
  add_note (self,
            _ ("“%s” lives in turn with each parent: this calculation has %u %% of the child’s "
               "basic amount %s €, %s € rounded half up to the cent (setting "
               "alternating_child_share_percent; the shares are UNVERIFIED, DOMAIN.md 2.2)."),
            member->id, (guint) percent, whole, part);
  *amount = share;
}

/* Rounded half up to the cent, the reduction or the reduced amount as the
 * setting says (DOMAIN.md 2.4), and written down. */
static void
add_reduction (KansioIncomeSupportCalculation *self,
               KansioIncomeSupportRates *rates,
               KansioCalculationMember *member,
               gint64 *amount)
{
  gboolean reduced_first = setting (self, rates, SETTING_REDUCTION_ROUNDING, 0) == 1;
  gint64 exact = *amount * member->reduction, reduction;

  if (reduced_first)
    reduction = *amount - divide_half_up (*amount * (100 - member->reduction), 100);
  else
    reduction = divide_half_up (exact, 100);
  if (exact % 100 != 0)
    {
      g_autofree char *base = kansio_format_euros_plain (*amount);
      g_autofree char *rounded = kansio_format_euros_plain (reduction);
      g_autofree char *reduced = kansio_format_euros_plain (*amount - reduction);
      g_autofree char *precise = g_strdup_printf ("%" G_GINT64_FORMAT ".%04" G_GINT64_FORMAT,
                                                  exact / 10000, exact % 10000);

      if (reduced_first)
        add_note (self,
                  _ ("%u %% of %s € for “%s” is %s €: the reduced amount is rounded half up to "
                     "%s €, so the reduction is %s € (setting reduction_rounding = 1)."),
                  member->reduction, base, member->id, precise, reduced, rounded);
      else
        add_note (self,
                  _ ("%u %% of %s € for “%s” is %s €, rounded half up to %s € (setting "
                     "reduction_rounding = 0: the reduction is rounded)."),
                  member->reduction, base, member->id, precise, rounded);
    }
  add_line (self, "reduction", member->id, "reduction", member->reduction, -reduction);
  *amount -= reduction;
}

static gboolean
add_basic_amounts (KansioIncomeSupportCalculation *self,
                   KansioIncomeSupportRates *rates,
                   GHashTable *own_amounts,
                   GError **error)
{
  g_autoptr (GHashTable) keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr (GHashTable) days = g_hash_table_new (NULL, NULL);
  gint64 fifty_allowed = 0;
  guint child_days_max = 0;

  if (!rate_keys (self, keys, error))
    return FALSE;
  kansio_income_support_rates_lookup (rates, "reduction_percent_50", &self->month, &fifty_allowed);

  for (guint i = 0; i < self->members->len; i++)
    {
      KansioCalculationMember *member = g_ptr_array_index (self->members, i);
      guint member_days = _kansio_income_support_calculation_n_days (self);

      if (g_str_equal (member->role, "child"))
        {
          if (!child_days (self, member, &member_days, error))
            return FALSE;
          child_days_max = MAX (child_days_max, member_days);
        }
      g_hash_table_insert (days, member, GUINT_TO_POINTER (member_days));
    }
  if (self->rules < KANSIO_CALCULATION_RULES_CURRENT)
    child_days_max = _kansio_income_support_calculation_n_days (self);

  for (guint i = 0; i < self->members->len; i++)
    {
      KansioCalculationMember *member = g_ptr_array_index (self->members, i);
      const char *key = g_hash_table_lookup (keys, member);
      gint64 amount;

      if (!add_member_amount (self, rates, member, key,
                              GPOINTER_TO_UINT (g_hash_table_lookup (days, member)), child_days_max,
                              &amount, error))
        return FALSE;
      if (member->alternating)
        add_alternating (self, rates, member, &amount);
      if (member->reduction == 50 && !fifty_allowed)
        return _kansio_calculation_invalid_input (
            error, _ ("A reduction of 50 per cent is possible only from 1.2.2026 (“%s”)."),
            member->id);
      if (member->reduction != 0)
        add_reduction (self, rates, member, &amount);
      self->total_expenses += amount;
      g_hash_table_insert (own_amounts, member, g_memdup2 (&amount, sizeof amount));
    }
  return TRUE;
}

static gboolean
add_expenses (KansioIncomeSupportCalculation *self, GError **error)
{
  gboolean noted_health = FALSE;

  for (guint i = 0; i < self->expenses->len; i++)
    {
      KansioCalculationEntry *expense = g_ptr_array_index (self->expenses, i);
      gboolean special = _kansio_income_support_calculation_is_special_expense (expense->type);

      if (g_str_equal (expense->type, "rent_deposit")
          && self->rules >= KANSIO_CALCULATION_RULES_CURRENT)
        {
          if (expense->reason == NULL)
            return _kansio_calculation_invalid_input (
                error,
                _ ("A rent deposit is Kela’s: Kela grants it in basic income support, as a payment "
                   "commitment. The county grants one only exceptionally: write the exceptional "
                   "reason on the rent-deposit line."));
          add_note (self,
                    _ ("Rent deposit granted exceptionally by the county (Kela grants rent "
                       "deposits in basic income support). Reason: %s"),
                    expense->reason);
        }
      if (g_str_equal (expense->type, "health") && !noted_health
          && self->rules >= KANSIO_CALCULATION_RULES_CURRENT)
        {
          noted_health = TRUE;
          add_note (self, "%s",
                    _ ("Health-care costs are accepted above a minor level only: minor health "
                       "expenses are covered by the basic amount."));
        }
      add_line (self, special ? "special_expense" : "expense", NULL,
                g_str_equal (expense->type, "other") ? "other_expense" : expense->type, 0,
                expense->cents);
      self->total_expenses += expense->cents;
    }
  return TRUE;
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

/* The household's other basic expenses (not the special ones). */
static gint64
other_basic_expenses (KansioIncomeSupportCalculation *self)
{
  gint64 sum = 0;

  for (guint i = 0; i < self->expenses->len; i++)
    {
      KansioCalculationEntry *expense = g_ptr_array_index (self->expenses, i);

      if (!_kansio_income_support_calculation_is_special_expense (expense->type))
        sum += expense->cents;
    }
  return sum;
}

/* A child's income counts only up to the child's own share: the child's
 * basic amount and share of the other basic expenses; the excess is not
 * the family's (DOMAIN.md 2.2). Each child on their own. */
static void
cap_child_incomes (KansioIncomeSupportCalculation *self,
                   KansioIncomeSupportRates *rates,
                   GHashTable *own_amounts,
                   GHashTable *disregards)
{
  gboolean per_capita = setting (self, rates, SETTING_CHILD_EXPENSE_SHARE, 1) == 1;
  gboolean benefit_childs = setting (self, rates, SETTING_CHILD_BENEFIT_CHILDS, 1) == 1;
  gint64 share = per_capita ? divide_half_up (other_basic_expenses (self), self->members->len) : 0;

  for (guint i = 0; i < self->members->len; i++)
    {
      KansioCalculationMember *member = g_ptr_array_index (self->members, i);
      gint64 *own = g_hash_table_lookup (own_amounts, member);
      gint64 income = 0, cap, excess;
      g_autofree char *cap_text = NULL, *own_text = NULL, *share_text = NULL, *income_text = NULL,
                      *excess_text = NULL;

      if (!g_str_equal (member->role, "child"))
        continue;
      for (guint j = 0; j < self->incomes->len; j++)
        {
          KansioCalculationEntry *entry = g_ptr_array_index (self->incomes, j);

          if (!g_str_equal (entry->member, member->id)
              || _kansio_income_support_calculation_is_not_counted (entry->type)
              || g_str_equal (entry->type, "gift")
              || (g_str_equal (entry->type, "child_benefit") && !benefit_childs))
            continue;
          income += entry->cents;
        }
      income -= GPOINTER_TO_SIZE (g_hash_table_lookup (disregards, member));
      cap = *own + share;
      if (income <= cap)
        continue;
      excess = income - cap;
      add_line (self, "child_income_excess", member->id, "child_income_excess", 0, -excess);
      self->total_income -= excess;

      cap_text = kansio_format_euros_plain (cap);
      own_text = kansio_format_euros_plain (*own);
      share_text = kansio_format_euros_plain (share);
      income_text = kansio_format_euros_plain (income);
      excess_text = kansio_format_euros_plain (excess);
      add_note (self,
                _ ("The income of “%s”, %s €, counts only up to the child’s own share %s € "
                   "(basic amount %s € and %s € of the other basic expenses, %s); the excess %s € "
                   "is not the family’s income. Child benefit is %s (setting "
                   "child_benefit_childs)."),
                member->id, income_text, cap_text, own_text, share_text,
                per_capita ? _ ("a share per person (setting child_expense_share = 1)")
                           : _ ("no share (setting child_expense_share = 0)"),
                excess_text,
                benefit_childs ? _ ("the child’s income for this") : _ ("the family’s income"));
    }
}

static gboolean
add_incomes (KansioIncomeSupportCalculation *self,
             KansioIncomeSupportRates *rates,
             GHashTable *own_amounts,
             GError **error)
{
  g_autoptr (GHashTable) disregards = g_hash_table_new (NULL, NULL);
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
      gboolean counted = !_kansio_income_support_calculation_is_not_counted (income->type);

      /* Not counted: a line of its own kind, shown and never summed. */
      add_line (self, counted ? "income" : "income_not_counted", income->member,
                g_str_equal (income->type, "other") ? "other_income" : income->type, 0,
                income->cents);
      if (counted)
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
          g_hash_table_insert (disregards, member, GSIZE_TO_POINTER ((gsize) free));
        }
    }

  if (self->rules >= KANSIO_CALCULATION_RULES_CURRENT)
    cap_child_incomes (self, rates, own_amounts, disregards);

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
  g_autoptr (GHashTable) own_amounts = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), FALSE);
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RATES (rates), FALSE);

  g_ptr_array_set_size (self->lines, 0);
  g_ptr_array_set_size (self->notes, 0);
  self->total_expenses = self->total_income = self->support = 0;
  self->noted_days = FALSE;
  self->n_days_in_month
      = g_date_get_days_in_month (g_date_get_month (&self->month), g_date_get_year (&self->month));

  if (self->members->len == 0)
    return _kansio_calculation_invalid_input (error, _ ("The household has nobody in it."));
  if (!check_consistency (self, error) || !add_basic_amounts (self, rates, own_amounts, error)
      || !add_expenses (self, error) || !add_incomes (self, rates, own_amounts, error))
    return FALSE;
  self->support = MAX (self->total_expenses - self->total_income, 0);
  return TRUE;
}
