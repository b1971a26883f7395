/* kansio-income-support-calculation-json.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-calculation"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "kansio-income-support-calculation-private.h"

/* A calculation as JSON: the input `kansio-admin calculate income-support`
 * reads (docs/income-support-calculation.md), put in through the same
 * checks as kansio_income_support_calculation_add_member() and the
 * others, and the result it writes. */

#define MAX_JSON_BYTES (1024 * 1024)
#define MAX_JSON_DEPTH 32

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
        return _kansio_calculation_invalid_input (
            error,
            _ ("%s[%u]: the amount must be a non-negative number of euros with at "
               "most two decimals, such as \"900.00\"."),
            name, i);
      if (g_str_equal (name, "incomes"))
        ok = kansio_income_support_calculation_add_income (
            self, member_string (object, "member"), member_string (object, "type"), cents, error);
      else
        ok = kansio_income_support_calculation_add_expense_with_reason (
            self, member_string (object, "type"), cents, member_string (object, "reason"), error);
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
    return _kansio_calculation_invalid_input (error, _ ("The input has no \"household\" list."));
  for (guint i = 0; i < json_array_get_length (household); i++)
    {
      JsonNode *node = json_array_get_element (household, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

      if (object == NULL)
        return _kansio_calculation_invalid_input (error, _ ("household[%u] is not an object."), i);
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
        return _kansio_calculation_invalid_input (
            error, _ ("reductions[%u]: \"percent\" must be 20, 40 or 50."), i);
      if (!kansio_income_support_calculation_add_reduction (
              self, member_string (object, "member"), (guint) json_node_get_int (percent), error))
        {
          g_prefix_error (error, "reductions[%u]: ", i);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_residence (KansioIncomeSupportCalculation *self, JsonObject *root, GError **error)
{
  JsonArray *residence = member_array (root, "residence");

  for (guint i = 0; residence != NULL && i < json_array_get_length (residence); i++)
    {
      JsonNode *node = json_array_get_element (residence, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

      if (object == NULL || g_strcmp0 (member_string (object, "type"), "alternating") != 0)
        return _kansio_calculation_invalid_input (
            error, _ ("residence[%u]: \"type\" must be \"alternating\"."), i);
      if (!kansio_income_support_calculation_set_alternating (
              self, member_string (object, "member"), error))
        {
          g_prefix_error (error, "residence[%u]: ", i);
          return FALSE;
        }
    }
  return TRUE;
}

/* A whole number member, or @fallback when it is missing; FALSE when it
 * is something else. */
static gboolean
member_uint (JsonObject *object, const char *name, guint fallback, guint *value)
{
  JsonNode *node = json_object_get_member (object, name);

  *value = fallback;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64
      || json_node_get_int (node) < 0 || json_node_get_int (node) > 1000)
    return FALSE;
  *value = (guint) json_node_get_int (node);
  return TRUE;
}

/* The rules (stored input without any is of rules 1) and the period. */
static gboolean
read_rules_and_period (KansioIncomeSupportCalculation *self, JsonObject *root, GError **error)
{
  guint rules, first_day, last_day;

  if (!member_uint (root, "rules", KANSIO_CALCULATION_RULES_1, &rules))
    return _kansio_calculation_invalid_input (error, _ ("\"rules\" must be 1 or 2."));
  if (!kansio_income_support_calculation_set_rules (self, rules, error))
    return FALSE;
  if (!member_uint (root, "first_day", 0, &first_day)
      || !member_uint (root, "last_day", 0, &last_day))
    return _kansio_calculation_invalid_input (
        error, _ ("\"first_day\" and \"last_day\" must be days of the month, such as 5."));
  if (first_day == 0 && last_day == 0)
    return TRUE;
  return kansio_income_support_calculation_set_period (self, first_day, last_day, error);
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
      _kansio_calculation_invalid_input (error, _ ("The input is too large: at most %u kilobytes."),
                                         MAX_JSON_BYTES / 1024);
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
              _kansio_calculation_invalid_input (
                  error, _ ("The input is nested too deeply: at most %u levels."), MAX_JSON_DEPTH);
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
      _kansio_calculation_invalid_input (error, _ ("The input is not JSON: %s"),
                                         parse_error->message);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      _kansio_calculation_invalid_input (error, _ ("The input must be a JSON object."));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  month = member_string (root, "month");
  if (month == NULL || sscanf (month, "%4u-%2u%c", &year, &month_number, &end) != 2
      || !g_date_valid_dmy (1, month_number, year))
    {
      _kansio_calculation_invalid_input (error,
                                         _ ("\"month\" must be a month such as \"2026-03\"."));
      return NULL;
    }

  self = kansio_income_support_calculation_new (year, month_number);
  if (!read_rules_and_period (self, root, error) || !read_household (self, root, error)
      || !read_residence (self, root, error) || !read_entries (self, root, "incomes", error)
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
      KansioCalculationLine *line = g_ptr_array_index (self->lines, i);

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
