/* kansio-bench-search.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Name search cost by what the caller may see (issue 18), on a database
 * filled by generate-clients.sql and search-cases.sql:
 *
 *   kansio-bench-search "SUPERUSER-CONNINFO" [CALLS]
 *
 * For a handler of one office and a county-wide reader: a prefix with 50+
 * visible hits, a common surname with none visible, a surname of 5,000
 * of whom 3 are visible, and a name nobody has; each next to the bare
 * indexed SELECT of the same prefix. p50/p95/p99 in ms, api calls made as
 * Kansio makes them (asked again while the log row is new), logging
 * included.
 */
#include <stdio.h>
#include <stdlib.h>

#include "kansio-bench-util.h"

static void
timed (BenchSeries *series, PGconn *conn, const char *sql, const char *query, gboolean api)
{
  const char *params[] = { query };
  gint64 start = g_get_monotonic_time ();
  PGresult *result = api ? bench_read (conn, sql, 1, params) : bench_exec (conn, sql, 1, params);
  double ms = (g_get_monotonic_time () - start) / 1000.0;

  PQclear (result);
  g_array_append_val (series->times, ms);
}

int
main (int argc, char *argv[])
{
  const char *queries[] = { "Näky", "Aaltonen", "Harvala", "Zzyxwv" };
  const char *labels[] = { "(a) prefix, 50+ visible", "(b) common surname, 0 visible",
                           "(c) 5,000 bearers, 3 visible", "(d) a name nobody has" };
  const char *roles[] = { "bench_handler", "bench_reader" };
  guint calls = argc > 2 ? (guint) atoi (argv[2]) : 1000;
  PGconn *super;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s SUPERUSER-CONNINFO [CALLS]\n", argv[0]);
      return 2;
    }
  super = bench_connect (argv[1]);
  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      g_autofree char *conninfo = g_strdup_printf ("%s user=%s", argv[1], roles[r]);
      PGconn *api = bench_connect (conninfo);

      printf ("As %s, %u calls each:\n", roles[r], calls);
      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        {
          BenchSeries api_series, bare_series;
          g_autofree char *label = g_strdup_printf ("%s \"%s\"", labels[q], queries[q]);
          PGresult *hits;

          bench_series_init (&api_series, label);
          bench_series_init (&bare_series, "bare indexed SELECT of the prefix");
          for (guint i = 0; i < calls; i++)
            {
              timed (&api_series, api, "SELECT * FROM api.person_search ($1, 50)", queries[q],
                     TRUE);
              timed (&bare_series, super,
                     "SELECT id, identity_code, first_names, surname, birth_date, "
                     "home_municipality FROM kansio.person WHERE name_key >= "
                     "kansio.search_key ($1) AND name_key < kansio.search_key ($1) || "
                     "chr (1114111) ORDER BY name_key, id LIMIT 50",
                     queries[q], FALSE);
            }
          hits = bench_read (api, "SELECT count (*) FROM api.person_search ($1, 50)", 1,
                             (const char *const[]){ queries[q] });
          printf ("  %s: %s rows a page\n", label, PQgetvalue (hits, 0, 0));
          PQclear (hits);
          bench_report (&api_series, &bare_series);
        }
      PQfinish (api);
    }
  PQfinish (super);
  return 0;
}
