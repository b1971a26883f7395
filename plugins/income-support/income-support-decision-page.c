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
#include "income-support-format.h"
#include "income-support-phrase-button.h"
#include "income-support-recovery-group.h"

/* The decision on an application, made by two people. A handler prepares
 * it from the month calculated: the outcome, the support, the reasons and
 * the payment orders. The decision is composed from the approved template
 * in the client's language, previewed and stored in the client's
 * documents; then a decision-maker who did not prepare it decides. The
 * buttons follow the user's rights, but the database is what refuses, and
 * its reason is shown.
 *
 * The decision's calculation is stored with its input, so the document can
 * be composed again from what was prepared, whoever opens it. Once the
 * decision is made, the copy saved in the client's documents is linked to
 * it as the decision sent, and opened from then on. The reasons start from
 * phrases the main users approved; support paid is recovered below. */
struct _IncomeSupportDecisionPage
{
  AdwBin parent_instance;

  KansioContext *context;
  GCancellable *cancellable; /* of the application open */
  IncomeSupportApplication *application;
  KansioIncomeSupportRates *rates;
  gboolean may_handle;
  gboolean may_decide;
  guint load_serial;
  gboolean busy;

  /* The calculation on the Calculation page */
  KansioIncomeSupportCalculation *calculation;
  char *calculation_json;
  gboolean support_is_automatic; /* the support entry holds the calculated one */
  gboolean filling;

  /* The decision as the database has it */
  gboolean loaded;
  gint64 decision_id;
  int row_version;
  char *outcome;
  gint64 support_cents;
  char *stored_json;
  char *reasons;
  gboolean decided;
  gboolean written_by_me; /* wrote any of it or its orders: may not decide it */
  char *sent_on;          /* when and how it was sent, once recorded */
  char *sent_channel;
  char *decided_at;
  gint64 document_id;   /* the decision as sent, once saved */
  gint64 ordered_cents; /* in all the decision's payment orders */
  gint64 paid_cents;    /* of them, paid in payment runs */

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
  AdwPreferencesGroup *payments_group;
  GtkListBox *orders_list;
  AdwPreferencesGroup *order_form_group;
  AdwComboRow *payment_kind_row;
  AdwEntryRow *payee_row;
  AdwActionRow *payee_error_row;
  AdwEntryRow *iban_row;
  AdwActionRow *iban_error_row;
  AdwEntryRow *reference_row;
  AdwActionRow *reference_error_row;
  AdwEntryRow *message_row;
  AdwActionRow *message_error_row;
  AdwEntryRow *amount_row;
  AdwActionRow *amount_error_row;
  AdwEntryRow *due_row;
  AdwActionRow *due_error_row;
  GtkWidget *add_order_button;
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
update_view (IncomeSupportDecisionPage *self)
{
  gboolean has_decision = self->decision_id != 0;
  gboolean open
      = self->application != NULL && income_support_application_is_open (self->application);
  gboolean may_prepare = self->may_handle && open && !self->decided;
  gboolean rejected = g_strcmp0 (self->outcome, "rejected") == 0;
  gboolean may_order = may_prepare && has_decision && !rejected;
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
  else if (self->decided && self->document_id == 0)
    adw_preferences_group_set_description (
        self->decision_group, _ ("Decided. The document service is making the decision’s "
                                 "document; it opens here once stored."));
  else if (self->decided && self->sent_on == NULL)
    adw_preferences_group_set_description (
        self->decision_group,
        _ ("Decided, not sent yet. Record the sending when the decision is printed for post or "
           "handed to an electronic channel: the rectification period runs from it."));
  else if (self->decided)
    adw_preferences_group_set_description (self->decision_group,
                                           _ ("Decided and sent. The decision does not change."));
  else if (self->may_decide && self->written_by_me)
    adw_preferences_group_set_description (
        self->decision_group, _ ("Prepared. You wrote part of this decision or its payments, so "
                                 "another decision-maker makes it."));
  else
    adw_preferences_group_set_description (
        self->decision_group,
        _ ("Prepared, waiting for a decision-maker who wrote no part of it."));

  gtk_widget_set_visible (self->preview_button, has_decision);
  gtk_button_set_label (GTK_BUTTON (self->preview_button),
                        self->document_id != 0 ? _ ("_Open Decision…") : _ ("Pre_view…"));
  gtk_widget_set_tooltip_text (self->preview_button,
                               self->document_id != 0
                                   ? _ ("The decision as it was sent, from the client’s documents")
                                   : _ ("A draft of the decision, marked as one on every page: the "
                                        "decision’s own document is made when it is decided"));
  gtk_widget_set_visible (self->sent_button, self->may_handle && self->decided
                                                 && self->document_id != 0
                                                 && self->sent_on == NULL);
  gtk_widget_set_visible (self->decide_button, self->may_decide && has_decision && !self->decided
                                                   && !self->written_by_me);
  gtk_widget_set_visible (GTK_WIDGET (self->stored_group),
                          has_decision && self->stored_json != NULL);

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

  gtk_widget_set_visible (GTK_WIDGET (self->payments_group), has_decision && !rejected);
  gtk_widget_set_visible (GTK_WIDGET (self->order_form_group), may_order);
  gtk_widget_set_visible (self->add_order_button, may_order);

  gtk_widget_set_sensitive (GTK_WIDGET (self->support_entry),
                            g_strcmp0 (selected_outcome (self), "rejected") != 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-decision.prepare",
                                 may_prepare && application_may_be_prepared (self) && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-decision.decide",
                                 has_decision && !self->decided && !self->written_by_me
                                     && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-decision.remove-order",
                                 may_order && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-decision.record-sending",
                                 self->may_handle && self->decided && self->document_id != 0
                                     && self->sent_on == NULL && !self->busy);
  gtk_widget_action_set_enabled (
      GTK_WIDGET (self), "income-support-decision.preview",
      has_decision && (self->stored_json != NULL || self->document_id != 0) && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-decision.add-order",
                                 may_order && !self->busy);
}

static void
set_busy (IncomeSupportDecisionPage *self, gboolean busy)
{
  self->busy = busy;
  update_view (self);
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

static void
clear_order_errors (IncomeSupportDecisionPage *self)
{
  AdwActionRow *rows[]
      = { self->payee_error_row,   self->iban_error_row,   self->reference_error_row,
          self->message_error_row, self->amount_error_row, self->due_error_row };
  AdwEntryRow *entries[] = { self->payee_row,   self->iban_row,   self->reference_row,
                             self->message_row, self->amount_row, self->due_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      show_row_message (rows[i], NULL);
      _income_support_mark_error (GTK_WIDGET (entries[i]), FALSE);
    }
}

static void
reset_order_form (IncomeSupportDecisionPage *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%-d.%-m.%Y");
  g_autofree char *name = client_name (self);

  adw_combo_row_set_selected (self->payment_kind_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->payee_row), name);
  gtk_editable_set_text (GTK_EDITABLE (self->iban_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->reference_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->message_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), today);
  clear_order_errors (self);
}

/* Another application: nothing typed for the one before stays. */
static void
reset_form (IncomeSupportDecisionPage *self)
{
  self->filling = TRUE;
  adw_combo_row_set_selected (self->outcome_combo, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->support_entry), "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reasons_view), "", -1);
  self->filling = FALSE;
  self->support_is_automatic = TRUE;
  show_prepare_error (self, NULL);
  show_row_message (self->decide_error_row, NULL);
  remove_rows (self->orders_list);
  reset_order_form (self);
}

static void
forget_decision (IncomeSupportDecisionPage *self)
{
  self->loaded = FALSE;
  self->decision_id = 0;
  self->row_version = 0;
  self->support_cents = 0;
  self->decided = FALSE;
  self->written_by_me = FALSE;
  self->document_id = 0;
  self->ordered_cents = 0;
  self->paid_cents = 0;
  g_clear_pointer (&self->decided_at, g_free);
  g_clear_pointer (&self->sent_on, g_free);
  g_clear_pointer (&self->sent_channel, g_free);
  g_clear_pointer (&self->outcome, g_free);
  g_clear_pointer (&self->stored_json, g_free);
  g_clear_pointer (&self->reasons, g_free);
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
  if (self->stored_json == NULL || !json_parser_load_from_data (parser, self->stored_json, -1, NULL)
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

/* An order: to whom and how much, to which account, and whether a payment
 * run has paid it. */
static GtkWidget *
order_row (KansioRows *rows, guint i, gboolean removable)
{
  g_autofree char *amount
      = _income_support_format_money (_income_support_column_int64 (rows, i, "amount_cents"));
  g_autofree char *iban = kansio_format_iban (_income_support_column (rows, i, "iban"));
  g_autofree char *due = _income_support_format_date (_income_support_column (rows, i, "due_on"));
  g_autofree char *paid = _income_support_format_date (_income_support_column (rows, i, "paid_on"));
  g_autofree char *account = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *reference = _income_support_column (rows, i, "reference");
  gboolean is_paid = _income_support_column (rows, i, "run_id") != NULL;
  GtkWidget *row = adw_action_row_new ();

  title = g_strdup_printf ("%s · %s", _income_support_column (rows, i, "payee_name") ?: "", amount);
  /* Translators: an account number, then the due date */
  account = reference != NULL
                ? g_strdup_printf (_ ("%s, reference %s, due %s"), iban, reference, due)
                : g_strdup_printf (_ ("%s, due %s"), iban, due);
  /* Translators: the account and due date, then the day of the payment run */
  subtitle = is_paid ? g_strdup_printf (_ ("%s. Paid in the payment run of %s."), account, paid)
                     : g_strdup_printf (_ ("%s. Waiting for a payment run."), account);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row),
                                g_strcmp0 (_income_support_column (rows, i, "kind"), "client") == 0
                                    ? "avatar-default-symbolic"
                                    : "mail-attachment-symbolic");
  /* Taken back before the decision: the decision-maker reads it again. */
  if (removable && !is_paid)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _ ("Remove the payment order"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Remove the payment order"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove),
                                      "income-support-decision.remove-order");
      gtk_actionable_set_action_target_value (
          GTK_ACTIONABLE (remove),
          g_variant_new_int64 (_income_support_column_int64 (rows, i, "order_id")));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
    }
  return row;
}

/* The amount field offers what is left of the support, unless the user
 * wrote something there. */
static void
offer_amount_left (IncomeSupportDecisionPage *self)
{
  g_autofree char *left = NULL;

  if (*text_of (self->amount_row) != '\0' || self->support_cents <= self->ordered_cents)
    return;
  left = _income_support_format_amount_input (self->support_cents - self->ordered_cents);
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), left);
  _income_support_mark_error (GTK_WIDGET (self->amount_row), FALSE);
}

static void
on_orders_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  IncomeSupportDecisionPage *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->load_serial)
    return;
  remove_rows (self->orders_list);
  if (rows == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      show_row_message (self->decide_error_row, text);
      return;
    }
  self->ordered_cents = 0;
  self->paid_cents = 0;
  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      gint64 cents = _income_support_column_int64 (rows, i, "amount_cents");

      self->ordered_cents += cents;
      if (_income_support_column (rows, i, "run_id") != NULL)
        self->paid_cents += cents;
      gtk_list_box_append (self->orders_list,
                           order_row (rows, i, self->may_handle && !self->decided));
    }
  offer_amount_left (self);
  income_support_recovery_group_set_decision (
      self->recovery_group, self->application, self->decided ? self->decision_id : 0,
      self->decided_at, self->support_cents, self->paid_cents);
}

static void
load_orders (IncomeSupportDecisionPage *self, guint serial)
{
  g_autofree char *id = _income_support_id_text (self->decision_id);
  const char *params[] = { id };
  LoadJob *job = load_job_new (self);

  job->serial = serial;
  kansio_database_query_async (kansio_context_get_database (self->context),
                               "SELECT * FROM api.is_decision_orders ($1)", params, 1,
                               self->cancellable, on_orders_loaded_cb, job);
}

static void
on_decision_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  IncomeSupportDecisionPage *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autofree char *support = NULL;
  g_autofree char *prepared_at = NULL;
  g_autofree char *prepared = NULL;
  g_autofree char *decided = NULL;
  g_autofree char *typed = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->load_serial)
    return;
  if (rows == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      self->loaded = TRUE;
      update_view (self);
      adw_preferences_group_set_description (self->decision_group, text);
      income_support_recovery_group_set_decision (self->recovery_group, NULL, 0, NULL, 0, 0);
      return;
    }

  forget_decision (self);
  self->loaded = TRUE;
  if (kansio_rows_get_n_rows (rows) == 1)
    {
      self->decision_id = _income_support_column_int64 (rows, 0, "decision_id");
      self->row_version = (int) _income_support_column_int64 (rows, 0, "row_version");
      self->outcome = g_strdup (_income_support_column (rows, 0, "outcome"));
      self->support_cents = _income_support_column_int64 (rows, 0, "support_cents");
      self->stored_json = g_strdup (_income_support_column (rows, 0, "calculation"));
      self->reasons = g_strdup (_income_support_column (rows, 0, "reasons"));
      self->decided = _income_support_column (rows, 0, "decided_at") != NULL;
      self->decided_at = g_strdup (_income_support_column (rows, 0, "decided_at"));
      self->document_id = _income_support_column_int64 (rows, 0, "document_id");
      self->written_by_me = _income_support_column_boolean (rows, 0, "written_by_me");
      self->sent_on = g_strdup (_income_support_column (rows, 0, "sent_on"));
      self->sent_channel = g_strdup (_income_support_column (rows, 0, "sent_channel"));

      adw_action_row_set_subtitle (
          self->outcome_row,
          _income_support_choice_label (INCOME_SUPPORT_CHOICE_OUTCOME, self->outcome));
      support = _income_support_format_money (self->support_cents);
      adw_action_row_set_subtitle (self->support_row, support);
      prepared_at
          = _income_support_format_timestamp (_income_support_column (rows, 0, "prepared_at"));
      prepared = g_strdup_printf ("%s, %s", _income_support_column (rows, 0, "prepared_by") ?: "",
                                  prepared_at);
      adw_action_row_set_subtitle (self->prepared_row, prepared);
      if (self->decided)
        {
          g_autofree char *decided_at
              = _income_support_format_timestamp (_income_support_column (rows, 0, "decided_at"));

          decided = g_strdup_printf ("%s, %s", _income_support_column (rows, 0, "decided_by") ?: "",
                                     decided_at);
          if (self->sent_on != NULL)
            {
              g_autofree char *day = _income_support_format_date (self->sent_on);
              g_autofree char *with_sending = g_strdup_printf (
                  g_strcmp0 (self->sent_channel, "post") == 0
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
      adw_action_row_set_subtitle (self->reasons_row, self->reasons != NULL ? self->reasons : "");
      show_stored_calculation (self);

      /* What was prepared comes back to the form, unless something is
       * typed there already. */
      typed = reasons_text (self);
      if (*typed == '\0' && !self->decided)
        {
          guint index = _income_support_choice_index (INCOME_SUPPORT_CHOICE_OUTCOME, self->outcome);

          self->filling = TRUE;
          if (index != GTK_INVALID_LIST_POSITION)
            adw_combo_row_set_selected (self->outcome_combo, index);
          gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reasons_view),
                                    self->reasons != NULL ? self->reasons : "", -1);
          self->filling = FALSE;
          set_support_text (self, self->support_cents);
          self->support_is_automatic = FALSE;
        }
    }
  update_view (self);
  if (self->decision_id != 0)
    load_orders (self, job->serial);
  else
    income_support_recovery_group_set_decision (self->recovery_group, self->application, 0, NULL, 0,
                                                0);
  g_signal_emit (self, signals[LOADED], 0);
}

static void
load_decision (IncomeSupportDecisionPage *self)
{
  g_autofree char *id = NULL;
  const char *params[1];

  if (self->context == NULL || self->application == NULL)
    return;
  id = _income_support_id_text (income_support_application_get_id (self->application));
  params[0] = id;
  self->load_serial++;
  kansio_database_query_async (kansio_context_get_database (self->context),
                               "SELECT * FROM api.is_decision_get ($1)", params, 1,
                               self->cancellable, on_decision_loaded_cb, load_job_new (self));
}

static void
on_prepared_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportDecisionPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (rows == NULL || kansio_rows_get_n_rows (rows) != 1)
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
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (rows == NULL)
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
   * decided; it opens once stored. */
  self->decided = TRUE;
  show_document (self);
}

static void
on_decide_response_cb (AdwMessageDialog *dialog,
                       const char *response,
                       IncomeSupportDecisionPage *self)
{
  g_autofree char *decision_id = NULL;
  g_autofree char *row_version = NULL;
  const char *params[2];

  if (!g_str_equal (response, "decide") || self->decision_id == 0 || self->context == NULL)
    return;
  decision_id = _income_support_id_text (self->decision_id);
  row_version = g_strdup_printf ("%d", self->row_version);
  params[0] = decision_id;
  params[1] = row_version;
  set_busy (self, TRUE);
  kansio_database_query_async (kansio_context_get_database (self->context),
                               "SELECT api.is_decision_decide ($1, $2::integer)", params, 2,
                               self->cancellable, on_decided_cb, g_object_ref (self));
}

static void
present_document (IncomeSupportDecisionPage *self, KansioDocument *document, GError *error)
{
  KansioDocumentWindow *window;

  set_busy (self, FALSE);
  if (document == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);
      g_autofree char *message
          = g_strdup_printf (_ ("The decision could not be composed: %s"), text);

      show_row_message (self->decide_error_row, message);
      return;
    }
  show_row_message (self->decide_error_row, NULL);
  window = _income_support_present_document (
      GTK_WIDGET (self), self->context, income_support_application_get_person (self->application),
      document);
  gtk_widget_set_name (GTK_WIDGET (window), "income-support-decision-document");
}

static void
on_composed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportDecisionPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document
      = kansio_document_composer_compose_finish (KANSIO_DOCUMENT_COMPOSER (object), result, &error);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    present_document (self, document, error);
}

static void
on_opened_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportDecisionPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document
      = kansio_document_composer_open_finish (KANSIO_DOCUMENT_COMPOSER (object), result, &error);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    present_document (self, document, error);
}

static void
on_awaited_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportDecisionPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document
      = kansio_document_composer_await_finish (KANSIO_DOCUMENT_COMPOSER (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  present_document (self, document, error);
  if (document != NULL)
    load_decision (self);
}

/* The decision's own fields: its calculation made again from what was
 * stored, in the client's language. */
static void
compose (IncomeSupportDecisionPage *self)
{
  KansioPerson *person = income_support_application_get_person (self->application);
  const char *code = kansio_person_get_field (person, KANSIO_PERSON_FIELD_LANGUAGE);
  KansioLanguage language = KANSIO_LANGUAGE_FINNISH;
  g_autoptr (KansioMergeData) data = kansio_merge_data_new ();
  g_autoptr (JsonObject) decision = json_object_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *support = g_strdup_printf ("%" G_GINT64_FORMAT, self->support_cents);

  if (!kansio_language_from_code (code, &language))
    code = NULL;
  /* As the document service will read it (kansio.document_inputs), so the
   * draft prints what the decision will. */
  json_object_set_string_member (decision, "outcome", self->outcome);
  json_object_set_string_member (decision, "support_cents", support);
  json_object_set_string_member (decision, "reasons", self->reasons != NULL ? self->reasons : "");
  json_object_set_string_member (decision, "calculation", self->stored_json);
  json_object_set_string_member (decision, "received_on",
                                 income_support_application_get_received_on (self->application));
  json_object_set_string_member (decision, "first_month",
                                 income_support_application_get_first_month (self->application));
  json_object_set_string_member (decision, "last_month",
                                 income_support_application_get_last_month (self->application));
  if (!kansio_income_support_decision_fields (data, decision, self->rates, language, &error))
    {
      g_autofree char *message = g_strdup_printf (
          _ ("The calculation of this decision cannot be made again: %s"), error->message);

      set_busy (self, FALSE);
      show_row_message (self->decide_error_row, message);
      return;
    }

  kansio_document_composer_compose_async (
      kansio_context_get_documents (self->context), "income-support-decision",
      income_support_application_get_person_id (self->application),
      income_support_application_get_case_id (self->application), code, data, self->cancellable,
      on_composed_cb, g_object_ref (self));
}

static void on_rates_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data);

/* The decision sent once it is linked; before that, composed from what
 * was prepared. */
static void
show_document (IncomeSupportDecisionPage *self)
{
  if (self->decision_id == 0 || self->busy || self->context == NULL)
    return;
  show_row_message (self->decide_error_row, NULL);
  if (self->document_id != 0)
    {
      set_busy (self, TRUE);
      kansio_document_composer_open_async (kansio_context_get_documents (self->context),
                                           self->document_id, self->cancellable, on_opened_cb,
                                           g_object_ref (self));
      return;
    }
  if (self->decided)
    {
      /* Made by the document service as it was decided: shown once
       * stored, to anyone who may see it. */
      set_busy (self, TRUE);
      kansio_document_composer_await_async (kansio_context_get_documents (self->context),
                                            "is-decision", self->decision_id, self->cancellable,
                                            on_awaited_cb, g_object_ref (self));
      return;
    }
  if (self->stored_json == NULL)
    return;
  set_busy (self, TRUE);
  if (self->rates == NULL)
    _income_support_load_rates_async (self->context, self->cancellable, on_rates_loaded_cb,
                                      g_object_ref (self));
  else
    compose (self);
}

static void
on_rates_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportDecisionPage) self = user_data;
  g_autoptr (GError) error = NULL;

  self->rates = _income_support_load_rates_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (self->rates == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      set_busy (self, FALSE);
      show_row_message (self->decide_error_row, text);
      return;
    }
  compose (self);
}

static void
on_order_added_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportDecisionPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (rows == NULL || kansio_rows_get_n_rows (rows) != 1)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);
      const char *column = kansio_database_error_get_column (error);
      AdwActionRow *error_row = self->amount_error_row;
      AdwEntryRow *entry = self->amount_row;

      if (g_strcmp0 (column, "iban") == 0)
        error_row = self->iban_error_row, entry = self->iban_row;
      else if (g_strcmp0 (column, "reference") == 0)
        error_row = self->reference_error_row, entry = self->reference_row;
      else if (g_strcmp0 (column, "payee_name") == 0)
        error_row = self->payee_error_row, entry = self->payee_row;
      else if (g_strcmp0 (column, "message") == 0)
        error_row = self->message_error_row, entry = self->message_row;
      show_row_message (error_row, text);
      _income_support_mark_error (GTK_WIDGET (entry), column != NULL);
      return;
    }

  /* Ready for the next: the same payee, what is left of the support once
   * the orders are read again. */
  gtk_editable_set_text (GTK_EDITABLE (self->reference_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->message_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), "");
  clear_order_errors (self);
  _income_support_show_toast (GTK_WIDGET (self), _ ("Payment order added"));
  /* The decision has a new version with it: read both again. */
  load_decision (self);
}

static void
on_order_removed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportDecisionPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (rows == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      show_row_message (self->decide_error_row, text);
    }
  else
    _income_support_show_toast (GTK_WIDGET (self), _ ("Payment order removed"));
  load_decision (self);
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

static void
on_order_field_changed_cb (IncomeSupportDecisionPage *self, GtkEditable *editable)
{
  AdwEntryRow *entries[] = { self->payee_row,   self->iban_row,   self->reference_row,
                             self->message_row, self->amount_row, self->due_row };
  AdwActionRow *messages[]
      = { self->payee_error_row,   self->iban_error_row,   self->reference_error_row,
          self->message_error_row, self->amount_error_row, self->due_error_row };

  _income_support_mark_error (GTK_WIDGET (editable), FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (GTK_EDITABLE (entries[i]) == editable)
      show_row_message (messages[i], NULL);
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

  if (self->decision_id == 0 || self->decided || self->busy)
    return;
  support = _income_support_format_money (self->support_cents);
  /* Translators: the outcome ("Granted"), then the support */
  body = g_strdup_printf (
      _ ("%s, %s. A decision made does not change, and its payment orders are "
         "paid in the next payment run."),
      _income_support_choice_label (INCOME_SUPPORT_CHOICE_OUTCOME, self->outcome), support);
  dialog = _income_support_ask_to_decide (widget, _ ("Make the Decision?"), body);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_decide_response_cb), self, 0);
}

static void
preview_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  show_document (INCOME_SUPPORT_DECISION_PAGE (widget));
}

static void
add_order_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportDecisionPage *self = INCOME_SUPPORT_DECISION_PAGE (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *payee = g_strstrip (g_strdup (text_of (self->payee_row)));
  g_autofree char *reference = g_strstrip (g_strdup (text_of (self->reference_row)));
  g_autofree char *message = g_strstrip (g_strdup (text_of (self->message_row)));
  g_autofree char *decision_id = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *due = NULL;
  const char *iban = text_of (self->iban_row);
  const char *params[8];
  gboolean valid = TRUE;
  gint64 cents = 0;
  GDate due_on;

  if (self->decision_id == 0 || self->busy || self->context == NULL)
    return;
  clear_order_errors (self);

  if (*payee == '\0' || !kansio_validate_sepa_text (payee, 70, &error))
    {
      show_row_message (self->payee_error_row,
                        error != NULL ? error->message : _ ("Write whom the support is paid to."));
      _income_support_mark_error (GTK_WIDGET (self->payee_row), TRUE);
      valid = FALSE;
    }
  g_clear_error (&error);
  if (!kansio_validate_sepa_text (message, 140, &error))
    {
      show_row_message (self->message_error_row, error->message);
      _income_support_mark_error (GTK_WIDGET (self->message_row), TRUE);
      valid = FALSE;
    }
  g_clear_error (&error);
  if (!kansio_validate_iban (iban, &error))
    {
      show_row_message (self->iban_error_row, error->message);
      _income_support_mark_error (GTK_WIDGET (self->iban_row), TRUE);
      valid = FALSE;
    }
  g_clear_error (&error);
  if (*reference != '\0'
      && !(g_ascii_strncasecmp (reference, "RF", 2) == 0
               ? kansio_validate_rf_reference (reference, &error)
               : kansio_validate_reference (reference, &error)))
    {
      show_row_message (self->reference_error_row, error->message);
      _income_support_mark_error (GTK_WIDGET (self->reference_row), TRUE);
      valid = FALSE;
    }
  if (!_income_support_parse_amount (text_of (self->amount_row), &cents) || cents <= 0)
    {
      show_row_message (self->amount_error_row,
                        _ ("Write the amount in euros, more than zero, such as 250,00."));
      _income_support_mark_error (GTK_WIDGET (self->amount_row), TRUE);
      valid = FALSE;
    }
  else if (self->ordered_cents + cents > self->support_cents)
    {
      g_autofree char *left
          = _income_support_format_money (MAX (self->support_cents - self->ordered_cents, 0));
      g_autofree char *text
          = g_strdup_printf (_ ("The orders would exceed the support granted: %s is left."), left);

      show_row_message (self->amount_error_row, text);
      _income_support_mark_error (GTK_WIDGET (self->amount_row), TRUE);
      valid = FALSE;
    }
  if (!_income_support_parse_date (text_of (self->due_row), &due_on))
    {
      show_row_message (self->due_error_row, _ ("Write the due date as d.m.yyyy."));
      _income_support_mark_error (GTK_WIDGET (self->due_row), TRUE);
      valid = FALSE;
    }
  if (!valid)
    return;

  decision_id = _income_support_id_text (self->decision_id);
  amount = g_strdup_printf ("%" G_GINT64_FORMAT, cents);
  due = _income_support_iso_date (&due_on);
  params[0] = decision_id;
  params[1] = _income_support_choice_code (INCOME_SUPPORT_CHOICE_PAYMENT,
                                           adw_combo_row_get_selected (self->payment_kind_row));
  params[2] = payee;
  params[3] = iban;
  params[4] = *reference != '\0' ? reference : NULL;
  params[5] = *message != '\0' ? message : NULL;
  params[6] = amount;
  params[7] = due;
  set_busy (self, TRUE);
  kansio_database_query_async (kansio_context_get_database (self->context),
                               "SELECT api.is_payment_order_add ($1, $2, $3, $4, $5, $6, "
                               "$7::bigint, $8::date)",
                               params, G_N_ELEMENTS (params), self->cancellable, on_order_added_cb,
                               g_object_ref (self));
}

static void
on_sent_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportDecisionPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows
      = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (rows == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      show_row_message (self->decide_error_row, text);
    }
  else
    _income_support_show_toast (GTK_WIDGET (self), _ ("Sending recorded"));
  load_decision (self);
}

static void
on_sending_response_cb (AdwMessageDialog *dialog,
                        const char *response,
                        IncomeSupportDecisionPage *self)
{
  g_autofree char *decision_id = NULL;
  const char *params[2];

  if ((!g_str_equal (response, "post") && !g_str_equal (response, "electronic"))
      || self->decision_id == 0 || self->context == NULL || self->busy)
    return;
  decision_id = _income_support_id_text (self->decision_id);
  params[0] = decision_id;
  params[1] = response;
  set_busy (self, TRUE);
  kansio_database_query_async (kansio_context_get_database (self->context),
                               "SELECT api.is_decision_sent ($1, $2, current_date)", params, 2,
                               self->cancellable, on_sent_cb, g_object_ref (self));
}

/* Sent today, by post or electronically: the day is recorded as the
 * database's today, the day the rectification period starts from. */
static void
record_sending_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportDecisionPage *self = INCOME_SUPPORT_DECISION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (!self->decided || self->document_id == 0 || self->sent_on != NULL || self->busy)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
      GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _ ("Record the Sending?"),
      _ ("The decision is recorded as sent today. The rectification period runs from the day "
         "it reaches the client: seven days after posting, three after an electronic message.")));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"),
                                    "electronic", _ ("Sent _Electronically"), "post",
                                    _ ("Sent by _Post"), NULL);
  adw_message_dialog_set_default_response (dialog, "post");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_sending_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_order_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportDecisionPage *self = INCOME_SUPPORT_DECISION_PAGE (widget);
  g_autofree char *order_id = NULL;
  const char *params[1];

  if (self->busy || self->context == NULL || self->decided)
    return;
  order_id = g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (parameter));
  params[0] = order_id;
  show_row_message (self->decide_error_row, NULL);
  set_busy (self, TRUE);
  kansio_database_query_async (kansio_context_get_database (self->context),
                               "SELECT api.is_payment_order_remove ($1)", params, 1,
                               self->cancellable, on_order_removed_cb, g_object_ref (self));
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
  g_clear_object (&self->rates);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (income_support_decision_page_parent_class)->dispose (object);
}

static void
income_support_decision_page_finalize (GObject *object)
{
  IncomeSupportDecisionPage *self = INCOME_SUPPORT_DECISION_PAGE (object);

  forget_decision (self);
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
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, payments_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, orders_list);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, order_form_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, payment_kind_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, payee_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, payee_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, iban_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, iban_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, reference_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage,
                                        reference_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, message_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, amount_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, amount_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, due_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, due_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, add_order_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, sent_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, message_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, phrase_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, recovery_group);
  gtk_widget_class_bind_template_callback (widget_class, on_phrase_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_outcome_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_support_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_order_field_changed_cb);

  gtk_widget_class_install_action (widget_class, "income-support-decision.prepare", NULL,
                                   prepare_action);
  gtk_widget_class_install_action (widget_class, "income-support-decision.decide", NULL,
                                   decide_action);
  gtk_widget_class_install_action (widget_class, "income-support-decision.preview", NULL,
                                   preview_action);
  gtk_widget_class_install_action (widget_class, "income-support-decision.add-order", NULL,
                                   add_order_action);
  gtk_widget_class_install_action (widget_class, "income-support-decision.remove-order", "x",
                                   remove_order_action);
  gtk_widget_class_install_action (widget_class, "income-support-decision.record-sending", NULL,
                                   record_sending_action);
}

static void
income_support_decision_page_init (IncomeSupportDecisionPage *self)
{
  g_autoptr (GListModel) outcomes = _income_support_choice_model (INCOME_SUPPORT_CHOICE_OUTCOME);
  g_autoptr (GListModel) payments = _income_support_choice_model (INCOME_SUPPORT_CHOICE_PAYMENT);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->support_is_automatic = TRUE;
  adw_combo_row_set_model (self->outcome_combo, outcomes);
  adw_combo_row_set_model (self->payment_kind_row, payments);
  gtk_list_box_set_placeholder (self->orders_list, gtk_label_new (_ ("No payment orders yet")));
  update_calculation_row (self);
  update_view (self);
}

void
income_support_decision_page_set_context (IncomeSupportDecisionPage *self, KansioContext *context)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_PAGE (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  if (g_set_object (&self->context, context))
    g_clear_object (&self->rates);
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
      income_support_recovery_group_set_decision (self->recovery_group, NULL, 0, NULL, 0, 0);
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
  return self->decision_id;
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
  return self->stored_json;
}

gboolean
income_support_decision_page_get_is_decided (IncomeSupportDecisionPage *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_DECISION_PAGE (self), FALSE);
  return self->decided;
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
  g_autofree char *application_id = NULL;
  g_autofree char *support = NULL;
  const char *outcome;
  const char *params[5];
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

  application_id = _income_support_id_text (income_support_application_get_id (self->application));
  support = g_strdup_printf ("%" G_GINT64_FORMAT, cents);
  params[0] = application_id;
  params[1] = outcome;
  params[2] = support;
  params[3] = self->calculation_json;
  params[4] = reasons;
  set_busy (self, TRUE);
  kansio_database_query_async (kansio_context_get_database (self->context),
                               "SELECT api.is_decision_prepare ($1, $2, $3::bigint, $4, $5)",
                               params, G_N_ELEMENTS (params), self->cancellable, on_prepared_cb,
                               g_object_ref (self));
}
