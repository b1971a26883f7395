/* test-composer.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Documents made end to end against the demo database, as a caseworker
 * makes them, and read back with Poppler: the client's language, the
 * address held back under a non-disclosure marking, hostile client data,
 * storing for good, disclosures, and approval before use.
 */
#include "config.h"

#include <poppler.h>

#include "kansio-test-util.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define AINO "140384-9027"
#define SAGA "300890-946J"
#define LIISA "290296-970C"

static KansioTestDatabase *demo;

static KansioRows *
run (KansioDatabase *database, const char *sql, GError **error)
{
  return kansio_test_query (database, sql, error);
}

static KansioRows *
run_ok (KansioDatabase *database, const char *sql)
{
  g_autoptr (GError) error = NULL;
  KansioRows *rows = run (database, sql, &error);

  g_assert_no_error (error);
  return rows;
}

static gint64
scalar (KansioDatabase *database, const char *sql)
{
  g_autoptr (KansioRows) rows = run_ok (database, sql);

  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  return kansio_rows_get_int64 (rows, 0, 0);
}

static gint64
person_id (const char *identity_code)
{
  g_autofree char *sql
      = g_strdup_printf ("SELECT id FROM kansio.person WHERE identity_code = '%s'", identity_code);
  return scalar (demo->database, sql);
}

static gint64
open_case_id (const char *identity_code, const char *area)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT c.id FROM kansio.client_case c JOIN kansio.person p ON p.id = c.person_id "
      "WHERE p.identity_code = '%s' AND c.area = '%s' AND c.closed_on IS NULL",
      identity_code, area);
  return scalar (demo->database, sql);
}

static KansioDocument *
compose (KansioDocumentComposer *composer,
         const char *template_name,
         gint64 person,
         gint64 case_id,
         const char *language,
         GError **error)
{
  GAsyncResult *result = NULL;
  KansioDocument *document;

  kansio_document_composer_compose_async (composer, template_name, person, case_id, language, NULL,
                                          NULL, kansio_test_store_result_cb, &result);
  document = kansio_document_composer_compose_finish (composer, kansio_test_wait (&result), error);
  g_object_unref (result);
  return document;
}

/* The document stored for @document: the service's letter, or the
 * auditor's report itself. */
static KansioDocument *
store (KansioDocumentComposer *composer, KansioDocument *document, GError **error)
{
  GAsyncResult *result = NULL;
  KansioDocument *stored;

  kansio_document_composer_store_async (composer, document, NULL, kansio_test_store_result_cb,
                                        &result);
  stored = kansio_document_composer_store_finish (composer, kansio_test_wait (&result), error);
  g_object_unref (result);
  return stored;
}

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

      g_string_append (text, page_text);
    }
  return g_string_free (text, FALSE);
}

static KansioDocumentComposer *
composer_for (const char *role, KansioDatabase **database_out)
{
  KansioDatabase *database = kansio_test_database_connect_as (demo, role);

  *database_out = database;
  return kansio_document_composer_new (database);
}

static void
test_letter_in_clients_language (void)
{
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioDocumentComposer) composer = composer_for ("demo_kasittelija", &database);
  g_autoptr (KansioDatabase) swedish_database = NULL;
  g_autoptr (KansioDocumentComposer) swedish_composer
      = composer_for ("demo_handlaggare", &swedish_database);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) finnish = NULL;
  g_autoptr (KansioDocument) swedish = NULL;
  g_autofree char *finnish_text = NULL;
  g_autofree char *swedish_text = NULL;

  finnish = compose (composer, "information-request", person_id (AINO),
                     open_case_id (AINO, "income-support"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kansio_document_get_language (finnish), ==, KANSIO_LANGUAGE_FINNISH);
  finnish_text = pdf_text (kansio_document_get_pdf (finnish));
  for (const char *const *part
       = (const char *const[]){ "SELVITYSPYYNTÖ", "Aino Maria Virtanen",
                                "Mielikuvituksentie 3 B 12", "99910 KUVITELMA", "Asianumero",
                                "TOTU-", "Lisätietoja antaa", "Kaisa Käsittelijä", NULL };
       *part != NULL; part++)
    {
      g_test_message ("fi: %s", *part);
      g_assert_nonnull (strstr (finnish_text, *part));
    }

  /* Saga writes in Swedish; her handler works in Swedish too, but the
   * language follows the client, not the user. */
  swedish = compose (swedish_composer, "information-request", person_id (SAGA),
                     open_case_id (SAGA, "income-support"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kansio_document_get_language (swedish), ==, KANSIO_LANGUAGE_SWEDISH);
  swedish_text = pdf_text (kansio_document_get_pdf (swedish));
  for (const char *const *part
       = (const char *const[]){ "BEGÄRAN OM", "Datum", "Ärendenummer", "Närmare upplysningar ger",
                                "Drömgatan 7 A 2", NULL };
       *part != NULL; part++)
    {
      g_test_message ("sv: %s", *part);
      g_assert_nonnull (strstr (swedish_text, *part));
    }
  g_assert_null (strstr (swedish_text, "Asianumero"));
}

static void
test_language_can_be_chosen (void)
{
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioDocumentComposer) composer = composer_for ("demo_kasittelija", &database);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document = NULL;
  g_autofree char *text = NULL;

  document = compose (composer, "information-request", person_id (AINO),
                      open_case_id (AINO, "income-support"), "sv", &error);
  g_assert_no_error (error);
  text = pdf_text (kansio_document_get_pdf (document));
  g_assert_nonnull (strstr (text, "Bästa Aino Maria Virtanen"));
  g_assert_nonnull (strstr (text, "förmånshandläggare"));
}

/* Turvakielto: the address never reaches paper, whoever makes the
 * letter; it goes to the client care of the office. */
static void
test_non_disclosed_address_never_printed (void)
{
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioDocumentComposer) composer = composer_for ("demo_kasittelija", &database);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autoptr (KansioRows) granted = run_ok (
      demo->database, "INSERT INTO kansio.role_grant (staff_id, job_role, unit_id) "
                      "SELECT s.id, 'protected_address', s.unit_id FROM kansio.staff_member s "
                      "WHERE s.login_role = 'demo_kasittelija'");

  document = compose (composer, "information-request", person_id (LIISA),
                      open_case_id (LIISA, "income-support"), NULL, &error);
  g_assert_no_error (error);
  text = pdf_text (kansio_document_get_pdf (document));
  g_assert_nonnull (strstr (text, "Liisa Mäkinen"));
  g_assert_nonnull (strstr (text, "c/o Keskustan sosiaalitoimisto"));
  g_assert_nonnull (strstr (text, "Kuvitelmankatu 1"));
  g_assert_null (strstr (text, "Salainen polku"));

  g_clear_object (&granted);
  granted = run_ok (demo->database,
                    "DELETE FROM kansio.role_grant WHERE job_role = 'protected_address' AND "
                    "staff_id = (SELECT id FROM kansio.staff_member "
                    "WHERE login_role = 'demo_kasittelija')");
}

static void
test_hostile_client_data_printed_as_is (void)
{
  const char *hostile = "**Bo** <b>&amp; {{client.identity_code}} | # \\";
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioDocumentComposer) composer = composer_for ("demo_kasittelija", &database);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document = NULL;
  g_autoptr (KansioRows) changed = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *text = NULL;
  g_autofree char *one_line = NULL;

  sql = g_strdup_printf ("UPDATE kansio.person SET first_names = %s WHERE identity_code = '%s'",
                         "'**Bo** <b>&amp; {{client.identity_code}} | # \\'", AINO);
  changed = run_ok (demo->database, sql);
  document = compose (composer, "information-request", person_id (AINO),
                      open_case_id (AINO, "income-support"), NULL, &error);
  g_assert_no_error (error);
  text = pdf_text (kansio_document_get_pdf (document));
  one_line = g_strdelimit (g_strdup (text), "\n", ' ');
  g_test_message ("%s", one_line);
  g_assert_nonnull (strstr (one_line, hostile));
  g_assert_null (strstr (one_line, "Bo <b>"));

  g_clear_object (&changed);
  sql = (g_free (sql), g_strdup_printf ("UPDATE kansio.person SET first_names = 'Aino Maria' "
                                        "WHERE identity_code = '%s'",
                                        AINO));
  changed = run_ok (demo->database, sql);
}

static void
test_stored_for_good (void)
{
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioDocumentComposer) composer = composer_for ("demo_kasittelija", &database);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) draft = NULL;
  g_autoptr (KansioDocument) document = NULL;
  g_autoptr (KansioDocument) opened = NULL;
  g_autoptr (KansioRows) tampered = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *draft_text = NULL;
  g_autofree char *stored_text = NULL;
  GAsyncResult *result = NULL;
  gint64 disclosures;

  /* The workstation's is a draft; the service makes the letter stored. */
  draft = compose (composer, "information-request", person_id (AINO),
                   open_case_id (AINO, "income-support"), NULL, &error);
  g_assert_no_error (error);
  g_assert_false (kansio_document_is_stored (draft));
  g_assert_true (kansio_document_is_draft (draft));
  document = store (composer, draft, &error);
  g_assert_no_error (error);
  g_assert_true (kansio_document_is_stored (document));
  g_assert_false (kansio_document_is_draft (document));
  hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, kansio_document_get_pdf (document));
  g_assert_cmpstr (kansio_document_get_sha256 (document), ==, hash);
  draft_text = pdf_text (kansio_document_get_pdf (draft));
  stored_text = pdf_text (kansio_document_get_pdf (document));
  g_assert_nonnull (strstr (draft_text, "LUONNOS"));
  g_assert_null (strstr (stored_text, "LUONNOS"));
  g_assert_nonnull (strstr (stored_text, "Aino Maria Virtanen"));

  /* Opened later: the same bytes, not composed again. */
  kansio_document_composer_open_async (composer, kansio_document_get_id (document), NULL,
                                       kansio_test_store_result_cb, &result);
  opened = kansio_document_composer_open_finish (composer, kansio_test_wait (&result), &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_true (
      g_bytes_equal (kansio_document_get_pdf (opened), kansio_document_get_pdf (document)));

  /* Nobody changes it: not even a superuser without switching triggers off. */
  sql = g_strdup_printf ("UPDATE kansio.document SET title = 'x' WHERE id = %" G_GINT64_FORMAT,
                         kansio_document_get_id (document));
  tampered = run (demo->database, sql, &error);
  g_assert_null (tampered);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "42501");
  g_clear_error (&error);

  /* Printing it is a disclosure, logged before it leaves. */
  disclosures = scalar (demo->database, "SELECT count (*) FROM kansio.disclosure_log");
  kansio_document_composer_disclose_async (composer, document, "print", "Aino Maria Virtanen",
                                           "hallintolaki 54 §", NULL, kansio_test_store_result_cb,
                                           &result);
  g_assert_true (
      kansio_document_composer_disclose_finish (composer, kansio_test_wait (&result), &error));
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpint (scalar (demo->database, "SELECT count (*) FROM kansio.disclosure_log"), ==,
                   disclosures + 1);
  g_clear_object (&tampered);
  tampered = run_ok (demo->database,
                     "SELECT what, recipient FROM kansio.disclosure_log ORDER BY id DESC "
                     "LIMIT 1");
  g_assert_true (g_str_has_prefix (kansio_rows_get_string (tampered, 0, 0), "print: document "));
  g_assert_nonnull (strstr (kansio_rows_get_string (tampered, 0, 0), hash));
}

static gint64
draft_of (KansioDatabase *database, const char *name)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT draft_version_id FROM api.template_list () WHERE name = '%s'", name);
  return scalar (database, sql);
}

/* A template is used only once approved, by a main user other than its
 * writer; the documents made from it remember the version. */
static void
test_approval_before_use (void)
{
  g_autoptr (KansioDatabase) writer = kansio_test_database_connect_as (demo, "demo_kirjeet");
  g_autoptr (KansioDatabase) main_user = kansio_test_database_connect_as (demo, "demo_paakayttaja");
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioDocumentComposer) composer = composer_for ("demo_kasittelija", &database);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *text = NULL;
  gint64 version;

  rows = run_ok (writer, "SELECT api.template_create ('meeting-invitation', 'income-support', "
                         "'letter', 'KUTSU', 'KALLELSE')");
  g_clear_object (&rows);
  rows = run_ok (writer,
                 "SELECT * FROM api.template_save_draft ((SELECT template_id FROM "
                 "api.template_list () WHERE name = 'meeting-invitation'), 0, "
                 "E'# Kutsu tapaamiseen\\n\\nHyvä {{client.full_name}}, tervetuloa.', "
                 "E'# Kallelse till möte\\n\\nBästa {{client.full_name}}, välkommen.', 'first')");
  g_clear_object (&rows);

  /* A draft is used by nobody. */
  document = compose (composer, "meeting-invitation", person_id (AINO),
                      open_case_id (AINO, "income-support"), NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KANSIO_TEMPLATE_ERROR, KANSIO_TEMPLATE_ERROR_UNKNOWN_BLOCK);
  g_clear_error (&error);

  version = draft_of (writer, "meeting-invitation");
  sql = g_strdup_printf ("SELECT api.template_submit (%" G_GINT64_FORMAT ")", version);
  rows = run_ok (writer, sql);
  g_clear_object (&rows);

  /* The writer may not approve; a main user who did not write it may. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.template_decide (%" G_GINT64_FORMAT ", (SELECT row_version "
                         "FROM api.template_version_get (%" G_GINT64_FORMAT ")), true, 'ok')",
                         version, version);
  rows = run (writer, sql, &error);
  g_assert_null (rows);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "42501");
  g_clear_error (&error);
  rows = run_ok (main_user, sql);
  g_clear_object (&rows);

  document = compose (composer, "meeting-invitation", person_id (AINO),
                      open_case_id (AINO, "income-support"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kansio_document_get_template_version_id (document), ==, version);
  text = pdf_text (kansio_document_get_pdf (document));
  g_assert_nonnull (strstr (text, "Hyvä Aino Maria Virtanen, tervetuloa."));

  /* An approved version never changes, even for its approver. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT * FROM api.template_save_draft ((SELECT template_id FROM "
                         "api.template_list () WHERE name = 'meeting-invitation'), 0, 'x', 'y', "
                         "'second')");
  rows = run_ok (writer, sql);
  g_assert_cmpint (kansio_rows_get_int64 (rows, 0, 1), ==, 2);
}

/* A decision carries the rectification instructions; composed before its
 * sending is known, it prints the rule and no date, least of all one
 * counted from today (DOMAIN.md 6.3; the dates from a known sending:
 * test-decision-document.c). */
static void
test_decision_with_rectification_deadline (void)
{
  g_autoptr (KansioDatabase) writer = kansio_test_database_connect_as (demo, "demo_kirjeet");
  g_autoptr (KansioDatabase) main_user = kansio_test_database_connect_as (demo, "demo_paakayttaja");
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioDocumentComposer) composer = composer_for ("demo_kasittelija", &database);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *sql = NULL;
  g_autofree char *text = NULL;
  g_autofree char *one_line = NULL;
  g_autofree char *expected = NULL;
  GDate sent, receipt, last_day;

  rows = run_ok (writer, "SELECT api.template_create ('test-decision', 'income-support', "
                         "'decision', 'PÄÄTÖS', 'BESLUT')");
  g_clear_object (&rows);
  rows = run_ok (writer, "SELECT * FROM api.template_save_draft ((SELECT template_id FROM "
                         "api.template_list () WHERE name = 'test-decision'), 0, "
                         "E'# Päätös\\n\\n{{> rectification-instructions}}', "
                         "E'# Beslut\\n\\n{{> rectification-instructions}}', NULL)");
  g_clear_object (&rows);
  sql = g_strdup_printf ("SELECT api.template_submit (%" G_GINT64_FORMAT ")",
                         draft_of (writer, "test-decision"));
  rows = run_ok (writer, sql);
  g_clear_object (&rows);
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.template_decide (%" G_GINT64_FORMAT ", (SELECT row_version "
                         "FROM api.template_version_get (%" G_GINT64_FORMAT ")), true, NULL)",
                         draft_of (main_user, "test-decision"),
                         draft_of (main_user, "test-decision"));
  rows = run_ok (main_user, sql);

  document = compose (composer, "test-decision", person_id (AINO),
                      open_case_id (AINO, "income-support"), NULL, &error);
  g_assert_no_error (error);
  text = pdf_text (kansio_document_get_pdf (document));
  one_line = g_strdelimit (g_strdup (text), "\n", ' ');

  g_date_clear (&sent, 1);
  g_date_set_dmy (&sent, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  kansio_calendar_rectification_deadline (&sent, FALSE, &receipt, &last_day);
  expected = g_strdup_printf ("oikaisuvaatimusaika päättyy %u.%u.%u", g_date_get_day (&last_day),
                              g_date_get_month (&last_day), g_date_get_year (&last_day));
  g_test_message ("%s", one_line);
  g_assert_nonnull (strstr (one_line, "Oikaisuvaatimusohje"));
  g_assert_null (strstr (one_line, expected));
  g_assert_null (strstr (one_line, "oikaisuvaatimusaika päättyy"));
  g_assert_nonnull (strstr (one_line, "30 päivän kuluessa"));
  g_assert_nonnull (strstr (one_line, "seitsemäntenä päivänä kirjeen lähettämisestä"));
}

/* An income-support decision with its calculation, in the client's
 * language: the lines' labels and amounts as that language writes them. */
static void
decision_for (const char *role, const char *identity_code, const char *const *expected)
{
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioDocumentComposer) composer = composer_for (role, &database);
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (KansioIncomeSupportRates) rates = NULL;
  g_autoptr (KansioIncomeSupportCalculation) calculation
      = kansio_income_support_calculation_new (2026, 3);
  g_autoptr (KansioMergeData) data = kansio_merge_data_new ();
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (KansioDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *one_line = NULL;
  gboolean swedish;

  rows = run_ok (database, "SELECT key, valid_from, valid_until, value FROM "
                           "api.income_support_rates ()");
  rates = kansio_income_support_rates_new_from_rows (rows, &error);
  g_assert_no_error (error);
  g_assert_true (kansio_income_support_calculation_add_member (calculation, "a", "living_alone",
                                                               NULL, &error));
  g_assert_true (
      kansio_income_support_calculation_add_expense (calculation, "rent", 62000, &error));
  g_assert_true (
      kansio_income_support_calculation_add_income (calculation, "a", "wage", 30000, &error));
  g_assert_true (kansio_income_support_calculation_run (calculation, rates, &error));
  g_hash_table_insert (names, "a", "Hakija");
  swedish = g_str_equal (identity_code, SAGA);
  kansio_income_support_calculation_fill_merge_data (
      calculation, data, swedish ? KANSIO_LANGUAGE_SWEDISH : KANSIO_LANGUAGE_FINNISH, names);
  kansio_merge_data_set_iso_date (data, "application.received_on", "2026-03-02");
  kansio_merge_data_set_text (data, "application.period", "3/2026");
  kansio_merge_data_set_text (data, "decision.reasons", "Vuokra on kohtuullinen.");
  kansio_income_support_add_fields (kansio_document_composer_get_fields (composer));

  {
    GAsyncResult *result = NULL;

    kansio_document_composer_compose_async (composer, "income-support-decision",
                                            person_id (identity_code),
                                            open_case_id (identity_code, "income-support"), NULL,
                                            data, NULL, kansio_test_store_result_cb, &result);
    document
        = kansio_document_composer_compose_finish (composer, kansio_test_wait (&result), &error);
    g_object_unref (result);
  }
  g_assert_no_error (error);
  /* The decision, its calculation and the result, then the instructions. */
  g_assert_cmpuint (kansio_document_get_n_pages (document), ==, 3);
  text = pdf_text (kansio_document_get_pdf (document));
  if (g_getenv ("KANSIO_TEST_KEEP_PDF") != NULL)
    {
      g_autofree char *path
          = g_strdup_printf ("%s.%s.pdf", g_getenv ("KANSIO_TEST_KEEP_PDF"), identity_code);

      g_file_set_contents (path, g_bytes_get_data (kansio_document_get_pdf (document), NULL),
                           g_bytes_get_size (kansio_document_get_pdf (document)), NULL);
    }
  one_line = g_strdelimit (g_strdup (text), "\n", ' ');
  for (const char *const *part = expected; *part != NULL; part++)
    {
      g_test_message ("%s", *part);
      g_assert_nonnull (strstr (one_line, *part));
    }
}

static void
test_income_support_decision (void)
{
  /* 578.43 + 620.00 - 300.00 = 898.43 from 1.3.2026. */
  const char *finnish[] = { "Toimeentulotukipäätös",
                            "Teille myönnetään täydentävää",
                            "898,43",
                            "Perusosa, yksin asuva",
                            "578,43",
                            "Vuokra",
                            "Palkka",
                            "Menot yhteensä",
                            "−300,00",
                            "Myönnettävä tuki",
                            "Oikaisuvaatimusohje",
                            "3 (3)",
                            NULL };
  const char *swedish[] = { "Beslut om utkomststöd",
                            "Ni beviljas kompletterande",
                            "Grunddel, ensamboende",
                            "Hyra",
                            "Lön",
                            "Utgifter sammanlagt",
                            "begär omprövning",
                            NULL };

  decision_for ("demo_kasittelija", AINO, finnish);
  decision_for ("demo_handlaggare", SAGA, swedish);
}

/* The area of a template, as kansio-admin chooses the case by it: none
 * for a general letter or a template that is not there. */
static void
test_template_area (void)
{
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioDocumentComposer) composer = composer_for ("demo_kasittelija", &database);
  const struct
  {
    const char *name;
    const char *area;
  } cases[] = {
    { "income-support-decision", "income-support" },
    { "information-request", NULL },
    { "no-such-template", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GAsyncResult) result = NULL;
      g_autofree char *area = NULL;

      kansio_document_composer_find_template_area_async (composer, cases[i].name, NULL,
                                                         kansio_test_store_result_cb, &result);
      area = kansio_document_composer_find_template_area_finish (
          composer, kansio_test_wait (&result), &error);
      g_assert_no_error (error);
      g_assert_cmpstr (area, ==, cases[i].area);
    }
}

static void
test_concurrent_template_edit (void)
{
  g_autoptr (KansioDatabase) writer = kansio_test_database_connect_as (demo, "demo_kirjeet");
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (GError) error = NULL;
  gint64 row_version;

  rows = run_ok (writer, "SELECT * FROM api.template_save_draft (1, 0, 'a', 'b', NULL)");
  row_version = kansio_rows_get_int64 (rows, 0, 2);
  g_clear_object (&rows);
  /* A second editor who loaded the template before the first one saved. */
  rows = run (writer, "SELECT * FROM api.template_save_draft (1, 0, 'c', 'd', NULL)", &error);
  g_assert_null (rows);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT);
  g_clear_error (&error);
  g_assert_cmpint (row_version, ==, 1);
}

static void
test_usage_report (void)
{
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioDocumentComposer) composer = composer_for ("demo_tarkastaja", &database);
  g_autoptr (KansioDatabase) handler = kansio_test_database_connect_as (demo, "demo_kasittelija");
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) report = NULL;
  g_autoptr (GDateTime) to = g_date_time_new_now_utc ();
  g_autoptr (GDateTime) from = g_date_time_add_days (to, -30);
  g_autofree char *text = NULL;
  GAsyncResult *result = NULL;

  /* Something to report: the handler opens Aino. */
  rows = run_ok (handler, "SELECT * FROM api.person_get ((SELECT person_id FROM "
                          "api.person_search ('" AINO "')))");
  g_clear_pointer (&to, g_date_time_unref);
  to = g_date_time_new_now_utc ();

  kansio_document_composer_compose_report_async (composer, AINO, from, to, NULL,
                                                 kansio_test_store_result_cb, &result);
  report = kansio_document_composer_compose_report_finish (composer, kansio_test_wait (&result),
                                                           &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpstr (kansio_document_get_kind (report), ==, "report");
  text = pdf_text (kansio_document_get_pdf (report));
  if (g_getenv ("KANSIO_TEST_KEEP_PDF") != NULL)
    g_file_set_contents (g_getenv ("KANSIO_TEST_KEEP_PDF"),
                         g_bytes_get_data (kansio_document_get_pdf (report), NULL),
                         g_bytes_get_size (kansio_document_get_pdf (report)), NULL);
  g_assert_nonnull (strstr (text, "KÄYTTÖLOKIOTE"));
  g_assert_nonnull (strstr (text, "Kuka on katsonut tietojanne"));
  g_assert_nonnull (strstr (text, "Kaisa Käsittelijä"));
  g_assert_nonnull (strstr (text, "sosiaalitoimisto"));
  /* The matter and the view in words, never the log's codes. */
  g_test_message ("%s", text);
  g_assert_true (strstr (text, "Asiakastiedot") != NULL
                 || strstr (text, "Toimeentulotuki") != NULL);
  g_assert_nonnull (strstr (text, "henkilötiedot"));
  g_assert_null (strstr (text, "person"));
  {
    g_autoptr (KansioDocument) stored = store (composer, report, &error);

    g_assert_no_error (error);
    g_assert_true (kansio_document_is_stored (stored));
  }
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  demo = kansio_test_database_new_with_demo_data ();

  g_test_add_func ("/composer/letter-in-clients-language", test_letter_in_clients_language);
  g_test_add_func ("/composer/language-can-be-chosen", test_language_can_be_chosen);
  g_test_add_func ("/composer/non-disclosed-address-never-printed",
                   test_non_disclosed_address_never_printed);
  g_test_add_func ("/composer/hostile-client-data", test_hostile_client_data_printed_as_is);
  g_test_add_func ("/composer/stored-for-good", test_stored_for_good);
  g_test_add_func ("/composer/approval-before-use", test_approval_before_use);
  g_test_add_func ("/composer/decision-with-rectification-deadline",
                   test_decision_with_rectification_deadline);
  g_test_add_func ("/composer/income-support-decision", test_income_support_decision);
  g_test_add_func ("/composer/template-area", test_template_area);
  g_test_add_func ("/composer/concurrent-template-edit", test_concurrent_template_edit);
  g_test_add_func ("/composer/usage-report", test_usage_report);

  status = g_test_run ();
  kansio_test_database_free (demo);
  return status;
}
