/* kansio-migrator.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kansio-database.h"

G_BEGIN_DECLS

#define KANSIO_MIGRATOR_ERROR (kansio_migrator_error_quark ())

/**
 * KansioMigratorError:
 * @KANSIO_MIGRATOR_ERROR_SCHEMA_TOO_NEW: the database was migrated by a newer Kansio
 * @KANSIO_MIGRATOR_ERROR_MIGRATION_CHANGED: an applied migration's file differs from
 *   what was applied, or is missing
 * @KANSIO_MIGRATOR_ERROR_INVALID_MIGRATION: a migration file is misnamed or duplicated
 * @KANSIO_MIGRATOR_ERROR_MIGRATION_FAILED: a migration's SQL failed; it was rolled back
 * @KANSIO_MIGRATOR_ERROR_SCHEMA_TOO_OLD: migrations are pending where the caller
 *   needs none (the app on a shared server, which it never migrates itself)
 */
typedef enum
{
  KANSIO_MIGRATOR_ERROR_SCHEMA_TOO_NEW,
  KANSIO_MIGRATOR_ERROR_MIGRATION_CHANGED,
  KANSIO_MIGRATOR_ERROR_INVALID_MIGRATION,
  KANSIO_MIGRATOR_ERROR_MIGRATION_FAILED,
  KANSIO_MIGRATOR_ERROR_SCHEMA_TOO_OLD,
} KansioMigratorError;

#define KANSIO_TYPE_MIGRATOR (kansio_migrator_get_type ())

G_DECLARE_FINAL_TYPE (KansioMigrator, kansio_migrator, KANSIO, MIGRATOR, GObject)

GQuark kansio_migrator_error_quark (void);
KansioMigrator *kansio_migrator_new (KansioDatabase *database);
KansioMigrator *kansio_migrator_new_for_directory (KansioDatabase *database, GFile *directory);
void kansio_migrator_migrate_async (KansioMigrator *self,
                                    GCancellable *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer user_data);
gboolean
kansio_migrator_migrate_finish (KansioMigrator *self, GAsyncResult *result, GError **error);
void kansio_migrator_inspect_async (KansioMigrator *self,
                                    GCancellable *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer user_data);
gboolean
kansio_migrator_inspect_finish (KansioMigrator *self, GAsyncResult *result, GError **error);
int kansio_migrator_get_database_version (KansioMigrator *self);
int kansio_migrator_get_code_version (KansioMigrator *self);
const char *const *kansio_migrator_get_pending (KansioMigrator *self);
guint kansio_migrator_get_n_applied (KansioMigrator *self);

G_END_DECLS
