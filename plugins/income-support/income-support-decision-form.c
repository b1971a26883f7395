/* income-support-decision-form.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-decision-form"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-decision-form.h"
#include "income-support-format.h"
#include "income-support-phrase-button.h"

/* What a handler prepares a decision with, on the decision page: the month
 * calculated on the Calculation page, the outcome, the support granted
 * and the reasons, started from approved phrases. The support follows the
 * calculation until the user writes another amount. The form checks what
 * it holds (income_support_decision_form_check); the page prepares the
 * decision with it, through its "income-support-decision.prepare" action. */
struct _IncomeSupportDecisionForm
{
  AdwBin parent_instance;

  KansioIncomeSupportCalculation *calculation;
  char *calculation_json;
  gboolean support_is_automatic; /* the support entry holds the calculated one */
  gboolean filling;

  /* Template widgets */
  AdwPreferencesGroup *prepare_group;
  AdwActionRow *calculation_row;
  AdwComboRow *outcome_combo;
  AdwEntryRow *support_entry;
  GtkTextView *reasons_view;
  IncomeSupportPhraseButton *phrase_button;
  GtkLabel *prepare_error_label;
};

G_DEFINE_FINAL_TYPE (IncomeSupportDecisionForm, income_support_decision_form, ADW_TYPE_BIN)

static const char *
selected_outcome (IncomeSupportDecisionForm *self)
{
  return _income_support_choice_code (INCOME_SUPPORT_CHOICE_OUTCOME,
                                      adw_combo_row_get_selected (self->outcome_combo));
}

static char *
reasons_text (IncomeSupportDecisionForm *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reasons_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
update_calculation_row (IncomeSupportDecisionForm *self)
{
  g_autofree char *text = NULL;

  if (self->calculation == NULL)
    text = g_strdup (_ ("Not calculated. Calculate the month on the Calculation page first."));
  else
    {
      g_autofree char *support = _income_support_format_money (
          kansio_income_support_calculation_get_support (self->calculation));

      /* Translators: %s is an amount of money */
      text = g_strdup_printf (_ ("Support according to the calculation: %s"), support);
    }
  adw_action_row_set_subtitle (self->calculation_row, text);
}

static void
set_support_text (IncomeSupportDecisionForm *self, gint64 cents)
{
  g_autofree char *text = _income_support_format_amount_input (cents);

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->support_entry), text);
  self->filling = FALSE;
}

static void
update_support_sensitivity (IncomeSupportDecisionForm *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->support_entry),
                            g_strcmp0 (selected_outcome (self), "rejected") != 0);
}

static void
on_outcome_changed_cb (IncomeSupportDecisionForm *self)
{
  if (g_strcmp0 (selected_outcome (self), "rejected") == 0)
    set_support_text (self, 0);
  else if (self->support_is_automatic && self->calculation != NULL)
    set_support_text (self, kansio_income_support_calculation_get_support (self->calculation));
  update_support_sensitivity (self);
}

static void
on_support_changed_cb (IncomeSupportDecisionForm *self)
{
  _income_support_mark_error (GTK_WIDGET (self->support_entry), FALSE);
  if (!self->filling)
    self->support_is_automatic = FALSE;
}

/* A phrase is added after what is written, as a paragraph of its own,
 * and the cursor left at its end for editing. */
static void
on_phrase_chosen_cb (IncomeSupportDecisionForm *self, const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reasons_view);
  GtkTextIter written_end, end;

  gtk_text_buffer_begin_user_action (buffer);
  /* Trailing spaces and blank lines go: one blank line parts the phrase. */
  gtk_text_buffer_get_end_iter (buffer, &written_end);
  while (gtk_text_iter_backward_char (&written_end)
         && g_unichar_isspace (gtk_text_iter_get_char (&written_end)))
    ;
  if (!gtk_text_iter_is_start (&written_end)
      || !g_unichar_isspace (gtk_text_iter_get_char (&written_end)))
    gtk_text_iter_forward_char (&written_end);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_delete (buffer, &written_end, &end);
  if (!gtk_text_iter_is_start (&written_end))
    gtk_text_buffer_insert (buffer, &written_end, "\n\n", -1);
  gtk_text_buffer_insert (buffer, &written_end, text, -1);
  gtk_text_buffer_end_user_action (buffer);
  gtk_text_buffer_place_cursor (buffer, &written_end);
  gtk_text_view_scroll_mark_onscreen (self->reasons_view, gtk_text_buffer_get_insert (buffer));
  gtk_widget_grab_focus (GTK_WIDGET (self->reasons_view));
}

static void
income_support_decision_form_dispose (GObject *object)
{
  IncomeSupportDecisionForm *self = INCOME_SUPPORT_DECISION_FORM (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_DECISION_FORM);
  g_clear_object (&self->calculation);

  G_OBJECT_CLASS (income_support_decision_form_parent_class)->dispose (object);
}

static void
income_support_decision_form_finalize (GObject *object)
{
  IncomeSupportDecisionForm *self = INCOME_SUPPORT_DECISION_FORM (object);

  g_free (self->calculation_json);

  G_OBJECT_CLASS (income_support_decision_form_parent_class)->finalize (object);
}

static void
income_support_decision_form_class_init (IncomeSupportDecisionFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_decision_form_dispose;
  object_class->finalize = income_support_decision_form_finalize;

  g_type_ensure (INCOME_SUPPORT_TYPE_PHRASE_BUTTON);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-decision-form.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionForm, prepare_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionForm, calculation_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionForm, outcome_combo);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionForm, support_entry);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionForm, reasons_view);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionForm, phrase_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionForm,
                                        prepare_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_phrase_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_outcome_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_support_changed_cb);
}

static void
income_support_decision_form_init (IncomeSupportDecisionForm *self)
{
  g_autoptr (GListModel) outcomes = _income_support_choice_model (INCOME_SUPPORT_CHOICE_OUTCOME);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->support_is_automatic = TRUE;
  adw_combo_row_set_model (self->outcome_combo, outcomes);
  update_calculation_row (self);
  update_support_sensitivity (self);
}

void
income_support_decision_form_set_context (IncomeSupportDecisionForm *self, KansioContext *context)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_FORM (self));

  income_support_phrase_button_set_context (self->phrase_button, context);
}

/**
 * income_support_decision_form_set_language:
 * @language: what the client's documents are written in
 *
 * The phrases offered are in the client's language.
 */
void
income_support_decision_form_set_language (IncomeSupportDecisionForm *self, KansioLanguage language)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_FORM (self));

  income_support_phrase_button_set_language (self->phrase_button, language);
}

/**
 * income_support_decision_form_set_calculation:
 * @calculation: (nullable): the month calculated on the Calculation page
 * @calculation_json: (nullable): it as the decision stores it
 */
void
income_support_decision_form_set_calculation (IncomeSupportDecisionForm *self,
                                              KansioIncomeSupportCalculation *calculation,
                                              const char *calculation_json)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_FORM (self));

  g_set_object (&self->calculation, calculation);
  g_free (self->calculation_json);
  self->calculation_json = g_strdup (calculation_json);
  update_calculation_row (self);
  if (calculation != NULL && self->support_is_automatic
      && g_strcmp0 (selected_outcome (self), "rejected") != 0)
    set_support_text (self, kansio_income_support_calculation_get_support (calculation));
}

const char *
income_support_decision_form_get_calculation_json (IncomeSupportDecisionForm *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_DECISION_FORM (self), NULL);
  return self->calculation_json;
}

/**
 * income_support_decision_form_set_waiting:
 * @waiting: whether the application waits for attachments
 *
 * A decision is prepared for an application received or in processing.
 */
void
income_support_decision_form_set_waiting (IncomeSupportDecisionForm *self, gboolean waiting)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_FORM (self));

  if (waiting)
    adw_preferences_group_set_description (
        self->prepare_group,
        _ ("The application waits for attachments: prepare the decision when they have arrived "
           "and the application is in processing again."));
  else
    adw_preferences_group_set_description (
        self->prepare_group,
        _ ("A decision-maker who did not prepare the decision makes it. Preparing again replaces "
           "what was prepared, until it is decided."));
}

/**
 * income_support_decision_form_reset:
 *
 * Another application: nothing typed for the one before stays.
 */
void
income_support_decision_form_reset (IncomeSupportDecisionForm *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_FORM (self));

  self->filling = TRUE;
  adw_combo_row_set_selected (self->outcome_combo, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->support_entry), "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reasons_view), "", -1);
  self->filling = FALSE;
  self->support_is_automatic = TRUE;
  income_support_decision_form_show_error (self, NULL);
}

/**
 * income_support_decision_form_fill:
 * @decision: the decision as prepared
 *
 * What was prepared comes back to the form, unless something is typed
 * there already.
 */
void
income_support_decision_form_fill (IncomeSupportDecisionForm *self,
                                   KansioIncomeSupportDecision *decision)
{
  g_autofree char *typed = NULL;
  const char *reasons;
  guint index;

  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_FORM (self));
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (decision));

  typed = reasons_text (self);
  if (*typed != '\0')
    return;
  reasons = kansio_income_support_decision_get_reasons (decision);
  index = _income_support_choice_index (INCOME_SUPPORT_CHOICE_OUTCOME,
                                        kansio_income_support_decision_get_outcome (decision));
  self->filling = TRUE;
  if (index != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->outcome_combo, index);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reasons_view),
                            reasons != NULL ? reasons : "", -1);
  self->filling = FALSE;
  set_support_text (self, kansio_income_support_decision_get_support_cents (decision));
  self->support_is_automatic = FALSE;
}

void
income_support_decision_form_show_error (IncomeSupportDecisionForm *self, const char *message)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_FORM (self));

  gtk_label_set_label (self->prepare_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->prepare_error_label), message != NULL);
}

/**
 * income_support_decision_form_check:
 * @outcome: (out): "granted", "partly_granted" or "rejected"
 * @support_cents: (out): the support granted; 0 when rejected
 * @reasons: (out) (transfer full): the reasons as written
 *
 * Checks what the form holds; what is wrong is shown, and the focus moved
 * to it.
 *
 * Returns: whether a decision may be prepared with it
 */
gboolean
income_support_decision_form_check (IncomeSupportDecisionForm *self,
                                    const char **outcome,
                                    gint64 *support_cents,
                                    char **reasons)
{
  g_autofree char *text = NULL;
  gint64 cents = 0;

  g_return_val_if_fail (INCOME_SUPPORT_IS_DECISION_FORM (self), FALSE);

  if (self->calculation == NULL || self->calculation_json == NULL)
    {
      income_support_decision_form_show_error (
          self, _ ("Calculate the month on the Calculation page first: the decision is prepared "
                   "with its calculation."));
      return FALSE;
    }
  if (g_strcmp0 (selected_outcome (self), "rejected") != 0)
    {
      const char *message = NULL;

      if (!_income_support_parse_amount (gtk_editable_get_text (GTK_EDITABLE (self->support_entry)),
                                         &cents)
          || cents <= 0)
        message = _ ("Write the support granted in euros, more than zero. If nothing is granted, "
                     "the outcome is Rejected.");
      else if (g_strcmp0 (selected_outcome (self), "granted") == 0
               && cents != kansio_income_support_calculation_get_support (self->calculation))
        message = _ ("Granted in full is the support calculated. For another amount, the outcome "
                     "is Partly granted.");
      if (message != NULL)
        {
          income_support_decision_form_show_error (self, message);
          _income_support_mark_error (GTK_WIDGET (self->support_entry), TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (self->support_entry));
          return FALSE;
        }
    }
  text = reasons_text (self);
  if (*text == '\0')
    {
      income_support_decision_form_show_error (self, _ ("Write the reasons of the decision."));
      gtk_widget_grab_focus (GTK_WIDGET (self->reasons_view));
      return FALSE;
    }
  income_support_decision_form_show_error (self, NULL);
  *outcome = selected_outcome (self);
  *support_cents = cents;
  *reasons = g_steal_pointer (&text);
  return TRUE;
}
