/* kansio-income-support-statistics.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-statistics"

#include "config.h"

#include "kansio-api-call-private.h"
#include "kansio-income-support-calculation.h"
#include "kansio-income-support-statistics.h"
#include "kansio-rows.h"

/*
 * KansioIncomeSupportStatistics: the yearly figures of supplementary and
 * preventive income support as THL asks for them (api.is_statistics), one
 * kind a row. A cell of fewer than five households is suppressed for
 * anyone but the auditor: the database sends it as NULL, and it is shown
 * as "<5" with no other figures.
 */
struct _KansioIncomeSupportStatistics
{
  GObject parent_instance;

  guint year;
  KansioRows *rows;
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportStatistics, kansio_income_support_statistics, G_TYPE_OBJECT)

enum
{
  COLUMN_KIND,
  COLUMN_HOUSEHOLDS,
  COLUMN_PERSONS,
  COLUMN_HOUSEHOLD_MONTHS,
  COLUMN_EUROS_CENTS,
};

static gint64
cell (KansioIncomeSupportStatistics *self, guint i, int column)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_STATISTICS (self), 0);
  g_return_val_if_fail (i < kansio_rows_get_n_rows (self->rows), 0);

  if (kansio_rows_is_null (self->rows, i, column))
    return 0;
  return kansio_rows_get_int64 (self->rows, i, column);
}

static void
kansio_income_support_statistics_finalize (GObject *object)
{
  KansioIncomeSupportStatistics *self = KANSIO_INCOME_SUPPORT_STATISTICS (object);

  g_clear_object (&self->rows);

  G_OBJECT_CLASS (kansio_income_support_statistics_parent_class)->finalize (object);
}

static void
kansio_income_support_statistics_class_init (KansioIncomeSupportStatisticsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_income_support_statistics_finalize;
}

static void
kansio_income_support_statistics_init (KansioIncomeSupportStatistics *self)
{
}

/* The figures keep their rows; the year asked for is the data. */
static gpointer
new_statistics (KansioRows *rows, gpointer map_data, GError **error)
{
  KansioIncomeSupportStatistics *self = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_STATISTICS, NULL);

  self->year = GPOINTER_TO_UINT (map_data);
  self->rows = g_object_ref (rows);
  return self;
}

/**
 * kansio_income_support_statistics_load_async:
 *
 * The figures of @year in the units the caller may read income support
 * in (the auditor: the whole county).
 */
void
kansio_income_support_statistics_load_async (KansioDatabase *database,
                                             guint year,
                                             GCancellable *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer user_data)
{
  g_autofree char *year_text = g_strdup_printf ("%u", year);
  const char *params[] = { year_text };

  g_return_if_fail (KANSIO_IS_DATABASE (database));

  _kansio_api_call_async (database, kansio_income_support_statistics_load_async, database,
                          "SELECT kind, households, persons, household_months, euros_cents "
                          "FROM api.is_statistics ($1::integer)",
                          params, 1, new_statistics, GUINT_TO_POINTER (year), NULL, g_object_unref,
                          cancellable, callback, user_data);
}

/**
 * kansio_income_support_statistics_load_finish:
 *
 * Returns: (transfer full): the figures
 */
KansioIncomeSupportStatistics *
kansio_income_support_statistics_load_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

guint
kansio_income_support_statistics_get_year (KansioIncomeSupportStatistics *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_STATISTICS (self), 0);
  return self->year;
}

guint
kansio_income_support_statistics_get_n_kinds (KansioIncomeSupportStatistics *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_STATISTICS (self), 0);
  return kansio_rows_get_n_rows (self->rows);
}

/* "supplementary" or "preventive". */
const char *
kansio_income_support_statistics_get_kind (KansioIncomeSupportStatistics *self, guint i)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_STATISTICS (self), NULL);
  g_return_val_if_fail (i < kansio_rows_get_n_rows (self->rows), NULL);
  return kansio_rows_get_string (self->rows, i, COLUMN_KIND);
}

/* Fewer than five households, and the caller no auditor: no figures. */
gboolean
kansio_income_support_statistics_is_suppressed (KansioIncomeSupportStatistics *self, guint i)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_STATISTICS (self), FALSE);
  g_return_val_if_fail (i < kansio_rows_get_n_rows (self->rows), FALSE);
  return kansio_rows_is_null (self->rows, i, COLUMN_HOUSEHOLDS);
}

gint64
kansio_income_support_statistics_get_households (KansioIncomeSupportStatistics *self, guint i)
{
  return cell (self, i, COLUMN_HOUSEHOLDS);
}

gint64
kansio_income_support_statistics_get_persons (KansioIncomeSupportStatistics *self, guint i)
{
  return cell (self, i, COLUMN_PERSONS);
}

gint64
kansio_income_support_statistics_get_household_months (KansioIncomeSupportStatistics *self, guint i)
{
  return cell (self, i, COLUMN_HOUSEHOLD_MONTHS);
}

gint64
kansio_income_support_statistics_get_euros_cents (KansioIncomeSupportStatistics *self, guint i)
{
  return cell (self, i, COLUMN_EUROS_CENTS);
}

/**
 * kansio_income_support_statistics_dup_csv:
 *
 * Returns: (transfer full): the figures as CSV with a header line:
 *   year;kind;households;persons;household_months;euros, the euros with a
 *   decimal point; a suppressed kind as "<5" and nothing else
 */
char *
kansio_income_support_statistics_dup_csv (KansioIncomeSupportStatistics *self)
{
  GString *csv;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_STATISTICS (self), NULL);

  csv = g_string_new ("year;kind;households;persons;household_months;euros\n");
  for (guint i = 0; i < kansio_rows_get_n_rows (self->rows); i++)
    {
      const char *kind = kansio_income_support_statistics_get_kind (self, i);
      g_autofree char *euros = NULL;

      if (kansio_income_support_statistics_is_suppressed (self, i))
        {
          g_string_append_printf (csv, "%u;%s;<5;;;\n", self->year, kind);
          continue;
        }
      euros = kansio_format_euros_plain (cell (self, i, COLUMN_EUROS_CENTS));
      g_string_append_printf (
          csv, "%u;%s;%" G_GINT64_FORMAT ";%" G_GINT64_FORMAT ";%" G_GINT64_FORMAT ";%s\n",
          self->year, kind, cell (self, i, COLUMN_HOUSEHOLDS), cell (self, i, COLUMN_PERSONS),
          cell (self, i, COLUMN_HOUSEHOLD_MONTHS), euros);
    }
  return g_string_free (csv, FALSE);
}
