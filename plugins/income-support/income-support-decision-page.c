/* income-support-decision-page.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-decision-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "income-support-decision-page.h"
#include "income-support-decision-preview.h"
#include "income-support-format.h"
#include "income-support-order-list.h"
#include "income-support-phrase-button.h"
#include "income-support-recovery-group.h"
#include "income-support-send-dialog.h"

/* The decision on an application, made by two people. A handler prepares
 * it from the month calculated: the outcome, the support, the reasons and
 * the payment orders (IncomeSupportOrderList). The decision is composed
 * from the approved template in the client's language, previewed
 * (IncomeSupportDecisionPreview) and stored in the client's documents;
 * then a decision-maker who did not prepare it decides. The buttons follow
 * the user's rights, but the database is what refuses, and its reason is
 * shown.
 *
 * What the page shows is a KansioIncomeSupportDecision, read again after
 * every change; the page calls its methods and writes no SQL. The
 * decision's calculation is stored with its input, so the document can be
 * composed again from what was prepared, whoever opens it. Once the
 * decision is made, the copy saved in the client's documents is linked to
 * it as the decision sent, and opened from then on. The reasons start from
 * phrases the main users approved; support paid is recovered below. */
struct _IncomeSupportDecisionPage
{
  AdwBin parent_instance;

  KansioContext *context;
  GCancellable *cancellable; /* of the application open */
  IncomeSupportApplication *application;
  IncomeSupportDecisionPreview *preview;
  gboolean may_handle;
  gboolean may_decide;
  guint load_serial;
  gboolean busy;

  /* The calculation on the Calculation page */
  KansioIncomeSupportCalculation *calculation;
  char *calculation_json;
  gboolean support_is_automatic; /* the support entry holds the calculated one */
  gboolean filling;

  /* The decision as the database has it: %NULL before one is prepared */
  gboolean loaded;
  gboolean show_when_loaded; /* its document, once read decided */
  KansioIncomeSupportDecision *decision;

  /* Template widgets */
  AdwPreferencesGroup *decision_group;
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
  AdwPreferencesGroup *stored_group;
  GtkListBox *stored_list;
  AdwPreferencesGroup *prepare_group;
  AdwActionRow *calculation_row;
  AdwComboRow *outcome_combo;
  AdwEntryRow *support_entry;
  AdwPreferencesGroup *reasons_group;
  GtkTextView *reasons_view;
  IncomeSupportPhraseButton *phrase_button;
  GtkWidget *prepare_box;
  GtkLabel *prepare_error_label;
  IncomeSupportOrderList *order_list;
  IncomeSupportRecoveryGroup *recovery_group;
};

G_DEFINE_FINAL_TYPE (IncomeSupportDecisionPage, income_support_decision_page, ADW_TYPE_BIN)

enum
{
  CHANGED,
  LOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load_decision (IncomeSupportDecisionPage *self);
static void update_view (IncomeSupportDecisionPage *self);
static void show_document (IncomeSupportDecisionPage *self);

typedef struct
{
  IncomeSupportDecisionPage *self;
  guint serial;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_object_unref (job->self);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadJob, load_job_free)

static LoadJob *
load_job_new (IncomeSupportDecisionPage *self)
{
  LoadJob *job = g_new0 (LoadJob, 1);

  job->self = g_object_ref (self);
  job->serial = self->load_serial;
  return job;
}

static gboolean
is_decided (IncomeSupportDecisionPage *self)
{
  return self->decision != NULL && kansio_income_support_decision_get_is_decided (self->decision);
}

static gint64
document_id (IncomeSupportDecisionPage *self)
{
  return self->decision != NULL ? kansio_income_support_decision_get_document_id (self->decision)
                                : 0;
}

static gboolean
is_sent (IncomeSupportDecisionPage *self)
{
  return self->decision != NULL
         && kansio_income_support_decision_get_sent_on (self->decision) != NULL;
}

static gboolean
written_by_me (IncomeSupportDecisionPage *self)
{
  return self->decision != NULL
         && kansio_income_support_decision_get_written_by_me (self->decision);
}

static const char *
stored_calculation (IncomeSupportDecisionPage *self)
{
  return self->decision != NULL ? kansio_income_support_decision_get_calculation (self->decision)
                                : NULL;
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
reasons_text (IncomeSupportDecisionPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reasons_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
show_row_message (AdwActionRow *row, const char *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (row), message != NULL);
}

static void
remove_rows (GtkListBox *list)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));

  /* Rows only: the placeholder is a child too. */
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (list, child);
      child = next;
    }
}

static void
show_prepare_error (IncomeSupportDecisionPage *self, const char *message)
{
  gtk_label_set_label (self->prepare_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->prepare_error_label), message != NULL);
}

static const char *
selected_outcome (IncomeSupportDecisionPage *self)
{
  return _income_support_choice_code (INCOME_SUPPORT_CHOICE_OUTCOME,
                                      adw_combo_row_get_selected (self->outcome_combo));
}

static gboolean
application_may_be_prepared (IncomeSupportDecisionPage *self)
{
  const char *status = self->application != NULL
                           ? income_support_application_get_status (self->application)
                           : NULL;

  return g_strcmp0 (status, "received") == 0 || g_strcmp0 (status, "in_processing") == 0;
}

static char *
client_name (IncomeSupportDecisionPage *self)
{
  KansioPerson *person = income_support_application_get_person (self->application);

  return g_strdup_printf ("%s %s",
                          kansio_person_get_field (person, KANSIO_PERSON_FIELD_FIRST_NAMES) ?: "",
                          kansio_person_get_field (person, KANSIO_PERSON_FIELD_SURNAME) ?: "");
}

/* What the client's documents are written in. */
static KansioLanguage
client_language (IncomeSupportDecisionPage *self)
{
  KansioPerson *person = income_support_application_get_person (self->application);
  KansioLanguage language = KANSIO_LANGUAGE_FINNISH;

  if (!kansio_language_from_code (kansio_person_get_field (person, KANSIO_PERSON_FIELD_LANGUAGE),
                                  &language))
    return KANSIO_LANGUAGE_FINNISH;
  return language;
}

static void
update_calculation_row (IncomeSupportDecisionPage *self)
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
set_support_text (IncomeSupportDecisionPage *self, gint64 cents)
{
  g_autofree char *text = _income_support_format_amount_input (cents);

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->support_entry), text);
  self->filling = FALSE;
}

static GtkWidget *
amount_row (const char *title, const char *subtitle, gint64 cents)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *amount = _income_support_format_money (cents);
  GtkWidget *label = gtk_label_new (amount);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

/* "-133.04" as cents. */
static gboolean
parse_signed_euros (const char *text, gint64 *cents)
{
  gboolean negative = text != NULL && *text == '-';

  if (!kansio_parse_euros (negative ? text + 1 : text, cents))
    return FALSE;
  if (negative)
    *cents = -*cents;
  return TRUE;
}

static const char *
json_string (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
                 && json_node_get_value_type (node) == G_TYPE_STRING
             ? json_node_get_string (node)
             : NULL;
}

static void
on_outcome_changed_cb (IncomeSupportDecisionPage *self)
{
  if (g_strcmp0 (selected_outcome (self), "rejected") == 0)
    set_support_text (self, 0);
  else if (self->support_is_automatic && self->calculation != NULL)
    set_support_text (self, kansio_income_support_calculation_get_support (self->calculation));
  update_view (self);
}

static void
on_support_changed_cb (IncomeSupportDecisionPage *self)
{
  _income_support_mark_error (GTK_WIDGET (self->support_entry), FALSE);
  if (!self->filling)
    self->support_is_automatic = FALSE;
}

/* A phrase is added after what is written, as a paragraph of its own,
 * and the cursor left at its end for editing. */
static void
on_phrase_chosen_cb (IncomeSupportDecisionPage *self, const char *text)
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
update_view (IncomeSupportDecisionPage *self)
{
  gboolean has_decision = self->decision != NULL;
  gboolean open
      = self->application != NULL && income_support_application_is_open (self->application);
  gboolean may_prepare = self->may_handle && open && !is_decided (self);
  gboolean rejected
      = has_decision
        && g_strcmp0 (kansio_income_support_decision_get_outcome (self->decision), "rejected") == 0;
  GtkWidget *info_rows[] = { GTK_WIDGET (self->outcome_row), GTK_WIDGET (self->support_row),
                             GTK_WIDGET (self->prepared_row), GTK_WIDGET (self->decided_row),
                             GTK_WIDGET (self->reasons_row) };

  for (guint i = 0; i < G_N_ELEMENTS (info_rows); i++)
    gtk_widget_set_visible (info_rows[i], has_decision);
  gtk_widget_set_visible (GTK_WIDGET (self->none_row), !has_decision);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->none_row),
                                 self->loaded ? _ ("No decision has been prepared yet.")
                                              : _ ("Loading…"));
  if (!has_decision)
    adw_preferences_group_set_description (self->decision_group, NULL);
  else if (is_decided (self) && document_id (self) == 0)
    adw_preferences_group_set_description (
        self->decision_group, _ ("Decided. The document service is making the decision’s "
                                 "document; it opens here once stored."));
  else if (is_decided (self) && !is_sent (self))
    adw_preferences_group_set_description (
        self->decision_group,
        _ ("Decided, not sent yet. Record the sending when the decision is printed for post or "
           "handed to an electronic channel: the rectification period runs from it."));
  else if (is_decided (self))
    adw_preferences_group_set_description (self->decision_group,
                                           _ ("Decided and sent. The decision does not change."));
  else if (self->may_decide && written_by_me (self))
    adw_preferences_group_set_description (
        self->decision_group, _ ("Prepared. You wrote part of this decision or its payments, so "
                                 "another decision-maker makes it."));
  else
    adw_preferences_group_set_description (
        self->decision_group,
        _ ("Prepared, waiting for a decision-maker who wrote no part of it."));

  gtk_widget_set_visible (self->preview_button, has_decision);
  gtk_button_set_label (GTK_BUTTON (self->preview_button),
                        document_id (self) != 0 ? _ ("_Open Decision…") : _ ("Pre_view…"));
  gtk_widget_set_tooltip_text (self->preview_button,
                               document_id (self) != 0
                                   ? _ ("The decision as it was sent, from the client’s documents")
                                   : _ ("A draft of the decision, marked as one on every page: the "
                                        "decision’s own document is made when it is decided"));
  gtk_widget_set_visible (self->sent_button, self->may_handle && is_decided (self)
                                                 && document_id (self) != 0 && !is_sent (self));
  gtk_widget_set_visible (self->decide_button, self->may_decide && has_decision
                                                   && !is_decided (self) && !written_by_me (self));
  gtk_widget_set_visible (GTK_WIDGET (self->stored_group),
                          has_decision && stored_calculation (self) != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->prepare_group), may_prepare);
  gtk_widget_set_visible (GTK_WIDGET (self->reasons_group), may_prepare);
  gtk_widget_set_visible (self->prepare_box, may_prepare);
  if (may_prepare && !application_may_be_prepared (self))
    adw_preferences_group_set_description (
        self->prepare_group,
        _ ("The application waits for attachments: prepare the decision when they have arrived "
           "and the application is in processing again."));
  else
    adw_preferences_group_set_description (
        self->prepare_group,
        _ ("A decision-maker who did not prepare the decision makes it. Preparing again replaces "
           "what was prepared, until it is decided."));

  gtk_widget_set_visible (GTK_WIDGET (self->order_list), has_decision && !rejected);

  gtk_widget_set_sensitive (GTK_WIDGET (self->support_entry),
                            g_strcmp0 (selected_outcome (self), "rejected") != 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-decision.prepare",
                                 may_prepare && application_may_be_prepared (self) && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-decision.decide",
                                 has_decision && !is_decided (self) && !written_by_me (self)
                                     && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-decision.record-sending",
                                 self->may_handle && is_decided (self) && document_id (self) != 0
                                     && !is_sent (self) && !self->busy);
  gtk_widget_action_set_enabled (
      GTK_WIDGET (self), "income-support-decision.preview",
      has_decision && (stored_calculation (self) != NULL || document_id (self) != 0)
          && !self->busy);
}

static void
set_busy (IncomeSupportDecisionPage *self, gboolean busy)
{
  self->busy = busy;
  update_view (self);
}

/* Another application: nothing typed for the one before stays. */
static void
reset_form (IncomeSupportDecisionPage *self)
{
  g_autofree char *name = client_name (self);

  self->filling = TRUE;
  adw_combo_row_set_selected (self->outcome_combo, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->support_entry), "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reasons_view), "", -1);
  self->filling = FALSE;
  self->support_is_automatic = TRUE;
  show_prepare_error (self, NULL);
  show_row_message (self->decide_error_row, NULL);
  income_support_order_list_reset (self->order_list, name);
}

static void
forget_decision (IncomeSupportDecisionPage *self)
{
  self->loaded = FALSE;
  g_clear_object (&self->decision);
}

/* The lines the decision was prepared with, as they were calculated. */
static void
show_stored_calculation (IncomeSupportDecisionPage *self)
{
  static const struct
  {
    const char *member;
    const char *title;
  } totals[] = {
    { "total_expenses", N_ ("Expenses in all") },
    { "total_income", N_ ("Income in all") },
    { "support", N_ ("Support according to the calculation") },
  };
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonNode *lines;

  remove_rows (self->stored_list);
  if (stored_calculation (self) == NULL
      || !json_parser_load_from_data (parser, stored_calculation (self), -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;
  root = json_node_get_object (json_parser_get_root (parser));
  lines = json_object_get_member (root, "lines");
  if (lines != NULL && JSON_NODE_HOLDS_ARRAY (lines))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (lines)); i++)
      {
        JsonNode *node = json_array_get_element (json_node_get_array (lines), i);
        JsonObject *line = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
        gint64 cents;

        if (line != NULL && parse_signed_euros (json_string (line, "amount"), &cents))
          gtk_list_box_append (self->stored_list, amount_row (json_string (line, "label") ?: "",
                                                              json_string (line, "member"), cents));
      }
  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    {
      gint64 cents;

      if (parse_signed_euros (json_string (root, totals[i].member), &cents))
        {
          GtkWidget *row = amount_row (_ (totals[i].title), NULL, cents);

          gtk_widget_add_css_class (row, "heading");
          gtk_list_box_append (self->stored_list, row);
        }
    }
}

/* The orders read: what was paid is for the recoveries. */
static void
on_orders_loaded_cb (IncomeSupportDecisionPage *self)
{
  income_support_recovery_group_set_decision (
      self->recovery_group, self->application, is_decided (self) ? self->decision : NULL,
      income_support_order_list_get_paid_cents (self->order_list));
}

static void
on_orders_failed_cb (IncomeSupportDecisionPage *self, const char *message)
{
  show_row_message (self->decide_error_row, message);
}

/* An order added or taken back: the decision has a new version. */
static void
on_orders_changed_cb (IncomeSupportDecisionPage *self)
{
  load_decision (self);
}

/* Who did it and when: "name, d.m.yyyy hh.mm". */
static char *
who_and_when (const char *who, const char *when)
{
  g_autofree char *at = _income_support_format_timestamp (when);

  return g_strdup_printf ("%s, %s", who ?: "", at);
}

static void
show_decision (IncomeSupportDecisionPage *self)
{
  KansioIncomeSupportDecision *decision = self->decision;
  const char *outcome = kansio_income_support_decision_get_outcome (decision);
  const char *reasons = kansio_income_support_decision_get_reasons (decision);
  const char *sent_on = kansio_income_support_decision_get_sent_on (decision);
  gint64 support_cents = kansio_income_support_decision_get_support_cents (decision);
  g_autofree char *support = _income_support_format_money (support_cents);
  g_autofree char *prepared
      = who_and_when (kansio_income_support_decision_get_prepared_by (decision),
                      kansio_income_support_decision_get_prepared_at (decision));
  g_autofree char *decided = NULL;
  g_autofree char *typed = NULL;

  adw_action_row_set_subtitle (
      self->outcome_row, _income_support_choice_label (INCOME_SUPPORT_CHOICE_OUTCOME, outcome));
  adw_action_row_set_subtitle (self->support_row, support);
  adw_action_row_set_subtitle (self->prepared_row, prepared);
  if (is_decided (self))
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
    }
  adw_action_row_set_subtitle (self->decided_row,
                               decided != NULL ? decided : _ ("Not yet decided"));
  adw_action_row_set_subtitle (self->reasons_row, reasons != NULL ? reasons : "");
  show_stored_calculation (self);

  /* What was prepared comes back to the form, unless something is
   * typed there already. */
  typed = reasons_text (self);
  if (*typed == '\0' && !is_decided (self))
    {
      guint index = _income_support_choice_index (INCOME_SUPPORT_CHOICE_OUTCOME, outcome);

      self->filling = TRUE;
      if (index != GTK_INVALID_LIST_POSITION)
        adw_combo_row_set_selected (self->outcome_combo, index);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reasons_view),
                                reasons != NULL ? reasons : "", -1);
      self->filling = FALSE;
      set_support_text (self, support_cents);
      self->support_is_automatic = FALSE;
    }
}

static void
on_decision_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  IncomeSupportDecisionPage *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioIncomeSupportDecision) decision = NULL;

  decision = kansio_income_support_decision_get_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->load_serial)
    return;
  if (error != NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      self->loaded = TRUE;
      update_view (self);
      adw_preferences_group_set_description (self->decision_group, text);
      income_support_recovery_group_set_decision (self->recovery_group, NULL, NULL, 0);
      return;
    }

  forget_decision (self);
  self->loaded = TRUE;
  self->decision = g_steal_pointer (&decision);
  if (self->decision != NULL)
    show_decision (self);
  update_view (self);
  if (self->decision != NULL)
    /* The rest when the orders are read: ::loaded. */
    income_support_order_list_set_decision (self->order_list, self->decision,
                                            gtk_widget_get_visible (GTK_WIDGET (self->prepare_box)),
                                            self->may_handle && !is_decided (self));
  else
    {
      income_support_order_list_set_decision (self->order_list, NULL, FALSE, FALSE);
      income_support_recovery_group_set_decision (self->recovery_group, self->application, NULL, 0);
    }
  g_signal_emit (self, signals[LOADED], 0);
  if (self->show_when_loaded && is_decided (self))
    {
      self->show_when_loaded = FALSE;
      show_document (self);
    }
}

static void
load_decision (IncomeSupportDecisionPage *self)
{
  if (self->context == NULL || self->application == NULL)
    return;
  self->load_serial++;
  kansio_income_support_decision_get_async (kansio_context_get_database (self->context),
                                            income_support_application_get_id (self->application),
                                            self->cancellable, on_decision_loaded_cb,
                                            load_job_new (self));
}

static void
on_prepared_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportDecisionPage) self = user_data;
  g_autoptr (GError) error = NULL;

  kansio_income_support_decision_prepare_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (error != NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      /* What the user wrote stays for another try. */
      show_prepare_error (self, text);
      if (g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT))
        load_decision (self);
      return;
    }
  show_prepare_error (self, NULL);
  _income_support_show_toast (GTK_WIDGET (self), _ ("Decision prepared"));
  load_decision (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_decided_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportDecisionPage) self = user_data;
  g_autoptr (GError) error = NULL;

  kansio_income_support_decision_decide_finish (KANSIO_INCOME_SUPPORT_DECISION (object), result,
                                                &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (error != NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      show_row_message (self->decide_error_row, text);
      /* Changed by someone else: show the decision as it is now. */
      if (g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT))
        load_decision (self);
      return;
    }
  show_row_message (self->decide_error_row, NULL);
  _income_support_show_toast (GTK_WIDGET (self), _ ("Decision made"));
  load_decision (self);
  g_signal_emit (self, signals[CHANGED], 0);
  /* The document service makes the decision's document as it is
   * decided; it opens once stored, when the decision is read again. */
  self->show_when_loaded = TRUE;
}

static void
on_decide_response_cb (AdwMessageDialog *dialog,
                       const char *response,
                       IncomeSupportDecisionPage *self)
{
  if (!g_str_equal (response, "decide") || self->decision == NULL || self->context == NULL)
    return;
  set_busy (self, TRUE);
  kansio_income_support_decision_decide_async (self->decision, self->cancellable, on_decided_cb,
                                               g_object_ref (self));
}

static void
on_document_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportDecisionPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document = income_support_decision_preview_load_finish (
      INCOME_SUPPORT_DECISION_PREVIEW (object), result, &error);
  KansioDocumentWindow *window;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (document == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);
      g_autofree char *message
          = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA)
                ? g_strdup (error->message)
                : g_strdup_printf (_ ("The decision could not be composed: %s"), text);

      show_row_message (self->decide_error_row, message);
      return;
    }
  show_row_message (self->decide_error_row, NULL);
  window = _income_support_present_document (
      GTK_WIDGET (self), self->context, income_support_application_get_person (self->application),
      document);
  gtk_widget_set_name (GTK_WIDGET (window), "income-support-decision-document");
  /* A decided decision's document, once stored, is linked to it. */
  if (is_decided (self) && document_id (self) == 0)
    load_decision (self);
}

/* The decision sent once it is linked; before that, composed from what
 * was prepared. */
static void
show_document (IncomeSupportDecisionPage *self)
{
  if (self->decision == NULL || self->busy || self->context == NULL)
    return;
  if (!is_decided (self) && document_id (self) == 0 && stored_calculation (self) == NULL)
    return;
  show_row_message (self->decide_error_row, NULL);
  set_busy (self, TRUE);
  income_support_decision_preview_load_async (self->preview, self->application, self->decision,
                                              self->cancellable, on_document_loaded_cb,
                                              g_object_ref (self));
}

/* Actions */

static void
prepare_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  income_support_decision_page_prepare (INCOME_SUPPORT_DECISION_PAGE (widget));
}

static void
decide_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportDecisionPage *self = INCOME_SUPPORT_DECISION_PAGE (widget);
  g_autofree char *support = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->decision == NULL || is_decided (self) || self->busy)
    return;
  support = _income_support_format_money (
      kansio_income_support_decision_get_support_cents (self->decision));
  /* Translators: the outcome ("Granted"), then the support */
  body = g_strdup_printf (
      _ ("%s, %s. A decision made does not change, and its payment orders are "
         "paid in the next payment run."),
      _income_support_choice_label (INCOME_SUPPORT_CHOICE_OUTCOME,
                                    kansio_income_support_decision_get_outcome (self->decision)),
      support);
  dialog = _income_support_ask_to_decide (widget, _ ("Make the Decision?"), body);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_decide_response_cb), self, 0);
}

static void
preview_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  show_document (INCOME_SUPPORT_DECISION_PAGE (widget));
}

static void
on_sent_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportDecisionPage) self = user_data;
  g_autoptr (GError) error = NULL;

  kansio_income_support_decision_record_sending_finish (KANSIO_INCOME_SUPPORT_DECISION (object),
                                                        result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (error != NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      show_row_message (self->decide_error_row, text);
    }
  else
    _income_support_show_toast (GTK_WIDGET (self), _ ("Sending recorded"));
  load_decision (self);
}

/* Sent today, by post or electronically: the day is recorded as the
 * database's today, the day the rectification period starts from. */
static void
on_sending_response_cb (AdwMessageDialog *dialog,
                        const char *response,
                        IncomeSupportDecisionPage *self)
{
  if ((!g_str_equal (response, "post") && !g_str_equal (response, "electronic"))
      || self->decision == NULL || self->context == NULL || self->busy)
    return;
  set_busy (self, TRUE);
  kansio_income_support_decision_record_sending_async (
      self->decision, response, NULL, self->cancellable, on_sent_cb, g_object_ref (self));
}

static void
record_sending_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportDecisionPage *self = INCOME_SUPPORT_DECISION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (!is_decided (self) || document_id (self) == 0 || is_sent (self) || self->busy)
    return;
  dialog = income_support_send_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_sending_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Overrides */

static void
income_support_decision_page_dispose (GObject *object)
{
  IncomeSupportDecisionPage *self = INCOME_SUPPORT_DECISION_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_DECISION_PAGE);
  g_clear_object (&self->application);
  g_clear_object (&self->calculation);
  g_clear_object (&self->decision);
  g_clear_object (&self->preview);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (income_support_decision_page_parent_class)->dispose (object);
}

static void
income_support_decision_page_finalize (GObject *object)
{
  IncomeSupportDecisionPage *self = INCOME_SUPPORT_DECISION_PAGE (object);

  g_free (self->calculation_json);

  G_OBJECT_CLASS (income_support_decision_page_parent_class)->finalize (object);
}

static void
income_support_decision_page_class_init (IncomeSupportDecisionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_decision_page_dispose;
  object_class->finalize = income_support_decision_page_finalize;

  /**
   * IncomeSupportDecisionPage::changed:
   *
   * The decision was prepared or made: the application changed too.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
  /**
   * IncomeSupportDecisionPage::loaded:
   *
   * The decision, or that there is none, was read from the database.
   */
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (INCOME_SUPPORT_TYPE_PHRASE_BUTTON);
  g_type_ensure (INCOME_SUPPORT_TYPE_RECOVERY_GROUP);
  g_type_ensure (INCOME_SUPPORT_TYPE_ORDER_LIST);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-decision-page.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, decision_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, preview_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, decide_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, none_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, support_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, prepared_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, decided_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, reasons_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, decide_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, stored_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, stored_list);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, prepare_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, calculation_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, outcome_combo);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, support_entry);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, reasons_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, reasons_view);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, prepare_box);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage,
                                        prepare_error_label);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, sent_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, order_list);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, phrase_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, recovery_group);
  gtk_widget_class_bind_template_callback (widget_class, on_phrase_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_outcome_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_support_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_orders_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_orders_loaded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_orders_failed_cb);

  gtk_widget_class_install_action (widget_class, "income-support-decision.prepare", NULL,
                                   prepare_action);
  gtk_widget_class_install_action (widget_class, "income-support-decision.decide", NULL,
                                   decide_action);
  gtk_widget_class_install_action (widget_class, "income-support-decision.preview", NULL,
                                   preview_action);
  gtk_widget_class_install_action (widget_class, "income-support-decision.record-sending", NULL,
                                   record_sending_action);
}

static void
income_support_decision_page_init (IncomeSupportDecisionPage *self)
{
  g_autoptr (GListModel) outcomes = _income_support_choice_model (INCOME_SUPPORT_CHOICE_OUTCOME);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->preview = income_support_decision_preview_new ();
  self->support_is_automatic = TRUE;
  adw_combo_row_set_model (self->outcome_combo, outcomes);
  update_calculation_row (self);
  update_view (self);
}

void
income_support_decision_page_set_context (IncomeSupportDecisionPage *self, KansioContext *context)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_PAGE (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  g_set_object (&self->context, context);
  income_support_decision_preview_set_context (self->preview, context);
  income_support_phrase_button_set_context (self->phrase_button, context);
  income_support_recovery_group_set_context (self->recovery_group, context);
}

/**
 * income_support_decision_page_set_rights:
 * @may_handle: whether the user handles income support (prepares)
 * @may_decide: whether the user decides income support
 *
 * Which buttons to offer; the database decides what is allowed.
 */
void
income_support_decision_page_set_rights (IncomeSupportDecisionPage *self,
                                         gboolean may_handle,
                                         gboolean may_decide)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_PAGE (self));

  self->may_handle = may_handle;
  self->may_decide = may_decide;
  income_support_recovery_group_set_rights (self->recovery_group, may_handle, may_decide);
  update_view (self);
}

/**
 * income_support_decision_page_set_application:
 *
 * Shows the decision on @application. The same application read again
 * keeps what the user typed; another one starts afresh.
 */
void
income_support_decision_page_set_application (IncomeSupportDecisionPage *self,
                                              IncomeSupportApplication *application)
{
  gboolean same;

  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_PAGE (self));
  g_return_if_fail (INCOME_SUPPORT_IS_APPLICATION (application));

  same = self->application != NULL
         && income_support_application_get_id (self->application)
                == income_support_application_get_id (application);
  g_set_object (&self->application, application);
  income_support_phrase_button_set_language (self->phrase_button, client_language (self));
  if (!same)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      self->cancellable = g_cancellable_new ();
      self->busy = FALSE;
      forget_decision (self);
      reset_form (self);
      /* Nothing of the previous client's stays on the page. */
      income_support_recovery_group_set_decision (self->recovery_group, NULL, NULL, 0);
    }
  update_view (self);
  load_decision (self);
}

/**
 * income_support_decision_page_set_calculation:
 * @calculation: (nullable): the month calculated on the Calculation page
 * @calculation_json: (nullable): it as the decision stores it
 */
void
income_support_decision_page_set_calculation (IncomeSupportDecisionPage *self,
                                              KansioIncomeSupportCalculation *calculation,
                                              const char *calculation_json)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_PAGE (self));

  g_set_object (&self->calculation, calculation);
  g_free (self->calculation_json);
  self->calculation_json = g_strdup (calculation_json);
  update_calculation_row (self);
  if (calculation != NULL && self->support_is_automatic
      && g_strcmp0 (selected_outcome (self), "rejected") != 0)
    set_support_text (self, kansio_income_support_calculation_get_support (calculation));
}

/**
 * income_support_decision_page_reload:
 *
 * Reads the decision again.
 */
void
income_support_decision_page_reload (IncomeSupportDecisionPage *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_PAGE (self));
  load_decision (self);
}

/**
 * income_support_decision_page_get_decision_id:
 *
 * Returns: the decision prepared, or 0
 */
gint64
income_support_decision_page_get_decision_id (IncomeSupportDecisionPage *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_DECISION_PAGE (self), 0);
  return self->decision != NULL ? kansio_income_support_decision_get_id (self->decision) : 0;
}

/**
 * income_support_decision_page_get_stored_calculation:
 *
 * Returns: (nullable): the decision's calculation, with its input
 */
const char *
income_support_decision_page_get_stored_calculation (IncomeSupportDecisionPage *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_DECISION_PAGE (self), NULL);
  return stored_calculation (self);
}

gboolean
income_support_decision_page_get_is_decided (IncomeSupportDecisionPage *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_DECISION_PAGE (self), FALSE);
  return is_decided (self);
}

/**
 * income_support_decision_page_prepare:
 *
 * Prepares the decision as the form has it, with the calculation made on
 * the Calculation page; what is wrong is shown instead.
 */
void
income_support_decision_page_prepare (IncomeSupportDecisionPage *self)
{
  g_autofree char *reasons = NULL;
  const char *outcome;
  gint64 cents = 0;

  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_PAGE (self));

  if (self->context == NULL || self->application == NULL || self->busy)
    return;
  if (!gtk_widget_is_visible (self->prepare_box) || !application_may_be_prepared (self))
    return;

  if (self->calculation == NULL || self->calculation_json == NULL)
    {
      show_prepare_error (self, _ ("Calculate the month on the Calculation page first: the "
                                   "decision is prepared with its calculation."));
      return;
    }
  outcome = selected_outcome (self);
  if (g_strcmp0 (outcome, "rejected") != 0)
    {
      if (!_income_support_parse_amount (text_of (self->support_entry), &cents) || cents <= 0)
        {
          show_prepare_error (self, _ ("Write the support granted in euros, more than zero. If "
                                       "nothing is granted, the outcome is Rejected."));
          _income_support_mark_error (GTK_WIDGET (self->support_entry), TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (self->support_entry));
          return;
        }
      if (g_strcmp0 (outcome, "granted") == 0
          && cents != kansio_income_support_calculation_get_support (self->calculation))
        {
          show_prepare_error (self, _ ("Granted in full is the support calculated. For another "
                                       "amount, the outcome is Partly granted."));
          _income_support_mark_error (GTK_WIDGET (self->support_entry), TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (self->support_entry));
          return;
        }
    }
  reasons = reasons_text (self);
  if (*reasons == '\0')
    {
      show_prepare_error (self, _ ("Write the reasons of the decision."));
      gtk_widget_grab_focus (GTK_WIDGET (self->reasons_view));
      return;
    }
  show_prepare_error (self, NULL);

  set_busy (self, TRUE);
  kansio_income_support_decision_prepare_async (
      kansio_context_get_database (self->context),
      income_support_application_get_id (self->application), outcome, cents, self->calculation_json,
      reasons, self->cancellable, on_prepared_cb, g_object_ref (self));
}
