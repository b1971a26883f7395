/* kansio-income-support-calculation-document.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-calculation"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-income-support-calculation-private.h"

/* A calculation in a decision: its lines as the decision prints them, in
 * Finnish or Swedish whatever the interface language, and the merge
 * fields of an income-support decision. */

/* The lines as a decision prints them, in its own language. */
static const struct
{
  const char *code;
  const char *fi;
  const char *sv;
} document_labels[] = {
  { "living_alone", "Perusosa, yksin asuva", "Grunddel, ensamboende" },
  { "single_parent", "Perusosa, yksinhuoltaja", "Grunddel, ensamförsörjare" },
  { "adult", "Perusosa, yhteistaloudessa asuva aikuinen", "Grunddel, vuxen i gemensamt hushåll" },
  { "adult_with_parents", "Perusosa, vanhempiensa luona asuva aikuinen",
    "Grunddel, vuxen som bor hos sina föräldrar" },
  { "child_under_10_1", "Perusosa, alle 10-vuotias, 1. lapsi",
    "Grunddel, barn under 10 år, första barnet" },
  { "child_under_10_2", "Perusosa, alle 10-vuotias, 2. lapsi",
    "Grunddel, barn under 10 år, andra barnet" },
  { "child_under_10_3", "Perusosa, alle 10-vuotias, 3. tai myöhempi lapsi",
    "Grunddel, barn under 10 år, tredje eller senare barnet" },
  { "child_10_17_1", "Perusosa, 10–17-vuotias, 1. lapsi",
    "Grunddel, barn 10–17 år, första barnet" },
  { "child_10_17_2", "Perusosa, 10–17-vuotias, 2. lapsi", "Grunddel, barn 10–17 år, andra barnet" },
  { "child_10_17_3", "Perusosa, 10–17-vuotias, 3. tai myöhempi lapsi",
    "Grunddel, barn 10–17 år, tredje eller senare barnet" },
  { "rent", "Vuokra", "Hyra" },
  { "water", "Vesi", "Vatten" },
  { "heating", "Lämmitys", "Uppvärmning" },
  { "electricity", "Sähkö", "El" },
  { "home_insurance", "Kotivakuutus", "Hemförsäkring" },
  { "housing_share", "Hoitovastike", "Bolagsvederlag" },
  { "health", "Vähäistä suuremmat terveydenhuoltomenot",
    "Hälso- och sjukvårdsutgifter som överstiger en ringa nivå" },
  { "other_expense", "Muu meno", "Annan utgift" },
  { "rent_deposit", "Vuokravakuus, poikkeuksellisesti", "Hyresgaranti, i undantagsfall" },
  { "moving", "Muuttokustannukset", "Flyttkostnader" },
  { "child_meeting", "Lapsen tapaamisesta aiheutuvat menot", "Kostnader för umgänge med barn" },
  { "furniture", "Välttämättömät huonekalut", "Nödvändiga möbler" },
  { "children_necessities", "Lasten välttämättömät tarvikkeet",
    "Barnens nödvändiga förnödenheter" },
  { "hobbies", "Harrastukset", "Fritidsintressen" },
  { "funeral", "Hautauskulut", "Begravningskostnader" },
  { "studies", "Opiskelukulut", "Studiekostnader" },
  { "work_travel", "Työmatkakulut", "Resor till arbetet" },
  { "wage", "Palkka", "Lön" },
  { "benefit", "Etuus", "Förmån" },
  { "housing_allowance", "Asumistuki", "Bostadsbidrag" },
  { "child_benefit", "Lapsilisä", "Barnbidrag" },
  { "maintenance", "Elatusapu tai elatustuki", "Underhållsbidrag eller underhållsstöd" },
  { "pension", "Eläke", "Pension" },
  { "gift", "Lahjat", "Gåvor" },
  { "kela_basic_support", "Kelan maksama perustoimeentulotuki",
    "Grundläggande utkomststöd som FPA betalar" },
  { "other_income", "Muu tulo", "Annan inkomst" },
  { "maternity_grant", "Äitiysavustus, ei huomioida", "Moderskapsunderstöd, beaktas inte" },
  { "school_transport", "Koulumatkatuki, ei huomioida", "Skolresestöd, beaktas inte" },
  { "disability_allowance", "Vammaistuki, ei huomioida",
    "Funktionsnedsättningsbidrag, beaktas inte" },
  { "pensioner_care_allowance", "Eläkettä saavan hoitotuki, ei huomioida",
    "Vårdbidrag för pensionstagare, beaktas inte" },
  { "rehabilitation_maintenance", "Kuntoutuksen ylläpitokorvaus, ei huomioida",
    "Ersättning för uppehälle under rehabilitering, beaktas inte" },
  { "unemployment_expense_compensation", "Työttömyysturvan kulukorvaus, ei huomioida",
    "Ersättning för uppehållskostnader inom utkomstskyddet för arbetslösa, beaktas inte" },
  { "increase_part", "Työttömyysetuuden korotusosa, ei huomioida",
    "Förhöjningsdel av arbetslöshetsförmån, beaktas inte" },
  { "enforcement", "Ulosotossa pidätetty määrä, ei huomioida", "Belopp som utmätts, beaktas inte" },
  { "benefit_recovery", "Liikaa maksetun etuuden takaisinperintä, ei huomioida",
    "Kvittning av återkrav av för mycket betald förmån, beaktas inte" },
  { "occasional", "Lapsen satunnainen tulo, ei huomioida",
    "Barnets tillfälliga inkomst, beaktas inte" },
  { "child_income_excess", "Lapsen osuuden ylittävä lapsen tulo, ei huomioida",
    "Barnets inkomst som överstiger barnets andel, beaktas inte" },
  { "earned_income_disregard", "Ansiotulovähennys", "Förvärvsinkomstavdrag" },
  { "gift_exemption", "Vähäiset lahjat, ei huomioida", "Små gåvor, beaktas inte" },
};

/**
 * kansio_income_support_calculation_dup_document_label:
 *
 * Returns: (transfer full): line @index's label as a Finnish or Swedish
 *   decision prints it, whatever the interface language
 */
char *
kansio_income_support_calculation_dup_document_label (KansioIncomeSupportCalculation *self,
                                                      guint index,
                                                      KansioLanguage language)
{
  KansioCalculationLine *line;
  gboolean swedish = language == KANSIO_LANGUAGE_SWEDISH;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self), NULL);
  g_return_val_if_fail (index < self->lines->len, NULL);

  line = g_ptr_array_index (self->lines, index);
  if (g_str_equal (line->code, "reduction"))
    return g_strdup_printf (
        swedish ? "Nedsättning av grunddelen %u %%" : "Perusosan alentaminen %u %%", line->percent);
  if (g_str_equal (line->code, "alternating_residence"))
    return g_strdup_printf (swedish ? "Växelvis boende: den andra förälderns andel %u %%"
                                    : "Vuoroasuminen: toisen vanhemman osuus %u %%",
                            100 - line->percent);
  for (guint i = 0; i < G_N_ELEMENTS (document_labels); i++)
    if (g_str_equal (document_labels[i].code, line->code))
      {
        const char *label = swedish ? document_labels[i].sv : document_labels[i].fi;

        if (line->days == 0)
          return g_strdup (label);
        return g_strdup_printf (swedish ? "%s, %u dagar" : "%s, %u päivää", label, line->days);
      }
  /* A line this table does not know yet: its label as the calculation
   * wrote it, never its code. */
  return g_strdup (line->label != NULL && line->label[0] != '\0' ? line->label : line->code);
}

/**
 * kansio_income_support_add_fields:
 *
 * Adds the merge fields of an income-support decision, and of the
 * recovery of support paid on one, to @fields.
 */
void
kansio_income_support_add_fields (KansioFieldCatalogue *fields)
{
  static const struct
  {
    const char *name;
    KansioFieldType type;
    const char *description;
  } decision_fields[] = {
    { "application.received_on", KANSIO_FIELD_DATE, N_ ("When the application arrived") },
    { "application.period", KANSIO_FIELD_TEXT, N_ ("The months applied for") },
    { "decision.granted", KANSIO_FIELD_BOOLEAN, N_ ("Whether support is granted") },
    { "decision.support", KANSIO_FIELD_MONEY, N_ ("The support granted") },
    { "decision.reasons", KANSIO_FIELD_TEXT, N_ ("The reasons of the decision") },
    { "calculation.lines", KANSIO_FIELD_LIST, N_ ("The lines of the calculation") },
    { "calculation.lines.label", KANSIO_FIELD_TEXT, N_ ("What the line is") },
    { "calculation.lines.member", KANSIO_FIELD_TEXT, N_ ("Whose line it is") },
    { "calculation.lines.amount", KANSIO_FIELD_MONEY, N_ ("The line’s amount") },
    { "calculation.expense_lines", KANSIO_FIELD_LIST, N_ ("The expenses of the calculation") },
    { "calculation.expense_lines.label", KANSIO_FIELD_TEXT, N_ ("What the line is") },
    { "calculation.expense_lines.member", KANSIO_FIELD_TEXT, N_ ("Whose line it is") },
    { "calculation.expense_lines.amount", KANSIO_FIELD_MONEY, N_ ("The line’s amount") },
    { "calculation.income_lines", KANSIO_FIELD_LIST,
      N_ ("The incomes deducted, each with a minus sign") },
    { "calculation.income_lines.label", KANSIO_FIELD_TEXT, N_ ("What the line is") },
    { "calculation.income_lines.member", KANSIO_FIELD_TEXT, N_ ("Whose line it is") },
    { "calculation.income_lines.amount", KANSIO_FIELD_MONEY, N_ ("The line’s amount") },
    { "calculation.not_counted_lines", KANSIO_FIELD_LIST,
      N_ ("Incomes entered but not counted, and any other line") },
    { "calculation.not_counted_lines.label", KANSIO_FIELD_TEXT, N_ ("What the line is") },
    { "calculation.not_counted_lines.member", KANSIO_FIELD_TEXT, N_ ("Whose line it is") },
    { "calculation.not_counted_lines.amount", KANSIO_FIELD_MONEY, N_ ("The line’s amount") },
    { "calculation.total_expenses", KANSIO_FIELD_MONEY, N_ ("Expenses in all") },
    { "calculation.total_income", KANSIO_FIELD_MONEY, N_ ("Income in all") },
    { "calculation.income_deducted", KANSIO_FIELD_MONEY, N_ ("Income in all, with a minus sign") },
    { "calculation.difference", KANSIO_FIELD_MONEY, N_ ("Expenses less income") },
    { "decision.outcome", KANSIO_FIELD_TEXT, N_ ("The outcome in words") },
    { "decision.preventive", KANSIO_FIELD_BOOLEAN,
      N_ ("Whether the support is preventive (13 §) rather than supplementary (7 c §)") },
    { "decision.payments", KANSIO_FIELD_LIST, N_ ("When and to which account it is paid") },
    { "decision.payments.date", KANSIO_FIELD_DATE, N_ ("The day of payment") },
    { "decision.payments.payee", KANSIO_FIELD_TEXT, N_ ("To whom it is paid") },
    { "decision.payments.account", KANSIO_FIELD_TEXT,
      N_ ("The account: a client’s own masked, a payee’s in full") },
    { "decision.payments.amount", KANSIO_FIELD_MONEY, N_ ("The amount paid") },
    { "decision.sent_on", KANSIO_FIELD_DATE, N_ ("The day the decision was sent") },
    { "decision.decided_on", KANSIO_FIELD_DATE, N_ ("When the decision was made") },
    { "recovery.amount", KANSIO_FIELD_MONEY, N_ ("The amount recovered") },
    { "recovery.paid", KANSIO_FIELD_MONEY, N_ ("What was paid on the decision") },
    { "recovery.reasons", KANSIO_FIELD_TEXT, N_ ("The reasons of the recovery") },
  };

  g_return_if_fail (KANSIO_IS_FIELD_CATALOGUE (fields));

  for (guint i = 0; i < G_N_ELEMENTS (decision_fields); i++)
    kansio_field_catalogue_add (fields, decision_fields[i].name, decision_fields[i].type,
                                decision_fields[i].description);
}

/* Which block of the decision a line is printed in. Incomes reduce the
 * support, so they print with a minus sign; a kind this file does not
 * know (added to the calculation later) prints as it is, after the
 * incomes, never summed by the document. */
typedef enum
{
  BLOCK_EXPENSE,
  BLOCK_INCOME,
  BLOCK_NOT_COUNTED,
} LineBlock;

static LineBlock
line_block (const char *kind)
{
  static const char *const expenses[]
      = { "basic_amount", "reduction", "expense", "special_expense" };
  static const char *const incomes[] = { "income", "earned_income_disregard", "gift_exemption" };

  for (guint i = 0; i < G_N_ELEMENTS (expenses); i++)
    if (g_strcmp0 (kind, expenses[i]) == 0)
      return BLOCK_EXPENSE;
  for (guint i = 0; i < G_N_ELEMENTS (incomes); i++)
    if (g_strcmp0 (kind, incomes[i]) == 0)
      return BLOCK_INCOME;
  return BLOCK_NOT_COUNTED;
}

static void
add_line_item (
    KansioMergeData *data, const char *list, const char *label, const char *member, gint64 cents)
{
  KansioMergeData *item = kansio_merge_data_add_item (data, list);

  kansio_merge_data_set_text (item, "label", label);
  kansio_merge_data_set_text (item, "member", member);
  kansio_merge_data_set_money (item, "amount", cents);
}

/**
 * kansio_income_support_calculation_fill_merge_data:
 * @member_names: (nullable) (element-type utf8 utf8): household member
 *   id → name, for the lines; ids are printed when missing
 *
 * Puts the calculation run into @data for a decision in @language: all
 * lines as they are ("calculation.lines", for templates written before),
 * and the expenses, the incomes (negated) and the lines not counted as
 * blocks of their own.
 */
void
kansio_income_support_calculation_fill_merge_data (KansioIncomeSupportCalculation *self,
                                                   KansioMergeData *data,
                                                   KansioLanguage language,
                                                   GHashTable *member_names)
{
  static const char *const lists[] = { "calculation.expense_lines", "calculation.income_lines",
                                       "calculation.not_counted_lines" };

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_CALCULATION (self));
  g_return_if_fail (KANSIO_IS_MERGE_DATA (data));

  for (guint i = 0; i < self->lines->len; i++)
    {
      KansioCalculationLine *line = g_ptr_array_index (self->lines, i);
      g_autofree char *label
          = kansio_income_support_calculation_dup_document_label (self, i, language);
      const char *name = line->member != NULL && member_names != NULL
                             ? g_hash_table_lookup (member_names, line->member)
                             : NULL;
      LineBlock block = line_block (line->kind);

      if (name == NULL)
        name = line->member;
      add_line_item (data, "calculation.lines", label, name, line->cents);
      add_line_item (data, lists[block], label, name,
                     block == BLOCK_INCOME ? -line->cents : line->cents);
    }
  kansio_merge_data_set_money (data, "calculation.total_expenses", self->total_expenses);
  kansio_merge_data_set_money (data, "calculation.total_income", self->total_income);
  kansio_merge_data_set_money (data, "calculation.income_deducted", -self->total_income);
  kansio_merge_data_set_money (data, "calculation.difference",
                               self->total_expenses - self->total_income);
  kansio_merge_data_set_money (data, "decision.support", self->support);
  kansio_merge_data_set_boolean (data, "decision.granted", self->support > 0);
}
