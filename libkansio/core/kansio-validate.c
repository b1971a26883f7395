/* kansio-validate.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-validate"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kansio-validate.h"

G_DEFINE_QUARK (kansio - validation - error - quark, kansio_validation_error)

#define IDENTITY_CODE_CHECK_CHARACTERS "0123456789ABCDEFHJKLMNPRSTUVWXY"

/* The value without the spaces people type and print in groups. */
static char *
without_spaces (const char *text)
{
  GString *compact = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (compact, g_ascii_toupper (*p));
  return g_string_free (compact, FALSE);
}

static gboolean
all_digits (const char *text, gsize length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
fail (GError **error, KansioValidationError code, const char *message)
{
  g_set_error_literal (error, KANSIO_VALIDATION_ERROR, code, message);
  return FALSE;
}

static int
century_of (char sign)
{
  switch (sign)
    {
    case '+':
      return 1800;
    case '-':
    case 'Y':
    case 'X':
    case 'W':
    case 'V':
    case 'U':
      return 1900;
    case 'A':
    case 'B':
    case 'C':
    case 'D':
    case 'E':
    case 'F':
      return 2000;
    default:
      return 0;
    }
}

static guint
digits_value (const char *text, gsize length)
{
  guint value = 0;

  for (gsize i = 0; i < length; i++)
    value = value * 10 + (text[i] - '0');
  return value;
}

/**
 * kansio_validate_identity_code:
 * @code: a henkilötunnus, as typed (DDMMYYCZZZQ)
 * @flags: whether temporary codes (900–999) are accepted
 * @birth_date: (out caller-allocates) (optional): the birth date
 * @is_temporary: (out) (optional): whether it is a temporary code
 *
 * The century sign is part of the identity and is never changed: two
 * codes that differ only by it belong to two people.
 */
gboolean
kansio_validate_identity_code (const char *code,
                               KansioIdentityCodeFlags flags,
                               GDate *birth_date,
                               gboolean *is_temporary,
                               GError **error)
{
  guint day, month, year, individual, number;
  int century;

  if (code == NULL || *code == '\0')
    return fail (error, KANSIO_VALIDATION_ERROR_EMPTY, _ ("The identity code is empty."));
  if (strlen (code) != 11 || !all_digits (code, 6) || !all_digits (code + 7, 3)
      || !(g_ascii_isdigit (code[10]) || (code[10] >= 'A' && code[10] <= 'Z')))
    return fail (error, KANSIO_VALIDATION_ERROR_FORMAT,
                 _ ("An identity code has 11 characters: the birth date (DDMMYY), a century sign, "
                    "three digits and a check character."));

  century = century_of (code[6]);
  if (century == 0)
    return fail (error, KANSIO_VALIDATION_ERROR_CENTURY,
                 _ ("The century sign must be +, -, Y, X, W, V, U, A, B, C, D, E or F."));

  day = digits_value (code, 2);
  month = digits_value (code + 2, 2);
  year = century + digits_value (code + 4, 2);
  if (!g_date_valid_dmy (day, month, year))
    return fail (error, KANSIO_VALIDATION_ERROR_DATE,
                 _ ("The identity code does not start with a real date."));

  individual = digits_value (code + 7, 3);
  if (individual < 2)
    return fail (error, KANSIO_VALIDATION_ERROR_INDIVIDUAL_NUMBER,
                 _ ("The individual number 000 or 001 is never issued."));
  if (individual >= 900 && !(flags & KANSIO_IDENTITY_CODE_ALLOW_TEMPORARY))
    return fail (error, KANSIO_VALIDATION_ERROR_TEMPORARY,
                 _ ("This is a temporary identity code (individual number 900–999), which is "
                    "not accepted here."));

  number = digits_value (code, 6) * 1000 + individual;
  if (IDENTITY_CODE_CHECK_CHARACTERS[number % 31] != code[10])
    return fail (error, KANSIO_VALIDATION_ERROR_CHECKSUM,
                 _ ("The check character of the identity code does not match. Check the code "
                    "for a typing error."));

  if (birth_date != NULL)
    g_date_set_dmy (birth_date, day, month, year);
  if (is_temporary != NULL)
    *is_temporary = individual >= 900;
  return TRUE;
}

/* ISO 7064 mod 97-10 over digits and letters (A = 10 … Z = 35), read in
 * order, without building the whole number. */
static guint
mod97 (const char *text)
{
  guint remainder = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        remainder = (remainder * 10 + (*p - '0')) % 97;
      else
        remainder = (remainder * 100 + (*p - 'A' + 10)) % 97;
    }
  return remainder;
}

static gboolean
is_alnum_upper (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && !(*p >= 'A' && *p <= 'Z'))
      return FALSE;
  return TRUE;
}

/**
 * kansio_validate_iban:
 * @iban: an account number, with or without spaces
 *
 * A Finnish IBAN has exactly 18 characters; others between 15 and 34.
 */
gboolean
kansio_validate_iban (const char *iban, GError **error)
{
  g_autofree char *compact = NULL;
  g_autofree char *rearranged = NULL;
  gsize length;

  if (iban == NULL || *iban == '\0')
    return fail (error, KANSIO_VALIDATION_ERROR_EMPTY, _ ("The account number is empty."));

  compact = without_spaces (iban);
  length = strlen (compact);
  if (length < 5 || !g_ascii_isalpha (compact[0]) || !g_ascii_isalpha (compact[1])
      || !g_ascii_isdigit (compact[2]) || !g_ascii_isdigit (compact[3])
      || !is_alnum_upper (compact))
    return fail (error, KANSIO_VALIDATION_ERROR_FORMAT,
                 _ ("An IBAN starts with a country code and two check digits, for example "
                    "FI21 1234 5600 0007 85."));

  if (g_str_has_prefix (compact, "FI"))
    {
      if (length != 18 || !all_digits (compact + 2, 16))
        return fail (error, KANSIO_VALIDATION_ERROR_LENGTH,
                     _ ("A Finnish IBAN has FI and 16 digits."));
    }
  else if (length < 15 || length > 34)
    return fail (error, KANSIO_VALIDATION_ERROR_LENGTH,
                 _ ("An IBAN has between 15 and 34 characters."));

  rearranged = g_strdup_printf ("%s%.4s", compact + 4, compact);
  if (mod97 (rearranged) != 1)
    return fail (error, KANSIO_VALIDATION_ERROR_CHECKSUM,
                 _ ("The check digits of the IBAN do not match. Check the account number for a "
                    "typing error."));
  return TRUE;
}

/**
 * kansio_format_iban:
 *
 * Returns: (transfer full): @iban in groups of four, as printed
 */
char *
kansio_format_iban (const char *iban)
{
  g_autofree char *compact = without_spaces (iban);
  GString *grouped = g_string_new (NULL);

  for (gsize i = 0; compact[i] != '\0'; i++)
    {
      if (i > 0 && i % 4 == 0)
        g_string_append_c (grouped, ' ');
      g_string_append_c (grouped, compact[i]);
    }
  return g_string_free (grouped, FALSE);
}

/**
 * kansio_validate_reference:
 * @reference: a Finnish creditor reference (viitenumero), spaces allowed
 *
 * 4 to 20 digits, the last a 7-3-1 check digit.
 */
gboolean
kansio_validate_reference (const char *reference, GError **error)
{
  static const guint weights[] = { 7, 3, 1 };
  g_autofree char *compact = NULL;
  gsize length;
  guint sum = 0;

  if (reference == NULL || *reference == '\0')
    return fail (error, KANSIO_VALIDATION_ERROR_EMPTY, _ ("The reference number is empty."));

  compact = without_spaces (reference);
  length = strlen (compact);
  if (!all_digits (compact, length))
    return fail (error, KANSIO_VALIDATION_ERROR_FORMAT, _ ("A reference number has digits only."));
  if (length < 4 || length > 20)
    return fail (error, KANSIO_VALIDATION_ERROR_LENGTH,
                 _ ("A reference number has 4 to 20 digits."));

  for (gsize i = 0; i < length - 1; i++)
    sum += (compact[length - 2 - i] - '0') * weights[i % 3];
  if ((10 - sum % 10) % 10 != (guint) (compact[length - 1] - '0'))
    return fail (error, KANSIO_VALIDATION_ERROR_CHECKSUM,
                 _ ("The check digit of the reference number does not match."));
  return TRUE;
}

/**
 * kansio_validate_rf_reference:
 * @reference: an RF creditor reference (ISO 11649), spaces allowed
 */
gboolean
kansio_validate_rf_reference (const char *reference, GError **error)
{
  g_autofree char *compact = NULL;
  g_autofree char *rearranged = NULL;
  gsize length;

  if (reference == NULL || *reference == '\0')
    return fail (error, KANSIO_VALIDATION_ERROR_EMPTY, _ ("The reference is empty."));

  compact = without_spaces (reference);
  length = strlen (compact);
  if (!g_str_has_prefix (compact, "RF") || length < 5 || !g_ascii_isdigit (compact[2])
      || !g_ascii_isdigit (compact[3]) || !is_alnum_upper (compact))
    return fail (error, KANSIO_VALIDATION_ERROR_FORMAT,
                 _ ("An RF reference starts with RF and two check digits, followed by letters "
                    "and digits."));
  if (length > 25)
    return fail (error, KANSIO_VALIDATION_ERROR_LENGTH,
                 _ ("An RF reference has at most 25 characters."));

  rearranged = g_strdup_printf ("%s%.4s", compact + 4, compact);
  if (mod97 (rearranged) != 1)
    return fail (error, KANSIO_VALIDATION_ERROR_CHECKSUM,
                 _ ("The check digits of the RF reference do not match."));
  return TRUE;
}

/**
 * kansio_validate_business_id:
 * @business_id: a Finnish business ID (Y-tunnus), NNNNNNN-C
 */
gboolean
kansio_validate_business_id (const char *business_id, GError **error)
{
  static const guint weights[] = { 7, 9, 10, 5, 8, 4, 2 };
  guint sum = 0;
  guint remainder;

  if (business_id == NULL || *business_id == '\0')
    return fail (error, KANSIO_VALIDATION_ERROR_EMPTY, _ ("The business ID is empty."));
  if (strlen (business_id) != 9 || !all_digits (business_id, 7) || business_id[7] != '-'
      || !g_ascii_isdigit (business_id[8]))
    return fail (error, KANSIO_VALIDATION_ERROR_FORMAT,
                 _ ("A business ID has seven digits, a hyphen and a check digit, for example "
                    "1572860-0."));

  for (guint i = 0; i < 7; i++)
    sum += (business_id[i] - '0') * weights[i];
  remainder = sum % 11;
  if (remainder == 1 || (remainder == 0 ? 0 : 11 - remainder) != (guint) (business_id[8] - '0'))
    return fail (error, KANSIO_VALIDATION_ERROR_CHECKSUM,
                 _ ("The check digit of the business ID does not match."));
  return TRUE;
}

/* The EPC's SEPA set, and the accented Latin letters the payment file
 * writes as Latin letters (Ä as A, Æ as AE); the same rule as
 * kansio.sepa_text_is_valid in the database. */
static gboolean
is_sepa_character (gunichar c)
{
  static const char accented[] = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŠšŽžŒœ";

  if (c < 0x80)
    return g_ascii_isalnum (c) || strchr ("/-?:().,'+ ", (int) c) != NULL;
  return g_utf8_strchr (accented, -1, c) != NULL;
}

/**
 * kansio_validate_sepa_text:
 * @text: a payee's name or a payment's message
 * @max_length: the most characters a bank takes here (70 for a name, 140
 *   for a message)
 *
 * Whether a bank takes @text in a SEPA credit transfer.
 */
gboolean
kansio_validate_sepa_text (const char *text, guint max_length, GError **error)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return fail (error, KANSIO_VALIDATION_ERROR_FORMAT, _ ("The text is not valid."));
  if (g_utf8_strlen (text, -1) > (glong) max_length)
    {
      g_set_error (error, KANSIO_VALIDATION_ERROR, KANSIO_VALIDATION_ERROR_LENGTH,
                   _ ("A bank takes at most %u characters here."), max_length);
      return FALSE;
    }
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!is_sepa_character (g_utf8_get_char (p)))
      return fail (error, KANSIO_VALIDATION_ERROR_FORMAT,
                   _ ("A bank takes only letters, digits, spaces and / - ? : ( ) . , ' + here."));
  return TRUE;
}
