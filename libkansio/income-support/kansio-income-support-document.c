/* kansio-income-support-document.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields an income-support decision and a recovery decision print,
 * from the decision as the database records it for its document (see
 * kansio.document_inputs): the document service composes the decision
 * sent from them, and the desktop its draft, so both print the same.
 */
#define G_LOG_DOMAIN "kansio-income-support-document"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "kansio-income-support-calculation.h"
#include "kansio-income-support-document.h"

static const char *
member (JsonObject *object, const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
                 && json_node_get_value_type (node) == G_TYPE_STRING
             ? json_node_get_string (node)
             : NULL;
}

static gint64
cents (JsonObject *object, const char *name)
{
  const char *text = member (object, name);

  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : 0;
}

static char *
format_month (const char *iso)
{
  guint year, month;

  if (iso == NULL || sscanf (iso, "%4u-%2u", &year, &month) != 2)
    return g_strdup (iso != NULL ? iso : "");
  return g_strdup_printf ("%u/%u", month, year);
}

/**
 * kansio_income_support_format_period:
 * @first_month: a month's first day, 2026-03-01
 * @last_month: (nullable): the last month's, or %NULL for one month
 *
 * Returns: (transfer full): "3/2026", or "3/2026–5/2026" for more months
 */
char *
kansio_income_support_format_period (const char *first_month, const char *last_month)
{
  g_autofree char *first = format_month (first_month);
  g_autofree char *last = NULL;

  if (last_month == NULL || g_strcmp0 (first_month, last_month) == 0)
    return g_steal_pointer (&first);
  last = format_month (last_month);
  return g_strdup_printf ("%s–%s", first, last);
}

static void
application_fields (KansioMergeData *data, JsonObject *subject)
{
  g_autofree char *period = kansio_income_support_format_period (member (subject, "first_month"),
                                                                 member (subject, "last_month"));

  if (member (subject, "received_on") != NULL)
    kansio_merge_data_set_iso_date (data, "application.received_on",
                                    member (subject, "received_on"));
  kansio_merge_data_set_text (data, "application.period", period);
}

/* The outcome in words, as the decision's result row says it. */
static const char *
outcome_words (const char *outcome, KansioLanguage language)
{
  gboolean swedish = language == KANSIO_LANGUAGE_SWEDISH;

  if (g_strcmp0 (outcome, "rejected") == 0)
    return swedish ? "Avslås" : "Hylätään";
  if (g_strcmp0 (outcome, "partial") == 0)
    return swedish ? "Beviljas delvis" : "Myönnetään osittain";
  return swedish ? "Beviljas" : "Myönnetään";
}

/* When and to which account the support is paid: the payment orders of
 * the decision, the account as the database gave it for print. */
static void
payment_fields (KansioMergeData *data, JsonObject *decision)
{
  JsonNode *node = json_object_get_member (decision, "payments");
  JsonArray *payments;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;
  payments = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (payments); i++)
    {
      JsonNode *element = json_array_get_element (payments, i);
      JsonObject *payment = element != NULL && JSON_NODE_HOLDS_OBJECT (element)
                                ? json_node_get_object (element)
                                : NULL;
      KansioMergeData *item;

      if (payment == NULL)
        continue;
      item = kansio_merge_data_add_item (data, "decision.payments");
      kansio_merge_data_set_iso_date (item, "date", member (payment, "due_on"));
      kansio_merge_data_set_text (item, "payee", member (payment, "payee") ?: "");
      kansio_merge_data_set_text (item, "account", member (payment, "account") ?: "");
      kansio_merge_data_set_money (item, "amount", cents (payment, "amount_cents"));
    }
}

/* The day and the channel the decision was sent, when they were known as
 * it was composed: the rectification period runs from them. */
static void
sending_fields (KansioMergeData *data, JsonObject *decision)
{
  const char *channel = member (decision, "sent_channel");

  if (member (decision, "sent_on") == NULL
      || (g_strcmp0 (channel, "post") != 0 && g_strcmp0 (channel, "electronic") != 0))
    return;
  if (kansio_merge_data_set_iso_date (data, "decision.sent_on", member (decision, "sent_on")))
    kansio_merge_data_set_text (data, "decision.sent_channel", channel);
}

/**
 * kansio_income_support_decision_fields:
 * @decision: outcome, support_cents, reasons, calculation (its JSON),
 *   received_on, first_month, last_month, kind ("supplementary" or
 *   "preventive"), sent_on and sent_channel when known, all as text, and
 *   payments (an array of objects: due_on, payee, account, amount_cents)
 * @rates: the rates the calculation is made again with
 *
 * Puts what a decision prints into @data: its calculation made again
 * from what was stored, in @language, and what was decided (partly
 * granted too).
 */
gboolean
kansio_income_support_decision_fields (KansioMergeData *data,
                                       JsonObject *decision,
                                       KansioIncomeSupportRates *rates,
                                       KansioLanguage language,
                                       GError **error)
{
  g_autoptr (KansioIncomeSupportCalculation) calculation = NULL;
  const char *json = member (decision, "calculation");

  g_return_val_if_fail (KANSIO_IS_MERGE_DATA (data), FALSE);
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RATES (rates), FALSE);

  calculation = kansio_income_support_calculation_new_from_json (json != NULL ? json : "", error);
  if (calculation == NULL || !kansio_income_support_calculation_run (calculation, rates, error))
    return FALSE;
  kansio_income_support_calculation_fill_merge_data (calculation, data, language, NULL);
  kansio_merge_data_set_money (data, "decision.support", cents (decision, "support_cents"));
  kansio_merge_data_set_boolean (data, "decision.granted",
                                 g_strcmp0 (member (decision, "outcome"), "rejected") != 0);
  kansio_merge_data_set_text (data, "decision.reasons", member (decision, "reasons") ?: "");
  kansio_merge_data_set_text (data, "decision.outcome",
                              outcome_words (member (decision, "outcome"), language));
  kansio_merge_data_set_boolean (data, "decision.preventive",
                                 g_strcmp0 (member (decision, "kind"), "preventive") == 0);
  payment_fields (data, decision);
  sending_fields (data, decision);
  application_fields (data, decision);
  return TRUE;
}

/**
 * kansio_income_support_recovery_fields:
 * @recovery: amount_cents, reasons, paid_cents, support_cents,
 *   decided_on (the decision's), received_on, first_month, last_month,
 *   kind (the support's: "supplementary" or "preventive")
 *
 * Puts what a recovery decision prints into @data.
 */
void
kansio_income_support_recovery_fields (KansioMergeData *data, JsonObject *recovery)
{
  g_return_if_fail (KANSIO_IS_MERGE_DATA (data));

  kansio_merge_data_set_money (data, "recovery.amount", cents (recovery, "amount_cents"));
  kansio_merge_data_set_text (data, "recovery.reasons", member (recovery, "reasons") ?: "");
  kansio_merge_data_set_money (data, "recovery.paid", cents (recovery, "paid_cents"));
  kansio_merge_data_set_money (data, "decision.support", cents (recovery, "support_cents"));
  if (member (recovery, "decided_on") != NULL)
    kansio_merge_data_set_iso_date (data, "decision.decided_on", member (recovery, "decided_on"));
  kansio_merge_data_set_boolean (data, "decision.preventive",
                                 g_strcmp0 (member (recovery, "kind"), "preventive") == 0);
  application_fields (data, recovery);
}
