/* income-support-recovery-group.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-recovery-group"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-format.h"
#include "income-support-recovery-group.h"

/* Recovery (takaisinperintä) of support paid on a decision, on the
 * decision page once support has been paid. A handler prepares the amount
 * and the reasons; another decision-maker decides; the recovery decision
 * is then composed from its own template in the client's language, and
 * the copy stored in the client's documents is linked to the recovery.
 * The database keeps the amount within what was paid and refuses the
 * preparer as the decider; the group shows why. */
struct _IncomeSupportRecoveryGroup
{
  AdwBin parent_instance;

  KansioContext *context;
  GCancellable *cancellable;
  KansioIncomeSupportApplication *application;
  KansioIncomeSupportDecision *decision; /* decided, or %NULL */
  gint64 paid_cents;
  gboolean may_handle;
  gboolean may_decide;
  gboolean busy;
  guint load_serial;
  GListModel *recoveries; /* of KansioIncomeSupportRecovery */
  gint64 deciding_id;     /* the recovery being decided */
  gint64 composing_id;    /* the recovery whose document is being made */

  GtkListBox *recoveries_list;
  AdwPreferencesGroup *form_group;
  AdwEntryRow *amount_row;
  AdwActionRow *amount_error_row;
  AdwPreferencesGroup *reasons_group;
  GtkTextView *reasons_view;
  GtkWidget *prepare_box;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (IncomeSupportRecoveryGroup, income_support_recovery_group, ADW_TYPE_BIN)

static void load_recoveries (IncomeSupportRecoveryGroup *self);
static void compose_recovery (IncomeSupportRecoveryGroup *self, gint64 recovery_id);
static void await_document (IncomeSupportRecoveryGroup *self, gint64 recovery_id);

static guint
n_recoveries (IncomeSupportRecoveryGroup *self)
{
  return self->recoveries != NULL ? g_list_model_get_n_items (self->recoveries) : 0;
}

static gint64
recovered_cents (IncomeSupportRecoveryGroup *self)
{
  gint64 sum = 0;

  for (guint i = 0; i < n_recoveries (self); i++)
    {
      g_autoptr (KansioIncomeSupportRecovery) recovery
          = g_list_model_get_item (self->recoveries, i);

      sum += kansio_income_support_recovery_get_amount_cents (recovery);
    }
  return sum;
}

/* Returns: (transfer full) (nullable): the recovery listed with that id */
static KansioIncomeSupportRecovery *
find_recovery (IncomeSupportRecoveryGroup *self, gint64 recovery_id)
{
  for (guint i = 0; i < n_recoveries (self); i++)
    {
      g_autoptr (KansioIncomeSupportRecovery) recovery
          = g_list_model_get_item (self->recoveries, i);

      if (kansio_income_support_recovery_get_id (recovery) == recovery_id)
        return g_steal_pointer (&recovery);
    }
  return NULL;
}

static void
show_error (IncomeSupportRecoveryGroup *self, const char *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
show_amount_error (IncomeSupportRecoveryGroup *self, const char *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->amount_error_row),
                                 message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->amount_error_row), message != NULL);
  _income_support_mark_error (GTK_WIDGET (self->amount_row), message != NULL);
}

static void
update_view (IncomeSupportRecoveryGroup *self)
{
  guint n = n_recoveries (self);
  gboolean left = self->paid_cents > recovered_cents (self);
  gboolean may_prepare = self->may_handle && self->decision != NULL && left;

  /* Nothing paid, nothing to recover: the group stays out of the way. */
  gtk_widget_set_visible (GTK_WIDGET (self),
                          self->decision != NULL && (self->paid_cents > 0 || n > 0));
  gtk_widget_set_visible (GTK_WIDGET (self->form_group), may_prepare);
  gtk_widget_set_visible (GTK_WIDGET (self->reasons_group), may_prepare);
  gtk_widget_set_visible (self->prepare_box, may_prepare);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-recovery.prepare",
                                 may_prepare && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-recovery.decide",
                                 self->may_decide && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-recovery.document",
                                 !self->busy);
}

static void
set_busy (IncomeSupportRecoveryGroup *self, gboolean busy)
{
  self->busy = busy;
  update_view (self);
}

/* Without a mnemonic: every row has one, and the page has its own. */
static GtkWidget *
row_button (const char *label, const char *action_name, gint64 recovery_id, const char *amount)
{
  GtkWidget *button = gtk_button_new_with_label (label);
  g_autofree char *description = g_strdup_printf ("%s %s", label, amount);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_int64 (recovery_id));
  return button;
}

/* A recovery: its amount, who prepared and who decided, and what can be
 * done with it now. */
static GtkWidget *
create_recovery_row_cb (gpointer item, gpointer user_data)
{
  IncomeSupportRecoveryGroup *self = user_data;
  KansioIncomeSupportRecovery *recovery = item;
  gint64 id = kansio_income_support_recovery_get_id (recovery);
  gboolean decided = kansio_income_support_recovery_get_is_decided (recovery);
  g_autofree char *amount
      = _income_support_format_money (kansio_income_support_recovery_get_amount_cents (recovery));
  g_autofree char *prepared_at = _income_support_format_timestamp (
      kansio_income_support_recovery_get_prepared_at (recovery));
  g_autofree char *decided_at
      = _income_support_format_timestamp (kansio_income_support_recovery_get_decided_at (recovery));
  const char *prepared_by = kansio_income_support_recovery_get_prepared_by (recovery);
  const char *decided_by = kansio_income_support_recovery_get_decided_by (recovery);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (decided)
    /* Translators: who prepared and when, then who decided and when */
    subtitle = g_strdup_printf (_ ("Prepared by %s, %s. Decided by %s, %s."), prepared_by ?: "",
                                prepared_at, decided_by ?: "", decided_at);
  else
    /* Translators: who prepared and when */
    subtitle = g_strdup_printf (_ ("Prepared by %s, %s. Waiting for a decision-maker."),
                                prepared_by ?: "", prepared_at);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), amount);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row),
                                decided ? "emblem-ok-symbolic" : "document-edit-symbolic");
  if (!decided && self->may_decide)
    adw_action_row_add_suffix (
        ADW_ACTION_ROW (row),
        row_button (_ ("Decide…"), "income-support-recovery.decide", id, amount));
  /* The decision sent is saved by whoever decided it, with their
   * signature; then anyone opens it. */
  if (kansio_income_support_recovery_get_document_id (recovery) != 0)
    adw_action_row_add_suffix (
        ADW_ACTION_ROW (row),
        row_button (_ ("Open Decision…"), "income-support-recovery.document", id, amount));
  else if (decided && kansio_income_support_recovery_get_decided_by_me (recovery))
    adw_action_row_add_suffix (
        ADW_ACTION_ROW (row),
        row_button (_ ("Compose Decision…"), "income-support-recovery.document", id, amount));
  return row;
}

static void
show_recoveries (IncomeSupportRecoveryGroup *self)
{
  gtk_list_box_bind_model (self->recoveries_list, self->recoveries,
                           self->recoveries != NULL ? create_recovery_row_cb : NULL, self, NULL);
}

static void
update_description (IncomeSupportRecoveryGroup *self)
{
  g_autofree char *paid = _income_support_format_money (self->paid_cents);
  g_autofree char *left
      = _income_support_format_money (MAX (self->paid_cents - recovered_cents (self), 0));
  g_autofree char *text = NULL;

  /* Translators: what was paid on the decision, then what is left to recover */
  text = g_strdup_printf (_ ("Paid on this decision %s; at most %s can still be recovered."), paid,
                          left);
  adw_preferences_group_set_description (self->form_group, text);
}

typedef struct
{
  IncomeSupportRecoveryGroup *self;
  guint serial;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_object_unref (job->self);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadJob, load_job_free)

static void
on_recoveries_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  IncomeSupportRecoveryGroup *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) recoveries = NULL;

  recoveries = kansio_income_support_decision_list_recoveries_finish (
      KANSIO_INCOME_SUPPORT_DECISION (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->load_serial)
    return;
  if (recoveries == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      show_error (self, text);
      return;
    }
  g_clear_object (&self->recoveries);
  self->recoveries = g_steal_pointer (&recoveries);
  show_recoveries (self);
  update_description (self);
  update_view (self);
}

static void
load_recoveries (IncomeSupportRecoveryGroup *self)
{
  LoadJob *job;

  if (self->context == NULL || self->decision == NULL)
    return;
  job = g_new0 (LoadJob, 1);
  job->self = g_object_ref (self);
  job->serial = ++self->load_serial;
  kansio_income_support_decision_list_recoveries_async (self->decision, self->cancellable,
                                                        on_recoveries_loaded_cb, job);
}

/* Preparing */

static char *
reasons_text (IncomeSupportRecoveryGroup *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reasons_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
on_prepared_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportRecoveryGroup) self = user_data;
  g_autoptr (GError) error = NULL;

  kansio_income_support_decision_prepare_recovery_finish (KANSIO_INCOME_SUPPORT_DECISION (object),
                                                          result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (error != NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      /* What was written stays for another try. */
      if (g_strcmp0 (kansio_database_error_get_column (error), "amount") == 0)
        show_amount_error (self, text);
      else
        show_error (self, text);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reasons_view), "", -1);
  show_error (self, NULL);
  _income_support_show_toast (GTK_WIDGET (self), _ ("Recovery prepared"));
  load_recoveries (self);
}

static void
prepare_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  income_support_recovery_group_prepare (INCOME_SUPPORT_RECOVERY_GROUP (widget));
}

/* Deciding */

static void
on_decided_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportRecoveryGroup) self = user_data;
  g_autoptr (GError) error = NULL;

  kansio_income_support_recovery_decide_finish (KANSIO_INCOME_SUPPORT_RECOVERY (object), result,
                                                &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (error != NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      show_error (self, text);
      load_recoveries (self);
      return;
    }
  show_error (self, NULL);
  _income_support_show_toast (GTK_WIDGET (self), _ ("Recovery decided"));
  load_recoveries (self);
  /* The decision's document is made by the document service. */
  await_document (self, self->deciding_id);
}

static void
on_decide_response_cb (AdwMessageDialog *dialog,
                       const char *response,
                       IncomeSupportRecoveryGroup *self)
{
  gint64 recovery_id = _income_support_get_id (dialog, "recovery-id");
  g_autoptr (KansioIncomeSupportRecovery) recovery = NULL;

  if (!g_str_equal (response, "decide") || self->context == NULL)
    return;
  recovery = find_recovery (self, recovery_id);
  if (recovery == NULL)
    return;
  self->deciding_id = recovery_id;
  set_busy (self, TRUE);
  kansio_income_support_recovery_decide_async (recovery, self->cancellable, on_decided_cb,
                                               g_object_ref (self));
}

static void
decide_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportRecoveryGroup *self = INCOME_SUPPORT_RECOVERY_GROUP (widget);
  gint64 recovery_id = g_variant_get_int64 (parameter);
  g_autoptr (KansioIncomeSupportRecovery) recovery = find_recovery (self, recovery_id);
  g_autofree char *amount = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (recovery == NULL || self->busy)
    return;
  amount
      = _income_support_format_money (kansio_income_support_recovery_get_amount_cents (recovery));
  /* Translators: an amount of money */
  body = g_strdup_printf (_ ("%s is recovered from the client. A decision made does not change."),
                          amount);
  dialog = _income_support_ask_to_decide (widget, _ ("Decide the Recovery?"), body);
  _income_support_set_id (dialog, "recovery-id", recovery_id);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_decide_response_cb), self, 0);
}

/* The recovery decision's document */

/* A draft before the decision; the decision's own once it is made. */
static void
present_document (IncomeSupportRecoveryGroup *self, KansioDocument *document)
{
  KansioDocumentWindow *window = _income_support_present_document (
      GTK_WIDGET (self), self->context,
      kansio_income_support_application_get_person (self->application), document);

  gtk_widget_set_name (GTK_WIDGET (window), "income-support-recovery-document");
}

static void
show_document (IncomeSupportRecoveryGroup *self, KansioDocument *document, GError *error)
{
  set_busy (self, FALSE);
  if (document == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);
      g_autofree char *message
          = g_strdup_printf (_ ("The recovery decision could not be composed: %s"), text);

      show_error (self, message);
      return;
    }
  present_document (self, document);
}

static void
on_composed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportRecoveryGroup) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document
      = kansio_document_composer_compose_finish (KANSIO_DOCUMENT_COMPOSER (object), result, &error);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_document (self, document, error);
}

static void
on_opened_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportRecoveryGroup) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document
      = kansio_document_composer_open_finish (KANSIO_DOCUMENT_COMPOSER (object), result, &error);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_document (self, document, error);
}

static void
on_awaited_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportRecoveryGroup) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document
      = kansio_document_composer_await_finish (KANSIO_DOCUMENT_COMPOSER (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  show_document (self, document, error);
  load_recoveries (self);
}

/* The document service makes a recovery decision's document as it is
 * decided: shown when stored. */
static void
await_document (IncomeSupportRecoveryGroup *self, gint64 recovery_id)
{
  self->composing_id = recovery_id;
  set_busy (self, TRUE);
  kansio_document_composer_await_async (kansio_context_get_documents (self->context),
                                        "is-recovery-decision", recovery_id, self->cancellable,
                                        on_awaited_cb, g_object_ref (self));
}

static char *
local_day_of (const char *timestamp)
{
  g_autoptr (GDateTime) time
      = timestamp != NULL ? g_date_time_new_from_iso8601 (timestamp, NULL) : NULL;
  g_autoptr (GDateTime) local = time != NULL ? g_date_time_to_local (time) : NULL;

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d") : NULL;
}

/* The recovery's own fields, beside the client's and the signer's. */
static void
compose_recovery (IncomeSupportRecoveryGroup *self, gint64 recovery_id)
{
  KansioPerson *person = kansio_income_support_application_get_person (self->application);
  const char *code = kansio_person_get_field (person, KANSIO_PERSON_FIELD_LANGUAGE);
  KansioLanguage language;
  g_autoptr (KansioMergeData) data = kansio_merge_data_new ();
  g_autofree char *period = kansio_income_support_application_dup_period (self->application);
  g_autofree char *decided_on = NULL;
  g_autoptr (KansioIncomeSupportRecovery) recovery = find_recovery (self, recovery_id);

  if (recovery == NULL || self->context == NULL || self->decision == NULL)
    return;
  decided_on = local_day_of (kansio_income_support_decision_get_decided_at (self->decision));
  if (!kansio_language_from_code (code, &language))
    code = NULL;
  kansio_merge_data_set_money (data, "recovery.amount",
                               kansio_income_support_recovery_get_amount_cents (recovery));
  kansio_merge_data_set_text (data, "recovery.reasons",
                              kansio_income_support_recovery_get_reasons (recovery) ?: "");
  kansio_merge_data_set_money (data, "recovery.paid", self->paid_cents);
  kansio_merge_data_set_money (data, "decision.support",
                               kansio_income_support_decision_get_support_cents (self->decision));
  if (decided_on != NULL)
    kansio_merge_data_set_iso_date (data, "decision.decided_on", decided_on);
  kansio_merge_data_set_iso_date (
      data, "application.received_on",
      kansio_income_support_application_get_received_on (self->application));
  kansio_merge_data_set_text (data, "application.period", period);

  self->composing_id = recovery_id;
  set_busy (self, TRUE);
  kansio_document_composer_compose_async (
      kansio_context_get_documents (self->context), "income-support-recovery-decision",
      kansio_income_support_application_get_person_id (self->application),
      kansio_income_support_application_get_case_id (self->application), code, data,
      self->cancellable, on_composed_cb, g_object_ref (self));
}

static void
document_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportRecoveryGroup *self = INCOME_SUPPORT_RECOVERY_GROUP (widget);
  gint64 recovery_id = g_variant_get_int64 (parameter);
  g_autoptr (KansioIncomeSupportRecovery) recovery = find_recovery (self, recovery_id);

  if (recovery == NULL || self->busy || self->context == NULL)
    return;
  show_error (self, NULL);
  if (kansio_income_support_recovery_get_document_id (recovery) == 0)
    {
      if (kansio_income_support_recovery_get_is_decided (recovery))
        await_document (self, recovery_id);
      else
        compose_recovery (self, recovery_id);
      return;
    }
  self->composing_id = recovery_id;
  set_busy (self, TRUE);
  kansio_document_composer_open_async (kansio_context_get_documents (self->context),
                                       kansio_income_support_recovery_get_document_id (recovery),
                                       self->cancellable, on_opened_cb, g_object_ref (self));
}

static void
on_amount_changed_cb (IncomeSupportRecoveryGroup *self)
{
  show_amount_error (self, NULL);
}

/* Overrides */

static void
income_support_recovery_group_dispose (GObject *object)
{
  IncomeSupportRecoveryGroup *self = INCOME_SUPPORT_RECOVERY_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_RECOVERY_GROUP);
  g_clear_object (&self->recoveries);
  g_clear_object (&self->application);
  g_clear_object (&self->decision);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (income_support_recovery_group_parent_class)->dispose (object);
}

static void
income_support_recovery_group_class_init (IncomeSupportRecoveryGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_recovery_group_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-recovery-group.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportRecoveryGroup, recoveries_list);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportRecoveryGroup, form_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportRecoveryGroup, amount_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportRecoveryGroup, amount_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportRecoveryGroup, reasons_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportRecoveryGroup, reasons_view);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportRecoveryGroup, prepare_box);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportRecoveryGroup, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_amount_changed_cb);

  gtk_widget_class_install_action (widget_class, "income-support-recovery.prepare", NULL,
                                   prepare_action);
  gtk_widget_class_install_action (widget_class, "income-support-recovery.decide", "x",
                                   decide_action);
  gtk_widget_class_install_action (widget_class, "income-support-recovery.document", "x",
                                   document_action);
}

static void
income_support_recovery_group_init (IncomeSupportRecoveryGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  update_view (self);
}

void
income_support_recovery_group_set_context (IncomeSupportRecoveryGroup *self, KansioContext *context)
{
  g_return_if_fail (INCOME_SUPPORT_IS_RECOVERY_GROUP (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  g_set_object (&self->context, context);
}

/**
 * income_support_recovery_group_set_rights:
 * @may_handle: whether the user prepares recoveries
 * @may_decide: whether the user decides them
 *
 * Which buttons to offer; the database decides what is allowed.
 */
void
income_support_recovery_group_set_rights (IncomeSupportRecoveryGroup *self,
                                          gboolean may_handle,
                                          gboolean may_decide)
{
  g_return_if_fail (INCOME_SUPPORT_IS_RECOVERY_GROUP (self));

  self->may_handle = may_handle;
  self->may_decide = may_decide;
  show_recoveries (self);
  update_view (self);
}

/**
 * income_support_recovery_group_set_decision:
 * @application: (nullable): the application decided
 * @decision: (nullable): its decision once decided; %NULL to show nothing
 * @paid_cents: what has been paid on it in payment runs
 *
 * Shows the recoveries of a decided decision and, while something paid
 * is left, the form to prepare one. Another decision starts afresh.
 */
void
income_support_recovery_group_set_decision (IncomeSupportRecoveryGroup *self,
                                            KansioIncomeSupportApplication *application,
                                            KansioIncomeSupportDecision *decision,
                                            gint64 paid_cents)
{
  gint64 old_id;

  g_return_if_fail (INCOME_SUPPORT_IS_RECOVERY_GROUP (self));
  g_return_if_fail (application == NULL || KANSIO_IS_INCOME_SUPPORT_APPLICATION (application));
  g_return_if_fail (decision == NULL || KANSIO_IS_INCOME_SUPPORT_DECISION (decision));

  old_id = self->decision != NULL ? kansio_income_support_decision_get_id (self->decision) : 0;
  if ((decision != NULL ? kansio_income_support_decision_get_id (decision) : 0) != old_id)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      self->cancellable = g_cancellable_new ();
      self->busy = FALSE;
      g_clear_object (&self->recoveries);
      gtk_editable_set_text (GTK_EDITABLE (self->amount_row), "");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reasons_view), "", -1);
      show_error (self, NULL);
      show_amount_error (self, NULL);
      show_recoveries (self);
    }
  g_set_object (&self->application, application);
  g_set_object (&self->decision, decision);
  self->paid_cents = paid_cents;
  update_description (self);
  update_view (self);
  load_recoveries (self);
}

/**
 * income_support_recovery_group_prepare:
 *
 * Prepares the recovery as the form has it; what is wrong is shown
 * instead.
 */
void
income_support_recovery_group_prepare (IncomeSupportRecoveryGroup *self)
{
  g_autofree char *reasons = NULL;
  gint64 cents = 0;
  gint64 left;

  g_return_if_fail (INCOME_SUPPORT_IS_RECOVERY_GROUP (self));

  if (self->context == NULL || self->decision == NULL || self->busy || !self->may_handle)
    return;
  show_error (self, NULL);
  left = self->paid_cents - recovered_cents (self);
  if (!_income_support_parse_amount (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)),
                                     &cents)
      || cents <= 0)
    {
      show_amount_error (self, _ ("Write the amount in euros, more than zero, such as 250,00."));
      gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
      return;
    }
  if (cents > left)
    {
      g_autofree char *most = _income_support_format_money (MAX (left, 0));
      g_autofree char *text
          = g_strdup_printf (_ ("At most what was paid is recovered: %s is left."), most);

      show_amount_error (self, text);
      gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
      return;
    }
  reasons = reasons_text (self);
  if (*reasons == '\0')
    {
      show_error (self, _ ("Write the reasons of the recovery."));
      gtk_widget_grab_focus (GTK_WIDGET (self->reasons_view));
      return;
    }

  set_busy (self, TRUE);
  kansio_income_support_decision_prepare_recovery_async (
      self->decision, cents, reasons, self->cancellable, on_prepared_cb, g_object_ref (self));
}
