/* kansio-password-store.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-password-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "kansio-password-store.h"

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    "fi.kansio.Kansio.ServerPassword",
    SECRET_SCHEMA_NONE,
    {
        { "host", SECRET_SCHEMA_ATTRIBUTE_STRING },
        { "port", SECRET_SCHEMA_ATTRIBUTE_INTEGER },
        { "database", SECRET_SCHEMA_ATTRIBUTE_STRING },
        { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
        { NULL, 0 },
    },
  };
  return &schema;
}

static GHashTable *
attributes_for (const KansioServerSettings *server)
{
  GHashTable *attributes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  g_hash_table_insert (attributes, "host", g_strdup (server->host ? server->host : ""));
  g_hash_table_insert (attributes, "port", g_strdup_printf ("%u", server->port));
  g_hash_table_insert (attributes, "database", g_strdup (server->database ? server->database : ""));
  g_hash_table_insert (attributes, "user", g_strdup (server->user ? server->user : ""));
  return attributes;
}

static void
on_lookup_done_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  char *password = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, password, (GDestroyNotify) secret_password_free);
}

void
kansio_password_store_lookup_async (const KansioServerSettings *server,
                                    GCancellable *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer user_data)
{
  g_autoptr (GHashTable) attributes = attributes_for (server);
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, kansio_password_store_lookup_async);
  secret_password_lookupv (get_schema (), attributes, cancellable, on_lookup_done_cb, task);
}

/**
 * kansio_password_store_lookup_finish:
 *
 * Returns: (transfer full) (nullable): the password, or %NULL when none is
 *   kept; free with secret_password_free() or g_free()
 */
char *
kansio_password_store_lookup_finish (GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_boolean_done_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  gboolean (*finish) (GAsyncResult *, GError **) = g_task_get_task_data (task);

  finish (result, &error);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
kansio_password_store_save_async (const KansioServerSettings *server,
                                  const char *password,
                                  gboolean permanently,
                                  GCancellable *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer user_data)
{
  g_autoptr (GHashTable) attributes = attributes_for (server);
  g_autofree char *label
      = g_strdup_printf (_ ("Kansio password for %s on %s"), server->user, server->host);
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, kansio_password_store_save_async);
  g_task_set_task_data (task, secret_password_store_finish, NULL);
  secret_password_storev (get_schema (), attributes,
                          permanently ? SECRET_COLLECTION_DEFAULT : SECRET_COLLECTION_SESSION,
                          label, password, cancellable, on_boolean_done_cb, task);
}

gboolean
kansio_password_store_save_finish (GAsyncResult *result, GError **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
kansio_password_store_forget_async (const KansioServerSettings *server,
                                    GCancellable *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer user_data)
{
  g_autoptr (GHashTable) attributes = attributes_for (server);
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, kansio_password_store_forget_async);
  g_task_set_task_data (task, secret_password_clear_finish, NULL);
  secret_password_clearv (get_schema (), attributes, cancellable, on_boolean_done_cb, task);
}

gboolean
kansio_password_store_forget_finish (GAsyncResult *result, GError **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}
