/* kansio-income-support-payment-run.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-payment-run"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-calendar.h"
#include "kansio-database-error.h"
#include "kansio-api-call-private.h"
#include "kansio-income-support-payment-run.h"
#include "payments/kansio-payment-file.h"

/* A payment run of income support, as api.is_payment_runs lists them for
 * decision-makers (the latest 50). A run is made of the decided orders due
 * by a day (api.is_payment_run_create), and its pain.001 file built from
 * its orders (api.is_payment_run_orders) with the generic KansioPaymentFile
 * writer of libkansio/payments. The orders of a run never change, so its
 * file is the same whenever it is built: a file lost or interrupted is
 * built again without paying anything twice. Used by `kansio-admin
 * payment-run` and by the income-support plugin alike. */
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

/* The columns of api.is_payment_runs, in one place: a KansioApiItemFunc
 * (a run calls nothing: @database and @owner_id unused). */
static gpointer
new_from_row (KansioDatabase *database, KansioRows *rows, guint row, gint64 owner_id)
{
  KansioIncomeSupportPaymentRun *self = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_PAYMENT_RUN, NULL);

  self->id = _kansio_api_int64 (rows, row, "run_id");
  self->run_on = g_strdup (_kansio_api_text (rows, row, "run_on"));
  self->message_id = g_strdup (_kansio_api_text (rows, row, "message_id"));
  self->n_orders = (guint) _kansio_api_int64 (rows, row, "n_orders");
  self->total_cents = _kansio_api_int64 (rows, row, "total_cents");
  self->created_by = g_strdup (_kansio_api_text (rows, row, "created_by"));
  self->created_at = g_strdup (_kansio_api_text (rows, row, "created_at"));
  return self;
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

  _kansio_api_call_list_async (NULL, kansio_income_support_payment_run_list_async, database,
                               "SELECT * FROM api.is_payment_runs ()", NULL, 0,
                               KANSIO_TYPE_INCOME_SUPPORT_PAYMENT_RUN, new_from_row, 0, cancellable,
                               callback, user_data);
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
  return _kansio_api_call_finish (NULL, kansio_income_support_payment_run_list_async, result,
                                  error);
}

/* Making a run and its file */

/* The columns of api.is_payment_run_orders, in order. */
enum
{
  COLUMN_ORDER_ID,
  COLUMN_MESSAGE_ID,
  COLUMN_RUN_ON,
  COLUMN_PAYEE_NAME,
  COLUMN_IBAN,
  COLUMN_REFERENCE,
  COLUMN_MESSAGE,
  COLUMN_AMOUNT_CENTS,
  COLUMN_DEBTOR_NAME,
  COLUMN_DEBTOR_IBAN,
  COLUMN_DEBTOR_BIC,
};

typedef struct
{
  GBytes *xml;
  char *message_id;
  guint n_orders;
  gint64 total_cents;
} BuiltFile;

static void
built_file_free (BuiltFile *built)
{
  g_clear_pointer (&built->xml, g_bytes_unref);
  g_free (built->message_id);
  g_free (built);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuiltFile, built_file_free)

static const char *
nullable_string (KansioRows *rows, guint row, guint column)
{
  return kansio_rows_is_null (rows, row, column) ? NULL
                                                 : kansio_rows_get_string (rows, row, column);
}

/* The mapper of api.is_payment_run_orders, the run's id its data. */
static gpointer
build_file (KansioRows *rows, gpointer map_data, GError **error)
{
  gint64 run_id = *(gint64 *) map_data;
  g_autoptr (KansioPaymentFile) file = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (BuiltFile) built = NULL;
  const char *message_id;
  GDate run_on;

  if (kansio_rows_get_n_rows (rows) == 0)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, run_id);

      g_set_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_NOT_FOUND,
                   _ ("Payment run %s has no orders you may see."), id);
      return NULL;
    }
  message_id = kansio_rows_get_string (rows, 0, COLUMN_MESSAGE_ID);
  if (!kansio_calendar_parse_iso_date (kansio_rows_get_string (rows, 0, COLUMN_RUN_ON), &run_on))
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, run_id);

      g_set_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_FAILED,
                   _ ("Payment run %s has no payment date."), id);
      return NULL;
    }

  file = kansio_payment_file_new (message_id, now, &run_on,
                                  kansio_rows_get_string (rows, 0, COLUMN_DEBTOR_NAME),
                                  kansio_rows_get_string (rows, 0, COLUMN_DEBTOR_IBAN),
                                  nullable_string (rows, 0, COLUMN_DEBTOR_BIC));
  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      /* The order's own id: the bank's returns name it. */
      g_autofree char *end_to_end
          = g_strdup_printf ("KANSIO-%s", kansio_rows_get_string (rows, i, COLUMN_ORDER_ID));

      if (!kansio_payment_file_add (file, end_to_end,
                                    kansio_rows_get_string (rows, i, COLUMN_PAYEE_NAME),
                                    kansio_rows_get_string (rows, i, COLUMN_IBAN),
                                    nullable_string (rows, i, COLUMN_REFERENCE),
                                    nullable_string (rows, i, COLUMN_MESSAGE),
                                    kansio_rows_get_int64 (rows, i, COLUMN_AMOUNT_CENTS), error))
        return NULL;
    }

  built = g_new0 (BuiltFile, 1);
  built->xml = kansio_payment_file_to_xml (file);
  built->message_id = g_strdup (message_id);
  built->n_orders = kansio_payment_file_get_n_transactions (file);
  built->total_cents = kansio_payment_file_get_control_sum (file);
  return g_steal_pointer (&built);
}

/**
 * kansio_income_support_payment_run_create_async:
 * @database: a database connected as an income-support decision-maker
 * @run_on: the day to pay; the orders due by it are taken
 *
 * Puts every decided, unpaid order due by @run_on, in the units where the
 * user decides, into one new payment run. The database refuses anyone
 * else (%KANSIO_DATABASE_ERROR_PERMISSION_DENIED).
 */
void
kansio_income_support_payment_run_create_async (KansioDatabase *database,
                                                const GDate *run_on,
                                                GCancellable *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer user_data)
{
  g_autofree char *day = NULL;
  const char *params[1];

  g_return_if_fail (KANSIO_IS_DATABASE (database));
  g_return_if_fail (run_on != NULL && g_date_valid (run_on));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  day = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (run_on), g_date_get_month (run_on),
                         g_date_get_day (run_on));
  params[0] = day;
  _kansio_api_call_async (database, kansio_income_support_payment_run_create_async, database,
                          "SELECT api.is_payment_run_create ($1::date)", params, 1,
                          _kansio_api_map_id, NULL, NULL, g_free, cancellable, callback, user_data);
}

/**
 * kansio_income_support_payment_run_create_finish:
 * @run_id: (out) (optional): the new run's id, or 0 when nothing was due:
 *   every decided order is in a run already
 *
 * Returns: whether the database answered; if not, @error says why
 */
gboolean
kansio_income_support_payment_run_create_finish (GAsyncResult *result,
                                                 gint64 *run_id,
                                                 GError **error)
{
  g_autofree gint64 *id = NULL;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                            == kansio_income_support_payment_run_create_async,
                        FALSE);

  id = g_task_propagate_pointer (G_TASK (result), error);
  if (run_id != NULL)
    *run_id = id != NULL ? *id : 0;
  return id != NULL;
}

/* api.is_payment_run_preview's one row: orders and cents, as two int64. */
static gpointer
map_preview (KansioRows *rows, gpointer map_data, GError **error)
{
  gint64 *counts = g_new0 (gint64, 2);

  if (kansio_rows_get_n_rows (rows) > 0)
    {
      counts[0] = _kansio_api_int64 (rows, 0, "n_orders");
      counts[1] = _kansio_api_int64 (rows, 0, "total_cents");
    }
  return counts;
}

/**
 * kansio_income_support_payment_run_preview_async:
 * @database: a database connected as an income-support decision-maker
 * @run_on: the day a run would pay by
 *
 * Counts what kansio_income_support_payment_run_create_async() would put
 * into a run made now, changing nothing: for the confirmation, since a
 * run is not taken back.
 */
void
kansio_income_support_payment_run_preview_async (KansioDatabase *database,
                                                 const GDate *run_on,
                                                 GCancellable *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer user_data)
{
  g_autofree char *day = NULL;
  const char *params[1];

  g_return_if_fail (KANSIO_IS_DATABASE (database));
  g_return_if_fail (run_on != NULL && g_date_valid (run_on));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  day = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (run_on), g_date_get_month (run_on),
                         g_date_get_day (run_on));
  params[0] = day;
  _kansio_api_call_async (database, kansio_income_support_payment_run_preview_async, database,
                          "SELECT * FROM api.is_payment_run_preview ($1::date)", params, 1,
                          map_preview, NULL, NULL, g_free, cancellable, callback, user_data);
}

/**
 * kansio_income_support_payment_run_preview_finish:
 * @n_orders: (out) (optional): how many orders the run would pay
 * @total_cents: (out) (optional): their sum, in cents
 *
 * Returns: whether the database answered; if not, @error says why
 */
gboolean
kansio_income_support_payment_run_preview_finish (GAsyncResult *result,
                                                  gint64 *n_orders,
                                                  gint64 *total_cents,
                                                  GError **error)
{
  g_autofree gint64 *counts = NULL;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                            == kansio_income_support_payment_run_preview_async,
                        FALSE);

  counts = g_task_propagate_pointer (G_TASK (result), error);
  if (n_orders != NULL)
    *n_orders = counts != NULL ? counts[0] : 0;
  if (total_cents != NULL)
    *total_cents = counts != NULL ? counts[1] : 0;
  return counts != NULL;
}

/**
 * kansio_income_support_payment_run_build_file_async:
 * @database: a database connected as an income-support decision-maker
 * @run_id: a run made by kansio_income_support_payment_run_create_async()
 *
 * Builds the run's file for the bank, ISO 20022 pain.001.001.03, from its
 * orders as the database keeps them. Nothing is paid: the same run's file
 * may be built as often as needed.
 */
void
kansio_income_support_payment_run_build_file_async (KansioDatabase *database,
                                                    gint64 run_id,
                                                    GCancellable *cancellable,
                                                    GAsyncReadyCallback callback,
                                                    gpointer user_data)
{
  g_autofree char *id = NULL;
  const char *params[1];

  g_return_if_fail (KANSIO_IS_DATABASE (database));
  g_return_if_fail (run_id > 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  id = _kansio_api_int64_text (run_id);
  params[0] = id;
  _kansio_api_call_async (database, kansio_income_support_payment_run_build_file_async, database,
                          "SELECT * FROM api.is_payment_run_orders ($1::bigint)", params, 1,
                          build_file, g_memdup2 (&run_id, sizeof run_id), g_free,
                          (GDestroyNotify) built_file_free, cancellable, callback, user_data);
}

/**
 * kansio_income_support_payment_run_build_file_finish:
 * @n_orders: (out) (optional): the number of orders in the file
 * @total_cents: (out) (optional): their sum, in cents
 * @message_id: (out) (optional) (transfer full): the file's message id,
 *   KANSIO-YYYYMMDD-N, unique to the run
 *
 * Returns: (transfer full) (nullable): the file, UTF-8 XML; %NULL with
 *   @error set if the run was not read or has no orders the user may see
 */
GBytes *
kansio_income_support_payment_run_build_file_finish (
    GAsyncResult *result, guint *n_orders, gint64 *total_cents, char **message_id, GError **error)
{
  g_autoptr (BuiltFile) built = NULL;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                            == kansio_income_support_payment_run_build_file_async,
                        NULL);

  built = g_task_propagate_pointer (G_TASK (result), error);
  if (built == NULL)
    return NULL;
  if (n_orders != NULL)
    *n_orders = built->n_orders;
  if (total_cents != NULL)
    *total_cents = built->total_cents;
  if (message_id != NULL)
    *message_id = g_steal_pointer (&built->message_id);
  return g_steal_pointer (&built->xml);
}
