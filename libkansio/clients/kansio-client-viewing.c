/* kansio-client-viewing.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-client-viewing"

#include "config.h"

#include "kansio-client-viewing.h"

/* One logged viewing of a client, as api.audit_person_views lists them
 * for auditors: when, by whom, what and why. Plain data, made by the
 * service that asked; no database. */
struct _KansioClientViewing
{
  GObject parent_instance;

  char *logged_at;
  char *login_role;
  char *full_name;
  char *view;
  char *purpose;
  char *area;
  gboolean emergency;
};

G_DEFINE_FINAL_TYPE (KansioClientViewing, kansio_client_viewing, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_LOGGED_AT,
  PROP_LOGIN_ROLE,
  PROP_FULL_NAME,
  PROP_VIEW,
  PROP_PURPOSE,
  PROP_AREA,
  PROP_EMERGENCY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_client_viewing_get_property (GObject *object,
                                    guint prop_id,
                                    GValue *value,
                                    GParamSpec *pspec)
{
  KansioClientViewing *self = KANSIO_CLIENT_VIEWING (object);

  switch (prop_id)
    {
    case PROP_LOGGED_AT:
      g_value_set_string (value, self->logged_at);
      break;

    case PROP_LOGIN_ROLE:
      g_value_set_string (value, self->login_role);
      break;

    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;

    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;

    case PROP_PURPOSE:
      g_value_set_string (value, self->purpose);
      break;

    case PROP_AREA:
      g_value_set_string (value, self->area);
      break;

    case PROP_EMERGENCY:
      g_value_set_boolean (value, self->emergency);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_client_viewing_set_property (GObject *object,
                                    guint prop_id,
                                    const GValue *value,
                                    GParamSpec *pspec)
{
  KansioClientViewing *self = KANSIO_CLIENT_VIEWING (object);

  switch (prop_id)
    {
    case PROP_LOGGED_AT:
      g_free (self->logged_at);
      self->logged_at = g_value_dup_string (value);
      break;

    case PROP_LOGIN_ROLE:
      g_free (self->login_role);
      self->login_role = g_value_dup_string (value);
      break;

    case PROP_FULL_NAME:
      g_free (self->full_name);
      self->full_name = g_value_dup_string (value);
      break;

    case PROP_VIEW:
      g_free (self->view);
      self->view = g_value_dup_string (value);
      break;

    case PROP_PURPOSE:
      g_free (self->purpose);
      self->purpose = g_value_dup_string (value);
      break;

    case PROP_AREA:
      g_free (self->area);
      self->area = g_value_dup_string (value);
      break;

    case PROP_EMERGENCY:
      self->emergency = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_client_viewing_finalize (GObject *object)
{
  KansioClientViewing *self = KANSIO_CLIENT_VIEWING (object);

  g_free (self->logged_at);
  g_free (self->login_role);
  g_free (self->full_name);
  g_free (self->view);
  g_free (self->purpose);
  g_free (self->area);

  G_OBJECT_CLASS (kansio_client_viewing_parent_class)->finalize (object);
}

static void
kansio_client_viewing_class_init (KansioClientViewingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                      | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_client_viewing_get_property;
  object_class->set_property = kansio_client_viewing_set_property;
  object_class->finalize = kansio_client_viewing_finalize;

  /**
   * KansioClientViewing:logged-at:
   *
   * When, as the database gives a timestamp.
   */
  properties[PROP_LOGGED_AT] = g_param_spec_string ("logged-at", NULL, NULL, NULL, flags);
  /**
   * KansioClientViewing:login-role:
   *
   * The viewer's login role.
   */
  properties[PROP_LOGIN_ROLE] = g_param_spec_string ("login-role", NULL, NULL, NULL, flags);
  /**
   * KansioClientViewing:full-name:
   *
   * The viewer's name, or %NULL.
   */
  properties[PROP_FULL_NAME] = g_param_spec_string ("full-name", NULL, NULL, NULL, flags);
  /**
   * KansioClientViewing:view:
   *
   * What was viewed.
   */
  properties[PROP_VIEW] = g_param_spec_string ("view", NULL, NULL, NULL, flags);
  /**
   * KansioClientViewing:purpose:
   *
   * The purpose given, or %NULL.
   */
  properties[PROP_PURPOSE] = g_param_spec_string ("purpose", NULL, NULL, NULL, flags);
  /**
   * KansioClientViewing:area:
   *
   * The service area, or %NULL.
   */
  properties[PROP_AREA] = g_param_spec_string ("area", NULL, NULL, NULL, flags);
  /**
   * KansioClientViewing:emergency:
   *
   * Whether it was emergency access.
   */
  properties[PROP_EMERGENCY] = g_param_spec_boolean ("emergency", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_client_viewing_init (KansioClientViewing *self)
{
}

const char *
kansio_client_viewing_get_logged_at (KansioClientViewing *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_VIEWING (self), NULL);
  return self->logged_at;
}

const char *
kansio_client_viewing_get_login_role (KansioClientViewing *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_VIEWING (self), NULL);
  return self->login_role;
}

const char *
kansio_client_viewing_get_full_name (KansioClientViewing *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_VIEWING (self), NULL);
  return self->full_name;
}

const char *
kansio_client_viewing_get_view (KansioClientViewing *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_VIEWING (self), NULL);
  return self->view;
}

const char *
kansio_client_viewing_get_purpose (KansioClientViewing *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_VIEWING (self), NULL);
  return self->purpose;
}

const char *
kansio_client_viewing_get_area (KansioClientViewing *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_VIEWING (self), NULL);
  return self->area;
}

gboolean
kansio_client_viewing_get_emergency (KansioClientViewing *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_VIEWING (self), FALSE);
  return self->emergency;
}
