/* kansio-income-support-application.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-client-directory.h"
#include "kansio-database-error.h"
#include "documents/kansio-document-format.h"
#include "kansio-income-support-document.h"
#include "kansio-api-call-private.h"
#include "kansio-income-support-application-private.h"

/* An income-support application, as api.is_applications gives it: when
 * and how it came, the months and the kind of support applied for, where
 * it stands and its deadline, counted by the database. Every api function
 * of an application is called once, here (registering it, reading it,
 * moving it on) or, for its household and attachments, in
 * kansio-income-support-application-household.c. The application names the version it
 * was read at (row-version): a status set on a version someone changed
 * since fails with KANSIO_DATABASE_ERROR_CONCURRENT_EDIT (KA409). Its
 * decision is a KansioIncomeSupportDecision. */
struct _KansioIncomeSupportApplication
{
  GObject parent_instance;

  KansioDatabase *database;
  KansioPerson *person;
  gint64 id;
  gint64 case_id;
  gint64 person_id;
  char *received_on;
  char *channel;
  char *first_month;
  char *last_month;
  char *kind;
  gboolean urgent;
  char *status;
  char *due_on;
  gboolean is_late;
  int working_days_left;
  char *notes;
  int row_version;
  /* The clock that matters now and the dates of 14 a § (DOMAIN.md 2.1). */
  char *clock;
  char *requested_on;
  char *request_due_on;
  char *completion_due_on;
  char *completed_on;
  char *discussion_requested_on;
  char *discussion_held_on;
  char *discussion_due_on;
  /* Only in api.is_applications_for_months: its decision, if any. */
  char *outcome;
  char *decided_on;
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportApplication,
                     kansio_income_support_application,
                     G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_PERSON_ID,
  PROP_RECEIVED_ON,
  PROP_CHANNEL,
  PROP_FIRST_MONTH,
  PROP_LAST_MONTH,
  PROP_KIND,
  PROP_URGENT,
  PROP_STATUS,
  PROP_DUE_ON,
  PROP_IS_LATE,
  PROP_WORKING_DAYS_LEFT,
  PROP_NOTES,
  PROP_ROW_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  gint64 person_id;
  gint64 application_id;
} Listing;

static void
kansio_income_support_application_get_property (GObject *object,
                                                guint prop_id,
                                                GValue *value,
                                                GParamSpec *pspec)
{
  KansioIncomeSupportApplication *self = KANSIO_INCOME_SUPPORT_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;

    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_RECEIVED_ON:
      g_value_set_string (value, self->received_on);
      break;

    case PROP_CHANNEL:
      g_value_set_string (value, self->channel);
      break;

    case PROP_FIRST_MONTH:
      g_value_set_string (value, self->first_month);
      break;

    case PROP_LAST_MONTH:
      g_value_set_string (value, self->last_month);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_URGENT:
      g_value_set_boolean (value, self->urgent);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;

    case PROP_IS_LATE:
      g_value_set_boolean (value, self->is_late);
      break;

    case PROP_WORKING_DAYS_LEFT:
      g_value_set_int (value, self->working_days_left);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_ROW_VERSION:
      g_value_set_int (value, self->row_version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_income_support_application_dispose (GObject *object)
{
  KansioIncomeSupportApplication *self = KANSIO_INCOME_SUPPORT_APPLICATION (object);

  g_clear_object (&self->database);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (kansio_income_support_application_parent_class)->dispose (object);
}

static void
kansio_income_support_application_finalize (GObject *object)
{
  KansioIncomeSupportApplication *self = KANSIO_INCOME_SUPPORT_APPLICATION (object);

  g_free (self->received_on);
  g_free (self->channel);
  g_free (self->first_month);
  g_free (self->last_month);
  g_free (self->kind);
  g_free (self->status);
  g_free (self->due_on);
  g_free (self->notes);
  g_free (self->clock);
  g_free (self->requested_on);
  g_free (self->request_due_on);
  g_free (self->completion_due_on);
  g_free (self->completed_on);
  g_free (self->discussion_requested_on);
  g_free (self->discussion_held_on);
  g_free (self->discussion_due_on);
  g_free (self->outcome);
  g_free (self->decided_on);

  G_OBJECT_CLASS (kansio_income_support_application_parent_class)->finalize (object);
}

static void
kansio_income_support_application_class_init (KansioIncomeSupportApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_income_support_application_get_property;
  object_class->dispose = kansio_income_support_application_dispose;
  object_class->finalize = kansio_income_support_application_finalize;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_CASE_ID]
      = g_param_spec_int64 ("case-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  /* The client applying. */
  properties[PROP_PERSON_ID]
      = g_param_spec_int64 ("person-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  /* Dates as the database wrote them, yyyy-mm-dd. */
  properties[PROP_RECEIVED_ON] = g_param_spec_string ("received-on", NULL, NULL, NULL, flags);
  /* "paper", "electronic" or "in_person" */
  properties[PROP_CHANNEL] = g_param_spec_string ("channel", NULL, NULL, NULL, flags);
  properties[PROP_FIRST_MONTH] = g_param_spec_string ("first-month", NULL, NULL, NULL, flags);
  /* NULL for one month */
  properties[PROP_LAST_MONTH] = g_param_spec_string ("last-month", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_URGENT] = g_param_spec_boolean ("urgent", NULL, NULL, FALSE, flags);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL, flags);
  properties[PROP_IS_LATE] = g_param_spec_boolean ("is-late", NULL, NULL, FALSE, flags);
  /* Of an open application: the working days from tomorrow to the deadline. */
  properties[PROP_WORKING_DAYS_LEFT]
      = g_param_spec_int ("working-days-left", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_ROW_VERSION]
      = g_param_spec_int ("row-version", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_income_support_application_init (KansioIncomeSupportApplication *self)
{
}

/* The columns of api.is_applications, in one place: a KansioApiItemFunc. */
KansioIncomeSupportApplication *
_kansio_income_support_application_new_from_row (KansioDatabase *database,
                                                 KansioRows *rows,
                                                 guint row,
                                                 gint64 person_id)
{
  KansioIncomeSupportApplication *self
      = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_APPLICATION, NULL);

  self->database = g_object_ref (database);
  self->person_id = person_id;
  self->id = _kansio_api_int64 (rows, row, "application_id");
  self->case_id = _kansio_api_int64 (rows, row, "case_id");
  self->received_on = g_strdup (_kansio_api_text (rows, row, "received_on"));
  self->channel = g_strdup (_kansio_api_text (rows, row, "channel"));
  self->first_month = g_strdup (_kansio_api_text (rows, row, "first_month"));
  self->last_month = g_strdup (_kansio_api_text (rows, row, "last_month"));
  self->kind = g_strdup (_kansio_api_text (rows, row, "kind"));
  self->urgent = _kansio_api_boolean (rows, row, "urgent");
  self->status = g_strdup (_kansio_api_text (rows, row, "status"));
  self->due_on = g_strdup (_kansio_api_text (rows, row, "due_on"));
  self->is_late = _kansio_api_boolean (rows, row, "is_late");
  self->working_days_left = _kansio_api_int (rows, row, "working_days_left");
  self->notes = g_strdup (_kansio_api_text (rows, row, "notes"));
  self->row_version = _kansio_api_int (rows, row, "row_version");
  self->clock = g_strdup (_kansio_api_text (rows, row, "clock"));
  self->requested_on = g_strdup (_kansio_api_text (rows, row, "requested_on"));
  self->request_due_on = g_strdup (_kansio_api_text (rows, row, "request_due_on"));
  self->completion_due_on = g_strdup (_kansio_api_text (rows, row, "completion_due_on"));
  self->completed_on = g_strdup (_kansio_api_text (rows, row, "completed_on"));
  self->discussion_requested_on
      = g_strdup (_kansio_api_text (rows, row, "discussion_requested_on"));
  self->discussion_held_on = g_strdup (_kansio_api_text (rows, row, "discussion_held_on"));
  self->discussion_due_on = g_strdup (_kansio_api_text (rows, row, "discussion_due_on"));
  self->outcome = g_strdup (_kansio_api_text (rows, row, "outcome"));
  self->decided_on = g_strdup (_kansio_api_text (rows, row, "decided_on"));
  return self;
}

gint64
kansio_income_support_application_get_id (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), 0);
  return self->id;
}

gint64
kansio_income_support_application_get_case_id (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), 0);
  return self->case_id;
}

gint64
kansio_income_support_application_get_person_id (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), 0);
  return self->person_id;
}

const char *
kansio_income_support_application_get_received_on (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->received_on;
}

const char *
kansio_income_support_application_get_channel (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->channel;
}

const char *
kansio_income_support_application_get_first_month (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->first_month;
}

const char *
kansio_income_support_application_get_last_month (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->last_month;
}

const char *
kansio_income_support_application_get_kind (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->kind;
}

gboolean
kansio_income_support_application_get_urgent (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), FALSE);
  return self->urgent;
}

const char *
kansio_income_support_application_get_status (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->status;
}

const char *
kansio_income_support_application_get_due_on (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->due_on;
}

gboolean
kansio_income_support_application_get_is_late (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), FALSE);
  return self->is_late;
}

const char *
kansio_income_support_application_get_notes (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->notes;
}

int
kansio_income_support_application_get_row_version (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), 0);
  return self->row_version;
}

/**
 * kansio_income_support_application_get_working_days_left:
 *
 * Returns: the working days from tomorrow to the deadline, counted by the
 *   database with its calendar settings; 0 when it is today or past
 */
int
kansio_income_support_application_get_working_days_left (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), 0);
  return MAX (self->working_days_left, 0);
}

/**
 * kansio_income_support_application_get_person:
 *
 * Returns: (transfer none) (nullable): the client, when the application
 *   was read with kansio_income_support_application_get_async()
 */
KansioPerson *
kansio_income_support_application_get_person (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->person;
}

/**
 * kansio_income_support_application_is_open:
 *
 * Returns: whether the application is still being handled: its household
 *   and attachments change, and a decision may be prepared
 */
gboolean
kansio_income_support_application_is_open (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), FALSE);
  return g_strcmp0 (self->status, "received") == 0 || g_strcmp0 (self->status, "in_processing") == 0
         || g_strcmp0 (self->status, "waiting_for_attachments") == 0;
}

/**
 * kansio_income_support_application_dup_period:
 *
 * Returns: (transfer full): the months applied for, "3/2026" or
 *   "3/2026–5/2026"
 */
char *
kansio_income_support_application_dup_period (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return kansio_income_support_format_period (self->first_month, self->last_month);
}

/* Reading */

static void
list_applications (KansioDatabase *database,
                   gint64 person_id,
                   gpointer source_tag,
                   GCancellable *cancellable,
                   GAsyncReadyCallback callback,
                   gpointer user_data)
{
  _kansio_api_call_list_of_async (
      NULL, source_tag, database, "SELECT * FROM api.is_applications ($1)", person_id,
      KANSIO_TYPE_INCOME_SUPPORT_APPLICATION,
      (KansioApiItemFunc) _kansio_income_support_application_new_from_row, cancellable, callback,
      user_data);
}

/**
 * kansio_income_support_application_list_async:
 * @person_id: the client
 *
 * The client's income-support applications the caller may see.
 */
void
kansio_income_support_application_list_async (KansioDatabase *database,
                                              gint64 person_id,
                                              GCancellable *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_DATABASE (database));
  g_return_if_fail (person_id > 0);

  list_applications (database, person_id, kansio_income_support_application_list_async, cancellable,
                     callback, user_data);
}

/**
 * kansio_income_support_application_list_finish:
 *
 * Returns: (transfer full) (nullable): a #GListModel of
 *   #KansioIncomeSupportApplication, the latest first
 */
GListModel *
kansio_income_support_application_list_finish (GAsyncResult *result, GError **error)
{
  return _kansio_api_call_finish (NULL, kansio_income_support_application_list_async, result,
                                  error);
}

static void
on_got_applications_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Listing *listing = g_task_get_task_data (task);
  KansioPerson *person = g_object_get_data (G_OBJECT (task), "person");
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) applications
      = _kansio_api_call_finish (NULL, list_applications, result, &error);

  if (applications == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
    {
      g_autoptr (KansioIncomeSupportApplication) application
          = g_list_model_get_item (applications, i);

      if (application->id == listing->application_id)
        {
          application->person = g_object_ref (person);
          g_task_return_pointer (task, g_steal_pointer (&application), g_object_unref);
          return;
        }
    }
  g_task_return_new_error (
      task, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_NOT_FOUND,
      _ ("The application is not among the client’s applications you may see."));
}

static void
on_person_opened_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Listing *listing = g_task_get_task_data (task);
  KansioContext *context = g_object_get_data (G_OBJECT (task), "context");
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioPerson) person
      = kansio_client_directory_open_finish (KANSIO_CLIENT_DIRECTORY (object), result, &error);

  if (person == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_object_set_data_full (G_OBJECT (task), "person", g_steal_pointer (&person), g_object_unref);
  list_applications (kansio_context_get_database (context), listing->person_id, list_applications,
                     g_task_get_cancellable (task), on_got_applications_cb, g_object_ref (task));
}

/**
 * kansio_income_support_application_get_async:
 * @context: the user's context: its client register and database
 * @person_id: the client
 * @application_id: one of the client's applications
 *
 * Reads the client, as the client register gives them to the caller, and
 * the application. An application the caller may not see is
 * %KANSIO_DATABASE_ERROR_NOT_FOUND.
 */
void
kansio_income_support_application_get_async (KansioContext *context,
                                             gint64 person_id,
                                             gint64 application_id,
                                             GCancellable *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer user_data)
{
  GTask *task;
  Listing *listing;

  g_return_if_fail (KANSIO_IS_CONTEXT (context));
  g_return_if_fail (person_id > 0 && application_id > 0);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_income_support_application_get_async);
  listing = g_new0 (Listing, 1);
  listing->person_id = person_id;
  listing->application_id = application_id;
  g_task_set_task_data (task, listing, g_free);
  g_object_set_data_full (G_OBJECT (task), "context", g_object_ref (context), g_object_unref);
  kansio_client_directory_open_async (kansio_context_get_clients (context), person_id, NULL,
                                      cancellable, on_person_opened_cb, task);
}

/**
 * kansio_income_support_application_get_finish:
 *
 * Returns: (transfer full) (nullable): the application, with its client
 */
KansioIncomeSupportApplication *
kansio_income_support_application_get_finish (GAsyncResult *result, GError **error)
{
  return _kansio_api_call_finish (NULL, kansio_income_support_application_get_async, result, error);
}

/* Registering and moving on */

/**
 * kansio_income_support_application_register_async:
 * @case_id: the client's open income-support case
 * @received_on: the day the application came
 * @channel: "paper", "electronic" or "in_person"
 * @first_month: the first month applied for (its first day)
 * @last_month: (nullable): the last month, at most eleven after the first;
 *   %NULL for one month
 * @kind: "basic", "supplementary" or "preventive"
 * @urgent: whether it must be decided on the next working day
 * @notes: (nullable): what the handler noted
 *
 * Registers an application as it arrives. The database counts its
 * deadline and takes the household from the family relations. A field it
 * refuses is named by kansio_database_error_get_column().
 */
void
kansio_income_support_application_register_async (KansioDatabase *database,
                                                  gint64 case_id,
                                                  const GDate *received_on,
                                                  const char *channel,
                                                  const GDate *first_month,
                                                  const GDate *last_month,
                                                  const char *kind,
                                                  gboolean urgent,
                                                  const char *notes,
                                                  GCancellable *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer user_data)
{
  g_autofree char *case_text = NULL;
  g_autofree char *received = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  const char *params[8];

  g_return_if_fail (KANSIO_IS_DATABASE (database));
  g_return_if_fail (received_on != NULL && first_month != NULL);
  g_return_if_fail (channel != NULL && kind != NULL);

  case_text = _kansio_api_int64_text (case_id);
  received = _kansio_api_date_text (received_on);
  first = _kansio_api_date_text (first_month);
  last = _kansio_api_date_text (last_month);
  params[0] = case_text;
  params[1] = received;
  params[2] = channel;
  params[3] = first;
  params[4] = last;
  params[5] = kind;
  params[6] = urgent ? "true" : "false";
  params[7] = notes;
  _kansio_api_call_async (NULL, kansio_income_support_application_register_async, database,
                          "SELECT api.is_application_register ($1, $2::date, $3, "
                          "$4::date, $5::date, $6, $7::boolean, $8)",
                          params, G_N_ELEMENTS (params), _kansio_api_map_id, NULL, NULL, g_free,
                          cancellable, callback, user_data);
}

/**
 * kansio_income_support_application_register_finish:
 *
 * Returns: the application's id, or 0 with @error set
 */
gint64
kansio_income_support_application_register_finish (GAsyncResult *result, GError **error)
{
  return _kansio_api_call_finish_id (NULL, kansio_income_support_application_register_async, result,
                                     error);
}

/**
 * kansio_income_support_application_set_status_async:
 * @status: "in_processing", "waiting_for_attachments" or "closed"
 *
 * Moves the application on, from the version read. The database says
 * which steps are allowed from where it is.
 */
void
kansio_income_support_application_set_status_async (KansioIncomeSupportApplication *self,
                                                    const char *status,
                                                    GCancellable *cancellable,
                                                    GAsyncReadyCallback callback,
                                                    gpointer user_data)
{
  g_autofree char *id = NULL;
  g_autofree char *version = NULL;
  const char *params[3];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self));
  g_return_if_fail (status != NULL);

  id = _kansio_api_int64_text (self->id);
  version = g_strdup_printf ("%d", self->row_version);
  params[0] = id;
  params[1] = version;
  params[2] = status;
  _kansio_api_call_async (self, kansio_income_support_application_set_status_async, self->database,
                          "SELECT api.is_application_set_status ($1, $2::integer, $3)", params,
                          G_N_ELEMENTS (params), _kansio_api_map_done, NULL, NULL, NULL,
                          cancellable, callback, user_data);
}

gboolean
kansio_income_support_application_set_status_finish (KansioIncomeSupportApplication *self,
                                                     GAsyncResult *result,
                                                     GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_income_support_application_set_status_async,
                                       result, error);
}

/* The clocks (DOMAIN.md 2.1): "clock" is "decision", "request", "completion"
 * (the decision's clock paused for the client's completion deadline) or
 * "none"; dates as the database writes them, or %NULL. */

const char *
kansio_income_support_application_get_clock (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->clock;
}

const char *
kansio_income_support_application_get_requested_on (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->requested_on;
}

const char *
kansio_income_support_application_get_request_due_on (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->request_due_on;
}

const char *
kansio_income_support_application_get_completion_due_on (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->completion_due_on;
}

const char *
kansio_income_support_application_get_completed_on (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->completed_on;
}

const char *
kansio_income_support_application_get_discussion_requested_on (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->discussion_requested_on;
}

const char *
kansio_income_support_application_get_discussion_held_on (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->discussion_held_on;
}

const char *
kansio_income_support_application_get_discussion_due_on (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->discussion_due_on;
}

const char *
kansio_income_support_application_get_outcome (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->outcome;
}

const char *
kansio_income_support_application_get_decided_on (KansioIncomeSupportApplication *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self), NULL);
  return self->decided_on;
}

/* For kansio-income-support-application-household.c */

KansioDatabase *
_kansio_income_support_application_get_database (KansioIncomeSupportApplication *self)
{
  g_assert (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self));
  return self->database;
}
