/* income-support-application-list.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-application-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-application-list.h"
#include "income-support-format.h"

/* A client's income-support applications, the newest first, whatever
 * their status: the way back to an application that has left the work
 * queue, for its decision, payments and recovery. Activating one emits
 * ::open-application. */
struct _IncomeSupportApplicationList
{
  AdwBin parent_instance;

  GCancellable *cancellable;
  gint64 person_id;

  AdwPreferencesGroup *group;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (IncomeSupportApplicationList, income_support_application_list, ADW_TYPE_BIN)

enum
{
  OPEN_APPLICATION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
remove_rows (IncomeSupportApplicationList *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
}

/* "1/2026–2/2026 · Decided", received on a day. */
static GtkWidget *
application_row (KansioIncomeSupportApplication *application)
{
  g_autofree char *period = kansio_income_support_application_dup_period (application);
  g_autofree char *received = _income_support_format_date (
      kansio_income_support_application_get_received_on (application));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  title = g_strdup_printf (
      "%s · %s", period,
      _income_support_choice_label (INCOME_SUPPORT_CHOICE_STATUS,
                                    kansio_income_support_application_get_status (application)));
  /* Translators: the kind of support, then the day the application came */
  subtitle = g_strdup_printf (
      _ ("%s, received %s"),
      _income_support_choice_label (INCOME_SUPPORT_CHOICE_KIND,
                                    kansio_income_support_application_get_kind (application)),
      received);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  _income_support_set_id (row, "application-id",
                          kansio_income_support_application_get_id (application));
  return row;
}

static void
on_applications_listed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportApplicationList) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) applications
      = kansio_income_support_application_list_finish (result, &error);
  guint n_applications;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  remove_rows (self);
  if (applications == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      adw_preferences_group_set_description (self->group, text);
      gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
      return;
    }
  n_applications = g_list_model_get_n_items (applications);
  for (guint i = 0; i < n_applications; i++)
    {
      g_autoptr (KansioIncomeSupportApplication) application
          = g_list_model_get_item (applications, i);

      gtk_list_box_append (self->list, application_row (application));
    }
  gtk_widget_set_visible (GTK_WIDGET (self), n_applications > 0);
}

static void
on_row_activated_cb (IncomeSupportApplicationList *self, GtkListBoxRow *row)
{
  gint64 application_id = _income_support_get_id (row, "application-id");

  g_signal_emit (self, signals[OPEN_APPLICATION], 0, application_id, self->person_id);
}

static void
income_support_application_list_dispose (GObject *object)
{
  IncomeSupportApplicationList *self = INCOME_SUPPORT_APPLICATION_LIST (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_APPLICATION_LIST);

  G_OBJECT_CLASS (income_support_application_list_parent_class)->dispose (object);
}

static void
income_support_application_list_class_init (IncomeSupportApplicationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_application_list_dispose;

  /**
   * IncomeSupportApplicationList::open-application:
   * @application_id: the application chosen
   * @person_id: whose it is
   */
  signals[OPEN_APPLICATION]
      = g_signal_new ("open-application", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                      NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-application-list.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationList, group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationList, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
}

static void
income_support_application_list_init (IncomeSupportApplicationList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * income_support_application_list_show_person:
 * @person_id: the client, or 0 for nobody
 *
 * Lists the client's applications; hidden while there are none.
 */
void
income_support_application_list_show_person (IncomeSupportApplicationList *self,
                                             KansioContext *context,
                                             gint64 person_id)
{
  g_return_if_fail (INCOME_SUPPORT_IS_APPLICATION_LIST (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->person_id = person_id;
  remove_rows (self);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  if (context == NULL || person_id == 0)
    return;
  kansio_income_support_application_list_async (kansio_context_get_database (context), person_id,
                                                self->cancellable, on_applications_listed_cb,
                                                g_object_ref (self));
}
