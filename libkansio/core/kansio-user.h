/* kansio-user.h
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
#include "kansio-service-area.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_USER (kansio_user_get_type ())

G_DECLARE_FINAL_TYPE (KansioUser, kansio_user, KANSIO, USER, GObject)

void kansio_user_load_async (KansioDatabase *database,
                             GCancellable *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer user_data);
KansioUser *kansio_user_load_finish (GAsyncResult *result, GError **error);
const char *kansio_user_get_login_role (KansioUser *self);
const char *kansio_user_get_full_name (KansioUser *self);
const char *kansio_user_get_unit_name (KansioUser *self);
int kansio_user_get_unit_id (KansioUser *self);
gboolean kansio_user_has_area (KansioUser *self, KansioServiceArea area);
gboolean kansio_user_has_role (KansioUser *self, const char *level);
gboolean kansio_user_is_caseworker (KansioUser *self);
GArray *kansio_user_get_client_areas (KansioUser *self);

G_END_DECLS
