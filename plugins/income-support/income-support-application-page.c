/* income-support-application-page.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-application-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-application-details.h"
#include "income-support-application-page.h"
#include "income-support-calculation-editor.h"
#include "income-support-decision-page.h"
#include "income-support-format.h"

/* One application, in three tabs: the application itself
 * (IncomeSupportApplicationDetails: its status and the steps a handler may
 * take, the deadline, the household and the attachments), the calculation
 * of a month, and the decision. The application is a
 * KansioIncomeSupportApplication, read with its client.
 *
 * Reading the application again (after a change, or F5) refreshes what the
 * database has; what the user is typing in the calculation and the
 * decision stays. Another application starts afresh. */
struct _IncomeSupportApplicationPage
{
  AdwBin parent_instance;

  KansioContext *context;
  GCancellable *cancellable;
  gboolean may_handle;
  gboolean may_decide;
  gint64 application_id;
  gint64 person_id;
  KansioIncomeSupportApplication *application;
  guint serial;
  gboolean editor_filled;

  /* Template widgets */
  GtkWidget *back_button;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkStack *state_stack;
  AdwStatusPage *failed_page;
  AdwViewStack *view_stack;
  IncomeSupportApplicationDetails *details;
  IncomeSupportCalculationEditor *calculation_editor;
  IncomeSupportDecisionPage *decision_page;
};

G_DEFINE_FINAL_TYPE (IncomeSupportApplicationPage, income_support_application_page, ADW_TYPE_BIN)

enum
{
  CLOSED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  IncomeSupportApplicationPage *self;
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
load_job_new (IncomeSupportApplicationPage *self)
{
  LoadJob *job = g_new0 (LoadJob, 1);

  job->self = g_object_ref (self);
  job->serial = self->serial;
  return job;
}

static void load_application (IncomeSupportApplicationPage *self);

static gboolean
is_open (IncomeSupportApplicationPage *self)
{
  return self->application != NULL && kansio_income_support_application_is_open (self->application);
}

static void
fill_title (IncomeSupportApplicationPage *self)
{
  KansioPerson *person = kansio_income_support_application_get_person (self->application);
  g_autofree char *name = NULL;
  g_autofree char *number = NULL;
  g_autofree char *subtitle = NULL;

  name = g_strdup_printf ("%s %s",
                          kansio_person_get_field (person, KANSIO_PERSON_FIELD_FIRST_NAMES) ?: "",
                          kansio_person_get_field (person, KANSIO_PERSON_FIELD_SURNAME) ?: "");
  gtk_label_set_label (self->title_label, name);
  number = g_strdup_printf ("%" G_GINT64_FORMAT,
                            kansio_income_support_application_get_id (self->application));
  /* Translators: an identity code, then the application's number */
  subtitle = g_strdup_printf (
      _ ("%s · application %s"),
      kansio_person_get_field (person, KANSIO_PERSON_FIELD_IDENTITY_CODE) ?: "", number);
  gtk_label_set_label (self->subtitle_label, subtitle);
}

/* The calculation made for the decision comes back to the editor once the
 * household and the decision are both known, unless the user has begun
 * typing. */
static void
fill_editor_from_decision (IncomeSupportApplicationPage *self)
{
  const char *stored = income_support_decision_page_get_stored_calculation (self->decision_page);

  if (self->editor_filled || !income_support_application_details_get_members_loaded (self->details)
      || stored == NULL
      || income_support_calculation_editor_get_is_touched (self->calculation_editor))
    return;
  self->editor_filled = TRUE;
  income_support_calculation_editor_fill_from_json (self->calculation_editor, stored);
}

static void
update_editability (IncomeSupportApplicationPage *self)
{
  income_support_calculation_editor_set_editable (
      self->calculation_editor,
      self->may_handle && is_open (self)
          && !income_support_decision_page_get_is_decided (self->decision_page));
}

/* Loading */

static void
on_application_got_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  IncomeSupportApplicationPage *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioIncomeSupportApplication) application
      = kansio_income_support_application_get_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->serial)
    return;
  if (application == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      adw_status_page_set_description (self->failed_page, text);
      gtk_stack_set_visible_child_name (self->state_stack, "failed");
      return;
    }

  g_set_object (&self->application, application);
  fill_title (self);
  gtk_stack_set_visible_child_name (self->state_stack, "application");
  income_support_application_details_set_application (self->details, application);
  income_support_calculation_editor_set_application (self->calculation_editor, application);
  income_support_decision_page_set_application (self->decision_page, application);
  update_editability (self);
}

static void
load_application (IncomeSupportApplicationPage *self)
{
  if (self->context == NULL || self->application_id == 0)
    return;
  self->serial++;
  income_support_application_details_show_error (self->details, NULL);
  if (self->application == NULL)
    gtk_stack_set_visible_child_name (self->state_stack, "loading");
  kansio_income_support_application_get_async (self->context, self->person_id, self->application_id,
                                               self->cancellable, on_application_got_cb,
                                               load_job_new (self));
}

static void
on_details_reload_cb (IncomeSupportApplicationPage *self)
{
  load_application (self);
}

static void
on_details_changed_cb (IncomeSupportApplicationPage *self)
{
  load_application (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The household read: the calculation is of it. */
static void
on_members_loaded_cb (IncomeSupportApplicationPage *self)
{
  income_support_calculation_editor_set_members (
      self->calculation_editor, income_support_application_details_get_members (self->details));
  fill_editor_from_decision (self);
}

static void
on_calculation_changed_cb (IncomeSupportApplicationPage *self)
{
  g_autofree char *json
      = income_support_calculation_editor_dup_decision_json (self->calculation_editor);

  income_support_decision_page_set_calculation (
      self->decision_page,
      income_support_calculation_editor_get_calculation (self->calculation_editor), json);
}

static void
on_decision_changed_cb (IncomeSupportApplicationPage *self)
{
  load_application (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_decision_loaded_cb (IncomeSupportApplicationPage *self)
{
  update_editability (self);
  fill_editor_from_decision (self);
}

/* Actions */

static void
back_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

static void
reload_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportApplicationPage *self = INCOME_SUPPORT_APPLICATION_PAGE (widget);

  income_support_application_page_reload (self);
}

static void
save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportApplicationPage *self = INCOME_SUPPORT_APPLICATION_PAGE (widget);
  const char *tab = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (tab, "calculation") == 0)
    income_support_calculation_editor_calculate (self->calculation_editor);
  else if (g_strcmp0 (tab, "decision") == 0)
    income_support_decision_page_prepare (self->decision_page);
}

/* Overrides */

static void
income_support_application_page_dispose (GObject *object)
{
  IncomeSupportApplicationPage *self = INCOME_SUPPORT_APPLICATION_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_APPLICATION_PAGE);
  g_clear_object (&self->application);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (income_support_application_page_parent_class)->dispose (object);
}

static void
income_support_application_page_class_init (IncomeSupportApplicationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_application_page_dispose;

  /**
   * IncomeSupportApplicationPage::closed:
   *
   * The user went back to the list.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);
  /**
   * IncomeSupportApplicationPage::changed:
   *
   * The application changed in the database: its status, its deadline or
   * its decision.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (INCOME_SUPPORT_TYPE_APPLICATION_DETAILS);
  g_type_ensure (INCOME_SUPPORT_TYPE_CALCULATION_EDITOR);
  g_type_ensure (INCOME_SUPPORT_TYPE_DECISION_PAGE);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-application-page.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, state_stack);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, failed_page);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, details);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage,
                                        calculation_editor);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, decision_page);
  gtk_widget_class_bind_template_callback (widget_class, on_details_reload_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_details_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_members_loaded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calculation_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_decision_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_decision_loaded_cb);

  gtk_widget_class_install_action (widget_class, "income-support-application.back", NULL,
                                   back_action);
  gtk_widget_class_install_action (widget_class, "income-support-application.reload", NULL,
                                   reload_action);
  gtk_widget_class_install_action (widget_class, "income-support-application.save", NULL,
                                   save_action);
}

static void
income_support_application_page_init (IncomeSupportApplicationPage *self)
{
  GtkShortcutController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Wherever the focus is while the page is shown; F5 is the
   * workspace's, which reloads what is shown. */
  shortcuts = _income_support_add_managed_shortcuts (GTK_WIDGET (self));
  _income_support_add_shortcut (shortcuts, GDK_KEY_Escape, 0, "income-support-application.back");
  _income_support_add_shortcut (shortcuts, GDK_KEY_Left, GDK_ALT_MASK,
                                "income-support-application.back");
  _income_support_add_shortcut (shortcuts, GDK_KEY_s, GDK_CONTROL_MASK,
                                "income-support-application.save");

  self->cancellable = g_cancellable_new ();
}

void
income_support_application_page_set_context (IncomeSupportApplicationPage *self,
                                             KansioContext *context)
{
  g_return_if_fail (INCOME_SUPPORT_IS_APPLICATION_PAGE (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  g_set_object (&self->context, context);
  income_support_calculation_editor_set_context (self->calculation_editor, context);
  income_support_decision_page_set_context (self->decision_page, context);
}

/**
 * income_support_application_page_set_rights:
 * @may_handle: whether the user handles income support
 * @may_decide: whether the user decides income support
 *
 * Which steps to offer. The database checks each one in the case's unit.
 */
void
income_support_application_page_set_rights (IncomeSupportApplicationPage *self,
                                            gboolean may_handle,
                                            gboolean may_decide)
{
  g_return_if_fail (INCOME_SUPPORT_IS_APPLICATION_PAGE (self));

  self->may_handle = may_handle;
  self->may_decide = may_decide;
  income_support_decision_page_set_rights (self->decision_page, may_handle, may_decide);
  income_support_application_details_set_may_handle (self->details, may_handle);
  update_editability (self);
}

/**
 * income_support_application_page_open:
 * @application_id: the application
 * @person_id: its client
 *
 * Opens an application on its first tab. Opening the one shown again
 * keeps what was typed.
 */
void
income_support_application_page_open (IncomeSupportApplicationPage *self,
                                      gint64 application_id,
                                      gint64 person_id)
{
  g_return_if_fail (INCOME_SUPPORT_IS_APPLICATION_PAGE (self));
  g_return_if_fail (application_id > 0 && person_id > 0);

  if (application_id != self->application_id)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      self->cancellable = g_cancellable_new ();
      self->application_id = application_id;
      self->person_id = person_id;
      self->editor_filled = FALSE;
      g_clear_object (&self->application);
      income_support_application_details_clear (self->details);
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->subtitle_label, "");
      income_support_calculation_editor_clear (self->calculation_editor);
      adw_view_stack_set_visible_child_name (self->view_stack, "details");
    }
  load_application (self);
}

/**
 * income_support_application_page_reload:
 *
 * Reads the application, its household, attachments and decision again.
 */
void
income_support_application_page_reload (IncomeSupportApplicationPage *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_APPLICATION_PAGE (self));
  load_application (self);
}

/**
 * income_support_application_page_focus:
 *
 * Moves the keyboard focus to the top of the page, its back button.
 */
void
income_support_application_page_focus (IncomeSupportApplicationPage *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_APPLICATION_PAGE (self));

  gtk_widget_grab_focus (self->back_button);
}

/**
 * income_support_application_page_get_application:
 *
 * Returns: (transfer none) (nullable): the application as last read
 */
KansioIncomeSupportApplication *
income_support_application_page_get_application (IncomeSupportApplicationPage *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION_PAGE (self), NULL);
  return self->application;
}

/**
 * income_support_application_page_get_members:
 *
 * Returns: (transfer none): the household, of #KansioIncomeSupportMember
 */
GListModel *
income_support_application_page_get_members (IncomeSupportApplicationPage *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION_PAGE (self), NULL);
  return income_support_application_details_get_members (self->details);
}
