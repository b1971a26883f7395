/* kansio-api-call-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kansio-database.h"
#include "kansio-rows.h"

G_BEGIN_DECLS

/* Makes what a call returns out of its rows, or refuses with @error.
 * %NULL without an error is a %NULL result: nothing found. */
typedef gpointer (*KansioApiMapFunc) (KansioRows *rows, gpointer map_data, GError **error);

/* Makes the object of one row: @database for objects that call the api
 * again, @owner_id the id of what the rows belong to (the application of
 * its members, say), 0 for nothing. */
typedef gpointer (*KansioApiItemFunc) (KansioDatabase *database,
                                       KansioRows *rows,
                                       guint row,
                                       gint64 owner_id);

void _kansio_api_call_async (gpointer source_object,
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
                             gpointer user_data);
void _kansio_api_call_list_async (gpointer source_object,
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
                                  gpointer user_data);
void _kansio_api_call_list_of_async (gpointer source_object,
                                     gpointer source_tag,
                                     KansioDatabase *database,
                                     const char *sql,
                                     gint64 owner_id,
                                     GType item_type,
                                     KansioApiItemFunc new_item,
                                     GCancellable *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer user_data);
void _kansio_api_call_one_async (gpointer source_object,
                                 gpointer source_tag,
                                 KansioDatabase *database,
                                 const char *sql,
                                 const char *const *params,
                                 guint n_params,
                                 KansioApiItemFunc new_item,
                                 gint64 owner_id,
                                 GCancellable *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer user_data);
gpointer _kansio_api_call_finish (gpointer source_object,
                                  gpointer source_tag,
                                  GAsyncResult *result,
                                  GError **error);
gboolean _kansio_api_call_finish_done (gpointer source_object,
                                       gpointer source_tag,
                                       GAsyncResult *result,
                                       GError **error);
gint64 _kansio_api_call_finish_id (gpointer source_object,
                                   gpointer source_tag,
                                   GAsyncResult *result,
                                   GError **error);

gpointer _kansio_api_map_done (KansioRows *rows, gpointer map_data, GError **error);
gpointer _kansio_api_map_id (KansioRows *rows, gpointer map_data, GError **error);
gpointer _kansio_api_map_rows (KansioRows *rows, gpointer map_data, GError **error);

const char *_kansio_api_text (KansioRows *rows, guint row, const char *column);
gint64 _kansio_api_int64 (KansioRows *rows, guint row, const char *column);
int _kansio_api_int (KansioRows *rows, guint row, const char *column);
gboolean _kansio_api_boolean (KansioRows *rows, guint row, const char *column);
GDateTime *_kansio_api_date_time (KansioRows *rows, guint row, const char *column);

char *_kansio_api_int64_text (gint64 value);
char *_kansio_api_date_text (const GDate *date);

gboolean _kansio_api_set_string (char **field, const char *value);

G_END_DECLS
