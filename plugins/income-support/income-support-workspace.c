/* income-support-workspace.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-workspace"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-application-page.h"
#include "income-support-format.h"
#include "income-support-new-application.h"
#include "income-support-payment-runs.h"
#include "income-support-statistics.h"
#include "income-support-work-queue.h"
#include "income-support-workspace.h"

/* The plugin's page: the work queue, a new application and the yearly
 * statistics as tabs; an application opened from the queue, or just
 * registered, slides in over them, and its back button returns. A
 * decision-maker also has a tab of payment runs.
 *
 * What the user may do is read once
 * (kansio_income_support_rights_load_async): the handler's steps and the
 * decision-maker's. The database checks every step again in the case's
 * unit. */
struct _IncomeSupportWorkspace
{
  AdwBin parent_instance;

  KansioContext *context;
  GCancellable *cancellable;
  gboolean may_handle;
  gboolean may_decide;

  /* Template widgets */
  GtkStack *pages;
  AdwViewStack *view_stack;
  IncomeSupportWorkQueue *work_queue;
  IncomeSupportNewApplication *new_application;
  IncomeSupportStatistics *statistics;
  AdwViewStackPage *payments_page;
  IncomeSupportPaymentRuns *payment_runs;
  IncomeSupportApplicationPage *application_page;
};

G_DEFINE_FINAL_TYPE (IncomeSupportWorkspace, income_support_workspace, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
apply_rights (IncomeSupportWorkspace *self)
{
  income_support_new_application_set_may_register (self->new_application, self->may_handle);
  adw_view_stack_page_set_visible (self->payments_page, self->may_decide);
  income_support_application_page_set_rights (self->application_page, self->may_handle,
                                              self->may_decide);
}

static void
on_rights_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportWorkspace) self = user_data;
  g_autoptr (GError) error = NULL;
  gboolean may_handle, may_decide;

  if (!kansio_income_support_rights_load_finish (result, &may_handle, &may_decide, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* The rights of the login stay as they were guessed, and the
       * database refuses what they do not allow; a lost connection is
       * told where the user next acts, so only noted here. */
      g_message ("Income-support rights not read: %s", error->message);
      return;
    }
  self->may_handle = may_handle;
  self->may_decide = may_decide;
  apply_rights (self);
}

static void
on_open_application_cb (IncomeSupportWorkspace *self, gint64 application_id, gint64 person_id)
{
  income_support_workspace_open_application (self, application_id, person_id);
}

static void
on_registered_cb (IncomeSupportWorkspace *self, gint64 application_id, gint64 person_id)
{
  _income_support_show_toast (GTK_WIDGET (self), _ ("Application registered"));
  income_support_work_queue_reload (self->work_queue);
  /* Back from it is the queue, where it now is. */
  adw_view_stack_set_visible_child_name (self->view_stack, "queue");
  income_support_workspace_open_application (self, application_id, person_id);
}

static void
on_application_closed_cb (IncomeSupportWorkspace *self)
{
  income_support_workspace_show_list (self);
}

static void
on_tab_changed_cb (IncomeSupportWorkspace *self)
{
  const char *tab = adw_view_stack_get_visible_child_name (self->view_stack);

  /* Straight to typing the identity code. */
  if (g_strcmp0 (tab, "new") == 0)
    income_support_new_application_focus (self->new_application);
}

static void
on_application_changed_cb (IncomeSupportWorkspace *self)
{
  income_support_work_queue_reload (self->work_queue);
}

/* Actions */

static void
income_support_workspace_reload_action (GtkWidget *widget,
                                        const char *action_name,
                                        GVariant *parameter)
{
  IncomeSupportWorkspace *self = INCOME_SUPPORT_WORKSPACE (widget);
  const char *tab = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->pages), "application") == 0)
    income_support_application_page_reload (self->application_page);
  else if (g_strcmp0 (tab, "statistics") == 0)
    income_support_statistics_reload (self->statistics);
  else if (g_strcmp0 (tab, "payments") == 0)
    income_support_payment_runs_reload (self->payment_runs);
  else
    income_support_work_queue_reload (self->work_queue);
}

/* Overrides */

static void
income_support_workspace_get_property (GObject *object,
                                       guint prop_id,
                                       GValue *value,
                                       GParamSpec *pspec)
{
  IncomeSupportWorkspace *self = INCOME_SUPPORT_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
income_support_workspace_set_property (GObject *object,
                                       guint prop_id,
                                       const GValue *value,
                                       GParamSpec *pspec)
{
  IncomeSupportWorkspace *self = INCOME_SUPPORT_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
income_support_workspace_constructed (GObject *object)
{
  IncomeSupportWorkspace *self = INCOME_SUPPORT_WORKSPACE (object);
  KansioUser *user = kansio_context_get_user (self->context);

  G_OBJECT_CLASS (income_support_workspace_parent_class)->constructed (object);

  /* A first guess from the login, until the rights by area are read. */
  self->may_decide = user != NULL && kansio_user_has_role (user, "decision_maker");
  self->may_handle = user != NULL && (self->may_decide || kansio_user_has_role (user, "handler"));
  apply_rights (self);
  /* A decision-maker decides what the office prepared. */
  if (self->may_decide)
    income_support_work_queue_set_whose (self->work_queue, "office");

  income_support_application_page_set_context (self->application_page, self->context);
  income_support_new_application_set_context (self->new_application, self->context);
  income_support_statistics_set_context (self->statistics, self->context);
  income_support_payment_runs_set_context (self->payment_runs, self->context);
  income_support_work_queue_set_context (self->work_queue, self->context);

  kansio_income_support_rights_load_async (kansio_context_get_database (self->context),
                                           self->cancellable, on_rights_loaded_cb,
                                           g_object_ref (self));
}

static void
income_support_workspace_dispose (GObject *object)
{
  IncomeSupportWorkspace *self = INCOME_SUPPORT_WORKSPACE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  /* The bin's child is a template child: take it out of the bin before
   * the template lets go of it, or the bin would unparent it again. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_WORKSPACE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (income_support_workspace_parent_class)->dispose (object);
}

static void
income_support_workspace_class_init (IncomeSupportWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = income_support_workspace_get_property;
  object_class->set_property = income_support_workspace_set_property;
  object_class->constructed = income_support_workspace_constructed;
  object_class->dispose = income_support_workspace_dispose;

  properties[PROP_CONTEXT]
      = g_param_spec_object ("context", NULL, NULL, KANSIO_TYPE_CONTEXT,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (INCOME_SUPPORT_TYPE_WORK_QUEUE);
  g_type_ensure (INCOME_SUPPORT_TYPE_NEW_APPLICATION);
  g_type_ensure (INCOME_SUPPORT_TYPE_STATISTICS);
  g_type_ensure (INCOME_SUPPORT_TYPE_PAYMENT_RUNS);
  g_type_ensure (INCOME_SUPPORT_TYPE_APPLICATION_PAGE);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-workspace.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkspace, pages);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkspace, view_stack);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkspace, work_queue);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkspace, new_application);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkspace, statistics);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkspace, payments_page);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkspace, payment_runs);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkspace, application_page);
  gtk_widget_class_bind_template_callback (widget_class, on_open_application_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_registered_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_application_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_application_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tab_changed_cb);

  gtk_widget_class_install_action (widget_class, "income-support.reload", NULL,
                                   income_support_workspace_reload_action);
}

static void
income_support_workspace_init (IncomeSupportWorkspace *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _income_support_add_shortcut (_income_support_add_managed_shortcuts (GTK_WIDGET (self)),
                                GDK_KEY_F5, 0, "income-support.reload");
  self->cancellable = g_cancellable_new ();
}

/**
 * income_support_workspace_new:
 * @context: the session the applications are read and handled in
 */
GtkWidget *
income_support_workspace_new (KansioContext *context)
{
  g_return_val_if_fail (KANSIO_IS_CONTEXT (context), NULL);

  return g_object_new (INCOME_SUPPORT_TYPE_WORKSPACE, "context", context, NULL);
}

/**
 * income_support_workspace_get_context:
 *
 * Returns: (transfer none): the session
 */
KansioContext *
income_support_workspace_get_context (IncomeSupportWorkspace *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_WORKSPACE (self), NULL);
  return self->context;
}

/**
 * income_support_workspace_open_application:
 *
 * Shows an application in place of the tabs.
 */
void
income_support_workspace_open_application (IncomeSupportWorkspace *self,
                                           gint64 application_id,
                                           gint64 person_id)
{
  g_return_if_fail (INCOME_SUPPORT_IS_WORKSPACE (self));

  income_support_application_page_open (self->application_page, application_id, person_id);
  gtk_stack_set_visible_child_name (self->pages, "application");
  income_support_application_page_focus (self->application_page);
}

/**
 * income_support_workspace_show_list:
 *
 * Back to the tabs, where the user was.
 */
void
income_support_workspace_show_list (IncomeSupportWorkspace *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_WORKSPACE (self));

  gtk_stack_set_visible_child_name (self->pages, "main");
  income_support_work_queue_reload (self->work_queue);
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "queue") == 0)
    income_support_work_queue_focus (self->work_queue);
}

static void
on_client_opened_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportWorkspace) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioPerson) person
      = kansio_client_directory_open_finish (KANSIO_CLIENT_DIRECTORY (object), result, &error);

  if (person == NULL)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      text = kansio_database_error_dup_text (error);
      _income_support_show_toast (GTK_WIDGET (self), text);
      return;
    }
  income_support_new_application_find_client (
      self->new_application, kansio_person_get_field (person, KANSIO_PERSON_FIELD_IDENTITY_CODE));
}

/**
 * income_support_workspace_open_client:
 *
 * Shows the client's applications and the new application's form (the
 * "Applications" tab with the client found), as the client page asks: no
 * identity code typed a second time.
 */
void
income_support_workspace_open_client (IncomeSupportWorkspace *self, gint64 person_id)
{
  g_return_if_fail (INCOME_SUPPORT_IS_WORKSPACE (self));

  gtk_stack_set_visible_child_name (self->pages, "main");
  adw_view_stack_set_visible_child_name (self->view_stack, "new");
  kansio_client_directory_open_async (kansio_context_get_clients (self->context), person_id, NULL,
                                      self->cancellable, on_client_opened_cb, g_object_ref (self));
}
