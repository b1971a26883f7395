/* test-payments.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pain.001.001.03 credit-transfer file: it parses, its counts and sums
 * agree with its transactions, references go as SCOR, bad accounts and
 * references are refused.
 */
#include "config.h"

#include <string.h>

#include "kansio-test-util.h"

typedef struct
{
  GString *path; /* element names from the root, '/'-separated */
  GString *text;
  guint n_transactions;
  gint64 sum_of_amounts;
  char *group_count;
  char *group_sum;
  char *block_sum;
  char *references;
} Reading;

static gint64
cents_of (const char *text)
{
  gint64 cents = 0;

  g_assert_true (kansio_parse_euros (text, &cents));
  return cents;
}

static void
on_start (GMarkupParseContext *context,
          const char *name,
          const char **names,
          const char **values,
          gpointer user_data,
          GError **error)
{
  Reading *reading = user_data;

  g_string_append_printf (reading->path, "/%s", name);
  g_string_truncate (reading->text, 0);
  if (g_str_equal (name, "CdtTrfTxInf"))
    reading->n_transactions++;
  if (g_str_equal (name, "InstdAmt"))
    g_assert_cmpstr (names[0], ==, "Ccy");
}

static void
on_text (GMarkupParseContext *context,
         const char *text,
         gsize length,
         gpointer user_data,
         GError **error)
{
  g_string_append_len (((Reading *) user_data)->text, text, length);
}

static void
on_end (GMarkupParseContext *context, const char *name, gpointer user_data, GError **error)
{
  Reading *reading = user_data;
  const char *path = reading->path->str;

  if (g_str_has_suffix (path, "/GrpHdr/NbOfTxs"))
    reading->group_count = g_strdup (reading->text->str);
  else if (g_str_has_suffix (path, "/GrpHdr/CtrlSum"))
    reading->group_sum = g_strdup (reading->text->str);
  else if (g_str_has_suffix (path, "/PmtInf/CtrlSum"))
    reading->block_sum = g_strdup (reading->text->str);
  else if (g_str_has_suffix (path, "/InstdAmt"))
    reading->sum_of_amounts += cents_of (reading->text->str);
  else if (g_str_has_suffix (path, "/CdtrRefInf/Ref"))
    {
      char *joined = g_strconcat (reading->references ? reading->references : "",
                                  reading->text->str, ";", NULL);
      g_free (reading->references);
      reading->references = joined;
    }
  g_string_truncate (reading->path, strrchr (reading->path->str, '/') - reading->path->str);
}

static void
test_file_parses_and_sums (void)
{
  g_autoptr (GDateTime) created = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr (GDate) day = g_date_new_dmy (23, 11, 2026);
  g_autoptr (KansioPaymentFile) file
      = kansio_payment_file_new ("KANSIO-20261123-1", created, day, "Kuvitelman hyvinvointialue",
                                 "FI21 1234 5600 0007 85", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) xml = NULL;
  g_autoptr (GMarkupParseContext) context = NULL;
  GMarkupParser parser = { on_start, on_end, on_text, NULL, NULL };
  Reading reading = { g_string_new (NULL), g_string_new (NULL) };
  gsize length;
  const char *data;

  g_assert_true (kansio_payment_file_add (file, "KANSIO-1", "Aino Virtanen",
                                          "FI21 1234 5600 0007 85", NULL, "Toimeentulotuki 12/2026",
                                          59632, &error));
  g_assert_true (kansio_payment_file_add (file, "KANSIO-2", "Vuokranantaja Oy & Co <Ltd>",
                                          "FI4950009420028730", "1232", NULL, 62000, &error));
  g_assert_true (kansio_payment_file_add (file, "KANSIO-3", "Apteekki Åbo", "FI4950009420028730",
                                          "RF18 5390 0754 7034", NULL, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_payment_file_get_n_transactions (file), ==, 3);
  g_assert_cmpint (kansio_payment_file_get_control_sum (file), ==, 121633);

  xml = kansio_payment_file_to_xml (file);
  data = g_bytes_get_data (xml, &length);
  g_assert_nonnull (strstr (data, "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"));
  g_assert_nonnull (strstr (data, "<ReqdExctnDt>2026-11-23</ReqdExctnDt>"));
  /* Outside the SEPA set: a space, one between words. */
  g_assert_nonnull (strstr (data, "<Nm>Vuokranantaja Oy Co Ltd</Nm>"));
  g_assert_nonnull (strstr (data, "<Nm>Apteekki Abo</Nm>"));
  g_assert_nonnull (strstr (data, "<Ustrd>Toimeentulotuki 12/2026</Ustrd>"));

  context = g_markup_parse_context_new (&parser, 0, &reading, NULL);
  g_assert_true (g_markup_parse_context_parse (context, data, (gssize) length, &error)
                 && g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (reading.n_transactions, ==, 3);
  g_assert_cmpstr (reading.group_count, ==, "3");
  g_assert_cmpstr (reading.group_sum, ==, "1216.33");
  g_assert_cmpstr (reading.block_sum, ==, "1216.33");
  g_assert_cmpint (reading.sum_of_amounts, ==, 121633);
  g_assert_cmpstr (reading.references, ==, "1232;RF18539007547034;");

  g_string_free (reading.path, TRUE);
  g_string_free (reading.text, TRUE);
  g_free (reading.group_count);
  g_free (reading.group_sum);
  g_free (reading.block_sum);
  g_free (reading.references);
}

static void
test_bad_orders_refused (void)
{
  g_autoptr (GDateTime) created = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr (GDate) day = g_date_new_dmy (23, 11, 2026);
  g_autoptr (KansioPaymentFile) file = kansio_payment_file_new (
      "KANSIO-X", created, day, "Kunta", "FI21 1234 5600 0007 85", "NDEAFIHH");
  const struct
  {
    const char *iban;
    const char *reference;
    gint64 cents;
  } bad[] = {
    { "FI21 1234 5600 0007 86", NULL, 100 }, /* checksum */
    { "FI4950009420028730", "1233", 100 },   /* reference check digit */
    { "FI4950009420028730", "RF19 5390 0754 7034", 100 },
    { "FI4950009420028730", NULL, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;

      g_assert_false (kansio_payment_file_add (file, "KANSIO-9", "X", bad[i].iban, bad[i].reference,
                                               NULL, bad[i].cents, &error));
      g_assert_error (error, KANSIO_VALIDATION_ERROR, error->code);
      g_test_message ("%s", error->message);
    }
  g_assert_cmpuint (kansio_payment_file_get_n_transactions (file), ==, 0);
}

/* Whatever a stored name or message holds (an order stored before 0014
 * checked them, or by someone with the database's own rights), the file
 * is XML 1.0 that a bank's parser takes: xmllint, which holds the XML
 * character rules, reads it. */
static void
test_hostile_text_stays_valid (void)
{
  g_autoptr (GDateTime) created = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr (GDate) day = g_date_new_dmy (23, 11, 2026);
  g_autoptr (KansioPaymentFile) file = kansio_payment_file_new (
      "KANSIO-20261123-2", created, day, "Kunta\x01 <&>", "FI21 1234 5600 0007 85", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) xml = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "hostile.xml", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GString) long_name = g_string_new (NULL);
  const char *argv[] = { "xmllint", "--noout", path, NULL };
  const char *data;
  gsize length;
  int status = -1;

  for (guint i = 0; i < 100; i++)
    g_string_append (long_name, "Ä");
  g_assert_true (kansio_payment_file_add (file, "KANSIO-1", "Aino\x01\x02\x1b[31m Virtanen",
                                          "FI4950009420028730", NULL,
                                          "]]></Ustrd><x>\x7f\xef\xbf\xbe", 100, &error));
  g_assert_true (kansio_payment_file_add (file, "KANSIO-2", long_name->str, "FI4950009420028730",
                                          NULL, "\t\r\n", 100, &error));
  g_assert_true (kansio_payment_file_add (file, "KANSIO-3", "\x01<>", "FI4950009420028730", NULL,
                                          NULL, 100, &error));
  g_assert_no_error (error);
  xml = kansio_payment_file_to_xml (file);
  data = g_bytes_get_data (xml, &length);
  for (gsize i = 0; i < length; i++)
    g_assert_true (data[i] == '\n' || ((guchar) data[i] >= 0x20 && (guchar) data[i] < 0x7f));
  g_assert_null (strstr (data, "&#"));
  g_assert_nonnull (strstr (data, "<Nm>Aino 31m Virtanen</Nm>"));
  g_assert_nonnull (strstr (data, "<Nm>Kunta</Nm>"));
  g_assert_nonnull (strstr (data, "<Nm>-</Nm>"));
  g_assert_nonnull (strstr (data, "<Ustrd>/Ustrd x ?</Ustrd>"));
  /* A message of white space only is no message: one Ustrd in the file. */
  g_assert_null (strstr (strstr (data, "<Ustrd>") + 1, "<Ustrd>"));
  /* Seventy A's: the name as far as a bank takes it. */
  g_assert_nonnull (strstr (
      data, "<Nm>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</Nm>"));

  g_assert_true (g_file_set_contents (path, data, (gssize) length, &error));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("xmllint: %s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/payments/file-parses-and-sums", test_file_parses_and_sums);
  g_test_add_func ("/payments/bad-orders-refused", test_bad_orders_refused);
  g_test_add_func ("/payments/hostile-text-stays-valid", test_hostile_text_stays_valid);

  return g_test_run ();
}
