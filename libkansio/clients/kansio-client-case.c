/* kansio-client-case.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-client-case"

#include "config.h"

#include "kansio-client-case.h"
#include "kansio-i18n.h"

/* One of a client's cases, as api.person_cases lists them: its area and
 * unit, and when it was opened and closed (ISO dates). Plain data, made by the
 * service that asked; no database. */
struct _KansioClientCase
{
  GObject parent_instance;

  gint64 id;
  char *area;
  int unit_id;
  char *unit_name_fi;
  char *unit_name_sv;
  char *opened_on;
  char *closed_on;
};

G_DEFINE_FINAL_TYPE (KansioClientCase, kansio_client_case, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_AREA,
  PROP_UNIT_ID,
  PROP_UNIT_NAME_FI,
  PROP_UNIT_NAME_SV,
  PROP_OPENED_ON,
  PROP_CLOSED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_client_case_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KansioClientCase *self = KANSIO_CLIENT_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_AREA:
      g_value_set_string (value, self->area);
      break;

    case PROP_UNIT_ID:
      g_value_set_int (value, self->unit_id);
      break;

    case PROP_UNIT_NAME_FI:
      g_value_set_string (value, self->unit_name_fi);
      break;

    case PROP_UNIT_NAME_SV:
      g_value_set_string (value, self->unit_name_sv);
      break;

    case PROP_OPENED_ON:
      g_value_set_string (value, self->opened_on);
      break;

    case PROP_CLOSED_ON:
      g_value_set_string (value, self->closed_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_client_case_set_property (GObject *object,
                                 guint prop_id,
                                 const GValue *value,
                                 GParamSpec *pspec)
{
  KansioClientCase *self = KANSIO_CLIENT_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_AREA:
      g_free (self->area);
      self->area = g_value_dup_string (value);
      break;

    case PROP_UNIT_ID:
      self->unit_id = g_value_get_int (value);
      break;

    case PROP_UNIT_NAME_FI:
      g_free (self->unit_name_fi);
      self->unit_name_fi = g_value_dup_string (value);
      break;

    case PROP_UNIT_NAME_SV:
      g_free (self->unit_name_sv);
      self->unit_name_sv = g_value_dup_string (value);
      break;

    case PROP_OPENED_ON:
      g_free (self->opened_on);
      self->opened_on = g_value_dup_string (value);
      break;

    case PROP_CLOSED_ON:
      g_free (self->closed_on);
      self->closed_on = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_client_case_finalize (GObject *object)
{
  KansioClientCase *self = KANSIO_CLIENT_CASE (object);

  g_free (self->area);
  g_free (self->unit_name_fi);
  g_free (self->unit_name_sv);
  g_free (self->opened_on);
  g_free (self->closed_on);

  G_OBJECT_CLASS (kansio_client_case_parent_class)->finalize (object);
}

static void
kansio_client_case_class_init (KansioClientCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                      | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_client_case_get_property;
  object_class->set_property = kansio_client_case_set_property;
  object_class->finalize = kansio_client_case_finalize;

  /**
   * KansioClientCase:id:
   *
   * The case's id.
   */
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  /**
   * KansioClientCase:area:
   *
   * The service area's id.
   */
  properties[PROP_AREA] = g_param_spec_string ("area", NULL, NULL, NULL, flags);
  /**
   * KansioClientCase:unit-id:
   *
   * The unit's id.
   */
  properties[PROP_UNIT_ID] = g_param_spec_int ("unit-id", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  /**
   * KansioClientCase:unit-name-fi:
   *
   * The unit's name in Finnish.
   */
  properties[PROP_UNIT_NAME_FI] = g_param_spec_string ("unit-name-fi", NULL, NULL, NULL, flags);
  /**
   * KansioClientCase:unit-name-sv:
   *
   * The unit's name in Swedish.
   */
  properties[PROP_UNIT_NAME_SV] = g_param_spec_string ("unit-name-sv", NULL, NULL, NULL, flags);
  /**
   * KansioClientCase:opened-on:
   *
   * When the case was opened, YYYY-MM-DD.
   */
  properties[PROP_OPENED_ON] = g_param_spec_string ("opened-on", NULL, NULL, NULL, flags);
  /**
   * KansioClientCase:closed-on:
   *
   * When the case was closed, YYYY-MM-DD, or %NULL while it is open.
   */
  properties[PROP_CLOSED_ON] = g_param_spec_string ("closed-on", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_client_case_init (KansioClientCase *self)
{
}

gint64
kansio_client_case_get_id (KansioClientCase *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_CASE (self), 0);
  return self->id;
}

const char *
kansio_client_case_get_area (KansioClientCase *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_CASE (self), NULL);
  return self->area;
}

int
kansio_client_case_get_unit_id (KansioClientCase *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_CASE (self), 0);
  return self->unit_id;
}

const char *
kansio_client_case_get_unit_name_fi (KansioClientCase *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_CASE (self), NULL);
  return self->unit_name_fi;
}

const char *
kansio_client_case_get_unit_name_sv (KansioClientCase *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_CASE (self), NULL);
  return self->unit_name_sv;
}

/**
 * kansio_client_case_get_unit_name:
 *
 * Returns: the unit's name in the interface's language
 */
const char *
kansio_client_case_get_unit_name (KansioClientCase *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_CASE (self), NULL);
  return kansio_i18n_interface_is_swedish () ? self->unit_name_sv : self->unit_name_fi;
}

const char *
kansio_client_case_get_opened_on (KansioClientCase *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_CASE (self), NULL);
  return self->opened_on;
}

const char *
kansio_client_case_get_closed_on (KansioClientCase *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_CASE (self), NULL);
  return self->closed_on;
}
