/* kansio-demo-data.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-demo-data"

#include "config.h"

#include "kansio-database-private.h"
#include "kansio-demo-data.h"
#include "kansio-demo-user.h"
#include "kansio-pq-private.h"

#define DEMO_DATA_RESOURCE "/fi/kansio/Kansio/demo/demo-data.sql"
#define DEMO_DATA_LOCK "7172002"

typedef struct
{
  gboolean installed_now;
} Install;

static gboolean
install_job (PGconn *conn, gpointer data, GCancellable *cancellable, GError **error)
{
  Install *install = data;
  g_autoptr (GBytes) script = NULL;
  g_autoptr (PGresult) present = NULL;
  g_autofree char *text = NULL;

  script = g_resources_lookup_data (DEMO_DATA_RESOURCE, 0, error);
  if (script == NULL)
    return FALSE;
  text = g_strndup (g_bytes_get_data (script, NULL), g_bytes_get_size (script));

  if (!_kansio_pq_run (conn, "BEGIN", cancellable, error)
      || !_kansio_pq_run (conn, "SELECT pg_advisory_xact_lock (" DEMO_DATA_LOCK ")", cancellable,
                          error))
    return FALSE;

  present = _kansio_pq_exec (conn,
                             "SELECT EXISTS (SELECT 1 FROM kansio.organisation_unit "
                             "WHERE code = 'demo-county')",
                             0, NULL, cancellable, error);
  if (present == NULL)
    return FALSE;

  if (PQgetvalue (present, 0, 0)[0] != 't')
    {
      if (!_kansio_pq_exec_script (conn, text, cancellable, error))
        return FALSE;
      install->installed_now = TRUE;
    }
  return _kansio_pq_run (conn, "COMMIT", cancellable, error);
}

/**
 * kansio_demo_data_install_async:
 * @database: a migrated demo database
 *
 * Fills @database with the fictitious demo county, staff and people, once;
 * a database that has them already is left as it is.
 */
void
kansio_demo_data_install_async (KansioDatabase *database,
                                GCancellable *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_DATABASE (database));

  _kansio_database_run_async (database, install_job, g_new0 (Install, 1), g_free, cancellable,
                              callback, user_data);
}

/**
 * kansio_demo_data_install_finish:
 * @installed_now: (out) (optional): whether this call added the data
 */
gboolean
kansio_demo_data_install_finish (KansioDatabase *database,
                                 GAsyncResult *result,
                                 gboolean *installed_now,
                                 GError **error)
{
  Install *install = _kansio_database_run_get_data (result);

  if (!_kansio_database_run_finish (database, result, error))
    return FALSE;
  if (installed_now != NULL)
    *installed_now = install->installed_now;
  return TRUE;
}

static const char *
column (KansioRows *rows, guint row, guint index)
{
  return kansio_rows_is_null (rows, row, index) ? NULL : kansio_rows_get_string (rows, row, index);
}

static void
on_users_listed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows
      = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  GListStore *users;

  if (rows == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  users = g_list_store_new (KANSIO_TYPE_DEMO_USER);
  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      /* clang-format off */
      g_autoptr (KansioDemoUser) user = g_object_new (KANSIO_TYPE_DEMO_USER,
          "login-role", column (rows, i, 0),
          "full-name", column (rows, i, 1),
          "title-fi", column (rows, i, 2),
          "title-sv", column (rows, i, 3),
          "unit-name-fi", column (rows, i, 4),
          "unit-name-sv", column (rows, i, 5),
          "roles-fi", column (rows, i, 6),
          "roles-sv", column (rows, i, 7),
          NULL);
      /* clang-format on */

      g_list_store_append (users, user);
    }
  g_task_return_pointer (task, users, g_object_unref);
}

/**
 * kansio_demo_data_list_users_async:
 * @database: the demo database, connected as its superuser
 *
 * The demo users to choose from at login: login role, full name, title and
 * unit (each in Finnish and Swedish), and what their roles are.
 */
void
kansio_demo_data_list_users_async (KansioDatabase *database,
                                   GCancellable *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer user_data)
{
  GTask *task;

  g_return_if_fail (KANSIO_IS_DATABASE (database));

  task = g_task_new (database, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_demo_data_list_users_async);
  kansio_database_query_async (
      database,
      "SELECT s.login_role, s.full_name, s.title_fi, s.title_sv, u.name_fi, u.name_sv, "
      "(SELECT string_agg (r.name_fi, ', ' ORDER BY r.code) FROM kansio.role_grant g "
      " JOIN kansio.job_role r ON r.code = g.job_role WHERE g.staff_id = s.id), "
      "(SELECT string_agg (r.name_sv, ', ' ORDER BY r.code) FROM kansio.role_grant g "
      " JOIN kansio.job_role r ON r.code = g.job_role WHERE g.staff_id = s.id) "
      "FROM kansio.staff_member s JOIN kansio.organisation_unit u ON u.id = s.unit_id "
      "WHERE s.is_demo ORDER BY s.full_name",
      NULL, 0, cancellable, on_users_listed_cb, task);
}

/**
 * kansio_demo_data_list_users_finish:
 *
 * Returns: (transfer full): a #GListModel of #KansioDemoUser
 */
GListModel *
kansio_demo_data_list_users_finish (KansioDatabase *database, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, database), NULL);
  g_return_val_if_fail (
      g_task_get_source_tag (G_TASK (result)) == kansio_demo_data_list_users_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
