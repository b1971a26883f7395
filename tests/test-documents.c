/* test-documents.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document engine without a database: formatting per language, the
 * template markup and its errors, and PDFs read back with Poppler.
 */
#include "config.h"

#include <poppler.h>

#include "kansio-test-util.h"

/* Poppler 22.12 defines no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* ------------------------------------------------------------------ */
/* Formatting                                                           */

static void
test_format_money (void)
{
  const struct
  {
    gint64 cents;
    const char *text;
  } cases[] = {
    { 0, "0,00\302\240€" },
    { 5, "0,05\302\240€" },
    { 123456, "1\302\240234,56\302\240€" },
    { 100000000, "1\302\240000\302\240000,00\302\240€" },
    { -55000, "\342\210\222550,00\302\240€" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (KansioLanguage language = KANSIO_LANGUAGE_FINNISH; language <= KANSIO_LANGUAGE_SWEDISH;
         language++)
      {
        g_autofree char *text = kansio_format_money (language, cases[i].cents);

        g_assert_cmpstr (text, ==, cases[i].text);
      }
}

static void
test_format_dates (void)
{
  g_autoptr (GDate) date = g_date_new_dmy (5, G_DATE_MARCH, 2026);
  g_autofree char *short_fi = kansio_format_date (KANSIO_LANGUAGE_FINNISH, date);
  g_autofree char *short_sv = kansio_format_date (KANSIO_LANGUAGE_SWEDISH, date);
  g_autofree char *long_fi = kansio_format_date_long (KANSIO_LANGUAGE_FINNISH, date);
  g_autofree char *long_sv = kansio_format_date_long (KANSIO_LANGUAGE_SWEDISH, date);
  g_autofree char *page = kansio_format_page_number (1, 3);

  g_assert_cmpstr (short_fi, ==, "5.3.2026");
  g_assert_cmpstr (short_sv, ==, "5.3.2026");
  g_assert_cmpstr (long_fi, ==, "5. maaliskuuta 2026");
  g_assert_cmpstr (long_sv, ==, "5 mars 2026");
  g_assert_cmpstr (page, ==, "1 (3)");
  g_assert_cmpstr (kansio_format_boolean (KANSIO_LANGUAGE_SWEDISH, TRUE), ==, "ja");
  g_assert_cmpstr (kansio_format_boolean (KANSIO_LANGUAGE_FINNISH, FALSE), ==, "ei");
}

/* ------------------------------------------------------------------ */
/* Templates                                                            */

static KansioFieldCatalogue *
test_fields (void)
{
  KansioFieldCatalogue *fields = kansio_field_catalogue_new_standard ();

  kansio_field_catalogue_add (fields, "decision.granted", KANSIO_FIELD_BOOLEAN, NULL);
  kansio_field_catalogue_add (fields, "decision.total", KANSIO_FIELD_MONEY, NULL);
  kansio_field_catalogue_add (fields, "decision.payments", KANSIO_FIELD_LIST, NULL);
  kansio_field_catalogue_add (fields, "decision.payments.date", KANSIO_FIELD_DATE, NULL);
  kansio_field_catalogue_add (fields, "decision.payments.amount", KANSIO_FIELD_MONEY, NULL);
  kansio_field_catalogue_add (fields, "decision.payments.payee", KANSIO_FIELD_TEXT, NULL);
  return fields;
}

static KansioMergeData *
test_data (const char *client_name)
{
  KansioMergeData *data = kansio_merge_data_new ();
  KansioMergeData *payment;

  kansio_merge_data_set_text (data, "client.full_name", client_name);
  kansio_merge_data_set_iso_date (data, "decision.date", "2026-03-05");
  kansio_merge_data_set_boolean (data, "decision.granted", TRUE);
  kansio_merge_data_set_money (data, "decision.total", 123456);
  payment = kansio_merge_data_add_item (data, "decision.payments");
  kansio_merge_data_set_iso_date (payment, "date", "2026-03-06");
  kansio_merge_data_set_money (payment, "amount", 60000);
  kansio_merge_data_set_text (payment, "payee", "Vuokranantaja Oy");
  payment = kansio_merge_data_add_item (data, "decision.payments");
  kansio_merge_data_set_iso_date (payment, "date", "2026-03-20");
  kansio_merge_data_set_money (payment, "amount", 63456);
  kansio_merge_data_set_text (payment, "payee", "Asiakas");
  return data;
}

static char *
expand (const char *text, KansioMergeData *data, KansioLanguage language, GError **error)
{
  g_autoptr (KansioFieldCatalogue) fields = test_fields ();
  g_autoptr (KansioTemplate) template = kansio_template_new (text, fields, error);
  g_autoptr (KansioDocumentContent) content = kansio_document_content_new ();

  if (template == NULL || !kansio_template_expand (template, data, language, NULL, content, error))
    return NULL;
  return kansio_document_content_dup_text (content);
}

static void
test_template_expands (void)
{
  g_autoptr (KansioMergeData) data = test_data ("Aino Virtanen");
  g_autoptr (GError) error = NULL;
  g_autofree char *text
      = expand ("# Päätös\n"
                "\n"
                "Hakija: **{{client.full_name}}**, päätös {{decision.date|long}}.\n"
                "Toinen rivi samaa kappaletta.\n"
                "\n"
                "{{#if decision.granted}}\n"
                "Tuki myönnetään: *{{decision.total}}*.\n"
                "{{else}}\n"
                "Hakemus hylätään.\n"
                "{{/if}}\n"
                "- ensimmäinen\n"
                "2. toinen\n"
                "\n"
                "| Päivä | Saaja | Määrä |\n"
                "|---|---|--:|\n"
                "{{#each decision.payments as payment}}\n"
                "| {{payment.date}} | {{payment.payee}} | {{payment.amount}} |\n"
                "{{/each}}\n"
                "{{pagebreak}}\n"
                "Loppu \\*ei kursiivia\\*.\\\n"
                "Rivinvaihto.",
                data, KANSIO_LANGUAGE_FINNISH, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==,
                   "Päätös\n"
                   "Hakija: Aino Virtanen, päätös 5. maaliskuuta 2026. Toinen rivi samaa "
                   "kappaletta.\n"
                   "Tuki myönnetään: 1\302\240234,56\302\240€.\n"
                   "ensimmäinen\n"
                   "toinen\n"
                   "Päivä\tSaaja\tMäärä\n"
                   "6.3.2026\tVuokranantaja Oy\t600,00\302\240€\n"
                   "20.3.2026\tAsiakas\t634,56\302\240€\n"
                   "\f\n"
                   "Loppu *ei kursiivia*.\nRivinvaihto.\n");
}

static void
test_template_conditions (void)
{
  g_autoptr (KansioMergeData) data = test_data ("Aino");
  g_autoptr (GError) error = NULL;
  g_autofree char *granted = NULL;
  g_autofree char *rejected = NULL;
  const char *text = "{{#unless decision.granted}}\nHylätään.\n{{else}}\nMyönnetään.\n{{/if}}";

  granted = expand (text, data, KANSIO_LANGUAGE_FINNISH, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (granted, ==, "Myönnetään.\n");
  kansio_merge_data_set_boolean (data, "decision.granted", FALSE);
  rejected = expand (text, data, KANSIO_LANGUAGE_FINNISH, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rejected, ==, "Hylätään.\n");
}

/* Client data is data: markup in a value is printed, never obeyed. */
static void
test_template_escapes_values (void)
{
  const char *hostile = "**Bobby** <b>x</b> & {{client.identity_code}} | # \\";
  g_autoptr (KansioMergeData) data = test_data (hostile);
  g_autoptr (KansioFieldCatalogue) fields = test_fields ();
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioTemplate) template = kansio_template_new (
      "{{client.full_name}}\n\n| a | {{client.full_name}} |", fields, &error);
  g_autoptr (KansioDocumentContent) content = kansio_document_content_new ();
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;

  g_assert_no_error (error);
  kansio_merge_data_set_text (data, "client.identity_code", "SECRET");
  g_assert_true (
      kansio_template_expand (template, data, KANSIO_LANGUAGE_FINNISH, NULL, content, &error));
  g_assert_no_error (error);
  text = kansio_document_content_dup_text (content);
  expected = g_strdup_printf ("%s\na\t%s\n", hostile, hostile);
  g_assert_cmpstr (text, ==, expected);
  g_assert_null (strstr (text, "SECRET"));
}

typedef struct
{
  const char *text;
  KansioTemplateError code;
  guint line;
  guint column;
  const char *message_part;
} TemplateErrorCase;

static const TemplateErrorCase template_errors[] = {
  { "Hei {{client.nme}}!", KANSIO_TEMPLATE_ERROR_UNKNOWN_FIELD, 1, 5, "client.nme" },
  { "a\n\n{{#if decision.granted}}\nx", KANSIO_TEMPLATE_ERROR_UNCLOSED_SECTION, 3, 1, "{{/if}}" },
  { "{{#each decision.payments as p}}\n{{p.amount}}\n", KANSIO_TEMPLATE_ERROR_UNCLOSED_SECTION, 1,
    1, "{{/each}}" },
  { "x\n  Hei {{client.full_name", KANSIO_TEMPLATE_ERROR_SYNTAX, 2, 7, "}}" },
  { "**lihava", KANSIO_TEMPLATE_ERROR_SYNTAX, 1, 1, "Bold" },
  { "a *b **c* d**", KANSIO_TEMPLATE_ERROR_SYNTAX, 1, 9, "reverse order" },
  { "{{/if}}", KANSIO_TEMPLATE_ERROR_SYNTAX, 1, 1, "closes nothing" },
  { "{{else}}", KANSIO_TEMPLATE_ERROR_SYNTAX, 1, 1, "{{else}}" },
  { "{{#if decision.granted}}\n{{/each}}", KANSIO_TEMPLATE_ERROR_SYNTAX, 2, 1, "line 1" },
  { "Text {{#if decision.granted}} inline", KANSIO_TEMPLATE_ERROR_SYNTAX, 1, 6, "own" },
  { "{{#each client.full_name as x}}\n{{/each}}", KANSIO_TEMPLATE_ERROR_SYNTAX, 1, 1,
    "not a list" },
  { "{{decision.payments}}", KANSIO_TEMPLATE_ERROR_SYNTAX, 1, 1, "list" },
  { "{{client.full_name|long}}", KANSIO_TEMPLATE_ERROR_SYNTAX, 1, 1, "format" },
  { "{{Client.Name}}", KANSIO_TEMPLATE_ERROR_SYNTAX, 1, 1, "field name" },
  { "{{#each decision.payments as p}}\n{{p.nothing}}\n{{/each}}",
    KANSIO_TEMPLATE_ERROR_UNKNOWN_FIELD, 2, 1, "p.nothing" },
  { "####### x", KANSIO_TEMPLATE_ERROR_SYNTAX, 1, 1, "heading" },
  { "Ääkköset ja {{x.y}}", KANSIO_TEMPLATE_ERROR_UNKNOWN_FIELD, 1, 13, "x.y" },
};

static void
test_template_errors (void)
{
  g_autoptr (KansioFieldCatalogue) fields = test_fields ();

  for (guint i = 0; i < G_N_ELEMENTS (template_errors); i++)
    {
      const TemplateErrorCase *expected = &template_errors[i];
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioTemplate) template = kansio_template_new (expected->text, fields, &error);
      g_autoptr (GPtrArray) problems = kansio_template_check (expected->text, fields);
      KansioTemplateProblem *first;

      g_test_message ("template: %s", expected->text);
      g_assert_null (template);
      g_assert_error (error, KANSIO_TEMPLATE_ERROR, (int) expected->code);
      g_assert_cmpuint (problems->len, >=, 1);
      first = g_ptr_array_index (problems, 0);
      g_assert_cmpuint (first->line, ==, expected->line);
      g_assert_cmpuint (first->column, ==, expected->column);
      g_assert_nonnull (strstr (first->message, expected->message_part));
      g_assert_true (g_str_has_prefix (error->message, "Line "));
    }
}

static void
test_template_table_rows_must_match (void)
{
  g_autoptr (KansioMergeData) data = test_data ("x");
  g_autoptr (GError) error = NULL;
  g_autofree char *text = expand ("| a | b |\n| c |", data, KANSIO_LANGUAGE_FINNISH, &error);

  g_assert_null (text);
  g_assert_error (error, KANSIO_TEMPLATE_ERROR, KANSIO_TEMPLATE_ERROR_TABLE);
  g_assert_true (g_str_has_prefix (error->message, "Line 2, column 1"));
}

static void
test_template_includes (void)
{
  g_autoptr (KansioFieldCatalogue) fields = test_fields ();
  g_autoptr (KansioMergeData) data = test_data ("Aino");
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioTemplate) body
      = kansio_template_new ("Alku.\n{{> signature}}\n{{> missing}}", fields, &error);
  g_autoptr (KansioTemplate) signature
      = kansio_template_new ("Ystävällisin terveisin\n\n{{client.full_name}}", fields, &error);
  g_autoptr (KansioTemplate) loop = kansio_template_new ("{{> loop}}", fields, &error);
  g_autoptr (GHashTable) blocks = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (KansioDocumentContent) content = kansio_document_content_new ();
  g_autoptr (KansioDocumentContent) looped = kansio_document_content_new ();
  g_autofree char *text = NULL;
  const char *const *includes;

  g_assert_no_error (error);
  includes = kansio_template_get_includes (body);
  g_assert_cmpstr (includes[0], ==, "signature");
  g_assert_cmpstr (includes[1], ==, "missing");
  g_assert_null (includes[2]);

  g_hash_table_insert (blocks, "signature", signature);
  g_assert_false (
      kansio_template_expand (body, data, KANSIO_LANGUAGE_FINNISH, blocks, content, &error));
  g_assert_error (error, KANSIO_TEMPLATE_ERROR, KANSIO_TEMPLATE_ERROR_UNKNOWN_BLOCK);
  g_assert_true (g_str_has_prefix (error->message, "Line 3, column 1"));
  g_clear_error (&error);

  g_hash_table_insert (blocks, "missing", signature);
  g_object_unref (content);
  content = kansio_document_content_new ();
  g_assert_true (
      kansio_template_expand (body, data, KANSIO_LANGUAGE_FINNISH, blocks, content, &error));
  text = kansio_document_content_dup_text (content);
  g_assert_cmpstr (text, ==, "Alku.\nYstävällisin terveisin\nAino\nYstävällisin terveisin\nAino\n");

  g_hash_table_insert (blocks, "loop", loop);
  g_assert_false (
      kansio_template_expand (loop, data, KANSIO_LANGUAGE_FINNISH, blocks, looped, &error));
  g_assert_error (error, KANSIO_TEMPLATE_ERROR, KANSIO_TEMPLATE_ERROR_UNKNOWN_BLOCK);
}

/* ------------------------------------------------------------------ */
/* PDF                                                                  */

static GBytes *
write_letter (KansioLanguage language, KansioDocumentContent *content, guint *n_pages)
{
  g_autoptr (KansioPdfWriter) writer = kansio_pdf_writer_new (language);
  g_autoptr (GDate) date = g_date_new_dmy (5, G_DATE_MARCH, 2026);
  g_autoptr (GDateTime) created = g_date_time_new_utc (2026, 3, 5, 10, 0, 0);
  const char *letterhead[]
      = { "Kansion hyvinvointialue", "Sosiaalipalvelut", "PL 1, 00100 Helsinki", NULL };
  const char *recipient[] = { "Aino Virtanen", "Esimerkkikatu 1 A 2", "00100 HELSINKI", NULL };
  g_autoptr (GError) error = NULL;
  GBytes *pdf;

  kansio_pdf_writer_set_title (writer, language == KANSIO_LANGUAGE_SWEDISH ? "BESLUT" : "PÄÄTÖS");
  kansio_pdf_writer_set_author (writer, "Kaisa Käsittelijä");
  kansio_pdf_writer_set_date (writer, date);
  kansio_pdf_writer_set_case_number (writer, "TOTU-2026-123");
  kansio_pdf_writer_set_letterhead (writer, letterhead, NULL);
  kansio_pdf_writer_set_recipient (writer, recipient);
  kansio_pdf_writer_set_footer (writer, "Kansion hyvinvointialue · puh. 09 123 456");
  kansio_pdf_writer_set_creation_time (writer, created);
  pdf = kansio_pdf_writer_write (writer, content, n_pages, &error);
  g_assert_no_error (error);
  return pdf;
}

static PopplerDocument *
open_pdf (GBytes *pdf)
{
  g_autoptr (GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (pdf, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static char *
page_text (PopplerDocument *document, int index)
{
  g_autoptr (PopplerPage) page = poppler_document_get_page (document, index);

  return poppler_page_get_text (page);
}

static void
assert_in_order (const char *text, const char *const *parts)
{
  const char *at = text;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *found = strstr (at, parts[i]);

      if (found == NULL)
        g_error ("“%s” not found in order in:\n%s", parts[i], text);
      at = found + strlen (parts[i]);
    }
}

static void
test_pdf_letter (void)
{
  g_autoptr (KansioDocumentContent) content = kansio_document_content_new ();
  const char *header[] = { "Päivä", "Määrä" };
  const char *row[] = { "6.3.2026", "600,00 €" };
  const guint right[] = { 0, 1 };
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  guint n_pages = 0;
  /* Poppler reads the left column (letterhead, address, body) before the
   * details at the top right. */
  const char *order[] = { "Kansion hyvinvointialue",
                          "Aino Virtanen",
                          "Esimerkkikatu 1 A 2",
                          "Toimeentulotuki",
                          "Hakemuksenne",
                          "Päivä",
                          "600,00",
                          NULL };
  const char *details[] = { "PÄÄTÖS", "Päivämäärä", "5.3.2026", NULL };
  const char *also[] = { "Asianumero", "TOTU-2026-123", "1 (1)" };

  kansio_document_content_add_heading (content, 1, "Toimeentulotuki");
  kansio_document_content_add_paragraph (content, "Hakemuksenne on käsitelty.");
  kansio_document_content_add_table (content, 2, header, right);
  kansio_document_content_add_table_row (content, row);
  pdf = write_letter (KANSIO_LANGUAGE_FINNISH, content, &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);

  document = open_pdf (pdf);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  text = page_text (document, 0);
  assert_in_order (text, order);
  assert_in_order (text, details);
  for (guint i = 0; i < G_N_ELEMENTS (also); i++)
    g_assert_nonnull (strstr (text, also[i]));
  title = poppler_document_get_title (document);
  author = poppler_document_get_author (document);
  g_assert_cmpstr (title, ==, "PÄÄTÖS");
  g_assert_cmpstr (author, ==, "Kaisa Käsittelijä");
  g_assert_cmpint (poppler_document_get_creation_date (document), ==, 1772704800);

  /* The language is in the catalog the last cross-reference section names. */
  {
    gsize length;
    const char *data = g_bytes_get_data (pdf, &length);
    g_autofree char *tail = g_strndup (data + length - MIN (length, 600), MIN (length, 600));

    g_assert_nonnull (strstr (tail, "/Lang (fi-FI)"));
  }
}

static void
test_pdf_pages_and_numbers (void)
{
  g_autoptr (KansioDocumentContent) content = kansio_document_content_new ();
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (PopplerDocument) document = NULL;
  guint n_pages = 0;

  kansio_document_content_add_heading (content, 1, "Beslut");
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *paragraph = g_strdup_printf (
          "Stycke %u. Sökanden har ansökt om utkomststöd för mars. Beslutet grundar sig på "
          "lagen om utkomststöd och på de uppgifter som sökanden har lämnat.",
          i + 1);

      kansio_document_content_add_paragraph (content, paragraph);
    }
  kansio_document_content_add_page_break (content);
  kansio_document_content_add_paragraph (content, "Sista sidan.");
  pdf = write_letter (KANSIO_LANGUAGE_SWEDISH, content, &n_pages);
  document = open_pdf (pdf);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, (int) n_pages);
  g_assert_cmpuint (n_pages, >=, 3);

  /* Every page numbered "n (total)", every paragraph printed, in order,
   * and the page break honoured. */
  {
    g_autoptr (GString) all = g_string_new (NULL);
    g_autofree char *last = page_text (document, (int) n_pages - 1);
    g_autofree char *expected_last = g_strdup_printf ("%u (%u)", n_pages, n_pages);

    for (guint p = 0; p < n_pages; p++)
      {
        g_autofree char *text = page_text (document, (int) p);
        g_autofree char *number = g_strdup_printf ("%u (%u)", p + 1, n_pages);

        g_assert_nonnull (strstr (text, number));
        g_assert_nonnull (strstr (text, "BESLUT"));
        g_string_append (all, text);
      }
    for (guint i = 1; i <= 60; i++)
      {
        g_autofree char *needle = g_strdup_printf ("Stycke %u.", i);
        g_autofree char *next = g_strdup_printf ("Stycke %u.", i + 1);
        const char *found = strstr (all->str, needle);

        g_assert_nonnull (found);
        if (i < 60)
          g_assert_true (strstr (all->str, next) > found);
      }
    g_assert_nonnull (strstr (last, expected_last));
    g_assert_nonnull (strstr (last, "Sista sidan."));
    g_assert_null (strstr (last, "Stycke"));
  }
  {
    gsize length;
    const char *data = g_bytes_get_data (pdf, &length);
    g_autofree char *tail = g_strndup (data + length - MIN (length, 600), MIN (length, 600));

    g_assert_nonnull (strstr (tail, "/Lang (sv-FI)"));
  }
}

static void
test_pdf_long_table_repeats_header (void)
{
  g_autoptr (KansioDocumentContent) content = kansio_document_content_new ();
  const char *header[] = { "Rivi", "Selite", "Euroa" };
  const guint right[] = { 0, 0, 1 };
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (PopplerDocument) document = NULL;
  guint n_pages = 0;

  kansio_document_content_add_table (content, 3, header, right);
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *number = g_strdup_printf ("R%03u", i);
      g_autofree char *amount = kansio_format_money (KANSIO_LANGUAGE_FINNISH, 1000 * i);
      const char *row[] = { number, "Vuokra", amount };

      kansio_document_content_add_table_row (content, row);
    }
  pdf = write_letter (KANSIO_LANGUAGE_FINNISH, content, &n_pages);
  document = open_pdf (pdf);
  g_assert_cmpuint (n_pages, >=, 3);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *text = page_text (document, (int) p);

      g_assert_nonnull (strstr (text, "Euroa"));
    }
}

/* The page a text is on, or -1. */
static int
page_of (PopplerDocument *document, const char *text)
{
  for (int p = 0; p < poppler_document_get_n_pages (document); p++)
    {
      g_autofree char *page = page_text (document, p);

      if (strstr (page, text) != NULL)
        return p;
    }
  return -1;
}

/* Keep with next (issue 13): a heading is never alone at the bottom of a
 * page; it goes over with the start of what follows it: a table's header
 * and first row, or two lines of a paragraph. Tried at every place on the
 * page the heading can fall. */
static void
test_pdf_heading_kept_with_next (void)
{
  for (guint n = 0; n < 60; n++)
    {
      g_autoptr (KansioDocumentContent) content = kansio_document_content_new ();
      const char *header[] = { "Tulolaji", "Euroa" };
      const char *row[] = { "Ensimmäinen tulorivi, jonka selite on niin pitkä, että se jatkuu "
                            "usealle riville taulukon sarakkeessa, kuten pitkät selitteet",
                            "−300,00" };
      const guint right[] = { 0, 1 };
      g_autoptr (GBytes) pdf = NULL;
      g_autoptr (PopplerDocument) document = NULL;

      for (guint i = 0; i < n; i++)
        kansio_document_content_add_paragraph (content, "Täyterivi.");
      kansio_document_content_add_heading (content, 2, "Tulot-otsikko");
      kansio_document_content_add_table (content, 2, header, right);
      kansio_document_content_add_table_row (content, row);
      kansio_document_content_add_heading (content, 2, "Perustelut-otsikko");
      kansio_document_content_add_heading (content, 3, "Alaotsikko");
      kansio_document_content_add_paragraph (
          content,
          "Perustelujen ensimmäinen rivi on pitkä, jotta kappale jatkuu toiselle "
          "riville eikä otsikko jää yksin sivun alareunaan, vaan siirtyy kappaleen kanssa.");
      pdf = write_letter (KANSIO_LANGUAGE_FINNISH, content, NULL);
      document = open_pdf (pdf);
      g_test_message ("%u paragraphs before: heading on page %d", n,
                      page_of (document, "Tulot-otsikko"));
      g_assert_cmpint (page_of (document, "Tulot-otsikko"), ==, page_of (document, "Tulolaji"));
      g_assert_cmpint (page_of (document, "Tulot-otsikko"), ==,
                       page_of (document, "Ensimmäinen tulorivi"));
      g_assert_cmpint (page_of (document, "Perustelut-otsikko"), ==,
                       page_of (document, "Alaotsikko"));
      g_assert_cmpint (page_of (document, "Alaotsikko"), ==,
                       page_of (document, "Perustelujen ensimmäinen"));
    }
}

static void
test_pdf_async (void)
{
  g_autoptr (KansioDocumentContent) content = kansio_document_content_new ();
  g_autoptr (KansioPdfWriter) writer = kansio_pdf_writer_new (KANSIO_LANGUAGE_FINNISH);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (GError) error = NULL;
  guint n_pages = 0;

  kansio_document_content_add_paragraph (content, "Taustalla kirjoitettu.");
  kansio_pdf_writer_write_async (writer, content, NULL, kansio_test_store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  pdf = kansio_pdf_writer_write_finish (writer, result, &n_pages, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 1);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));
}

static void
test_pdf_bad_logo (void)
{
  g_autoptr (KansioDocumentContent) content = kansio_document_content_new ();
  g_autoptr (KansioPdfWriter) writer = kansio_pdf_writer_new (KANSIO_LANGUAGE_FINNISH);
  g_autoptr (GBytes) logo = g_bytes_new_static ("not a png", 9);
  const char *letterhead[] = { "X", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) pdf = NULL;

  kansio_pdf_writer_set_letterhead (writer, letterhead, logo);
  pdf = kansio_pdf_writer_write (writer, content, NULL, &error);
  g_assert_null (pdf);
  g_assert_error (error, KANSIO_PDF_WRITER_ERROR, KANSIO_PDF_WRITER_ERROR_BAD_LOGO);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/documents/format/money", test_format_money);
  g_test_add_func ("/documents/format/dates", test_format_dates);
  g_test_add_func ("/documents/template/expands", test_template_expands);
  g_test_add_func ("/documents/template/conditions", test_template_conditions);
  g_test_add_func ("/documents/template/escapes-values", test_template_escapes_values);
  g_test_add_func ("/documents/template/errors", test_template_errors);
  g_test_add_func ("/documents/template/table-rows-must-match",
                   test_template_table_rows_must_match);
  g_test_add_func ("/documents/template/includes", test_template_includes);
  g_test_add_func ("/documents/pdf/letter", test_pdf_letter);
  g_test_add_func ("/documents/pdf/pages-and-numbers", test_pdf_pages_and_numbers);
  g_test_add_func ("/documents/pdf/heading-kept-with-next", test_pdf_heading_kept_with_next);
  g_test_add_func ("/documents/pdf/long-table-repeats-header", test_pdf_long_table_repeats_header);
  g_test_add_func ("/documents/pdf/async", test_pdf_async);
  g_test_add_func ("/documents/pdf/bad-logo", test_pdf_bad_logo);

  return g_test_run ();
}
