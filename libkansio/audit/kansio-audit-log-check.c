/* kansio-audit-log-check.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-audit-log-check"

#include "config.h"

#include "kansio-api-call-private.h"
#include "kansio-audit-log-check.h"

/* One log as the auditor's quick look from inside the database
 * (api.audit_verify) found it: how many sealed rows it checked, and
 * whether they are intact or what is wrong. It cannot see what the
 * database's own superuser rewrote; kansio_audit_verify_async() can.
 * Plain data; no database. */
struct _KansioAuditLogCheck
{
  GObject parent_instance;

  char *log;
  gint64 rows_checked;
  gboolean intact;
  char *problem;
};

G_DEFINE_FINAL_TYPE (KansioAuditLogCheck, kansio_audit_log_check, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_LOG,
  PROP_ROWS_CHECKED,
  PROP_INTACT,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* api.audit_verify (): a KansioApiItemFunc */
static gpointer
new_check (KansioDatabase *database, KansioRows *rows, guint i, gint64 owner_id)
{
  /* clang-format off */
  return g_object_new (KANSIO_TYPE_AUDIT_LOG_CHECK,
                       "log", _kansio_api_text (rows, i, "log"),
                       "rows-checked", _kansio_api_int64 (rows, i, "rows_checked"),
                       "intact", _kansio_api_boolean (rows, i, "ok"),
                       "problem", _kansio_api_text (rows, i, "problem"),
                       NULL);
  /* clang-format on */
}

static void
kansio_audit_log_check_get_property (GObject *object,
                                     guint prop_id,
                                     GValue *value,
                                     GParamSpec *pspec)
{
  KansioAuditLogCheck *self = KANSIO_AUDIT_LOG_CHECK (object);

  switch (prop_id)
    {
    case PROP_LOG:
      g_value_set_string (value, self->log);
      break;

    case PROP_ROWS_CHECKED:
      g_value_set_int64 (value, self->rows_checked);
      break;

    case PROP_INTACT:
      g_value_set_boolean (value, self->intact);
      break;

    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_audit_log_check_set_property (GObject *object,
                                     guint prop_id,
                                     const GValue *value,
                                     GParamSpec *pspec)
{
  KansioAuditLogCheck *self = KANSIO_AUDIT_LOG_CHECK (object);

  switch (prop_id)
    {
    case PROP_LOG:
      g_free (self->log);
      self->log = g_value_dup_string (value);
      break;

    case PROP_ROWS_CHECKED:
      self->rows_checked = g_value_get_int64 (value);
      break;

    case PROP_INTACT:
      self->intact = g_value_get_boolean (value);
      break;

    case PROP_PROBLEM:
      g_free (self->problem);
      self->problem = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_audit_log_check_finalize (GObject *object)
{
  KansioAuditLogCheck *self = KANSIO_AUDIT_LOG_CHECK (object);

  g_free (self->log);
  g_free (self->problem);

  G_OBJECT_CLASS (kansio_audit_log_check_parent_class)->finalize (object);
}

static void
kansio_audit_log_check_class_init (KansioAuditLogCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_audit_log_check_get_property;
  object_class->set_property = kansio_audit_log_check_set_property;
  object_class->finalize = kansio_audit_log_check_finalize;

  properties[PROP_LOG] = g_param_spec_string ("log", NULL, NULL, NULL, flags);
  properties[PROP_ROWS_CHECKED]
      = g_param_spec_int64 ("rows-checked", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_INTACT] = g_param_spec_boolean ("intact", NULL, NULL, FALSE, flags);
  properties[PROP_PROBLEM] = g_param_spec_string ("problem", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_audit_log_check_init (KansioAuditLogCheck *self)
{
}

/**
 * kansio_audit_log_check_get_log:
 *
 * Returns: the log's name, as kansio_audit_log_label() takes it
 */
const char *
kansio_audit_log_check_get_log (KansioAuditLogCheck *self)
{
  g_return_val_if_fail (KANSIO_IS_AUDIT_LOG_CHECK (self), NULL);
  return self->log;
}

gint64
kansio_audit_log_check_get_rows_checked (KansioAuditLogCheck *self)
{
  g_return_val_if_fail (KANSIO_IS_AUDIT_LOG_CHECK (self), 0);
  return self->rows_checked;
}

gboolean
kansio_audit_log_check_get_intact (KansioAuditLogCheck *self)
{
  g_return_val_if_fail (KANSIO_IS_AUDIT_LOG_CHECK (self), FALSE);
  return self->intact;
}

/**
 * kansio_audit_log_check_get_problem:
 *
 * Returns: (nullable): what is wrong with a log that is not intact
 */
const char *
kansio_audit_log_check_get_problem (KansioAuditLogCheck *self)
{
  g_return_val_if_fail (KANSIO_IS_AUDIT_LOG_CHECK (self), NULL);
  return self->problem;
}

/**
 * kansio_audit_log_check_run_async:
 *
 * The auditor's quick look at every log from inside the database
 * (api.audit_verify), a log a #KansioAuditLogCheck.
 */
void
kansio_audit_log_check_run_async (KansioDatabase *database,
                                  GCancellable *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_DATABASE (database));

  _kansio_api_call_list_async (
      NULL, kansio_audit_log_check_run_async, database, "SELECT * FROM api.audit_verify ()", NULL,
      0, KANSIO_TYPE_AUDIT_LOG_CHECK, new_check, 0, cancellable, callback, user_data);
}

/**
 * kansio_audit_log_check_run_finish:
 *
 * Returns: (transfer full) (nullable): a #GListModel of #KansioAuditLogCheck
 */
GListModel *
kansio_audit_log_check_run_finish (GAsyncResult *result, GError **error)
{
  return _kansio_api_call_finish (NULL, kansio_audit_log_check_run_async, result, error);
}
