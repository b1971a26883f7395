/* kansio-bench-documents.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How fast documents are made:
 *
 *   kansio-bench-documents [CONNINFO-OF-A-DEMO-DATABASE] [N]
 *
 * 1. A two-page decision from template text to PDF bytes, N times on one
 *    thread: documents per second, with and without the template's parse.
 * 2. With a database and its document service running: from the click to
 *    the stored PDF, as the app does it (the draft composed here, the
 *    letter asked of the service, composed and stored there, opened
 *    here), 100 times as demo_kasittelija: p50/p95/p99.
 * 3. From Decide to the decision's stored PDF, 100 decisions prepared by
 *    documents.sh: p50/p95/p99.
 * 4. The peak resident memory of the process.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <kansio.h>

static const char decision_text[]
    = "# Toimeentulotukipäätös\n"
      "\n"
      "Hakija: **{{client.full_name}}**, {{client.identity_code}}\n"
      "\n"
      "## Päätös\n"
      "\n"
      "Teille myönnetään täydentävää toimeentulotukea {{decision.date|long}} alkaen seuraavasti. "
      "Tuki maksetaan tilillenne tai maksusitoumuksena suoraan palveluntuottajalle.\n"
      "\n"
      "| Menot ja tulot | Peruste | Euroa |\n"
      "|---|---|--:|\n"
      "{{#each decision.lines as line}}\n"
      "| {{line.label}} | {{line.basis}} | {{line.amount}} |\n"
      "{{/each}}\n"
      "\n"
      "## Perustelut\n"
      "\n"
      "{{#each decision.reasons as reason}}\n"
      "- {{reason.text}}\n"
      "{{/each}}\n"
      "\n"
      "## Sovelletut oikeusohjeet\n"
      "\n"
      "Laki toimeentulotuesta (1412/1997) 1, 2, 7 a–7 c, 9 ja 11 §.\n"
      "\n"
      "## Oikaisuvaatimusohje\n"
      "\n"
      "Tähän päätökseen tyytymätön voi hakea siihen oikaisua tekemällä kirjallisen "
      "oikaisuvaatimuksen 30 päivän kuluessa päätöksen tiedoksisaannista. Tiedoksisaantipäivää ei "
      "lueta oikaisuvaatimusaikaan. Kun päätös lähetetään tavallisena kirjeenä, asianosaisen "
      "katsotaan saaneen siitä tiedon seitsemäntenä päivänä kirjeen lähettämisestä.\n"
      "\n"
      "{{user.full_name}}\\\n"
      "{{user.title}}\n";

static KansioFieldCatalogue *
decision_fields (void)
{
  KansioFieldCatalogue *fields = kansio_field_catalogue_new_standard ();

  kansio_field_catalogue_add (fields, "decision.lines", KANSIO_FIELD_LIST, NULL);
  kansio_field_catalogue_add (fields, "decision.lines.label", KANSIO_FIELD_TEXT, NULL);
  kansio_field_catalogue_add (fields, "decision.lines.basis", KANSIO_FIELD_TEXT, NULL);
  kansio_field_catalogue_add (fields, "decision.lines.amount", KANSIO_FIELD_MONEY, NULL);
  kansio_field_catalogue_add (fields, "decision.reasons", KANSIO_FIELD_LIST, NULL);
  kansio_field_catalogue_add (fields, "decision.reasons.text", KANSIO_FIELD_TEXT, NULL);
  return fields;
}

static KansioMergeData *
decision_data (void)
{
  KansioMergeData *data = kansio_merge_data_new ();

  kansio_merge_data_set_text (data, "client.full_name", "Aino Maria Virtanen");
  kansio_merge_data_set_text (data, "client.identity_code", "140384-9027");
  kansio_merge_data_set_iso_date (data, "decision.date", "2026-03-01");
  kansio_merge_data_set_text (data, "user.full_name", "Paavo Päättäjä");
  kansio_merge_data_set_text (data, "user.title", "johtava sosiaalityöntekijä");
  for (guint i = 0; i < 20; i++)
    {
      KansioMergeData *line = kansio_merge_data_add_item (data, "decision.lines");
      g_autofree char *label = g_strdup_printf ("Menoerä %u", i + 1);

      kansio_merge_data_set_text (line, "label", label);
      kansio_merge_data_set_text (line, "basis", "kuitin mukaan, hyväksytty kohtuullisena");
      kansio_merge_data_set_money (line, "amount", 1234 * (i + 7));
    }
  for (guint i = 0; i < 6; i++)
    {
      KansioMergeData *reason = kansio_merge_data_add_item (data, "decision.reasons");

      kansio_merge_data_set_text (reason, "text",
                                  "Hakemuksen liitteenä olevat tositteet on otettu huomioon "
                                  "menoina siltä osin kuin ne ovat kohtuullisia.");
    }
  return data;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
bench_rendering (guint n)
{
  g_autoptr (KansioFieldCatalogue) fields = decision_fields ();
  g_autoptr (KansioMergeData) data = decision_data ();
  g_autoptr (KansioTemplate) template = kansio_template_new (decision_text, fields, NULL);
  const char *letterhead[] = { "Kuvitelman hyvinvointialue", "Keskustan sosiaalitoimisto",
                               "Kuvitelmankatu 1", "99910 KUVITELMA", NULL };
  const char *recipient[]
      = { "Aino Maria Virtanen", "Mielikuvituksentie 3 B 12", "99910 KUVITELMA", NULL };
  guint n_pages = 0;
  gint64 start;
  double with_parse, without_parse;

  for (int pass = 0; pass < 2; pass++)
    {
      start = g_get_monotonic_time ();
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (KansioTemplate) parsed
              = pass == 0 ? kansio_template_new (decision_text, fields, NULL) : NULL;
          g_autoptr (KansioDocumentContent) content = kansio_document_content_new ();
          g_autoptr (KansioPdfWriter) writer = kansio_pdf_writer_new (KANSIO_LANGUAGE_FINNISH);
          g_autoptr (GBytes) pdf = NULL;
          g_autoptr (GError) error = NULL;

          if (!kansio_template_expand (parsed != NULL ? parsed : template, data,
                                       KANSIO_LANGUAGE_FINNISH, NULL, content, &error))
            g_error ("%s", error->message);
          kansio_pdf_writer_set_title (writer, "PÄÄTÖS");
          kansio_pdf_writer_set_case_number (writer, "TOTU-2026-000123");
          kansio_pdf_writer_set_letterhead (writer, letterhead, NULL);
          kansio_pdf_writer_set_recipient (writer, recipient);
          kansio_pdf_writer_set_footer (writer, "Kuvitelman hyvinvointialue · puh. 09 123 4567");
          pdf = kansio_pdf_writer_write (writer, content, &n_pages, &error);
          if (pdf == NULL)
            g_error ("%s", error->message);
        }
      if (pass == 0)
        with_parse = n / ((g_get_monotonic_time () - start) / 1e6);
      else
        without_parse = n / ((g_get_monotonic_time () - start) / 1e6);
    }
  printf ("A %u-page decision, %u times on one thread:\n", n_pages, n);
  printf ("  %.0f documents/s from template text (parse, expand, lay out, write PDF)\n",
          with_parse);
  printf ("  %.0f documents/s from a parsed template\n\n", without_parse);
}

static void
on_done_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static gint64
query_int (KansioDatabase *database, const char *sql)
{
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  kansio_database_query_async (database, sql, NULL, 0, NULL, on_done_cb, &result);
  rows = kansio_database_query_finish (database, wait_for (&result), &error);
  g_object_unref (result);
  if (rows == NULL)
    g_error ("%s: %s", sql, error->message);
  return kansio_rows_get_int64 (rows, 0, 0);
}

static void
bench_click_to_stored (const char *conninfo, guint n)
{
  g_autofree char *as_handler = g_strdup_printf ("%s user=demo_kasittelija", conninfo);
  g_autoptr (KansioDatabase) database = kansio_database_new (as_handler);
  g_autoptr (KansioDocumentComposer) composer = kansio_document_composer_new (database);
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 person = query_int (database, "SELECT person_id FROM api.person_search ('140384-9027')");
  gint64 case_id = query_int (database, "SELECT case_id FROM api.person_cases ((SELECT person_id "
                                        "FROM api.person_search ('140384-9027'))) "
                                        "WHERE closed_on IS NULL");

  for (guint i = 0; i < n + 5; i++)
    {
      GAsyncResult *result = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioDocument) document = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      kansio_document_composer_compose_async (composer, "information-request", person, case_id,
                                              NULL, NULL, NULL, on_done_cb, &result);
      document = kansio_document_composer_compose_finish (composer, wait_for (&result), &error);
      g_clear_object (&result);
      if (document == NULL)
        g_error ("%s", error->message);
      kansio_document_composer_store_async (composer, document, NULL, on_done_cb, &result);
      g_clear_object (&document);
      document = kansio_document_composer_store_finish (composer, wait_for (&result), &error);
      if (document == NULL)
        g_error ("%s", error->message);
      g_clear_object (&result);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (i >= 5) /* the first calls open connections */
        g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_doubles);
  printf ("From the click to the stored PDF (draft here, the letter made and stored by the "
          "document service, opened here), %u times:\n",
          n);
  printf ("  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms\n\n",
          g_array_index (times, double, times->len / 2),
          g_array_index (times, double, (guint) (times->len * 0.95)),
          g_array_index (times, double, (guint) (times->len * 0.99)));
}

/* From the decision-maker's Decide to the decision's stored PDF opened:
 * deciding asks the document service for it, which composes and stores
 * it; the app waits for it and opens it. The decisions are prepared by
 * documents.sh. */
static void
bench_decide_to_stored (const char *conninfo, guint n)
{
  g_autofree char *as_owner = g_strdup_printf ("%s user=postgres", conninfo);
  g_autofree char *as_maker = g_strdup_printf ("%s user=demo_paattaja", conninfo);
  g_autoptr (KansioDatabase) owner = kansio_database_new (as_owner);
  g_autoptr (KansioDatabase) database = kansio_database_new (as_maker);
  g_autoptr (KansioDocumentComposer) composer = kansio_document_composer_new (database);
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (KansioRows) decisions = NULL;
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;

  kansio_database_query_async (owner,
                               "SELECT id, row_version FROM kansio.is_decision "
                               "WHERE decided_at IS NULL ORDER BY id",
                               NULL, 0, NULL, on_done_cb, &result);
  decisions = kansio_database_query_finish (owner, wait_for (&result), &error);
  g_clear_object (&result);
  if (decisions == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < MIN (n + 5, kansio_rows_get_n_rows (decisions)); i++)
    {
      const char *params[]
          = { kansio_rows_get_string (decisions, i, 0), kansio_rows_get_string (decisions, i, 1) };
      g_autoptr (KansioRows) decided = NULL;
      g_autoptr (KansioDocument) document = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      kansio_database_query_async (database, "SELECT api.is_decision_decide ($1, $2)", params, 2,
                                   NULL, on_done_cb, &result);
      decided = kansio_database_query_finish (database, wait_for (&result), &error);
      g_clear_object (&result);
      if (decided == NULL)
        g_error ("%s", error->message);
      kansio_document_composer_await_async (composer, "is-decision",
                                            kansio_rows_get_int64 (decisions, i, 0), NULL,
                                            on_done_cb, &result);
      document = kansio_document_composer_await_finish (composer, wait_for (&result), &error);
      g_clear_object (&result);
      if (document == NULL)
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (i >= 5)
        g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_doubles);
  printf ("From Decide to the decision's stored PDF opened (decided, composed and stored by the "
          "document service, opened here), %u times:\n",
          times->len);
  printf ("  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms\n\n",
          g_array_index (times, double, times->len / 2),
          g_array_index (times, double, (guint) (times->len * 0.95)),
          g_array_index (times, double, (guint) (times->len * 0.99)));
}

int
main (int argc, char *argv[])
{
  struct rusage usage;
  guint n = argc > 2 ? (guint) atoi (argv[2]) : 500;

  bench_rendering (n);
  if (argc > 1 && argv[1][0] != '\0')
    {
      bench_click_to_stored (argv[1], 100);
      bench_decide_to_stored (argv[1], 100);
    }
  getrusage (RUSAGE_SELF, &usage);
  printf ("Peak resident memory: %.1f MiB\n", usage.ru_maxrss / 1024.0);
  return 0;
}
