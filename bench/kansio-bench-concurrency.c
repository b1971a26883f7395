/* kansio-bench-concurrency.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Logged reads under concurrency (issue 10, part 2): opening a client,
 * search by identity code and search by name prefix through the api, by
 * 1, 4, 16, 64 and 128 sessions at once, each read made as Kansio makes
 * it (asked again while its usage-log row is new), next to the same number
 * of sessions doing the floor: the bare indexed SELECT plus one
 * INSERT into a table shaped as the usage log, committed together (its data
 * leaves before its log row commits). The third figure is the durable
 * floor: that INSERT committed first, then the bare SELECT in a
 * transaction of its own, the least any read can do whose data leaves
 * only after its log row has committed (no rights, no gate).
 *
 *   kansio-bench-concurrency "SUPERUSER-CONNINFO" [SECONDS] [SESSIONS,…]
 *
 * on a database filled by bench/generate-clients.sql; see concurrency.sh.
 * Prints reads per second and p95 in milliseconds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kansio-bench-util.h"
#include "kansio-pq-private.h"

typedef struct
{
  const char *name;
  const char *api_sql;
  const char *floor_sql;
  /* The durable floor: the log row committed by itself, then the bare
   * SELECT in a transaction of its own (no rights, no gate). */
  const char *log_sql;
  const char *bare_sql;
  guint sample_column; /* 0 id, 1 identity code, 2 name prefix */
} Workload;

static const Workload workloads[] = {
  { "open a client", "SELECT * FROM api.person_get ($1)",
    "WITH hit AS (SELECT * FROM kansio.person WHERE id = $1), "
    "logged AS (INSERT INTO public.bench_floor_log (staff_id, person_ids, view) "
    "SELECT 1, array_agg (id), 'person' FROM hit) SELECT * FROM hit",
    "WITH hit AS (SELECT id FROM kansio.person WHERE id = $1), "
    "logged AS (INSERT INTO public.bench_floor_log (staff_id, person_ids, view) "
    "SELECT 1, array_agg (id), 'person' FROM hit) SELECT count (*) FROM hit",
    "SELECT * FROM kansio.person WHERE id = $1", 0 },
  { "search by identity code", "SELECT * FROM api.person_search ($1)",
    "WITH hit AS (SELECT id, identity_code, first_names, surname, birth_date, home_municipality "
    "FROM kansio.person WHERE identity_code = $1), "
    "logged AS (INSERT INTO public.bench_floor_log (staff_id, person_ids, view, purpose) "
    "SELECT 1, array_agg (id), 'search', 'search results' FROM hit) SELECT * FROM hit",
    "WITH hit AS (SELECT id FROM kansio.person WHERE identity_code = $1), "
    "logged AS (INSERT INTO public.bench_floor_log (staff_id, person_ids, view, purpose) "
    "SELECT 1, array_agg (id), 'search', 'search results' FROM hit) SELECT count (*) FROM hit",
    "SELECT id, identity_code, first_names, surname, birth_date, home_municipality "
    "FROM kansio.person WHERE identity_code = $1",
    1 },
  { "search by name prefix", "SELECT * FROM api.person_search ($1, 50)",
    "WITH hit AS (SELECT id, identity_code, first_names, surname, birth_date, home_municipality "
    "FROM kansio.person WHERE name_key >= kansio.search_key ($1) "
    "AND name_key < kansio.search_key ($1) || chr (1114111) ORDER BY name_key, id LIMIT 50), "
    "logged AS (INSERT INTO public.bench_floor_log (staff_id, person_ids, view, purpose) "
    "SELECT 1, array_agg (id), 'search', 'search results' FROM hit) SELECT * FROM hit",
    "WITH hit AS (SELECT id FROM kansio.person WHERE name_key >= kansio.search_key ($1) "
    "AND name_key < kansio.search_key ($1) || chr (1114111) ORDER BY name_key, id LIMIT 50), "
    "logged AS (INSERT INTO public.bench_floor_log (staff_id, person_ids, view, purpose) "
    "SELECT 1, array_agg (id), 'search', 'search results' FROM hit) SELECT count (*) FROM hit",
    "SELECT id, identity_code, first_names, surname, birth_date, home_municipality "
    "FROM kansio.person WHERE name_key >= kansio.search_key ($1) "
    "AND name_key < kansio.search_key ($1) || chr (1114111) ORDER BY name_key, id LIMIT 50",
    2 },
};

typedef struct
{
  const char *conninfo;
  const char *log_sql; /* run first, in a transaction of its own, or NULL */
  const char *sql;
  gboolean as_kansio;
  PGresult *sample;
  guint column;
  gint64 deadline;
  GArray *times;
  guint seed;
} Session;

static gpointer
session_thread (gpointer data)
{
  Session *session = data;
  PGconn *conn = bench_connect (session->conninfo);
  GRand *rand = g_rand_new_with_seed (session->seed);
  int n_samples = PQntuples (session->sample);

  while (g_get_monotonic_time () < session->deadline)
    {
      const char *params[] = { PQgetvalue (session->sample, g_rand_int_range (rand, 0, n_samples),
                                           session->column) };
      gint64 start = g_get_monotonic_time ();
      PGresult *result;

      if (session->log_sql != NULL)
        PQclear (bench_exec (conn, session->log_sql, 1, params));
      result = session->as_kansio ? bench_read (conn, session->sql, 1, params)
                                  : bench_exec (conn, session->sql, 1, params);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      if (PQntuples (result) == 0)
        g_error ("%s with %s: no rows", session->sql, params[0]);
      PQclear (result);
      g_array_append_val (session->times, ms);
    }

  g_rand_free (rand);
  PQfinish (conn);
  return NULL;
}

/* Runs @n_sessions sessions for @seconds; reads per second and p95 ms. */
static const char *super_conninfo;

static void
run (const char *conninfo,
     const char *log_sql,
     const char *sql,
     gboolean as_kansio,
     PGresult *sample,
     guint column,
     guint n_sessions,
     guint seconds,
     double *per_second,
     double *p95,
     double *sent_twice)
{
  g_autofree Session *sessions = g_new0 (Session, n_sessions);
  g_autofree GThread **threads = g_new0 (GThread *, n_sessions);
  BenchSeries all;
  guint sent_before = _kansio_pq_get_n_sent_twice ();
  gint64 start = g_get_monotonic_time ();
  gint64 deadline = start + (gint64) seconds * G_USEC_PER_SEC;

  bench_series_init (&all, "all");
  /* The sealer keeps the receipts to a few minutes' worth on a real
   * server; a run here starts from none, as a sealed database would. */
  {
    PGconn *super = bench_connect (super_conninfo);
    PQclear (bench_exec (super, "TRUNCATE kansio.read_receipt", 0, NULL));
    PQfinish (super);
  }
  for (guint i = 0; i < n_sessions; i++)
    {
      sessions[i] = (Session){
        conninfo,       log_sql, sql,      as_kansio,
        sample,         column,  deadline, g_array_new (FALSE, FALSE, sizeof (double)),
        g_random_int ()
      };
      threads[i] = g_thread_new ("session", session_thread, &sessions[i]);
    }
  for (guint i = 0; i < n_sessions; i++)
    {
      g_thread_join (threads[i]);
      g_array_append_vals (all.times, sessions[i].times->data, sessions[i].times->len);
      g_array_unref (sessions[i].times);
    }

  *per_second = all.times->len / ((g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  *p95 = bench_percentile (&all, 0.95);
  /* Reads whose two calls went in one round trip (0020). */
  *sent_twice = all.times->len > 0
                    ? 100.0 * (_kansio_pq_get_n_sent_twice () - sent_before) / all.times->len
                    : 0;
  g_array_unref (all.times);
}

int
main (int argc, char *argv[])
{
  guint seconds = argc > 2 ? (guint) atoi (argv[2]) : 10;
  g_auto (GStrv) levels = g_strsplit (argc > 3 ? argv[3] : "1,4,16,64,128", ",", -1);
  g_autofree char *api_conninfo = NULL;
  PGconn *super;
  PGresult *sample;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s SUPERUSER-CONNINFO [SECONDS] [SESSIONS,…]\n", argv[0]);
      return 2;
    }

  super_conninfo = argv[1];
  super = bench_connect (argv[1]);
  api_conninfo = g_strdup_printf ("%s user=bench_caseworker", argv[1]);

  /* Clients with an open case (all visible to the county-wide reader),
   * and name prefixes "Surname Fir" that find them. */
  sample = bench_exec (super,
                       "SELECT p.id::text, p.identity_code, "
                       "  split_part (p.surname, ' ', 1) || ' ' || left (p.first_names, 3) "
                       "FROM kansio.person p TABLESAMPLE SYSTEM (5) "
                       "WHERE p.id > 10 AND EXISTS (SELECT 1 FROM kansio.client_case c "
                       "WHERE c.person_id = p.id AND c.closed_on IS NULL) LIMIT 20000",
                       0, NULL);
  printf ("%d sampled clients, %u s a run\n\n", PQntuples (sample), seconds);

  for (guint w = 0; w < G_N_ELEMENTS (workloads); w++)
    {
      printf ("%s\n", workloads[w].name);
      printf ("%9s %12s %10s %12s %10s %9s %9s %11s %12s %12s %9s\n", "sessions", "api reads/s",
              "api p95", "floor /s", "floor p95", "tput %", "p95 x", "sent 2x %", "durable /s",
              "durable p95", "of dur. %");
      for (guint l = 0; levels[l] != NULL; l++)
        {
          guint n = (guint) atoi (levels[l]);
          double api_rate, api_p95, api_twice, floor_rate, floor_p95, floor_twice;
          double durable_rate, durable_p95, durable_twice;

          run (api_conninfo, NULL, workloads[w].api_sql, TRUE, sample, workloads[w].sample_column,
               n, seconds, &api_rate, &api_p95, &api_twice);
          run (argv[1], NULL, workloads[w].floor_sql, FALSE, sample, workloads[w].sample_column, n,
               seconds, &floor_rate, &floor_p95, &floor_twice);
          run (argv[1], workloads[w].log_sql, workloads[w].bare_sql, FALSE, sample,
               workloads[w].sample_column, n, seconds, &durable_rate, &durable_p95, &durable_twice);
          printf ("%9u %12.0f %10.2f %12.0f %10.2f %9.0f %9.2f %11.0f %12.0f %12.2f %9.0f\n", n,
                  api_rate, api_p95, floor_rate, floor_p95, 100.0 * api_rate / floor_rate,
                  api_p95 / floor_p95, api_twice, durable_rate, durable_p95,
                  100.0 * api_rate / durable_rate);
          fflush (stdout);
        }
      printf ("\n");
    }

  PQclear (sample);
  PQfinish (super);
  return 0;
}
