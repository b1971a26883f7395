/* kansio-bench-util.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>

#include "kansio-bench-util.h"

/* The notice a gated read sends when its usage-log row is new (0012). */
static GPrivate asked_again;

static void
on_notice_cb (void *user_data, const PGresult *notice)
{
  if (g_strcmp0 (PQresultErrorField (notice, PG_DIAG_SQLSTATE), "KL001") == 0)
    g_private_set (&asked_again, GINT_TO_POINTER (TRUE));
}

PGconn *
bench_connect (const char *conninfo)
{
  PGconn *conn = PQconnectdb (conninfo);

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("%s", PQerrorMessage (conn));
  PQsetNoticeReceiver (conn, on_notice_cb, NULL);
  return conn;
}

PGresult *
bench_exec (PGconn *conn, const char *sql, int n_params, const char *const *params)
{
  PGresult *result = PQexecParams (conn, sql, n_params, NULL, params, NULL, NULL, 0);

  if (PQresultStatus (result) != PGRES_TUPLES_OK && PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQresultErrorMessage (result));
  return result;
}

/* A read as Kansio's database layer makes it: asked again while the
 * server says its log row was new. */
PGresult *
bench_read (PGconn *conn, const char *sql, int n_params, const char *const *params, guint *n_calls)
{
  for (guint attempt = 1;; attempt++)
    {
      PGresult *result;

      g_private_set (&asked_again, GINT_TO_POINTER (FALSE));
      result = bench_exec (conn, sql, n_params, params);
      if (!GPOINTER_TO_INT (g_private_get (&asked_again)) || attempt == 4)
        {
          if (n_calls != NULL)
            *n_calls += attempt;
          return result;
        }
      PQclear (result);
    }
}

void
bench_series_init (BenchSeries *series, const char *name)
{
  series->name = name;
  series->times = g_array_new (FALSE, FALSE, sizeof (double));
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

double
bench_percentile (BenchSeries *series, double p)
{
  guint index;

  if (series->times->len == 0)
    return 0;
  g_array_sort (series->times, compare_doubles);
  index = (guint) (p * (series->times->len - 1) + 0.5);
  return g_array_index (series->times, double, index);
}

void
bench_report (BenchSeries *api, BenchSeries *bare)
{
  printf ("%-28s p50 %7.3f  p95 %7.3f  p99 %7.3f ms\n", api->name, bench_percentile (api, 0.5),
          bench_percentile (api, 0.95), bench_percentile (api, 0.99));
  printf ("%-28s p50 %7.3f  p95 %7.3f  p99 %7.3f ms\n", bare->name, bench_percentile (bare, 0.5),
          bench_percentile (bare, 0.95), bench_percentile (bare, 0.99));
  printf ("%-28s p95 ratio %.2f\n\n", "",
          bench_percentile (api, 0.95) / bench_percentile (bare, 0.95));
}
