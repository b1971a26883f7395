/* income-support-application-clocks.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-application-clocks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-application-clocks.h"
#include "income-support-format.h"

/* The clocks of 14 a § beside an application (DOMAIN.md 2.1): the
 * completion request, when it is due and by when the client completes, and
 * a personal discussion the client asked for. What happened is recorded
 * as of today; every due date is the database's. */
struct _IncomeSupportApplicationClocks
{
  AdwBin parent_instance;

  KansioIncomeSupportApplication *application;
  GCancellable *cancellable;
  gboolean may_handle;
  gboolean busy;

  /* Template widgets */
  AdwActionRow *request_row;
  GtkWidget *request_button;
  AdwActionRow *discussion_row;
  GtkButton *discussion_button;
  AdwActionRow *error_row;
};

G_DEFINE_FINAL_TYPE (IncomeSupportApplicationClocks,
                     income_support_application_clocks,
                     ADW_TYPE_BIN)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
date_of (const char *iso)
{
  return _income_support_format_date (iso);
}

static void
show_error (IncomeSupportApplicationClocks *self, const char *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->error_row),
                                 message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_row), message != NULL);
}

static void
fill (IncomeSupportApplicationClocks *self)
{
  KansioIncomeSupportApplication *a = self->application;
  gboolean open = a != NULL && kansio_income_support_application_is_open (a);
  const char *requested = a != NULL ? kansio_income_support_application_get_requested_on (a) : NULL;
  const char *asked
      = a != NULL ? kansio_income_support_application_get_discussion_requested_on (a) : NULL;
  const char *held
      = a != NULL ? kansio_income_support_application_get_discussion_held_on (a) : NULL;
  g_autofree char *request_text = NULL;
  g_autofree char *discussion_text = NULL;

  if (a == NULL)
    return;
  if (requested != NULL)
    {
      g_autofree char *sent = date_of (requested);
      g_autofree char *by = date_of (kansio_income_support_application_get_completion_due_on (a));
      g_autofree char *completed = date_of (kansio_income_support_application_get_completed_on (a));

      if (kansio_income_support_application_get_completed_on (a) != NULL)
        /* Translators: dates, d.m.yyyy */
        request_text = g_strdup_printf (_ ("Sent %s, to be completed by %s; completed %s"), sent,
                                        by, completed);
      else
        /* Translators: dates, d.m.yyyy */
        request_text = g_strdup_printf (_ ("Sent %s, to be completed by %s"), sent, by);
    }
  else if (kansio_income_support_application_get_request_due_on (a) != NULL && open)
    {
      g_autofree char *due = date_of (kansio_income_support_application_get_request_due_on (a));

      /* Translators: a date, d.m.yyyy */
      request_text = g_strdup_printf (_ ("Not sent; if one is needed, send it by %s"), due);
    }
  else
    request_text = g_strdup (_ ("Not sent"));
  adw_action_row_set_subtitle (self->request_row, request_text);
  gtk_widget_set_visible (self->request_button,
                          open && requested == NULL
                              && !kansio_income_support_application_get_urgent (a));

  if (held != NULL)
    {
      g_autofree char *on = date_of (held);

      /* Translators: a date, d.m.yyyy */
      discussion_text = g_strdup_printf (_ ("Held %s"), on);
    }
  else if (asked != NULL)
    {
      g_autofree char *on = date_of (asked);
      g_autofree char *due = date_of (kansio_income_support_application_get_discussion_due_on (a));

      /* Translators: dates, d.m.yyyy */
      discussion_text = g_strdup_printf (_ ("Asked for %s, to be held by %s"), on, due);
    }
  else
    discussion_text = g_strdup (_ ("Not asked for"));
  adw_action_row_set_subtitle (self->discussion_row, discussion_text);
  gtk_button_set_label (self->discussion_button,
                        asked == NULL ? _ ("Asked _Today") : _ ("Held _Today"));
  gtk_button_set_use_underline (self->discussion_button, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->discussion_button), open && held == NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self), !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-clocks.request-completion",
                                 self->may_handle && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-clocks.discussion",
                                 self->may_handle && !self->busy);
}

static void
on_recorded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportApplicationClocks) self = user_data;
  g_autoptr (GError) error = NULL;
  KansioIncomeSupportApplication *application = KANSIO_INCOME_SUPPORT_APPLICATION (object);
  gboolean done;

  if (g_task_get_source_tag (G_TASK (result))
      == kansio_income_support_application_request_completion_async)
    done
        = kansio_income_support_application_request_completion_finish (application, result, &error);
  else
    done = kansio_income_support_application_set_discussion_finish (application, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->busy = FALSE;
  if (!done)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      show_error (self, text);
      fill (self);
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
today (GDate *date)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static void
request_completion_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportApplicationClocks *self = INCOME_SUPPORT_APPLICATION_CLOCKS (widget);

  if (self->application == NULL || self->busy)
    return;
  self->busy = TRUE;
  show_error (self, NULL);
  fill (self);
  /* Sent today, to be completed by the database's default deadline. */
  kansio_income_support_application_request_completion_async (
      self->application, NULL, NULL, self->cancellable, on_recorded_cb, g_object_ref (self));
}

static void
discussion_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportApplicationClocks *self = INCOME_SUPPORT_APPLICATION_CLOCKS (widget);
  const char *asked;
  GDate day, asked_on;

  if (self->application == NULL || self->busy)
    return;
  today (&day);
  asked = kansio_income_support_application_get_discussion_requested_on (self->application);
  self->busy = TRUE;
  show_error (self, NULL);
  fill (self);
  if (asked != NULL && kansio_calendar_parse_iso_date (asked, &asked_on))
    kansio_income_support_application_set_discussion_async (
        self->application, &asked_on, &day, self->cancellable, on_recorded_cb, g_object_ref (self));
  else
    kansio_income_support_application_set_discussion_async (
        self->application, &day, NULL, self->cancellable, on_recorded_cb, g_object_ref (self));
}

static void
income_support_application_clocks_dispose (GObject *object)
{
  IncomeSupportApplicationClocks *self = INCOME_SUPPORT_APPLICATION_CLOCKS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->application);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_APPLICATION_CLOCKS);

  G_OBJECT_CLASS (income_support_application_clocks_parent_class)->dispose (object);
}

static void
income_support_application_clocks_class_init (IncomeSupportApplicationClocksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_application_clocks_dispose;

  /**
   * IncomeSupportApplicationClocks::changed:
   *
   * A request or a discussion was recorded: the application is to be read
   * again, with the due dates the database derived.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-application-clocks.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationClocks, request_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationClocks,
                                        request_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationClocks,
                                        discussion_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationClocks,
                                        discussion_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationClocks, error_row);
  gtk_widget_class_install_action (widget_class, "income-support-clocks.request-completion", NULL,
                                   request_completion_action);
  gtk_widget_class_install_action (widget_class, "income-support-clocks.discussion", NULL,
                                   discussion_action);
}

static void
income_support_application_clocks_init (IncomeSupportApplicationClocks *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * income_support_application_clocks_set_application:
 * @may_handle: whether the user may record what happened
 */
void
income_support_application_clocks_set_application (IncomeSupportApplicationClocks *self,
                                                   KansioIncomeSupportApplication *application,
                                                   gboolean may_handle)
{
  g_return_if_fail (INCOME_SUPPORT_IS_APPLICATION_CLOCKS (self));
  g_return_if_fail (application == NULL || KANSIO_IS_INCOME_SUPPORT_APPLICATION (application));

  g_set_object (&self->application, application);
  self->may_handle = may_handle;
  show_error (self, NULL);
  fill (self);
}

/**
 * income_support_application_clocks_dup_paused:
 *
 * Returns: (transfer full) (nullable): what the decision's clock says while
 *   it waits for the client's completion, or %NULL when it runs
 */
char *
income_support_application_clocks_dup_paused (KansioIncomeSupportApplication *application)
{
  g_autofree char *by = NULL;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (application), NULL);

  if (g_strcmp0 (kansio_income_support_application_get_clock (application), "completion") != 0)
    return NULL;
  by = _income_support_format_date (
      kansio_income_support_application_get_completion_due_on (application));
  /* Translators: the decision's clock of an application waiting for the
   * client's attachments; %s is the completion deadline, d.m.yyyy. */
  return g_strdup_printf (_ ("Paused, recounted when the attachments arrive (by %s)"), by);
}
