/* kansio-database-error-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libpq-fe.h>

#include "kansio-database-error.h"

G_BEGIN_DECLS

GError *_kansio_database_error_new (KansioDatabaseError code,
                                    const char *message,
                                    const char *sqlstate,
                                    const char *server_message,
                                    const char *detail,
                                    const char *hint);
GError *_kansio_database_error_new_from_result (const PGresult *result);
GError *_kansio_database_error_new_from_connection (PGconn *conn);
guint _kansio_server_messages_get_count (void);

G_END_DECLS
