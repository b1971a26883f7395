/* kansio-income-support-calculation.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The monthly income-support calculation (laskelma) of DOMAIN.md 2.2-2.4:
 * accepted expenses (each member's perusosa, reduced where decided, and
 * the household's other expenses) less available income (wages after the
 * earned-income disregard in force, gifts above the small-gift limit,
 * everything else in full); support is the difference when positive.
 *
 * Money is integer cents throughout. The only rounding is a reduction of
 * a perusosa by a percentage, rounded half up to the cent, and each is
 * written down in the notes (DOMAIN.md 2.4 leaves the rule UNVERIFIED).
 */
#define G_LOG_DOMAIN "kansio-income-support-calculation"

/* Bounds on the input, so that no sum can overflow: a billion euros
 * an amount, a thousand amounts a month. */
#define MAX_AMOUNT_CENTS G_GINT64_CONSTANT (100000000000)
#define MAX_ENTRIES 1000
#define MAX_JSON_BYTES (1024 * 1024)
#define MAX_JSON_DEPTH 32

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "kansio-income-support-calculation.h"

typedef struct
{
  char *id;
  char *role;
  GDate birth_date; /* invalid when not given */
  guint reduction;  /* percent */
  guint position;
} Member;

typedef struct
{
  char *member;
  char *type;
  gint64 cents;
} Entry;

typedef struct
{
  char *kind;
  char *member;
  char *code;    /* what the line is: "rent", "child_under_10_2", "reduction"… */
  guint percent; /* a reduction's */
  char *label;
  gint64 cents;
} Line;

struct _KansioIncomeSupportCalculation
{
  GObject parent_instance;

  GDate month;         /* its first day */
  GPtrArray *members;  /* of Member */
  GPtrArray *incomes;  /* of Entry */
  GPtrArray *expenses; /* of Entry */

  GPtrArray *lines; /* of Line, after run */
  GPtrArray *notes; /* of char*, NULL-terminated after run */
  gint64 total_expenses;
  gint64 total_income;
  gint64 support;
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportCalculation,
                     kansio_income_support_calculation,
                     G_TYPE_OBJECT)
G_DEFINE_QUARK (kansio - calculation - error - quark, kansio_calculation_error)

static const char *const roles[]
    = { "living_alone", "single_parent", "adult", "adult_with_parents", "child", NULL };
static const char *const income_types[]
    = { "wage",  "benefit", "housing_allowance", "child_benefit", "maintenance", "pension", "gift",
        "other", NULL };
static const char *const expense_types[]
    = { "rent",          "water",  "heating", "electricity", "home_insurance",
        "housing_share", "health", "other",   NULL };
/* The special expenses of supplementary support, by the headings of the
 * soveltamisohje (DOMAIN.md 2.5): a line kind of their own. */
static const char *const special_expense_types[]
    = { "rent_deposit", "moving",  "child_meeting", "furniture",   "children_necessities",
        "hobbies",      "funeral", "studies",       "work_travel", NULL };

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
member_free (Member *member)
{
  g_free (member->id);
  g_free (member->role);
  g_free (member);
}

static void
entry_free (Entry *entry)
{
  g_free (entry->member);
  g_free (entry->type);
  g_free (entry);
}

static void
line_free (Line *line)
{
  g_free (line->code);
  g_free (line->kind);
  g_free (line->member);
  g_free (line->label);
  g_free (line);
}

static void
kansio_income_support_calculation_finalize (GObject *object)
{
  KansioIncomeSupportCalculation *self = KANSIO_INCOME_SUPPORT_CALCULATION (object);

  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->incomes, g_ptr_array_unref);
  g_clear_pointer (&self->expenses, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);

  G_OBJECT_CLASS (kansio_income_support_calculation_parent_class)->finalize (object);
}

static void
kansio_income_support_calculation_class_init (KansioIncomeSupportCalculationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_income_support_calculation_finalize;
}

static void
kansio_income_support_calculation_init (KansioIncomeSupportCalculation *self)
{
  self->members = g_ptr_array_new_with_free_func ((GDestroyNotify) member_free);
  self->incomes = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->expenses = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  self->notes = g_ptr_array_new_null_terminated (4, g_free, TRUE);
}

KansioIncomeSupportCalculation *
kansio_income_support_calculation_new (guint year, guint month)
{
  KansioIncomeSupportCalculation *self;

  g_return_val_if_fail (g_date_valid_dmy (1, month, year), NULL);

  self = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_CALCULATION, NULL);
  g_date_clear (&self->month, 1);
  g_date_set_dmy (&self->month, 1, month, year);
  return self;
}

/* ------------------------------------------------------------------ */
/* Money                                                               */

/**
 * kansio_parse_euros:
 * @text: an amount such as "900", "900.5" or "1234.56"
 * @cents: (out): the amount in cents
 *
 * Returns: whether @text is a non-negative amount with at most two
 *   decimals
 */
gboolean
kansio_parse_euros (const char *text, gint64 *cents)
{
  guint64 euros = 0, fraction = 0;
  guint n_digits = 0, n_decimals = 0;
  const char *p = text;

  if (text == NULL)
    return FALSE;
  for (; g_ascii_isdigit (*p); p++, n_digits++)
    {
      euros = euros * 10 + (guint64) (*p - '0');
      if (euros > MAX_AMOUNT_CENTS / 100)
        return FALSE;
    }
  if (*p == '.' || *p == ',')
    for (p++; g_ascii_isdigit (*p); p++)
      {
        if (++n_decimals > 2)
          return FALSE;
        fraction = fraction * 10 + (guint64) (*p - '0');
      }
  if (*p != '\0' || n_digits == 0)
    return FALSE;
  if (n_decimals == 1)
    fraction *= 10;
  *cents = (gint64) (euros * 100 + fraction);
  return TRUE;
}

/**
 * kansio_format_euros_plain:
 *
 * Returns: (transfer full): the amount as "1234.56", for machines
 */
char *
kansio_format_euros_plain (gint64 cents)
{
  guint64 magnitude = cents < 0 ? -(guint64) cents : (guint64) cents;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", cents < 0 ? "-" : "", magnitude / 100,
                          (guint) (magnitude % 100));
}

/* ------------------------------------------------------------------ */
/* Input                                                               */

G_GNUC_PRINTF (2, 3)
static gboolean
invalid (GError **error, const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, KANSIO_CALCULATION_ERROR, KANSIO_CALCULATION_ERROR_INVALID_INPUT,
                       message);
  return FALSE;
}

static gboolean
in_list (const char *const *list, const char *value)
{
  return value != NULL && g_strv_contains (list, value);
}

static Member *
find_member (KansioIncomeSupportCalculation *self, const char *id)
{
  for (guint i = 0; i < self->members->len; i++)
    {
      Member *member = g_ptr_array_index (self->members, i);

      if (g_strcmp0 (member->id, id) == 0)
        return member;
    }
  return NULL;
}

/**
 * kansio_income_support_calculation_add_member:
 * @role: living_alone, single_parent, adult, adult_with_parents or child
 * @birth_date: (nullable): as 2015-06-21; required for a child
 */
gboolean
kansio_income_support_calculation_add_member (KansioIncomeSupportCalculation *self,
                                              const char *id,
                                              const char *role,
                                              const char *birth_date,
                                              GError **error)
{
  Member *member;
  guint year, month, day;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), FALSE);

  if (id == NULL || id[0] == '\0')
    return invalid (error, _ ("A household member has no id."));
  if (find_member (self, id) != NULL)
    return invalid (error, _ ("Two household members have the id “%s”."), id);
  if (!in_list (roles, role))
    return invalid (error,
                    _ ("Household member “%s” has the unknown role “%s”: use living_alone, "
                       "single_parent, adult, adult_with_parents or child."),
                    id, role != NULL ? role : "");

  member = g_new0 (Member, 1);
  member->id = g_strdup (id);
  member->role = g_strdup (role);
  member->position = self->members->len;
  g_date_clear (&member->birth_date, 1);
  if (birth_date != NULL)
    {
      if (sscanf (birth_date, "%4u-%2u-%2u", &year, &month, &day) != 3
          || !g_date_valid_dmy (day, month, year))
        {
          member_free (member);
          return invalid (error,
                          _ ("Household member “%s” has a birth date “%s” that is not a "
                             "date (use 2015-06-21)."),
                          id, birth_date);
        }
      g_date_set_dmy (&member->birth_date, day, month, year);
    }
  if (g_str_equal (role, "child") && !g_date_valid (&member->birth_date))
    {
      member_free (member);
      return invalid (error,
                      _ ("Child “%s” has no birth date: the basic amount depends on the "
                         "child’s age."),
                      id);
    }
  g_ptr_array_add (self->members, member);
  return TRUE;
}

static gboolean
add_entry (GPtrArray *entries, const char *member, const char *type, gint64 cents, GError **error)
{
  Entry *entry;

  if (cents > MAX_AMOUNT_CENTS)
    return invalid (error, _ ("An amount cannot be more than a billion euros."));
  if (entries->len >= MAX_ENTRIES)
    return invalid (error, _ ("A month has at most a thousand incomes and as many expenses."));
  entry = g_new0 (Entry, 1);

  entry->member = g_strdup (member);
  entry->type = g_strdup (type);
  entry->cents = cents;
  g_ptr_array_add (entries, entry);
  return TRUE;
}

gboolean
kansio_income_support_calculation_add_income (KansioIncomeSupportCalculation *self,
                                              const char *member,
                                              const char *type,
                                              gint64 cents,
                                              GError **error)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), FALSE);

  if (find_member (self, member) == NULL)
    return invalid (error, _ ("An income belongs to “%s”, who is not in the household."),
                    member != NULL ? member : "");
  if (!in_list (income_types, type))
    return invalid (error,
                    _ ("Unknown type of income “%s”: use wage, benefit, housing_allowance, "
                       "child_benefit, maintenance, pension, gift or other."),
                    type != NULL ? type : "");
  if (cents < 0)
    return invalid (error, _ ("An income cannot be negative."));
  return add_entry (self->incomes, member, type, cents, error);
}

gboolean
kansio_income_support_calculation_add_expense (KansioIncomeSupportCalculation *self,
                                               const char *type,
                                               gint64 cents,
                                               GError **error)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), FALSE);

  if (!in_list (expense_types, type) && !in_list (special_expense_types, type))
    return invalid (error,
                    _ ("Unknown type of expense “%s”: use rent, water, heating, electricity, "
                       "home_insurance, housing_share, health or other, or a special expense: "
                       "rent_deposit, moving, child_meeting, furniture, children_necessities, "
                       "hobbies, funeral, studies or work_travel."),
                    type != NULL ? type : "");
  if (cents < 0)
    return invalid (error, _ ("An expense cannot be negative."));
  return add_entry (self->expenses, NULL, type, cents, error);
}

/**
 * kansio_income_support_calculation_add_reduction:
 * @percent: 20, 40, or from 1.2.2026 also 50 (checked when run)
 */
gboolean
kansio_income_support_calculation_add_reduction (KansioIncomeSupportCalculation *self,
                                                 const char *member,
                                                 guint percent,
                                                 GError **error)
{
  Member *found;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), FALSE);

  found = find_member (self, member);
  if (found == NULL)
    return invalid (error, _ ("A reduction is for “%s”, who is not in the household."),
                    member != NULL ? member : "");
  if (percent != 20 && percent != 40 && percent != 50)
    return invalid (error, _ ("The basic amount is reduced by 20, 40 or 50 per cent, not %u."),
                    percent);
  found->reduction = percent;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Running                                                             */

static void
add_line (KansioIncomeSupportCalculation *self,
          const char *kind,
          const char *member,
          const char *code,
          guint percent,
          gint64 cents)
{
  Line *line = g_new0 (Line, 1);

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
  const Member *x = *(Member *const *) a, *y = *(Member *const *) b;
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
      Member *member = g_ptr_array_index (self->members, i);

      if (!g_str_equal (member->role, "child"))
        g_hash_table_insert (keys, member, g_strdup (member->role));
      else if (g_date_compare (&member->birth_date, &self->month) > 0)
        return invalid (error, _ ("Child “%s” is born after the month calculated."), member->id);
      else if (age_on (&member->birth_date, &self->month) >= 18)
        return invalid (error,
                        _ ("“%s” is 18 or older at the start of the month: not a child but an "
                           "adult (adult_with_parents when living with a parent)."),
                        member->id);
      else
        g_ptr_array_add (children, member);
    }
  g_ptr_array_sort (children, compare_by_birth);
  for (guint i = 0; i < children->len; i++)
    {
      Member *child = g_ptr_array_index (children, i);

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
      Member *member = g_ptr_array_index (self->members, i);
      const char *key = g_hash_table_lookup (keys, member);
      gint64 amount, reduction, exact;

      if (!rate (self, rates, key, &amount, error))
        return FALSE;
      add_line (self, "basic_amount", member->id, key, 0, amount);
      self->total_expenses += amount;
      if (member->reduction == 0)
        continue;
      if (member->reduction == 50 && !fifty_allowed)
        return invalid (error,
                        _ ("A reduction of 50 per cent is possible only from 1.2.2026 (“%s”)."),
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
      Entry *expense = g_ptr_array_index (self->expenses, i);

      add_line (self,
                in_list (special_expense_types, expense->type) ? "special_expense" : "expense",
                NULL, g_str_equal (expense->type, "other") ? "other_expense" : expense->type, 0,
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
      Entry *income = g_ptr_array_index (self->incomes, i);

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
        && g_str_equal (((Member *) g_ptr_array_index (self->members, 0))->role, "living_alone");

  kansio_income_support_rates_lookup (rates, "earned_income_disregard", &self->month, &disregard);
  if (!rate (self, rates, alone ? "gift_limit_alone" : "gift_limit_family", &gift_limit, error))
    return FALSE;

  for (guint i = 0; i < self->incomes->len; i++)
    {
      Entry *income = g_ptr_array_index (self->incomes, i);

      add_line (self, "income", income->member,
                g_str_equal (income->type, "other") ? "other_income" : income->type, 0,
                income->cents);
      self->total_income += income->cents;
    }

  /* Each earner's wages count less the disregard (all of a wage under it);
   * none from 1.3.2026. */
  for (guint i = 0; i < self->members->len && disregard > 0; i++)
    {
      Member *member = g_ptr_array_index (self->members, i);
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
    return invalid (error, _ ("The household has nobody in it."));
  if (!add_basic_amounts (self, rates, error))
    return FALSE;
  add_expenses (self);
  if (!add_incomes (self, rates, error))
    return FALSE;
  self->support = MAX (self->total_expenses - self->total_income, 0);
  return TRUE;
}

guint
kansio_income_support_calculation_get_n_lines (KansioIncomeSupportCalculation *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), 0);
  return self->lines->len;
}

/**
 * kansio_income_support_calculation_get_line:
 * @member: (out) (optional) (nullable): whose line, or %NULL for the household
 * @label: (out) (optional): the line's label, in the interface language
 * @cents: (out) (optional): the amount; negative for what is deducted
 *
 * Returns: the line's kind: basic_amount, reduction, expense, special_expense, income,
 *   earned_income_disregard or gift_exemption
 */
const char *
kansio_income_support_calculation_get_line (KansioIncomeSupportCalculation *self,
                                            guint index,
                                            const char **member,
                                            const char **label,
                                            gint64 *cents)
{
  Line *line;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), NULL);
  g_return_val_if_fail (index < self->lines->len, NULL);

  line = g_ptr_array_index (self->lines, index);
  if (member != NULL)
    *member = line->member;
  if (label != NULL)
    *label = line->label;
  if (cents != NULL)
    *cents = line->cents;
  return line->kind;
}

gint64
kansio_income_support_calculation_get_total_expenses (KansioIncomeSupportCalculation *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), 0);
  return self->total_expenses;
}

gint64
kansio_income_support_calculation_get_total_income (KansioIncomeSupportCalculation *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), 0);
  return self->total_income;
}

gint64
kansio_income_support_calculation_get_support (KansioIncomeSupportCalculation *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), 0);
  return self->support;
}

/**
 * kansio_income_support_calculation_get_notes:
 *
 * Returns: (transfer none): every rounding made, in words
 */
const char *const *
kansio_income_support_calculation_get_notes (KansioIncomeSupportCalculation *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), NULL);

  return (const char *const *) self->notes->pdata;
}

/* ------------------------------------------------------------------ */
/* JSON                                                                */

static const char *
member_string (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
                 && json_node_get_value_type (node) == G_TYPE_STRING
             ? json_node_get_string (node)
             : NULL;
}

/* An amount as a string "900.00", or a JSON number with at most two decimals. */
static gboolean
member_amount (JsonObject *object, gint64 *cents)
{
  JsonNode *node = json_object_get_member (object, "amount");

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return kansio_parse_euros (json_node_get_string (node), cents);
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      gint64 euros = json_node_get_int (node);

      *cents = CLAMP (euros, 0, MAX_AMOUNT_CENTS / 100) * 100;
      return euros >= 0 && euros <= MAX_AMOUNT_CENTS / 100;
    }
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      double value = json_node_get_double (node) * 100;
      gint64 rounded;

      /* Checked before the cast: a double past the range has no gint64. */
      if (!(value >= 0 && value <= (double) MAX_AMOUNT_CENTS))
        return FALSE;
      rounded = (gint64) (value + 0.5);
      *cents = rounded;
      return ABS (value - (double) rounded) < 1e-6;
    }
  return FALSE;
}

static JsonArray *
member_array (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static gboolean
read_entries (KansioIncomeSupportCalculation *self,
              JsonObject *root,
              const char *name,
              GError **error)
{
  JsonArray *array = member_array (root, name);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      gint64 cents;
      gboolean ok;

      if (object == NULL || !member_amount (object, &cents))
        return invalid (error,
                        _ ("%s[%u]: the amount must be a non-negative number of euros with at "
                           "most two decimals, such as \"900.00\"."),
                        name, i);
      if (g_str_equal (name, "incomes"))
        ok = kansio_income_support_calculation_add_income (
            self, member_string (object, "member"), member_string (object, "type"), cents, error);
      else
        ok = kansio_income_support_calculation_add_expense (self, member_string (object, "type"),
                                                            cents, error);
      if (!ok)
        {
          g_prefix_error (error, "%s[%u]: ", name, i);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_household (KansioIncomeSupportCalculation *self, JsonObject *root, GError **error)
{
  JsonArray *household = member_array (root, "household");

  if (household == NULL)
    return invalid (error, _ ("The input has no \"household\" list."));
  for (guint i = 0; i < json_array_get_length (household); i++)
    {
      JsonNode *node = json_array_get_element (household, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

      if (object == NULL)
        return invalid (error, _ ("household[%u] is not an object."), i);
      if (!kansio_income_support_calculation_add_member (
              self, member_string (object, "id"), member_string (object, "role"),
              member_string (object, "birth_date"), error))
        {
          g_prefix_error (error, "household[%u]: ", i);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_reductions (KansioIncomeSupportCalculation *self, JsonObject *root, GError **error)
{
  JsonArray *reductions = member_array (root, "reductions");

  for (guint i = 0; reductions != NULL && i < json_array_get_length (reductions); i++)
    {
      JsonNode *node = json_array_get_element (reductions, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *percent = object != NULL ? json_object_get_member (object, "percent") : NULL;

      if (percent == NULL || !JSON_NODE_HOLDS_VALUE (percent)
          || json_node_get_value_type (percent) != G_TYPE_INT64)
        return invalid (error, _ ("reductions[%u]: \"percent\" must be 20, 40 or 50."), i);
      if (!kansio_income_support_calculation_add_reduction (
              self, member_string (object, "member"), (guint) json_node_get_int (percent), error))
        {
          g_prefix_error (error, "reductions[%u]: ", i);
          return FALSE;
        }
    }
  return TRUE;
}

/* Before any parsing: json-glib recurses once a level, so a deep enough
 * input would end the process; and no month of one household needs more
 * than a few kilobytes. */
static gboolean
check_json_shape (const char *json, GError **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  if (strlen (json) > MAX_JSON_BYTES)
    {
      invalid (error, _ ("The input is too large: at most %u kilobytes."), MAX_JSON_BYTES / 1024);
      return FALSE;
    }
  for (const char *p = json; *p != '\0'; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '"')
            in_string = FALSE;
        }
      else if (*p == '"')
        in_string = TRUE;
      else if (*p == '{' || *p == '[')
        {
          if (++depth > MAX_JSON_DEPTH)
            {
              invalid (error, _ ("The input is nested too deeply: at most %u levels."),
                       MAX_JSON_DEPTH);
              return FALSE;
            }
        }
      else if ((*p == '}' || *p == ']') && depth > 0)
        depth--;
    }
  return TRUE;
}

/**
 * kansio_income_support_calculation_new_from_json:
 *
 * Reads the input of `kansio-admin calculate income-support`
 * (docs/income-support-calculation.md).
 *
 * Returns: (transfer full) (nullable): the calculation, not yet run
 */
KansioIncomeSupportCalculation *
kansio_income_support_calculation_new_from_json (const char *json, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (KansioIncomeSupportCalculation) self = NULL;
  g_autoptr (GError) parse_error = NULL;
  JsonObject *root;
  const char *month;
  guint year, month_number;
  char end;

  g_return_val_if_fail (json != NULL, NULL);

  if (!check_json_shape (json, error))
    return NULL;
  if (!json_parser_load_from_data (parser, json, -1, &parse_error))
    {
      invalid (error, _ ("The input is not JSON: %s"), parse_error->message);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      invalid (error, _ ("The input must be a JSON object."));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  month = member_string (root, "month");
  if (month == NULL || sscanf (month, "%4u-%2u%c", &year, &month_number, &end) != 2
      || !g_date_valid_dmy (1, month_number, year))
    {
      invalid (error, _ ("\"month\" must be a month such as \"2026-03\"."));
      return NULL;
    }

  self = kansio_income_support_calculation_new (year, month_number);
  if (!read_household (self, root, error) || !read_entries (self, root, "incomes", error)
      || !read_entries (self, root, "expenses", error) || !read_reductions (self, root, error))
    return NULL;
  return g_steal_pointer (&self);
}

static void
add_amount (JsonBuilder *builder, const char *name, gint64 cents)
{
  g_autofree char *text = kansio_format_euros_plain (cents);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

/**
 * kansio_income_support_calculation_to_json:
 *
 * Returns: (transfer full): the calculation run, as JSON: month, lines
 *   (kind, member, label, amount), total_expenses, total_income, support
 *   and notes; amounts as strings with two decimals
 */
char *
kansio_income_support_calculation_to_json (KansioIncomeSupportCalculation *self)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *month = NULL;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), NULL);

  month = g_strdup_printf ("%04u-%02u", g_date_get_year (&self->month),
                           g_date_get_month (&self->month));
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "month");
  json_builder_add_string_value (builder, month);
  json_builder_set_member_name (builder, "lines");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, line->kind);
      json_builder_set_member_name (builder, "member");
      if (line->member != NULL)
        json_builder_add_string_value (builder, line->member);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, line->label);
      add_amount (builder, "amount", line->cents);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_amount (builder, "total_expenses", self->total_expenses);
  add_amount (builder, "total_income", self->total_income);
  add_amount (builder, "support", self->support);
  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->notes->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (self->notes, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* ------------------------------------------------------------------ */
/* In a decision                                                       */

/* The lines as a decision prints them, in its own language. */
static const struct
{
  const char *code;
  const char *fi;
  const char *sv;
} document_labels[] = {
  { "living_alone", "Perusosa, yksin asuva", "Grunddel, ensamboende" },
  { "single_parent", "Perusosa, yksinhuoltaja", "Grunddel, ensamförsörjare" },
  { "adult", "Perusosa, yhteistaloudessa asuva aikuinen", "Grunddel, vuxen i gemensamt hushåll" },
  { "adult_with_parents", "Perusosa, vanhempiensa luona asuva aikuinen",
    "Grunddel, vuxen som bor hos sina föräldrar" },
  { "child_under_10_1", "Perusosa, alle 10-vuotias, 1. lapsi",
    "Grunddel, barn under 10 år, första barnet" },
  { "child_under_10_2", "Perusosa, alle 10-vuotias, 2. lapsi",
    "Grunddel, barn under 10 år, andra barnet" },
  { "child_under_10_3", "Perusosa, alle 10-vuotias, 3. tai myöhempi lapsi",
    "Grunddel, barn under 10 år, tredje eller senare barnet" },
  { "child_10_17_1", "Perusosa, 10–17-vuotias, 1. lapsi",
    "Grunddel, barn 10–17 år, första barnet" },
  { "child_10_17_2", "Perusosa, 10–17-vuotias, 2. lapsi", "Grunddel, barn 10–17 år, andra barnet" },
  { "child_10_17_3", "Perusosa, 10–17-vuotias, 3. tai myöhempi lapsi",
    "Grunddel, barn 10–17 år, tredje eller senare barnet" },
  { "rent", "Vuokra", "Hyra" },
  { "water", "Vesi", "Vatten" },
  { "heating", "Lämmitys", "Uppvärmning" },
  { "electricity", "Sähkö", "El" },
  { "home_insurance", "Kotivakuutus", "Hemförsäkring" },
  { "housing_share", "Hoitovastike", "Bolagsvederlag" },
  { "health", "Terveydenhuoltomenot", "Hälso- och sjukvårdsutgifter" },
  { "other_expense", "Muu meno", "Annan utgift" },
  { "rent_deposit", "Vuokravakuus", "Hyresgaranti" },
  { "moving", "Muuttokustannukset", "Flyttkostnader" },
  { "child_meeting", "Lapsen tapaamisesta aiheutuvat menot", "Kostnader för umgänge med barn" },
  { "furniture", "Välttämättömät huonekalut", "Nödvändiga möbler" },
  { "children_necessities", "Lasten välttämättömät tarvikkeet",
    "Barnens nödvändiga förnödenheter" },
  { "hobbies", "Harrastukset", "Fritidsintressen" },
  { "funeral", "Hautauskulut", "Begravningskostnader" },
  { "studies", "Opiskelukulut", "Studiekostnader" },
  { "work_travel", "Työmatkakulut", "Resor till arbetet" },
  { "wage", "Palkka", "Lön" },
  { "benefit", "Etuus", "Förmån" },
  { "housing_allowance", "Asumistuki", "Bostadsbidrag" },
  { "child_benefit", "Lapsilisä", "Barnbidrag" },
  { "maintenance", "Elatusapu tai elatustuki", "Underhållsbidrag eller underhållsstöd" },
  { "pension", "Eläke", "Pension" },
  { "gift", "Lahjat", "Gåvor" },
  { "other_income", "Muu tulo", "Annan inkomst" },
  { "earned_income_disregard", "Ansiotulovähennys", "Förvärvsinkomstavdrag" },
  { "gift_exemption", "Vähäiset lahjat, ei huomioida", "Små gåvor, beaktas inte" },
};

/**
 * kansio_income_support_calculation_dup_document_label:
 *
 * Returns: (transfer full): line @index's label as a Finnish or Swedish
 *   decision prints it, whatever the interface language
 */
char *
kansio_income_support_calculation_dup_document_label (KansioIncomeSupportCalculation *self,
                                                      guint index,
                                                      KansioLanguage language)
{
  Line *line;
  gboolean swedish = language == KANSIO_LANGUAGE_SWEDISH;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), NULL);
  g_return_val_if_fail (index < self->lines->len, NULL);

  line = g_ptr_array_index (self->lines, index);
  if (g_str_equal (line->code, "reduction"))
    return g_strdup_printf (
        swedish ? "Nedsättning av grunddelen %u %%" : "Perusosan alentaminen %u %%", line->percent);
  for (guint i = 0; i < G_N_ELEMENTS (document_labels); i++)
    if (g_str_equal (document_labels[i].code, line->code))
      return g_strdup (swedish ? document_labels[i].sv : document_labels[i].fi);
  return g_strdup (line->code);
}

/**
 * kansio_income_support_add_fields:
 *
 * Adds the merge fields of an income-support decision, and of the
 * recovery of support paid on one, to @fields.
 */
void
kansio_income_support_add_fields (KansioFieldCatalogue *fields)
{
  static const struct
  {
    const char *name;
    KansioFieldType type;
    const char *description;
  } decision_fields[] = {
    { "application.received_on", KANSIO_FIELD_DATE, N_ ("When the application arrived") },
    { "application.period", KANSIO_FIELD_TEXT, N_ ("The months applied for") },
    { "decision.granted", KANSIO_FIELD_BOOLEAN, N_ ("Whether support is granted") },
    { "decision.support", KANSIO_FIELD_MONEY, N_ ("The support granted") },
    { "decision.reasons", KANSIO_FIELD_TEXT, N_ ("The reasons of the decision") },
    { "calculation.lines", KANSIO_FIELD_LIST, N_ ("The lines of the calculation") },
    { "calculation.lines.label", KANSIO_FIELD_TEXT, N_ ("What the line is") },
    { "calculation.lines.member", KANSIO_FIELD_TEXT, N_ ("Whose line it is") },
    { "calculation.lines.amount", KANSIO_FIELD_MONEY, N_ ("The line’s amount") },
    { "calculation.total_expenses", KANSIO_FIELD_MONEY, N_ ("Expenses in all") },
    { "calculation.total_income", KANSIO_FIELD_MONEY, N_ ("Income in all") },
    { "decision.decided_on", KANSIO_FIELD_DATE, N_ ("When the decision was made") },
    { "recovery.amount", KANSIO_FIELD_MONEY, N_ ("The amount recovered") },
    { "recovery.paid", KANSIO_FIELD_MONEY, N_ ("What was paid on the decision") },
    { "recovery.reasons", KANSIO_FIELD_TEXT, N_ ("The reasons of the recovery") },
  };

  g_return_if_fail (KANSIO_IS_FIELD_CATALOGUE (fields));

  for (guint i = 0; i < G_N_ELEMENTS (decision_fields); i++)
    kansio_field_catalogue_add (fields, decision_fields[i].name, decision_fields[i].type,
                                decision_fields[i].description);
}

/**
 * kansio_income_support_calculation_fill_merge_data:
 * @member_names: (nullable) (element-type utf8 utf8): household member
 *   id → name, for the lines; ids are printed when missing
 *
 * Puts the calculation run into @data for a decision in @language.
 */
void
kansio_income_support_calculation_fill_merge_data (KansioIncomeSupportCalculation *self,
                                                   KansioMergeData *data,
                                                   KansioLanguage language,
                                                   GHashTable *member_names)
{
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self));
  g_return_if_fail (KANSIO_IS_MERGE_DATA (data));

  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);
      KansioMergeData *item = kansio_merge_data_add_item (data, "calculation.lines");
      g_autofree char *label
          = kansio_income_support_calculation_dup_document_label (self, i, language);
      const char *name = line->member != NULL && member_names != NULL
                             ? g_hash_table_lookup (member_names, line->member)
                             : NULL;

      kansio_merge_data_set_text (item, "label", label);
      kansio_merge_data_set_text (item, "member", name != NULL ? name : line->member);
      kansio_merge_data_set_money (item, "amount", line->cents);
    }
  kansio_merge_data_set_money (data, "calculation.total_expenses", self->total_expenses);
  kansio_merge_data_set_money (data, "calculation.total_income", self->total_income);
  kansio_merge_data_set_money (data, "decision.support", self->support);
  kansio_merge_data_set_boolean (data, "decision.granted", self->support > 0);
}
