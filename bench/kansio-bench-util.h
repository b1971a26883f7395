/* kansio-bench-util.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the benchmarks share: plain libpq calls made as Kansio makes them,
 * and percentiles.
 */
#pragma once

#include <glib.h>
#include <libpq-fe.h>

typedef struct
{
  const char *name;
  GArray *times; /* double, ms */
} BenchSeries;

PGconn *bench_connect (const char *conninfo);
PGresult *bench_exec (PGconn *conn, const char *sql, int n_params, const char *const *params);
PGresult *bench_read (PGconn *conn, const char *sql, int n_params, const char *const *params);
void bench_series_init (BenchSeries *series, const char *name);
double bench_percentile (BenchSeries *series, double p);
void bench_report (BenchSeries *api, BenchSeries *bare);
