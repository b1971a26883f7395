/* income-support-application-details.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-application-details"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-application-clocks.h"
#include "income-support-application-details.h"
#include "income-support-attachment-dialog.h"
#include "income-support-format.h"
#include "income-support-member-dialog.h"

/* The first tab of an application: its status and the steps a handler may
 * take, the deadline, the household and the attachments. What it shows is
 * a KansioIncomeSupportApplication and the members and attachments it
 * lists; the steps are the objects' calls. After a step the page reads
 * the application again: ::reload when only this tab changed, ::changed
 * when its status or deadline did. */
struct _IncomeSupportApplicationDetails
{
  AdwBin parent_instance;

  GCancellable *cancellable; /* of the application shown */
  KansioIncomeSupportApplication *application;
  GListStore *members; /* of KansioIncomeSupportMember */
  guint serial;
  gboolean may_handle;
  gboolean members_loaded;
  gboolean wait_after_attachment;
  gboolean busy;

  /* Template widgets */
  GtkWidget *process_button;
  GtkWidget *wait_button;
  GtkWidget *resume_button;
  GtkWidget *close_button;
  AdwActionRow *status_row;
  AdwActionRow *due_row;
  IncomeSupportApplicationClocks *clocks;
  GtkWidget *late_box;
  AdwActionRow *received_row;
  AdwActionRow *period_row;
  AdwActionRow *notes_row;
  AdwActionRow *status_error_row;
  GtkWidget *add_member_button;
  GtkListBox *members_list;
  GtkWidget *add_attachment_button;
  GtkListBox *attachments_list;
};

G_DEFINE_FINAL_TYPE (IncomeSupportApplicationDetails,
                     income_support_application_details,
                     ADW_TYPE_BIN)

enum
{
  RELOAD,
  CHANGED,
  MEMBERS_LOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  IncomeSupportApplicationDetails *self;
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
load_job_new (IncomeSupportApplicationDetails *self)
{
  LoadJob *job = g_new0 (LoadJob, 1);

  job->self = g_object_ref (self);
  job->serial = self->serial;
  return job;
}

static void set_status (IncomeSupportApplicationDetails *self, const char *status);

static gboolean
is_open (IncomeSupportApplicationDetails *self)
{
  return self->application != NULL && kansio_income_support_application_is_open (self->application);
}

static const char *
status (IncomeSupportApplicationDetails *self)
{
  return self->application != NULL
             ? kansio_income_support_application_get_status (self->application)
             : "";
}

static void
remove_all_rows (GtkListBox *list)
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
update_actions (IncomeSupportApplicationDetails *self)
{
  const char *now = status (self);
  gboolean handle = self->may_handle && self->application != NULL && !self->busy;

  gtk_widget_set_visible (self->process_button, self->may_handle && g_str_equal (now, "received"));
  gtk_widget_set_visible (
      self->wait_button,
      self->may_handle && (g_str_equal (now, "received") || g_str_equal (now, "in_processing")));
  gtk_widget_set_visible (self->resume_button,
                          self->may_handle && g_str_equal (now, "waiting_for_attachments"));
  gtk_widget_set_visible (self->close_button,
                          self->may_handle
                              && (g_str_equal (now, "decided") || g_str_equal (now, "paid")));
  gtk_widget_set_visible (self->add_member_button, self->may_handle && is_open (self));
  gtk_widget_set_visible (self->add_attachment_button, self->may_handle && is_open (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-application.set-status",
                                 handle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-application.add-member",
                                 handle && is_open (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-application.add-attachment",
                                 handle && is_open (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->members_list), !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->attachments_list), !self->busy);
}

static void
set_busy (IncomeSupportApplicationDetails *self, gboolean busy)
{
  self->busy = busy;
  update_actions (self);
}

static void
fill_details (IncomeSupportApplicationDetails *self)
{
  KansioIncomeSupportApplication *application = self->application;
  const char *now = kansio_income_support_application_get_status (application);
  const char *notes = kansio_income_support_application_get_notes (application);
  g_autofree char *received = NULL;
  g_autofree char *received_text = NULL;
  g_autofree char *period = NULL;
  g_autofree char *period_text = NULL;
  g_autofree char *status_text = NULL;
  g_autofree char *due = NULL;
  g_autofree char *due_text = NULL;

  if (kansio_income_support_application_get_urgent (application))
    /* Translators: a status, then that the application is urgent */
    status_text = g_strdup_printf (
        _ ("%s · urgent"), _income_support_choice_label (INCOME_SUPPORT_CHOICE_STATUS, now));
  else
    status_text = g_strdup (_income_support_choice_label (INCOME_SUPPORT_CHOICE_STATUS, now));
  adw_action_row_set_subtitle (self->status_row, status_text);

  due = _income_support_format_date (kansio_income_support_application_get_due_on (application));
  /* Waiting for the client (DOMAIN.md 2.1): no count that goes stale. */
  due_text = income_support_application_clocks_dup_paused (application);
  if (due_text == NULL && kansio_income_support_application_is_open (application))
    {
      guint left = kansio_income_support_application_get_working_days_left (application);

      due_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u working day left",
                                               "%s · %u working days left", left),
                                  due, left);
    }
  adw_action_row_set_subtitle (self->due_row, due_text != NULL ? due_text : due);
  gtk_widget_set_visible (self->late_box,
                          kansio_income_support_application_get_is_late (application));

  received = _income_support_format_date (
      kansio_income_support_application_get_received_on (application));
  received_text = g_strdup_printf (
      "%s · %s", received,
      _income_support_choice_label (INCOME_SUPPORT_CHOICE_CHANNEL,
                                    kansio_income_support_application_get_channel (application)));
  adw_action_row_set_subtitle (self->received_row, received_text);

  period = kansio_income_support_application_dup_period (application);
  period_text = g_strdup_printf (
      "%s · %s", period,
      _income_support_choice_label (INCOME_SUPPORT_CHOICE_KIND,
                                    kansio_income_support_application_get_kind (application)));
  adw_action_row_set_subtitle (self->period_row, period_text);

  adw_action_row_set_subtitle (self->notes_row, notes != NULL ? notes : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes_row), notes != NULL && *notes != '\0');
}

static void
on_clocks_changed_cb (IncomeSupportApplicationDetails *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* A step's answer: shown as the database has it, also when it refused. */
static gboolean
step_done (IncomeSupportApplicationDetails *self, GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;
  set_busy (self, FALSE);
  if (error != NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      _income_support_show_toast (GTK_WIDGET (self), text);
    }
  return TRUE;
}

/* Household */

static void
on_member_saved_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportApplicationDetails) self = user_data;
  g_autoptr (GError) error = NULL;

  if (KANSIO_IS_INCOME_SUPPORT_APPLICATION (object))
    kansio_income_support_application_add_member_finish (KANSIO_INCOME_SUPPORT_APPLICATION (object),
                                                         result, &error);
  else if (g_async_result_is_tagged (result, kansio_income_support_member_remove_async))
    kansio_income_support_member_remove_finish (KANSIO_INCOME_SUPPORT_MEMBER (object), result,
                                                &error);
  else
    kansio_income_support_member_set_role_finish (KANSIO_INCOME_SUPPORT_MEMBER (object), result,
                                                  &error);
  if (step_done (self, error))
    g_signal_emit (self, signals[RELOAD], 0);
}

static void
on_role_selected_cb (GtkDropDown *dropdown,
                     GParamSpec *pspec,
                     IncomeSupportApplicationDetails *self)
{
  KansioIncomeSupportMember *member
      = g_object_get_data (G_OBJECT (dropdown), "income-support-member");
  const char *role = _income_support_choice_code (INCOME_SUPPORT_CHOICE_ROLE,
                                                  gtk_drop_down_get_selected (dropdown));

  if (member == NULL || role == NULL || self->busy
      || g_strcmp0 (role, kansio_income_support_member_get_role (member)) == 0)
    return;
  set_busy (self, TRUE);
  kansio_income_support_member_set_role_async (member, role, self->cancellable, on_member_saved_cb,
                                               g_object_ref (self));
}

static void
on_remove_member_clicked_cb (GtkButton *button, IncomeSupportApplicationDetails *self)
{
  KansioIncomeSupportMember *member
      = g_object_get_data (G_OBJECT (button), "income-support-member");

  if (member == NULL || self->busy)
    return;
  set_busy (self, TRUE);
  kansio_income_support_member_remove_async (member, self->cancellable, on_member_saved_cb,
                                             g_object_ref (self));
}

static GtkWidget *
member_row (IncomeSupportApplicationDetails *self, KansioIncomeSupportMember *member)
{
  g_autoptr (GListModel) roles = _income_support_choice_model (INCOME_SUPPORT_CHOICE_ROLE);
  const char *birth_date = kansio_income_support_member_get_birth_date (member);
  gboolean editable = self->may_handle && is_open (self);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dropdown;
  g_autofree char *accessible = NULL;
  guint role;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 kansio_income_support_member_get_full_name (member));
  if (birth_date != NULL)
    {
      g_autofree char *date = _income_support_format_date (birth_date);
      /* Translators: %s is a date */
      g_autofree char *born = g_strdup_printf (_ ("Born %s"), date);
      /* A child living half of the time here: the calculation splits the
       * perusosa (DOMAIN.md 2.2). */
      g_autofree char *subtitle
          = kansio_income_support_member_get_alternating (member)
                ? g_strdup_printf ("%s · %s", born, _ ("alternating residence"))
                : g_strdup (born);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }

  dropdown = gtk_drop_down_new (g_object_ref (roles), NULL);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (dropdown, editable);
  /* Translators: %s is a person's name */
  accessible
      = g_strdup_printf (_ ("Role of %s"), kansio_income_support_member_get_full_name (member));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  role = _income_support_choice_index (INCOME_SUPPORT_CHOICE_ROLE,
                                       kansio_income_support_member_get_role (member));
  if (role != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), role);
  g_object_set_data_full (G_OBJECT (dropdown), "income-support-member", g_object_ref (member),
                          g_object_unref);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_role_selected_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);

  if (editable)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _ ("Remove from the household of this application"));
      g_object_set_data_full (G_OBJECT (remove), "income-support-member", g_object_ref (member),
                              g_object_unref);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_member_clicked_cb), self,
                               0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
    }
  return row;
}

static void
on_members_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  IncomeSupportApplicationDetails *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) members = kansio_income_support_application_list_members_finish (
      KANSIO_INCOME_SUPPORT_APPLICATION (object), result, &error);
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_members;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->serial)
    return;
  remove_all_rows (self->members_list);
  if (members == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      gtk_list_box_set_placeholder (self->members_list, _income_support_placeholder_new (text));
      return;
    }

  n_members = g_list_model_get_n_items (members);
  for (guint i = 0; i < n_members; i++)
    g_ptr_array_add (items, g_list_model_get_item (members, i));
  /* One change: the calculation editor follows this list. */
  g_list_store_splice (self->members, 0, g_list_model_get_n_items (G_LIST_MODEL (self->members)),
                       items->pdata, items->len);
  for (guint i = 0; i < items->len; i++)
    gtk_list_box_append (self->members_list, member_row (self, g_ptr_array_index (items, i)));
  gtk_list_box_set_placeholder (
      self->members_list,
      _income_support_placeholder_new (_ ("Nobody in the household. Add the applicant.")));
  self->members_loaded = TRUE;
  g_signal_emit (self, signals[MEMBERS_LOADED], 0);
}

static void
on_member_dialog_response_cb (IncomeSupportMemberDialog *dialog,
                              const char *response,
                              IncomeSupportApplicationDetails *self)
{
  g_autofree char *name = NULL;
  GDate birth;
  gboolean has_birth;

  if (!g_str_equal (response, "add") || self->application == NULL)
    return;
  name = income_support_member_dialog_dup_name (dialog);
  has_birth = income_support_member_dialog_get_birth_date (dialog, &birth);
  set_busy (self, TRUE);
  kansio_income_support_application_add_member_async (
      self->application, name, income_support_member_dialog_get_role (dialog),
      has_birth ? &birth : NULL, self->cancellable, on_member_saved_cb, g_object_ref (self));
}

/* Attachments */

static void
on_attachment_saved_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportApplicationDetails) self = user_data;
  g_autoptr (GError) error = NULL;

  if (KANSIO_IS_INCOME_SUPPORT_APPLICATION (object))
    kansio_income_support_application_ask_attachment_finish (
        KANSIO_INCOME_SUPPORT_APPLICATION (object), result, &error);
  else
    kansio_income_support_attachment_mark_received_finish (
        KANSIO_INCOME_SUPPORT_ATTACHMENT (object), result, &error);
  if (!step_done (self, error))
    return;
  if (error != NULL)
    self->wait_after_attachment = FALSE;
  else if (self->wait_after_attachment)
    {
      /* Asked for: the application waits for it. */
      self->wait_after_attachment = FALSE;
      set_status (self, "waiting_for_attachments");
      return;
    }
  /* The deadline and the status may have changed with it. */
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_mark_received_clicked_cb (GtkButton *button, IncomeSupportApplicationDetails *self)
{
  KansioIncomeSupportAttachment *attachment
      = g_object_get_data (G_OBJECT (button), "income-support-attachment");
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  if (attachment == NULL || self->busy)
    return;
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  set_busy (self, TRUE);
  kansio_income_support_attachment_mark_received_async (
      attachment, &today, self->cancellable, on_attachment_saved_cb, g_object_ref (self));
}

static GtkWidget *
attachment_row (IncomeSupportApplicationDetails *self, KansioIncomeSupportAttachment *attachment)
{
  const char *received_on = kansio_income_support_attachment_get_received_on (attachment);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 kansio_income_support_attachment_get_description (attachment));
  if (received_on != NULL)
    {
      g_autofree char *date = _income_support_format_date (received_on);
      /* Translators: %s is a date */
      g_autofree char *text = g_strdup_printf (_ ("Received %s"), date);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "emblem-ok-symbolic");
      return row;
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _ ("Missing"));
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "mail-attachment-symbolic");
  if (self->may_handle && is_open (self))
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_ ("Mark _Received Today"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "income-support-attachment",
                              g_object_ref (attachment), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_mark_received_clicked_cb), self,
                               0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

static void
on_attachments_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  IncomeSupportApplicationDetails *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) attachments = kansio_income_support_application_list_attachments_finish (
      KANSIO_INCOME_SUPPORT_APPLICATION (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->serial)
    return;
  remove_all_rows (self->attachments_list);
  if (attachments == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      gtk_list_box_set_placeholder (self->attachments_list, _income_support_placeholder_new (text));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr (KansioIncomeSupportAttachment) attachment = g_list_model_get_item (attachments, i);

      gtk_list_box_append (self->attachments_list, attachment_row (self, attachment));
    }
  gtk_list_box_set_placeholder (self->attachments_list,
                                _income_support_placeholder_new (_ ("No attachments asked for")));
}

static void
on_attachment_dialog_response_cb (IncomeSupportAttachmentDialog *dialog,
                                  const char *response,
                                  IncomeSupportApplicationDetails *self)
{
  g_autofree char *description = NULL;

  if (!g_str_equal (response, "add") || self->application == NULL)
    return;
  description = income_support_attachment_dialog_dup_description (dialog);
  self->wait_after_attachment = income_support_attachment_dialog_get_wait (dialog);
  set_busy (self, TRUE);
  kansio_income_support_application_ask_attachment_async (self->application, description,
                                                          self->cancellable, on_attachment_saved_cb,
                                                          g_object_ref (self));
}

/* Status */

static void
on_status_set_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportApplicationDetails) self = user_data;
  g_autoptr (GError) error = NULL;

  kansio_income_support_application_set_status_finish (KANSIO_INCOME_SUPPORT_APPLICATION (object),
                                                       result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (error != NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      income_support_application_details_show_error (self, text);
      /* Someone else moved it meanwhile: show where it is now. */
      if (g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT))
        g_signal_emit (self, signals[RELOAD], 0);
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_status (IncomeSupportApplicationDetails *self, const char *new_status)
{
  if (self->application == NULL || self->busy)
    return;
  income_support_application_details_show_error (self, NULL);
  set_busy (self, TRUE);
  kansio_income_support_application_set_status_async (
      self->application, new_status, self->cancellable, on_status_set_cb, g_object_ref (self));
}

/* Actions */

static void
set_status_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  set_status (INCOME_SUPPORT_APPLICATION_DETAILS (widget), g_variant_get_string (parameter, NULL));
}

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_member_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportMemberDialog *dialog = income_support_member_dialog_new (
      parent_window (widget), G_LIST_MODEL (INCOME_SUPPORT_APPLICATION_DETAILS (widget)->members));

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_member_dialog_response_cb), widget,
                           0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_attachment_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportApplicationDetails *self = INCOME_SUPPORT_APPLICATION_DETAILS (widget);
  const char *now = status (self);
  IncomeSupportAttachmentDialog *dialog = income_support_attachment_dialog_new (
      parent_window (widget), g_str_equal (now, "received") || g_str_equal (now, "in_processing"));

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_attachment_dialog_response_cb), self,
                           0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Overrides */

static void
income_support_application_details_dispose (GObject *object)
{
  IncomeSupportApplicationDetails *self = INCOME_SUPPORT_APPLICATION_DETAILS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_APPLICATION_DETAILS);
  g_clear_object (&self->application);
  g_clear_object (&self->members);

  G_OBJECT_CLASS (income_support_application_details_parent_class)->dispose (object);
}

static void
income_support_application_details_class_init (IncomeSupportApplicationDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_application_details_dispose;

  /**
   * IncomeSupportApplicationDetails::reload:
   *
   * The household or the attachments changed, or a step was refused
   * because the application changed: it is to be read again.
   */
  signals[RELOAD] = g_signal_new ("reload", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);
  /**
   * IncomeSupportApplicationDetails::changed:
   *
   * The application's status or deadline changed in the database.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
  /**
   * IncomeSupportApplicationDetails::members-loaded:
   *
   * The household was read: income_support_application_details_get_members().
   */
  signals[MEMBERS_LOADED] = g_signal_new ("members-loaded", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (INCOME_SUPPORT_TYPE_APPLICATION_CLOCKS);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-application-details.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails,
                                        process_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails, wait_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails,
                                        resume_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails,
                                        close_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails, status_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails, due_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails, clocks);
  gtk_widget_class_bind_template_callback (widget_class, on_clocks_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails, late_box);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails,
                                        received_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails, period_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails, notes_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails,
                                        status_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails,
                                        add_member_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails,
                                        members_list);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails,
                                        add_attachment_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationDetails,
                                        attachments_list);

  gtk_widget_class_install_action (widget_class, "income-support-application.set-status", "s",
                                   set_status_action);
  gtk_widget_class_install_action (widget_class, "income-support-application.add-member", NULL,
                                   add_member_action);
  gtk_widget_class_install_action (widget_class, "income-support-application.add-attachment", NULL,
                                   add_attachment_action);
}

static void
income_support_application_details_init (IncomeSupportApplicationDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->members = g_list_store_new (KANSIO_TYPE_INCOME_SUPPORT_MEMBER);
  gtk_list_box_set_placeholder (self->members_list,
                                _income_support_placeholder_new (_ ("Loading…")));
  gtk_list_box_set_placeholder (self->attachments_list,
                                _income_support_placeholder_new (_ ("Loading…")));
  update_actions (self);
}

/**
 * income_support_application_details_set_may_handle:
 * @may_handle: whether the user handles income support
 *
 * Which steps to offer. The database checks each one in the case's unit.
 */
void
income_support_application_details_set_may_handle (IncomeSupportApplicationDetails *self,
                                                   gboolean may_handle)
{
  g_return_if_fail (INCOME_SUPPORT_IS_APPLICATION_DETAILS (self));

  self->may_handle = may_handle;
  update_actions (self);
  income_support_application_clocks_set_application (self->clocks, self->application, may_handle);
}

/**
 * income_support_application_details_clear:
 *
 * Another application is opened: nothing of the one before stays, and
 * what was being done for it is cancelled.
 */
void
income_support_application_details_clear (IncomeSupportApplicationDetails *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_APPLICATION_DETAILS (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->serial++;
  self->busy = FALSE;
  self->members_loaded = FALSE;
  g_clear_object (&self->application);
  g_list_store_remove_all (self->members);
  remove_all_rows (self->members_list);
  remove_all_rows (self->attachments_list);
  update_actions (self);
}

/**
 * income_support_application_details_set_application:
 *
 * Shows @application as just read, and reads its household and
 * attachments.
 */
void
income_support_application_details_set_application (IncomeSupportApplicationDetails *self,
                                                    KansioIncomeSupportApplication *application)
{
  g_return_if_fail (INCOME_SUPPORT_IS_APPLICATION_DETAILS (self));
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (application));

  g_set_object (&self->application, application);
  self->serial++;
  fill_details (self);
  income_support_application_clocks_set_application (self->clocks, application, self->may_handle);
  update_actions (self);
  kansio_income_support_application_list_members_async (application, self->cancellable,
                                                        on_members_loaded_cb, load_job_new (self));
  kansio_income_support_application_list_attachments_async (
      application, self->cancellable, on_attachments_loaded_cb, load_job_new (self));
}

/**
 * income_support_application_details_show_error:
 * @message: (nullable): why the status was not set; %NULL hides it
 */
void
income_support_application_details_show_error (IncomeSupportApplicationDetails *self,
                                               const char *message)
{
  g_return_if_fail (INCOME_SUPPORT_IS_APPLICATION_DETAILS (self));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_error_row),
                                 message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_error_row), message != NULL);
}

/**
 * income_support_application_details_get_members:
 *
 * Returns: (transfer none): the household, of #KansioIncomeSupportMember
 */
GListModel *
income_support_application_details_get_members (IncomeSupportApplicationDetails *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION_DETAILS (self), NULL);
  return G_LIST_MODEL (self->members);
}

gboolean
income_support_application_details_get_members_loaded (IncomeSupportApplicationDetails *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION_DETAILS (self), FALSE);
  return self->members_loaded;
}
