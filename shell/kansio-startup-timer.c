/* kansio-startup-timer.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With KANSIO_REPORT_STARTUP set, prints how long the start took to each
 * milestone, once each; bench/startup.sh reads these lines.
 */
#define G_LOG_DOMAIN "kansio-startup-timer"

#include "config.h"

#include <stdio.h>

#include "kansio-startup-timer.h"

static gint64 start_time;
static GHashTable *seen;

void
kansio_startup_timer_start (void)
{
  start_time = g_get_monotonic_time ();
}

void
kansio_startup_timer_mark (const char *milestone)
{
  if (start_time == 0 || g_getenv ("KANSIO_REPORT_STARTUP") == NULL)
    return;
  if (seen == NULL)
    seen = g_hash_table_new (g_str_hash, g_str_equal);
  if (g_hash_table_contains (seen, milestone))
    return;
  g_hash_table_add (seen, (gpointer) g_intern_string (milestone));

  printf ("kansio-startup: %s %.1f ms\n", milestone,
          (g_get_monotonic_time () - start_time) / 1000.0);
  fflush (stdout);
}
