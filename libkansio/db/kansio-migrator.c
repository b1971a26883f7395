/* kansio-migrator.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-migrator"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-database-private.h"
#include "kansio-migrator.h"
#include "kansio-pq-private.h"

#define MIGRATIONS_RESOURCE "/fi/kansio/Kansio/sql"

/* Any constant will do, as long as every Kansio uses the same one: it
 * keeps two migrating processes from interleaving. */
#define MIGRATION_LOCK "7172001"

struct _KansioMigrator
{
  GObject parent_instance;

  KansioDatabase *database;
  GFile *directory;

  /* Known after inspect or migrate. */
  int database_version;
  int code_version;
  GStrv pending;
  guint n_applied;
};

G_DEFINE_FINAL_TYPE (KansioMigrator, kansio_migrator, G_TYPE_OBJECT)
G_DEFINE_QUARK (kansio - migrator - error - quark, kansio_migrator_error)

typedef struct
{
  int version;
  char *name;
  GBytes *contents;
  char *checksum;
} Migration;

typedef struct
{
  KansioMigrator *self;
  gboolean apply;

  /* Results, read back on the main thread. */
  int database_version;
  int code_version;
  GStrv pending;
  guint n_applied;
} Run;

static void
migration_free (Migration *migration)
{
  g_free (migration->name);
  g_clear_pointer (&migration->contents, g_bytes_unref);
  g_free (migration->checksum);
  g_free (migration);
}

static void
run_free (Run *run)
{
  g_clear_object (&run->self);
  g_strfreev (run->pending);
  g_free (run);
}

static int
compare_migrations (gconstpointer a, gconstpointer b)
{
  const Migration *ma = *(const Migration **) a;
  const Migration *mb = *(const Migration **) b;

  return (ma->version > mb->version) - (ma->version < mb->version);
}

/* Migration files are named NNNN-what-it-does.sql. */
static Migration *
migration_new (const char *file_name, GBytes *contents, GError **error)
{
  static GRegex *name_regex;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *digits = NULL;
  Migration *migration;

  if (g_once_init_enter (&name_regex))
    g_once_init_leave (&name_regex, g_regex_new ("^([0-9]{4})-[a-z0-9-]+\\.sql$", 0, 0, NULL));

  if (!g_regex_match (name_regex, file_name, 0, &match))
    {
      g_set_error (error, KANSIO_MIGRATOR_ERROR, KANSIO_MIGRATOR_ERROR_INVALID_MIGRATION,
                   _ ("“%s” is not a migration file name (NNNN-name.sql)."), file_name);
      return NULL;
    }

  digits = g_match_info_fetch (match, 1);
  migration = g_new0 (Migration, 1);
  migration->version = (int) g_ascii_strtoll (digits, NULL, 10);
  migration->name = g_strdup (file_name);
  migration->contents = g_bytes_ref (contents);
  migration->checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, contents);
  return migration;
}

static gboolean
load_from_resources (GPtrArray *migrations, GError **error)
{
  g_auto (GStrv) names = NULL;

  names = g_resources_enumerate_children (MIGRATIONS_RESOURCE, 0, error);
  if (names == NULL)
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_path ("/", MIGRATIONS_RESOURCE, names[i], NULL);
      g_autoptr (GBytes) contents = NULL;
      Migration *migration;

      if (g_str_has_suffix (names[i], "/"))
        continue;
      contents = g_resources_lookup_data (path, 0, error);
      if (contents == NULL || (migration = migration_new (names[i], contents, error)) == NULL)
        return FALSE;
      g_ptr_array_add (migrations, migration);
    }
  return TRUE;
}

static gboolean
load_from_directory (GFile *directory, GPtrArray *migrations, GError **error)
{
  g_autoptr (GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (directory, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, error);
  if (children == NULL)
    return FALSE;

  for (;;)
    {
      GFileInfo *info;
      GFile *child;
      g_autoptr (GBytes) contents = NULL;
      Migration *migration;

      if (!g_file_enumerator_iterate (children, &info, &child, NULL, error))
        return FALSE;
      if (info == NULL)
        break;
      if (!g_str_has_suffix (g_file_info_get_name (info), ".sql"))
        continue;
      contents = g_file_load_bytes (child, NULL, NULL, error);
      if (contents == NULL
          || (migration = migration_new (g_file_info_get_name (info), contents, error)) == NULL)
        return FALSE;
      g_ptr_array_add (migrations, migration);
    }
  return TRUE;
}

static GPtrArray *
load_migrations (KansioMigrator *self, GError **error)
{
  g_autoptr (GPtrArray) migrations
      = g_ptr_array_new_with_free_func ((GDestroyNotify) migration_free);
  gboolean ok;

  if (self->directory != NULL)
    ok = load_from_directory (self->directory, migrations, error);
  else
    ok = load_from_resources (migrations, error);
  if (!ok)
    return NULL;

  g_ptr_array_sort (migrations, compare_migrations);
  for (guint i = 1; i < migrations->len; i++)
    {
      Migration *previous = g_ptr_array_index (migrations, i - 1);
      Migration *current = g_ptr_array_index (migrations, i);

      if (previous->version == current->version)
        {
          g_set_error (error, KANSIO_MIGRATOR_ERROR, KANSIO_MIGRATOR_ERROR_INVALID_MIGRATION,
                       _ ("Two migrations have the number %04d: “%s” and “%s”."), current->version,
                       previous->name, current->name);
          return NULL;
        }
    }
  return g_steal_pointer (&migrations);
}

static Migration *
find_migration (GPtrArray *migrations, int version)
{
  for (guint i = 0; i < migrations->len; i++)
    {
      Migration *migration = g_ptr_array_index (migrations, i);
      if (migration->version == version)
        return migration;
    }
  return NULL;
}

static void
roll_back (PGconn *conn)
{
  g_autoptr (PGresult) result = NULL;

  if (PQtransactionStatus (conn) != PQTRANS_IDLE)
    result = PQexec (conn, "ROLLBACK");
}

/* A migration may run long and wait for another process's migration: the
 * database's own limits for user sessions (0012) are not for it. */
static gboolean
begin_unlimited (PGconn *conn, GCancellable *cancellable, GError **error)
{
  return _kansio_pq_run (conn, "BEGIN", cancellable, error)
         && _kansio_pq_run (conn, "SET LOCAL statement_timeout = 0", cancellable, error)
         && _kansio_pq_run (conn, "SET LOCAL lock_timeout = 0", cancellable, error)
         && _kansio_pq_run (conn, "SELECT pg_advisory_xact_lock (" MIGRATION_LOCK ")", cancellable,
                            error);
}

static gboolean
create_meta_table (PGconn *conn, GCancellable *cancellable, GError **error)
{
  gboolean ok
      = begin_unlimited (conn, cancellable, error)
        && _kansio_pq_run (conn, "CREATE SCHEMA IF NOT EXISTS kansio_meta", cancellable, error)
        && _kansio_pq_run (conn,
                           "CREATE TABLE IF NOT EXISTS kansio_meta.schema_migration ("
                           " version integer PRIMARY KEY,"
                           " name text NOT NULL,"
                           " checksum text NOT NULL,"
                           " applied_at timestamptz NOT NULL DEFAULT now(),"
                           " applied_by name NOT NULL DEFAULT session_user)",
                           cancellable, error)
        && _kansio_pq_run (conn, "REVOKE ALL ON SCHEMA kansio_meta FROM PUBLIC", cancellable, error)
        && _kansio_pq_run (conn, "COMMIT", cancellable, error);
  if (!ok)
    roll_back (conn);
  return ok;
}

/* Compares what the database says was applied with the files. Fills in
 * the versions and the pending list either way. */
static gboolean
verify_applied (
    PGconn *conn, GPtrArray *migrations, Run *run, GCancellable *cancellable, GError **error)
{
  g_autoptr (PGresult) exists = NULL;
  g_autoptr (PGresult) applied = NULL;
  g_autoptr (GHashTable) applied_versions = g_hash_table_new (NULL, NULL);
  g_autoptr (GStrvBuilder) pending = g_strv_builder_new ();
  Migration *last
      = migrations->len > 0 ? g_ptr_array_index (migrations, migrations->len - 1) : NULL;

  run->code_version = last != NULL ? last->version : 0;
  run->database_version = 0;

  exists = _kansio_pq_exec (conn, "SELECT to_regclass ('kansio_meta.schema_migration') IS NOT NULL",
                            0, NULL, cancellable, error);
  if (exists == NULL)
    return FALSE;

  if (PQgetvalue (exists, 0, 0)[0] == 't')
    {
      applied = _kansio_pq_exec (conn,
                                 "SELECT version, name, checksum FROM kansio_meta.schema_migration "
                                 "ORDER BY version",
                                 0, NULL, cancellable, error);
      if (applied == NULL)
        return FALSE;

      for (int row = 0; row < PQntuples (applied); row++)
        {
          int version = (int) g_ascii_strtoll (PQgetvalue (applied, row, 0), NULL, 10);
          const char *name = PQgetvalue (applied, row, 1);
          const char *checksum = PQgetvalue (applied, row, 2);
          Migration *migration = find_migration (migrations, version);

          run->database_version = MAX (run->database_version, version);
          g_hash_table_add (applied_versions, GINT_TO_POINTER (version));

          if (version > run->code_version)
            {
              g_set_error (error, KANSIO_MIGRATOR_ERROR, KANSIO_MIGRATOR_ERROR_SCHEMA_TOO_NEW,
                           _ ("The database schema is at version %d, but this Kansio knows "
                              "versions up to %d only. Update Kansio before using this database."),
                           version, run->code_version);
              return FALSE;
            }
          if (migration == NULL || !g_str_equal (migration->checksum, checksum))
            {
              g_set_error (error, KANSIO_MIGRATOR_ERROR, KANSIO_MIGRATOR_ERROR_MIGRATION_CHANGED,
                           _ ("Migration “%s” was changed or removed after it was applied to "
                              "this database. Restore the original file; an applied migration "
                              "must never change."),
                           name);
              return FALSE;
            }
        }
    }

  for (guint i = 0; i < migrations->len; i++)
    {
      Migration *migration = g_ptr_array_index (migrations, i);
      if (!g_hash_table_contains (applied_versions, GINT_TO_POINTER (migration->version)))
        g_strv_builder_add (pending, migration->name);
    }
  g_clear_pointer (&run->pending, g_strfreev);
  run->pending = g_strv_builder_end (pending);
  return TRUE;
}

static gboolean
apply_migration (PGconn *conn,
                 Migration *migration,
                 gboolean *applied,
                 GCancellable *cancellable,
                 GError **error)
{
  g_autofree char *version = g_strdup_printf ("%d", migration->version);
  const char *params[] = { version, migration->name, migration->checksum };
  g_autofree char *script = g_strndup (g_bytes_get_data (migration->contents, NULL),
                                       g_bytes_get_size (migration->contents));
  g_autoptr (PGresult) done = NULL;
  g_autoptr (PGresult) recorded = NULL;
  g_autoptr (GError) local_error = NULL;

  *applied = FALSE;

  if (!begin_unlimited (conn, cancellable, error))
    goto failed;

  /* Another process may have applied it while this one waited. */
  done = _kansio_pq_exec (conn, "SELECT 1 FROM kansio_meta.schema_migration WHERE version = $1", 1,
                          params, cancellable, error);
  if (done == NULL)
    goto failed;
  if (PQntuples (done) > 0)
    {
      roll_back (conn);
      return TRUE;
    }

  if (!_kansio_pq_exec_script (conn, script, cancellable, &local_error))
    {
      roll_back (conn);
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, KANSIO_MIGRATOR_ERROR, KANSIO_MIGRATOR_ERROR_MIGRATION_FAILED,
                     _ ("Migration “%s” failed and was rolled back: %s"), migration->name,
                     local_error->message);
      return FALSE;
    }

  /* A script may SET LOCAL ROLE to create what it owns; the record is
   * written as the user who migrates. */
  if (!_kansio_pq_run (conn, "RESET ROLE", cancellable, error))
    goto failed;
  recorded = _kansio_pq_exec (conn,
                              "INSERT INTO kansio_meta.schema_migration (version, name, checksum) "
                              "VALUES ($1, $2, $3)",
                              3, params, cancellable, error);
  if (recorded == NULL || !_kansio_pq_run (conn, "COMMIT", cancellable, error))
    goto failed;

  *applied = TRUE;
  return TRUE;

failed:
  roll_back (conn);
  return FALSE;
}

static gboolean
run_job (PGconn *conn, gpointer data, GCancellable *cancellable, GError **error)
{
  Run *run = data;
  g_autoptr (GPtrArray) migrations = load_migrations (run->self, error);

  if (migrations == NULL)
    return FALSE;

  if (!run->apply)
    return verify_applied (conn, migrations, run, cancellable, error);

  if (!create_meta_table (conn, cancellable, error)
      || !verify_applied (conn, migrations, run, cancellable, error))
    return FALSE;

  for (guint i = 0; i < migrations->len; i++)
    {
      Migration *migration = g_ptr_array_index (migrations, i);
      gboolean applied;

      if (!g_strv_contains ((const char *const *) run->pending, migration->name))
        continue;
      if (!apply_migration (conn, migration, &applied, cancellable, error))
        return FALSE;
      if (applied)
        run->n_applied++;
      run->database_version = MAX (run->database_version, migration->version);
    }

  g_clear_pointer (&run->pending, g_strfreev);
  run->pending = g_new0 (char *, 1);
  return TRUE;
}

static void
on_run_done_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KansioMigrator *self = g_task_get_source_object (task);
  Run *run = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  gboolean ok = _kansio_database_run_finish (KANSIO_DATABASE (object), result, &error);

  self->database_version = run->database_version;
  self->code_version = run->code_version;
  self->n_applied = run->n_applied;
  g_strfreev (self->pending);
  self->pending = g_steal_pointer (&run->pending);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
start_run (KansioMigrator *self,
           gboolean apply,
           gpointer source_tag,
           GCancellable *cancellable,
           GAsyncReadyCallback callback,
           gpointer user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  Run *run = g_new0 (Run, 1);

  g_task_set_source_tag (task, source_tag);
  run->self = g_object_ref (self);
  run->apply = apply;
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);

  /* @run belongs to @task, which outlives the job; the job fills it in a
   * worker thread and on_run_done_cb copies the results back. */
  _kansio_database_run_async (self->database, run_job, run, NULL, cancellable, on_run_done_cb,
                              task);
}

static void
kansio_migrator_dispose (GObject *object)
{
  KansioMigrator *self = (KansioMigrator *) object;

  g_clear_object (&self->database);
  g_clear_object (&self->directory);
  g_clear_pointer (&self->pending, g_strfreev);

  G_OBJECT_CLASS (kansio_migrator_parent_class)->dispose (object);
}

static void
kansio_migrator_class_init (KansioMigratorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kansio_migrator_dispose;
}

static void
kansio_migrator_init (KansioMigrator *self)
{
  self->database_version = -1;
  self->code_version = -1;
}

/**
 * kansio_migrator_new:
 * @database: where to migrate
 *
 * Returns: (transfer full): a migrator for the migrations built into Kansio
 */
KansioMigrator *
kansio_migrator_new (KansioDatabase *database)
{
  KansioMigrator *self;

  g_return_val_if_fail (KANSIO_IS_DATABASE (database), NULL);

  self = g_object_new (KANSIO_TYPE_MIGRATOR, NULL);
  self->database = g_object_ref (database);
  return self;
}

/**
 * kansio_migrator_new_for_directory:
 * @database: where to migrate
 * @directory: a folder of NNNN-name.sql files
 *
 * Returns: (transfer full): a migrator for the files in @directory (tests)
 */
KansioMigrator *
kansio_migrator_new_for_directory (KansioDatabase *database, GFile *directory)
{
  KansioMigrator *self;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  self = kansio_migrator_new (database);
  self->directory = g_object_ref (directory);
  return self;
}

/**
 * kansio_migrator_migrate_async:
 *
 * Applies every pending migration in order, each in its own transaction
 * and recorded with its SHA-256. Refuses, before applying anything, a
 * database that is newer than the code or whose applied migrations differ
 * from the files.
 */
void
kansio_migrator_migrate_async (KansioMigrator *self,
                               GCancellable *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_MIGRATOR (self));
  start_run (self, TRUE, kansio_migrator_migrate_async, cancellable, callback, user_data);
}

gboolean
kansio_migrator_migrate_finish (KansioMigrator *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * kansio_migrator_inspect_async:
 *
 * Reads the database's migration state without changing anything. Fails
 * like kansio_migrator_migrate_async() on a newer or changed schema;
 * pending migrations are not an error (see kansio_migrator_get_pending()).
 */
void
kansio_migrator_inspect_async (KansioMigrator *self,
                               GCancellable *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_MIGRATOR (self));
  start_run (self, FALSE, kansio_migrator_inspect_async, cancellable, callback, user_data);
}

gboolean
kansio_migrator_inspect_finish (KansioMigrator *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * kansio_migrator_get_database_version:
 *
 * Returns: the highest applied migration, 0 for an empty database, -1
 *   before inspect or migrate
 */
int
kansio_migrator_get_database_version (KansioMigrator *self)
{
  g_return_val_if_fail (KANSIO_IS_MIGRATOR (self), -1);
  return self->database_version;
}

int
kansio_migrator_get_code_version (KansioMigrator *self)
{
  g_return_val_if_fail (KANSIO_IS_MIGRATOR (self), -1);
  return self->code_version;
}

/**
 * kansio_migrator_get_pending:
 *
 * Returns: (transfer none) (nullable): the file names of the migrations not
 *   yet applied, after inspect or migrate
 */
const char *const *
kansio_migrator_get_pending (KansioMigrator *self)
{
  g_return_val_if_fail (KANSIO_IS_MIGRATOR (self), NULL);
  return (const char *const *) self->pending;
}

/**
 * kansio_migrator_get_n_applied:
 *
 * Returns: how many migrations the last migrate applied
 */
guint
kansio_migrator_get_n_applied (KansioMigrator *self)
{
  g_return_val_if_fail (KANSIO_IS_MIGRATOR (self), 0);
  return self->n_applied;
}
