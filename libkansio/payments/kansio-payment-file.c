/* kansio-payment-file.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A SEPA credit-transfer file, ISO 20022 pain.001.001.03, as Finnish banks
 * take it: one payment information block for the day's run, a transaction
 * per payment order, each with its end-to-end id (the order's id, so the
 * bank's returns match it) and the payee's reference as a structured
 * creditor reference (SCOR) when there is one.
 */
#define G_LOG_DOMAIN "kansio-payment-file"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-payment-file.h"
#include "kansio-validate.h"

#include <string.h>

typedef struct
{
  char *end_to_end_id;
  char *name;
  char *iban;
  char *reference;
  char *message;
  gint64 cents;
} Transaction;

struct _KansioPaymentFile
{
  GObject parent_instance;

  char *message_id;
  GDateTime *created;
  GDate execution_date;
  char *debtor_name;
  char *debtor_iban;
  char *debtor_bic;
  GPtrArray *transactions; /* of Transaction */
  gint64 control_sum;
};

G_DEFINE_FINAL_TYPE (KansioPaymentFile, kansio_payment_file, G_TYPE_OBJECT)

static void
transaction_free (Transaction *transaction)
{
  g_free (transaction->end_to_end_id);
  g_free (transaction->name);
  g_free (transaction->iban);
  g_free (transaction->reference);
  g_free (transaction->message);
  g_free (transaction);
}

static void
kansio_payment_file_finalize (GObject *object)
{
  KansioPaymentFile *self = KANSIO_PAYMENT_FILE (object);

  g_free (self->message_id);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_free (self->debtor_name);
  g_free (self->debtor_iban);
  g_free (self->debtor_bic);
  g_clear_pointer (&self->transactions, g_ptr_array_unref);

  G_OBJECT_CLASS (kansio_payment_file_parent_class)->finalize (object);
}

static void
kansio_payment_file_class_init (KansioPaymentFileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_payment_file_finalize;
}

static void
kansio_payment_file_init (KansioPaymentFile *self)
{
  self->transactions = g_ptr_array_new_with_free_func ((GDestroyNotify) transaction_free);
}

/* IBANs as the bank wants them: capitals, no spaces. */
static char *
compact (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, g_ascii_toupper (*p));
  return g_string_free (out, FALSE);
}

/* The EPC's SEPA character set: what every bank takes. */
static gboolean
is_sepa_char (char c)
{
  return g_ascii_isalnum (c) || strchr ("/-?:().,'+ ", c) != NULL;
}

/* A name or a message as a bank takes it: Latin letters for accented ones,
 * a space for anything outside the SEPA set (a control character, markup),
 * one space between words, at most @max characters. Whatever was stored,
 * the file stays valid XML that every bank reads. */
static char *
clip (const char *text, glong max)
{
  g_autofree char *ascii = g_str_to_ascii (text != NULL ? text : "", "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      char c = is_sepa_char (*p) ? *p : ' ';

      if (c == ' ' && (out->len == 0 || out->str[out->len - 1] == ' '))
        continue;
      g_string_append_c (out, c);
    }
  if ((glong) out->len > max)
    g_string_truncate (out, max);
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/**
 * kansio_payment_file_new:
 * @message_id: unique for the payer, at most 35 characters
 * @execution_date: the day the bank is to pay
 * @debtor_bic: (nullable): the payer's bank's BIC
 */
KansioPaymentFile *
kansio_payment_file_new (const char *message_id,
                         GDateTime *created,
                         const GDate *execution_date,
                         const char *debtor_name,
                         const char *debtor_iban,
                         const char *debtor_bic)
{
  KansioPaymentFile *self;

  g_return_val_if_fail (message_id != NULL && strlen (message_id) <= 35, NULL);
  g_return_val_if_fail (created != NULL, NULL);
  g_return_val_if_fail (execution_date != NULL && g_date_valid (execution_date), NULL);

  self = g_object_new (KANSIO_TYPE_PAYMENT_FILE, NULL);
  self->message_id = g_strdup (message_id);
  self->created = g_date_time_ref (created);
  self->execution_date = *execution_date;
  self->debtor_name = clip (debtor_name, 70);
  self->debtor_iban = compact (debtor_iban);
  self->debtor_bic = debtor_bic != NULL ? compact (debtor_bic) : NULL;
  return self;
}

/**
 * kansio_payment_file_add:
 * @end_to_end_id: the payment order's own id, at most 35 characters
 * @reference: (nullable): a Finnish reference or an RF reference
 * @message: (nullable): a message to the payee, when there is no reference
 * @cents: the amount, more than zero
 *
 * Returns: whether the order was valid and added; if not, @error says why
 */
gboolean
kansio_payment_file_add (KansioPaymentFile *self,
                         const char *end_to_end_id,
                         const char *creditor_name,
                         const char *creditor_iban,
                         const char *reference,
                         const char *message,
                         gint64 cents,
                         GError **error)
{
  Transaction *transaction;
  g_autofree char *iban = compact (creditor_iban);
  g_autofree char *ref = reference != NULL && reference[0] != '\0' ? compact (reference) : NULL;

  g_return_val_if_fail (KANSIO_IS_PAYMENT_FILE (self), FALSE);
  g_return_val_if_fail (end_to_end_id != NULL && strlen (end_to_end_id) <= 35, FALSE);

  if (cents <= 0)
    {
      g_set_error (error, KANSIO_VALIDATION_ERROR, KANSIO_VALIDATION_ERROR_FORMAT,
                   _ ("A payment must be more than zero euros."));
      return FALSE;
    }
  if (!kansio_validate_iban (iban, error))
    return FALSE;
  if (ref != NULL
      && !(g_str_has_prefix (ref, "RF") ? kansio_validate_rf_reference (ref, error)
                                        : kansio_validate_reference (ref, error)))
    return FALSE;

  transaction = g_new0 (Transaction, 1);
  transaction->end_to_end_id = g_strdup (end_to_end_id);
  transaction->name = clip (creditor_name, 70);
  transaction->iban = g_steal_pointer (&iban);
  transaction->reference = g_steal_pointer (&ref);
  transaction->message = clip (message, 140);
  /* Nothing left to say: no remittance text (an empty one is invalid). */
  if (transaction->message[0] == '\0')
    g_clear_pointer (&transaction->message, g_free);
  /* A name is required: one with nothing a bank takes is a dash. */
  if (transaction->name[0] == '\0')
    {
      g_free (transaction->name);
      transaction->name = g_strdup ("-");
    }
  transaction->cents = cents;
  g_ptr_array_add (self->transactions, transaction);
  self->control_sum += cents;
  return TRUE;
}

guint
kansio_payment_file_get_n_transactions (KansioPaymentFile *self)
{
  g_return_val_if_fail (KANSIO_IS_PAYMENT_FILE (self), 0);
  return self->transactions->len;
}

/* In cents. */
gint64
kansio_payment_file_get_control_sum (KansioPaymentFile *self)
{
  g_return_val_if_fail (KANSIO_IS_PAYMENT_FILE (self), 0);
  return self->control_sum;
}

static void
element (GString *xml, guint depth, const char *name, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (xml, "%*s<%s>%s</%s>\n", (int) depth * 2, "", name, escaped, name);
}

static void
open_element (GString *xml, guint depth, const char *name)
{
  g_string_append_printf (xml, "%*s<%s>\n", (int) depth * 2, "", name);
}

static void
close_element (GString *xml, guint depth, const char *name)
{
  g_string_append_printf (xml, "%*s</%s>\n", (int) depth * 2, "", name);
}

static char *
amount (gint64 cents)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cents / 100, (int) (cents % 100));
}

static void
write_transaction (GString *xml, Transaction *t)
{
  g_autofree char *sum = amount (t->cents);

  open_element (xml, 3, "CdtTrfTxInf");
  open_element (xml, 4, "PmtId");
  element (xml, 5, "InstrId", t->end_to_end_id);
  element (xml, 5, "EndToEndId", t->end_to_end_id);
  close_element (xml, 4, "PmtId");
  open_element (xml, 4, "Amt");
  g_string_append_printf (xml, "%*s<InstdAmt Ccy=\"EUR\">%s</InstdAmt>\n", 10, "", sum);
  close_element (xml, 4, "Amt");
  open_element (xml, 4, "Cdtr");
  element (xml, 5, "Nm", t->name);
  close_element (xml, 4, "Cdtr");
  open_element (xml, 4, "CdtrAcct");
  open_element (xml, 5, "Id");
  element (xml, 6, "IBAN", t->iban);
  close_element (xml, 5, "Id");
  close_element (xml, 4, "CdtrAcct");
  if (t->reference != NULL || t->message != NULL)
    {
      open_element (xml, 4, "RmtInf");
      if (t->reference != NULL)
        {
          open_element (xml, 5, "Strd");
          open_element (xml, 6, "CdtrRefInf");
          open_element (xml, 7, "Tp");
          open_element (xml, 8, "CdOrPrtry");
          element (xml, 9, "Cd", "SCOR");
          close_element (xml, 8, "CdOrPrtry");
          close_element (xml, 7, "Tp");
          element (xml, 7, "Ref", t->reference);
          close_element (xml, 6, "CdtrRefInf");
          close_element (xml, 5, "Strd");
        }
      else
        element (xml, 5, "Ustrd", t->message);
      close_element (xml, 4, "RmtInf");
    }
  close_element (xml, 3, "CdtTrfTxInf");
}

/**
 * kansio_payment_file_to_xml:
 *
 * Returns: (transfer full): the file, UTF-8 XML
 */
GBytes *
kansio_payment_file_to_xml (KansioPaymentFile *self)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_autofree char *created = g_date_time_format (self->created, "%Y-%m-%dT%H:%M:%S");
  g_autofree char *count = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *block_id = NULL;
  char execution[16];

  g_return_val_if_fail (KANSIO_IS_PAYMENT_FILE (self), NULL);

  count = g_strdup_printf ("%u", self->transactions->len);
  sum = amount (self->control_sum);
  block_id = g_strdup_printf ("%.33s-1", self->message_id);
  g_date_strftime (execution, sizeof execution, "%Y-%m-%d", &self->execution_date);

  g_string_append (xml, "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\" "
                        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n");
  open_element (xml, 1, "CstmrCdtTrfInitn");
  open_element (xml, 2, "GrpHdr");
  element (xml, 3, "MsgId", self->message_id);
  element (xml, 3, "CreDtTm", created);
  element (xml, 3, "NbOfTxs", count);
  element (xml, 3, "CtrlSum", sum);
  open_element (xml, 3, "InitgPty");
  element (xml, 4, "Nm", self->debtor_name);
  close_element (xml, 3, "InitgPty");
  close_element (xml, 2, "GrpHdr");

  open_element (xml, 2, "PmtInf");
  element (xml, 3, "PmtInfId", block_id);
  element (xml, 3, "PmtMtd", "TRF");
  element (xml, 3, "BtchBookg", "false");
  element (xml, 3, "NbOfTxs", count);
  element (xml, 3, "CtrlSum", sum);
  open_element (xml, 3, "PmtTpInf");
  open_element (xml, 4, "SvcLvl");
  element (xml, 5, "Cd", "SEPA");
  close_element (xml, 4, "SvcLvl");
  close_element (xml, 3, "PmtTpInf");
  element (xml, 3, "ReqdExctnDt", execution);
  open_element (xml, 3, "Dbtr");
  element (xml, 4, "Nm", self->debtor_name);
  close_element (xml, 3, "Dbtr");
  open_element (xml, 3, "DbtrAcct");
  open_element (xml, 4, "Id");
  element (xml, 5, "IBAN", self->debtor_iban);
  close_element (xml, 4, "Id");
  close_element (xml, 3, "DbtrAcct");
  open_element (xml, 3, "DbtrAgt");
  open_element (xml, 4, "FinInstnId");
  if (self->debtor_bic != NULL)
    element (xml, 5, "BIC", self->debtor_bic);
  else
    {
      open_element (xml, 5, "Othr");
      element (xml, 6, "Id", "NOTPROVIDED");
      close_element (xml, 5, "Othr");
    }
  close_element (xml, 4, "FinInstnId");
  close_element (xml, 3, "DbtrAgt");
  element (xml, 3, "ChrgBr", "SLEV");
  for (guint i = 0; i < self->transactions->len; i++)
    write_transaction (xml, g_ptr_array_index (self->transactions, i));
  close_element (xml, 2, "PmtInf");
  close_element (xml, 1, "CstmrCdtTrfInitn");
  g_string_append (xml, "</Document>\n");
  return g_string_free_to_bytes (xml);
}
