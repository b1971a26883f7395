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

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "kansio-income-support-calculation-private.h"

/* Here the object, its input and its results; the arithmetic is in
 * kansio-income-support-calculation-run.c, the JSON of
 * `kansio-admin calculate income-support` in -json.c and what a decision
 * prints of it in -document.c. */

G_DEFINE_FINAL_TYPE (KansioIncomeSupportCalculation,
                     kansio_income_support_calculation,
                     G_TYPE_OBJECT)
G_DEFINE_QUARK (kansio - calculation - error - quark, kansio_calculation_error)

static const char *const roles[]
    = { "living_alone", "single_parent", "adult", "adult_with_parents", "child", NULL };
static const char *const income_types[]
    = { "wage",    "benefit", "housing_allowance",  "child_benefit", "maintenance",
        "pension", "gift",    "kela_basic_support", "other",         NULL };
/* Shown, never summed (DOMAIN.md 2.2 "Not counted"); "occasional" is a
 * child's occasional income, such as a summer job under 3 months. */
static const char *const not_counted_types[] = { "maternity_grant",
                                                 "school_transport",
                                                 "disability_allowance",
                                                 "pensioner_care_allowance",
                                                 "rehabilitation_maintenance",
                                                 "unemployment_expense_compensation",
                                                 "increase_part",
                                                 "enforcement",
                                                 "benefit_recovery",
                                                 "occasional",
                                                 NULL };
static const char *const expense_types[]
    = { "rent",          "water",  "heating", "electricity", "home_insurance",
        "housing_share", "health", "other",   NULL };
/* The special expenses of supplementary support, by the headings of the
 * soveltamisohje (DOMAIN.md 2.5): a line kind of their own. */
static const char *const special_expense_types[]
    = { "rent_deposit", "moving",  "child_meeting", "furniture",   "children_necessities",
        "hobbies",      "funeral", "studies",       "work_travel", NULL };

static void
member_free (KansioCalculationMember *member)
{
  g_free (member->id);
  g_free (member->role);
  g_free (member);
}

static void
entry_free (KansioCalculationEntry *entry)
{
  g_free (entry->member);
  g_free (entry->type);
  g_free (entry->reason);
  g_free (entry);
}

static void
line_free (KansioCalculationLine *line)
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
  self->rules = KANSIO_CALCULATION_RULES_CURRENT;
  self->first_day = 1;
  return self;
}

/**
 * kansio_income_support_calculation_set_rules:
 * @rules: 1 for the rules before migration 0021 (input stored then names
 *   none), 2 for the current ones (the default)
 *
 * Set before any input: it decides what the input may be.
 */
gboolean
kansio_income_support_calculation_set_rules (KansioIncomeSupportCalculation *self,
                                             guint rules,
                                             GError **error)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), FALSE);

  if (rules < KANSIO_CALCULATION_RULES_1 || rules > KANSIO_CALCULATION_RULES_CURRENT)
    return _kansio_calculation_invalid_input (
        error, _ ("This Kansio knows the calculation rules 1 and 2, not %u."), rules);
  self->rules = rules;
  return TRUE;
}

/**
 * kansio_income_support_calculation_set_period:
 * @first_day: the period's first day of the month
 * @last_day: its last day
 *
 * Support for part of the month only (urgent support for a few days):
 * each basic amount is the month's / 30 a day (DOMAIN.md 2.2).
 */
gboolean
kansio_income_support_calculation_set_period (KansioIncomeSupportCalculation *self,
                                              guint first_day,
                                              guint last_day,
                                              GError **error)
{
  guint days_in_month;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), FALSE);

  days_in_month
      = g_date_get_days_in_month (g_date_get_month (&self->month), g_date_get_year (&self->month));
  if (first_day < 1 || last_day > days_in_month || first_day > last_day)
    return _kansio_calculation_invalid_input (
        error,
        _ ("The period must be days of the month calculated, the first before the last "
           "(1 to %u)."),
        days_in_month);
  self->first_day = first_day;
  self->last_day = last_day;
  return TRUE;
}

/* The days of the period. */
guint
_kansio_income_support_calculation_n_days (KansioIncomeSupportCalculation *self)
{
  guint last = self->last_day;

  if (last == 0)
    last = g_date_get_days_in_month (g_date_get_month (&self->month),
                                     g_date_get_year (&self->month));
  return last - self->first_day + 1;
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

/* An INVALID_INPUT error; FALSE, to return. */
gboolean
_kansio_calculation_invalid_input (GError **error, const char *format, ...)
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

static KansioCalculationMember *
find_member (KansioIncomeSupportCalculation *self, const char *id)
{
  for (guint i = 0; i < self->members->len; i++)
    {
      KansioCalculationMember *member = g_ptr_array_index (self->members, i);

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
  KansioCalculationMember *member;
  guint year, month, day;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), FALSE);

  if (id == NULL || id[0] == '\0')
    return _kansio_calculation_invalid_input (error, _ ("A household member has no id."));
  if (find_member (self, id) != NULL)
    return _kansio_calculation_invalid_input (error, _ ("Two household members have the id “%s”."),
                                              id);
  if (!in_list (roles, role))
    return _kansio_calculation_invalid_input (
        error,
        _ ("Household member “%s” has the unknown role “%s”: use living_alone, "
           "single_parent, adult, adult_with_parents or child."),
        id, role != NULL ? role : "");

  member = g_new0 (KansioCalculationMember, 1);
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
          return _kansio_calculation_invalid_input (
              error,
              _ ("Household member “%s” has a birth date “%s” that is not a "
                 "date (use 2015-06-21)."),
              id, birth_date);
        }
      g_date_set_dmy (&member->birth_date, day, month, year);
    }
  if (g_str_equal (role, "child") && !g_date_valid (&member->birth_date))
    {
      member_free (member);
      return _kansio_calculation_invalid_input (
          error,
          _ ("Child “%s” has no birth date: the basic amount depends on the "
             "child’s age."),
          id);
    }
  g_ptr_array_add (self->members, member);
  return TRUE;
}

gboolean
_kansio_income_support_calculation_is_special_expense (const char *type)
{
  return in_list (special_expense_types, type);
}

gboolean
_kansio_income_support_calculation_is_not_counted (const char *type)
{
  return in_list (not_counted_types, type);
}

static gboolean
add_entry (GPtrArray *entries,
           const char *member,
           const char *type,
           gint64 cents,
           const char *reason,
           GError **error)
{
  KansioCalculationEntry *entry;

  if (cents > MAX_AMOUNT_CENTS)
    return _kansio_calculation_invalid_input (error,
                                              _ ("An amount cannot be more than a billion euros."));
  if (entries->len >= MAX_ENTRIES)
    return _kansio_calculation_invalid_input (
        error, _ ("A month has at most a thousand incomes and as many expenses."));
  entry = g_new0 (KansioCalculationEntry, 1);

  entry->member = g_strdup (member);
  entry->type = g_strdup (type);
  entry->cents = cents;
  entry->reason = reason != NULL ? g_strstrip (g_strdup (reason)) : NULL;
  if (entry->reason != NULL && entry->reason[0] == '\0')
    g_clear_pointer (&entry->reason, g_free);
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
  KansioCalculationMember *found;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), FALSE);

  found = find_member (self, member);
  if (found == NULL)
    return _kansio_calculation_invalid_input (
        error, _ ("An income belongs to “%s”, who is not in the household."),
        member != NULL ? member : "");
  if (!in_list (income_types, type) && !in_list (not_counted_types, type))
    return _kansio_calculation_invalid_input (
        error,
        _ ("Unknown type of income “%s”: use wage, benefit, housing_allowance, "
           "child_benefit, maintenance, pension, gift, kela_basic_support or other, or one not "
           "counted: maternity_grant, school_transport, disability_allowance, "
           "pensioner_care_allowance, rehabilitation_maintenance, "
           "unemployment_expense_compensation, increase_part, enforcement, benefit_recovery or "
           "occasional (a child’s)."),
        type != NULL ? type : "");
  if (g_str_equal (type, "occasional") && !g_str_equal (found->role, "child"))
    return _kansio_calculation_invalid_input (
        error,
        _ ("Only a child’s occasional income (such as a summer job under 3 months) is left "
           "uncounted, and “%s” is not a child: enter it as the income it is."),
        member);
  if (cents < 0)
    return _kansio_calculation_invalid_input (error, _ ("An income cannot be negative."));
  return add_entry (self->incomes, member, type, cents, NULL, error);
}

gboolean
kansio_income_support_calculation_add_expense (KansioIncomeSupportCalculation *self,
                                               const char *type,
                                               gint64 cents,
                                               GError **error)
{
  return kansio_income_support_calculation_add_expense_with_reason (self, type, cents, NULL, error);
}

/**
 * kansio_income_support_calculation_add_expense_with_reason:
 * @reason: (nullable): why it is accepted; a rent deposit needs one, as
 *   the county grants it only exceptionally (DOMAIN.md 2.5)
 */
gboolean
kansio_income_support_calculation_add_expense_with_reason (KansioIncomeSupportCalculation *self,
                                                           const char *type,
                                                           gint64 cents,
                                                           const char *reason,
                                                           GError **error)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), FALSE);

  if (!in_list (expense_types, type)
      && !_kansio_income_support_calculation_is_special_expense (type))
    return _kansio_calculation_invalid_input (
        error,
        _ ("Unknown type of expense “%s”: use rent, water, heating, electricity, "
           "home_insurance, housing_share, health or other, or a special expense: "
           "rent_deposit, moving, child_meeting, furniture, children_necessities, "
           "hobbies, funeral, studies or work_travel."),
        type != NULL ? type : "");
  if (cents < 0)
    return _kansio_calculation_invalid_input (error, _ ("An expense cannot be negative."));
  if (reason != NULL && !g_utf8_validate (reason, -1, NULL))
    return _kansio_calculation_invalid_input (error, _ ("A reason is not text."));
  if (reason != NULL && g_utf8_strlen (reason, -1) > 1000)
    return _kansio_calculation_invalid_input (error,
                                              _ ("A reason is at most a thousand characters."));
  return add_entry (self->expenses, NULL, type, cents, reason, error);
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
  KansioCalculationMember *found;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), FALSE);

  found = find_member (self, member);
  if (found == NULL)
    return _kansio_calculation_invalid_input (
        error, _ ("A reduction is for “%s”, who is not in the household."),
        member != NULL ? member : "");
  if (percent != 20 && percent != 40 && percent != 50)
    return _kansio_calculation_invalid_input (
        error, _ ("The basic amount is reduced by 20, 40 or 50 per cent, not %u."), percent);
  /* One reduction a person (DOMAIN.md 2.2): a second is refused, not put
   * in the place of the first. */
  if (found->reduction != 0 && self->rules >= KANSIO_CALCULATION_RULES_CURRENT)
    return _kansio_calculation_invalid_input (
        error,
        _ ("“%s” has a reduction of the basic amount already (%u %%): one reduction a person. "
           "Remove one of them."),
        member, found->reduction);
  found->reduction = percent;
  return TRUE;
}

/**
 * kansio_income_support_calculation_set_alternating:
 *
 * @member, a child, lives in turn with each parent: this calculation has
 * a share of the child's basic amount (DOMAIN.md 2.2).
 */
gboolean
kansio_income_support_calculation_set_alternating (KansioIncomeSupportCalculation *self,
                                                   const char *member,
                                                   GError **error)
{
  KansioCalculationMember *found;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), FALSE);

  found = find_member (self, member);
  if (found == NULL)
    return _kansio_calculation_invalid_input (
        error, _ ("Alternating residence is marked for “%s”, who is not in the household."),
        member != NULL ? member : "");
  if (!g_str_equal (found->role, "child"))
    return _kansio_calculation_invalid_input (
        error, _ ("Only a child can live in turn with each parent, and “%s” is not a child."),
        member);
  if (found->alternating)
    return _kansio_calculation_invalid_input (
        error, _ ("Alternating residence is marked twice for “%s”."), member);
  found->alternating = TRUE;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Results                                                             */

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
 * Returns: the line's kind: basic_amount, reduction, alternating_residence, expense,
 *   special_expense, income, income_not_counted (shown, never summed),
 *   earned_income_disregard, gift_exemption or child_income_excess
 */
const char *
kansio_income_support_calculation_get_line (KansioIncomeSupportCalculation *self,
                                            guint index,
                                            const char **member,
                                            const char **label,
                                            gint64 *cents)
{
  KansioCalculationLine *line;

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
