/* kansio-client-viewing.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_CLIENT_VIEWING (kansio_client_viewing_get_type ())

G_DECLARE_FINAL_TYPE (KansioClientViewing, kansio_client_viewing, KANSIO, CLIENT_VIEWING, GObject)

const char *kansio_client_viewing_get_logged_at (KansioClientViewing *self);
const char *kansio_client_viewing_get_login_role (KansioClientViewing *self);
const char *kansio_client_viewing_get_full_name (KansioClientViewing *self);
const char *kansio_client_viewing_get_view (KansioClientViewing *self);
const char *kansio_client_viewing_get_purpose (KansioClientViewing *self);
const char *kansio_client_viewing_get_area (KansioClientViewing *self);
gboolean kansio_client_viewing_get_emergency (KansioClientViewing *self);

G_END_DECLS
