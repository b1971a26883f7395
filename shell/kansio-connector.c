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

/* Gets the shell from "nothing" to a logged-in KansioContext, in two
 * steps. Prepare: with no server configured, start the private demo
 * server, migrate it, fill it with demo data and list the demo users;
 * with a server, nothing. Log in: connect as the user (on a server with
 * the password from the keyring unless one is typed), check the schema
 * version, and ask the database who the user is and what they may do. */
struct _KansioConnector
{
  GObject parent_instance;

  GSettings *settings;
  gboolean use_demo;
  KansioLocalServer *local_server;
  KansioDatabase *demo_superuser;
};

G_DEFINE_FINAL_TYPE (KansioConnector, kansio_connector, G_TYPE_OBJECT)

typedef struct
{
  KansioServerSettings *server;
  char *password;
  gboolean password_typed;
  KansioDatabase *database;
  KansioMigrator *migrator;
} LogIn;

static void
log_in_free (LogIn *log_in)
{
  g_clear_pointer (&log_in->server, kansio_server_settings_free);
  if (log_in->password != NULL)
    {
      memset (log_in->password, 0, strlen (log_in->password));
      g_clear_pointer (&log_in->password, g_free);
    }
  g_clear_object (&log_in->database);
  g_clear_object (&log_in->migrator);
  g_free (log_in);
}

/* Prepare (demo): start → migrate → demo data → list users */

static void
on_demo_users_listed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  GListModel *users = kansio_demo_data_list_users_finish (KANSIO_DATABASE (object), result, &error);

  if (users == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, users, g_object_unref);
}

static void
on_demo_data_installed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (!kansio_demo_data_install_finish (KANSIO_DATABASE (object), result, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  kansio_demo_data_list_users_async (KANSIO_DATABASE (object), cancellable, on_demo_users_listed_cb,
                                     g_steal_pointer (&task));
}

static void
on_demo_migrated_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KansioConnector *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (!kansio_migrator_migrate_finish (KANSIO_MIGRATOR (object), result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  kansio_demo_data_install_async (self->demo_superuser, cancellable, on_demo_data_installed_cb,
                                  g_steal_pointer (&task));
}

static void
on_local_server_started_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KansioConnector *self = g_task_get_source_object (task);
  KansioLocalServer *server = KANSIO_LOCAL_SERVER (object);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioMigrator) migrator = NULL;
  g_autofree char *conninfo = NULL;
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (!kansio_local_server_start_finish (server, result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  conninfo = kansio_local_server_get_conninfo (server, NULL);
  g_clear_object (&self->demo_superuser);
  self->demo_superuser = kansio_database_new (conninfo);
  migrator = kansio_migrator_new (self->demo_superuser);
  kansio_migrator_migrate_async (migrator, cancellable, on_demo_migrated_cb,
                                 g_steal_pointer (&task));
}

/* Log in */

/* A value in a libpq connection string: quoted, with ' and \ escaped. */
static char *
quote_conninfo_value (const char *value)
{
  GString *quoted = g_string_new ("'");

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (quoted, '\\');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '\'');
  return g_string_free (quoted, FALSE);
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
remember_typed_password (KansioConnector *self, LogIn *log_in)
{
  g_autofree char *remember = NULL;

  if (self->use_demo || !log_in->password_typed || log_in->password == NULL)
    return;
  remember = g_settings_get_string (self->settings, "remember-password");
  kansio_password_store_save_async (log_in->server, log_in->password,
                                    g_str_equal (remember, "permanent"), NULL, on_password_saved_cb,
                                    NULL);
}

static void
on_user_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KansioConnector *self = g_task_get_source_object (task);
  LogIn *log_in = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioUser) user = kansio_user_load_finish (result, &error);

  if (user == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  remember_typed_password (self, log_in);
  g_task_return_pointer (
      task, kansio_context_new (log_in->database, user, self->settings, self->use_demo),
      g_object_unref);
}

static void
load_user (GTask *task)
{
  LogIn *log_in = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  kansio_user_load_async (log_in->database, cancellable, on_user_loaded_cb, task);
}

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
  load_user (g_steal_pointer (&task));
}

static void
connect_to_server (GTask *task)
{
  LogIn *log_in = g_task_get_task_data (task);
  g_autofree char *conninfo
      = kansio_server_settings_build_conninfo (log_in->server, log_in->password);
  GCancellable *cancellable = g_task_get_cancellable (task);

  log_in->database = kansio_database_new (conninfo);
  log_in->migrator = kansio_migrator_new (log_in->database);
  kansio_migrator_inspect_async (log_in->migrator, cancellable, on_schema_inspected_cb, task);
}

static void
on_password_found_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  LogIn *log_in = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  /* Without a keyring the server may still take us (certificate or
   * trust authentication); it says so if not. */
  log_in->password = kansio_password_store_lookup_finish (result, &error);
  if (error != NULL)
    g_message ("The keyring could not be read: %s", error->message);
  connect_to_server (task);
}

static void
kansio_connector_dispose (GObject *object)
{
  KansioConnector *self = (KansioConnector *) object;

  g_clear_object (&self->settings);
  g_clear_object (&self->demo_superuser);
  g_clear_object (&self->local_server);

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
 * kansio_connector_dup_default_user:
 *
 * Returns: (transfer full): the user name configured for the server
 */
char *
kansio_connector_dup_default_user (KansioConnector *self)
{
  g_autoptr (KansioServerSettings) server = NULL;

  g_return_val_if_fail (KANSIO_IS_CONNECTOR (self), NULL);

  server = kansio_server_settings_new_from_gsettings (self->settings);
  return g_strdup (server->user);
}

/**
 * kansio_connector_prepare_async:
 *
 * Readies the database for logging in: for the demo server, starts,
 * migrates and fills it.
 */
void
kansio_connector_prepare_async (KansioConnector *self,
                                GCancellable *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer user_data)
{
  GTask *task;

  g_return_if_fail (KANSIO_IS_CONNECTOR (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_connector_prepare_async);

  if (!self->use_demo)
    {
      g_task_return_pointer (task, NULL, NULL);
      g_object_unref (task);
      return;
    }

  if (self->local_server == NULL)
    self->local_server = kansio_local_server_new (g_getenv ("KANSIO_DEMO_DIRECTORY"));
  kansio_local_server_start_async (self->local_server, cancellable, on_local_server_started_cb,
                                   task);
}

/**
 * kansio_connector_prepare_finish:
 *
 * Returns: (transfer full) (nullable): the demo users to choose from (a
 *   #GListModel of #KansioDemoUser), or %NULL on a server (and when @error
 *   is set)
 */
GListModel *
kansio_connector_prepare_finish (KansioConnector *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * kansio_connector_log_in_async:
 * @user_name: (nullable): the login role; %NULL for the configured one
 * @password: (nullable): a typed password; %NULL for the keyring's (on the
 *   demo server no password is used)
 */
void
kansio_connector_log_in_async (KansioConnector *self,
                               const char *user_name,
                               const char *password,
                               GCancellable *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer user_data)
{
  GTask *task;
  LogIn *log_in;

  g_return_if_fail (KANSIO_IS_CONNECTOR (self));
  g_return_if_fail (!self->use_demo || user_name != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_connector_log_in_async);
  log_in = g_new0 (LogIn, 1);
  log_in->server = kansio_server_settings_new_from_gsettings (self->settings);
  if (user_name != NULL && *user_name != '\0')
    {
      g_free (log_in->server->user);
      log_in->server->user = g_strdup (user_name);
    }
  log_in->password = g_strdup (password);
  log_in->password_typed = password != NULL;
  g_task_set_task_data (task, log_in, (GDestroyNotify) log_in_free);

  if (self->use_demo)
    {
      g_autofree char *base = kansio_local_server_get_conninfo (self->local_server, NULL);
      g_autofree char *quoted = quote_conninfo_value (user_name);
      g_autofree char *conninfo = g_strdup_printf ("%s user=%s", base, quoted);

      log_in->database = kansio_database_new (conninfo);
      load_user (task);
    }
  else if (password != NULL)
    connect_to_server (task);
  else
    kansio_password_store_lookup_async (log_in->server, cancellable, on_password_found_cb, task);
}

/**
 * kansio_connector_log_in_finish:
 *
 * Returns: (transfer full): a context for the logged-in user
 */
KansioContext *
kansio_connector_log_in_finish (KansioConnector *self, GAsyncResult *result, GError **error)
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

static gboolean
get_remember_mapping (GValue *value, GVariant *variant, gpointer user_data)
{
  g_value_set_uint (value, g_str_equal (g_variant_get_string (variant, NULL), "permanent"));
  return TRUE;
}

static GVariant *
set_remember_mapping (const GValue *value, const GVariantType *expected_type, gpointer user_data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? "permanent" : "session");
}

/**
 * kansio_connector_bind_remember:
 * @object: a combo row whose position 0 is "until logout", 1 "permanently"
 *
 * Binds how long a typed password is remembered to the settings.
 */
void
kansio_connector_bind_remember (KansioConnector *self, GObject *object, const char *property)
{
  g_return_if_fail (KANSIO_IS_CONNECTOR (self));

  g_settings_bind_with_mapping (self->settings, "remember-password", object, property,
                                G_SETTINGS_BIND_DEFAULT, get_remember_mapping, set_remember_mapping,
                                NULL, NULL);
}
