/* kansio-rows-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include <libpq-fe.h>

#include "kansio-rows.h"

G_BEGIN_DECLS

KansioRows *_kansio_rows_new_take (PGresult *result);
KansioRows *_kansio_rows_new_from_json (JsonObject *object, GError **error);

G_END_DECLS
