/* kansio-demo-data.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-demo-data"

#include "config.h"

#include "kansio-database-private.h"
#include "kansio-demo-data.h"
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
  g_return_if_fail (KANSIO_IS_DATABASE (database));

  kansio_database_query_async (
      database,
      "SELECT s.login_role, s.full_name, s.title_fi, s.title_sv, u.name_fi, u.name_sv, "
      "(SELECT string_agg (r.name_fi, ', ' ORDER BY r.code) FROM kansio.role_grant g "
      " JOIN kansio.job_role r ON r.code = g.job_role WHERE g.staff_id = s.id), "
      "(SELECT string_agg (r.name_sv, ', ' ORDER BY r.code) FROM kansio.role_grant g "
      " JOIN kansio.job_role r ON r.code = g.job_role WHERE g.staff_id = s.id) "
      "FROM kansio.staff_member s JOIN kansio.organisation_unit u ON u.id = s.unit_id "
      "WHERE s.is_demo ORDER BY s.full_name",
      NULL, 0, cancellable, callback, user_data);
}

/**
 * kansio_demo_data_list_users_finish:
 *
 * Returns: (transfer full): the users, one row each
 */
KansioRows *
kansio_demo_data_list_users_finish (KansioDatabase *database, GAsyncResult *result, GError **error)
{
  return kansio_database_query_finish (database, result, error);
}
