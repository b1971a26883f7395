/* test-four-eyes.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Four eyes over every euro (issue 11, part 1), from the attacker's side:
 * each finding of the issue, as a caseworker with psql would try it, is
 * refused. Whoever wrote any part of a decision (it, or one of its
 * payment orders) or of a template version does not decide or approve
 * it; the decision-maker decides the version they read, orders included;
 * orders never exceed the support, not even from two sessions at once;
 * payee names and messages are of the SEPA character set.
 */
#include "config.h"

#include <string.h>

#include <libpq-fe.h>

#include "kansio-test-util.h"

#define AINO "140384-9027"
#define IBAN "FI4950009420028730"

typedef struct
{
  KansioTestDatabase *database;
  char *application; /* Aino's, registered by her handler */
} Fixture;

#define as(fixture, role, sql) kansio_test_as ((fixture)->database, role, sql)
#define value(fixture, role, sql) kansio_test_value_as ((fixture)->database, role, sql)
#define refused(fixture, role, sql, sqlstate)                                                      \
  kansio_test_refused_as ((fixture)->database, role, sql, sqlstate)

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *case_id = NULL;
  g_autofree char *sql = NULL;

  fixture->database = kansio_test_database_new_with_demo_data ();
  /* A second decision-maker in the office, and the first also a handler:
   * the one who may write a decision and decide others'; the main user
   * edits letters too. */
  g_object_unref (
      as (fixture, NULL,
          "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'demo_toinen') THEN "
          "  CREATE ROLE demo_toinen LOGIN IN ROLE kansio_user; END IF; "
          "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"));
  g_object_unref (as (fixture, NULL,
                      "INSERT INTO kansio.staff_member (login_role, full_name, title_fi, "
                      "  title_sv, unit_id, language) "
                      "SELECT 'demo_toinen', 'Toini Toinen', 'sosiaalityöntekijä', "
                      "  'socialarbetare', unit_id, 'fi' FROM kansio.staff_member "
                      "WHERE login_role = 'demo_paattaja'"));
  g_object_unref (as (fixture, NULL,
                      "INSERT INTO kansio.role_grant (staff_id, job_role, unit_id) "
                      "SELECT s.id, g.job_role, s.unit_id FROM kansio.staff_member s, "
                      "  (VALUES ('demo_toinen', 'income-support:decision_maker'), "
                      "          ('demo_paattaja', 'income-support:handler'), "
                      "          ('demo_paakayttaja', 'letters:handler')) g (login, job_role) "
                      "WHERE s.login_role = g.login"));
  case_id = value (fixture, NULL,
                   "SELECT c.id FROM kansio.client_case c JOIN kansio.person p "
                   "ON p.id = c.person_id WHERE p.identity_code = '" AINO "' "
                   "AND c.area = 'income-support' AND c.closed_on IS NULL ORDER BY c.id LIMIT 1");
  sql = g_strdup_printf ("SELECT api.is_application_register (%s, current_date - 3, 'electronic', "
                         "date_trunc ('month', current_date)::date, NULL, 'supplementary', "
                         "false, 'four eyes')",
                         case_id);
  fixture->application = value (fixture, "demo_kasittelija", sql);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_free (fixture->application);
  kansio_test_database_free (fixture->database);
}

/* Prepared by @role: granted, @support cents; the decision's id. */
static char *
prepare (Fixture *fixture, const char *role, const char *outcome, const char *support)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT api.is_decision_prepare (%s, '%s', %s, '{\"month\": \"2026-03\", \"household\": "
      "[{\"id\": \"a\", \"role\": \"living_alone\"}]}', 'Perustelut tässä.')",
      fixture->application, outcome, support);

  return value (fixture, role, sql);
}

static char *
add_order_sql (const char *decision, const char *payee, const char *message, const char *cents)
{
  return g_strdup_printf ("SELECT api.is_payment_order_add (%s, 'client', '%s', '" IBAN
                          "', NULL, %s, %s, current_date)",
                          decision, payee, message, cents);
}

static char *
add_order (Fixture *fixture, const char *role, const char *decision, const char *cents)
{
  g_autofree char *sql = add_order_sql (decision, "Aino Virtanen", "NULL", cents);

  return value (fixture, role, sql);
}

/* The decision's version as @role reads it, and whether they wrote any. */
static char *
version_read_by (Fixture *fixture, const char *role, gboolean *written)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT row_version, written_by_me FROM api.is_decision_get (%s)", fixture->application);
  g_autoptr (KansioRows) rows = as (fixture, role, sql);

  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  if (written != NULL)
    *written = g_str_equal (kansio_rows_get_string (rows, 0, 1), "t");
  return g_strdup (kansio_rows_get_string (rows, 0, 0));
}

static char *
decide_sql (const char *decision, const char *version)
{
  return g_strdup_printf ("SELECT api.is_decision_decide (%s, %s)", decision, version);
}

/* Found: the decision-maker added an order of his choosing to a decision
 * a handler prepared, then decided it himself. */
static void
test_order_writer_does_not_decide (Fixture *fixture, gconstpointer data)
{
  g_autofree char *decision = prepare (fixture, "demo_kasittelija", "granted", "80000");
  g_autofree char *order = add_order (fixture, "demo_paattaja", decision, "80000");
  gboolean written = FALSE;
  g_autofree char *version = version_read_by (fixture, "demo_paattaja", &written);
  g_autofree char *decide = decide_sql (decision, version);
  g_autofree char *message = NULL;

  g_assert_true (written);
  message = refused (fixture, "demo_paattaja", decide, "42501");
  g_assert_nonnull (strstr (message, "another decision-maker"));
  /* Not even with the table's own rights past the api: the guard holds. */
  {
    g_autofree char *sql = g_strdup_printf (
        "UPDATE kansio.is_decision SET decided_by = (SELECT id FROM kansio.staff_member WHERE "
        "login_role = 'demo_paattaja'), decided_at = now () WHERE id = %s",
        decision);

    g_free (refused (fixture, NULL, sql, "42501"));
  }
  /* Someone who wrote none of it decides, and the run pays it. */
  g_clear_pointer (&version, g_free);
  version = version_read_by (fixture, "demo_toinen", &written);
  g_assert_false (written);
  g_clear_pointer (&decide, g_free);
  decide = decide_sql (decision, version);
  g_object_unref (as (fixture, "demo_toinen", decide));
  g_free (value (fixture, "demo_toinen", "SELECT api.is_payment_run_create (current_date)"));
}

/* Found: a handler added an order after the decision-maker had read the
 * decision; the version did not change and both orders were paid. */
static void
test_decide_names_version (Fixture *fixture, gconstpointer data)
{
  g_autofree char *decision = prepare (fixture, "demo_kasittelija", "granted", "80000");
  g_autofree char *first = add_order (fixture, "demo_kasittelija", decision, "30000");
  g_autofree char *read = version_read_by (fixture, "demo_toinen", NULL);
  g_autofree char *second = add_order (fixture, "demo_kasittelija", decision, "50000");
  g_autofree char *decide = decide_sql (decision, read);
  g_autofree char *remove = g_strdup_printf ("SELECT api.is_payment_order_remove (%s)", second);
  g_autofree char *again = NULL;
  g_autofree char *after_removal = NULL;
  g_autofree char *paid = NULL;

  g_free (refused (fixture, "demo_toinen", decide, "KA409"));
  /* Taking an order back changes the version as well. */
  again = version_read_by (fixture, "demo_toinen", NULL);
  g_assert_cmpstr (again, !=, read);
  g_object_unref (as (fixture, "demo_kasittelija", remove));
  g_clear_pointer (&decide, g_free);
  decide = decide_sql (decision, again);
  g_free (refused (fixture, "demo_toinen", decide, "KA409"));

  after_removal = version_read_by (fixture, "demo_toinen", NULL);
  g_clear_pointer (&decide, g_free);
  decide = decide_sql (decision, after_removal);
  g_object_unref (as (fixture, "demo_toinen", decide));
  /* What was decided is what is paid: the first order only. */
  g_free (value (fixture, "demo_toinen", "SELECT api.is_payment_run_create (current_date)"));
  paid = value (fixture, NULL,
                "SELECT sum (amount_cents) FROM kansio.is_payment_order "
                "WHERE run_id IS NOT NULL");
  g_assert_cmpstr (paid, ==, "30000");
  /* A decided decision's orders do not change. */
  {
    g_autofree char *paid_order
        = g_strdup_printf ("SELECT api.is_payment_order_remove (%s)", first);

    g_free (refused (fixture, "demo_kasittelija", paid_order, "42501"));
  }
  {
    g_autofree char *sql = add_order_sql (decision, "Aino Virtanen", "NULL", "100");

    g_free (refused (fixture, "demo_kasittelija", sql, "42501"));
  }
}

/* Found: "prepared by" was whoever saved last, so the first preparer
 * decided his own preparation once a colleague had re-saved it; and a
 * main user approved a template version he had written part of. */
static void
test_every_writer_kept (Fixture *fixture, gconstpointer data)
{
  g_autofree char *decision = prepare (fixture, "demo_paattaja", "granted", "50000");
  g_autofree char *same = prepare (fixture, "demo_kasittelija", "granted", "50000");
  g_autofree char *version = version_read_by (fixture, "demo_paattaja", NULL);
  g_autofree char *decide = decide_sql (decision, version);
  g_autofree char *template = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *authors = NULL;

  g_assert_cmpstr (same, ==, decision);
  g_free (refused (fixture, "demo_paattaja", decide, "42501"));
  g_object_unref (as (fixture, "demo_toinen", decide));
  authors
      = value (fixture, NULL,
               "SELECT string_agg (s.login_role, ',' ORDER BY s.login_role) "
               "FROM kansio.is_decision_author w JOIN kansio.staff_member s ON s.id = w.staff_id");
  g_assert_cmpstr (authors, ==, "demo_kasittelija,demo_paattaja");

  /* The template: the main user writes a draft, a letters editor saves it
   * again and submits it; the main user may not approve it. */
  template = value (fixture, NULL,
                    "SELECT id FROM kansio.document_template "
                    "WHERE name = 'income-support-decision'");
  sql = g_strdup_printf ("SELECT version_id FROM api.template_save_draft (%s, 0, "
                         "'Päätös (pääkäyttäjän teksti)', 'Beslut', 'luonnos')",
                         template);
  draft = value (fixture, "demo_paakayttaja", sql);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT version_id FROM api.template_save_draft (%s, 1, "
                         "'Päätös (korjattu)', 'Beslut', 'luonnos')",
                         template);
  g_free (value (fixture, "demo_kirjeet", sql));
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT api.template_submit (%s)", draft);
  g_object_unref (as (fixture, "demo_kirjeet", sql));
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT api.template_decide (%s, (SELECT row_version FROM "
                         "api.template_version_get (%s)), true, 'hyväksytty')",
                         draft, draft);
  g_free (refused (fixture, "demo_paakayttaja", sql, "42501"));
}

/* Found in an attack round: a letters editor saved other text and
 * submitted it again after the main user had read the version; the main
 * user approved text he never saw. The approval names the version read. */
static void
test_template_approved_as_read (Fixture *fixture, gconstpointer data)
{
  g_autofree char *template = value (fixture, NULL,
                                     "SELECT id FROM kansio.document_template "
                                     "WHERE name = 'information-request'");
  g_autofree char *sql = g_strdup_printf ("SELECT version_id FROM api.template_save_draft (%s, 0, "
                                          "'Selvitys pyydetään.', 'Utredning begärs.', 'uusi')",
                                          template);
  g_autofree char *draft = value (fixture, "demo_kirjeet", sql);
  g_autofree char *read = NULL;
  g_autofree char *again = NULL;

  g_free (sql);
  sql = g_strdup_printf ("SELECT api.template_submit (%s)", draft);
  g_object_unref (as (fixture, "demo_kirjeet", sql));
  g_free (sql);
  sql = g_strdup_printf ("SELECT row_version FROM api.template_version_get (%s)", draft);
  read = value (fixture, "demo_paakayttaja", sql);

  /* Saved again with other text, and submitted again. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT version_id FROM api.template_save_draft (%s, %s, "
                         "'Maksakaa 5000 euroa heti.', 'Betala 5000 euro genast.', 'uusi')",
                         template, read);
  g_free (value (fixture, "demo_kirjeet", sql));
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.template_submit (%s)", draft);
  g_object_unref (as (fixture, "demo_kirjeet", sql));

  g_free (sql);
  sql = g_strdup_printf ("SELECT api.template_decide (%s, %s, true, 'luettu')", draft, read);
  g_free (refused (fixture, "demo_paakayttaja", sql, "KA409"));
  g_free (sql);
  sql = g_strdup_printf ("SELECT row_version FROM api.template_version_get (%s)", draft);
  again = value (fixture, "demo_paakayttaja", sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.template_decide (%s, %s, true, 'luettu')", draft, again);
  g_object_unref (as (fixture, "demo_paakayttaja", sql));
}

/* Found in an attack round: a main user named a template (its title is
 * every letter's heading), a letters editor wrote its text, and he
 * approved it himself. */
static void
test_template_title_counts (Fixture *fixture, gconstpointer data)
{
  g_autofree char *template = value (fixture, "demo_paakayttaja",
                                     "SELECT api.template_create ('maksukehotus', NULL, 'letter', "
                                     "'VIIMEINEN MAKSUKEHOTUS', 'SISTA BETALNINGSPÅMINNELSE')");
  g_autofree char *sql = g_strdup_printf ("SELECT version_id FROM api.template_save_draft (%s, 0, "
                                          "'Hyvä asiakas.', 'Bästa klient.', 'uusi')",
                                          template);
  g_autofree char *draft = value (fixture, "demo_kirjeet", sql);
  g_autofree char *version = NULL;

  g_free (sql);
  sql = g_strdup_printf ("SELECT api.template_submit (%s)", draft);
  g_object_unref (as (fixture, "demo_kirjeet", sql));
  g_free (sql);
  sql = g_strdup_printf ("SELECT row_version FROM api.template_version_get (%s)", draft);
  version = value (fixture, "demo_paakayttaja", sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.template_decide (%s, %s, true, 'ok')", draft, version);
  g_free (refused (fixture, "demo_paakayttaja", sql, "42501"));
}

/* Found: a decision re-prepared as rejected kept its order and the run
 * paid it; orders above the support. */
static void
test_orders_within_support (Fixture *fixture, gconstpointer data)
{
  g_autofree char *decision = prepare (fixture, "demo_kasittelija", "granted", "100000");
  g_autofree char *order = add_order (fixture, "demo_kasittelija", decision, "100000");
  g_autofree char *remove = g_strdup_printf ("SELECT api.is_payment_order_remove (%s)", order);
  g_autofree char *sql = g_strdup_printf (
      "SELECT api.is_decision_prepare (%s, 'rejected', 0, '{\"month\": \"2026-03\", \"household\": "
      "[{\"id\": \"a\", \"role\": \"living_alone\"}]}', 'Hylätään, tulot riittävät.')",
      fixture->application);
  g_autofree char *lower = g_strdup_printf (
      "SELECT api.is_decision_prepare (%s, 'partial', 40000, '{\"month\": \"2026-03\", "
      "\"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}]}', 'Osittain, tulot.')",
      fixture->application);
  g_autofree char *version = NULL;
  g_autofree char *decide = NULL;

  g_free (refused (fixture, "demo_kasittelija", sql, "22023"));
  g_free (refused (fixture, "demo_kasittelija", lower, "22023"));
  {
    g_autofree char *over = add_order_sql (decision, "Aino Virtanen", "NULL", "1");

    g_free (refused (fixture, "demo_kasittelija", over, "22023"));
  }
  /* The order taken back, the rejection is prepared; it has no orders. */
  g_object_unref (as (fixture, "demo_kasittelija", remove));
  g_free (value (fixture, "demo_kasittelija", sql));
  {
    g_autofree char *on_rejection = add_order_sql (decision, "Aino Virtanen", "NULL", "100");

    g_free (refused (fixture, "demo_kasittelija", on_rejection, "22023"));
  }

  /* An order slipped past every trigger (by the superuser, with triggers
   * off) is still not taken by a payment run. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("DO $$ BEGIN PERFORM set_config ('session_replication_role', 'replica', "
                         "true); INSERT INTO kansio.is_payment_order (decision_id, kind, "
                         "payee_name, iban, amount_cents, due_on) VALUES (%s, 'client', 'X', '" IBAN
                         "', 100000, current_date); END $$",
                         decision);
  g_object_unref (as (fixture, NULL, sql));
  version = version_read_by (fixture, "demo_toinen", NULL);
  decide = decide_sql (decision, version);
  g_object_unref (as (fixture, "demo_toinen", decide));
  g_clear_pointer (&sql, g_free);
  sql = value (fixture, "demo_toinen", "SELECT api.is_payment_run_create (current_date)");
  g_assert_null (sql);
  g_clear_pointer (&sql, g_free);
  sql = value (fixture, NULL,
               "SELECT count (*) FROM kansio.is_payment_order WHERE run_id IS NOT NULL");
  g_assert_cmpstr (sql, ==, "0");
}

/* The backend's pid of a raw connection, and whether it waits on a lock. */
static gboolean
waits_on_lock (Fixture *fixture, int pid)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT count (*) FROM pg_stat_activity WHERE pid = %d AND wait_event_type = 'Lock'", pid);
  g_autofree char *n = value (fixture, NULL, sql);

  return g_str_equal (n, "1");
}

static PGconn *
raw_connect (Fixture *fixture, const char *role)
{
  g_autofree char *conninfo = g_strdup_printf ("%s user='%s'", fixture->database->conninfo, role);
  PGconn *conn = PQconnectdb (conninfo);

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  return conn;
}

static void
raw_ok (PGconn *conn, const char *sql)
{
  PGresult *result = PQexec (conn, sql);

  g_test_message ("raw: %s → %s %s", sql, PQresStatus (PQresultStatus (result)),
                  PQresultErrorMessage (result));
  g_assert_true (PQresultStatus (result) == PGRES_COMMAND_OK
                 || PQresultStatus (result) == PGRES_TUPLES_OK);
  PQclear (result);
}

/* Found: two sessions at once put 600 € of orders on a 300 € decision
 * (here: 600 € left, 300 € and 300,01 €).
 * The second waits for the first's lock and then counts its order; in
 * repeatable read it fails instead of counting an old snapshot. */
static void
test_concurrent_orders (Fixture *fixture, gconstpointer data)
{
  const char *isolation[] = { "READ COMMITTED", "REPEATABLE READ" };
  const char *expected[] = { "22023", "40001" };
  /* Each fits what is left alone, the two together do not. */
  const char *first_cents[] = { "30000", "20000" };
  const char *second_cents[] = { "30001", "20000" };
  const char *sums[] = { "30000", "50000" };
  g_autofree char *decision = prepare (fixture, "demo_kasittelija", "granted", "60000");

  for (guint i = 0; i < G_N_ELEMENTS (isolation); i++)
    {
      PGconn *first = raw_connect (fixture, "demo_kasittelija");
      PGconn *second = raw_connect (fixture, "demo_kasittelija");
      g_autofree char *begin = g_strdup_printf ("BEGIN ISOLATION LEVEL %s", isolation[i]);
      g_autofree char *add = add_order_sql (decision, "Aino Virtanen", "NULL", first_cents[i]);
      g_autofree char *add_too = add_order_sql (decision, "Aino Virtanen", "NULL", second_cents[i]);
      g_autofree char *sum = NULL;
      PGresult *result;

      raw_ok (first, begin);
      raw_ok (second, begin);
      /* The second's snapshot is taken before the first commits. */
      raw_ok (second, "SELECT 1");
      raw_ok (first, add);
      g_assert_true (PQsendQuery (second, add_too));
      while (!waits_on_lock (fixture, PQbackendPID (second)))
        g_usleep (G_USEC_PER_SEC / 100);
      raw_ok (first, "COMMIT");
      result = PQgetResult (second);
      g_test_message ("second: %s", PQresultErrorMessage (result));
      g_assert_cmpint (PQresultStatus (result), ==, PGRES_FATAL_ERROR);
      g_assert_cmpstr (PQresultErrorField (result, PG_DIAG_SQLSTATE), ==, expected[i]);
      PQclear (result);
      while ((result = PQgetResult (second)) != NULL)
        PQclear (result);
      raw_ok (second, "ROLLBACK");
      PQfinish (first);
      PQfinish (second);

      sum = value (fixture, NULL, "SELECT sum (amount_cents) FROM kansio.is_payment_order");
      g_assert_cmpstr (sum, ==, sums[i]);
    }
}

/* Found: control characters in a payee name made the run's whole file
 * invalid XML. Names and messages are of the SEPA set when entered, and
 * the refusal names the field. */
static void
test_sepa_text (Fixture *fixture, gconstpointer data)
{
  g_autofree char *decision = prepare (fixture, "demo_kasittelija", "granted", "100000");
  const struct
  {
    const char *payee;
    const char *message;
    const char *column;
  } bad[] = {
    { "Aino' || chr (1) || 'Virtanen", "NULL", "payee_name" },
    { "Aino <b>Virtanen</b>", "NULL", "payee_name" },
    { "Aino & Co", "NULL", "payee_name" },
    { "Aino Virtanen", "'Vuokra ' || chr (27) || '[31m'", "message" },
    { "Aino Virtanen", "repeat ('x', 141)", "message" },
    { "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "NULL",
      "payee_name" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *sql = add_order_sql (decision, bad[i].payee, bad[i].message, "100");
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows
          = kansio_test_try_as (fixture->database, "demo_kasittelija", sql, &error);

      g_assert_null (rows);
      g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "22023");
      g_assert_cmpstr (kansio_database_error_get_column (error), ==, bad[i].column);
    }
  /* Finnish and Swedish names are a bank's names too. */
  {
    g_autofree char *sql
        = add_order_sql (decision, "Åke Öhman-Järvi", "'Vuokra 12/2026, asunto (A 1).'", "100");

    g_free (value (fixture, "demo_kasittelija", sql));
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, test)                                                                            \
  g_test_add ("/four-eyes/" path, Fixture, NULL, fixture_set_up, test, fixture_tear_down)
  ADD ("order-writer-does-not-decide", test_order_writer_does_not_decide);
  ADD ("decide-names-version", test_decide_names_version);
  ADD ("every-writer-kept", test_every_writer_kept);
  ADD ("template-approved-as-read", test_template_approved_as_read);
  ADD ("template-title-counts", test_template_title_counts);
  ADD ("orders-within-support", test_orders_within_support);
  ADD ("concurrent-orders", test_concurrent_orders);
  ADD ("sepa-text", test_sepa_text);
#undef ADD

  return g_test_run ();
}
