/* kansio-demo-user.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-demo-user"

#include "config.h"

#include "kansio-demo-user.h"

/* A demo user to log in as: login role, name, and title, unit and job
 * roles in Finnish and Swedish. Plain data, made by the
 * service that asked; no database. */
struct _KansioDemoUser
{
  GObject parent_instance;

  char *login_role;
  char *full_name;
  char *title_fi;
  char *title_sv;
  char *unit_name_fi;
  char *unit_name_sv;
  char *roles_fi;
  char *roles_sv;
};

G_DEFINE_FINAL_TYPE (KansioDemoUser, kansio_demo_user, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_LOGIN_ROLE,
  PROP_FULL_NAME,
  PROP_TITLE_FI,
  PROP_TITLE_SV,
  PROP_UNIT_NAME_FI,
  PROP_UNIT_NAME_SV,
  PROP_ROLES_FI,
  PROP_ROLES_SV,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_demo_user_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KansioDemoUser *self = KANSIO_DEMO_USER (object);

  switch (prop_id)
    {
    case PROP_LOGIN_ROLE:
      g_value_set_string (value, self->login_role);
      break;

    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;

    case PROP_TITLE_FI:
      g_value_set_string (value, self->title_fi);
      break;

    case PROP_TITLE_SV:
      g_value_set_string (value, self->title_sv);
      break;

    case PROP_UNIT_NAME_FI:
      g_value_set_string (value, self->unit_name_fi);
      break;

    case PROP_UNIT_NAME_SV:
      g_value_set_string (value, self->unit_name_sv);
      break;

    case PROP_ROLES_FI:
      g_value_set_string (value, self->roles_fi);
      break;

    case PROP_ROLES_SV:
      g_value_set_string (value, self->roles_sv);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_demo_user_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  KansioDemoUser *self = KANSIO_DEMO_USER (object);

  switch (prop_id)
    {
    case PROP_LOGIN_ROLE:
      g_free (self->login_role);
      self->login_role = g_value_dup_string (value);
      break;

    case PROP_FULL_NAME:
      g_free (self->full_name);
      self->full_name = g_value_dup_string (value);
      break;

    case PROP_TITLE_FI:
      g_free (self->title_fi);
      self->title_fi = g_value_dup_string (value);
      break;

    case PROP_TITLE_SV:
      g_free (self->title_sv);
      self->title_sv = g_value_dup_string (value);
      break;

    case PROP_UNIT_NAME_FI:
      g_free (self->unit_name_fi);
      self->unit_name_fi = g_value_dup_string (value);
      break;

    case PROP_UNIT_NAME_SV:
      g_free (self->unit_name_sv);
      self->unit_name_sv = g_value_dup_string (value);
      break;

    case PROP_ROLES_FI:
      g_free (self->roles_fi);
      self->roles_fi = g_value_dup_string (value);
      break;

    case PROP_ROLES_SV:
      g_free (self->roles_sv);
      self->roles_sv = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_demo_user_finalize (GObject *object)
{
  KansioDemoUser *self = KANSIO_DEMO_USER (object);

  g_free (self->login_role);
  g_free (self->full_name);
  g_free (self->title_fi);
  g_free (self->title_sv);
  g_free (self->unit_name_fi);
  g_free (self->unit_name_sv);
  g_free (self->roles_fi);
  g_free (self->roles_sv);

  G_OBJECT_CLASS (kansio_demo_user_parent_class)->finalize (object);
}

static void
kansio_demo_user_class_init (KansioDemoUserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                      | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_demo_user_get_property;
  object_class->set_property = kansio_demo_user_set_property;
  object_class->finalize = kansio_demo_user_finalize;

  /**
   * KansioDemoUser:login-role:
   *
   * The login role.
   */
  properties[PROP_LOGIN_ROLE] = g_param_spec_string ("login-role", NULL, NULL, NULL, flags);
  /**
   * KansioDemoUser:full-name:
   *
   * The user's name.
   */
  properties[PROP_FULL_NAME] = g_param_spec_string ("full-name", NULL, NULL, NULL, flags);
  /**
   * KansioDemoUser:title-fi:
   *
   * The job title in Finnish.
   */
  properties[PROP_TITLE_FI] = g_param_spec_string ("title-fi", NULL, NULL, NULL, flags);
  /**
   * KansioDemoUser:title-sv:
   *
   * The job title in Swedish.
   */
  properties[PROP_TITLE_SV] = g_param_spec_string ("title-sv", NULL, NULL, NULL, flags);
  /**
   * KansioDemoUser:unit-name-fi:
   *
   * The unit's name in Finnish.
   */
  properties[PROP_UNIT_NAME_FI] = g_param_spec_string ("unit-name-fi", NULL, NULL, NULL, flags);
  /**
   * KansioDemoUser:unit-name-sv:
   *
   * The unit's name in Swedish.
   */
  properties[PROP_UNIT_NAME_SV] = g_param_spec_string ("unit-name-sv", NULL, NULL, NULL, flags);
  /**
   * KansioDemoUser:roles-fi:
   *
   * The job roles in Finnish, comma-separated, or %NULL.
   */
  properties[PROP_ROLES_FI] = g_param_spec_string ("roles-fi", NULL, NULL, NULL, flags);
  /**
   * KansioDemoUser:roles-sv:
   *
   * The job roles in Swedish, comma-separated, or %NULL.
   */
  properties[PROP_ROLES_SV] = g_param_spec_string ("roles-sv", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_demo_user_init (KansioDemoUser *self)
{
}

const char *
kansio_demo_user_get_login_role (KansioDemoUser *self)
{
  g_return_val_if_fail (KANSIO_IS_DEMO_USER (self), NULL);
  return self->login_role;
}

const char *
kansio_demo_user_get_full_name (KansioDemoUser *self)
{
  g_return_val_if_fail (KANSIO_IS_DEMO_USER (self), NULL);
  return self->full_name;
}

const char *
kansio_demo_user_get_title_fi (KansioDemoUser *self)
{
  g_return_val_if_fail (KANSIO_IS_DEMO_USER (self), NULL);
  return self->title_fi;
}

const char *
kansio_demo_user_get_title_sv (KansioDemoUser *self)
{
  g_return_val_if_fail (KANSIO_IS_DEMO_USER (self), NULL);
  return self->title_sv;
}

const char *
kansio_demo_user_get_unit_name_fi (KansioDemoUser *self)
{
  g_return_val_if_fail (KANSIO_IS_DEMO_USER (self), NULL);
  return self->unit_name_fi;
}

const char *
kansio_demo_user_get_unit_name_sv (KansioDemoUser *self)
{
  g_return_val_if_fail (KANSIO_IS_DEMO_USER (self), NULL);
  return self->unit_name_sv;
}

const char *
kansio_demo_user_get_roles_fi (KansioDemoUser *self)
{
  g_return_val_if_fail (KANSIO_IS_DEMO_USER (self), NULL);
  return self->roles_fi;
}

const char *
kansio_demo_user_get_roles_sv (KansioDemoUser *self)
{
  g_return_val_if_fail (KANSIO_IS_DEMO_USER (self), NULL);
  return self->roles_sv;
}
