/* kansio-income-support-payment-order.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-payment-order"

#include "config.h"

#include "kansio-api-call-private.h"
#include "kansio-income-support-payment-order-private.h"

/* A payment order of a decision: to the client's own account, or a
 * payment commitment to a landlord or a pharmacy. A new one is made with
 * kansio_income_support_payment_order_new() and added with
 * kansio_income_support_decision_add_order_async(); those read back
 * (api.is_decision_orders) say whether a payment run has paid them. */
struct _KansioIncomeSupportPaymentOrder
{
  GObject parent_instance;

  KansioDatabase *database; /* of an order read back */
  gint64 id;
  char *kind;
  char *payee_name;
  char *iban;
  char *reference;
  char *message;
  gint64 amount_cents;
  char *due_on;
  gint64 run_id;
  char *paid_on;
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportPaymentOrder,
                     kansio_income_support_payment_order,
                     G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_PAYEE_NAME,
  PROP_IBAN,
  PROP_REFERENCE,
  PROP_MESSAGE,
  PROP_AMOUNT_CENTS,
  PROP_DUE_ON,
  PROP_RUN_ID,
  PROP_PAID_ON,
  PROP_IS_PAID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_income_support_payment_order_get_property (GObject *object,
                                                  guint prop_id,
                                                  GValue *value,
                                                  GParamSpec *pspec)
{
  KansioIncomeSupportPaymentOrder *self = KANSIO_INCOME_SUPPORT_PAYMENT_ORDER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_PAYEE_NAME:
      g_value_set_string (value, self->payee_name);
      break;

    case PROP_IBAN:
      g_value_set_string (value, self->iban);
      break;

    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_AMOUNT_CENTS:
      g_value_set_int64 (value, self->amount_cents);
      break;

    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;

    case PROP_RUN_ID:
      g_value_set_int64 (value, self->run_id);
      break;

    case PROP_PAID_ON:
      g_value_set_string (value, self->paid_on);
      break;

    case PROP_IS_PAID:
      g_value_set_boolean (value, self->run_id != 0);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_income_support_payment_order_dispose (GObject *object)
{
  KansioIncomeSupportPaymentOrder *self = KANSIO_INCOME_SUPPORT_PAYMENT_ORDER (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (kansio_income_support_payment_order_parent_class)->dispose (object);
}

static void
kansio_income_support_payment_order_finalize (GObject *object)
{
  KansioIncomeSupportPaymentOrder *self = KANSIO_INCOME_SUPPORT_PAYMENT_ORDER (object);

  g_free (self->kind);
  g_free (self->payee_name);
  g_free (self->iban);
  g_free (self->reference);
  g_free (self->message);
  g_free (self->due_on);
  g_free (self->paid_on);

  G_OBJECT_CLASS (kansio_income_support_payment_order_parent_class)->finalize (object);
}

static void
kansio_income_support_payment_order_class_init (KansioIncomeSupportPaymentOrderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_income_support_payment_order_get_property;
  object_class->dispose = kansio_income_support_payment_order_dispose;
  object_class->finalize = kansio_income_support_payment_order_finalize;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* "client", "landlord" or "pharmacy" */
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_PAYEE_NAME] = g_param_spec_string ("payee-name", NULL, NULL, NULL, flags);
  properties[PROP_IBAN] = g_param_spec_string ("iban", NULL, NULL, NULL, flags);
  properties[PROP_REFERENCE] = g_param_spec_string ("reference", NULL, NULL, NULL, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties[PROP_AMOUNT_CENTS]
      = g_param_spec_int64 ("amount-cents", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* yyyy-mm-dd */
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL, flags);
  /* The payment run that paid it; 0 while waiting for one. */
  properties[PROP_RUN_ID] = g_param_spec_int64 ("run-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PAID_ON] = g_param_spec_string ("paid-on", NULL, NULL, NULL, flags);
  properties[PROP_IS_PAID] = g_param_spec_boolean ("is-paid", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_income_support_payment_order_init (KansioIncomeSupportPaymentOrder *self)
{
}

/* The columns of api.is_decision_orders, in one place: a KansioApiItemFunc (@owner_id unused). */
KansioIncomeSupportPaymentOrder *
_kansio_income_support_payment_order_new_from_row (KansioDatabase *database,
                                                   KansioRows *rows,
                                                   guint row,
                                                   gint64 owner_id)
{
  KansioIncomeSupportPaymentOrder *self
      = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_PAYMENT_ORDER, NULL);

  self->database = g_object_ref (database);
  self->id = _kansio_api_int64 (rows, row, "order_id");
  self->kind = g_strdup (_kansio_api_text (rows, row, "kind"));
  self->payee_name = g_strdup (_kansio_api_text (rows, row, "payee_name"));
  self->iban = g_strdup (_kansio_api_text (rows, row, "iban"));
  self->reference = g_strdup (_kansio_api_text (rows, row, "reference"));
  self->message = g_strdup (_kansio_api_text (rows, row, "message"));
  self->amount_cents = _kansio_api_int64 (rows, row, "amount_cents");
  self->due_on = g_strdup (_kansio_api_text (rows, row, "due_on"));
  self->run_id = _kansio_api_int64 (rows, row, "run_id");
  self->paid_on = g_strdup (_kansio_api_text (rows, row, "paid_on"));
  return self;
}

/**
 * kansio_income_support_payment_order_new:
 * @kind: "client", "landlord" or "pharmacy"
 * @reference: (nullable): a Finnish or RF creditor reference
 * @message: (nullable): a message to the payee
 * @due_on: the day it is due
 *
 * A new order, to add to a decision being prepared. The database checks
 * it again (account, reference, SEPA characters, the support left).
 */
KansioIncomeSupportPaymentOrder *
kansio_income_support_payment_order_new (const char *kind,
                                         const char *payee_name,
                                         const char *iban,
                                         const char *reference,
                                         const char *message,
                                         gint64 amount_cents,
                                         const GDate *due_on)
{
  KansioIncomeSupportPaymentOrder *self;
  char day[16];

  g_return_val_if_fail (kind != NULL && payee_name != NULL && iban != NULL, NULL);
  g_return_val_if_fail (due_on != NULL && g_date_valid (due_on), NULL);

  self = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_PAYMENT_ORDER, NULL);
  g_date_strftime (day, sizeof day, "%Y-%m-%d", due_on);
  self->kind = g_strdup (kind);
  self->payee_name = g_strdup (payee_name);
  self->iban = g_strdup (iban);
  self->reference = reference != NULL && *reference != '\0' ? g_strdup (reference) : NULL;
  self->message = message != NULL && *message != '\0' ? g_strdup (message) : NULL;
  self->amount_cents = amount_cents;
  self->due_on = g_strdup (day);
  return self;
}

gint64
kansio_income_support_payment_order_get_id (KansioIncomeSupportPaymentOrder *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_ORDER (self), 0);
  return self->id;
}

const char *
kansio_income_support_payment_order_get_kind (KansioIncomeSupportPaymentOrder *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_ORDER (self), NULL);
  return self->kind;
}

const char *
kansio_income_support_payment_order_get_payee_name (KansioIncomeSupportPaymentOrder *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_ORDER (self), NULL);
  return self->payee_name;
}

const char *
kansio_income_support_payment_order_get_iban (KansioIncomeSupportPaymentOrder *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_ORDER (self), NULL);
  return self->iban;
}

const char *
kansio_income_support_payment_order_get_reference (KansioIncomeSupportPaymentOrder *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_ORDER (self), NULL);
  return self->reference;
}

const char *
kansio_income_support_payment_order_get_message (KansioIncomeSupportPaymentOrder *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_ORDER (self), NULL);
  return self->message;
}

gint64
kansio_income_support_payment_order_get_amount_cents (KansioIncomeSupportPaymentOrder *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_ORDER (self), 0);
  return self->amount_cents;
}

const char *
kansio_income_support_payment_order_get_due_on (KansioIncomeSupportPaymentOrder *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_ORDER (self), NULL);
  return self->due_on;
}

gint64
kansio_income_support_payment_order_get_run_id (KansioIncomeSupportPaymentOrder *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_ORDER (self), 0);
  return self->run_id;
}

const char *
kansio_income_support_payment_order_get_paid_on (KansioIncomeSupportPaymentOrder *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_ORDER (self), NULL);
  return self->paid_on;
}

gboolean
kansio_income_support_payment_order_get_is_paid (KansioIncomeSupportPaymentOrder *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_ORDER (self), FALSE);
  return self->run_id != 0;
}

/**
 * kansio_income_support_payment_order_remove_async:
 *
 * Takes an order read back off its decision, before the decision is made.
 * The decision gets a new version.
 */
void
kansio_income_support_payment_order_remove_async (KansioIncomeSupportPaymentOrder *self,
                                                  GCancellable *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer user_data)
{
  g_autofree char *id = NULL;
  const char *params[1];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_PAYMENT_ORDER (self));
  g_return_if_fail (self->database != NULL && self->id > 0);

  id = _kansio_api_int64_text (self->id);
  params[0] = id;
  _kansio_api_call_async (self, kansio_income_support_payment_order_remove_async, self->database,
                          "SELECT api.is_payment_order_remove ($1::bigint)", params,
                          G_N_ELEMENTS (params), _kansio_api_map_done, NULL, NULL, NULL,
                          cancellable, callback, user_data);
}

gboolean
kansio_income_support_payment_order_remove_finish (KansioIncomeSupportPaymentOrder *self,
                                                   GAsyncResult *result,
                                                   GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_income_support_payment_order_remove_async,
                                       result, error);
}
