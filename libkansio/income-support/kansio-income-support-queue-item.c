/* kansio-income-support-queue-item.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-queue-item"

#include "config.h"

#include "kansio-api-call-private.h"
#include "kansio-income-support-queue-item-private.h"

/* An open application in the work queue, as api.is_work_queue gives it:
 * whose client, when it must be decided and whether it is late, counted by
 * the database with its calendar settings. */
struct _KansioIncomeSupportQueueItem
{
  GObject parent_instance;

  KansioDatabase *database;
  gint64 application_id;
  gint64 person_id;
  char *client_name;
  int unit_id;
  char *received_on;
  char *status;
  gboolean urgent;
  char *due_on;
  int working_days_left;
  gboolean is_late;
  /* The clock that matters now ("decision", "request", "completion" or
   * "none") and the discussion's beside it (14 a §, DOMAIN.md 2.1). */
  char *identity_code;
  char *clock;
  char *clock_due_on;
  int clock_days_left;
  gboolean clock_is_late;
  char *completion_due_on;
  char *discussion_due_on;
  int discussion_days_left;
  gboolean discussion_is_late;
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportQueueItem, kansio_income_support_queue_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_APPLICATION_ID,
  PROP_PERSON_ID,
  PROP_CLIENT_NAME,
  PROP_UNIT_ID,
  PROP_RECEIVED_ON,
  PROP_STATUS,
  PROP_URGENT,
  PROP_DUE_ON,
  PROP_WORKING_DAYS_LEFT,
  PROP_IS_LATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_income_support_queue_item_get_property (GObject *object,
                                               guint prop_id,
                                               GValue *value,
                                               GParamSpec *pspec)
{
  KansioIncomeSupportQueueItem *self = KANSIO_INCOME_SUPPORT_QUEUE_ITEM (object);

  switch (prop_id)
    {
    case PROP_APPLICATION_ID:
      g_value_set_int64 (value, self->application_id);
      break;

    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_CLIENT_NAME:
      g_value_set_string (value, self->client_name);
      break;

    case PROP_UNIT_ID:
      g_value_set_int (value, self->unit_id);
      break;

    case PROP_RECEIVED_ON:
      g_value_set_string (value, self->received_on);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_URGENT:
      g_value_set_boolean (value, self->urgent);
      break;

    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;

    case PROP_WORKING_DAYS_LEFT:
      g_value_set_int (value, self->working_days_left);
      break;

    case PROP_IS_LATE:
      g_value_set_boolean (value, self->is_late);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_income_support_queue_item_dispose (GObject *object)
{
  KansioIncomeSupportQueueItem *self = KANSIO_INCOME_SUPPORT_QUEUE_ITEM (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (kansio_income_support_queue_item_parent_class)->dispose (object);
}

static void
kansio_income_support_queue_item_finalize (GObject *object)
{
  KansioIncomeSupportQueueItem *self = KANSIO_INCOME_SUPPORT_QUEUE_ITEM (object);

  g_free (self->client_name);
  g_free (self->received_on);
  g_free (self->status);
  g_free (self->due_on);
  g_free (self->identity_code);
  g_free (self->clock);
  g_free (self->clock_due_on);
  g_free (self->completion_due_on);
  g_free (self->discussion_due_on);

  G_OBJECT_CLASS (kansio_income_support_queue_item_parent_class)->finalize (object);
}

static void
kansio_income_support_queue_item_class_init (KansioIncomeSupportQueueItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_income_support_queue_item_get_property;
  object_class->dispose = kansio_income_support_queue_item_dispose;
  object_class->finalize = kansio_income_support_queue_item_finalize;

  properties[PROP_APPLICATION_ID]
      = g_param_spec_int64 ("application-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_ID]
      = g_param_spec_int64 ("person-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_CLIENT_NAME] = g_param_spec_string ("client-name", NULL, NULL, NULL, flags);
  properties[PROP_UNIT_ID] = g_param_spec_int ("unit-id", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_RECEIVED_ON] = g_param_spec_string ("received-on", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties[PROP_URGENT] = g_param_spec_boolean ("urgent", NULL, NULL, FALSE, flags);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL, flags);
  /* Working days from tomorrow to the deadline; 0 or less when it is today or past. */
  properties[PROP_WORKING_DAYS_LEFT]
      = g_param_spec_int ("working-days-left", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_IS_LATE] = g_param_spec_boolean ("is-late", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_income_support_queue_item_init (KansioIncomeSupportQueueItem *self)
{
}

/* The columns of api.is_work_queue, in one place: a KansioApiItemFunc (@owner_id unused). */
KansioIncomeSupportQueueItem *
_kansio_income_support_queue_item_new_from_row (KansioDatabase *database,
                                                KansioRows *rows,
                                                guint row,
                                                gint64 owner_id)
{
  KansioIncomeSupportQueueItem *self = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_QUEUE_ITEM, NULL);

  self->database = g_object_ref (database);
  self->application_id = _kansio_api_int64 (rows, row, "application_id");
  self->person_id = _kansio_api_int64 (rows, row, "person_id");
  self->client_name = g_strdup (_kansio_api_text (rows, row, "client_name"));
  self->unit_id = _kansio_api_int (rows, row, "unit_id");
  self->received_on = g_strdup (_kansio_api_text (rows, row, "received_on"));
  self->status = g_strdup (_kansio_api_text (rows, row, "status"));
  self->urgent = _kansio_api_boolean (rows, row, "urgent");
  self->due_on = g_strdup (_kansio_api_text (rows, row, "due_on"));
  self->working_days_left = _kansio_api_int (rows, row, "working_days_left");
  self->is_late = _kansio_api_boolean (rows, row, "is_late");
  self->identity_code = g_strdup (_kansio_api_text (rows, row, "identity_code"));
  self->clock = g_strdup (_kansio_api_text (rows, row, "clock"));
  self->clock_due_on = g_strdup (_kansio_api_text (rows, row, "clock_due_on"));
  self->clock_days_left = _kansio_api_int (rows, row, "clock_days_left");
  self->clock_is_late = _kansio_api_boolean (rows, row, "clock_is_late");
  self->completion_due_on = g_strdup (_kansio_api_text (rows, row, "completion_due_on"));
  self->discussion_due_on = g_strdup (_kansio_api_text (rows, row, "discussion_due_on"));
  self->discussion_days_left = _kansio_api_int (rows, row, "discussion_days_left");
  self->discussion_is_late = _kansio_api_boolean (rows, row, "discussion_is_late");
  return self;
}

gint64
kansio_income_support_queue_item_get_application_id (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), 0);
  return self->application_id;
}

gint64
kansio_income_support_queue_item_get_person_id (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), 0);
  return self->person_id;
}

const char *
kansio_income_support_queue_item_get_client_name (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), NULL);
  return self->client_name;
}

int
kansio_income_support_queue_item_get_unit_id (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), 0);
  return self->unit_id;
}

const char *
kansio_income_support_queue_item_get_received_on (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), NULL);
  return self->received_on;
}

const char *
kansio_income_support_queue_item_get_status (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), NULL);
  return self->status;
}

gboolean
kansio_income_support_queue_item_get_urgent (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), FALSE);
  return self->urgent;
}

const char *
kansio_income_support_queue_item_get_due_on (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), NULL);
  return self->due_on;
}

int
kansio_income_support_queue_item_get_working_days_left (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), 0);
  return self->working_days_left;
}

gboolean
kansio_income_support_queue_item_get_is_late (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), FALSE);
  return self->is_late;
}

const char *
kansio_income_support_queue_item_get_identity_code (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), NULL);
  return self->identity_code;
}

const char *
kansio_income_support_queue_item_get_clock (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), NULL);
  return self->clock;
}

const char *
kansio_income_support_queue_item_get_clock_due_on (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), NULL);
  return self->clock_due_on;
}

int
kansio_income_support_queue_item_get_clock_days_left (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), 0);
  return self->clock_days_left;
}

gboolean
kansio_income_support_queue_item_get_clock_is_late (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), FALSE);
  return self->clock_is_late;
}

const char *
kansio_income_support_queue_item_get_completion_due_on (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), NULL);
  return self->completion_due_on;
}

const char *
kansio_income_support_queue_item_get_discussion_due_on (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), NULL);
  return self->discussion_due_on;
}

int
kansio_income_support_queue_item_get_discussion_days_left (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), 0);
  return self->discussion_days_left;
}

gboolean
kansio_income_support_queue_item_get_discussion_is_late (KansioIncomeSupportQueueItem *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (self), FALSE);
  return self->discussion_is_late;
}

/**
 * kansio_income_support_queue_item_list_async:
 * @whose: "mine" (registered by the caller) or "office" (of the caller's
 *   units)
 *
 * The open applications of the work queue, the most urgent first.
 */
void
kansio_income_support_queue_item_list_async (KansioDatabase *database,
                                             const char *whose,
                                             GCancellable *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer user_data)
{
  const char *params[1];

  g_return_if_fail (KANSIO_IS_DATABASE (database));
  g_return_if_fail (whose != NULL);

  params[0] = whose;
  _kansio_api_call_list_async (NULL, kansio_income_support_queue_item_list_async, database,
                               "SELECT * FROM api.is_work_queue ($1)", params,
                               G_N_ELEMENTS (params), KANSIO_TYPE_INCOME_SUPPORT_QUEUE_ITEM,
                               (KansioApiItemFunc) _kansio_income_support_queue_item_new_from_row,
                               0, cancellable, callback, user_data);
}

/**
 * kansio_income_support_queue_item_list_finish:
 *
 * Returns: (transfer full) (nullable): a #GListModel of
 *   #KansioIncomeSupportQueueItem, in the database's order
 */
GListModel *
kansio_income_support_queue_item_list_finish (GAsyncResult *result, GError **error)
{
  return _kansio_api_call_finish (NULL, kansio_income_support_queue_item_list_async, result, error);
}
