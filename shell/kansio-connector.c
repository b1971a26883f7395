/* kansio-connector.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-connector"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kansio-connector.h"

/* Gets the shell from "nothing" to a KansioContext: the private demo
 * server (started, migrated, filled with demo data) when no server is
 * configured, else the configured server with its password from the
 * keyring, checked against the schema version this Kansio knows. */
struct _KansioConnector
{
  GObject parent_instance;

  GSettings *settings;
  gboolean use_demo;
  char *password;
  KansioLocalServer *local_server;
};

G_DEFINE_FINAL_TYPE (KansioConnector, kansio_connector, G_TYPE_OBJECT)

typedef struct
{
  KansioServerSettings *server;
  KansioDatabase *database;
  KansioMigrator *migrator;
  gboolean is_demo;
} Attempt;

static void
attempt_free (Attempt *attempt)
{
  g_clear_pointer (&attempt->server, kansio_server_settings_free);
  g_clear_object (&attempt->database);
  g_clear_object (&attempt->migrator);
  g_free (attempt);
}

static void
on_password_saved_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  if (!kansio_password_store_save_finish (result, &error))
    g_message ("The password could not be saved in the keyring: %s", error->message);
}

/* A password the user typed worked: keep it as Preferences say. */
static void
remember_typed_password (KansioConnector *self, Attempt *attempt)
{
  g_autofree char *remember = NULL;

  if (attempt->is_demo || self->password == NULL)
    return;
  remember = g_settings_get_string (self->settings, "remember-password");
  kansio_password_store_save_async (attempt->server, self->password,
                                    g_str_equal (remember, "permanent"), NULL, on_password_saved_cb,
                                    NULL);
}

static void
finish_with_context (GTask *task)
{
  KansioConnector *self = g_task_get_source_object (task);
  Attempt *attempt = g_task_get_task_data (task);

  remember_typed_password (self, attempt);

  g_task_return_pointer (task,
                         kansio_context_new (attempt->database, self->settings, attempt->is_demo),
                         g_object_unref);
}

/* Demo: start → migrate → demo data */

static void
on_demo_data_installed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;

  if (!kansio_demo_data_install_finish (KANSIO_DATABASE (object), result, NULL, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    finish_with_context (task);
}

static void
on_demo_migrated_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Attempt *attempt = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  GCancellable *cancellable;

  if (!kansio_migrator_migrate_finish (KANSIO_MIGRATOR (object), result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  cancellable = g_task_get_cancellable (task);
  kansio_demo_data_install_async (attempt->database, cancellable, on_demo_data_installed_cb,
                                  g_steal_pointer (&task));
}

static void
on_local_server_started_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Attempt *attempt = g_task_get_task_data (task);
  KansioLocalServer *server = KANSIO_LOCAL_SERVER (object);
  g_autoptr (GError) error = NULL;
  g_autofree char *conninfo = NULL;
  GCancellable *cancellable;

  if (!kansio_local_server_start_finish (server, result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  conninfo = kansio_local_server_get_conninfo (server, NULL);
  attempt->database = kansio_database_new (conninfo);
  attempt->migrator = kansio_migrator_new (attempt->database);
  cancellable = g_task_get_cancellable (task);
  kansio_migrator_migrate_async (attempt->migrator, cancellable, on_demo_migrated_cb,
                                 g_steal_pointer (&task));
}

static void
connect_demo (KansioConnector *self, GTask *task)
{
  Attempt *attempt = g_task_get_task_data (task);

  attempt->is_demo = TRUE;
  if (self->local_server == NULL)
    self->local_server = kansio_local_server_new (g_getenv ("KANSIO_DEMO_DIRECTORY"));
  kansio_local_server_start_async (self->local_server, g_task_get_cancellable (task),
                                   on_local_server_started_cb, task);
}

/* Server: password → connect and inspect the schema */

static void
on_schema_inspected_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KansioMigrator *migrator = KANSIO_MIGRATOR (object);
  g_autoptr (GError) error = NULL;
  const char *const *pending;

  if (!kansio_migrator_inspect_finish (migrator, result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The app never migrates a shared server by itself: that is a
   * helpdesk step, done once, with a backup taken first. */
  pending = kansio_migrator_get_pending (migrator);
  if (pending != NULL && pending[0] != NULL)
    {
      g_task_return_new_error (task, KANSIO_MIGRATOR_ERROR, KANSIO_MIGRATOR_ERROR_SCHEMA_TOO_OLD,
                               _ ("The database schema is at version %d, but this Kansio needs "
                                  "version %d. Ask the helpdesk to run “kansio-admin migrate”."),
                               kansio_migrator_get_database_version (migrator),
                               kansio_migrator_get_code_version (migrator));
      return;
    }
  finish_with_context (task);
}

static void
connect_with_password (GTask *task, const char *password)
{
  Attempt *attempt = g_task_get_task_data (task);
  g_autofree char *conninfo = kansio_server_settings_build_conninfo (attempt->server, password);

  attempt->database = kansio_database_new (conninfo);
  attempt->migrator = kansio_migrator_new (attempt->database);
  kansio_migrator_inspect_async (attempt->migrator, g_task_get_cancellable (task),
                                 on_schema_inspected_cb, task);
}

static void
on_password_found_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *password = kansio_password_store_lookup_finish (result, &error);

  /* Without a keyring the server may still take us (certificate or
   * trust authentication); it says so if not. */
  if (error != NULL)
    g_message ("The keyring could not be read: %s", error->message);
  connect_with_password (task, password);
}

static void
connect_server (KansioConnector *self, GTask *task)
{
  Attempt *attempt = g_task_get_task_data (task);

  if (self->password != NULL)
    connect_with_password (task, self->password);
  else
    kansio_password_store_lookup_async (attempt->server, g_task_get_cancellable (task),
                                        on_password_found_cb, task);
}

static void
kansio_connector_dispose (GObject *object)
{
  KansioConnector *self = (KansioConnector *) object;

  g_clear_object (&self->settings);
  g_clear_object (&self->local_server);
  if (self->password != NULL)
    {
      memset (self->password, 0, strlen (self->password));
      g_clear_pointer (&self->password, g_free);
    }

  G_OBJECT_CLASS (kansio_connector_parent_class)->dispose (object);
}

static void
kansio_connector_class_init (KansioConnectorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kansio_connector_dispose;
}

static void
kansio_connector_init (KansioConnector *self)
{
}

KansioConnector *
kansio_connector_new (GSettings *settings)
{
  KansioConnector *self = g_object_new (KANSIO_TYPE_CONNECTOR, NULL);
  g_autoptr (KansioServerSettings) server = NULL;

  self->settings = g_object_ref (settings);
  server = kansio_server_settings_new_from_gsettings (settings);
  self->use_demo = !kansio_server_settings_is_configured (server);
  return self;
}

void
kansio_connector_set_use_demo (KansioConnector *self, gboolean use_demo)
{
  g_return_if_fail (KANSIO_IS_CONNECTOR (self));
  self->use_demo = use_demo;
}

gboolean
kansio_connector_get_use_demo (KansioConnector *self)
{
  g_return_val_if_fail (KANSIO_IS_CONNECTOR (self), FALSE);
  return self->use_demo;
}

/**
 * kansio_connector_set_password:
 * @password: (nullable): a password the user typed, used instead of the keyring's
 */
void
kansio_connector_set_password (KansioConnector *self, const char *password)
{
  g_return_if_fail (KANSIO_IS_CONNECTOR (self));

  g_free (self->password);
  self->password = g_strdup (password);
}

void
kansio_connector_connect_async (KansioConnector *self,
                                GCancellable *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer user_data)
{
  GTask *task;
  Attempt *attempt;

  g_return_if_fail (KANSIO_IS_CONNECTOR (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_connector_connect_async);
  attempt = g_new0 (Attempt, 1);
  attempt->server = kansio_server_settings_new_from_gsettings (self->settings);
  g_task_set_task_data (task, attempt, (GDestroyNotify) attempt_free);

  if (self->use_demo)
    connect_demo (self, task);
  else
    connect_server (self, task);
}

/**
 * kansio_connector_connect_finish:
 *
 * Returns: (transfer full): a context on a ready database
 */
KansioContext *
kansio_connector_connect_finish (KansioConnector *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * kansio_connector_get_local_server:
 *
 * Returns: (transfer none) (nullable): the demo server, once used
 */
KansioLocalServer *
kansio_connector_get_local_server (KansioConnector *self)
{
  g_return_val_if_fail (KANSIO_IS_CONNECTOR (self), NULL);
  return self->local_server;
}

/**
 * kansio_connector_describe_server:
 *
 * Returns: (transfer full): what the user is connected to, for the header
 */
char *
kansio_connector_describe_server (KansioConnector *self)
{
  g_autoptr (KansioServerSettings) server = NULL;

  g_return_val_if_fail (KANSIO_IS_CONNECTOR (self), NULL);

  if (self->use_demo)
    return g_strdup (_ ("Demo database"));
  server = kansio_server_settings_new_from_gsettings (self->settings);
  return g_strdup_printf ("%s@%s", server->database, server->host);
}
