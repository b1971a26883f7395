/* kansio-test-util.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <kansio.h>

G_BEGIN_DECLS

/* A database of its own for one test, on the run's shared cluster
 * (KANSIO_TEST_SERVER_DIRECTORY, started by build-aux/kansio-test), or on
 * a cluster this test program starts for itself when run alone. */
typedef struct
{
  char *name;
  char *conninfo;
  KansioDatabase *database;
  GHashTable *connections;       /* login role → KansioDatabase, for kansio_test_try_as() */
  GSubprocess *document_service; /* kansio-documentd, with the demo data */
} KansioTestDatabase;

KansioTestDatabase *kansio_test_database_new (void);
KansioTestDatabase *kansio_test_database_new_migrated (void);
KansioTestDatabase *kansio_test_database_new_with_demo_data (void);
KansioDatabase *kansio_test_database_connect_as (KansioTestDatabase *self, const char *login_role);
void kansio_test_database_free (KansioTestDatabase *self);
void kansio_test_database_stop_document_service (KansioTestDatabase *self);
const char *kansio_test_get_server_directory (void);
char *kansio_test_superuser_conninfo (const char *database);

/* Runs the main context until *result is set by kansio_test_store_result_cb. */
GAsyncResult *kansio_test_wait (GAsyncResult **result);
void kansio_test_store_result_cb (GObject *object, GAsyncResult *result, gpointer user_data);
KansioRows *kansio_test_query (KansioDatabase *database, const char *sql, GError **error);
KansioRows *kansio_test_run (KansioDatabase *database,
                             const char *sql,
                             const char *const *params,
                             guint n_params,
                             GError **error);

/* Asking as a user of the test database (NULL: the superuser), as Kansio
 * asks (a read twice, see kansio-pq.c); one connection per user. */
KansioRows *kansio_test_try_as (KansioTestDatabase *self,
                                const char *login_role,
                                const char *sql,
                                GError **error);
KansioRows *kansio_test_as (KansioTestDatabase *self, const char *login_role, const char *sql);
char *kansio_test_value_as (KansioTestDatabase *self, const char *login_role, const char *sql);
char *kansio_test_refused_as (KansioTestDatabase *self,
                              const char *login_role,
                              const char *sql,
                              const char *sqlstate);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KansioTestDatabase, kansio_test_database_free)

G_END_DECLS
