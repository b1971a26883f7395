/* kansio-context.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-context"

#include "config.h"

#include "kansio-context.h"

/* The shared services every page and plugin reaches through one object, so
 * a test can build one around its own database. Later issues add the
 * current user and rights. */
struct _KansioContext
{
  GObject parent_instance;

  KansioDatabase *database;
  KansioUser *user;
  KansioClientDirectory *clients;
  KansioDocumentComposer *documents;
  GSettings *settings;
  gboolean is_demo;
};

G_DEFINE_FINAL_TYPE (KansioContext, kansio_context, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_USER,
  PROP_SETTINGS,
  PROP_IS_DEMO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_context_dispose (GObject *object)
{
  KansioContext *self = (KansioContext *) object;

  g_clear_object (&self->database);
  g_clear_object (&self->user);
  g_clear_object (&self->clients);
  g_clear_object (&self->documents);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kansio_context_parent_class)->dispose (object);
}

static void
kansio_context_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KansioContext *self = KANSIO_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_USER:
      g_value_set_object (value, self->user);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_IS_DEMO:
      g_value_set_boolean (value, self->is_demo);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_context_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  KansioContext *self = KANSIO_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_USER:
      self->user = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_IS_DEMO:
      self->is_demo = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_context_class_init (KansioContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kansio_context_dispose;
  object_class->get_property = kansio_context_get_property;
  object_class->set_property = kansio_context_set_property;

  properties[PROP_DATABASE]
      = g_param_spec_object ("database", NULL, NULL, KANSIO_TYPE_DATABASE,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_USER]
      = g_param_spec_object ("user", NULL, NULL, KANSIO_TYPE_USER,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS]
      = g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_DEMO]
      = g_param_spec_boolean ("is-demo", NULL, NULL, FALSE,
                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_context_init (KansioContext *self)
{
}

/**
 * kansio_context_new:
 * @database: the database, connected as @user
 * @user: (nullable): who is logged in
 * @settings: (nullable): the application's settings
 * @is_demo: whether @database is the private demo server
 *
 * Returns: (transfer full): a new context
 */
KansioContext *
kansio_context_new (KansioDatabase *database,
                    KansioUser *user,
                    GSettings *settings,
                    gboolean is_demo)
{
  g_return_val_if_fail (KANSIO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (user == NULL || KANSIO_IS_USER (user), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (KANSIO_TYPE_CONTEXT, "database", database, "user", user, "settings",
                       settings, "is-demo", is_demo, NULL);
}

/**
 * kansio_context_get_user:
 *
 * Returns: (transfer none) (nullable): who is logged in
 */
KansioUser *
kansio_context_get_user (KansioContext *self)
{
  g_return_val_if_fail (KANSIO_IS_CONTEXT (self), NULL);
  return self->user;
}

/**
 * kansio_context_get_clients:
 *
 * Returns: (transfer none): the client register, as this user sees it
 */
KansioClientDirectory *
kansio_context_get_clients (KansioContext *self)
{
  g_return_val_if_fail (KANSIO_IS_CONTEXT (self), NULL);

  if (self->clients == NULL)
    self->clients = kansio_client_directory_new (self->database);
  return self->clients;
}

KansioDatabase *
kansio_context_get_database (KansioContext *self)
{
  g_return_val_if_fail (KANSIO_IS_CONTEXT (self), NULL);
  return self->database;
}

/**
 * kansio_context_get_settings:
 *
 * Returns: (transfer none) (nullable): the settings
 */
GSettings *
kansio_context_get_settings (KansioContext *self)
{
  g_return_val_if_fail (KANSIO_IS_CONTEXT (self), NULL);
  return self->settings;
}

gboolean
kansio_context_get_is_demo (KansioContext *self)
{
  g_return_val_if_fail (KANSIO_IS_CONTEXT (self), FALSE);
  return self->is_demo;
}

/**
 * kansio_context_get_documents:
 *
 * The one document composer of the session: plugins add the merge fields
 * of their decisions to its catalogue.
 *
 * Returns: (transfer none): the composer
 */
KansioDocumentComposer *
kansio_context_get_documents (KansioContext *self)
{
  g_return_val_if_fail (KANSIO_IS_CONTEXT (self), NULL);

  if (self->documents == NULL)
    self->documents = kansio_document_composer_new (self->database);
  return self->documents;
}
