/* kansio-income-support-api-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kansio-database.h"
#include "kansio-rows.h"

G_BEGIN_DECLS

/* Makes what a call returns out of its rows; @database for objects that
 * call again later. */
typedef gpointer (*KansioIncomeSupportMapFunc) (KansioDatabase *database, KansioRows *rows);

void _kansio_income_support_call_async (gpointer source_object,
                                        gpointer source_tag,
                                        KansioDatabase *database,
                                        const char *sql,
                                        const char *const *params,
                                        guint n_params,
                                        KansioIncomeSupportMapFunc map,
                                        GDestroyNotify free_result,
                                        GCancellable *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer user_data);
gpointer _kansio_income_support_call_finish (gpointer source_object,
                                             gpointer source_tag,
                                             GAsyncResult *result,
                                             GError **error);
gboolean _kansio_income_support_call_finish_done (gpointer source_object,
                                                  gpointer source_tag,
                                                  GAsyncResult *result,
                                                  GError **error);
gint64 _kansio_income_support_call_finish_id (gpointer source_object,
                                              gpointer source_tag,
                                              GAsyncResult *result,
                                              GError **error);

gpointer _kansio_income_support_map_done (KansioDatabase *database, KansioRows *rows);
gpointer _kansio_income_support_map_id (KansioDatabase *database, KansioRows *rows);

const char *_kansio_income_support_text (KansioRows *rows, guint row, const char *column);
gint64 _kansio_income_support_int64 (KansioRows *rows, guint row, const char *column);
gboolean _kansio_income_support_boolean (KansioRows *rows, guint row, const char *column);
char *_kansio_income_support_id_text (gint64 id);
gboolean _kansio_income_support_set_string (char **field, const char *value);

G_END_DECLS
