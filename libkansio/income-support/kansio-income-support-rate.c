/* kansio-income-support-rate.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-rate"

#include "config.h"

#include "kansio-income-support-rate.h"

/* One income-support rate as api.income_support_rates lists it: its key,
 * its period (ISO dates, the last day or NULL for open-ended), its value
 * (cents, or a number) and where it comes from. Plain data, made by
 * kansio_income_support_rates_list_async(); no database. */
struct _KansioIncomeSupportRate
{
  GObject parent_instance;

  char *key;
  char *valid_from;
  char *valid_until;
  gint64 value;
  char *source;
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportRate, kansio_income_support_rate, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KEY,
  PROP_VALID_FROM,
  PROP_VALID_UNTIL,
  PROP_VALUE,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_income_support_rate_get_property (GObject *object,
                                         guint prop_id,
                                         GValue *value,
                                         GParamSpec *pspec)
{
  KansioIncomeSupportRate *self = KANSIO_INCOME_SUPPORT_RATE (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_VALID_FROM:
      g_value_set_string (value, self->valid_from);
      break;

    case PROP_VALID_UNTIL:
      g_value_set_string (value, self->valid_until);
      break;

    case PROP_VALUE:
      g_value_set_int64 (value, self->value);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_income_support_rate_set_property (GObject *object,
                                         guint prop_id,
                                         const GValue *value,
                                         GParamSpec *pspec)
{
  KansioIncomeSupportRate *self = KANSIO_INCOME_SUPPORT_RATE (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_free (self->key);
      self->key = g_value_dup_string (value);
      break;

    case PROP_VALID_FROM:
      g_free (self->valid_from);
      self->valid_from = g_value_dup_string (value);
      break;

    case PROP_VALID_UNTIL:
      g_free (self->valid_until);
      self->valid_until = g_value_dup_string (value);
      break;

    case PROP_VALUE:
      self->value = g_value_get_int64 (value);
      break;

    case PROP_SOURCE:
      g_free (self->source);
      self->source = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_income_support_rate_finalize (GObject *object)
{
  KansioIncomeSupportRate *self = KANSIO_INCOME_SUPPORT_RATE (object);

  g_free (self->key);
  g_free (self->valid_from);
  g_free (self->valid_until);
  g_free (self->source);

  G_OBJECT_CLASS (kansio_income_support_rate_parent_class)->finalize (object);
}

static void
kansio_income_support_rate_class_init (KansioIncomeSupportRateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_income_support_rate_get_property;
  object_class->set_property = kansio_income_support_rate_set_property;
  object_class->finalize = kansio_income_support_rate_finalize;

  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties[PROP_VALID_FROM] = g_param_spec_string ("valid-from", NULL, NULL, NULL, flags);
  properties[PROP_VALID_UNTIL] = g_param_spec_string ("valid-until", NULL, NULL, NULL, flags);
  properties[PROP_VALUE]
      = g_param_spec_int64 ("value", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_income_support_rate_init (KansioIncomeSupportRate *self)
{
}

const char *
kansio_income_support_rate_get_key (KansioIncomeSupportRate *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RATE (self), NULL);
  return self->key;
}

const char *
kansio_income_support_rate_get_valid_from (KansioIncomeSupportRate *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RATE (self), NULL);
  return self->valid_from;
}

/**
 * kansio_income_support_rate_get_valid_until:
 *
 * Returns: (nullable): the last day, or %NULL for open-ended
 */
const char *
kansio_income_support_rate_get_valid_until (KansioIncomeSupportRate *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RATE (self), NULL);
  return self->valid_until;
}

gint64
kansio_income_support_rate_get_value (KansioIncomeSupportRate *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RATE (self), 0);
  return self->value;
}

const char *
kansio_income_support_rate_get_source (KansioIncomeSupportRate *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_RATE (self), NULL);
  return self->source;
}
