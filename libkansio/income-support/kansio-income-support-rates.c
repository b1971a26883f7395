/* kansio-income-support-rates.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Income-support rates as data valid by date: each a key ("living_alone",
 * "child_under_10_2", "earned_income_disregard", "gift_limit_family",
 * "reduction_percent_50"…), a period and a value (cents, or a number).
 * They come from the database, where a main user adds next year's rates
 * without a new release (migration 0005 holds those of DOMAIN.md 2).
 */
#define G_LOG_DOMAIN "kansio-income-support-rates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-calendar.h"
#include "kansio-database-error.h"
#include "kansio-api-call-private.h"
#include "kansio-income-support-rate.h"
#include "kansio-income-support-rates.h"

/* api.income_support_rates (from, to): every rate in force in a period,
 * NULL for no bound; both ways of reading the rates call it. */
#define RATES_SQL "SELECT * FROM api.income_support_rates ($1::date, $2::date)"

typedef struct
{
  GDate valid_from;
  GDate valid_until; /* invalid: open-ended */
  gint64 value;
} Rate;

struct _KansioIncomeSupportRates
{
  GObject parent_instance;

  GHashTable *rates; /* key → GArray of Rate */
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportRates, kansio_income_support_rates, G_TYPE_OBJECT)

static void
kansio_income_support_rates_finalize (GObject *object)
{
  KansioIncomeSupportRates *self = KANSIO_INCOME_SUPPORT_RATES (object);

  g_clear_pointer (&self->rates, g_hash_table_unref);

  G_OBJECT_CLASS (kansio_income_support_rates_parent_class)->finalize (object);
}

static void
kansio_income_support_rates_class_init (KansioIncomeSupportRatesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_income_support_rates_finalize;
}

static void
kansio_income_support_rates_init (KansioIncomeSupportRates *self)
{
  self->rates
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
}

KansioIncomeSupportRates *
kansio_income_support_rates_new (void)
{
  return g_object_new (KANSIO_TYPE_INCOME_SUPPORT_RATES, NULL);
}

/**
 * kansio_income_support_rates_add:
 * @valid_until: (nullable): the last day, or %NULL for open-ended
 */
void
kansio_income_support_rates_add (KansioIncomeSupportRates *self,
                                 const char *key,
                                 const GDate *valid_from,
                                 const GDate *valid_until,
                                 gint64 value)
{
  GArray *periods;
  Rate rate = { 0 };

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_RATES (self));
  g_return_if_fail (key != NULL && valid_from != NULL && g_date_valid (valid_from));

  periods = g_hash_table_lookup (self->rates, key);
  if (periods == NULL)
    {
      periods = g_array_new (FALSE, FALSE, sizeof (Rate));
      g_hash_table_insert (self->rates, g_strdup (key), periods);
    }
  rate.valid_from = *valid_from;
  g_date_clear (&rate.valid_until, 1);
  if (valid_until != NULL)
    rate.valid_until = *valid_until;
  rate.value = value;
  g_array_append_val (periods, rate);
}

/**
 * kansio_income_support_rates_lookup:
 * @value: (out): the value in force on @date
 *
 * Returns: whether a value is in force on @date. Of overlapping periods,
 *   the one that began last wins: a correction added later overrides.
 */
gboolean
kansio_income_support_rates_lookup (KansioIncomeSupportRates *self,
                                    const char *key,
                                    const GDate *date,
                                    gint64 *value)
{
  GArray *periods;
  Rate *best = NULL;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RATES (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  periods = g_hash_table_lookup (self->rates, key);
  for (guint i = 0; periods != NULL && i < periods->len; i++)
    {
      Rate *rate = &g_array_index (periods, Rate, i);

      if (g_date_compare (&rate->valid_from, date) > 0
          || (g_date_valid (&rate->valid_until) && g_date_compare (&rate->valid_until, date) < 0))
        continue;
      if (best == NULL || g_date_compare (&rate->valid_from, &best->valid_from) >= 0)
        best = rate;
    }
  if (best != NULL && value != NULL)
    *value = best->value;
  return best != NULL;
}

/**
 * kansio_income_support_rates_child_key:
 * @birth_order: 1 for the eldest child of the household
 * @age: the child's age in whole years
 *
 * Returns: (transfer full): "child_under_10_1" … "child_10_17_3"; the third
 *   and each further child share a rate
 */
char *
kansio_income_support_rates_child_key (guint birth_order, guint age)
{
  return g_strdup_printf ("child_%s_%u", age < 10 ? "under_10" : "10_17",
                          CLAMP (birth_order, 1, 3));
}

/**
 * kansio_income_support_rates_new_from_rows:
 * @rows: (key, valid_from, valid_until, value) rows, as
 *   api.income_support_rates gives them
 *
 * Returns: (transfer full) (nullable): the rates
 */
KansioIncomeSupportRates *
kansio_income_support_rates_new_from_rows (KansioRows *rows, GError **error)
{
  g_autoptr (KansioIncomeSupportRates) self = kansio_income_support_rates_new ();

  g_return_val_if_fail (KANSIO_IS_ROWS (rows), NULL);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      GDate from, until;
      gboolean open_ended = kansio_rows_is_null (rows, i, 2);

      if (!kansio_calendar_parse_iso_date (kansio_rows_get_string (rows, i, 1), &from)
          || (!open_ended
              && !kansio_calendar_parse_iso_date (kansio_rows_get_string (rows, i, 2), &until)))
        {
          g_set_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_INVALID_INPUT,
                       _ ("The income-support rate “%s” has a period that is not a date."),
                       kansio_rows_get_string (rows, i, 0));
          return NULL;
        }
      kansio_income_support_rates_add (self, kansio_rows_get_string (rows, i, 0), &from,
                                       open_ended ? NULL : &until,
                                       kansio_rows_get_int64 (rows, i, 3));
    }
  return g_steal_pointer (&self);
}

static gpointer
map_rates (KansioRows *rows, gpointer map_data, GError **error)
{
  return kansio_income_support_rates_new_from_rows (rows, error);
}

/**
 * kansio_income_support_rates_load_async:
 *
 * Reads the income-support rates of every period (api.income_support_rates).
 */
void
kansio_income_support_rates_load_async (KansioDatabase *database,
                                        GCancellable *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer user_data)
{
  const char *params[] = { NULL, NULL };

  g_return_if_fail (KANSIO_IS_DATABASE (database));

  _kansio_api_call_async (NULL, kansio_income_support_rates_load_async, database, RATES_SQL, params,
                          G_N_ELEMENTS (params), map_rates, NULL, NULL, g_object_unref, cancellable,
                          callback, user_data);
}

/**
 * kansio_income_support_rates_load_finish:
 *
 * Returns: (transfer full) (nullable): the rates
 */
KansioIncomeSupportRates *
kansio_income_support_rates_load_finish (GAsyncResult *result, GError **error)
{
  return _kansio_api_call_finish (NULL, kansio_income_support_rates_load_async, result, error);
}

/* api.income_support_rates: a KansioApiItemFunc */
static gpointer
new_rate (KansioDatabase *database, KansioRows *rows, guint i, gint64 owner_id)
{
  /* clang-format off */
  return g_object_new (KANSIO_TYPE_INCOME_SUPPORT_RATE,
                       "key", _kansio_api_text (rows, i, "key"),
                       "valid-from", _kansio_api_text (rows, i, "valid_from"),
                       "valid-until", _kansio_api_text (rows, i, "valid_until"),
                       "value", _kansio_api_int64 (rows, i, "value"),
                       "source", _kansio_api_text (rows, i, "source"),
                       NULL);
  /* clang-format on */
}

/**
 * kansio_income_support_rates_list_async:
 * @day: (nullable): only the rates in force on this day; %NULL for all
 *
 * The rates as a main user reads them, with their sources, by key and
 * start (api.income_support_rates).
 */
void
kansio_income_support_rates_list_async (KansioDatabase *database,
                                        const GDate *day,
                                        GCancellable *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer user_data)
{
  g_autofree char *day_text = _kansio_api_date_text (day);
  const char *params[] = { day_text, day_text };

  g_return_if_fail (KANSIO_IS_DATABASE (database));
  g_return_if_fail (day == NULL || g_date_valid (day));

  _kansio_api_call_list_async (NULL, kansio_income_support_rates_list_async, database, RATES_SQL,
                               params, G_N_ELEMENTS (params), KANSIO_TYPE_INCOME_SUPPORT_RATE,
                               new_rate, 0, cancellable, callback, user_data);
}

/**
 * kansio_income_support_rates_list_finish:
 *
 * Returns: (transfer full) (nullable): a #GListModel of
 *   #KansioIncomeSupportRate
 */
GListModel *
kansio_income_support_rates_list_finish (GAsyncResult *result, GError **error)
{
  return _kansio_api_call_finish (NULL, kansio_income_support_rates_list_async, result, error);
}

/**
 * kansio_income_support_rates_record_async:
 * @valid_until: (nullable): the last day, or %NULL for open-ended
 * @value: cents, or a number
 * @source: where the rate comes from
 *
 * A main user adds a rate: next year's, or a correction that overrides an
 * older one from its start (api.income_support_rate_add).
 */
void
kansio_income_support_rates_record_async (KansioDatabase *database,
                                          const char *key,
                                          const GDate *valid_from,
                                          const GDate *valid_until,
                                          gint64 value,
                                          const char *source,
                                          GCancellable *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer user_data)
{
  g_autofree char *from = _kansio_api_date_text (valid_from);
  g_autofree char *until = _kansio_api_date_text (valid_until);
  g_autofree char *value_text = _kansio_api_int64_text (value);
  const char *params[] = { key, from, until, value_text, source };

  g_return_if_fail (KANSIO_IS_DATABASE (database));
  g_return_if_fail (key != NULL && valid_from != NULL && g_date_valid (valid_from));

  _kansio_api_call_async (
      NULL, kansio_income_support_rates_record_async, database,
      "SELECT api.income_support_rate_add ($1, $2::date, $3::date, $4::bigint, $5)", params,
      G_N_ELEMENTS (params), _kansio_api_map_id, NULL, NULL, g_free, cancellable, callback,
      user_data);
}

/**
 * kansio_income_support_rates_record_finish:
 *
 * Returns: the new rate's id, 0 with @error
 */
gint64
kansio_income_support_rates_record_finish (GAsyncResult *result, GError **error)
{
  return _kansio_api_call_finish_id (NULL, kansio_income_support_rates_record_async, result, error);
}
