/* test-validate.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Identifier checks against the rules in DOMAIN.md, and the database's
 * identity-code check held to the same answers.
 */
#include "config.h"

#include "kansio-test-util.h"

typedef struct
{
  const char *code;
  int error;               /* -1 when valid */
  const char *sql_problem; /* the database's word for it; NULL when valid */
  const char *birth_date;
  gboolean temporary;
} IdentityCase;

static const IdentityCase identity_cases[] = {
  { "131052-308T", -1, NULL, "1952-10-13", FALSE },
  { "010150+123A", -1, NULL, "1850-01-01", FALSE },
  /* The signs in use since 2023; same digits, different people. */
  { "010101Y123N", -1, NULL, "1901-01-01", FALSE },
  { "010101A123N", -1, NULL, "2001-01-01", FALSE },
  { "010101B123N", -1, NULL, "2001-01-01", FALSE },
  /* Leap years. */
  { "290200A002C", -1, NULL, "2000-02-29", FALSE },
  { "290204A002D", -1, NULL, "2004-02-29", FALSE },
  { "290200-002C", KANSIO_VALIDATION_ERROR_DATE, "date", NULL, FALSE },
  { "290203A0025", KANSIO_VALIDATION_ERROR_DATE, "date", NULL, FALSE },
  { "310404A002A", KANSIO_VALIDATION_ERROR_DATE, "date", NULL, FALSE },
  { "001001A002A", KANSIO_VALIDATION_ERROR_DATE, "date", NULL, FALSE },
  /* Individual numbers. */
  { "010101-002S", -1, NULL, "1901-01-01", FALSE },
  { "010101-000P", KANSIO_VALIDATION_ERROR_INDIVIDUAL_NUMBER, "individual_number", NULL, FALSE },
  { "010101-001R", KANSIO_VALIDATION_ERROR_INDIVIDUAL_NUMBER, "individual_number", NULL, FALSE },
  { "010101A900R", -1, NULL, "2001-01-01", TRUE },
  { "140384-9027", -1, NULL, "1984-03-14", TRUE },
  /* Typing errors. */
  { "131052-308U", KANSIO_VALIDATION_ERROR_CHECKSUM, "checksum", NULL, FALSE },
  { "131052-309T", KANSIO_VALIDATION_ERROR_CHECKSUM, "checksum", NULL, FALSE },
  { "131052G308T", KANSIO_VALIDATION_ERROR_CENTURY, "century", NULL, FALSE },
  { "131052a308T", KANSIO_VALIDATION_ERROR_CENTURY, "century", NULL, FALSE },
  { "131052-308t", KANSIO_VALIDATION_ERROR_FORMAT, "format", NULL, FALSE },
  { "131052-308", KANSIO_VALIDATION_ERROR_FORMAT, "format", NULL, FALSE },
  { "131052-308TT", KANSIO_VALIDATION_ERROR_FORMAT, "format", NULL, FALSE },
  { "13105-2308T", KANSIO_VALIDATION_ERROR_FORMAT, "format", NULL, FALSE },
  { " 131052-308T", KANSIO_VALIDATION_ERROR_FORMAT, "format", NULL, FALSE },
  { "", KANSIO_VALIDATION_ERROR_EMPTY, "format", NULL, FALSE },
};

static void
test_identity_codes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (identity_cases); i++)
    {
      const IdentityCase *c = &identity_cases[i];
      g_autoptr (GError) error = NULL;
      gboolean temporary = !c->temporary;
      GDate date;
      gboolean ok;

      g_test_message ("“%s”", c->code);
      g_date_clear (&date, 1);
      ok = kansio_validate_identity_code (c->code, KANSIO_IDENTITY_CODE_ALLOW_TEMPORARY, &date,
                                          &temporary, &error);
      if (c->error < 0)
        {
          char iso[16];

          g_assert_no_error (error);
          g_assert_true (ok);
          g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &date);
          g_assert_cmpstr (iso, ==, c->birth_date);
          g_assert_cmpint (temporary, ==, c->temporary);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, KANSIO_VALIDATION_ERROR, c->error);
          g_assert_cmpstr (error->message, !=, "");
        }
    }
}

static void
test_temporary_refused_unless_allowed (void)
{
  g_autoptr (GError) error = NULL;

  g_assert_false (kansio_validate_identity_code ("010101A900R", KANSIO_IDENTITY_CODE_DEFAULT, NULL,
                                                 NULL, &error));
  g_assert_error (error, KANSIO_VALIDATION_ERROR, KANSIO_VALIDATION_ERROR_TEMPORARY);
  g_clear_error (&error);
  g_assert_true (kansio_validate_identity_code ("131052-308T", KANSIO_IDENTITY_CODE_DEFAULT, NULL,
                                                NULL, &error));
}

/* The database must give the same verdict as the client, or a code the
 * form accepted would be refused on save (or worse, the other way). */
static void
test_database_agrees (void)
{
  g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_migrated ();

  for (guint i = 0; i < G_N_ELEMENTS (identity_cases); i++)
    {
      const IdentityCase *c = &identity_cases[i];
      const char *params[] = { c->code };
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows = NULL;
      GAsyncResult *result = NULL;

      kansio_database_query_async (test_database->database,
                                   "SELECT kansio.identity_code_problem ($1), "
                                   "kansio.identity_code_problem ($1, false)",
                                   params, 1, NULL, kansio_test_store_result_cb, &result);
      rows = kansio_database_query_finish (test_database->database, kansio_test_wait (&result),
                                           &error);
      g_object_unref (result);
      g_assert_no_error (error);
      g_test_message ("“%s” → %s", c->code, kansio_rows_get_string (rows, 0, 0));
      g_assert_cmpstr (kansio_rows_get_string (rows, 0, 0), ==, c->sql_problem);
      if (c->temporary)
        g_assert_cmpstr (kansio_rows_get_string (rows, 0, 1), ==, "temporary");
    }
}

typedef struct
{
  gboolean (*validate) (const char *value, GError **error);
  const char *value;
  int error;
} SimpleCase;

static const SimpleCase simple_cases[] = {
  /* IBAN (DOMAIN.md 1.3) */
  { kansio_validate_iban, "FI2112345600000785", -1 },
  { kansio_validate_iban, "FI21 1234 5600 0007 85", -1 },
  { kansio_validate_iban, "fi21 1234 5600 0007 85", -1 },
  { kansio_validate_iban, "FI21 1234 5600 0007 84", KANSIO_VALIDATION_ERROR_CHECKSUM },
  { kansio_validate_iban, "FI21 1234 5600 0007 8", KANSIO_VALIDATION_ERROR_LENGTH },
  { kansio_validate_iban, "FI21 1234 5600 0007 8X", KANSIO_VALIDATION_ERROR_LENGTH },
  { kansio_validate_iban, "DE89 3704 0044 0532 0130 00", -1 },
  { kansio_validate_iban, "SE45 5000 0000 0583 9825 7466", -1 },
  { kansio_validate_iban, "1234", KANSIO_VALIDATION_ERROR_FORMAT },
  { kansio_validate_iban, "FI21-1234", KANSIO_VALIDATION_ERROR_FORMAT },
  { kansio_validate_iban, "", KANSIO_VALIDATION_ERROR_EMPTY },
  /* Finnish reference, 7-3-1 (DOMAIN.md 1.4) */
  { kansio_validate_reference, "1232", -1 },
  { kansio_validate_reference, "12345 67897", -1 },
  { kansio_validate_reference, "1234", KANSIO_VALIDATION_ERROR_CHECKSUM },
  { kansio_validate_reference, "123", KANSIO_VALIDATION_ERROR_LENGTH },
  { kansio_validate_reference, "123456789012345678901", KANSIO_VALIDATION_ERROR_LENGTH },
  { kansio_validate_reference, "12a4", KANSIO_VALIDATION_ERROR_FORMAT },
  /* RF (ISO 11649) */
  { kansio_validate_rf_reference, "RF18539007547034", -1 },
  { kansio_validate_rf_reference, "RF18 5390 0754 7034", -1 },
  { kansio_validate_rf_reference, "RF18539007547035", KANSIO_VALIDATION_ERROR_CHECKSUM },
  { kansio_validate_rf_reference, "RX18539007547034", KANSIO_VALIDATION_ERROR_FORMAT },
  { kansio_validate_rf_reference, "RF18 5390 0754 7034 5678 9012 34",
    KANSIO_VALIDATION_ERROR_LENGTH },
  /* Business ID (DOMAIN.md 1.2) */
  { kansio_validate_business_id, "1572860-0", -1 },
  { kansio_validate_business_id, "0737546-2", -1 },
  { kansio_validate_business_id, "1572860-1", KANSIO_VALIDATION_ERROR_CHECKSUM },
  { kansio_validate_business_id, "157286-0", KANSIO_VALIDATION_ERROR_FORMAT },
  { kansio_validate_business_id, "15728600", KANSIO_VALIDATION_ERROR_FORMAT },
};

static void
test_payment_identifiers (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (simple_cases); i++)
    {
      g_autoptr (GError) error = NULL;
      gboolean ok = simple_cases[i].validate (simple_cases[i].value, &error);

      g_test_message ("“%s”", simple_cases[i].value);
      if (simple_cases[i].error < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, KANSIO_VALIDATION_ERROR, simple_cases[i].error);
        }
    }
}

static void
test_business_id_without_check_digit (void)
{
  /* A base whose remainder is 1 is never issued: no digit makes it valid. */
  char id[] = "0000006-0";
  guint valid = 0;

  for (char digit = '0'; digit <= '9'; digit++)
    {
      id[8] = digit;
      valid += kansio_validate_business_id (id, NULL);
    }
  g_assert_cmpuint (valid, ==, 0);
}

static void
test_format_iban (void)
{
  g_autofree char *formatted = kansio_format_iban ("fi2112345600000785");

  g_assert_cmpstr (formatted, ==, "FI21 1234 5600 0007 85");
}

/* A payee's name and a message as a bank takes them: the same rule as
 * the database's kansio.sepa_text_is_valid. */
static void
test_sepa_text (void)
{
  const char *good[] = { "Aino Virtanen",
                         "Åke Öhman-Järvi",
                         "Vuokra 12/2026 (A 1), viite?",
                         "O'Brien + Co.",
                         "Zoë Müller",
                         "Ærø Œuvre Šimon",
                         "" };
  /* Every accented letter taken is one the payment file writes in Latin
   * letters (kansio-payment-file.c), never as "?". */
  const char accented[] = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŠšŽžŒœ";
  const struct
  {
    const char *text;
    int code; /* KansioValidationError */
  } bad[] = {
    { "Aino\x01Virtanen", KANSIO_VALIDATION_ERROR_FORMAT },
    { "Aino <b>", KANSIO_VALIDATION_ERROR_FORMAT },
    { "Oy & Co", KANSIO_VALIDATION_ERROR_FORMAT },
    { "Tab\there", KANSIO_VALIDATION_ERROR_FORMAT },
    { "3 × 2", KANSIO_VALIDATION_ERROR_FORMAT },
    { "Ωmega", KANSIO_VALIDATION_ERROR_FORMAT },
    /* Latin letters a payment file would write as "?" */
    { "ŉſĸĿıĲ ÞÐ", KANSIO_VALIDATION_ERROR_FORMAT },
    { "Aino\u200bVirtanen", KANSIO_VALIDATION_ERROR_FORMAT },
    { "\xff", KANSIO_VALIDATION_ERROR_FORMAT },
    { "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      KANSIO_VALIDATION_ERROR_LENGTH },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr (GError) error = NULL;

      g_assert_true (kansio_validate_sepa_text (good[i], 70, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;

      g_assert_false (kansio_validate_sepa_text (bad[i].text, 70, &error));
      g_assert_error (error, KANSIO_VALIDATION_ERROR, bad[i].code);
    }

  g_assert_true (kansio_validate_sepa_text (accented, 70, NULL));
  for (const char *p = accented; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *letter = g_strndup (p, g_utf8_next_char (p) - p);
      g_autofree char *latin = g_str_to_ascii (letter, "C");

      g_assert_null (strchr (latin, '?'));
    }

  /* The database says the same of every character. */
  {
    g_autoptr (KansioTestDatabase) test_database = kansio_test_database_new_migrated ();

    for (guint i = 0; i < G_N_ELEMENTS (good) + G_N_ELEMENTS (bad) + 1; i++)
      {
        const char *text = i < G_N_ELEMENTS (good) ? good[i]
                           : i < G_N_ELEMENTS (good) + G_N_ELEMENTS (bad)
                               ? bad[i - G_N_ELEMENTS (good)].text
                               : accented;
        const char *params[] = { text };
        g_autoptr (GError) error = NULL;
        g_autoptr (KansioRows) rows = NULL;
        GAsyncResult *result = NULL;

        if (!g_utf8_validate (text, -1, NULL) || g_utf8_strlen (text, -1) > 70)
          continue;
        kansio_database_query_async (test_database->database,
                                     "SELECT kansio.sepa_text_is_valid ($1)", params, 1, NULL,
                                     kansio_test_store_result_cb, &result);
        rows = kansio_database_query_finish (test_database->database, kansio_test_wait (&result),
                                             &error);
        g_object_unref (result);
        g_assert_no_error (error);
        g_assert_cmpstr (
            kansio_rows_get_string (rows, 0, 0), ==,
            i < G_N_ELEMENTS (good) || i == G_N_ELEMENTS (good) + G_N_ELEMENTS (bad) ? "t" : "f");
      }
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/validate/identity-codes", test_identity_codes);
  g_test_add_func ("/validate/temporary-refused-unless-allowed",
                   test_temporary_refused_unless_allowed);
  g_test_add_func ("/validate/database-agrees", test_database_agrees);
  g_test_add_func ("/validate/payment-identifiers", test_payment_identifiers);
  g_test_add_func ("/validate/business-id-without-check-digit",
                   test_business_id_without_check_digit);
  g_test_add_func ("/validate/format-iban", test_format_iban);
  g_test_add_func ("/validate/sepa-text", test_sepa_text);

  return g_test_run ();
}
