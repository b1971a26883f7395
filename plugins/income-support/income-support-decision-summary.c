/* income-support-decision-summary.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-decision-summary"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-decision-summary.h"
#include "income-support-format.h"

/* "Decision" on the decision page: the decision as the database has it
 * (outcome, support, who prepared and who decided it, when it was sent,
 * the reasons), where it stands, and the buttons for its next step. The
 * buttons activate the page's "income-support-decision.*" actions; which
 * are shown follows the user's rights, and the page enables them. */
struct _IncomeSupportDecisionSummary
{
  AdwPreferencesGroup parent_instance;

  /* Template widgets */
  GtkWidget *preview_button;
  GtkWidget *decide_button;
  GtkWidget *sent_button;
  AdwActionRow *none_row;
  AdwActionRow *outcome_row;
  AdwActionRow *support_row;
  AdwActionRow *prepared_row;
  AdwActionRow *decided_row;
  AdwActionRow *reasons_row;
  AdwActionRow *decide_error_row;
};

G_DEFINE_FINAL_TYPE (IncomeSupportDecisionSummary,
                     income_support_decision_summary,
                     ADW_TYPE_PREFERENCES_GROUP)

/* Who did it and when: "name, d.m.yyyy hh.mm". */
static char *
who_and_when (const char *who, const char *when)
{
  g_autofree char *at = _income_support_format_timestamp (when);

  return g_strdup_printf ("%s, %s", who ?: "", at);
}

static void
show_decision (IncomeSupportDecisionSummary *self, KansioIncomeSupportDecision *decision)
{
  const char *outcome = kansio_income_support_decision_get_outcome (decision);
  const char *reasons = kansio_income_support_decision_get_reasons (decision);
  const char *sent_on = kansio_income_support_decision_get_sent_on (decision);
  g_autofree char *support
      = _income_support_format_money (kansio_income_support_decision_get_support_cents (decision));
  g_autofree char *prepared
      = who_and_when (kansio_income_support_decision_get_prepared_by (decision),
                      kansio_income_support_decision_get_prepared_at (decision));
  g_autofree char *decided = NULL;
  GDate last_day;

  adw_action_row_set_subtitle (
      self->outcome_row, _income_support_choice_label (INCOME_SUPPORT_CHOICE_OUTCOME, outcome));
  adw_action_row_set_subtitle (self->support_row, support);
  adw_action_row_set_subtitle (self->prepared_row, prepared);
  if (kansio_income_support_decision_get_is_decided (decision))
    {
      decided = who_and_when (kansio_income_support_decision_get_decided_by (decision),
                              kansio_income_support_decision_get_decided_at (decision));
      if (sent_on != NULL)
        {
          g_autofree char *day = _income_support_format_date (sent_on);
          g_autofree char *with_sending = g_strdup_printf (
              g_strcmp0 (kansio_income_support_decision_get_sent_channel (decision), "post") == 0
                  /* Translators: who decided and when, then the day it was posted */
                  ? _ ("%s; sent by post %s")
                  /* Translators: who decided and when, then the day it was sent */
                  : _ ("%s; sent electronically %s"),
              decided, day);

          g_free (decided);
          decided = g_steal_pointer (&with_sending);
        }
      if (kansio_income_support_decision_get_rectification_deadline (decision, NULL, &last_day))
        {
          char iso[16];
          g_autofree char *day = NULL;
          g_autofree char *with_deadline = NULL;

          g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &last_day);
          day = _income_support_format_date (iso);
          /* Translators: who decided, how it was sent; the last day to ask for rectification */
          with_deadline = g_strdup_printf (_ ("%s; rectification request by %s"), decided, day);
          g_free (decided);
          decided = g_steal_pointer (&with_deadline);
        }
    }
  adw_action_row_set_subtitle (self->decided_row,
                               decided != NULL ? decided : _ ("Not yet decided"));
  adw_action_row_set_subtitle (self->reasons_row, reasons != NULL ? reasons : "");
}

static const char *
describe (KansioIncomeSupportDecision *decision, gboolean may_decide)
{
  gboolean decided;

  if (decision == NULL)
    return NULL;
  decided = kansio_income_support_decision_get_is_decided (decision);
  if (decided && kansio_income_support_decision_get_document_id (decision) == 0)
    return _ ("Decided. The document service is making the decision’s document; it opens here "
              "once stored.");
  if (decided && kansio_income_support_decision_get_sent_on (decision) == NULL)
    return _ ("Decided, not sent yet. Record the sending when the decision is printed for post or "
              "handed to an electronic channel: the rectification period runs from it.");
  if (decided)
    return _ ("Decided and sent. The decision does not change.");
  if (may_decide && kansio_income_support_decision_get_written_by_me (decision))
    return _ ("Prepared. You wrote part of this decision or its payments, so another "
              "decision-maker makes it.");
  return _ ("Prepared, waiting for a decision-maker who wrote no part of it.");
}

static void
income_support_decision_summary_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), INCOME_SUPPORT_TYPE_DECISION_SUMMARY);

  G_OBJECT_CLASS (income_support_decision_summary_parent_class)->dispose (object);
}

static void
income_support_decision_summary_class_init (IncomeSupportDecisionSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_decision_summary_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-decision-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionSummary, preview_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionSummary, decide_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionSummary, sent_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionSummary, none_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionSummary, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionSummary, support_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionSummary, prepared_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionSummary, decided_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionSummary, reasons_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionSummary,
                                        decide_error_row);
}

static void
income_support_decision_summary_init (IncomeSupportDecisionSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * income_support_decision_summary_update:
 * @decision: (nullable): the decision; %NULL before one is prepared
 * @loaded: whether it was read (or that there is none)
 * @may_handle: whether the user handles income support
 * @may_decide: whether the user decides income support
 *
 * Shows @decision, where it stands and the buttons for its next step.
 */
void
income_support_decision_summary_update (IncomeSupportDecisionSummary *self,
                                        KansioIncomeSupportDecision *decision,
                                        gboolean loaded,
                                        gboolean may_handle,
                                        gboolean may_decide)
{
  GtkWidget *info_rows[] = { GTK_WIDGET (self->outcome_row), GTK_WIDGET (self->support_row),
                             GTK_WIDGET (self->prepared_row), GTK_WIDGET (self->decided_row),
                             GTK_WIDGET (self->reasons_row) };
  gboolean has_decision = decision != NULL;
  gboolean decided = has_decision && kansio_income_support_decision_get_is_decided (decision);
  gboolean stored = has_decision && kansio_income_support_decision_get_document_id (decision) != 0;
  gboolean sent = has_decision && kansio_income_support_decision_get_sent_on (decision) != NULL;

  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_SUMMARY (self));
  g_return_if_fail (decision == NULL || KANSIO_IS_INCOME_SUPPORT_DECISION (decision));

  for (guint i = 0; i < G_N_ELEMENTS (info_rows); i++)
    gtk_widget_set_visible (info_rows[i], has_decision);
  gtk_widget_set_visible (GTK_WIDGET (self->none_row), !has_decision);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->none_row),
                                 loaded ? _ ("No decision has been prepared yet.")
                                        : _ ("Loading…"));
  if (has_decision)
    show_decision (self, decision);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         describe (decision, may_decide));

  gtk_widget_set_visible (self->preview_button, has_decision);
  gtk_button_set_label (GTK_BUTTON (self->preview_button),
                        stored ? _ ("_Open Decision…") : _ ("Pre_view…"));
  gtk_widget_set_tooltip_text (
      self->preview_button, stored ? _ ("The decision as it was sent, from the client’s documents")
                                   : _ ("A draft of the decision, marked as one on every page: the "
                                        "decision’s own document is made when it is decided"));
  gtk_widget_set_visible (self->sent_button, may_handle && decided && stored && !sent);
  gtk_widget_set_visible (self->decide_button,
                          may_decide && has_decision && !decided
                              && !kansio_income_support_decision_get_written_by_me (decision));
}

/**
 * income_support_decision_summary_show_error:
 * @message: (nullable): why the last step failed; %NULL hides it
 */
void
income_support_decision_summary_show_error (IncomeSupportDecisionSummary *self, const char *message)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_SUMMARY (self));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->decide_error_row),
                                 message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->decide_error_row), message != NULL);
}
