/* income-support-new-application.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-new-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-application-list.h"
#include "income-support-format.h"
#include "income-support-new-application.h"

/* Registering an application as it arrives: the client found by identity
 * code, with their open income-support case, then when and how the
 * application came, the months and the kind of support applied for. The
 * database counts the deadline and takes the household from the family
 * relations. The client's applications are listed too, to be opened from
 * there once they have left the work queue; a reader only finds the client
 * and opens them. */
struct _IncomeSupportNewApplication
{
  AdwBin parent_instance;

  KansioContext *context;
  GCancellable *cancellable;
  gint64 person_id;
  gint64 case_id;
  gboolean busy;
  gboolean may_register;

  /* Template widgets */
  AdwEntryRow *identity_row;
  AdwActionRow *client_row;
  AdwActionRow *client_error_row;
  IncomeSupportApplicationList *application_list;
  GtkWidget *register_group;
  GtkWidget *register_button;
  AdwEntryRow *received_row;
  AdwComboRow *channel_row;
  AdwEntryRow *first_month_row;
  AdwEntryRow *last_month_row;
  AdwComboRow *kind_row;
  GtkSwitch *urgent_switch;
  AdwEntryRow *notes_row;
  AdwActionRow *form_error_row;

  /* The form as checked, while the client's applications for the same
   * months are looked up (issue 13: a warning before a second one). */
  GDate received_on;
  GDate first_month;
  GDate last_month;
  gboolean has_last;
  char *notes;
};

G_DEFINE_FINAL_TYPE (IncomeSupportNewApplication, income_support_new_application, ADW_TYPE_BIN)

enum
{
  REGISTERED,
  OPEN_APPLICATION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
show_row_message (AdwActionRow *row, const char *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (row), message != NULL);
}

static void
update_actions (IncomeSupportNewApplication *self)
{
  g_autofree char *code = g_strstrip (g_strdup (text_of (self->identity_row)));
  gboolean has_code = *code != '\0';

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-new.find",
                                 !self->busy && has_code);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-new.register",
                                 !self->busy && self->case_id != 0);
}

static void
set_busy (IncomeSupportNewApplication *self, gboolean busy)
{
  self->busy = busy;
  update_actions (self);
}

static void
forget_case (IncomeSupportNewApplication *self)
{
  self->person_id = 0;
  self->case_id = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->client_row), FALSE);
  show_row_message (self->client_error_row, NULL);
}

static void
forget_client (IncomeSupportNewApplication *self)
{
  forget_case (self);
  income_support_application_list_show_person (self->application_list, self->context, 0);
}

static void
fill_defaults (IncomeSupportNewApplication *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%-d.%-m.%Y");
  g_autofree char *month = g_date_time_format (now, "%-m/%Y");

  gtk_editable_set_text (GTK_EDITABLE (self->received_row), today);
  gtk_editable_set_text (GTK_EDITABLE (self->first_month_row), month);
  gtk_editable_set_text (GTK_EDITABLE (self->last_month_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), "");
  adw_combo_row_set_selected (self->channel_row, 0);
  adw_combo_row_set_selected (self->kind_row, 0);
  gtk_switch_set_active (self->urgent_switch, FALSE);
  show_row_message (self->form_error_row, NULL);
  _income_support_mark_error (GTK_WIDGET (self->received_row), FALSE);
  _income_support_mark_error (GTK_WIDGET (self->first_month_row), FALSE);
  _income_support_mark_error (GTK_WIDGET (self->last_month_row), FALSE);
}

/* The open income-support case: the one of the user's own unit if there
 * are several. */
static void
on_case_found_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportNewApplication) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioIncomeSupportCase) found
      = kansio_income_support_case_find_open_finish (result, &error);
  const char *unit_name;
  g_autofree char *subtitle = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (error != NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      forget_client (self);
      show_row_message (self->client_error_row, text);
      return;
    }
  if (found == NULL)
    {
      /* Without an open case nothing new is registered, but what was
       * applied for before can still be opened: the list stays. */
      forget_case (self);
      show_row_message (self->client_error_row,
                        _ ("The client has no open income-support case in your units. Open a "
                           "case from the client’s page first."));
      return;
    }

  self->case_id = kansio_income_support_case_get_id (found);
  unit_name = kansio_i18n_interface_is_swedish ()
                  ? kansio_income_support_case_get_unit_name_sv (found)
                  : kansio_income_support_case_get_unit_name_fi (found);
  subtitle = g_strdup_printf ("%s · %s", adw_action_row_get_subtitle (self->client_row),
                              unit_name != NULL ? unit_name : "");
  adw_action_row_set_subtitle (self->client_row, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->client_row), TRUE);
  update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->received_row));
}

static void
on_people_found_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportNewApplication) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) people = NULL;
  g_autofree char *code = g_ascii_strup (g_strstrip (g_strdup (text_of (self->identity_row))), -1);
  KansioPerson *person = NULL;
  g_autofree char *name = NULL;

  people = kansio_client_directory_search_finish (KANSIO_CLIENT_DIRECTORY (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (people == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      set_busy (self, FALSE);
      show_row_message (self->client_error_row, text);
      return;
    }

  for (guint i = 0; i < people->len && person == NULL; i++)
    {
      KansioPerson *candidate = g_ptr_array_index (people, i);

      if (g_strcmp0 (kansio_person_get_field (candidate, KANSIO_PERSON_FIELD_IDENTITY_CODE), code)
          == 0)
        person = candidate;
    }
  if (person == NULL)
    {
      set_busy (self, FALSE);
      show_row_message (self->client_error_row,
                        _ ("Nobody with this identity code is registered."));
      return;
    }
  if (!kansio_person_get_is_visible (person))
    {
      set_busy (self, FALSE);
      show_row_message (self->client_error_row,
                        _ ("This person is not a client of your units. Open an income-support "
                           "case from the client’s page first."));
      return;
    }

  self->person_id = kansio_person_get_id (person);
  name = kansio_person_dup_display_name (person);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->client_row), name);
  adw_action_row_set_subtitle (self->client_row, code);
  income_support_application_list_show_person (self->application_list, self->context,
                                               self->person_id);
  if (!self->may_register)
    {
      /* A reader looks at the applications; no case is needed. */
      set_busy (self, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->client_row), TRUE);
      return;
    }
  kansio_income_support_case_find_open_async (self->context, self->person_id, self->cancellable,
                                              on_case_found_cb, g_object_ref (self));
}

static void
on_registered_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportNewApplication) self = user_data;
  g_autoptr (GError) error = NULL;
  gint64 application_id = kansio_income_support_application_register_finish (result, &error);
  gint64 person_id;
  const char *column;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (application_id == 0)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      /* The form stays as it was, for another try. */
      show_row_message (self->form_error_row, text);
      column = kansio_database_error_get_column (error);
      if (g_strcmp0 (column, "received_on") == 0)
        _income_support_mark_error (GTK_WIDGET (self->received_row), TRUE);
      return;
    }

  person_id = self->person_id;
  income_support_new_application_reset (self);
  g_signal_emit (self, signals[REGISTERED], 0, application_id, person_id);
}

/* Registers the form as checked. */
static void
register_checked (IncomeSupportNewApplication *self)
{
  set_busy (self, TRUE);
  kansio_income_support_application_register_async (
      kansio_context_get_database (self->context), self->case_id, &self->received_on,
      _income_support_choice_code (INCOME_SUPPORT_CHOICE_CHANNEL,
                                   adw_combo_row_get_selected (self->channel_row)),
      &self->first_month, self->has_last ? &self->last_month : NULL,
      _income_support_choice_code (INCOME_SUPPORT_CHOICE_KIND,
                                   adw_combo_row_get_selected (self->kind_row)),
      gtk_switch_get_active (self->urgent_switch), self->notes, self->cancellable, on_registered_cb,
      g_object_ref (self));
}

static void
on_same_months_response_cb (AdwMessageDialog *dialog,
                            const char *response,
                            IncomeSupportNewApplication *self)
{
  if (g_str_equal (response, "register") && self->context != NULL && !self->busy)
    register_checked (self);
}

/* One earlier application, as the warning names it. */
static char *
describe_earlier (KansioIncomeSupportApplication *application)
{
  g_autofree char *received = _income_support_format_date (
      kansio_income_support_application_get_received_on (application));
  const char *outcome = kansio_income_support_application_get_outcome (application);

  if (outcome != NULL && kansio_income_support_application_get_decided_on (application) != NULL)
    {
      g_autofree char *decided = _income_support_format_date (
          kansio_income_support_application_get_decided_on (application));

      /* Translators: an earlier application for the same months: when it
       * arrived, when it was decided, and the outcome ("Granted"). */
      return g_strdup_printf (
          _ ("Arrived %s, decided %s: %s"), received, decided,
          _income_support_choice_label (INCOME_SUPPORT_CHOICE_OUTCOME, outcome));
    }
  /* Translators: an earlier application for the same months: when it
   * arrived, and its status ("In processing"). */
  return g_strdup_printf (
      _ ("Arrived %s, status: %s"), received,
      _income_support_choice_label (INCOME_SUPPORT_CHOICE_STATUS,
                                    kansio_income_support_application_get_status (application)));
}

/* The client has applied for these months already: said before
 * registering, with each earlier application; registering deliberately
 * stays possible. */
static void
on_same_months_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportNewApplication) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) earlier
      = kansio_income_support_application_list_for_months_finish (result, &error);
  g_autoptr (GString) body = NULL;
  GtkRoot *root;
  AdwMessageDialog *dialog;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (earlier == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      show_row_message (self->form_error_row, text);
      return;
    }
  if (g_list_model_get_n_items (earlier) == 0)
    {
      register_checked (self);
      return;
    }

  body = g_string_new (_ ("The client has applied for these months already:"));
  for (guint i = 0; i < g_list_model_get_n_items (earlier); i++)
    {
      g_autoptr (KansioIncomeSupportApplication) application = g_list_model_get_item (earlier, i);
      g_autofree char *line = describe_earlier (application);

      g_string_append_printf (body, "\n• %s", line);
    }
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = ADW_MESSAGE_DIALOG (
      adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                              _ ("Another Application for These Months?"), body->str));
  gtk_widget_set_name (GTK_WIDGET (dialog), "income-support-same-months");
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "register",
                                    _ ("_Register Anyway"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "register", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_same_months_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_open_application_cb (IncomeSupportNewApplication *self, gint64 application_id, gint64 person_id)
{
  g_signal_emit (self, signals[OPEN_APPLICATION], 0, application_id, person_id);
}

static void
on_identity_changed_cb (IncomeSupportNewApplication *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->busy = FALSE;
  forget_client (self);
  _income_support_mark_error (GTK_WIDGET (self->identity_row), FALSE);
  update_actions (self);
}

static void
on_identity_activated_cb (IncomeSupportNewApplication *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "income-support-new.find", NULL);
}

static void
on_field_changed_cb (IncomeSupportNewApplication *self, GtkEditable *editable)
{
  _income_support_mark_error (GTK_WIDGET (editable), FALSE);
}

/* Actions */

static void
income_support_new_application_find_action (GtkWidget *widget,
                                            const char *action_name,
                                            GVariant *parameter)
{
  IncomeSupportNewApplication *self = INCOME_SUPPORT_NEW_APPLICATION (widget);
  g_autofree char *code = g_ascii_strup (g_strstrip (g_strdup (text_of (self->identity_row))), -1);
  g_autoptr (GError) error = NULL;

  if (self->context == NULL || self->busy)
    return;
  forget_client (self);
  if (!kansio_validate_identity_code (code, KANSIO_IDENTITY_CODE_ALLOW_TEMPORARY, NULL, NULL,
                                      &error))
    {
      show_row_message (self->client_error_row, error->message);
      _income_support_mark_error (GTK_WIDGET (self->identity_row), TRUE);
      return;
    }
  _income_support_mark_error (GTK_WIDGET (self->identity_row), FALSE);
  set_busy (self, TRUE);
  kansio_client_directory_search_async (kansio_context_get_clients (self->context), code, 0, 5,
                                        self->cancellable, on_people_found_cb, g_object_ref (self));
}

static void
income_support_new_application_register_action (GtkWidget *widget,
                                                const char *action_name,
                                                GVariant *parameter)
{
  IncomeSupportNewApplication *self = INCOME_SUPPORT_NEW_APPLICATION (widget);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *notes = NULL;
  g_autofree char *last_text = g_strstrip (g_strdup (text_of (self->last_month_row)));
  GDate received_on, first_month, last_month, today;
  gboolean has_last;

  if (self->context == NULL || self->busy)
    return;
  if (self->case_id == 0)
    {
      show_row_message (self->client_error_row, _ ("Find the client first."));
      gtk_widget_grab_focus (GTK_WIDGET (self->identity_row));
      return;
    }

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (!_income_support_parse_date (text_of (self->received_row), &received_on)
      || g_date_compare (&received_on, &today) > 0)
    {
      show_row_message (self->form_error_row,
                        _ ("Write the day the application was received as d.m.yyyy, today or "
                           "earlier."));
      _income_support_mark_error (GTK_WIDGET (self->received_row), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->received_row));
      return;
    }
  if (!_income_support_parse_month (text_of (self->first_month_row), &first_month))
    {
      show_row_message (self->form_error_row, _ ("Write the first month as m/yyyy, e.g. 3/2026."));
      _income_support_mark_error (GTK_WIDGET (self->first_month_row), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->first_month_row));
      return;
    }
  has_last = *last_text != '\0';
  if (has_last)
    {
      GDate limit = first_month;

      g_date_add_months (&limit, 12);
      if (!_income_support_parse_month (text_of (self->last_month_row), &last_month)
          || g_date_compare (&last_month, &first_month) < 0
          || g_date_compare (&last_month, &limit) >= 0)
        {
          show_row_message (self->form_error_row,
                            _ ("Write the last month as m/yyyy, at most eleven months after the "
                               "first, or leave it empty for one month."));
          _income_support_mark_error (GTK_WIDGET (self->last_month_row), TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (self->last_month_row));
          return;
        }
    }
  show_row_message (self->form_error_row, NULL);

  notes = g_strstrip (g_strdup (text_of (self->notes_row)));

  self->received_on = received_on;
  self->first_month = first_month;
  self->has_last = has_last;
  if (has_last)
    self->last_month = last_month;
  g_free (self->notes);
  self->notes = g_steal_pointer (&notes);
  set_busy (self, TRUE);
  kansio_income_support_application_list_for_months_async (
      kansio_context_get_database (self->context), self->case_id, &self->first_month,
      has_last ? &self->last_month : NULL, self->cancellable, on_same_months_cb,
      g_object_ref (self));
}

/* Overrides */

static void
income_support_new_application_dispose (GObject *object)
{
  IncomeSupportNewApplication *self = INCOME_SUPPORT_NEW_APPLICATION (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_NEW_APPLICATION);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (income_support_new_application_parent_class)->dispose (object);
}

static void
income_support_new_application_finalize (GObject *object)
{
  IncomeSupportNewApplication *self = INCOME_SUPPORT_NEW_APPLICATION (object);

  g_free (self->notes);

  G_OBJECT_CLASS (income_support_new_application_parent_class)->finalize (object);
}

static void
income_support_new_application_class_init (IncomeSupportNewApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_new_application_dispose;
  object_class->finalize = income_support_new_application_finalize;

  /**
   * IncomeSupportNewApplication::registered:
   * @application_id: the new application
   * @person_id: its client
   */
  signals[REGISTERED] = g_signal_new ("registered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
  /**
   * IncomeSupportNewApplication::open-application:
   * @application_id: one of the client's applications, chosen
   * @person_id: the client
   */
  signals[OPEN_APPLICATION]
      = g_signal_new ("open-application", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                      NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);

  g_type_ensure (INCOME_SUPPORT_TYPE_APPLICATION_LIST);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-new-application.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication, identity_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication, client_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication,
                                        application_list);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication, register_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication, register_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication,
                                        client_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication, received_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication, channel_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication, first_month_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication, last_month_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication, kind_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication, urgent_switch);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication, notes_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportNewApplication, form_error_row);
  gtk_widget_class_bind_template_callback (widget_class, on_identity_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_application_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_identity_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);

  gtk_widget_class_install_action (widget_class, "income-support-new.find", NULL,
                                   income_support_new_application_find_action);
  gtk_widget_class_install_action (widget_class, "income-support-new.register", NULL,
                                   income_support_new_application_register_action);
}

static void
income_support_new_application_init (IncomeSupportNewApplication *self)
{
  g_autoptr (GListModel) channels = _income_support_choice_model (INCOME_SUPPORT_CHOICE_CHANNEL);
  g_autoptr (GListModel) kinds = _income_support_choice_model (INCOME_SUPPORT_CHOICE_KIND);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->may_register = TRUE;

  _income_support_add_shortcut (_income_support_add_managed_shortcuts (GTK_WIDGET (self)),
                                GDK_KEY_s, GDK_CONTROL_MASK, "income-support-new.register");
  self->cancellable = g_cancellable_new ();
  adw_combo_row_set_model (self->channel_row, channels);
  adw_combo_row_set_model (self->kind_row, kinds);
  fill_defaults (self);
  update_actions (self);
}

void
income_support_new_application_set_context (IncomeSupportNewApplication *self,
                                            KansioContext *context)
{
  g_return_if_fail (INCOME_SUPPORT_IS_NEW_APPLICATION (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  g_set_object (&self->context, context);
  update_actions (self);
}

/**
 * income_support_new_application_reset:
 *
 * Empties the form for the next application.
 */
void
income_support_new_application_reset (IncomeSupportNewApplication *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_NEW_APPLICATION (self));

  gtk_editable_set_text (GTK_EDITABLE (self->identity_row), "");
  forget_client (self);
  fill_defaults (self);
  update_actions (self);
}

/**
 * income_support_new_application_focus:
 *
 * Moves the keyboard focus to the identity code, to type it straight away.
 */
void
income_support_new_application_focus (IncomeSupportNewApplication *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_NEW_APPLICATION (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->identity_row));
}

/**
 * income_support_new_application_set_may_register:
 * @may_register: whether the user registers applications (a handler)
 *
 * Without the right the page only finds a client and lists their
 * applications, to open them.
 */
void
income_support_new_application_set_may_register (IncomeSupportNewApplication *self,
                                                 gboolean may_register)
{
  g_return_if_fail (INCOME_SUPPORT_IS_NEW_APPLICATION (self));

  self->may_register = may_register;
  gtk_widget_set_visible (self->register_group, may_register);
  gtk_widget_set_visible (self->register_button, may_register);
}

/**
 * income_support_new_application_find_client:
 *
 * Finds the client of @identity_code, as if typed (from the client page):
 * their applications, and the form once their open case is found.
 */
void
income_support_new_application_find_client (IncomeSupportNewApplication *self,
                                            const char *identity_code)
{
  g_return_if_fail (INCOME_SUPPORT_IS_NEW_APPLICATION (self));

  gtk_editable_set_text (GTK_EDITABLE (self->identity_row), identity_code);
  gtk_widget_activate_action (GTK_WIDGET (self), "income-support-new.find", NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->identity_row));
}
