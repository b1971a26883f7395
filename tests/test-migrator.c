/* test-migrator.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kansio-test-util.h"

typedef struct
{
  KansioTestDatabase *test_database;
  char *directory;
} Fixture;

static void
write_migration (Fixture *fixture, const char *name, const char *sql)
{
  g_autofree char *path = g_build_filename (fixture->directory, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, sql, -1, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;

  fixture->test_database = kansio_test_database_new ();
  fixture->directory = g_dir_make_tmp ("kansio-migrations-XXXXXX", &error);
  g_assert_no_error (error);

  write_migration (fixture, "0001-first.sql", "CREATE TABLE one (id integer);");
  write_migration (fixture, "0002-second.sql",
                   "CREATE TABLE two (id integer);\nINSERT INTO two VALUES (2);");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (GDir) dir = g_dir_open (fixture->directory, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->directory, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->directory);
  g_free (fixture->directory);
  g_clear_pointer (&fixture->test_database, kansio_test_database_free);
}

static KansioMigrator *
directory_migrator (Fixture *fixture)
{
  g_autoptr (GFile) directory = g_file_new_for_path (fixture->directory);
  return kansio_migrator_new_for_directory (fixture->test_database->database, directory);
}

static gboolean
migrate (KansioMigrator *migrator, GError **error)
{
  GAsyncResult *result = NULL;
  gboolean ok;

  kansio_migrator_migrate_async (migrator, NULL, kansio_test_store_result_cb, &result);
  ok = kansio_migrator_migrate_finish (migrator, kansio_test_wait (&result), error);
  g_object_unref (result);
  return ok;
}

static gboolean
inspect (KansioMigrator *migrator, GError **error)
{
  GAsyncResult *result = NULL;
  gboolean ok;

  kansio_migrator_inspect_async (migrator, NULL, kansio_test_store_result_cb, &result);
  ok = kansio_migrator_inspect_finish (migrator, kansio_test_wait (&result), error);
  g_object_unref (result);
  return ok;
}

static gint64
count_rows (Fixture *fixture, const char *sql)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = kansio_test_query (fixture->test_database->database, sql, &error);

  g_assert_no_error (error);
  return kansio_rows_get_int64 (rows, 0, 0);
}

static void
test_built_in (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (KansioMigrator) migrator = kansio_migrator_new (fixture->test_database->database);
  g_autoptr (GError) error = NULL;
  guint n_pending;

  g_assert_true (inspect (migrator, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kansio_migrator_get_database_version (migrator), ==, 0);
  g_assert_cmpint (kansio_migrator_get_code_version (migrator), >=, 1);
  g_assert_cmpstr (kansio_migrator_get_pending (migrator)[0], ==, "0001-foundation.sql");
  /* Every built-in migration (numbers may have gaps while branches merge). */
  n_pending = g_strv_length ((char **) kansio_migrator_get_pending (migrator));

  g_assert_true (migrate (migrator, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kansio_migrator_get_database_version (migrator), ==,
                   kansio_migrator_get_code_version (migrator));
  g_assert_cmpuint (kansio_migrator_get_n_applied (migrator), ==, n_pending);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM pg_namespace "
                                        "WHERE nspname IN ('kansio', 'api', 'kansio_meta')"),
                   ==, 3);
  g_assert_cmpint (count_rows (fixture, "SELECT (api.server_info ()).schema_version"), ==,
                   kansio_migrator_get_code_version (migrator));

  /* Recorded with the file's SHA-256 and who applied it. */
  g_assert_cmpint (count_rows (fixture,
                               "SELECT count (*) FROM kansio_meta.schema_migration "
                               "WHERE length (checksum) = 64 AND applied_by = current_user"),
                   ==, (int) n_pending);
}

static void
test_apply_and_reapply (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (KansioMigrator) migrator = directory_migrator (fixture);
  g_autoptr (GError) error = NULL;

  g_assert_true (migrate (migrator, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_migrator_get_n_applied (migrator), ==, 2);
  g_assert_cmpint (kansio_migrator_get_database_version (migrator), ==, 2);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM two"), ==, 1);

  /* Again: nothing to do, nothing run twice. */
  g_assert_true (migrate (migrator, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_migrator_get_n_applied (migrator), ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM two"), ==, 1);

  /* A new file is applied on its own. */
  write_migration (fixture, "0003-third.sql", "INSERT INTO two VALUES (3);");
  g_assert_true (inspect (migrator, &error));
  g_assert_cmpstr (kansio_migrator_get_pending (migrator)[0], ==, "0003-third.sql");
  g_assert_true (migrate (migrator, &error));
  g_assert_cmpuint (kansio_migrator_get_n_applied (migrator), ==, 1);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM two"), ==, 2);
}

static void
test_newer_schema_refused (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (KansioMigrator) migrator = directory_migrator (fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  g_assert_true (migrate (migrator, &error));
  rows = kansio_test_query (fixture->test_database->database,
                            "INSERT INTO kansio_meta.schema_migration (version, name, checksum) "
                            "VALUES (9, '0009-from-the-future.sql', 'x')",
                            &error);
  g_assert_no_error (error);

  g_assert_false (inspect (migrator, &error));
  g_assert_error (error, KANSIO_MIGRATOR_ERROR, KANSIO_MIGRATOR_ERROR_SCHEMA_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "9"));
  g_clear_error (&error);

  write_migration (fixture, "0003-third.sql", "CREATE TABLE three (id integer);");
  g_assert_false (migrate (migrator, &error));
  g_assert_error (error, KANSIO_MIGRATOR_ERROR, KANSIO_MIGRATOR_ERROR_SCHEMA_TOO_NEW);
  g_assert_cmpint (
      count_rows (fixture, "SELECT count (*) FROM pg_tables WHERE tablename = 'three'"), ==, 0);
}

static void
test_changed_file_refused (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (KansioMigrator) migrator = directory_migrator (fixture);
  g_autoptr (GError) error = NULL;
  g_autofree char *removed = g_build_filename (fixture->directory, "0002-second.sql", NULL);

  g_assert_true (migrate (migrator, &error));

  write_migration (fixture, "0001-first.sql", "CREATE TABLE one (id bigint);");
  g_assert_false (migrate (migrator, &error));
  g_assert_error (error, KANSIO_MIGRATOR_ERROR, KANSIO_MIGRATOR_ERROR_MIGRATION_CHANGED);
  g_assert_nonnull (strstr (error->message, "0001-first.sql"));
  g_clear_error (&error);

  /* Put back as it was: accepted again. */
  write_migration (fixture, "0001-first.sql", "CREATE TABLE one (id integer);");
  g_assert_true (migrate (migrator, &error));
  g_assert_no_error (error);

  /* An applied migration whose file is gone is refused too. */
  g_unlink (removed);
  write_migration (fixture, "0003-third.sql", "SELECT 1;");
  g_assert_false (inspect (migrator, &error));
  g_assert_error (error, KANSIO_MIGRATOR_ERROR, KANSIO_MIGRATOR_ERROR_MIGRATION_CHANGED);
}

static void
test_failed_migration_rolled_back (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (KansioMigrator) migrator = directory_migrator (fixture);
  g_autoptr (GError) error = NULL;

  write_migration (fixture, "0003-broken.sql",
                   "CREATE TABLE half_done (id integer);\nSELECT no_such_column FROM half_done;");
  g_assert_false (migrate (migrator, &error));
  g_assert_error (error, KANSIO_MIGRATOR_ERROR, KANSIO_MIGRATOR_ERROR_MIGRATION_FAILED);
  g_assert_nonnull (strstr (error->message, "0003-broken.sql"));
  g_clear_error (&error);

  /* The first two stand; nothing of the third does. */
  g_assert_cmpint (count_rows (fixture, "SELECT max (version) FROM kansio_meta.schema_migration"),
                   ==, 2);
  g_assert_cmpint (
      count_rows (fixture, "SELECT count (*) FROM pg_tables WHERE tablename = 'half_done'"), ==, 0);
}

static void
test_bad_file_name (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (KansioMigrator) migrator = directory_migrator (fixture);
  g_autoptr (GError) error = NULL;

  write_migration (fixture, "3-no-padding.sql", "SELECT 1;");
  g_assert_false (migrate (migrator, &error));
  g_assert_error (error, KANSIO_MIGRATOR_ERROR, KANSIO_MIGRATOR_ERROR_INVALID_MIGRATION);
}

static void
test_duplicate_number (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (KansioMigrator) migrator = directory_migrator (fixture);
  g_autoptr (GError) error = NULL;

  write_migration (fixture, "0002-other.sql", "SELECT 1;");
  g_assert_false (migrate (migrator, &error));
  g_assert_error (error, KANSIO_MIGRATOR_ERROR, KANSIO_MIGRATOR_ERROR_INVALID_MIGRATION);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM pg_tables WHERE tablename = 'one'"),
                   ==, 0);
}

static void
test_concurrent_migrators (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (KansioMigrator) first = directory_migrator (fixture);
  g_autoptr (KansioDatabase) other_database
      = kansio_database_new (fixture->test_database->conninfo);
  g_autoptr (GFile) directory = g_file_new_for_path (fixture->directory);
  g_autoptr (KansioMigrator) second = kansio_migrator_new_for_directory (other_database, directory);
  GAsyncResult *first_result = NULL;
  GAsyncResult *second_result = NULL;
  g_autoptr (GError) error = NULL;

  kansio_migrator_migrate_async (first, NULL, kansio_test_store_result_cb, &first_result);
  kansio_migrator_migrate_async (second, NULL, kansio_test_store_result_cb, &second_result);
  g_assert_true (kansio_migrator_migrate_finish (first, kansio_test_wait (&first_result), &error));
  g_assert_no_error (error);
  g_assert_true (
      kansio_migrator_migrate_finish (second, kansio_test_wait (&second_result), &error));
  g_assert_no_error (error);

  /* Each migration ran exactly once between them. */
  g_assert_cmpuint (kansio_migrator_get_n_applied (first) + kansio_migrator_get_n_applied (second),
                    ==, 2);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM two"), ==, 1);
  g_object_unref (first_result);
  g_object_unref (second_result);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/migrator/built-in", test_built_in);
  ADD ("/migrator/apply-and-reapply", test_apply_and_reapply);
  ADD ("/migrator/newer-schema-refused", test_newer_schema_refused);
  ADD ("/migrator/changed-file-refused", test_changed_file_refused);
  ADD ("/migrator/failed-migration-rolled-back", test_failed_migration_rolled_back);
  ADD ("/migrator/bad-file-name", test_bad_file_name);
  ADD ("/migrator/duplicate-number", test_duplicate_number);
  ADD ("/migrator/concurrent-migrators", test_concurrent_migrators);
#undef ADD

  return g_test_run ();
}
