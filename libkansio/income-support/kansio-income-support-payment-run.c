/* kansio-income-support-payment-run.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-payment-run"

#include "config.h"

#include "kansio-income-support-api-private.h"
#include "kansio-income-support-payment-run.h"

/* A payment run made, as api.is_payment_runs lists them for
 * decision-makers (the latest 50). Runs are made and their pain.001 files
 * built by kansio_payment_run_create_async() and
 * kansio_payment_run_build_file_async(), as kansio-admin makes them. */
struct _KansioIncomeSupportPaymentRun
{
  GObject parent_instance;

  gint64 id;
  char *run_on;
  char *message_id;
  guint n_orders;
  gint64 total_cents;
  char *created_by;
  char *created_at;
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportPaymentRun,
                     kansio_income_support_payment_run,
                     G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_RUN_ON,
  PROP_MESSAGE_ID,
  PROP_N_ORDERS,
  PROP_TOTAL_CENTS,
  PROP_CREATED_BY,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The columns of api.is_payment_runs, in one place. */
static KansioIncomeSupportPaymentRun *
new_from_row (KansioRows *rows, guint row)
{
  KansioIncomeSupportPaymentRun *self = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_PAYMENT_RUN, NULL);

  self->id = _kansio_income_support_int64 (rows, row, "run_id");
  self->run_on = g_strdup (_kansio_income_support_text (rows, row, "run_on"));
  self->message_id = g_strdup (_kansio_income_support_text (rows, row, "message_id"));
  self->n_orders = (guint) _kansio_income_support_int64 (rows, row, "n_orders");
  self->total_cents = _kansio_income_support_int64 (rows, row, "total_cents");
  self->created_by = g_strdup (_kansio_income_support_text (rows, row, "created_by"));
  self->created_at = g_strdup (_kansio_income_support_text (rows, row, "created_at"));
  return self;
}

static gpointer
map_runs (KansioDatabase *database, KansioRows *rows)
{
  GListStore *store = g_list_store_new (KANSIO_TYPE_INCOME_SUPPORT_PAYMENT_RUN);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      g_autoptr (KansioIncomeSupportPaymentRun) run = new_from_row (rows, i);

      g_list_store_append (store, run);
    }
  return store;
}

static void
kansio_income_support_payment_run_get_property (GObject *object,
                                                guint prop_id,
                                                GValue *value,
                                                GParamSpec *pspec)
{
  KansioIncomeSupportPaymentRun *self = KANSIO_INCOME_SUPPORT_PAYMENT_RUN (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_RUN_ON:
      g_value_set_string (value, self->run_on);
      break;

    case PROP_MESSAGE_ID:
      g_value_set_string (value, self->message_id);
      break;

    case PROP_N_ORDERS:
      g_value_set_uint (value, self->n_orders);
      break;

    case PROP_TOTAL_CENTS:
      g_value_set_int64 (value, self->total_cents);
      break;

    case PROP_CREATED_BY:
      g_value_set_string (value, self->created_by);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_income_support_payment_run_finalize (GObject *object)
{
  KansioIncomeSupportPaymentRun *self = KANSIO_INCOME_SUPPORT_PAYMENT_RUN (object);

  g_free (self->run_on);
  g_free (self->message_id);
  g_free (self->created_by);
  g_free (self->created_at);

  G_OBJECT_CLASS (kansio_income_support_payment_run_parent_class)->finalize (object);
}

static void
kansio_income_support_payment_run_class_init (KansioIncomeSupportPaymentRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_income_support_payment_run_get_property;
  object_class->finalize = kansio_income_support_payment_run_finalize;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* The day paid, yyyy-mm-dd. */
  properties[PROP_RUN_ON] = g_param_spec_string ("run-on", NULL, NULL, NULL, flags);
  /* The pain.001 message id, also the file's name. */
  properties[PROP_MESSAGE_ID] = g_param_spec_string ("message-id", NULL, NULL, NULL, flags);
  properties[PROP_N_ORDERS] = g_param_spec_uint ("n-orders", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TOTAL_CENTS]
      = g_param_spec_int64 ("total-cents", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CREATED_BY] = g_param_spec_string ("created-by", NULL, NULL, NULL, flags);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_income_support_payment_run_init (KansioIncomeSupportPaymentRun *self)
{
}

gint64
kansio_income_support_payment_run_get_id (KansioIncomeSupportPaymentRun *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_RUN (self), 0);
  return self->id;
}

const char *
kansio_income_support_payment_run_get_run_on (KansioIncomeSupportPaymentRun *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_RUN (self), NULL);
  return self->run_on;
}

const char *
kansio_income_support_payment_run_get_message_id (KansioIncomeSupportPaymentRun *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_RUN (self), NULL);
  return self->message_id;
}

guint
kansio_income_support_payment_run_get_n_orders (KansioIncomeSupportPaymentRun *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_RUN (self), 0);
  return self->n_orders;
}

gint64
kansio_income_support_payment_run_get_total_cents (KansioIncomeSupportPaymentRun *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_RUN (self), 0);
  return self->total_cents;
}

const char *
kansio_income_support_payment_run_get_created_by (KansioIncomeSupportPaymentRun *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_RUN (self), NULL);
  return self->created_by;
}

const char *
kansio_income_support_payment_run_get_created_at (KansioIncomeSupportPaymentRun *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_RUN (self), NULL);
  return self->created_at;
}

/**
 * kansio_income_support_payment_run_list_async:
 *
 * The latest payment runs in the units where the caller decides.
 */
void
kansio_income_support_payment_run_list_async (KansioDatabase *database,
                                              GCancellable *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_DATABASE (database));

  _kansio_income_support_call_async (NULL, kansio_income_support_payment_run_list_async, database,
                                     "SELECT * FROM api.is_payment_runs ()", NULL, 0, map_runs,
                                     g_object_unref, cancellable, callback, user_data);
}

/**
 * kansio_income_support_payment_run_list_finish:
 *
 * Returns: (transfer full) (nullable): a #GListModel of
 *   #KansioIncomeSupportPaymentRun, the latest first
 */
GListModel *
kansio_income_support_payment_run_list_finish (GAsyncResult *result, GError **error)
{
  return _kansio_income_support_call_finish (NULL, kansio_income_support_payment_run_list_async,
                                             result, error);
}
