/* test-admin.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * kansio-admin as the helpdesk runs it: exit codes and messages.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include <poppler.h>

#include "kansio-test-util.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

typedef struct
{
  int status;
  char *output;
  char *errors;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->output);
  g_free (run->errors);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static Run
run_admin (const char *language, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  Run run = { 0 };
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("KANSIO_ADMIN"));
  va_start (args, language);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher
      = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "KANSIO_DATABASE");
  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run.output, &run.errors, &error);
  g_assert_no_error (error);
  run.status = g_subprocess_get_exit_status (process);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run.status, run.output, run.errors);
  return run;
}

static void
test_migrate_and_status (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new ();
  g_auto (Run) before = { 0 };
  g_auto (Run) migrate = { 0 };
  g_auto (Run) again = { 0 };
  g_auto (Run) after = { 0 };

  before = run_admin ("en", "--database", test_database->conninfo, "status", NULL);
  g_assert_cmpint (before.status, ==, 0);
  g_assert_nonnull (strstr (before.output, "Schema version: 0"));
  g_assert_nonnull (strstr (before.output, "0001-foundation.sql"));

  migrate = run_admin ("en", "--database", test_database->conninfo, "migrate", NULL);
  g_assert_cmpint (migrate.status, ==, 0);
  g_assert_nonnull (strstr (migrate.output, "Applied"));

  again = run_admin ("en", "--database", test_database->conninfo, "migrate", NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.output, "Applied 0 migrations"));

  after = run_admin ("en", "--database", test_database->conninfo, "status", NULL);
  g_assert_cmpint (after.status, ==, 0);
  g_assert_nonnull (strstr (after.output, "No migrations are pending."));
}

static void
test_errors_in_users_language (void)
{
  g_auto (Run) english = { 0 };
  g_auto (Run) finnish = { 0 };
  g_auto (Run) swedish = { 0 };
  const char *nowhere = "host=/nonexistent/socket/folder dbname=kansio";

  english = run_admin ("en", "--database", nowhere, "status", NULL);
  finnish = run_admin ("fi", "--database", nowhere, "status", NULL);
  swedish = run_admin ("sv", "--database", nowhere, "status", NULL);

  g_assert_cmpint (english.status, ==, 1);
  g_assert_cmpint (finnish.status, ==, 1);
  g_assert_cmpint (swedish.status, ==, 1);
  g_assert_nonnull (strstr (english.errors, "could not be reached"));
  g_assert_nonnull (strstr (finnish.errors, "Tietokantapalvelimeen ei saatu yhteyttä"));
  g_assert_nonnull (strstr (swedish.errors, "Databasservern kunde inte nås"));
}

static void
test_unknown_command (void)
{
  g_auto (Run) unknown = { 0 };
  g_auto (Run) nothing = { 0 };

  unknown = run_admin ("en", "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.errors, "frobnicate"));

  nothing = run_admin ("en", NULL);
  g_assert_cmpint (nothing.status, ==, 2);
  g_assert_nonnull (strstr (nothing.errors, "demo-server"));
}

static void
test_demo_server (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *base = g_dir_make_tmp ("kansio-admin-XXXXXX", &error);
  g_autofree char *directory = g_build_filename (base, "server", NULL);
  g_autofree char *cleanup = g_strdup_printf ("rm -rf '%s'", base);
  g_auto (Run) start = { 0 };
  g_auto (Run) status = { 0 };
  g_auto (Run) migrate = { 0 };
  g_auto (Run) still = { 0 };
  g_auto (Run) stop = { 0 };
  g_auto (Run) stopped = { 0 };

  g_assert_no_error (error);
  g_assert_cmpint (chmod (base, 0755), ==, 0);

  start
      = run_admin ("en", "--demo-directory", directory, "--no-sync", "demo-server", "start", NULL);
  g_assert_cmpint (start.status, ==, 0);
  status = run_admin ("en", "--demo-directory", directory, "demo-server", "status", NULL);
  g_assert_cmpint (status.status, ==, 0);
  g_assert_nonnull (strstr (status.output, "is running"));

  /* A command that used the server on the way does not stop a server
   * started with "demo-server start". */
  migrate = run_admin ("en", "--demo-directory", directory, "migrate", NULL);
  g_assert_cmpint (migrate.status, ==, 0);
  still = run_admin ("en", "--demo-directory", directory, "demo-server", "status", NULL);
  g_assert_cmpint (still.status, ==, 0);

  stop = run_admin ("en", "--demo-directory", directory, "demo-server", "stop", NULL);
  g_assert_cmpint (stop.status, ==, 0);
  stopped = run_admin ("en", "--demo-directory", directory, "demo-server", "status", NULL);
  g_assert_cmpint (stopped.status, ==, 3);
  g_assert_nonnull (strstr (stopped.output, "not running"));

  g_assert_cmpint (system (cleanup), ==, 0);
}

static void
test_validate (void)
{
  const struct
  {
    const char *language;
    const char *kind;
    const char *value;
    int status;
    const char *says;
  } cases[] = {
    { "en", "hetu", "131052-308T", 0, "Valid (born 13.10.1952)" },
    { "en", "hetu", "140384-9027", 0, "temporary" },
    { "en", "hetu", "131052-308U", 1, "check character" },
    { "fi", "hetu", "131052-308U", 1, "tarkistusmerkki" },
    { "sv", "hetu", "290200-002C", 1, "datum" },
    { "en", "iban", "FI2112345600000785", 0, "FI21 1234 5600 0007 85" },
    { "en", "iban", "FI2112345600000784", 1, "check digits" },
    { "en", "reference", "1232", 0, "Valid" },
    { "en", "rf", "RF18539007547034", 0, "Valid" },
    { "en", "business-id", "1572860-0", 0, "Valid" },
    { "en", "business-id", "1572860-1", 1, "check digit" },
    { "en", "colour", "blue", 2, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (Run) run
          = run_admin (cases[i].language, "validate", cases[i].kind, cases[i].value, NULL);

      g_assert_cmpint (run.status, ==, cases[i].status);
      if (cases[i].says != NULL)
        g_assert_nonnull (strstr (run.output, cases[i].says));
    }
}

/* Sealing and verifying from the command line: the helpdesk's timer
 * seals, anyone with the anchors verifies, and the auditor's own check
 * inside the database still answers. */
static void
test_audit_verify (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioDatabase) handler
      = kansio_test_database_connect_as (test_database, "demo_kasittelija");
  g_autofree char *directory = g_dir_make_tmp ("kansio-anchors-XXXXXX", NULL);
  g_autofree char *anchors = g_build_filename (directory, "anchors.txt", NULL);
  g_autofree char *key = g_build_filename (directory, "seal.key", NULL);
  g_autoptr (GError) error = NULL;
  g_auto (Run) sealed = { 0 };
  g_auto (Run) intact = { 0 };
  g_auto (Run) checked = { 0 };
  g_auto (Run) refused = { 0 };
  g_auto (Run) tampered = { 0 };
  g_auto (Run) no_folder = { 0 };
  GStatBuf key_stat;
  const char *searches[]
      = { "SELECT * FROM api.person_search ('virt')", "SELECT * FROM api.person_search ('aino')",
          "SELECT * FROM api.person_search ('mikko')" };
  const char *steps[] = { "BEGIN", "ALTER TABLE kansio.usage_log DISABLE TRIGGER USER",
                          "UPDATE kansio.usage_log SET purpose = 'innocent' "
                          "WHERE id = (SELECT row_id FROM kansio.log_seal "
                          "WHERE log = 'usage' AND position = 2)",
                          "ALTER TABLE kansio.usage_log ENABLE TRIGGER USER", "COMMIT" };

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autoptr (KansioRows) rows = kansio_test_query (handler, searches[i], &error);
      g_assert_no_error (error);
      g_assert_cmpuint (kansio_rows_get_n_rows (rows), >, 0);
    }

  sealed = run_admin ("en", "--database", test_database->conninfo, "audit", "seal", "--directory",
                      directory, NULL);
  g_assert_cmpint (sealed.status, ==, 0);
  g_assert_nonnull (strstr (sealed.output, "Sealed 3 rows"));
  g_assert_true (g_file_test (anchors, G_FILE_TEST_EXISTS));
  /* The private key is its owner's alone. */
  g_assert_cmpint (g_stat (key, &key_stat), ==, 0);
  g_assert_cmpint (key_stat.st_mode & 0077, ==, 0);

  intact = run_admin ("en", "--database", test_database->conninfo, "audit", "verify", "--directory",
                      directory, NULL);
  g_assert_cmpint (intact.status, ==, 0);
  g_assert_nonnull (strstr (intact.output, "usage log: 3 sealed rows intact, 1 anchors checked"));

  checked = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_tarkastaja",
                       "audit", "check", NULL);
  g_assert_cmpint (checked.status, ==, 0);
  g_assert_nonnull (strstr (checked.output, "usage log: intact, 3 sealed rows checked."));

  refused = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_kasittelija",
                       "audit", "check", NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.errors, "right"));

  /* A real server has no demo folder to take the anchors from. */
  no_folder = run_admin ("en", "--database", test_database->conninfo, "audit", "verify", NULL);
  g_assert_cmpint (no_folder.status, ==, 1);
  g_assert_nonnull (strstr (no_folder.errors, "--directory"));

  /* A superuser changes a row behind the api's back. */
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr (KansioRows) rows = kansio_test_query (test_database->database, steps[i], &error);
      g_assert_no_error (error);
    }

  tampered = run_admin ("en", "--database", test_database->conninfo, "audit", "verify",
                        "--directory", directory, NULL);
  g_assert_cmpint (tampered.status, ==, 1);
  g_assert_nonnull (strstr (tampered.output, "Row 2 ("));
  g_assert_nonnull (strstr (tampered.output, "changed after it was sealed"));
}

static gint64
count_rows (KansioTestDatabase *test_database, const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM kansio.%s", table);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = kansio_test_query (test_database->database, sql, &error);

  g_assert_no_error (error);
  return kansio_rows_get_int64 (rows, 0, 0);
}

/* Batch letters from the command line: the same rights and logs as the
 * app, and the client's language unless another is asked for. */
static void
test_document_render (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autofree char *directory = g_dir_make_tmp ("kansio-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "kirje.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autoptr (PopplerPage) page = NULL;
  g_autofree char *text = NULL;
  g_auto (Run) rendered = { 0 };
  g_auto (Run) swedish = { 0 };
  g_auto (Run) reader = { 0 };
  g_auto (Run) invalid = { 0 };
  g_auto (Run) unknown = { 0 };
  g_auto (Run) usage = { 0 };
  gint64 documents = count_rows (test_database, "document");
  gint64 disclosures = count_rows (test_database, "disclosure_log");

  rendered = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_kasittelija",
                        "document", "render", "--template", "information-request", "--client",
                        "140384-9027", "-o", path, NULL);
  g_assert_cmpint (rendered.status, ==, 0);
  g_assert_nonnull (strstr (rendered.output, "1 page"));
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 1);
  page = poppler_document_get_page (pdf, 0);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "Selvityspyyntö"));
  g_assert_nonnull (strstr (text, "Aino Maria Virtanen"));
  g_assert_cmpint (count_rows (test_database, "document"), ==, documents + 1);
  g_assert_cmpint (count_rows (test_database, "disclosure_log"), ==, disclosures + 1);

  swedish = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_kasittelija",
                       "document", "render", "--template", "information-request", "--client",
                       "140384-9027", "--lang", "sv", "-o", path, NULL);
  g_assert_cmpint (swedish.status, ==, 0);
  g_clear_object (&page);
  g_clear_object (&pdf);
  g_clear_pointer (&text, g_free);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (pdf, 0);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "Begäran om utredning"));

  /* A reader may not make documents: refused, nothing stored. */
  documents = count_rows (test_database, "document");
  reader = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_lukija",
                      "document", "render", "--template", "information-request", "--client",
                      "140384-9027", "-o", path, NULL);
  g_assert_cmpint (reader.status, ==, 1);
  g_assert_nonnull (strstr (reader.errors, "right"));
  g_assert_cmpint (count_rows (test_database, "document"), ==, documents);

  invalid = run_admin ("fi", "--database", test_database->conninfo, "--user", "demo_kasittelija",
                       "document", "render", "--template", "information-request", "--client",
                       "140384-9028", "-o", path, NULL);
  g_assert_cmpint (invalid.status, ==, 1);
  g_assert_nonnull (strstr (invalid.errors, "tarkist"));

  unknown = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_kasittelija",
                       "document", "render", "--template", "no-such-template", "--client",
                       "140384-9027", "-o", path, NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.errors, "no-such-template"));

  usage = run_admin ("en", "--database", test_database->conninfo, "document", "render", NULL);
  g_assert_cmpint (usage.status, ==, 2);
  g_assert_nonnull (strstr (usage.errors, "Usage"));

  g_unlink (path);
  g_rmdir (directory);
}

/* kansio-admin calculate income-support: the example input, and
 * bad input with exit status 1. */
static void
test_calculate_income_support (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autofree char *directory = g_dir_make_tmp ("kansio-calculate-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (directory, "good.json", NULL);
  g_autofree char *bad = g_build_filename (directory, "bad.json", NULL);
  g_auto (Run) calculated = { 0 };
  g_auto (Run) refused = { 0 };

  g_assert_true (g_file_set_contents (
      good,
      "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": "
      "\"living_alone\", \"birth_date\": \"1990-05-01\"}], \"incomes\": [{\"member\": "
      "\"a\", \"type\": \"wage\", \"amount\": \"900.00\"}], \"expenses\": [{\"type\": "
      "\"rent\", \"amount\": \"620.00\"}], \"reductions\": [{\"member\": \"a\", "
      "\"percent\": 20}]}",
      -1, NULL));
  g_assert_true (g_file_set_contents (
      bad, "{\"month\": \"2026-03\", \"household\": [{\"id\": \"c\", \"role\": \"child\"}]}", -1,
      NULL));

  calculated = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_kasittelija",
                          "calculate", "income-support", good, NULL);
  g_assert_cmpint (calculated.status, ==, 0);
  /* 578.43 - 115.69 (20 %) + 620.00 rent, less 900.00 wages from 1.3.2026. */
  g_assert_nonnull (strstr (calculated.output, "\"total_expenses\" : \"1082.74\""));
  g_assert_nonnull (strstr (calculated.output, "\"total_income\" : \"900.00\""));
  g_assert_nonnull (strstr (calculated.output, "\"support\" : \"182.74\""));
  g_assert_nonnull (strstr (calculated.output, "\"kind\" : \"reduction\""));

  refused = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_kasittelija",
                       "calculate", "income-support", bad, NULL);
  /* Next year's rates are data a main user adds; a handler may not. */
  {
    g_auto (Run) listed = run_admin ("en", "--database", test_database->conninfo, "--user",
                                     "demo_kasittelija", "rates", "list", "2026-03-01", NULL);
    g_auto (Run) handler
        = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_kasittelija",
                     "rates", "add", "living_alone", "2027-01-01", "-", "58000", "test", NULL);
    /* A perusosa period ends (DOMAIN.md 2.3): without an end, refused. */
    g_auto (Run) open_ended = run_admin ("en", "--database", test_database->conninfo, "--user",
                                         "demo_paakayttaja", "rates", "add", "living_alone",
                                         "2027-01-01", "-", "58000", "Kela 2027 (test)", NULL);
    g_auto (Run) main_user = run_admin (
        "en", "--database", test_database->conninfo, "--user", "demo_paakayttaja", "rates", "add",
        "living_alone", "2027-01-01", "2027-12-31", "58000", "Kela 2027 (test)", NULL);
    g_auto (Run) after = run_admin ("en", "--database", test_database->conninfo, "--user",
                                    "demo_kasittelija", "rates", "list", "2027-01-01", NULL);

    g_assert_cmpint (listed.status, ==, 0);
    g_assert_nonnull (strstr (listed.output, "57843"));
    g_assert_cmpint (handler.status, ==, 1);
    g_assert_cmpint (open_ended.status, ==, 1);
    g_assert_nonnull (strstr (open_ended.errors, "last day of its period"));
    g_assert_cmpint (main_user.status, ==, 0);
    g_assert_nonnull (strstr (after.output, "58000"));
  }
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.errors, "no birth date"));

  g_unlink (good);
  g_unlink (bad);
  g_rmdir (directory);
}

static void
run_as (KansioTestDatabase *test_database, const char *role, const char *sql)
{
  g_autoptr (KansioDatabase) database = kansio_test_database_connect_as (test_database, role);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = kansio_test_query (database, sql, &error);

  g_test_message ("%s: %s", role, sql);
  g_assert_no_error (error);
}

/* A decided application's two orders in one run; the run repeated pays
 * nothing; an interrupted run's file is written again with the same
 * orders. */
static void
test_payment_run (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_with_demo_data ();
  g_autofree char *directory = g_dir_make_tmp ("kansio-payments-XXXXXX", NULL);
  g_autofree char *first = g_build_filename (directory, "first.xml", NULL);
  g_autofree char *second = g_build_filename (directory, "second.xml", NULL);
  g_autofree char *again = g_build_filename (directory, "again.xml", NULL);
  g_autofree char *first_xml = NULL;
  g_autofree char *again_xml = NULL;
  g_auto (Run) paid = { 0 };
  g_auto (Run) repeated = { 0 };
  g_auto (Run) rewritten = { 0 };

  run_as (test_database, "demo_kasittelija",
          "SELECT api.is_application_register ((SELECT case_id FROM api.person_cases ((SELECT "
          "person_id FROM api.person_search ('140384-9027'))) WHERE closed_on IS NULL), "
          "current_date, 'paper', date_trunc ('month', current_date)::date, NULL, "
          "'supplementary', false, NULL)");
  run_as (test_database, "demo_kasittelija",
          "SELECT api.is_decision_prepare (1, 'granted', 120000, '{\"month\": \"2026-03\", "
          "\"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}]}', 'Vuokra ja sähkö')");
  run_as (test_database, "demo_kasittelija",
          "SELECT api.is_payment_order_add (1, 'commitment', 'Vuokranantaja Oy', "
          "'FI49 5000 9420 0287 30', 'RF18 5390 0754 7034', NULL, 62000, current_date)");
  run_as (test_database, "demo_kasittelija",
          "SELECT api.is_payment_order_add (1, 'client', 'Aino Virtanen', 'FI2112345600000785', "
          "NULL, 'Toimeentulotuki', 58000, current_date)");
  /* The version read: each order gave the decision a new one. */
  run_as (test_database, "demo_paattaja",
          "SELECT api.is_decision_decide (1, (SELECT row_version FROM api.is_decision_get (1)))");

  paid = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_paattaja",
                    "payment-run", "-o", first, NULL);
  g_assert_cmpint (paid.status, ==, 0);
  g_assert_nonnull (strstr (paid.output, "2 orders, 1200.00 €"));
  g_assert_true (g_file_get_contents (first, &first_xml, NULL, NULL));
  g_assert_nonnull (strstr (first_xml, "<NbOfTxs>2</NbOfTxs>"));
  g_assert_nonnull (strstr (first_xml, "<CtrlSum>1200.00</CtrlSum>"));
  g_assert_nonnull (strstr (first_xml, "<Ref>RF18539007547034</Ref>"));

  repeated = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_paattaja",
                        "payment-run", "-o", second, NULL);
  g_assert_cmpint (repeated.status, ==, 0);
  g_assert_nonnull (strstr (repeated.output, "Nothing to pay"));
  g_assert_false (g_file_test (second, G_FILE_TEST_EXISTS));

  rewritten = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_paattaja",
                         "payment-run", "--again", "1", "-o", again, NULL);
  g_assert_cmpint (rewritten.status, ==, 0);
  g_assert_true (g_file_get_contents (again, &again_xml, NULL, NULL));
  g_assert_nonnull (strstr (again_xml, "<MsgId>KANSIO-"));
  g_assert_nonnull (strstr (again_xml, "<EndToEndId>KANSIO-1</EndToEndId>"));
  g_assert_nonnull (strstr (again_xml, "<EndToEndId>KANSIO-2</EndToEndId>"));
  g_assert_nonnull (strstr (again_xml, "<CtrlSum>1200.00</CtrlSum>"));

  /* The year's figures: one household of four, one month, 1200 €. */
  {
    g_autoptr (GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *year = g_date_time_format (now, "%Y");
    g_autofree char *line = g_strdup_printf ("%s;supplementary;1;4;1;1200.00", year);
    g_autofree char *hidden = g_strdup_printf ("%s;supplementary;<5;;;", year);
    g_auto (Run) statistics
        = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_tarkastaja",
                     "statistics", "income-support", year, "--csv", NULL);
    g_auto (Run) suppressed
        = run_admin ("en", "--database", test_database->conninfo, "--user", "demo_kasittelija",
                     "statistics", "income-support", year, "--csv", NULL);

    /* The auditor reports the exact figures; anyone else is not told one
     * family's. */
    g_assert_cmpint (statistics.status, ==, 0);
    g_assert_nonnull (strstr (statistics.output, "year;kind;households;persons;household_months"));
    g_assert_nonnull (strstr (statistics.output, line));
    g_assert_cmpint (suppressed.status, ==, 0);
    g_assert_nonnull (strstr (suppressed.output, hidden));
    g_assert_null (strstr (suppressed.output, "1200.00"));
  }

  g_unlink (first);
  g_unlink (again);
  g_rmdir (directory);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/admin/migrate-and-status", test_migrate_and_status);
  g_test_add_func ("/admin/errors-in-users-language", test_errors_in_users_language);
  g_test_add_func ("/admin/unknown-command", test_unknown_command);
  g_test_add_func ("/admin/demo-server", test_demo_server);
  g_test_add_func ("/admin/validate", test_validate);
  g_test_add_func ("/admin/audit-verify", test_audit_verify);
  g_test_add_func ("/admin/document-render", test_document_render);
  g_test_add_func ("/admin/calculate-income-support", test_calculate_income_support);
  g_test_add_func ("/admin/payment-run", test_payment_run);

  return g_test_run ();
}
