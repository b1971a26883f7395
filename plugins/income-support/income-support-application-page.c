/* income-support-application-page.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-application-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-application-page.h"
#include "income-support-calculation-editor.h"
#include "income-support-decision-page.h"
#include "income-support-format.h"
#include "income-support-member.h"

/* One application, in three tabs: the application itself (its status and
 * the steps a handler may take, the deadline, the household and the
 * attachments), the calculation of a month, and the decision.
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
  KansioPerson *person;
  IncomeSupportApplication *application;
  GListStore *members; /* of IncomeSupportMember */
  guint serial;
  gboolean members_loaded;
  gboolean editor_filled;
  gboolean wait_after_attachment;
  gboolean busy;

  /* Template widgets */
  GtkWidget *back_button;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkStack *state_stack;
  AdwStatusPage *failed_page;
  AdwViewStack *view_stack;
  GtkWidget *process_button;
  GtkWidget *wait_button;
  GtkWidget *resume_button;
  GtkWidget *close_button;
  AdwActionRow *status_row;
  AdwActionRow *due_row;
  GtkWidget *late_box;
  AdwActionRow *received_row;
  AdwActionRow *period_row;
  AdwActionRow *notes_row;
  AdwActionRow *status_error_row;
  GtkWidget *add_member_button;
  GtkListBox *members_list;
  GtkWidget *add_attachment_button;
  GtkListBox *attachments_list;
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
static void set_status (IncomeSupportApplicationPage *self, const char *status);

static KansioDatabase *
database (IncomeSupportApplicationPage *self)
{
  return kansio_context_get_database (self->context);
}

static gboolean
is_open (IncomeSupportApplicationPage *self)
{
  return self->application != NULL && income_support_application_is_open (self->application);
}

static void
show_status_error (IncomeSupportApplicationPage *self, const char *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_error_row),
                                 message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_error_row), message != NULL);
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

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

static void
update_actions (IncomeSupportApplicationPage *self)
{
  const char *status
      = self->application != NULL ? income_support_application_get_status (self->application) : "";
  gboolean handle = self->may_handle && self->application != NULL && !self->busy;

  gtk_widget_set_visible (self->process_button,
                          self->may_handle && g_str_equal (status, "received"));
  gtk_widget_set_visible (self->wait_button, self->may_handle
                                                 && (g_str_equal (status, "received")
                                                     || g_str_equal (status, "in_processing")));
  gtk_widget_set_visible (self->resume_button,
                          self->may_handle && g_str_equal (status, "waiting_for_attachments"));
  gtk_widget_set_visible (self->close_button,
                          self->may_handle
                              && (g_str_equal (status, "decided") || g_str_equal (status, "paid")));
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
set_busy (IncomeSupportApplicationPage *self, gboolean busy)
{
  self->busy = busy;
  update_actions (self);
}

static void
fill_details (IncomeSupportApplicationPage *self)
{
  IncomeSupportApplication *application = self->application;
  const char *status = income_support_application_get_status (application);
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *received = NULL;
  g_autofree char *received_text = NULL;
  g_autofree char *period = NULL;
  g_autofree char *period_text = NULL;
  g_autofree char *status_text = NULL;
  g_autofree char *due = NULL;
  g_autofree char *due_text = NULL;
  const char *notes = income_support_application_get_notes (application);

  name = g_strdup_printf (
      "%s %s", kansio_person_get_field (self->person, KANSIO_PERSON_FIELD_FIRST_NAMES) ?: "",
      kansio_person_get_field (self->person, KANSIO_PERSON_FIELD_SURNAME) ?: "");
  gtk_label_set_label (self->title_label, name);
  /* Translators: an identity code, then the application's number */
  {
    g_autofree char *number
        = g_strdup_printf ("%" G_GINT64_FORMAT, income_support_application_get_id (application));

    subtitle = g_strdup_printf (
        _ ("%s · application %s"),
        kansio_person_get_field (self->person, KANSIO_PERSON_FIELD_IDENTITY_CODE) ?: "", number);
  }
  gtk_label_set_label (self->subtitle_label, subtitle);

  if (income_support_application_get_urgent (application))
    /* Translators: a status, then that the application is urgent */
    status_text = g_strdup_printf (
        _ ("%s · urgent"), _income_support_choice_label (INCOME_SUPPORT_CHOICE_STATUS, status));
  else
    status_text = g_strdup (_income_support_choice_label (INCOME_SUPPORT_CHOICE_STATUS, status));
  adw_action_row_set_subtitle (self->status_row, status_text);

  due = _income_support_format_date (income_support_application_get_due_on (application));
  if (income_support_application_is_open (application))
    {
      guint left = income_support_application_get_working_days_left (application);

      due_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u working day left",
                                               "%s · %u working days left", left),
                                  due, left);
    }
  adw_action_row_set_subtitle (self->due_row, due_text != NULL ? due_text : due);
  gtk_widget_set_visible (self->late_box, income_support_application_get_is_late (application));

  received = _income_support_format_date (income_support_application_get_received_on (application));
  received_text = g_strdup_printf (
      "%s · %s", received,
      _income_support_choice_label (INCOME_SUPPORT_CHOICE_CHANNEL,
                                    income_support_application_get_channel (application)));
  adw_action_row_set_subtitle (self->received_row, received_text);

  period = income_support_application_dup_period (application);
  period_text = g_strdup_printf (
      "%s · %s", period,
      _income_support_choice_label (INCOME_SUPPORT_CHOICE_KIND,
                                    income_support_application_get_kind (application)));
  adw_action_row_set_subtitle (self->period_row, period_text);

  adw_action_row_set_subtitle (self->notes_row, notes != NULL ? notes : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes_row), notes != NULL && *notes != '\0');
}

/* The calculation made for the decision comes back to the editor once the
 * household and the decision are both known, unless the user has begun
 * typing. */
static void
fill_editor_from_decision (IncomeSupportApplicationPage *self)
{
  const char *stored = income_support_decision_page_get_stored_calculation (self->decision_page);

  if (self->editor_filled || !self->members_loaded || stored == NULL
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

/* Household */

static void
on_member_saved_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportApplicationPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (rows == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      _income_support_show_toast (GTK_WIDGET (self), text);
    }
  /* Shown as the database has it, also when it refused. */
  load_application (self);
}

static void
on_role_selected_cb (GtkDropDown *dropdown, GParamSpec *pspec, IncomeSupportApplicationPage *self)
{
  IncomeSupportMember *member = g_object_get_data (G_OBJECT (dropdown), "income-support-member");
  const char *role = _income_support_choice_code (INCOME_SUPPORT_CHOICE_ROLE,
                                                  gtk_drop_down_get_selected (dropdown));
  g_autofree char *application_id = NULL;
  g_autofree char *member_id = NULL;
  const char *params[3];

  if (member == NULL || role == NULL || self->busy
      || g_strcmp0 (role, income_support_member_get_role (member)) == 0)
    return;
  application_id = _income_support_id_text (self->application_id);
  member_id = _income_support_id_text (income_support_member_get_member_id (member));
  params[0] = application_id;
  params[1] = member_id;
  params[2] = role;
  set_busy (self, TRUE);
  kansio_database_query_async (database (self),
                               "SELECT api.is_application_member_set ($1, $2, NULL, $3, NULL, "
                               "false)",
                               params, 3, self->cancellable, on_member_saved_cb,
                               g_object_ref (self));
}

static void
on_remove_member_clicked_cb (GtkButton *button, IncomeSupportApplicationPage *self)
{
  IncomeSupportMember *member = g_object_get_data (G_OBJECT (button), "income-support-member");
  g_autofree char *application_id = NULL;
  g_autofree char *member_id = NULL;
  const char *params[2];

  if (member == NULL || self->busy)
    return;
  application_id = _income_support_id_text (self->application_id);
  member_id = _income_support_id_text (income_support_member_get_member_id (member));
  params[0] = application_id;
  params[1] = member_id;
  set_busy (self, TRUE);
  kansio_database_query_async (database (self),
                               "SELECT api.is_application_member_set ($1, $2, NULL, NULL, NULL, "
                               "true)",
                               params, 2, self->cancellable, on_member_saved_cb,
                               g_object_ref (self));
}

static GtkWidget *
member_row (IncomeSupportApplicationPage *self, IncomeSupportMember *member)
{
  g_autoptr (GListModel) roles = _income_support_choice_model (INCOME_SUPPORT_CHOICE_ROLE);
  const char *birth_date = income_support_member_get_birth_date (member);
  gboolean editable = self->may_handle && is_open (self);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dropdown;
  g_autofree char *accessible = NULL;
  guint role;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 income_support_member_get_full_name (member));
  if (birth_date != NULL)
    {
      g_autofree char *date = _income_support_format_date (birth_date);
      /* Translators: %s is a date */
      g_autofree char *born = g_strdup_printf (_ ("Born %s"), date);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), born);
    }

  dropdown = gtk_drop_down_new (g_object_ref (roles), NULL);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (dropdown, editable);
  /* Translators: %s is a person's name */
  accessible = g_strdup_printf (_ ("Role of %s"), income_support_member_get_full_name (member));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  role = _income_support_choice_index (INCOME_SUPPORT_CHOICE_ROLE,
                                       income_support_member_get_role (member));
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
  IncomeSupportApplicationPage *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->serial)
    return;
  remove_all_rows (self->members_list);
  if (rows == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      gtk_list_box_set_placeholder (self->members_list, placeholder (text));
      return;
    }

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    g_ptr_array_add (members, income_support_member_new_from_row (rows, i));
  g_list_store_splice (self->members, 0, g_list_model_get_n_items (G_LIST_MODEL (self->members)),
                       members->pdata, members->len);
  income_support_calculation_editor_set_members (self->calculation_editor,
                                                 G_LIST_MODEL (self->members));
  for (guint i = 0; i < members->len; i++)
    gtk_list_box_append (self->members_list, member_row (self, g_ptr_array_index (members, i)));
  gtk_list_box_set_placeholder (self->members_list,
                                placeholder (_ ("Nobody in the household. Add the applicant.")));
  self->members_loaded = TRUE;
  fill_editor_from_decision (self);
}

static void
on_member_dialog_changed_cb (AdwMessageDialog *dialog)
{
  GtkEditable *name = g_object_get_data (G_OBJECT (dialog), "name");
  GtkEditable *birth = g_object_get_data (G_OBJECT (dialog), "birth");
  GtkDropDown *role = g_object_get_data (G_OBJECT (dialog), "role");
  g_autofree char *name_text = g_strstrip (g_strdup (gtk_editable_get_text (name)));
  g_autofree char *birth_text = g_strstrip (g_strdup (gtk_editable_get_text (birth)));
  gboolean is_child = g_strcmp0 (_income_support_choice_code (INCOME_SUPPORT_CHOICE_ROLE,
                                                              gtk_drop_down_get_selected (role)),
                                 "child")
                      == 0;
  GDate date;
  gboolean birth_ok
      = *birth_text == '\0' ? !is_child : _income_support_parse_date (birth_text, &date);

  _income_support_mark_error (GTK_WIDGET (birth), *birth_text != '\0' && !birth_ok);
  adw_message_dialog_set_response_enabled (dialog, "add", *name_text != '\0' && birth_ok);
}

static void
on_member_dialog_response_cb (AdwMessageDialog *dialog,
                              const char *response,
                              IncomeSupportApplicationPage *self)
{
  GtkEditable *name = g_object_get_data (G_OBJECT (dialog), "name");
  GtkEditable *birth = g_object_get_data (G_OBJECT (dialog), "birth");
  GtkDropDown *role = g_object_get_data (G_OBJECT (dialog), "role");
  g_autofree char *application_id = NULL;
  g_autofree char *name_text = NULL;
  g_autofree char *birth_text = NULL;
  g_autofree char *birth_iso = NULL;
  const char *params[4];
  GDate date;

  if (!g_str_equal (response, "add") || self->application == NULL)
    return;
  name_text = g_strstrip (g_strdup (gtk_editable_get_text (name)));
  birth_text = g_strstrip (g_strdup (gtk_editable_get_text (birth)));
  if (*birth_text != '\0' && _income_support_parse_date (birth_text, &date))
    birth_iso = _income_support_iso_date (&date);
  application_id = _income_support_id_text (self->application_id);
  params[0] = application_id;
  params[1] = name_text;
  params[2]
      = _income_support_choice_code (INCOME_SUPPORT_CHOICE_ROLE, gtk_drop_down_get_selected (role));
  params[3] = birth_iso;
  set_busy (self, TRUE);
  kansio_database_query_async (database (self),
                               "SELECT api.is_application_member_set ($1, NULL, $2, $3, $4::date, "
                               "false)",
                               params, 4, self->cancellable, on_member_saved_cb,
                               g_object_ref (self));
}

/* Attachments */

static void
on_attachment_saved_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportApplicationPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (rows == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      self->wait_after_attachment = FALSE;
      _income_support_show_toast (GTK_WIDGET (self), text);
    }
  else if (self->wait_after_attachment)
    {
      /* Asked for: the application waits for it. */
      self->wait_after_attachment = FALSE;
      set_status (self, "waiting_for_attachments");
      return;
    }
  /* The deadline and the status may have changed with it. */
  load_application (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_mark_received_clicked_cb (GtkButton *button, IncomeSupportApplicationPage *self)
{
  const char *attachment = g_object_get_data (G_OBJECT (button), "income-support-attachment");
  g_autofree char *application_id = NULL;
  g_autofree char *today = _income_support_today ();
  const char *params[3];

  if (attachment == NULL || self->busy)
    return;
  application_id = _income_support_id_text (self->application_id);
  params[0] = application_id;
  params[1] = attachment;
  params[2] = today;
  set_busy (self, TRUE);
  kansio_database_query_async (database (self),
                               "SELECT api.is_attachment_set ($1, $2, NULL, $3::date)", params, 3,
                               self->cancellable, on_attachment_saved_cb, g_object_ref (self));
}

static void
on_attachments_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  IncomeSupportApplicationPage *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->serial)
    return;
  remove_all_rows (self->attachments_list);
  if (rows == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      gtk_list_box_set_placeholder (self->attachments_list, placeholder (text));
      return;
    }

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      const char *received_on = _income_support_column (rows, i, "received_on");
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _income_support_column (rows, i, "description"));
      if (received_on != NULL)
        {
          g_autofree char *date = _income_support_format_date (received_on);
          /* Translators: %s is a date */
          g_autofree char *text = g_strdup_printf (_ ("Received %s"), date);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
          adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "emblem-ok-symbolic");
        }
      else
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _ ("Missing"));
          adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "mail-attachment-symbolic");
          if (self->may_handle && is_open (self))
            {
              GtkWidget *button = gtk_button_new_with_mnemonic (_ ("Mark _Received Today"));

              gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
              g_object_set_data_full (G_OBJECT (button), "income-support-attachment",
                                      g_strdup (_income_support_column (rows, i, "attachment_id")),
                                      g_free);
              g_signal_connect_object (button, "clicked", G_CALLBACK (on_mark_received_clicked_cb),
                                       self, 0);
              adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
            }
        }
      gtk_list_box_append (self->attachments_list, row);
    }
  gtk_list_box_set_placeholder (self->attachments_list,
                                placeholder (_ ("No attachments asked for")));
}

static void
on_attachment_dialog_changed_cb (AdwMessageDialog *dialog)
{
  GtkEditable *description = g_object_get_data (G_OBJECT (dialog), "description");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (description)));

  adw_message_dialog_set_response_enabled (dialog, "add", *text != '\0');
}

static void
on_attachment_dialog_response_cb (AdwMessageDialog *dialog,
                                  const char *response,
                                  IncomeSupportApplicationPage *self)
{
  GtkEditable *description = g_object_get_data (G_OBJECT (dialog), "description");
  GtkCheckButton *wait = g_object_get_data (G_OBJECT (dialog), "wait");
  g_autofree char *application_id = NULL;
  g_autofree char *text = NULL;
  const char *params[2];

  if (!g_str_equal (response, "add") || self->application == NULL)
    return;
  application_id = _income_support_id_text (self->application_id);
  text = g_strstrip (g_strdup (gtk_editable_get_text (description)));
  params[0] = application_id;
  params[1] = text;
  self->wait_after_attachment
      = gtk_widget_get_visible (GTK_WIDGET (wait)) && gtk_check_button_get_active (wait);
  set_busy (self, TRUE);
  kansio_database_query_async (database (self), "SELECT api.is_attachment_set ($1, NULL, $2, NULL)",
                               params, 2, self->cancellable, on_attachment_saved_cb,
                               g_object_ref (self));
}

/* Loading */

static void
on_applications_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  IncomeSupportApplicationPage *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autofree char *id = NULL;
  const char *params[1];
  guint found = G_MAXUINT;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->serial)
    return;
  if (rows == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      adw_status_page_set_description (self->failed_page, text);
      gtk_stack_set_visible_child_name (self->state_stack, "failed");
      return;
    }
  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    if (_income_support_column_int64 (rows, i, "application_id") == self->application_id)
      found = i;
  if (found == G_MAXUINT)
    {
      adw_status_page_set_description (self->failed_page,
                                       _ ("The application is not among the client’s "
                                          "applications you may see."));
      gtk_stack_set_visible_child_name (self->state_stack, "failed");
      return;
    }

  g_clear_object (&self->application);
  self->application = income_support_application_new_from_row (rows, found, self->person);
  fill_details (self);
  update_actions (self);
  gtk_stack_set_visible_child_name (self->state_stack, "application");

  income_support_calculation_editor_set_application (self->calculation_editor, self->application);
  income_support_decision_page_set_application (self->decision_page, self->application);
  update_editability (self);

  id = _income_support_id_text (self->application_id);
  params[0] = id;
  kansio_database_query_async (database (self), "SELECT * FROM api.is_application_members ($1)",
                               params, 1, self->cancellable, on_members_loaded_cb,
                               load_job_new (self));
  kansio_database_query_async (database (self), "SELECT * FROM api.is_attachments ($1)", params, 1,
                               self->cancellable, on_attachments_loaded_cb, load_job_new (self));
}

static void
on_person_opened_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  IncomeSupportApplicationPage *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioPerson) person = NULL;
  g_autofree char *id = NULL;
  const char *params[1];

  person = kansio_client_directory_open_finish (KANSIO_CLIENT_DIRECTORY (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->serial)
    return;
  if (person == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      adw_status_page_set_description (self->failed_page, text);
      gtk_stack_set_visible_child_name (self->state_stack, "failed");
      return;
    }
  g_set_object (&self->person, person);
  id = _income_support_id_text (self->person_id);
  params[0] = id;
  kansio_database_query_async (database (self), "SELECT * FROM api.is_applications ($1)", params, 1,
                               self->cancellable, on_applications_loaded_cb,
                               g_steal_pointer (&job));
}

static void
load_application (IncomeSupportApplicationPage *self)
{
  if (self->context == NULL || self->application_id == 0)
    return;
  self->serial++;
  show_status_error (self, NULL);
  if (self->application == NULL)
    gtk_stack_set_visible_child_name (self->state_stack, "loading");
  kansio_client_directory_open_async (kansio_context_get_clients (self->context), self->person_id,
                                      NULL, self->cancellable, on_person_opened_cb,
                                      load_job_new (self));
}

static void
on_status_set_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportApplicationPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (rows == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      show_status_error (self, text);
      /* Someone else moved it meanwhile: show where it is now. */
      if (g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT))
        load_application (self);
      return;
    }
  load_application (self);
  g_signal_emit (self, signals[CHANGED], 0);
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

static void
set_status_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  set_status (INCOME_SUPPORT_APPLICATION_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
set_status (IncomeSupportApplicationPage *self, const char *status)
{
  g_autofree char *application_id = NULL;
  g_autofree char *row_version = NULL;
  const char *params[3];

  if (self->application == NULL || self->busy)
    return;
  application_id = _income_support_id_text (self->application_id);
  row_version
      = g_strdup_printf ("%d", income_support_application_get_row_version (self->application));
  params[0] = application_id;
  params[1] = row_version;
  params[2] = status;
  show_status_error (self, NULL);
  set_busy (self, TRUE);
  kansio_database_query_async (database (self),
                               "SELECT api.is_application_set_status ($1, $2::integer, $3)", params,
                               3, self->cancellable, on_status_set_cb, g_object_ref (self));
}

static void
add_member_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportApplicationPage *self = INCOME_SUPPORT_APPLICATION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr (GListModel) roles = _income_support_choice_model (INCOME_SUPPORT_CHOICE_ROLE);
  GtkWidget *dialog, *box, *name, *role, *birth;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _ ("Add a Household Member"),
                                   _ ("Someone living in the same household, for this "
                                      "application only. A child’s birth date decides the "
                                      "basic amount."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  name = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (name), _ ("Full name"));
  gtk_entry_set_activates_default (GTK_ENTRY (name), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (name), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Full name"), -1);
  role = gtk_drop_down_new (g_object_ref (roles), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (role),
                              _income_support_choice_index (INCOME_SUPPORT_CHOICE_ROLE, "adult"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (role), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Role"),
                                  -1);
  birth = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (birth), _ ("Birth date (d.m.yyyy)"));
  gtk_entry_set_activates_default (GTK_ENTRY (birth), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (birth), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Birth date"), -1);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), role);
  gtk_box_append (GTK_BOX (box), birth);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data (G_OBJECT (dialog), "name", name);
  g_object_set_data (G_OBJECT (dialog), "role", role);
  g_object_set_data (G_OBJECT (dialog), "birth", birth);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "add",
                                    _ ("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  g_signal_connect_object (name, "changed", G_CALLBACK (on_member_dialog_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (birth, "changed", G_CALLBACK (on_member_dialog_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (role, "notify::selected", G_CALLBACK (on_member_dialog_changed_cb),
                           dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_member_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (name);
}

static void
add_attachment_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportApplicationPage *self = INCOME_SUPPORT_APPLICATION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *status
      = self->application != NULL ? income_support_application_get_status (self->application) : "";
  GtkWidget *dialog, *box, *description, *wait;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _ ("Ask for an Attachment"),
                                   _ ("What the client must still send, such as a bank statement "
                                      "or a rent agreement."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  description = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (description), _ ("Attachment"));
  gtk_entry_set_activates_default (GTK_ENTRY (description), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (description), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Attachment"), -1);
  wait = gtk_check_button_new_with_mnemonic (
      _ ("The application _waits for attachments until they arrive"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (wait), TRUE);
  gtk_widget_set_visible (wait, g_str_equal (status, "received")
                                    || g_str_equal (status, "in_processing"));
  gtk_box_append (GTK_BOX (box), description);
  gtk_box_append (GTK_BOX (box), wait);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data (G_OBJECT (dialog), "description", description);
  g_object_set_data (G_OBJECT (dialog), "wait", wait);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "add",
                                    _ ("_Ask for It"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  g_signal_connect_object (description, "changed", G_CALLBACK (on_attachment_dialog_changed_cb),
                           dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_attachment_dialog_response_cb), self,
                           0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (description);
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
  g_clear_object (&self->person);
  g_clear_object (&self->members);
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
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, process_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, wait_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, resume_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, close_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, due_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, late_box);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, received_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, notes_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage,
                                        status_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage,
                                        add_member_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, members_list);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage,
                                        add_attachment_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage,
                                        attachments_list);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage,
                                        calculation_editor);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportApplicationPage, decision_page);
  gtk_widget_class_bind_template_callback (widget_class, on_calculation_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_decision_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_decision_loaded_cb);

  gtk_widget_class_install_action (widget_class, "income-support-application.back", NULL,
                                   back_action);
  gtk_widget_class_install_action (widget_class, "income-support-application.reload", NULL,
                                   reload_action);
  gtk_widget_class_install_action (widget_class, "income-support-application.save", NULL,
                                   save_action);
  gtk_widget_class_install_action (widget_class, "income-support-application.set-status", "s",
                                   set_status_action);
  gtk_widget_class_install_action (widget_class, "income-support-application.add-member", NULL,
                                   add_member_action);
  gtk_widget_class_install_action (widget_class, "income-support-application.add-attachment", NULL,
                                   add_attachment_action);
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
  self->members = g_list_store_new (INCOME_SUPPORT_TYPE_MEMBER);
  gtk_list_box_set_placeholder (self->members_list, placeholder (_ ("Loading…")));
  gtk_list_box_set_placeholder (self->attachments_list, placeholder (_ ("Loading…")));
  update_actions (self);
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
  update_actions (self);
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
      self->busy = FALSE;
      self->application_id = application_id;
      self->person_id = person_id;
      self->members_loaded = FALSE;
      self->editor_filled = FALSE;
      g_clear_object (&self->application);
      g_list_store_remove_all (self->members);
      remove_all_rows (self->members_list);
      remove_all_rows (self->attachments_list);
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
IncomeSupportApplication *
income_support_application_page_get_application (IncomeSupportApplicationPage *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION_PAGE (self), NULL);
  return self->application;
}

/**
 * income_support_application_page_get_members:
 *
 * Returns: (transfer none): the household, of #IncomeSupportMember
 */
GListModel *
income_support_application_page_get_members (IncomeSupportApplicationPage *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION_PAGE (self), NULL);
  return G_LIST_MODEL (self->members);
}
