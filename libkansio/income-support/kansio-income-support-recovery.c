/* kansio-income-support-recovery.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-recovery"

#include "config.h"

#include "kansio-api-call-private.h"
#include "kansio-income-support-recovery-private.h"

/* A recovery (takaisinperintä) of support paid on a decision, as
 * api.is_recoveries gives it: prepared with
 * kansio_income_support_decision_prepare_recovery_async(), decided here by
 * another decision-maker; the database keeps the amount within what was
 * paid and refuses the preparer as the decider. */
struct _KansioIncomeSupportRecovery
{
  GObject parent_instance;

  KansioDatabase *database;
  gint64 id;
  gint64 amount_cents;
  char *reasons;
  char *prepared_by;
  char *prepared_at;
  char *decided_by;
  char *decided_at;
  gint64 document_id;
  gint64 paid_cents;
  gboolean decided_by_me;
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportRecovery, kansio_income_support_recovery, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_AMOUNT_CENTS,
  PROP_REASONS,
  PROP_PREPARED_BY,
  PROP_PREPARED_AT,
  PROP_DECIDED_BY,
  PROP_DECIDED_AT,
  PROP_DOCUMENT_ID,
  PROP_PAID_CENTS,
  PROP_DECIDED_BY_ME,
  PROP_IS_DECIDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_income_support_recovery_get_property (GObject *object,
                                             guint prop_id,
                                             GValue *value,
                                             GParamSpec *pspec)
{
  KansioIncomeSupportRecovery *self = KANSIO_INCOME_SUPPORT_RECOVERY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_AMOUNT_CENTS:
      g_value_set_int64 (value, self->amount_cents);
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

    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, self->document_id);
      break;

    case PROP_PAID_CENTS:
      g_value_set_int64 (value, self->paid_cents);
      break;

    case PROP_DECIDED_BY_ME:
      g_value_set_boolean (value, self->decided_by_me);
      break;

    case PROP_IS_DECIDED:
      g_value_set_boolean (value, self->decided_at != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_income_support_recovery_dispose (GObject *object)
{
  KansioIncomeSupportRecovery *self = KANSIO_INCOME_SUPPORT_RECOVERY (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (kansio_income_support_recovery_parent_class)->dispose (object);
}

static void
kansio_income_support_recovery_finalize (GObject *object)
{
  KansioIncomeSupportRecovery *self = KANSIO_INCOME_SUPPORT_RECOVERY (object);

  g_free (self->reasons);
  g_free (self->prepared_by);
  g_free (self->prepared_at);
  g_free (self->decided_by);
  g_free (self->decided_at);

  G_OBJECT_CLASS (kansio_income_support_recovery_parent_class)->finalize (object);
}

static void
kansio_income_support_recovery_class_init (KansioIncomeSupportRecoveryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_income_support_recovery_get_property;
  object_class->dispose = kansio_income_support_recovery_dispose;
  object_class->finalize = kansio_income_support_recovery_finalize;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AMOUNT_CENTS]
      = g_param_spec_int64 ("amount-cents", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_REASONS] = g_param_spec_string ("reasons", NULL, NULL, NULL, flags);
  properties[PROP_PREPARED_BY] = g_param_spec_string ("prepared-by", NULL, NULL, NULL, flags);
  properties[PROP_PREPARED_AT] = g_param_spec_string ("prepared-at", NULL, NULL, NULL, flags);
  properties[PROP_DECIDED_BY] = g_param_spec_string ("decided-by", NULL, NULL, NULL, flags);
  properties[PROP_DECIDED_AT] = g_param_spec_string ("decided-at", NULL, NULL, NULL, flags);
  /* The recovery decision as sent; 0 until stored. */
  properties[PROP_DOCUMENT_ID]
      = g_param_spec_int64 ("document-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* What has been paid on the decision, for what is left to recover. */
  properties[PROP_PAID_CENTS]
      = g_param_spec_int64 ("paid-cents", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DECIDED_BY_ME] = g_param_spec_boolean ("decided-by-me", NULL, NULL, FALSE, flags);
  properties[PROP_IS_DECIDED] = g_param_spec_boolean ("is-decided", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_income_support_recovery_init (KansioIncomeSupportRecovery *self)
{
}

/* The columns of api.is_recoveries, in one place: a KansioApiItemFunc (@owner_id unused). */
KansioIncomeSupportRecovery *
_kansio_income_support_recovery_new_from_row (KansioDatabase *database,
                                              KansioRows *rows,
                                              guint row,
                                              gint64 owner_id)
{
  KansioIncomeSupportRecovery *self = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_RECOVERY, NULL);

  self->database = g_object_ref (database);
  self->id = _kansio_api_int64 (rows, row, "recovery_id");
  self->amount_cents = _kansio_api_int64 (rows, row, "amount_cents");
  self->reasons = g_strdup (_kansio_api_text (rows, row, "reasons"));
  self->prepared_by = g_strdup (_kansio_api_text (rows, row, "prepared_by"));
  self->prepared_at = g_strdup (_kansio_api_text (rows, row, "prepared_at"));
  self->decided_by = g_strdup (_kansio_api_text (rows, row, "decided_by"));
  self->decided_at = g_strdup (_kansio_api_text (rows, row, "decided_at"));
  self->document_id = _kansio_api_int64 (rows, row, "document_id");
  self->paid_cents = _kansio_api_int64 (rows, row, "paid_cents");
  self->decided_by_me = _kansio_api_boolean (rows, row, "decided_by_me");
  return self;
}

gint64
kansio_income_support_recovery_get_id (KansioIncomeSupportRecovery *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RECOVERY (self), 0);
  return self->id;
}

gint64
kansio_income_support_recovery_get_amount_cents (KansioIncomeSupportRecovery *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RECOVERY (self), 0);
  return self->amount_cents;
}

const char *
kansio_income_support_recovery_get_reasons (KansioIncomeSupportRecovery *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RECOVERY (self), NULL);
  return self->reasons;
}

const char *
kansio_income_support_recovery_get_prepared_by (KansioIncomeSupportRecovery *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RECOVERY (self), NULL);
  return self->prepared_by;
}

const char *
kansio_income_support_recovery_get_prepared_at (KansioIncomeSupportRecovery *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RECOVERY (self), NULL);
  return self->prepared_at;
}

const char *
kansio_income_support_recovery_get_decided_by (KansioIncomeSupportRecovery *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RECOVERY (self), NULL);
  return self->decided_by;
}

const char *
kansio_income_support_recovery_get_decided_at (KansioIncomeSupportRecovery *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RECOVERY (self), NULL);
  return self->decided_at;
}

gint64
kansio_income_support_recovery_get_document_id (KansioIncomeSupportRecovery *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RECOVERY (self), 0);
  return self->document_id;
}

gint64
kansio_income_support_recovery_get_paid_cents (KansioIncomeSupportRecovery *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RECOVERY (self), 0);
  return self->paid_cents;
}

gboolean
kansio_income_support_recovery_get_decided_by_me (KansioIncomeSupportRecovery *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RECOVERY (self), FALSE);
  return self->decided_by_me;
}

gboolean
kansio_income_support_recovery_get_is_decided (KansioIncomeSupportRecovery *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RECOVERY (self), FALSE);
  return self->decided_at != NULL;
}

/**
 * kansio_income_support_recovery_decide_async:
 *
 * Decides the recovery; refused with
 * %KANSIO_DATABASE_ERROR_PERMISSION_DENIED to the one who prepared it.
 * The document service then makes its decision's document.
 */
void
kansio_income_support_recovery_decide_async (KansioIncomeSupportRecovery *self,
                                             GCancellable *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer user_data)
{
  g_autofree char *id = NULL;
  const char *params[1];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_RECOVERY (self));
  g_return_if_fail (self->database != NULL);

  id = _kansio_api_int64_text (self->id);
  params[0] = id;
  _kansio_api_call_async (self, kansio_income_support_recovery_decide_async, self->database,
                          "SELECT api.is_recovery_decide ($1::bigint)", params,
                          G_N_ELEMENTS (params), _kansio_api_map_done, NULL, NULL, NULL,
                          cancellable, callback, user_data);
}

gboolean
kansio_income_support_recovery_decide_finish (KansioIncomeSupportRecovery *self,
                                              GAsyncResult *result,
                                              GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_income_support_recovery_decide_async, result,
                                       error);
}
