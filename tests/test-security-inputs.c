/* test-security-inputs.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the api takes, from the attacker's side: dates and arguments past
 * their bounds, identity codes with a bad checksum or differing only in
 * the century sign, a person like one already registered, two saves of
 * the same version, and a right that ended yesterday, whatever time zone
 * the session claims.
 */
#include "config.h"

#include <libpq-fe.h>

#include "kansio-test-security.h"

static void
test_case_close_dates (void)
{
  const char *future[] = { kansio_test_security_id_of (AINO), "2100-12-31" };
  const char *far[] = { kansio_test_security_id_of (AINO), "9999-12-31" };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  /* Kept open forever by a date in the future: refused by the function,
   * and a date past any bound already at the door. */
  rows = kansio_test_run (
      kansio_test_security_connect_as ("demo_kasittelija"),
      "SELECT api.case_close ((SELECT min (case_id) FROM api.person_cases ($1)), $2::date)", future,
      2, &error);
  g_assert_null (rows);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "22023");
  g_clear_error (&error);
  rows = kansio_test_run (
      kansio_test_security_connect_as ("demo_kasittelija"),
      "SELECT api.case_close ((SELECT min (case_id) FROM api.person_cases ($1)), $2::date)", far, 2,
      &error);
  g_assert_null (rows);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "22008");
}

static void
test_create_person (void)
{
  const char *duplicate[] = { AINO, "Aino", "Toinen", "fi", "income-support", "2" };
  const char *invalid[] = { "140384-902X", "Aino", "Virheellinen", "fi", "income-support", "2" };
  const char *similar[] = { "140384-9038", "Aino Maria", "Virtanen", "fi", "income-support", "2" };
  const char *sql = "SELECT api.person_create ($1, $2, $3, $4, $5, (SELECT unit_id FROM "
                    "api.whoami ()))";
  const char *confirmed_sql = "SELECT api.person_create ($1, $2, $3, $4, $5, (SELECT unit_id FROM "
                              "api.whoami ()), p_similar_confirmed => true)";
  KansioDatabase *handler = kansio_test_security_connect_as ("demo_kasittelija");
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (KansioRows) visible = NULL;
  const char *new_id;

  rows = kansio_test_run (handler, sql, duplicate, 5, &error);
  g_assert_null (rows);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_UNIQUE_VIOLATION);
  g_clear_error (&error);

  rows = kansio_test_run (handler, sql, invalid, 5, &error);
  g_assert_null (rows);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "22023");
  g_assert_cmpstr (kansio_database_error_get_column (error), ==, "identity_code");
  g_assert_cmpstr (kansio_database_error_get_detail (error), ==, "checksum");
  g_clear_error (&error);

  /* Same name and birth date: a warning first, then created when confirmed. */
  rows = kansio_test_run (handler, sql, similar, 5, &error);
  g_assert_null (rows);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_SIMILAR_EXISTS);
  g_clear_error (&error);

  rows = kansio_test_run (
      handler,
      "SELECT identity_code FROM api.person_find_similar ('Aino Maria', 'Virtanen', '1984-03-14')",
      NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  g_assert_cmpstr (kansio_rows_get_string (rows, 0, 0), ==, AINO);
  g_clear_object (&rows);

  rows = kansio_test_run (handler, confirmed_sql, similar, 5, &error);
  g_assert_no_error (error);
  new_id = kansio_rows_get_string (rows, 0, 0);

  /* Created with a case, so its creator sees it; a reader of another
   * office's area does not. */
  visible
      = kansio_test_run (handler, "SELECT is_temporary_code, birth_date FROM api.person_get ($1)",
                         (const char *const[]){ new_id }, 1, &error);
  g_assert_no_error (error);
  g_assert_true (kansio_rows_get_boolean (visible, 0, 0));
  g_assert_cmpstr (kansio_rows_get_string (visible, 0, 1), ==, "1984-03-14");
  g_clear_object (&visible);

  visible = kansio_test_run (kansio_test_security_connect_as ("demo_handlaggare"),
                             "SELECT * FROM api.person_get ($1)", (const char *const[]){ new_id },
                             1, &error);
  g_assert_null (visible);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
}

/* A right past its end date is no right: a grant that ended yesterday
 * (in Helsinki) opens nothing, whatever time zone the session or the role
 * claims. */
static void
test_expired_grant (void)
{
  const char *params[] = { kansio_test_security_id_of (ELLA) };
  const char *zones[] = { "Etc/GMT+12", "Pacific/Kiritimati", "America/Adak", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) granted = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autofree char *conninfo
      = g_strdup_printf ("%s user=demo_lukija", kansio_test_security_get_demo ()->conninfo);
  g_autofree char *call = g_strdup_printf ("SELECT first_names FROM api.person_get (%s)",
                                           kansio_test_security_id_of (ELLA));

  granted = kansio_test_security_run_as_superuser (
      "INSERT INTO kansio.role_grant (staff_id, job_role, unit_id, valid_from, valid_until) "
      "SELECT s.id, 'child-welfare:reader', u.id, "
      "  (now () AT TIME ZONE 'Europe/Helsinki')::date - 30, "
      "  (now () AT TIME ZONE 'Europe/Helsinki')::date - 1 "
      "FROM kansio.staff_member s, kansio.organisation_unit u "
      "WHERE s.login_role = 'demo_lukija' AND u.code = 'demo-pohjoinen'");
  rows = kansio_test_run (kansio_test_security_connect_as ("demo_lukija"),
                          "SELECT * FROM api.person_get ($1)", params, 1, &error);
  g_assert_null (rows);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      PGconn *conn = PQconnectdb (conninfo);
      g_autofree char *set = NULL;

      g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
      /* The role's own default, then the session's. */
      set = zones[i] != NULL ? g_strdup_printf ("ALTER ROLE CURRENT_USER SET timezone = '%s'; "
                                                "SET timezone = '%s'",
                                                zones[i], zones[i])
                             : g_strdup ("ALTER ROLE CURRENT_USER RESET timezone");
      PQclear (PQexec (conn, set));
      for (guint attempt = 0; attempt < 2; attempt++)
        {
          PGresult *result = PQexec (conn, call);

          g_test_message ("%s: %s", zones[i] != NULL ? zones[i] : "reset",
                          PQresultErrorMessage (result));
          g_assert_cmpint (PQresultStatus (result), ==, PGRES_FATAL_ERROR);
          g_assert_cmpstr (PQresultErrorField (result, PG_DIAG_SQLSTATE), ==, "42501");
          PQclear (result);
        }
      PQfinish (conn);
    }
}

/* Since 2023 two people born on the same day may have the same digits and
 * differ only by the century sign: both are registered, as two people. */
static void
test_century_sign_is_identity (void)
{
  const char *sql = "SELECT api.person_create ($1, $2, 'Kaksonen', 'fi', 'income-support', "
                    "(SELECT unit_id FROM api.whoami ()))";
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) first = NULL;
  g_autoptr (KansioRows) second = NULL;
  g_autoptr (KansioRows) found = NULL;

  first = kansio_test_run (kansio_test_security_connect_as ("demo_kasittelija"), sql,
                           (const char *const[]){ "010101A123N", "Aapo" }, 2, &error);
  g_assert_no_error (error);
  second = kansio_test_run (kansio_test_security_connect_as ("demo_kasittelija"), sql,
                            (const char *const[]){ "010101B123N", "Bertta" }, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kansio_rows_get_string (first, 0, 0), !=, kansio_rows_get_string (second, 0, 0));

  found = kansio_test_run (kansio_test_security_connect_as ("demo_kasittelija"),
                           "SELECT first_names FROM api.person_search ('010101B123N')", NULL, 0,
                           &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (found), ==, 1);
  g_assert_cmpstr (kansio_rows_get_string (found, 0, 0), ==, "Bertta");
}

static void
test_concurrent_edit (void)
{
  const char *id = kansio_test_security_id_of (MIKKO);
  const char *update = "SELECT api.person_update ($1, $2::integer, 'Mikko Juhani', 'Virtanen', "
                       "'fi', 'Kuvitelma', $3, '99910', 'KUVITELMA', NULL, NULL, NULL, false)";
  KansioDatabase *first = kansio_test_security_connect_as ("demo_kasittelija");
  KansioDatabase *second = kansio_test_security_connect_as ("demo_paattaja");
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) read = NULL;
  g_autoptr (KansioRows) saved = NULL;
  g_autoptr (KansioRows) lost = NULL;
  g_autoptr (KansioRows) after = NULL;
  g_autofree char *version = NULL;

  read = kansio_test_run (first, "SELECT row_version FROM api.person_get ($1)",
                          (const char *const[]){ id }, 1, &error);
  g_assert_no_error (error);
  version = g_strdup (kansio_rows_get_string (read, 0, 0));

  /* Both opened version N; the first save wins, the second is refused. */
  saved = kansio_test_run (second, update, (const char *const[]){ id, version, "Uusi osoite 1" }, 3,
                           &error);
  g_assert_no_error (error);
  lost = kansio_test_run (first, update, (const char *const[]){ id, version, "Toinen osoite 2" }, 3,
                          &error);
  g_assert_null (lost);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT);
  g_clear_error (&error);

  after = kansio_test_run (first, "SELECT street_address FROM api.person_get ($1)",
                           (const char *const[]){ id }, 1, &error);
  g_assert_cmpstr (kansio_rows_get_string (after, 0, 0), ==, "Uusi osoite 1");
}

/* No text, document, date or amount without a bound reaches the database:
 * every api function is tried with each of its arguments oversized (the
 * others NULL), as a user, and must refuse before doing anything. */
static void
test_inputs_bounded (void)
{
  g_autoptr (KansioRows) arguments = kansio_test_security_run_as_superuser (
      "SELECT p.proname, p.pronargs, a.n, format_type (p.proargtypes[a.n - 1], NULL), "
      "  coalesce (p.proargnames[a.n], '') "
      "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace, "
      "  generate_series (1, p.pronargs) a (n) "
      "WHERE n.nspname = 'api' ORDER BY 1, 3");
  guint n_tried = 0;

  for (guint i = 0; i < kansio_rows_get_n_rows (arguments); i++)
    {
      const char *name = kansio_rows_get_string (arguments, i, 0);
      gint64 n_args = kansio_rows_get_int64 (arguments, i, 1);
      gint64 which = kansio_rows_get_int64 (arguments, i, 2);
      const char *type = kansio_rows_get_string (arguments, i, 3);
      const char *argument = kansio_rows_get_string (arguments, i, 4);
      const char *oversized = NULL;
      const char *sqlstate = NULL;
      g_autoptr (GString) sql = g_string_new (NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows = NULL;
      gint64 before = kansio_test_security_count_usage_rows ();

      if (g_str_equal (type, "text")) /* a name is 63 bytes at most anyway */
        oversized = "repeat ('x', 2000000)", sqlstate = "22001";
      else if (g_str_equal (type, "bytea"))
        oversized = "decode (repeat ('25', 30000000), 'hex')", sqlstate = "22001";
      else if (g_str_equal (type, "date"))
        oversized = "'9999-01-01'::date", sqlstate = "22008";
      else if (g_str_equal (type, "timestamp with time zone"))
        oversized = "'9999-01-01'::timestamptz", sqlstate = "22008";
      else if (g_str_equal (type, "integer")
               && g_regex_match_simple ("^p_(page_count|limit|offset|year)$", argument, 0, 0))
        oversized = "2147483647", sqlstate = "22003";
      else if (g_str_equal (type, "bigint")
               && g_regex_match_simple ("(cents|value)$", argument, 0, 0))
        oversized = "4470000000000000000", sqlstate = "22003";
      if (oversized == NULL)
        continue;

      g_string_append_printf (sql, "SELECT * FROM api.%s (", name);
      for (gint64 a = 1; a <= n_args; a++)
        g_string_append_printf (sql, "%s%s", a > 1 ? ", " : "", a == which ? oversized : "NULL");
      g_string_append (sql, ")");

      rows = kansio_test_run (kansio_test_security_connect_as ("demo_kasittelija"), sql->str, NULL,
                              0, &error);
      g_test_message ("api.%s %s: %s", name, argument,
                      error != NULL ? kansio_database_error_get_server_message (error)
                                    : "accepted");
      g_assert_null (rows);
      g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, sqlstate);
      /* Refused at the door: not even a log row. */
      g_assert_cmpint (kansio_test_security_count_usage_rows (), ==, before);
      n_tried++;
    }
  g_assert_cmpuint (n_tried, >, 60);
  g_test_message ("%u oversized arguments refused", n_tried);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  kansio_test_security_set_up ();

  g_test_add_func ("/security/case-close-dates", test_case_close_dates);
  g_test_add_func ("/security/create-person", test_create_person);
  g_test_add_func ("/security/concurrent-edit", test_concurrent_edit);
  g_test_add_func ("/security/expired-grant", test_expired_grant);
  g_test_add_func ("/security/century-sign-is-identity", test_century_sign_is_identity);
  g_test_add_func ("/security/inputs-bounded", test_inputs_bounded);

  status = g_test_run ();
  kansio_test_security_tear_down ();
  return status;
}
