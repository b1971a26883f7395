/* test-decision-document.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What an income-support decision and the client's usage report print
 * (issue 13), read back with Poppler in Finnish and Swedish: the
 * rectification date from the real sending, or the rule alone (DOMAIN.md
 * 6.3, 7); the result row, the incomes with a minus sign, the payment;
 * preventive support as preventive, 13 § (2.5); the decision's title in
 * the client's list; every template's own title; the usage report in
 * words, one row per person, day and matter, no file paths.
 */
#include "config.h"

#include <string.h>

#include <poppler.h>

#include "kansio-test-util.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define AINO "140384-9027"

typedef struct
{
  KansioTestDatabase *database;
  char *case_id;
  char *person_id;
} Fixture;

#define as(fixture, role, sql) kansio_test_as ((fixture)->database, role, sql)
#define value(fixture, role, sql) kansio_test_value_as ((fixture)->database, role, sql)
#define refused(fixture, role, sql, sqlstate)                                                      \
  kansio_test_refused_as ((fixture)->database, role, sql, sqlstate)

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  const char *language = data;

  fixture->database = kansio_test_database_new_with_demo_data ();
  fixture->person_id
      = value (fixture, NULL, "SELECT id FROM kansio.person WHERE identity_code = '" AINO "'");
  fixture->case_id = value (fixture, NULL,
                            "SELECT c.id FROM kansio.client_case c JOIN kansio.person p "
                            "ON p.id = c.person_id WHERE p.identity_code = '" AINO "' "
                            "AND c.area = 'income-support' AND c.closed_on IS NULL "
                            "ORDER BY c.id LIMIT 1");
  /* A Swedish-speaking Aino: her documents are in Swedish. */
  if (g_strcmp0 (language, "sv") == 0)
    g_object_unref (as (fixture, NULL,
                        "UPDATE kansio.person SET language = 'sv' WHERE identity_code = '" AINO
                        "'"));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_free (fixture->case_id);
  g_free (fixture->person_id);
  kansio_test_database_free (fixture->database);
}

/* Every page's text, one line; the pages separated by \f. */
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

/* With KANSIO_TEST_SCREENSHOTS set, the PDF is kept there to look at. */
static void
keep_pdf (KansioDocument *document, const char *name, gconstpointer language)
{
  const char *directory = g_getenv ("KANSIO_TEST_SCREENSHOTS");
  g_autofree char *file = NULL;
  g_autoptr (GError) error = NULL;
  GBytes *pdf = kansio_document_get_pdf (document);

  if (directory == NULL)
    return;
  g_mkdir_with_parents (directory, 0755);
  file = g_strdup_printf ("%s/%s-%s.pdf", directory, name, (const char *) language);
  g_file_set_contents (file, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);
}

static void
assert_has (const char *text, const char *wanted)
{
  if (strstr (text, wanted) == NULL)
    g_error ("“%s” is not in: %s", wanted, text);
}

static void
assert_has_not (const char *text, const char *unwanted)
{
  if (strstr (text, unwanted) != NULL)
    g_error ("“%s” is in: %s", unwanted, text);
}

static KansioDocument *
await_document (Fixture *fixture, const char *subject, const char *id)
{
  g_autoptr (KansioDatabase) database
      = kansio_test_database_connect_as (fixture->database, "demo_tarkastaja");
  g_autoptr (KansioDocumentComposer) composer = NULL;
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;
  KansioDocument *document;

  if (g_strcmp0 (subject, "report") != 0)
    {
      g_clear_object (&database);
      database = kansio_test_database_connect_as (fixture->database, "demo_paattaja");
    }
  composer = kansio_document_composer_new (database);
  kansio_document_composer_await_async (composer, subject, g_ascii_strtoll (id, NULL, 10), NULL,
                                        kansio_test_store_result_cb, &result);
  document = kansio_document_composer_await_finish (composer, kansio_test_wait (&result), &error);
  g_object_unref (result);
  g_assert_no_error (error);
  return document;
}

/* Aino's application of @kind, calculated for March 2026 with a rent of
 * 400 € and a wage of 300 €, prepared with one payment to her own account
 * and one to her landlord, decided: the decision's id. */
static char *
decide (Fixture *fixture, const char *kind)
{
  g_autofree char *sql = NULL;
  g_autofree char *application = NULL;
  g_autofree char *decision = NULL;

  sql = g_strdup_printf ("SELECT api.is_application_register (%s, current_date, 'paper', "
                         "date_trunc ('month', current_date)::date, NULL, '%s', false, '')",
                         fixture->case_id, kind);
  application = value (fixture, "demo_kasittelija", sql);
  g_free (sql);
  sql = g_strdup_printf (
      "SELECT api.is_decision_prepare (%s, 'granted', 30000, '{\"month\": \"2026-03\", "
      "\"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}], "
      "\"expenses\": [{\"type\": \"rent\", \"amount\": \"400.00\"}], "
      "\"incomes\": [{\"member\": \"a\", \"type\": \"wage\", \"amount\": \"300.00\"}]}', "
      "'Tuki laskelman mukaan.')",
      application);
  decision = value (fixture, "demo_kasittelija", sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_payment_order_add (%s, 'client', 'Aino Virtanen', "
                         "'FI2112345600000785', NULL, NULL, 10000, '2026-03-05')",
                         decision);
  g_free (value (fixture, "demo_kasittelija", sql));
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_payment_order_add (%s, 'commitment', 'Vuokra Oy', "
                         "'FI5810171000000122', 'RF18539007547034', NULL, 20000, '2026-03-02')",
                         decision);
  g_free (value (fixture, "demo_kasittelija", sql));
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_decision_decide (%s, (SELECT row_version FROM "
                         "api.is_decision_get (%s)))",
                         decision, application);
  g_object_unref (as (fixture, "demo_paattaja", sql));
  return g_steal_pointer (&decision);
}

/* DOMAIN.md 6.3 and 7: deemed receipt the 7th day after posting or the
 * 3rd after electronic sending; the last day 30 days on, moved past
 * Sundays, holidays, Christmas and Midsummer Eve and Saturdays. Composed
 * as a decision is (the template and its blocks), read back. */
static void
test_rectification_date (Fixture *fixture, gconstpointer data)
{
  const char *language = data;
  const struct
  {
    const char *why;
    const char *sent_on; /* NULL: not known */
    const char *channel;
    const char *receipt; /* NULL: no date printed */
    const char *last_day;
  } cases[] = {
    /* 6.3: 17.11 + 7 = 24.11; + 30 = 24.12, Christmas Eve (7.1): past 24–27.12. */
    { "post, Christmas", "2026-11-17", "post", "24.11.2026", "28.12.2026" },
    /* 6.3: the same receipt electronically, sent four days later. */
    { "electronic, Christmas", "2026-11-21", "electronic", "24.11.2026", "28.12.2026" },
    /* 6.3: a post date on an electronic decision would be 4 days late. */
    { "electronic, ordinary", "2026-11-17", "electronic", "20.11.2026", "21.12.2026" },
    /* 7.1-7.2: 3.4.2026 is Good Friday; Easter Monday 6.4: to Tuesday 7.4. */
    { "post, Easter", "2026-02-25", "post", "4.3.2026", "7.4.2026" },
    { "electronic, Easter", "2026-03-01", "electronic", "4.3.2026", "7.4.2026" },
    /* 7.1: Midsummer Eve Friday 19.6.2026, Midsummer Day 20.6, Sunday 21.6. */
    { "post, Midsummer", "2026-05-13", "post", "20.5.2026", "22.6.2026" },
    { "electronic, Midsummer", "2026-05-17", "electronic", "20.5.2026", "22.6.2026" },
    /* 6.3 (5 §): a Saturday last day (9.1.2027) moves to Monday 11.1. */
    { "post, Saturday", "2026-12-03", "post", "10.12.2026", "11.1.2027" },
    /* An ordinary Wednesday stays; a day in another year than today's. */
    { "post, ordinary", "2025-03-03", "post", "10.3.2025", "9.4.2025" },
    /* 6.3: the sending not known: no date, the rule. */
    { "not sent", NULL, NULL, NULL, NULL },
    { "no channel", "2026-11-17", NULL, NULL, NULL },
    { "unknown channel", "2026-11-17", "fax", NULL, NULL },
  };
  g_autoptr (KansioDatabase) database
      = kansio_test_database_connect_as (fixture->database, "demo_paattaja");
  g_autoptr (KansioDocumentComposer) composer = kansio_document_composer_new (database);
  gboolean swedish = g_strcmp0 (language, "sv") == 0;

  /* What the income-support plugin adds to the desktop's composer. */
  kansio_income_support_add_fields (kansio_document_composer_get_fields (composer));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (KansioMergeData) merge = kansio_merge_data_new ();
      g_autoptr (KansioDocument) document = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *sentence = NULL;
      GAsyncResult *result = NULL;

      g_test_message ("%s (%s)", cases[i].why, language);
      if (cases[i].sent_on != NULL)
        kansio_merge_data_set_iso_date (merge, "decision.sent_on", cases[i].sent_on);
      if (cases[i].channel != NULL)
        kansio_merge_data_set_text (merge, "decision.sent_channel", cases[i].channel);
      kansio_document_composer_compose_async (
          composer, "income-support-decision", g_ascii_strtoll (fixture->person_id, NULL, 10),
          g_ascii_strtoll (fixture->case_id, NULL, 10), language, merge, NULL,
          kansio_test_store_result_cb, &result);
      document
          = kansio_document_composer_compose_finish (composer, kansio_test_wait (&result), &error);
      g_clear_object (&result);
      g_assert_no_error (error);
      text = pdf_text (kansio_document_get_pdf (document));
      /* The rule is always there. */
      assert_has (text, swedish ? "den sjunde dagen" : "seitsemäntenä päivänä");
      assert_has (text, swedish ? "den tredje dagen" : "kolmantena päivänä");
      if (cases[i].receipt == NULL)
        {
          assert_has_not (text, swedish ? "går ut" : "päättyy");
          continue;
        }
      sentence = swedish ? g_strdup_printf ("går ut %s, om beslutet har delgetts %s",
                                            cases[i].last_day, cases[i].receipt)
                         : g_strdup_printf ("päättyy %s, jos päätös on saatu tiedoksi %s",
                                            cases[i].last_day, cases[i].receipt);
      assert_has (text, sentence);
    }
}

/* The decision as the service stores it: the outcome as a result row,
 * the incomes with a minus sign, when and to which account it is paid,
 * supplementary support citing 7 c §; composed before it is sent, so no
 * rectification date, and a re-compose from its inputs gives the same. */
static void
test_decision_pdf (Fixture *fixture, gconstpointer data)
{
  gboolean swedish = g_strcmp0 (data, "sv") == 0;
  g_autofree char *decision = decide (fixture, "supplementary");
  g_autoptr (KansioDocument) document = await_document (fixture, "is-decision", decision);
  g_autofree char *text = pdf_text (kansio_document_get_pdf (document));

  keep_pdf (document, "decision", data);
  g_test_message ("%s", text);
  /* The result row, and the incomes as their own block. */
  assert_has (text, swedish ? "Avgörande" : "Ratkaisu");
  assert_has (text, swedish ? "Beviljas" : "Myönnetään");
  assert_has (text, swedish ? "Inkomster (dras av)" : "Tulot (vähennetään)");
  assert_has (text, swedish ? "Lön" : "Palkka");
  assert_has (text, "−300,00");
  assert_has (text, swedish ? "Stöd som beviljas" : "Myönnettävä tuki");
  /* Paid when, to whom, which account: the client's own masked, the
   * landlord's in full. */
  assert_has (text, swedish ? "Betalas till" : "Maksetaan");
  assert_has (text, "5.3.2026");
  assert_has (text, "FI** **** **** **07 85");
  assert_has_not (text, "1234 5600");
  assert_has (text, "Vuokra Oy");
  assert_has (text, "FI58 1017 1000 0001 22");
  /* Supplementary: 7 c §, never "preventive". */
  assert_has (text, swedish ? "kompletterande utkomststöd" : "täydentävää toimeentulotukea");
  assert_has (text, "7 c");
  assert_has_not (text, swedish ? "förebyggande" : "ehkäisevä");
  /* Not sent yet as it was composed: the rule, no date. */
  assert_has_not (text, swedish ? "går ut" : "päättyy");
  assert_has (text, swedish ? "den sjunde dagen" : "seitsemäntenä päivänä");
}

/* DOMAIN.md 2.5: a preventive decision is called preventive and cites
 * 13 §, not "täydentävä" or 7 c §. */
static void
test_preventive (Fixture *fixture, gconstpointer data)
{
  gboolean swedish = g_strcmp0 (data, "sv") == 0;
  g_autofree char *decision = decide (fixture, "preventive");
  g_autoptr (KansioDocument) document = await_document (fixture, "is-decision", decision);
  g_autofree char *text = pdf_text (kansio_document_get_pdf (document));

  keep_pdf (document, "preventive", data);
  g_test_message ("%s", text);
  assert_has (text, swedish ? "förebyggande utkomststöd" : "ehkäisevää toimeentulotukea");
  assert_has (text, "13 §");
  assert_has_not (text, swedish ? "kompletterande" : "täydentävä");
  assert_has_not (text, "7 c");
}

/* DOMAIN.md 2.5 again: preventive support recovered (20 §) is named
 * preventive in the recovery decision too. */
static void
test_preventive_recovery (Fixture *fixture, gconstpointer data)
{
  gboolean swedish = g_strcmp0 (data, "sv") == 0;
  g_autofree char *decision = decide (fixture, "preventive");
  g_autoptr (KansioDocument) document = await_document (fixture, "is-decision", decision);
  g_autoptr (KansioDocument) recovery_document = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *text = NULL;

  g_free (value (fixture, "demo_paattaja", "SELECT api.is_payment_run_create (current_date)"));
  sql = g_strdup_printf ("SELECT api.is_recovery_prepare (%s, 5000, 'Tulot jäivät ilmoittamatta.')",
                         decision);
  recovery = value (fixture, "demo_kasittelija", sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.is_recovery_decide (%s)", recovery);
  g_object_unref (as (fixture, "demo_paattaja", sql));
  recovery_document = await_document (fixture, "is-recovery-decision", recovery);
  text = pdf_text (kansio_document_get_pdf (recovery_document));
  g_test_message ("%s", text);
  assert_has (text, swedish ? "förebyggande utkomststöd" : "ehkäisevää toimeentulotukea");
  assert_has_not (text, swedish ? "kompletterande" : "täydentävä");
  assert_has (text, "20 §");
}

/* The client's list says the matter, the month and the outcome; no two
 * templates share a title, in either language, and a new one cannot. */
static void
test_titles (Fixture *fixture, gconstpointer data)
{
  gboolean swedish = g_strcmp0 (data, "sv") == 0;
  g_autofree char *decision = decide (fixture, "supplementary");
  g_autoptr (KansioDocument) document = await_document (fixture, "is-decision", decision);
  g_autofree char *sql = NULL;
  g_autofree char *title = NULL;
  g_autofree char *shared = NULL;
  g_autofree char *month = NULL;
  g_autofree char *expected = NULL;

  sql = g_strdup_printf (
      "SELECT title FROM api.person_documents (%s) WHERE document_id = %" G_GINT64_FORMAT,
      fixture->person_id, kansio_document_get_id (document));
  title = value (fixture, "demo_kasittelija", sql);
  month = value (fixture, NULL, "SELECT to_char (current_date, 'FMMM/YYYY')");
  expected = g_strdup_printf (
      swedish ? "Beslut om utkomststöd %s, bifall" : "Toimeentulotukipäätös %s, myönteinen", month);
  g_assert_cmpstr (title, ==, expected);

  shared = value (fixture, NULL,
                  "SELECT count (*) FROM (SELECT lower (title_fi) FROM kansio.document_template "
                  "GROUP BY 1 HAVING count (*) > 1 UNION ALL SELECT lower (title_sv) FROM "
                  "kansio.document_template GROUP BY 1 HAVING count (*) > 1) x");
  g_assert_cmpstr (shared, ==, "0");
  g_free (refused (fixture, "demo_kirjeet",
                   "SELECT api.template_create ('another-decision', NULL, 'letter', "
                   "'toimeentulotukipäätös', 'Något annat')",
                   "23505"));
  g_free (refused (fixture, "demo_kirjeet",
                   "SELECT api.template_create ('another-decision', NULL, 'letter', "
                   "'Jokin muu', 'BESLUT OM UTKOMSTSTÖD')",
                   "23505"));
}

/* The client's usage report: views in words, one row per person, day and
 * matter; a disclosure as recipient and channel; no file path. */
static void
test_usage_report (Fixture *fixture, gconstpointer data)
{
  gboolean swedish = g_strcmp0 (data, "sv") == 0;
  g_autofree char *decision = decide (fixture, "supplementary");
  g_autoptr (KansioDocument) document = await_document (fixture, "is-decision", decision);
  g_autoptr (KansioDocument) report = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *request = NULL;
  g_autofree char *text = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *views = NULL;

  /* The handler looks at Aino's applications three times, and saves the
   * decision as a file on her machine for Aino. */
  sql = g_strdup_printf ("SELECT count (*) FROM api.is_applications (%s)", fixture->person_id);
  for (guint i = 0; i < 3; i++)
    g_free (value (fixture, "demo_kasittelija", sql));
  g_free (sql);
  sql = g_strdup_printf ("SELECT api.document_disclose (%" G_GINT64_FORMAT ", 'export', "
                         "'Aino Virtanen (file /home/kasittelija/Asiakirjat/paatos.pdf)', "
                         "'asiakkaan pyyntö')",
                         kansio_document_get_id (document));
  g_free (value (fixture, "demo_kasittelija", sql));
  g_free (sql);

  /* The same arguments when asked again (a read's first call answers
   * nothing): the day, not now (). */
  sql = g_strdup ("SELECT api.audit_report_request ('" AINO "', date_trunc ('day', now ()), "
                  "date_trunc ('day', now ()) + interval '2 days')");
  request = value (fixture, "demo_tarkastaja", sql);
  report = await_document (fixture, "report", request);
  text = pdf_text (kansio_document_get_pdf (report));
  keep_pdf (report, "usage-report", data);
  g_test_message ("%s", text);

  assert_has (text, "Kaisa Käsittelijä");
  assert_has (text, swedish ? "ansökningar om utkomststöd" : "toimeentulotukihakemukset");
  assert_has (text, swedish ? "Utkomststöd" : "Toimeentulotuki");
  assert_has_not (text, "is-applications");
  assert_has_not (text, "is-decision");
  assert_has_not (text, "/home");
  assert_has_not (text, "paatos.pdf");
  assert_has (text, swedish ? "som fil" : "tiedostona");
  /* The decision by its title in the list (the table wraps it). */
  assert_has (text, swedish ? "bifall" : "myönteinen");
  /* One row for the handler's income-support views of the day, however
   * many there were: her name once in the views table. */
  views = g_strdup (strstr (text, swedish ? "Vem har sett" : "Kuka on katsonut"));
  g_assert_nonnull (views);
  *strstr (views, swedish ? "Till vem" : "Kenelle") = '\0';
  rows = value (fixture, NULL,
                "SELECT count (*) FROM kansio.usage_log l JOIN kansio.staff_member s "
                "ON s.id = l.staff_id WHERE s.login_role = 'demo_kasittelija'");
  g_assert_cmpint (g_ascii_strtoll (rows, NULL, 10), >, 3);
  {
    const char *at = views;
    guint n = 0;

    while ((at = strstr (at, "Kaisa Käsittelijä")) != NULL)
      {
        n++;
        at++;
      }
    /* The income-support matter and, at most, the client register. */
    g_assert_cmpuint (n, >=, 1);
    g_assert_cmpuint (n, <=, 2);
  }
}

int
main (int argc, char *argv[])
{
  const char *languages[] = { "fi", "sv" };

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *rectification
          = g_strdup_printf ("/decision-document/%s/rectification-date", languages[i]);
      g_autofree char *decision = g_strdup_printf ("/decision-document/%s/pdf", languages[i]);
      g_autofree char *preventive
          = g_strdup_printf ("/decision-document/%s/preventive", languages[i]);
      g_autofree char *titles = g_strdup_printf ("/decision-document/%s/titles", languages[i]);
      g_autofree char *report
          = g_strdup_printf ("/decision-document/%s/usage-report", languages[i]);

      g_test_add (rectification, Fixture, languages[i], fixture_set_up, test_rectification_date,
                  fixture_tear_down);
      g_test_add (decision, Fixture, languages[i], fixture_set_up, test_decision_pdf,
                  fixture_tear_down);
      g_test_add (preventive, Fixture, languages[i], fixture_set_up, test_preventive,
                  fixture_tear_down);
      g_autofree char *recovery
          = g_strdup_printf ("/decision-document/%s/preventive-recovery", languages[i]);

      g_test_add (recovery, Fixture, languages[i], fixture_set_up, test_preventive_recovery,
                  fixture_tear_down);
      g_test_add (titles, Fixture, languages[i], fixture_set_up, test_titles, fixture_tear_down);
      g_test_add (report, Fixture, languages[i], fixture_set_up, test_usage_report,
                  fixture_tear_down);
    }
  return g_test_run ();
}
