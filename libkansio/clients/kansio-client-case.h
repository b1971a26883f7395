/* kansio-client-case.h
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

#define KANSIO_TYPE_CLIENT_CASE (kansio_client_case_get_type ())

G_DECLARE_FINAL_TYPE (KansioClientCase, kansio_client_case, KANSIO, CLIENT_CASE, GObject)

gint64 kansio_client_case_get_id (KansioClientCase *self);
const char *kansio_client_case_get_area (KansioClientCase *self);
int kansio_client_case_get_unit_id (KansioClientCase *self);
const char *kansio_client_case_get_unit_name_fi (KansioClientCase *self);
const char *kansio_client_case_get_unit_name_sv (KansioClientCase *self);
const char *kansio_client_case_get_unit_name (KansioClientCase *self);
const char *kansio_client_case_get_opened_on (KansioClientCase *self);
const char *kansio_client_case_get_closed_on (KansioClientCase *self);

G_END_DECLS
