/* kansio-api-call.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-api-call"

#include "config.h"

#include "kansio-api-call-private.h"

/* How the service areas' domain objects call the api: one api function a
 * call, its rows mapped to what the caller gets, in the main context that
 * asked. The errors are the database's own (KANSIO_DATABASE_ERROR, the
 * SQLSTATE and the server's message kept), so a row changed by someone
 * else (KA409) stays KANSIO_DATABASE_ERROR_CONCURRENT_EDIT; a mapper may
 * add a refusal of its own. */

typedef struct
{
  KansioApiMapFunc map;
  gpointer map_data;
  GDestroyNotify map_data_free;
  GDestroyNotify result_free;
} Call;

/* The map data of a list or a single object. */
typedef struct
{
  KansioDatabase *database;
  GType item_type;
  KansioApiItemFunc new_item;
  gint64 owner_id;
} Items;

static void
call_free (Call *call)
{
  if (call->map_data_free != NULL)
    g_clear_pointer (&call->map_data, call->map_data_free);
  g_free (call);
}

static Items *
items_new (KansioDatabase *database, GType item_type, KansioApiItemFunc new_item, gint64 owner_id)
{
  Items *items = g_new0 (Items, 1);

  items->database = g_object_ref (database);
  items->item_type = item_type;
  items->new_item = new_item;
  items->owner_id = owner_id;
  return items;
}

static void
items_free (Items *items)
{
  g_clear_object (&items->database);
  g_free (items);
}

static gpointer
map_list (KansioRows *rows, gpointer map_data, GError **error)
{
  Items *items = map_data;
  GListStore *store = g_list_store_new (items->item_type);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      g_autoptr (GObject) item = items->new_item (items->database, rows, i, items->owner_id);

      g_list_store_append (store, item);
    }
  return store;
}

static gpointer
map_first (KansioRows *rows, gpointer map_data, GError **error)
{
  Items *items = map_data;

  if (kansio_rows_get_n_rows (rows) == 0)
    return NULL;
  return items->new_item (items->database, rows, 0, items->owner_id);
}

static void
on_query_done_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Call *call = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows
      = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  gpointer value;

  if (rows == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  value = call->map (rows, call->map_data, &error);
  if (error != NULL)
    {
      g_assert (value == NULL);
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_pointer (task, value, call->result_free);
}

/**
 * _kansio_api_call_async:
 * @source_object: (nullable): the object the result is of
 * @source_tag: what the finish function checks the result by
 * @map: makes the result from the rows, given @map_data
 * @map_data_free: (nullable): frees @map_data when the call is over
 * @result_free: (nullable): frees a result nobody took
 *
 * Runs @sql, one api function, and maps its rows with @map.
 */
void
_kansio_api_call_async (gpointer source_object,
                        gpointer source_tag,
                        KansioDatabase *database,
                        const char *sql,
                        const char *const *params,
                        guint n_params,
                        KansioApiMapFunc map,
                        gpointer map_data,
                        GDestroyNotify map_data_free,
                        GDestroyNotify result_free,
                        GCancellable *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer user_data)
{
  GTask *task = g_task_new (source_object, cancellable, callback, user_data);
  Call *call = g_new0 (Call, 1);

  g_assert (KANSIO_IS_DATABASE (database));
  g_assert (map != NULL);

  call->map = map;
  call->map_data = map_data;
  call->map_data_free = map_data_free;
  call->result_free = result_free;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, call, (GDestroyNotify) call_free);
  kansio_database_query_async (database, sql, params, n_params, cancellable, on_query_done_cb,
                               task);
}

/**
 * _kansio_api_call_list_async:
 * @item_type: the type of the objects, a #GObject
 * @new_item: makes the object of a row
 * @owner_id: given to @new_item
 *
 * Runs @sql and gives a #GListModel of @item_type, an object a row.
 */
void
_kansio_api_call_list_async (gpointer source_object,
                             gpointer source_tag,
                             KansioDatabase *database,
                             const char *sql,
                             const char *const *params,
                             guint n_params,
                             GType item_type,
                             KansioApiItemFunc new_item,
                             gint64 owner_id,
                             GCancellable *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer user_data)
{
  g_assert (g_type_is_a (item_type, G_TYPE_OBJECT));
  g_assert (new_item != NULL);

  _kansio_api_call_async (source_object, source_tag, database, sql, params, n_params, map_list,
                          items_new (database, item_type, new_item, owner_id),
                          (GDestroyNotify) items_free, g_object_unref, cancellable, callback,
                          user_data);
}

/**
 * _kansio_api_call_list_of_async:
 * @sql: takes @owner_id as its one parameter, $1
 *
 * What belongs to @owner_id (an application's members, a client's cases),
 * as _kansio_api_call_list_async() gives them.
 */
void
_kansio_api_call_list_of_async (gpointer source_object,
                                gpointer source_tag,
                                KansioDatabase *database,
                                const char *sql,
                                gint64 owner_id,
                                GType item_type,
                                KansioApiItemFunc new_item,
                                GCancellable *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer user_data)
{
  g_autofree char *id = _kansio_api_int64_text (owner_id);
  const char *params[] = { id };

  _kansio_api_call_list_async (source_object, source_tag, database, sql, params,
                               G_N_ELEMENTS (params), item_type, new_item, owner_id, cancellable,
                               callback, user_data);
}

/**
 * _kansio_api_call_one_async:
 *
 * Runs @sql and gives the object of its first row, or %NULL without an
 * error when there is none.
 */
void
_kansio_api_call_one_async (gpointer source_object,
                            gpointer source_tag,
                            KansioDatabase *database,
                            const char *sql,
                            const char *const *params,
                            guint n_params,
                            KansioApiItemFunc new_item,
                            gint64 owner_id,
                            GCancellable *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer user_data)
{
  g_assert (new_item != NULL);

  _kansio_api_call_async (source_object, source_tag, database, sql, params, n_params, map_first,
                          items_new (database, G_TYPE_OBJECT, new_item, owner_id),
                          (GDestroyNotify) items_free, g_object_unref, cancellable, callback,
                          user_data);
}

gpointer
_kansio_api_call_finish (gpointer source_object,
                         gpointer source_tag,
                         GAsyncResult *result,
                         GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source_object), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* For a call mapped with _kansio_api_map_done(). */
gboolean
_kansio_api_call_finish_done (gpointer source_object,
                              gpointer source_tag,
                              GAsyncResult *result,
                              GError **error)
{
  return _kansio_api_call_finish (source_object, source_tag, result, error) != NULL;
}

/* For a call mapped with _kansio_api_map_id(): the id, 0 on error. */
gint64
_kansio_api_call_finish_id (gpointer source_object,
                            gpointer source_tag,
                            GAsyncResult *result,
                            GError **error)
{
  g_autofree gint64 *id = _kansio_api_call_finish (source_object, source_tag, result, error);

  return id != NULL ? *id : 0;
}

/* A function that returns nothing: done. No result_free. */
gpointer
_kansio_api_map_done (KansioRows *rows, gpointer map_data, GError **error)
{
  return GINT_TO_POINTER (TRUE);
}

/* A function that returns the id of what it made, or 0: a gint64 to
 * g_free(). */
gpointer
_kansio_api_map_id (KansioRows *rows, gpointer map_data, GError **error)
{
  gint64 *id = g_new0 (gint64, 1);

  if (kansio_rows_get_n_rows (rows) > 0 && kansio_rows_get_n_columns (rows) > 0
      && !kansio_rows_is_null (rows, 0, 0))
    *id = kansio_rows_get_int64 (rows, 0, 0);
  return id;
}

/* The rows themselves, for a caller that reads them later, away from the
 * main context (a document's fields and templates, read while it is laid
 * out in a worker thread): a #KansioRows to g_object_unref(). */
gpointer
_kansio_api_map_rows (KansioRows *rows, gpointer map_data, GError **error)
{
  return g_object_ref (rows);
}

/* Columns by name: a column the function did not return reads as NULL,
 * like a NULL. */

static gboolean
find_column (KansioRows *rows, guint row, const char *column, guint *index)
{
  int found = kansio_rows_find_column (rows, column);

  if (found < 0 || kansio_rows_is_null (rows, row, found))
    return FALSE;
  *index = found;
  return TRUE;
}

const char *
_kansio_api_text (KansioRows *rows, guint row, const char *column)
{
  guint index;

  return find_column (rows, row, column, &index) ? kansio_rows_get_string (rows, row, index) : NULL;
}

gint64
_kansio_api_int64 (KansioRows *rows, guint row, const char *column)
{
  guint index;

  return find_column (rows, row, column, &index) ? kansio_rows_get_int64 (rows, row, index) : 0;
}

int
_kansio_api_int (KansioRows *rows, guint row, const char *column)
{
  return (int) _kansio_api_int64 (rows, row, column);
}

gboolean
_kansio_api_boolean (KansioRows *rows, guint row, const char *column)
{
  guint index;

  return find_column (rows, row, column, &index) && kansio_rows_get_boolean (rows, row, index);
}

/* A timestamptz as PostgreSQL sends it; (transfer full) (nullable). */
GDateTime *
_kansio_api_date_time (KansioRows *rows, guint row, const char *column)
{
  const char *text = _kansio_api_text (rows, row, column);

  if (text == NULL || *text == '\0')
    return NULL;
  return g_date_time_new_from_iso8601 (text, NULL);
}

/* Parameters */

char *
_kansio_api_int64_text (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

/* YYYY-MM-DD, or NULL for NULL. */
char *
_kansio_api_date_text (const GDate *date)
{
  char day[16] = "";

  if (date == NULL)
    return NULL;
  g_date_strftime (day, sizeof day, "%Y-%m-%d", date);
  return g_strdup (day);
}

/* For the domain objects' setters: whether the value changed. */
gboolean
_kansio_api_set_string (char **field, const char *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}
