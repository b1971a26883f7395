/* income-support-application.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-application"

#include "config.h"

#include "income-support-application.h"
#include "income-support-format.h"

/* One row of api.is_applications (), with the client it is of: what the
 * pages of an application show and send back (its row version). */
struct _IncomeSupportApplication
{
  GObject parent_instance;

  gint64 id;
  gint64 case_id;
  KansioPerson *person;
  char *received_on;
  char *channel;
  char *first_month;
  char *last_month;
  char *kind;
  gboolean urgent;
  char *status;
  char *due_on;
  gboolean is_late;
  int working_days_left; /* of an open application, as the database counts */
  char *notes;
  int row_version;
};

G_DEFINE_FINAL_TYPE (IncomeSupportApplication, income_support_application, G_TYPE_OBJECT)

static void
income_support_application_finalize (GObject *object)
{
  IncomeSupportApplication *self = INCOME_SUPPORT_APPLICATION (object);

  g_clear_object (&self->person);
  g_free (self->received_on);
  g_free (self->channel);
  g_free (self->first_month);
  g_free (self->last_month);
  g_free (self->kind);
  g_free (self->status);
  g_free (self->due_on);
  g_free (self->notes);

  G_OBJECT_CLASS (income_support_application_parent_class)->finalize (object);
}

static void
income_support_application_class_init (IncomeSupportApplicationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = income_support_application_finalize;
}

static void
income_support_application_init (IncomeSupportApplication *self)
{
}

/**
 * income_support_application_new_from_row:
 * @rows: rows of api.is_applications ()
 * @person: the client, as api.person_get () gives them
 */
IncomeSupportApplication *
income_support_application_new_from_row (KansioRows *rows, guint row, KansioPerson *person)
{
  IncomeSupportApplication *self;

  g_return_val_if_fail (KANSIO_IS_ROWS (rows), NULL);
  g_return_val_if_fail (row < kansio_rows_get_n_rows (rows), NULL);
  g_return_val_if_fail (KANSIO_IS_PERSON (person), NULL);

  self = g_object_new (INCOME_SUPPORT_TYPE_APPLICATION, NULL);
  self->id = _income_support_column_int64 (rows, row, "application_id");
  self->case_id = _income_support_column_int64 (rows, row, "case_id");
  self->person = g_object_ref (person);
  self->received_on = g_strdup (_income_support_column (rows, row, "received_on"));
  self->channel = g_strdup (_income_support_column (rows, row, "channel"));
  self->first_month = g_strdup (_income_support_column (rows, row, "first_month"));
  self->last_month = g_strdup (_income_support_column (rows, row, "last_month"));
  self->kind = g_strdup (_income_support_column (rows, row, "kind"));
  self->urgent = _income_support_column_boolean (rows, row, "urgent");
  self->status = g_strdup (_income_support_column (rows, row, "status"));
  self->due_on = g_strdup (_income_support_column (rows, row, "due_on"));
  self->is_late = _income_support_column_boolean (rows, row, "is_late");
  self->working_days_left = (int) _income_support_column_int64 (rows, row, "working_days_left");
  self->notes = g_strdup (_income_support_column (rows, row, "notes"));
  self->row_version = (int) _income_support_column_int64 (rows, row, "row_version");
  return self;
}

gint64
income_support_application_get_id (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), 0);
  return self->id;
}

gint64
income_support_application_get_case_id (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), 0);
  return self->case_id;
}

/**
 * income_support_application_get_person:
 *
 * Returns: (transfer none): the client
 */
KansioPerson *
income_support_application_get_person (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), NULL);
  return self->person;
}

gint64
income_support_application_get_person_id (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), 0);
  return kansio_person_get_id (self->person);
}

const char *
income_support_application_get_received_on (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), NULL);
  return self->received_on;
}

const char *
income_support_application_get_channel (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), NULL);
  return self->channel;
}

const char *
income_support_application_get_first_month (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), NULL);
  return self->first_month;
}

const char *
income_support_application_get_last_month (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), NULL);
  return self->last_month;
}

const char *
income_support_application_get_kind (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), NULL);
  return self->kind;
}

gboolean
income_support_application_get_urgent (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), FALSE);
  return self->urgent;
}

const char *
income_support_application_get_status (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), NULL);
  return self->status;
}

const char *
income_support_application_get_due_on (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), NULL);
  return self->due_on;
}

gboolean
income_support_application_get_is_late (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), FALSE);
  return self->is_late;
}

/**
 * income_support_application_get_working_days_left:
 *
 * Returns: the working days from tomorrow to the deadline, counted by the
 *   database with its calendar settings; 0 when it is today or past
 */
guint
income_support_application_get_working_days_left (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), 0);
  return (guint) MAX (self->working_days_left, 0);
}

const char *
income_support_application_get_notes (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), NULL);
  return self->notes;
}

int
income_support_application_get_row_version (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), 0);
  return self->row_version;
}

/**
 * income_support_application_is_open:
 *
 * Returns: whether the application is still being handled: its household
 *   and attachments change, and a decision may be prepared
 */
gboolean
income_support_application_is_open (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), FALSE);
  return g_strcmp0 (self->status, "received") == 0 || g_strcmp0 (self->status, "in_processing") == 0
         || g_strcmp0 (self->status, "waiting_for_attachments") == 0;
}

/**
 * income_support_application_dup_period:
 *
 * Returns: (transfer full): the months applied for, "3/2026" or
 *   "3/2026–5/2026"
 */
char *
income_support_application_dup_period (IncomeSupportApplication *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_APPLICATION (self), NULL);
  return kansio_income_support_format_period (self->first_month, self->last_month);
}
