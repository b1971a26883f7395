/* income-support-decision-page.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-decision-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-decision-calculation.h"
#include "income-support-decision-form.h"
#include "income-support-decision-page.h"
#include "income-support-decision-preview.h"
#include "income-support-decision-summary.h"
#include "income-support-format.h"
#include "income-support-order-list.h"
#include "income-support-recovery-group.h"
#include "income-support-send-dialog.h"

/* The decision on an application, made by two people. A handler prepares
 * it from the month calculated: the outcome, the support and the reasons
 * (IncomeSupportDecisionForm) and the payment orders (IncomeSupportOrderList). The decision is
 * composed from the approved template in the client's language, previewed
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
  KansioIncomeSupportApplication *application;
  IncomeSupportDecisionPreview *preview;
  gboolean may_handle;
  gboolean may_decide;
  guint load_serial;
  gboolean busy;

  /* The decision as the database has it: %NULL before one is prepared */
  gboolean loaded;
  gboolean show_when_loaded; /* its document, once read decided */
  KansioIncomeSupportDecision *decision;

  /* Template widgets */
  IncomeSupportDecisionSummary *summary;
  IncomeSupportDecisionCalculation *stored_group;
  IncomeSupportDecisionForm *form;
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

static gboolean
application_may_be_prepared (IncomeSupportDecisionPage *self)
{
  const char *status = self->application != NULL
                           ? kansio_income_support_application_get_status (self->application)
                           : NULL;

  return g_strcmp0 (status, "received") == 0 || g_strcmp0 (status, "in_processing") == 0;
}

static char *
client_name (IncomeSupportDecisionPage *self)
{
  KansioPerson *person = kansio_income_support_application_get_person (self->application);

  return g_strdup_printf ("%s %s",
                          kansio_person_get_field (person, KANSIO_PERSON_FIELD_FIRST_NAMES) ?: "",
                          kansio_person_get_field (person, KANSIO_PERSON_FIELD_SURNAME) ?: "");
}

/* What the client's documents are written in. */
static KansioLanguage
client_language (IncomeSupportDecisionPage *self)
{
  KansioPerson *person = kansio_income_support_application_get_person (self->application);
  KansioLanguage language = KANSIO_LANGUAGE_FINNISH;

  if (!kansio_language_from_code (kansio_person_get_field (person, KANSIO_PERSON_FIELD_LANGUAGE),
                                  &language))
    return KANSIO_LANGUAGE_FINNISH;
  return language;
}

static void
update_view (IncomeSupportDecisionPage *self)
{
  gboolean has_decision = self->decision != NULL;
  gboolean open
      = self->application != NULL && kansio_income_support_application_is_open (self->application);
  gboolean may_prepare = self->may_handle && open && !is_decided (self);
  gboolean rejected
      = has_decision
        && g_strcmp0 (kansio_income_support_decision_get_outcome (self->decision), "rejected") == 0;

  income_support_decision_summary_update (self->summary, self->decision, self->loaded,
                                          self->may_handle, self->may_decide);
  gtk_widget_set_visible (GTK_WIDGET (self->stored_group),
                          has_decision && stored_calculation (self) != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->form), may_prepare);
  income_support_decision_form_set_waiting (self->form,
                                            may_prepare && !application_may_be_prepared (self));

  gtk_widget_set_visible (GTK_WIDGET (self->order_list), has_decision && !rejected);

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

  income_support_decision_form_reset (self->form);
  income_support_decision_summary_show_error (self->summary, NULL);
  income_support_order_list_reset (self->order_list, name);
}

static void
forget_decision (IncomeSupportDecisionPage *self)
{
  self->loaded = FALSE;
  g_clear_object (&self->decision);
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
  income_support_decision_summary_show_error (self->summary, message);
}

/* An order added or taken back: the decision has a new version. */
static void
on_orders_changed_cb (IncomeSupportDecisionPage *self)
{
  load_decision (self);
}

static void
/* What only the page shows of the decision: the calculation it was
 * prepared with, and what was prepared back in the form. */
show_decision (IncomeSupportDecisionPage *self)
{
  income_support_decision_calculation_set_json (self->stored_group, stored_calculation (self));
  if (!is_decided (self))
    income_support_decision_form_fill (self->form, self->decision);
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
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->summary), text);
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
                                            gtk_widget_get_visible (GTK_WIDGET (self->form)),
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
  kansio_income_support_decision_get_async (
      kansio_context_get_database (self->context),
      kansio_income_support_application_get_id (self->application), self->cancellable,
      on_decision_loaded_cb, load_job_new (self));
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
      income_support_decision_form_show_error (self->form, text);
      if (g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT))
        load_decision (self);
      return;
    }
  income_support_decision_form_show_error (self->form, NULL);
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

      income_support_decision_summary_show_error (self->summary, text);
      /* Changed by someone else: show the decision as it is now. */
      if (g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT))
        load_decision (self);
      return;
    }
  income_support_decision_summary_show_error (self->summary, NULL);
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

      income_support_decision_summary_show_error (self->summary, message);
      return;
    }
  income_support_decision_summary_show_error (self->summary, NULL);
  window = _income_support_present_document (
      GTK_WIDGET (self), self->context,
      kansio_income_support_application_get_person (self->application), document);
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
  income_support_decision_summary_show_error (self->summary, NULL);
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

      income_support_decision_summary_show_error (self->summary, text);
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
  g_clear_object (&self->decision);
  g_clear_object (&self->preview);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (income_support_decision_page_parent_class)->dispose (object);
}

static void
income_support_decision_page_class_init (IncomeSupportDecisionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_decision_page_dispose;

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

  g_type_ensure (INCOME_SUPPORT_TYPE_DECISION_CALCULATION);
  g_type_ensure (INCOME_SUPPORT_TYPE_DECISION_FORM);
  g_type_ensure (INCOME_SUPPORT_TYPE_DECISION_SUMMARY);
  g_type_ensure (INCOME_SUPPORT_TYPE_RECOVERY_GROUP);
  g_type_ensure (INCOME_SUPPORT_TYPE_ORDER_LIST);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-decision-page.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, stored_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, summary);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, form);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, order_list);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportDecisionPage, recovery_group);
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
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->preview = income_support_decision_preview_new ();
  update_view (self);
}

void
income_support_decision_page_set_context (IncomeSupportDecisionPage *self, KansioContext *context)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_PAGE (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  g_set_object (&self->context, context);
  income_support_decision_preview_set_context (self->preview, context);
  income_support_decision_form_set_context (self->form, context);
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
                                              KansioIncomeSupportApplication *application)
{
  gboolean same;

  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_PAGE (self));
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (application));

  same = self->application != NULL
         && kansio_income_support_application_get_id (self->application)
                == kansio_income_support_application_get_id (application);
  g_set_object (&self->application, application);
  income_support_decision_form_set_language (self->form, client_language (self));
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

  income_support_decision_form_set_calculation (self->form, calculation, calculation_json);
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
  if (!gtk_widget_is_visible (GTK_WIDGET (self->form)) || !application_may_be_prepared (self))
    return;
  if (!income_support_decision_form_check (self->form, &outcome, &cents, &reasons))
    return;

  set_busy (self, TRUE);
  kansio_income_support_decision_prepare_async (
      kansio_context_get_database (self->context),
      kansio_income_support_application_get_id (self->application), outcome, cents,
      income_support_decision_form_get_calculation_json (self->form), reasons, self->cancellable,
      on_prepared_cb, g_object_ref (self));
}
