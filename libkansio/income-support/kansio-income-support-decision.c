/* kansio-income-support-decision.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-decision"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-calendar.h"
#include "kansio-database-error.h"
#include "kansio-api-call-private.h"
#include "kansio-income-support-decision-private.h"

/* The decision on an income-support application, as api.is_decision_get
 * gives it to the caller: prepared by a handler, decided by a
 * decision-maker who wrote no part of it (0014), then sent. Every api
 * function of a decision is called once, here or, for its payment orders
 * and recoveries, in kansio-income-support-decision-payments.c. The
 * decision names the version it was read at (row-version): deciding a
 * version someone changed since fails with
 * KANSIO_DATABASE_ERROR_CONCURRENT_EDIT (SQLSTATE KA409). */
struct _KansioIncomeSupportDecision
{
  GObject parent_instance;

  KansioDatabase *database;
  gint64 application_id;
  gint64 id;
  char *outcome;
  gint64 support_cents;
  char *calculation;
  char *reasons;
  char *prepared_by;
  char *prepared_at;
  char *decided_by;
  char *decided_at;
  int row_version;
  gint64 document_id;
  gboolean decided_by_me;
  gboolean written_by_me;
  char *sent_on;
  char *sent_channel;
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportDecision, kansio_income_support_decision, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (KansioIncomeSupportDecisionState,
                    kansio_income_support_decision_state,
                    G_DEFINE_ENUM_VALUE (KANSIO_INCOME_SUPPORT_DECISION_PREPARED, "prepared"),
                    G_DEFINE_ENUM_VALUE (KANSIO_INCOME_SUPPORT_DECISION_DECIDED, "decided"),
                    G_DEFINE_ENUM_VALUE (KANSIO_INCOME_SUPPORT_DECISION_SENT, "sent"))

enum
{
  PROP_0,
  PROP_ID,
  PROP_APPLICATION_ID,
  PROP_OUTCOME,
  PROP_SUPPORT_CENTS,
  PROP_CALCULATION,
  PROP_REASONS,
  PROP_PREPARED_BY,
  PROP_PREPARED_AT,
  PROP_DECIDED_BY,
  PROP_DECIDED_AT,
  PROP_ROW_VERSION,
  PROP_DOCUMENT_ID,
  PROP_DECIDED_BY_ME,
  PROP_WRITTEN_BY_ME,
  PROP_SENT_ON,
  PROP_SENT_CHANNEL,
  PROP_STATE,
  PROP_IS_DECIDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
notify (KansioIncomeSupportDecision *self, guint prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_string (KansioIncomeSupportDecision *self, char **field, const char *value, guint prop_id)
{
  if (_kansio_api_set_string (field, value))
    notify (self, prop_id);
}

static void
set_int64 (KansioIncomeSupportDecision *self, gint64 *field, gint64 value, guint prop_id)
{
  if (*field == value)
    return;
  *field = value;
  notify (self, prop_id);
}

static void
set_boolean (KansioIncomeSupportDecision *self, gboolean *field, gboolean value, guint prop_id)
{
  if (*field == value)
    return;
  *field = value;
  notify (self, prop_id);
}

/* The columns of api.is_decision_get, in one place. */
static void
update_from_row (KansioIncomeSupportDecision *self, KansioRows *rows, guint row)
{
  KansioIncomeSupportDecisionState state = kansio_income_support_decision_get_state (self);
  gint64 row_version = _kansio_api_int64 (rows, row, "row_version");

  g_object_freeze_notify (G_OBJECT (self));
  set_int64 (self, &self->id, _kansio_api_int64 (rows, row, "decision_id"), PROP_ID);
  set_string (self, &self->outcome, _kansio_api_text (rows, row, "outcome"), PROP_OUTCOME);
  set_int64 (self, &self->support_cents, _kansio_api_int64 (rows, row, "support_cents"),
             PROP_SUPPORT_CENTS);
  set_string (self, &self->calculation, _kansio_api_text (rows, row, "calculation"),
              PROP_CALCULATION);
  set_string (self, &self->reasons, _kansio_api_text (rows, row, "reasons"), PROP_REASONS);
  set_string (self, &self->prepared_by, _kansio_api_text (rows, row, "prepared_by"),
              PROP_PREPARED_BY);
  set_string (self, &self->prepared_at, _kansio_api_text (rows, row, "prepared_at"),
              PROP_PREPARED_AT);
  set_string (self, &self->decided_by, _kansio_api_text (rows, row, "decided_by"), PROP_DECIDED_BY);
  set_string (self, &self->decided_at, _kansio_api_text (rows, row, "decided_at"), PROP_DECIDED_AT);
  if (self->row_version != (int) row_version)
    {
      self->row_version = (int) row_version;
      notify (self, PROP_ROW_VERSION);
    }
  set_int64 (self, &self->document_id, _kansio_api_int64 (rows, row, "document_id"),
             PROP_DOCUMENT_ID);
  set_boolean (self, &self->decided_by_me, _kansio_api_boolean (rows, row, "decided_by_me"),
               PROP_DECIDED_BY_ME);
  set_boolean (self, &self->written_by_me, _kansio_api_boolean (rows, row, "written_by_me"),
               PROP_WRITTEN_BY_ME);
  set_string (self, &self->sent_on, _kansio_api_text (rows, row, "sent_on"), PROP_SENT_ON);
  set_string (self, &self->sent_channel, _kansio_api_text (rows, row, "sent_channel"),
              PROP_SENT_CHANNEL);
  if (state != kansio_income_support_decision_get_state (self))
    {
      notify (self, PROP_STATE);
      notify (self, PROP_IS_DECIDED);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* The columns of api.is_decision_get: a KansioApiItemFunc. */
static gpointer
new_from_row (KansioDatabase *database, KansioRows *rows, guint row, gint64 application_id)
{
  KansioIncomeSupportDecision *self = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_DECISION, NULL);

  self->database = g_object_ref (database);
  self->application_id = application_id;
  update_from_row (self, rows, row);
  return self;
}

static void
kansio_income_support_decision_get_property (GObject *object,
                                             guint prop_id,
                                             GValue *value,
                                             GParamSpec *pspec)
{
  KansioIncomeSupportDecision *self = KANSIO_INCOME_SUPPORT_DECISION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_APPLICATION_ID:
      g_value_set_int64 (value, self->application_id);
      break;

    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;

    case PROP_SUPPORT_CENTS:
      g_value_set_int64 (value, self->support_cents);
      break;

    case PROP_CALCULATION:
      g_value_set_string (value, self->calculation);
      break;

    case PROP_REASONS:
      g_value_set_string (value, self->reasons);
      break;

    case PROP_PREPARED_BY:
      g_value_set_string (value, self->prepared_by);
      break;

    case PROP_PREPARED_AT:
      g_value_set_string (value, self->prepared_at);
      break;

    case PROP_DECIDED_BY:
      g_value_set_string (value, self->decided_by);
      break;

    case PROP_DECIDED_AT:
      g_value_set_string (value, self->decided_at);
      break;

    case PROP_ROW_VERSION:
      g_value_set_int (value, self->row_version);
      break;

    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, self->document_id);
      break;

    case PROP_DECIDED_BY_ME:
      g_value_set_boolean (value, self->decided_by_me);
      break;

    case PROP_WRITTEN_BY_ME:
      g_value_set_boolean (value, self->written_by_me);
      break;

    case PROP_SENT_ON:
      g_value_set_string (value, self->sent_on);
      break;

    case PROP_SENT_CHANNEL:
      g_value_set_string (value, self->sent_channel);
      break;

    case PROP_STATE:
      g_value_set_enum (value, kansio_income_support_decision_get_state (self));
      break;

    case PROP_IS_DECIDED:
      g_value_set_boolean (value, kansio_income_support_decision_get_is_decided (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_income_support_decision_dispose (GObject *object)
{
  KansioIncomeSupportDecision *self = KANSIO_INCOME_SUPPORT_DECISION (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (kansio_income_support_decision_parent_class)->dispose (object);
}

static void
kansio_income_support_decision_finalize (GObject *object)
{
  KansioIncomeSupportDecision *self = KANSIO_INCOME_SUPPORT_DECISION (object);

  g_free (self->outcome);
  g_free (self->calculation);
  g_free (self->reasons);
  g_free (self->prepared_by);
  g_free (self->prepared_at);
  g_free (self->decided_by);
  g_free (self->decided_at);
  g_free (self->sent_on);
  g_free (self->sent_channel);

  G_OBJECT_CLASS (kansio_income_support_decision_parent_class)->finalize (object);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int64_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
boolean_property (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE,
                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
kansio_income_support_decision_class_init (KansioIncomeSupportDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kansio_income_support_decision_get_property;
  object_class->dispose = kansio_income_support_decision_dispose;
  object_class->finalize = kansio_income_support_decision_finalize;

  properties[PROP_ID] = int64_property ("id");
  properties[PROP_APPLICATION_ID] = int64_property ("application-id");
  /* "granted", "partly_granted" or "rejected" */
  properties[PROP_OUTCOME] = string_property ("outcome");
  properties[PROP_SUPPORT_CENTS] = int64_property ("support-cents");
  /* The calculation prepared, with its input, as JSON. */
  properties[PROP_CALCULATION] = string_property ("calculation");
  properties[PROP_REASONS] = string_property ("reasons");
  properties[PROP_PREPARED_BY] = string_property ("prepared-by");
  /* Timestamps and dates as the database wrote them (ISO 8601). */
  properties[PROP_PREPARED_AT] = string_property ("prepared-at");
  properties[PROP_DECIDED_BY] = string_property ("decided-by");
  properties[PROP_DECIDED_AT] = string_property ("decided-at");
  properties[PROP_ROW_VERSION]
      = g_param_spec_int ("row-version", NULL, NULL, G_MININT, G_MAXINT, 0,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The decision as sent, in the client's documents; 0 until stored. */
  properties[PROP_DOCUMENT_ID] = int64_property ("document-id");
  properties[PROP_DECIDED_BY_ME] = boolean_property ("decided-by-me");
  /* The caller wrote part of it or its orders, so may not decide it. */
  properties[PROP_WRITTEN_BY_ME] = boolean_property ("written-by-me");
  properties[PROP_SENT_ON] = string_property ("sent-on");
  /* "post" or "electronic" */
  properties[PROP_SENT_CHANNEL] = string_property ("sent-channel");
  properties[PROP_STATE]
      = g_param_spec_enum ("state", NULL, NULL, KANSIO_TYPE_INCOME_SUPPORT_DECISION_STATE,
                           KANSIO_INCOME_SUPPORT_DECISION_PREPARED,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_DECIDED] = boolean_property ("is-decided");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_income_support_decision_init (KansioIncomeSupportDecision *self)
{
}

/* Properties */

gint64
kansio_income_support_decision_get_id (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), 0);
  return self->id;
}

gint64
kansio_income_support_decision_get_application_id (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), 0);
  return self->application_id;
}

const char *
kansio_income_support_decision_get_outcome (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), NULL);
  return self->outcome;
}

gint64
kansio_income_support_decision_get_support_cents (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), 0);
  return self->support_cents;
}

const char *
kansio_income_support_decision_get_calculation (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), NULL);
  return self->calculation;
}

const char *
kansio_income_support_decision_get_reasons (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), NULL);
  return self->reasons;
}

const char *
kansio_income_support_decision_get_prepared_by (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), NULL);
  return self->prepared_by;
}

const char *
kansio_income_support_decision_get_prepared_at (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), NULL);
  return self->prepared_at;
}

const char *
kansio_income_support_decision_get_decided_by (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), NULL);
  return self->decided_by;
}

const char *
kansio_income_support_decision_get_decided_at (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), NULL);
  return self->decided_at;
}

int
kansio_income_support_decision_get_row_version (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), 0);
  return self->row_version;
}

gint64
kansio_income_support_decision_get_document_id (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), 0);
  return self->document_id;
}

gboolean
kansio_income_support_decision_get_decided_by_me (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), FALSE);
  return self->decided_by_me;
}

gboolean
kansio_income_support_decision_get_written_by_me (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), FALSE);
  return self->written_by_me;
}

const char *
kansio_income_support_decision_get_sent_on (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), NULL);
  return self->sent_on;
}

const char *
kansio_income_support_decision_get_sent_channel (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), NULL);
  return self->sent_channel;
}

KansioIncomeSupportDecisionState
kansio_income_support_decision_get_state (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self),
                        KANSIO_INCOME_SUPPORT_DECISION_PREPARED);

  if (self->decided_at == NULL)
    return KANSIO_INCOME_SUPPORT_DECISION_PREPARED;
  return self->sent_on == NULL ? KANSIO_INCOME_SUPPORT_DECISION_DECIDED
                               : KANSIO_INCOME_SUPPORT_DECISION_SENT;
}

gboolean
kansio_income_support_decision_get_is_decided (KansioIncomeSupportDecision *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), FALSE);
  return self->decided_at != NULL;
}

KansioDatabase *
_kansio_income_support_decision_get_database (KansioIncomeSupportDecision *self)
{
  g_assert (KANSIO_IS_INCOME_SUPPORT_DECISION (self));
  return self->database;
}

/* Reading */

/**
 * kansio_income_support_decision_get_async:
 * @application_id: the application decided
 *
 * Reads the decision on an application, as the caller may see it.
 */
void
kansio_income_support_decision_get_async (KansioDatabase *database,
                                          gint64 application_id,
                                          GCancellable *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer user_data)
{
  g_autofree char *id = _kansio_api_int64_text (application_id);
  const char *params[] = { id };

  g_return_if_fail (KANSIO_IS_DATABASE (database));
  g_return_if_fail (application_id > 0);

  /* None prepared yet: no rows, no error. */
  _kansio_api_call_one_async (NULL, kansio_income_support_decision_get_async, database,
                              "SELECT * FROM api.is_decision_get ($1::bigint)", params,
                              G_N_ELEMENTS (params), new_from_row, application_id, cancellable,
                              callback, user_data);
}

/**
 * kansio_income_support_decision_get_finish:
 *
 * Returns: (transfer full) (nullable): the decision; %NULL without an
 *   error when none has been prepared
 */
KansioIncomeSupportDecision *
kansio_income_support_decision_get_finish (GAsyncResult *result, GError **error)
{
  return _kansio_api_call_finish (NULL, kansio_income_support_decision_get_async, result, error);
}

/* The same object, its properties notified as they changed. */
static gpointer
map_reloaded (KansioRows *rows, gpointer map_data, GError **error)
{
  KansioIncomeSupportDecision *self = map_data;

  if (kansio_rows_get_n_rows (rows) == 0)
    {
      g_set_error_literal (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_NOT_FOUND,
                           _ ("The decision is no longer there."));
      return NULL;
    }
  update_from_row (self, rows, 0);
  return GINT_TO_POINTER (TRUE);
}

/**
 * kansio_income_support_decision_reload_async:
 *
 * Reads the decision again into this object: its properties notify as
 * they change (a new row-version after an order was added, say).
 */
void
kansio_income_support_decision_reload_async (KansioIncomeSupportDecision *self,
                                             GCancellable *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer user_data)
{
  g_autofree char *id = NULL;
  const char *params[1];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self));
  g_return_if_fail (self->database != NULL && self->application_id > 0);

  id = _kansio_api_int64_text (self->application_id);
  params[0] = id;
  _kansio_api_call_async (self, kansio_income_support_decision_reload_async, self->database,
                          "SELECT * FROM api.is_decision_get ($1::bigint)", params,
                          G_N_ELEMENTS (params), map_reloaded, g_object_ref (self), g_object_unref,
                          NULL, cancellable, callback, user_data);
}

gboolean
kansio_income_support_decision_reload_finish (KansioIncomeSupportDecision *self,
                                              GAsyncResult *result,
                                              GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_income_support_decision_reload_async, result,
                                       error);
}

/* Preparing and deciding */

/**
 * kansio_income_support_decision_prepare_async:
 * @outcome: "granted", "partly_granted" or "rejected"
 * @support_cents: the support granted; 0 when rejected
 * @calculation: the month calculated, with its input, as JSON
 * @reasons: the reasons as the decision prints them
 *
 * Prepares the decision on an application, replacing what was prepared
 * until it is decided.
 */
void
kansio_income_support_decision_prepare_async (KansioDatabase *database,
                                              gint64 application_id,
                                              const char *outcome,
                                              gint64 support_cents,
                                              const char *calculation,
                                              const char *reasons,
                                              GCancellable *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer user_data)
{
  g_autofree char *id = _kansio_api_int64_text (application_id);
  g_autofree char *support = _kansio_api_int64_text (support_cents);
  const char *params[] = { id, outcome, support, calculation, reasons };

  g_return_if_fail (KANSIO_IS_DATABASE (database));
  g_return_if_fail (outcome != NULL && calculation != NULL && reasons != NULL);

  _kansio_api_call_async (NULL, kansio_income_support_decision_prepare_async, database,
                          "SELECT api.is_decision_prepare ($1::bigint, $2, $3::bigint, $4, $5)",
                          params, G_N_ELEMENTS (params), _kansio_api_map_id, NULL, NULL, g_free,
                          cancellable, callback, user_data);
}

/**
 * kansio_income_support_decision_prepare_finish:
 *
 * Returns: the decision's id, or 0 with @error set
 */
gint64
kansio_income_support_decision_prepare_finish (GAsyncResult *result, GError **error)
{
  return _kansio_api_call_finish_id (NULL, kansio_income_support_decision_prepare_async, result,
                                     error);
}

/**
 * kansio_income_support_decision_decide_async:
 *
 * Decides the decision at the version read. Refused with
 * %KANSIO_DATABASE_ERROR_PERMISSION_DENIED to one who wrote part of it,
 * and with %KANSIO_DATABASE_ERROR_CONCURRENT_EDIT (KA409) when it or its
 * orders changed since it was read.
 */
void
kansio_income_support_decision_decide_async (KansioIncomeSupportDecision *self,
                                             GCancellable *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer user_data)
{
  g_autofree char *id = NULL;
  g_autofree char *version = NULL;
  const char *params[2];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self));
  g_return_if_fail (self->database != NULL);

  id = _kansio_api_int64_text (self->id);
  version = g_strdup_printf ("%d", self->row_version);
  params[0] = id;
  params[1] = version;
  _kansio_api_call_async (self, kansio_income_support_decision_decide_async, self->database,
                          "SELECT api.is_decision_decide ($1::bigint, $2::integer)", params,
                          G_N_ELEMENTS (params), _kansio_api_map_done, NULL, NULL, NULL,
                          cancellable, callback, user_data);
}

gboolean
kansio_income_support_decision_decide_finish (KansioIncomeSupportDecision *self,
                                              GAsyncResult *result,
                                              GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_income_support_decision_decide_async, result,
                                       error);
}

/* Sending */

/**
 * kansio_income_support_decision_record_sending_async:
 * @channel: "post" or "electronic"
 * @sent_on: (nullable): the day it was sent; %NULL for today in Helsinki,
 *   as the database counts it whatever this session's time zone
 *
 * Records when and how the decided decision was sent: the rectification
 * period runs from it.
 */
void
kansio_income_support_decision_record_sending_async (KansioIncomeSupportDecision *self,
                                                     const char *channel,
                                                     const GDate *sent_on,
                                                     GCancellable *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer user_data)
{
  g_autofree char *id = NULL;
  g_autofree char *day = NULL;
  const char *params[3];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self));
  g_return_if_fail (channel != NULL);
  g_return_if_fail (sent_on == NULL || g_date_valid (sent_on));
  g_return_if_fail (self->database != NULL);

  id = _kansio_api_int64_text (self->id);
  day = _kansio_api_date_text (sent_on);
  params[0] = id;
  params[1] = channel;
  params[2] = day;
  _kansio_api_call_async (self, kansio_income_support_decision_record_sending_async, self->database,
                          "SELECT api.is_decision_sent ($1::bigint, $2, "
                          "coalesce ($3::date, (now () AT TIME ZONE 'Europe/Helsinki')::date))",
                          params, G_N_ELEMENTS (params), _kansio_api_map_done, NULL, NULL, NULL,
                          cancellable, callback, user_data);
}

gboolean
kansio_income_support_decision_record_sending_finish (KansioIncomeSupportDecision *self,
                                                      GAsyncResult *result,
                                                      GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_income_support_decision_record_sending_async,
                                       result, error);
}

/**
 * kansio_income_support_decision_get_rectification_deadline:
 * @receipt: (out caller-allocates) (optional): the day it is deemed received
 * @last_day: (out caller-allocates) (optional): the last day for a
 *   rectification request
 *
 * The rectification period from the day and the channel the decision
 * was actually sent (DOMAIN.md 6.3): what the caseworker tells a client
 * who asks; the decision itself printed the rule.
 *
 * Returns: whether the sending is recorded, so that there are dates
 */
gboolean
kansio_income_support_decision_get_rectification_deadline (KansioIncomeSupportDecision *self,
                                                           GDate *receipt,
                                                           GDate *last_day)
{
  GDate sent;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (self), FALSE);

  if (!kansio_calendar_parse_iso_date (self->sent_on, &sent)
      || (g_strcmp0 (self->sent_channel, "post") != 0
          && g_strcmp0 (self->sent_channel, "electronic") != 0))
    return FALSE;
  kansio_calendar_rectification_deadline (&sent, g_str_equal (self->sent_channel, "electronic"),
                                          receipt, last_day);
  return TRUE;
}
