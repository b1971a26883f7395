/* kansio-disclosure.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-disclosure"

#include "config.h"

#include "kansio-disclosure.h"

/* One disclosure of a client's data, as api.disclosure_list lists them:
 * when, by whom, what, to whom and on what legal basis. Plain data, made by the
 * service that asked; no database. */
struct _KansioDisclosure
{
  GObject parent_instance;

  char *logged_at;
  char *login_role;
  char *what;
  char *recipient;
  char *legal_basis;
};

G_DEFINE_FINAL_TYPE (KansioDisclosure, kansio_disclosure, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_LOGGED_AT,
  PROP_LOGIN_ROLE,
  PROP_WHAT,
  PROP_RECIPIENT,
  PROP_LEGAL_BASIS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_disclosure_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KansioDisclosure *self = KANSIO_DISCLOSURE (object);

  switch (prop_id)
    {
    case PROP_LOGGED_AT:
      g_value_set_string (value, self->logged_at);
      break;

    case PROP_LOGIN_ROLE:
      g_value_set_string (value, self->login_role);
      break;

    case PROP_WHAT:
      g_value_set_string (value, self->what);
      break;

    case PROP_RECIPIENT:
      g_value_set_string (value, self->recipient);
      break;

    case PROP_LEGAL_BASIS:
      g_value_set_string (value, self->legal_basis);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_disclosure_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
                                GParamSpec *pspec)
{
  KansioDisclosure *self = KANSIO_DISCLOSURE (object);

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

    case PROP_WHAT:
      g_free (self->what);
      self->what = g_value_dup_string (value);
      break;

    case PROP_RECIPIENT:
      g_free (self->recipient);
      self->recipient = g_value_dup_string (value);
      break;

    case PROP_LEGAL_BASIS:
      g_free (self->legal_basis);
      self->legal_basis = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_disclosure_finalize (GObject *object)
{
  KansioDisclosure *self = KANSIO_DISCLOSURE (object);

  g_free (self->logged_at);
  g_free (self->login_role);
  g_free (self->what);
  g_free (self->recipient);
  g_free (self->legal_basis);

  G_OBJECT_CLASS (kansio_disclosure_parent_class)->finalize (object);
}

static void
kansio_disclosure_class_init (KansioDisclosureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                      | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_disclosure_get_property;
  object_class->set_property = kansio_disclosure_set_property;
  object_class->finalize = kansio_disclosure_finalize;

  /**
   * KansioDisclosure:logged-at:
   *
   * When, as the database gives a timestamp.
   */
  properties[PROP_LOGGED_AT] = g_param_spec_string ("logged-at", NULL, NULL, NULL, flags);
  /**
   * KansioDisclosure:login-role:
   *
   * Who disclosed.
   */
  properties[PROP_LOGIN_ROLE] = g_param_spec_string ("login-role", NULL, NULL, NULL, flags);
  /**
   * KansioDisclosure:what:
   *
   * What was disclosed.
   */
  properties[PROP_WHAT] = g_param_spec_string ("what", NULL, NULL, NULL, flags);
  /**
   * KansioDisclosure:recipient:
   *
   * To whom.
   */
  properties[PROP_RECIPIENT] = g_param_spec_string ("recipient", NULL, NULL, NULL, flags);
  /**
   * KansioDisclosure:legal-basis:
   *
   * On what legal basis.
   */
  properties[PROP_LEGAL_BASIS] = g_param_spec_string ("legal-basis", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_disclosure_init (KansioDisclosure *self)
{
}

const char *
kansio_disclosure_get_logged_at (KansioDisclosure *self)
{
  g_return_val_if_fail (KANSIO_IS_DISCLOSURE (self), NULL);
  return self->logged_at;
}

const char *
kansio_disclosure_get_login_role (KansioDisclosure *self)
{
  g_return_val_if_fail (KANSIO_IS_DISCLOSURE (self), NULL);
  return self->login_role;
}

const char *
kansio_disclosure_get_what (KansioDisclosure *self)
{
  g_return_val_if_fail (KANSIO_IS_DISCLOSURE (self), NULL);
  return self->what;
}

const char *
kansio_disclosure_get_recipient (KansioDisclosure *self)
{
  g_return_val_if_fail (KANSIO_IS_DISCLOSURE (self), NULL);
  return self->recipient;
}

const char *
kansio_disclosure_get_legal_basis (KansioDisclosure *self)
{
  g_return_val_if_fail (KANSIO_IS_DISCLOSURE (self), NULL);
  return self->legal_basis;
}
