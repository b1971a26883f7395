/* kansio-income-support-api.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support"

#include "config.h"

#include "kansio-income-support-api-private.h"

/* How the income-support objects call the api: one api function a call,
 * its rows mapped to what the caller gets. The errors are the database's
 * own (KANSIO_DATABASE_ERROR, the SQLSTATE and the server's message kept),
 * so a row changed by someone else (KA409) stays
 * KANSIO_DATABASE_ERROR_CONCURRENT_EDIT. */

typedef struct
{
  KansioDatabase *database;
  KansioIncomeSupportMapFunc map;
  GDestroyNotify free_result;
} Call;

static void
call_free (Call *call)
{
  g_clear_object (&call->database);
  g_free (call);
}

static void
on_query_done_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Call *call = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows
      = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);

  if (rows == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, call->map (call->database, rows), call->free_result);
}

void
_kansio_income_support_call_async (gpointer source_object,
                                   gpointer source_tag,
                                   KansioDatabase *database,
                                   const char *sql,
                                   const char *const *params,
                                   guint n_params,
                                   KansioIncomeSupportMapFunc map,
                                   GDestroyNotify free_result,
                                   GCancellable *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer user_data)
{
  GTask *task = g_task_new (source_object, cancellable, callback, user_data);
  Call *call = g_new0 (Call, 1);

  g_assert (KANSIO_IS_DATABASE (database));
  g_assert (map != NULL);

  call->database = g_object_ref (database);
  call->map = map;
  call->free_result = free_result;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, call, (GDestroyNotify) call_free);
  kansio_database_query_async (database, sql, params, n_params, cancellable, on_query_done_cb,
                               task);
}

gpointer
_kansio_income_support_call_finish (gpointer source_object,
                                    gpointer source_tag,
                                    GAsyncResult *result,
                                    GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source_object), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
_kansio_income_support_call_finish_done (gpointer source_object,
                                         gpointer source_tag,
                                         GAsyncResult *result,
                                         GError **error)
{
  return _kansio_income_support_call_finish (source_object, source_tag, result, error) != NULL;
}

gint64
_kansio_income_support_call_finish_id (gpointer source_object,
                                       gpointer source_tag,
                                       GAsyncResult *result,
                                       GError **error)
{
  g_autofree gint64 *id
      = _kansio_income_support_call_finish (source_object, source_tag, result, error);

  return id != NULL ? *id : 0;
}

/* A function that returns nothing: done. */
gpointer
_kansio_income_support_map_done (KansioDatabase *database, KansioRows *rows)
{
  return GINT_TO_POINTER (TRUE);
}

/* A function that returns the id of what it made. */
gpointer
_kansio_income_support_map_id (KansioDatabase *database, KansioRows *rows)
{
  gint64 *id = g_new0 (gint64, 1);

  if (kansio_rows_get_n_rows (rows) > 0 && kansio_rows_get_n_columns (rows) > 0
      && !kansio_rows_is_null (rows, 0, 0))
    *id = kansio_rows_get_int64 (rows, 0, 0);
  return id;
}

const char *
_kansio_income_support_text (KansioRows *rows, guint row, const char *column)
{
  int index = kansio_rows_find_column (rows, column);

  if (index < 0 || kansio_rows_is_null (rows, row, index))
    return NULL;
  return kansio_rows_get_string (rows, row, index);
}

gint64
_kansio_income_support_int64 (KansioRows *rows, guint row, const char *column)
{
  int index = kansio_rows_find_column (rows, column);

  if (index < 0 || kansio_rows_is_null (rows, row, index))
    return 0;
  return kansio_rows_get_int64 (rows, row, index);
}

gboolean
_kansio_income_support_boolean (KansioRows *rows, guint row, const char *column)
{
  int index = kansio_rows_find_column (rows, column);

  if (index < 0 || kansio_rows_is_null (rows, row, index))
    return FALSE;
  return kansio_rows_get_boolean (rows, row, index);
}

char *
_kansio_income_support_id_text (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

/* For setters: whether the value changed. */
gboolean
_kansio_income_support_set_string (char **field, const char *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}
