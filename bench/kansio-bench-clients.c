/* kansio-bench-clients.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Client search and opening a client through the api, next to the same
 * lookup as a bare indexed SELECT, over N calls each:
 *
 *   kansio-bench-clients "SUPERUSER-CONNINFO" [CALLS]
 *
 * on a database filled by bench/generate-clients.sql. Prints p50, p95 and
 * p99 in milliseconds, and the api/bare ratio. Plain libpq, one call at a
 * time, as one caseworker's window makes them.
 */
#include <stdio.h>
#include <stdlib.h>

#include <glib.h>
#include <libpq-fe.h>

#include "kansio-bench-util.h"

#define connect_or_die bench_connect
#define exec_or_die bench_exec

/* An api read is made as Kansio makes it (asked again while its log row
 * is new); a bare SELECT once. */
static void
timed (BenchSeries *series,
       PGconn *conn,
       const char *sql,
       const char *const *params,
       int expected_min_rows)
{
  gint64 start = g_get_monotonic_time ();
  PGresult *result = g_str_has_prefix (sql, "SELECT * FROM api.")
                         ? bench_read (conn, sql, 1, params)
                         : bench_exec (conn, sql, 1, params);
  double ms = (g_get_monotonic_time () - start) / 1000.0;

  if (PQntuples (result) < expected_min_rows)
    g_error ("%s with %s: %d rows", sql, params[0], PQntuples (result));
  PQclear (result);
  g_array_append_val (series->times, ms);
}

/* A caseworker who may read every client area in the whole county, so
 * every person generated is visible and a name search fills its page. */
static void
ensure_bench_user (PGconn *super)
{
  PQclear (exec_or_die (
      super,
      "DO $$ BEGIN "
      "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench_caseworker') THEN "
      "  CREATE ROLE bench_caseworker LOGIN IN ROLE kansio_user; END IF; "
      "IF NOT EXISTS (SELECT FROM kansio.staff_member WHERE login_role = 'bench_caseworker') THEN "
      "  INSERT INTO kansio.staff_member (login_role, full_name, title_fi, title_sv, unit_id) "
      "  SELECT 'bench_caseworker', 'Bench Caseworker', 'testi', 'test', id "
      "  FROM kansio.organisation_unit WHERE kind = 'county'; "
      "  INSERT INTO kansio.role_grant (staff_id, job_role, unit_id) "
      "  SELECT s.id, a || ':reader', u.id FROM kansio.staff_member s, kansio.organisation_unit u, "
      "  unnest (ARRAY['income-support', 'child-welfare', 'maintenance', 'disability']) a "
      "  WHERE s.login_role = 'bench_caseworker' AND u.kind = 'county'; "
      "END IF; END $$",
      0, NULL));
}

/* The least any logged read can cost: the bare lookup and one row into a
 * table shaped as the usage log (same indexes), unchained, in one
 * committed transaction. */
static void
ensure_floor_log (PGconn *super)
{
  PQclear (exec_or_die (super,
                        "CREATE TABLE IF NOT EXISTS public.bench_floor_log "
                        "(LIKE kansio.usage_log INCLUDING DEFAULTS INCLUDING IDENTITY "
                        "INCLUDING INDEXES)",
                        0, NULL));
}

static const char floor_sql[]
    = "WITH hit AS (SELECT id, identity_code, first_names, surname, birth_date, "
      "home_municipality FROM kansio.person WHERE identity_code = $1), "
      "logged AS (INSERT INTO public.bench_floor_log (staff_id, person_ids, view, purpose) "
      "SELECT 1, array_agg (id), 'search', 'search results' FROM hit) "
      "SELECT * FROM hit";

int
main (int argc, char *argv[])
{
  g_autofree char *api_conninfo = NULL;
  guint calls = argc > 2 ? (guint) atoi (argv[2]) : 10000;
  PGconn *super, *api;
  PGresult *sample, *count;
  BenchSeries api_code = { "api search by identity code" }, bare_code = { "bare SELECT by code" };
  BenchSeries api_name = { "api search by name prefix" }, bare_name = { "bare SELECT by prefix" };
  BenchSeries api_open = { "api open a client" }, bare_open = { "bare SELECT by id" };
  BenchSeries floor_code = { "bare SELECT + log INSERT" };
  BenchSeries *all[]
      = { &api_code, &bare_code, &api_name, &bare_name, &api_open, &bare_open, &floor_code };

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s SUPERUSER-CONNINFO [CALLS]\n", argv[0]);
      return 2;
    }
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    all[i]->times = g_array_new (FALSE, FALSE, sizeof (double));

  super = connect_or_die (argv[1]);
  ensure_bench_user (super);
  ensure_floor_log (super);
  api_conninfo = g_strdup_printf ("%s user=bench_caseworker", argv[1]);
  api = connect_or_die (api_conninfo);

  count = exec_or_die (super, "SELECT count (*) FROM kansio.person", 0, NULL);
  printf ("%s persons, %u calls each\n\n", PQgetvalue (count, 0, 0), calls);
  PQclear (count);

  /* People with an open case, so each lookup finds a visible client. */
  sample = exec_or_die (super,
                        "SELECT p.id::text, p.identity_code, split_part (p.surname, ' ', 1) "
                        "FROM kansio.person p TABLESAMPLE SYSTEM (5) "
                        "WHERE p.id > 10 AND EXISTS (SELECT 1 FROM kansio.client_case c "
                        "WHERE c.person_id = p.id AND c.closed_on IS NULL) LIMIT 20000",
                        0, NULL);
  if ((guint) PQntuples (sample) < calls)
    calls = PQntuples (sample);

  for (guint i = 0; i < calls; i++)
    {
      const char *id[] = { PQgetvalue (sample, i, 0) };
      const char *code[] = { PQgetvalue (sample, i, 1) };
      const char *surname[] = { PQgetvalue (sample, i, 2) };

      timed (&api_code, api, "SELECT * FROM api.person_search ($1)", code, 1);
      timed (&bare_code, super,
             "SELECT id, identity_code, first_names, surname, birth_date, home_municipality "
             "FROM kansio.person WHERE identity_code = $1",
             code, 1);
      timed (&floor_code, super, floor_sql, code, 1);
      timed (&api_name, api, "SELECT * FROM api.person_search ($1, 50)", surname, 50);
      timed (&bare_name, super,
             "SELECT id, identity_code, first_names, surname, birth_date, home_municipality "
             "FROM kansio.person WHERE name_key >= kansio.search_key ($1) "
             "AND name_key < kansio.search_key ($1) || chr (1114111) "
             "ORDER BY name_key, id LIMIT 50",
             surname, 50);
      timed (&api_open, api, "SELECT * FROM api.person_get ($1)", id, 1);
      timed (&bare_open, super, "SELECT * FROM kansio.person WHERE id = $1", id, 1);
    }

  bench_report (&api_code, &bare_code);
  bench_report (&floor_code, &bare_code);
  bench_report (&api_name, &bare_name);
  bench_report (&api_open, &bare_open);

  PQclear (sample);
  PQfinish (api);
  PQfinish (super);
  return 0;
}
