/* kansio-bench-util.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>

#include "kansio-bench-util.h"
#include "kansio-pq-private.h"

/* Every connection as Kansio's database layer opens it (its notice
 * receiver hears the server's "ask again"). */
PGconn *
bench_connect (const char *conninfo)
{
  g_autoptr (GError) error = NULL;
  PGconn *conn = _kansio_pq_connect (conninfo, NULL, &error);

  if (conn == NULL)
    g_error ("%s", error->message);
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

/* A read exactly as Kansio's database layer makes it: asked again while
 * the server says its log row was new, both calls in one pipeline once
 * the server has said that may be done (0020). */
PGresult *
bench_read (PGconn *conn, const char *sql, int n_params, const char *const *params)
{
  g_autoptr (GError) error = NULL;
  PGresult *result = _kansio_pq_exec (conn, sql, n_params, params, NULL, &error);

  if (result == NULL)
    g_error ("%s: %s", sql, error->message);
  return result;
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
