/* kansio-admin-income-support.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * calculate, payment-run, statistics and rates: income support.
 */
#define G_LOG_DOMAIN "kansio-admin"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>

#include "kansio-admin-private.h"

/* The income-support calculation of a JSON file, with the rates in force
 * in the database, printed as JSON (docs/income-support-calculation.md). */
int
_kansio_admin_calculate_command (KansioAdminOptions *options, char **args)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioIncomeSupportCalculation) calculation = NULL;
  g_autoptr (KansioIncomeSupportRates) rates = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *input = NULL;
  g_autofree char *output = NULL;

  if (g_strcmp0 (args[0], "income-support") != 0 || args[1] == NULL || args[2] != NULL)
    {
      g_printerr ("%s\n", _ ("Usage: kansio-admin --user USER calculate income-support FILE.json "
                             "(- for standard input)"));
      return 2;
    }
  if (g_str_equal (args[1], "-"))
    {
      g_autoptr (GInputStream) stdin_stream = g_unix_input_stream_new (0, FALSE);
      g_autoptr (GOutputStream) memory = g_memory_output_stream_new_resizable ();

      if (g_output_stream_splice (memory, stdin_stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL,
                                  &error)
          < 0)
        return _kansio_admin_fail (error);
      g_output_stream_write_all (memory, "", 1, NULL, NULL, NULL);
      input = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (memory));
    }
  else if (!g_file_get_contents (args[1], &input, NULL, &error))
    return _kansio_admin_fail (error);

  calculation = kansio_income_support_calculation_new_from_json (input, &error);
  if (calculation == NULL)
    return _kansio_admin_fail (error);

  database = _kansio_admin_open_database (options, &server, &error);
  if (database == NULL)
    return _kansio_admin_fail (error);
  {
    KansioAdminWait wait = _kansio_admin_wait_new ();

    kansio_income_support_rates_load_async (database, NULL, _kansio_admin_on_done_cb, &wait);
    rates = kansio_income_support_rates_load_finish (_kansio_admin_wait_for (&wait), &error);
    _kansio_admin_wait_clear (&wait);
  }
  g_clear_object (&database);
  _kansio_admin_release_server (server);
  if (rates == NULL || !kansio_income_support_calculation_run (calculation, rates, &error))
    return _kansio_admin_fail (error);

  output = kansio_income_support_calculation_to_json (calculation);
  g_print ("%s\n", output);
  return EXIT_SUCCESS;
}

/* A payment run: the decided orders due by a day into a new run, written
 * as a pain.001.001.03 file; or an earlier run's file written again. */
int
_kansio_admin_payment_run_command (KansioAdminOptions *options, char **args)
{
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) xml = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *message_id = NULL;
  g_autofree char *run_id = NULL;
  g_autofree char *total_text = NULL;
  gint64 again = 0, run = 0, total = 0;
  guint n_orders = 0;
  int argc = (int) g_strv_length (args) + 1;
  g_autofree char **argv = g_new0 (char *, argc + 1);
  char **parse_argv = argv;
  GDate run_on;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text,
      N_ ("Pay the orders due by this day, YYYY-MM-DD (default: today)"), N_ ("DATE") },
    { "again", 0, 0, G_OPTION_ARG_INT64, &again,
      N_ ("Write the file of an earlier run again; nothing new is paid"), N_ ("RUN") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("Write the file here"), N_ ("FILE") },
    { NULL },
  };

  argv[0] = (char *) "kansio-admin payment-run";
  for (int i = 1; i < argc; i++)
    argv[i] = args[i - 1];
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &parse_argv, &error) || argc != 1 || output == NULL)
    {
      g_printerr ("%s\n", _ ("Usage: kansio-admin --user USER payment-run [--date YYYY-MM-DD] "
                             "[--again RUN] -o FILE.xml"));
      return 2;
    }
  if (date_text == NULL)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      date_text = g_date_time_format (now, "%Y-%m-%d");
      kansio_calendar_parse_iso_date (date_text, &run_on);
    }
  else if (!kansio_calendar_parse_iso_date (date_text, &run_on))
    {
      g_printerr (_ ("kansio-admin: “%s” is not a date (use 2026-12-01).\n"), date_text);
      return 2;
    }

  database = _kansio_admin_open_database (options, &server, &error);
  if (database == NULL)
    return _kansio_admin_fail (error);
  if (again > 0)
    run = again;
  else
    {
      KansioAdminWait wait = _kansio_admin_wait_new ();
      gboolean ok;

      kansio_income_support_payment_run_create_async (database, &run_on, NULL,
                                                      _kansio_admin_on_done_cb, &wait);
      ok = kansio_income_support_payment_run_create_finish (_kansio_admin_wait_for (&wait), &run,
                                                            &error);
      _kansio_admin_wait_clear (&wait);
      if (!ok)
        return _kansio_admin_fail (error);
      if (run == 0)
        {
          g_print (_ ("Nothing to pay by %s: every decided order is in a run already.\n"),
                   date_text);
          g_clear_object (&database);
          _kansio_admin_release_server (server);
          return EXIT_SUCCESS;
        }
    }
  {
    KansioAdminWait wait = _kansio_admin_wait_new ();

    kansio_income_support_payment_run_build_file_async (database, run, NULL,
                                                        _kansio_admin_on_done_cb, &wait);
    xml = kansio_income_support_payment_run_build_file_finish (
        _kansio_admin_wait_for (&wait), &n_orders, &total, &message_id, &error);
    _kansio_admin_wait_clear (&wait);
  }
  g_clear_object (&database);
  _kansio_admin_release_server (server);
  run_id = g_strdup_printf ("%" G_GINT64_FORMAT, run);
  if (xml == NULL
      || !g_file_set_contents (output, g_bytes_get_data (xml, NULL), g_bytes_get_size (xml),
                               &error))
    {
      /* The run stays made: say how to get its file. */
      _kansio_admin_fail (error);
      g_printerr (_ ("Payment run %s was made; write its file again with: kansio-admin --user "
                     "USER payment-run --again %s -o FILE.xml\n"),
                  run_id, run_id);
      return EXIT_FAILURE;
    }
  total_text = kansio_format_euros_plain (total);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Payment run %s (%s): %u order, %s €, written to %s\n",
                        "Payment run %s (%s): %u orders, %s €, written to %s\n", n_orders),
           run_id, message_id, n_orders, total_text, output);
  return EXIT_SUCCESS;
}

/* The year's THL figures of supplementary and preventive income support:
 * households, persons, months and euros by type, as a table or CSV. */
int
_kansio_admin_statistics_command (KansioAdminOptions *options, char **args)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioIncomeSupportStatistics) figures = NULL;
  g_autoptr (GError) error = NULL;
  KansioAdminWait wait = _kansio_admin_wait_new ();
  gboolean csv = FALSE;
  const char *year;

  if (g_strcmp0 (args[0], "income-support") != 0 || args[1] == NULL
      || (args[2] != NULL && (!g_str_equal (args[2], "--csv") || args[3] != NULL)))
    {
      g_printerr ("%s\n", _ ("Usage: kansio-admin --user USER statistics income-support YEAR "
                             "[--csv]"));
      return 2;
    }
  year = args[1];
  csv = args[2] != NULL;
  if (strlen (year) != 4 || strspn (year, "0123456789") != 4)
    {
      g_printerr (_ ("kansio-admin: “%s” is not a year.\n"), year);
      return 2;
    }

  database = _kansio_admin_open_database (options, &server, &error);
  if (database == NULL)
    return _kansio_admin_fail (error);
  kansio_income_support_statistics_load_async (database, (guint) atoi (year), NULL,
                                               _kansio_admin_on_done_cb, &wait);
  figures = kansio_income_support_statistics_load_finish (_kansio_admin_wait_for (&wait), &error);
  _kansio_admin_wait_clear (&wait);
  g_clear_object (&database);
  _kansio_admin_release_server (server);
  if (figures == NULL)
    return _kansio_admin_fail (error);

  if (csv)
    {
      g_autofree char *text = kansio_income_support_statistics_dup_csv (figures);
      g_print ("%s", text);
      return EXIT_SUCCESS;
    }

  g_print ("%-16s %10s %8s %8s %14s\n", _ ("Type"), _ ("Households"), _ ("Persons"), _ ("Months"),
           _ ("Euros"));
  for (guint i = 0; i < kansio_income_support_statistics_get_n_kinds (figures); i++)
    {
      const char *kind
          = g_str_equal (kansio_income_support_statistics_get_kind (figures, i), "preventive")
                ? _ ("Preventive")
                : _ ("Supplementary");
      g_autofree char *euros = NULL;

      /* Fewer than five households: only the auditor sees the figures. */
      if (kansio_income_support_statistics_is_suppressed (figures, i))
        {
          g_print ("%-16s %10s\n", kind, _ ("fewer than 5"));
          continue;
        }
      euros = kansio_format_euros_plain (
          kansio_income_support_statistics_get_euros_cents (figures, i));
      g_print ("%-16s %10" G_GINT64_FORMAT " %8" G_GINT64_FORMAT " %8" G_GINT64_FORMAT " %14s\n",
               kind, kansio_income_support_statistics_get_households (figures, i),
               kansio_income_support_statistics_get_persons (figures, i),
               kansio_income_support_statistics_get_household_months (figures, i), euros);
    }
  return EXIT_SUCCESS;
}

/* Income-support rates are data: a main user lists them and adds next
 * year's (or a correction) without a new release. */
int
_kansio_admin_rates_command (KansioAdminOptions *options, char **args)
{
  g_autoptr (KansioLocalServer) server = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (GListModel) rates = NULL;
  g_autoptr (GError) error = NULL;
  gboolean add = g_strcmp0 (args[0], "add") == 0;
  KansioAdminWait wait;
  gint64 value = 0;
  gboolean ok;
  GDate day;

  if (!(g_strcmp0 (args[0], "list") == 0 && (args[1] == NULL || args[2] == NULL))
      && !(add && g_strv_length (args) == 6))
    {
      g_printerr ("%s\n", _ ("Usage: kansio-admin --user USER rates list [YYYY-MM-DD]\n"
                             "       kansio-admin --user MAIN-USER rates add KEY FROM UNTIL|- "
                             "CENTS SOURCE"));
      return 2;
    }
  if ((add
       && (!kansio_calendar_parse_iso_date (args[2], &day)
           || (!g_str_equal (args[3], "-") && !kansio_calendar_parse_iso_date (args[3], &day))
           || strspn (args[4], "0123456789") != strlen (args[4])))
      || (!add && args[1] != NULL && !kansio_calendar_parse_iso_date (args[1], &day)))
    {
      g_printerr ("%s\n", _ ("kansio-admin: dates are YYYY-MM-DD and the value whole cents."));
      return 2;
    }

  if (add && !g_ascii_string_to_signed (args[4], 10, 0, G_MAXINT64, &value, NULL))
    {
      g_printerr ("%s\n", _ ("kansio-admin: dates are YYYY-MM-DD and the value whole cents."));
      return 2;
    }

  database = _kansio_admin_open_database (options, &server, &error);
  if (database == NULL)
    return _kansio_admin_fail (error);
  wait = _kansio_admin_wait_new ();
  if (add)
    {
      GDate from, until;
      gboolean open_ended = g_str_equal (args[3], "-");

      kansio_calendar_parse_iso_date (args[2], &from);
      if (!open_ended)
        kansio_calendar_parse_iso_date (args[3], &until);
      kansio_income_support_rates_record_async (database, args[1], &from,
                                                open_ended ? NULL : &until, value, args[5], NULL,
                                                _kansio_admin_on_done_cb, &wait);
      ok = kansio_income_support_rates_record_finish (_kansio_admin_wait_for (&wait), &error) != 0;
    }
  else
    {
      GDate on;

      if (args[1] != NULL)
        kansio_calendar_parse_iso_date (args[1], &on);
      kansio_income_support_rates_list_async (database, args[1] != NULL ? &on : NULL, NULL,
                                              _kansio_admin_on_done_cb, &wait);
      rates = kansio_income_support_rates_list_finish (_kansio_admin_wait_for (&wait), &error);
      ok = rates != NULL;
    }
  _kansio_admin_wait_clear (&wait);
  g_clear_object (&database);
  _kansio_admin_release_server (server);
  if (!ok)
    return _kansio_admin_fail (error);
  if (add)
    {
      g_print (_ ("Added rate %s from %s.\n"), args[1], args[2]);
      return EXIT_SUCCESS;
    }
  for (guint i = 0; i < g_list_model_get_n_items (rates); i++)
    {
      g_autoptr (KansioIncomeSupportRate) rate = g_list_model_get_item (rates, i);
      const char *until = kansio_income_support_rate_get_valid_until (rate);
      g_autofree char *value_text
          = g_strdup_printf ("%" G_GINT64_FORMAT, kansio_income_support_rate_get_value (rate));

      g_print ("%-26s %s – %-10s %10s  %s\n", kansio_income_support_rate_get_key (rate),
               kansio_income_support_rate_get_valid_from (rate), until != NULL ? until : "",
               value_text, kansio_income_support_rate_get_source (rate));
    }
  return EXIT_SUCCESS;
}
