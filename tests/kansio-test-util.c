/* kansio-test-util.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-test-util"

#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kansio-test-util.h"

static char *own_server_directory;
static KansioLocalServer *own_server;

static void
stop_own_server (void)
{
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;

  if (own_server == NULL)
    return;
  kansio_local_server_stop_async (own_server, NULL, kansio_test_store_result_cb, &result);
  if (!kansio_local_server_stop_finish (own_server, kansio_test_wait (&result), &error))
    g_printerr ("could not stop the test server: %s\n", error->message);
  g_clear_object (&result);
  g_clear_object (&own_server);
}

static void
start_own_server (void)
{
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;
  g_autofree char *base = NULL;

  base = g_dir_make_tmp ("kansio-test-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_cmpint (chmod (base, 0755), ==, 0);
  own_server_directory = g_build_filename (base, "server", NULL);

  own_server = kansio_local_server_new (own_server_directory);
  kansio_local_server_set_durable (own_server, FALSE);
  kansio_local_server_start_async (own_server, NULL, kansio_test_store_result_cb, &result);
  kansio_local_server_start_finish (own_server, kansio_test_wait (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  atexit (stop_own_server);
}

/**
 * kansio_test_get_server_directory:
 *
 * Returns: the folder of the cluster the tests use, starting one if the
 *   test runs outside build-aux/kansio-test
 */
const char *
kansio_test_get_server_directory (void)
{
  const char *directory = g_getenv ("KANSIO_TEST_SERVER_DIRECTORY");

  if (directory != NULL)
    return directory;
  if (own_server == NULL)
    start_own_server ();
  return own_server_directory;
}

char *
kansio_test_superuser_conninfo (const char *database)
{
  g_autoptr (KansioLocalServer) server
      = kansio_local_server_new (kansio_test_get_server_directory ());
  return kansio_local_server_get_conninfo (server, database);
}

void
kansio_test_store_result_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  GAsyncResult **store = user_data;

  g_assert_null (*store);
  *store = g_object_ref (result);
  g_main_context_wakeup (NULL);
}

GAsyncResult *
kansio_test_wait (GAsyncResult **result)
{
  /* A request that never ends is a failure of its own, not a test that
   * runs until the harness kills it without saying where. */
  gint64 deadline = g_get_monotonic_time () + 90 * G_USEC_PER_SEC;

  while (*result == NULL)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("A request did not end in 90 s");
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return *result;
}

KansioRows *
kansio_test_query (KansioDatabase *database, const char *sql, GError **error)
{
  return kansio_test_run (database, sql, NULL, 0, error);
}

/* @sql with @n_params parameters $1, $2…, as Kansio asks. */
KansioRows *
kansio_test_run (KansioDatabase *database,
                 const char *sql,
                 const char *const *params,
                 guint n_params,
                 GError **error)
{
  GAsyncResult *result = NULL;
  KansioRows *rows;

  kansio_database_query_async (database, sql, params, n_params, NULL, kansio_test_store_result_cb,
                               &result);
  rows = kansio_database_query_finish (database, kansio_test_wait (&result), error);
  g_object_unref (result);
  return rows;
}

static void
run_on_maintenance_database (const char *sql)
{
  g_autofree char *conninfo = kansio_test_superuser_conninfo ("postgres");
  g_autoptr (KansioDatabase) maintenance = kansio_database_new (conninfo);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = kansio_test_query (maintenance, sql, &error);

  g_assert_no_error (error);
}

/**
 * kansio_test_database_new:
 *
 * Returns: (transfer full): an empty database, dropped by
 *   kansio_test_database_free() whatever the test's outcome
 */
KansioTestDatabase *
kansio_test_database_new (void)
{
  static guint counter;
  KansioTestDatabase *self = g_new0 (KansioTestDatabase, 1);
  g_autofree char *create = NULL;

  self->name = g_strdup_printf ("test_%d_%u_%u", (int) getpid (), g_random_int (), ++counter);
  create = g_strdup_printf ("CREATE DATABASE %s", self->name);
  run_on_maintenance_database (create);

  self->conninfo = kansio_test_superuser_conninfo (self->name);
  self->database = kansio_database_new (self->conninfo);
  self->connections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  return self;
}

/**
 * kansio_test_database_new_migrated:
 *
 * Returns: (transfer full): a database with Kansio's migrations applied
 */
KansioTestDatabase *
kansio_test_database_new_migrated (void)
{
  KansioTestDatabase *self = kansio_test_database_new ();
  g_autoptr (KansioMigrator) migrator = kansio_migrator_new (self->database);
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;

  kansio_migrator_migrate_async (migrator, NULL, kansio_test_store_result_cb, &result);
  kansio_migrator_migrate_finish (migrator, kansio_test_wait (&result), &error);
  g_assert_no_error (error);
  g_object_unref (result);
  return self;
}

/* Stops the test database's document service, and waits for it. */
void
kansio_test_database_stop_document_service (KansioTestDatabase *self)
{
  if (self->document_service == NULL)
    return;
  g_subprocess_send_signal (self->document_service, SIGTERM);
  g_subprocess_wait (self->document_service, NULL, NULL);
  g_clear_object (&self->document_service);
}

void
kansio_test_database_free (KansioTestDatabase *self)
{
  g_autofree char *drop = NULL;

  if (self == NULL)
    return;

  g_clear_pointer (&self->connections, g_hash_table_unref);
  kansio_test_database_stop_document_service (self);
  kansio_database_close (self->database);
  g_clear_object (&self->database);
  drop = g_strdup_printf ("DROP DATABASE IF EXISTS %s WITH (FORCE)", self->name);
  run_on_maintenance_database (drop);

  g_free (self->name);
  g_free (self->conninfo);
  g_free (self);
}

/**
 * kansio_test_database_new_with_demo_data:
 *
 * Returns: (transfer full): a migrated database with the demo county,
 *   users, people, cases and relations
 */
KansioTestDatabase *
kansio_test_database_new_with_demo_data (void)
{
  KansioTestDatabase *self = kansio_test_database_new_migrated ();
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;
  gboolean installed = FALSE;

  kansio_demo_data_install_async (self->database, NULL, kansio_test_store_result_cb, &result);
  kansio_demo_data_install_finish (self->database, kansio_test_wait (&result), &installed, &error);
  g_assert_no_error (error);
  g_assert_true (installed);
  g_object_unref (result);
  /* Its documents are made by the service, as on a real server. */
  {
    g_autofree char *as_service = g_strdup_printf ("%s user='kansio_documents'", self->conninfo);

    self->document_service = kansio_document_service_spawn (as_service, &error);
    g_assert_no_error (error);
  }
  return self;
}

/**
 * kansio_test_database_connect_as:
 * @login_role: a login role of the cluster
 *
 * Returns: (transfer full): a connection to the test database as @login_role
 */
KansioDatabase *
kansio_test_database_connect_as (KansioTestDatabase *self, const char *login_role)
{
  g_autofree char *conninfo = g_strdup_printf ("%s user='%s'", self->conninfo, login_role);
  return kansio_database_new (conninfo);
}

/**
 * kansio_test_try_as:
 * @login_role: (nullable): a user of the test database, or NULL for the
 *   superuser
 *
 * Returns: (transfer full) (nullable): the rows, or NULL with @error set
 *   when refused
 */
KansioRows *
kansio_test_try_as (KansioTestDatabase *self,
                    const char *login_role,
                    const char *sql,
                    GError **error)
{
  KansioDatabase *database = self->database;

  if (login_role != NULL)
    {
      database = g_hash_table_lookup (self->connections, login_role);
      if (database == NULL)
        {
          database = kansio_test_database_connect_as (self, login_role);
          g_hash_table_insert (self->connections, g_strdup (login_role), database);
        }
    }
  g_test_message ("%s: %s", login_role != NULL ? login_role : "superuser", sql);
  return kansio_test_query (database, sql, error);
}

/* The rows, asserting that nothing was refused. */
KansioRows *
kansio_test_as (KansioTestDatabase *self, const char *login_role, const char *sql)
{
  g_autoptr (GError) error = NULL;
  KansioRows *rows = kansio_test_try_as (self, login_role, sql, &error);

  g_assert_no_error (error);
  return rows;
}

/* The one value of the one row, asserting there is exactly one. */
char *
kansio_test_value_as (KansioTestDatabase *self, const char *login_role, const char *sql)
{
  g_autoptr (KansioRows) rows = kansio_test_as (self, login_role, sql);

  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  return g_strdup (kansio_rows_get_string (rows, 0, 0));
}

/* Asserts @sql is refused with @sqlstate; the server's message. */
char *
kansio_test_refused_as (KansioTestDatabase *self,
                        const char *login_role,
                        const char *sql,
                        const char *sqlstate)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = kansio_test_try_as (self, login_role, sql, &error);

  g_assert_null (rows);
  g_assert_nonnull (error);
  g_test_message ("→ %s %s", kansio_database_error_get_sqlstate (error),
                  kansio_database_error_get_server_message (error));
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, sqlstate);
  return g_strdup (kansio_database_error_get_server_message (error));
}
