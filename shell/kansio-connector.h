/* kansio-connector.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <kansio.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_CONNECTOR (kansio_connector_get_type ())

G_DECLARE_FINAL_TYPE (KansioConnector, kansio_connector, KANSIO, CONNECTOR, GObject)

KansioConnector *kansio_connector_new (GSettings *settings);
void kansio_connector_set_use_demo (KansioConnector *self, gboolean use_demo);
gboolean kansio_connector_get_use_demo (KansioConnector *self);
char *kansio_connector_dup_default_user (KansioConnector *self);
void kansio_connector_prepare_async (KansioConnector *self,
                                     GCancellable *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer user_data);
GListModel *
kansio_connector_prepare_finish (KansioConnector *self, GAsyncResult *result, GError **error);
void kansio_connector_log_in_async (KansioConnector *self,
                                    const char *user_name,
                                    const char *password,
                                    GCancellable *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer user_data);
KansioContext *
kansio_connector_log_in_finish (KansioConnector *self, GAsyncResult *result, GError **error);
KansioLocalServer *kansio_connector_get_local_server (KansioConnector *self);
char *kansio_connector_describe_server (KansioConnector *self);
void kansio_connector_bind_remember (KansioConnector *self, GObject *object, const char *property);

G_END_DECLS
