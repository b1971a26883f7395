/* test-document-service.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A stored decision is what the database decided (issue 11, part 2), from
 * the attacker's side: no login role stores a document or links one to a
 * decision; the document service makes a decision's document as it is
 * decided, from the database's data, and the same inputs make the same
 * bytes again (kansio-admin document verify); what the workstation
 * composes is a draft marked so on every page; the sending is recorded
 * once. Each test runs its own service (kansio-test-util.c).
 */
#include "config.h"

#include <signal.h>
#include <string.h>

#include <poppler.h>

#include "kansio-test-util.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define AINO "140384-9027"
/* The day of sending as the database counts it, whatever the session's zone. */
#define HELSINKI_TODAY "(now () AT TIME ZONE 'Europe/Helsinki')::date"

typedef struct
{
  KansioTestDatabase *database;
  char *case_id;
} Fixture;

#define as(fixture, role, sql) kansio_test_as ((fixture)->database, role, sql)
#define value(fixture, role, sql) kansio_test_value_as ((fixture)->database, role, sql)
#define refused(fixture, role, sql, sqlstate)                                                      \
  kansio_test_refused_as ((fixture)->database, role, sql, sqlstate)

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->database = kansio_test_database_new_with_demo_data ();
  fixture->case_id = value (fixture, NULL,
                            "SELECT c.id FROM kansio.client_case c JOIN kansio.person p "
                            "ON p.id = c.person_id WHERE p.identity_code = '" AINO "' "
                            "AND c.area = 'income-support' AND c.closed_on IS NULL "
                            "ORDER BY c.id LIMIT 1");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_free (fixture->case_id);
  kansio_test_database_free (fixture->database);
}

/* Aino's application, prepared by her handler with 450 € and one order,
 * decided by the decision-maker: the decision's id. */
static char *
decide (Fixture *fixture, const char *reasons)
{
  g_autofree char *sql = NULL;
  g_autofree char *application = NULL;
  g_autofree char *decision = NULL;

  sql = g_strdup_printf ("SELECT api.is_application_register (%s, current_date, 'paper', "
                         "date_trunc ('month', current_date)::date, NULL, 'supplementary', "
                         "false, 'document service')",
                         fixture->case_id);
  application = value (fixture, "demo_kasittelija", sql);
  g_free (sql);
  sql = g_strdup_printf (
      "SELECT api.is_decision_prepare (%s, 'granted', 45000, '{\"month\": \"2026-03\", "
      "\"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}]}', '%s')",
      application, reasons);
  decision = value (fixture, "demo_kasittelija", sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_payment_order_add (%s, 'client', 'Aino Virtanen', "
                         "'FI2112345600000785', NULL, NULL, 45000, current_date)",
                         decision);
  g_free (value (fixture, "demo_kasittelija", sql));
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_decision_decide (%s, (SELECT row_version FROM "
                         "api.is_decision_get (%s)))",
                         decision, application);
  g_object_unref (as (fixture, "demo_paattaja", sql));
  return g_steal_pointer (&decision);
}

static KansioDocumentComposer *
composer_as (Fixture *fixture, const char *role, KansioDatabase **database)
{
  *database = kansio_test_database_connect_as (fixture->database, role);
  return kansio_document_composer_new (*database);
}

/* The decision's document once the service has stored it. */
static KansioDocument *
await_decision (Fixture *fixture, const char *subject, const char *id, GError **error)
{
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioDocumentComposer) composer = composer_as (fixture, "demo_paattaja", &database);
  GAsyncResult *result = NULL;
  KansioDocument *document;

  kansio_document_composer_await_async (composer, subject, g_ascii_strtoll (id, NULL, 10), NULL,
                                        kansio_test_store_result_cb, &result);
  document = kansio_document_composer_await_finish (composer, kansio_test_wait (&result), error);
  g_object_unref (result);
  return document;
}

/* Every page's text, one line. */
static char *
pdf_text (GBytes *pdf)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PopplerDocument) document = poppler_document_new_from_bytes (pdf, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append_printf (text, "%s\f", page_text);
    }
  return g_strdelimit (g_string_free (text, FALSE), "\n", ' ');
}

static int
run_admin (char **output, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (
      G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE);
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("KANSIO_ADMIN"));
  va_start (args, output);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "en", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, output, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("kansio-admin: %s", *output);
  return g_subprocess_get_exit_status (process);
}

/* Deciding makes the decision's document: the service composes it from
 * what was decided, signed by the decision-maker, stored and linked; the
 * same inputs compose the same bytes again, and changed inputs do not. */
static void
test_decision_made_by_service (Fixture *fixture, gconstpointer data)
{
  g_autofree char *decision = decide (fixture, "Vuokra on kohtuullinen.");
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document = await_decision (fixture, "is-decision", decision, &error);
  g_autofree char *text = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *linked = NULL;
  g_autofree char *made_by = NULL;
  g_autofree char *id = NULL;
  g_autofree char *conninfo = NULL;
  g_autofree char *output = NULL;

  g_assert_no_error (error);
  g_assert_true (kansio_document_is_stored (document));
  g_assert_false (kansio_document_is_draft (document));
  /* The decision and its calculation, then the rectification instructions. */
  g_assert_cmpuint (kansio_document_get_n_pages (document), ==, 3);
  text = pdf_text (kansio_document_get_pdf (document));
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "PÄÄTÖS"));
  g_assert_nonnull (strstr (text, "450,00"));
  g_assert_nonnull (strstr (text, "Vuokra on kohtuullinen."));
  g_assert_nonnull (strstr (text, "Paavo Päättäjä"));
  g_assert_nonnull (strstr (text, "Aino Maria Virtanen"));
  g_assert_null (strstr (text, "LUONNOS"));

  sql = g_strdup_printf ("SELECT d.document_id FROM kansio.is_decision d WHERE d.id = %s",
                         decision);
  linked = value (fixture, NULL, sql);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, kansio_document_get_id (document));
  g_assert_cmpstr (linked, ==, id);
  g_free (sql);
  sql = g_strdup_printf ("SELECT s.login_role FROM kansio.document d JOIN kansio.staff_member s "
                         "ON s.id = d.created_by WHERE d.id = %s",
                         id);
  made_by = value (fixture, NULL, sql);
  g_assert_cmpstr (made_by, ==, "demo_paattaja");

  /* Composed again from the recorded inputs: the same bytes. */
  conninfo = g_strdup_printf ("%s user=kansio_documents", fixture->database->conninfo);
  g_assert_cmpint (run_admin (&output, "--database", conninfo, "document", "verify", id, NULL), ==,
                   0);
  g_assert_nonnull (strstr (output, "matches its inputs"));
  /* Inputs changed after the fact no longer compose what was stored. */
  g_free (sql);
  sql = g_strdup_printf ("UPDATE kansio.document_request SET inputs = jsonb_set (inputs, "
                         "'{subject_data,reasons}', '\"Hylätään.\"') WHERE document_id = %s",
                         id);
  g_object_unref (as (fixture, NULL, sql));
  g_clear_pointer (&output, g_free);
  g_assert_cmpint (run_admin (&output, "--database", conninfo, "document", "verify", id, NULL), ==,
                   1);
  g_assert_nonnull (strstr (output, "does NOT match"));
}

/* Found: a decision-maker stored a PDF reading "hylätään" and linked it as
 * the decision sent of a decision granting 800 €; a handler stored 9.6 MB
 * of anything as a letter. No login role stores or links a document. */
static void
test_workstation_stores_nothing (Fixture *fixture, gconstpointer data)
{
  g_autofree char *decision = decide (fixture, "Vuokra on kohtuullinen.");
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document = await_decision (fixture, "is-decision", decision, &error);
  g_autofree char *decision_version
      = value (fixture, NULL, "SELECT kansio.approved_version ('income-support-decision')");
  const char *roles[] = { "demo_paattaja", "demo_kasittelija", "demo_paakayttaja" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autofree char *store = g_strdup_printf (
          "SELECT * FROM api.document_store (%s, %s, 'fi', '\\x255044462d'::bytea, 1)",
          fixture->case_id, decision_version);
      g_autofree char *link
          = g_strdup_printf ("SELECT api.is_decision_document_set (%s, %" G_GINT64_FORMAT ")",
                             decision, kansio_document_get_id (document));
      g_autofree char *request = g_strdup_printf ("SELECT api.document_request (%s, %s, 'fi')",
                                                  fixture->case_id, decision_version);

      /* The workstation's ways of storing a document are gone. */
      g_free (refused (fixture, roles[i], store, "42883"));
      g_free (refused (fixture, roles[i], link, "42883"));
      /* The service's are the service's. */
      g_free (refused (fixture, roles[i], "SELECT * FROM kansio_service.take_request ()", "42501"));
      g_free (refused (fixture, roles[i],
                       "SELECT kansio_service.store (1, '\\x255044462d'::bytea, 1)", "42501"));
      g_free (refused (fixture, roles[i], "SELECT * FROM kansio_service.document_for_verify (1)",
                       "42501"));
      /* A decision's document is not asked for as a letter. */
      g_free (refused (fixture, roles[i], request, "42501"));
      g_free (refused (fixture, roles[i],
                       "INSERT INTO kansio.document (person_id, kind, language, title, pdf, "
                       "sha256, page_count) VALUES (1, 'letter', 'fi', 'x', '\\x25', '', 1)",
                       "42501"));
    }

  /* The service itself stores only what it took, and only a PDF. */
  g_free (refused (fixture, "kansio_documents",
                   "SELECT kansio_service.store ((SELECT max (request_id) FROM "
                   "kansio_service.take_request ()), 'not a pdf'::bytea, 1)",
                   "22023"));
  g_free (refused (fixture, "kansio_documents",
                   "SELECT kansio_service.store (1, '\\x255044462d'::bytea, 1)", "22023"));
  /* And reads no client data through the api: it is no user. */
  g_free (refused (fixture, "kansio_documents", "SELECT * FROM api.person_search ('Virtanen')",
                   "42501"));
}

/* What the workstation composes says LUONNOS (UTKAST) across every page,
 * and a decision's draft is not stored; a letter asked for is the
 * service's. */
static void
test_drafts_marked (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioDocumentComposer) composer
      = composer_as (fixture, "demo_kasittelija", &database);
  g_autoptr (KansioMergeData) fields = kansio_merge_data_new ();
  const char *languages[] = { "fi", "sv" };
  const char *marks[] = { "LUONNOS", "UTKAST" };
  gint64 person = g_ascii_strtoll (
      value (fixture, NULL, "SELECT id FROM kansio.person WHERE identity_code = '" AINO "'"), NULL,
      10);

  kansio_income_support_add_fields (kansio_document_composer_get_fields (composer));
  kansio_merge_data_set_boolean (fields, "decision.granted", TRUE);
  kansio_merge_data_set_money (fields, "decision.support", 45000);
  kansio_merge_data_set_text (fields, "decision.reasons", "Vuokra on kohtuullinen.");
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioDocument) draft = NULL;
      g_autoptr (KansioDocument) stored = NULL;
      g_auto (GStrv) pages = NULL;
      g_autofree char *text = NULL;
      GAsyncResult *result = NULL;

      kansio_document_composer_compose_async (
          composer, "income-support-decision", person, g_ascii_strtoll (fixture->case_id, NULL, 10),
          languages[i], fields, NULL, kansio_test_store_result_cb, &result);
      draft
          = kansio_document_composer_compose_finish (composer, kansio_test_wait (&result), &error);
      g_clear_object (&result);
      g_assert_no_error (error);
      g_assert_true (kansio_document_is_draft (draft));
      text = pdf_text (kansio_document_get_pdf (draft));
      pages = g_strsplit (text, "\f", -1);
      g_assert_cmpuint (g_strv_length (pages), >=, 2);
      for (guint p = 0; pages[p + 1] != NULL; p++)
        g_assert_nonnull (strstr (pages[p], marks[i]));

      kansio_document_composer_store_async (composer, draft, NULL, kansio_test_store_result_cb,
                                            &result);
      stored = kansio_document_composer_store_finish (composer, kansio_test_wait (&result), &error);
      g_clear_object (&result);
      g_assert_null (stored);
      g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
    }
}

/* The sending is recorded once, after the document is stored, on a day
 * between the decision and today; the decision then says so. */
static void
test_sending_recorded (Fixture *fixture, gconstpointer data)
{
  g_autofree char *decision = decide (fixture, "Vuokra on kohtuullinen.");
  /* Today as the database counts it (Helsinki's), whatever the zone the
   * test runs in: late in the evening UTC, Helsinki is a day ahead. */
  g_autofree char *sent
      = g_strdup_printf ("SELECT api.is_decision_sent (%s, 'post', " HELSINKI_TODAY ")", decision);
  g_autofree char *future = g_strdup_printf (
      "SELECT api.is_decision_sent (%s, 'post', " HELSINKI_TODAY " + 1)", decision);
  g_autofree char *pigeon = g_strdup_printf (
      "SELECT api.is_decision_sent (%s, 'pigeon', " HELSINKI_TODAY ")", decision);
  g_autofree char *shown = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document = await_decision (fixture, "is-decision", decision, &error);

  g_assert_no_error (error);
  g_free (refused (fixture, "demo_lukija", sent, "42501"));
  g_free (refused (fixture, "demo_kasittelija", future, "22023"));
  g_free (refused (fixture, "demo_kasittelija", pigeon, "22023"));
  /* Found in an attack round: no day and no channel were taken, again and
   * again. */
  {
    g_autofree char *no_channel
        = g_strdup_printf ("SELECT api.is_decision_sent (%s, NULL, " HELSINKI_TODAY ")", decision);
    g_autofree char *no_day
        = g_strdup_printf ("SELECT api.is_decision_sent (%s, 'post', NULL)", decision);

    g_free (refused (fixture, "demo_kasittelija", no_channel, "22023"));
    g_free (refused (fixture, "demo_kasittelija", no_day, "22023"));
  }
  g_object_unref (as (fixture, "demo_kasittelija", sent));
  g_free (refused (fixture, "demo_paattaja", sent, "42501"));
  shown = value (fixture, NULL,
                 "SELECT sent_channel || ' ' || (sent_on = " HELSINKI_TODAY ") "
                 "FROM kansio.is_decision");
  g_assert_cmpstr (shown, ==, "post true");
}

/* A service that is not running: the decision is made and kept, the
 * wait ends with words, and the document is made once it runs again. */
static void
test_service_down (Fixture *fixture, gconstpointer data)
{
  g_autofree char *decision = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) missing = NULL;
  g_autoptr (KansioDocument) document = NULL;
  g_autofree char *as_service
      = g_strdup_printf ("%s user='kansio_documents'", fixture->database->conninfo);
  g_autofree char *status = NULL;

  kansio_test_database_stop_document_service (fixture->database);

  g_setenv ("KANSIO_DOCUMENT_WAIT_SECONDS", "1", TRUE);
  decision = decide (fixture, "Vuokra on kohtuullinen.");
  missing = await_decision (fixture, "is-decision", decision, &error);
  g_unsetenv ("KANSIO_DOCUMENT_WAIT_SECONDS");
  g_assert_null (missing);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_SERVICE_UNAVAILABLE);
  g_clear_error (&error);
  status = value (fixture, NULL, "SELECT status FROM kansio.document_request");
  g_assert_cmpstr (status, ==, "waiting");

  fixture->database->document_service = kansio_document_service_spawn (as_service, &error);
  g_assert_no_error (error);
  document = await_decision (fixture, "is-decision", decision, &error);
  g_assert_no_error (error);
  g_assert_true (kansio_document_is_stored (document));
}

/* Found in an attack round: a calculation the service cannot read ('x')
 * left a decision decided, paid and never documented. It is refused when
 * prepared, and a decision whose document failed is not paid. */
static void
test_undocumented_not_paid (Fixture *fixture, gconstpointer data)
{
  g_autofree char *decision = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *application = NULL;
  g_autofree char *run = NULL;
  const char *hostile[] = { "x", "{}", "[]", "{\"month\": \"2026-13\", \"household\": []}",
                            "{\"month\": \"2026-03\", \"household\": [{\"id\": \"c\", "
                            "\"role\": \"child\"}]}" };

  sql = g_strdup_printf ("SELECT api.is_application_register (%s, current_date, 'paper', "
                         "date_trunc ('month', current_date)::date, NULL, 'supplementary', "
                         "false, 'hostile')",
                         fixture->case_id);
  application = value (fixture, "demo_kasittelija", sql);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows = NULL;

      g_free (sql);
      sql = g_strdup_printf ("SELECT api.is_decision_prepare (%s, 'granted', 20000, '%s', "
                             "'Perustelut.')",
                             application, hostile[i]);
      rows = kansio_test_try_as (fixture->database, "demo_kasittelija", sql, &error);
      g_assert_null (rows);
      g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "22023");
      g_assert_cmpstr (kansio_database_error_get_column (error), ==, "calculation");
    }

  /* A document that failed for any other reason: no payment either. */
  kansio_test_database_stop_document_service (fixture->database);
  decision = decide (fixture, "Vuokra on kohtuullinen.");
  g_object_unref (as (fixture, NULL,
                      "UPDATE kansio.document_request SET status = 'failed', "
                      "error = 'test' WHERE subject = 'is-decision'"));
  run = value (fixture, "demo_paattaja", "SELECT api.is_payment_run_create (current_date)");
  g_assert_null (run);
}

/* The recovery decision is made as it is decided, in the client's
 * language, from the recovery as recorded. */
static void
test_recovery_decision (Fixture *fixture, gconstpointer data)
{
  g_autofree char *decision = decide (fixture, "Vuokra on kohtuullinen.");
  g_autofree char *sql = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document = NULL;
  const char *expected[]
      = { "PÄÄTÖS",          "Toimeentulotuen takaisinperintä", "250,00", "450,00",
          "1412/1997) 20 §", "Tulot jäivät ilmoittamatta." };

  g_free (value (fixture, "demo_paattaja", "SELECT api.is_payment_run_create (current_date)"));
  sql = g_strdup_printf (
      "SELECT api.is_recovery_prepare (%s, 25000, 'Tulot jäivät ilmoittamatta.')", decision);
  recovery = value (fixture, "demo_kasittelija", sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_recovery_decide (%s)", recovery);
  g_object_unref (as (fixture, "demo_paattaja", sql));
  document = await_decision (fixture, "is-recovery-decision", recovery, &error);
  g_assert_no_error (error);
  text = pdf_text (kansio_document_get_pdf (document));
  g_test_message ("%s", text);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_nonnull (strstr (text, expected[i]));
}

/* The completion request's letter (14 a § 3 mom., DOMAIN.md 2.1): made
 * with the request, it lists what is asked, as the handler typed it, and
 * prints the day by which, counted by the rules; what has arrived is not
 * asked again. */
static void
test_information_request (Fixture *fixture, gconstpointer data)
{
  g_autofree char *sql = NULL;
  g_autofree char *application = NULL;
  g_autofree char *arrived = NULL;
  g_autofree char *request = NULL;
  g_autofree char *due_on = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document = NULL;

  sql = g_strdup_printf ("SELECT api.is_application_register (%s, current_date - 1, 'paper', "
                         "date_trunc ('month', current_date)::date, NULL, 'supplementary', "
                         "false, 'information request')",
                         fixture->case_id);
  application = value (fixture, "demo_kasittelija", sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_attachment_set (%s, NULL, 'Vuokrasopimus', NULL), "
                         "api.is_attachment_set (%s, NULL, 'Tiliotteet kolmelta kuukaudelta', "
                         "NULL)",
                         application, application);
  g_object_unref (as (fixture, "demo_kasittelija", sql));
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_attachment_set (%s, NULL, 'Palkkalaskelma', "
                         "current_date - 1)",
                         application);
  arrived = value (fixture, "demo_kasittelija", sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_completion_request (%s, 1, NULL, NULL)", application);
  g_free (value (fixture, "demo_kasittelija", sql));

  /* The date by which: 7 working days from today (the default). */
  g_free (sql);
  sql = g_strdup_printf (
      "SELECT to_char (completion_due_on, 'FMDD.FMMM.YYYY') FROM "
      "kansio.is_application WHERE id = %s AND completion_due_on = "
      "kansio.add_working_days ((now () AT TIME ZONE 'Europe/Helsinki')::date, 7)",
      application);
  due_on = value (fixture, NULL, sql);
  g_assert_nonnull (due_on);
  g_free (sql);
  sql = g_strdup_printf ("SELECT subject_id FROM kansio.document_request WHERE subject = "
                         "'letter' AND application_id = %s",
                         application);
  request = value (fixture, NULL, sql);

  document = await_decision (fixture, "letter", request, &error);
  if (error != NULL)
    {
      g_autofree char *why = NULL;

      g_free (sql);
      sql = g_strdup_printf ("SELECT coalesce (error, status) FROM kansio.document_request "
                             "WHERE subject_id = %s AND subject = 'letter'",
                             request);
      why = value (fixture, NULL, sql);
      g_test_message ("the service: %s", why);
    }
  g_assert_no_error (error);
  g_assert_true (kansio_document_is_stored (document));
  text = pdf_text (kansio_document_get_pdf (document));
  g_test_message ("%s", text);
  /* KANSIO_TEST_SCREENSHOTS=DIR keeps the letter, to look at. */
  if (g_getenv ("KANSIO_TEST_SCREENSHOTS") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("KANSIO_TEST_SCREENSHOTS"),
                                                "information-request.pdf", NULL);
      GBytes *pdf = kansio_document_get_pdf (document);

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL),
                                          (gssize) g_bytes_get_size (pdf), NULL));
    }
  g_assert_nonnull (strstr (text, "TÄYDENNYSPYYNTÖ"));
  g_assert_nonnull (strstr (text, "Aino Maria Virtanen"));
  g_assert_nonnull (strstr (text, "Vuokrasopimus"));
  g_assert_nonnull (strstr (text, "Tiliotteet kolmelta kuukaudelta"));
  g_assert_null (strstr (text, "Palkkalaskelma"));
  g_assert_nonnull (strstr (text, due_on));
  g_assert_nonnull (strstr (text, "14 a §"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, test)                                                                            \
  g_test_add ("/document-service/" path, Fixture, NULL, fixture_set_up, test, fixture_tear_down)
  ADD ("decision-made-by-service", test_decision_made_by_service);
  ADD ("workstation-stores-nothing", test_workstation_stores_nothing);
  ADD ("drafts-marked", test_drafts_marked);
  ADD ("sending-recorded", test_sending_recorded);
  ADD ("service-down", test_service_down);
  ADD ("undocumented-not-paid", test_undocumented_not_paid);
  ADD ("recovery-decision", test_recovery_decision);
  ADD ("information-request", test_information_request);
#undef ADD

  return g_test_run ();
}
