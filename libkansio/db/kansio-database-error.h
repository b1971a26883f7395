/* kansio-database-error.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define KANSIO_DATABASE_ERROR (kansio_database_error_quark ())

/**
 * KansioDatabaseError:
 * @KANSIO_DATABASE_ERROR_FAILED: any other server error; see the SQLSTATE
 * @KANSIO_DATABASE_ERROR_SERVER_UNREACHABLE: no server answered (down, wrong host or port)
 * @KANSIO_DATABASE_ERROR_AUTHENTICATION_FAILED: the server refused the user name or password
 * @KANSIO_DATABASE_ERROR_TLS_FAILED: the TLS handshake or certificate check failed
 * @KANSIO_DATABASE_ERROR_CONNECTION_LOST: the connection broke while a request was under
 *   way; the request may or may not have been carried out
 * @KANSIO_DATABASE_ERROR_PERMISSION_DENIED: SQLSTATE 42501
 * @KANSIO_DATABASE_ERROR_UNIQUE_VIOLATION: SQLSTATE 23505
 * @KANSIO_DATABASE_ERROR_INVALID_INPUT: SQLSTATE classes 22 and 23 other than 23505
 * @KANSIO_DATABASE_ERROR_CONCURRENT_EDIT: serialization failure, deadlock or a row
 *   changed by someone else since it was read (SQLSTATE 40001, 40P01, KA409)
 * @KANSIO_DATABASE_ERROR_UNDEFINED_OBJECT: a function, table or column the code expects
 *   is missing (SQLSTATE class 42 "undefined_*"): usually a schema that is too old
 * @KANSIO_DATABASE_ERROR_NOT_FOUND: the thing asked for does not exist (P0002)
 * @KANSIO_DATABASE_ERROR_SIMILAR_EXISTS: a person with the same name and birth date is
 *   registered; confirm before creating another (KA300)
 * @KANSIO_DATABASE_ERROR_BUSY: a lock was not had in time (55P03); try again
 * @KANSIO_DATABASE_ERROR_SERVICE_UNAVAILABLE: the document service did not compose a document
 *   asked for in time: it is not running
 *
 * Codes a caller can act on. The SQLSTATE and the server's own message are kept
 * with the error: see kansio_database_error_get_sqlstate().
 */
typedef enum
{
  KANSIO_DATABASE_ERROR_FAILED,
  KANSIO_DATABASE_ERROR_SERVER_UNREACHABLE,
  KANSIO_DATABASE_ERROR_AUTHENTICATION_FAILED,
  KANSIO_DATABASE_ERROR_TLS_FAILED,
  KANSIO_DATABASE_ERROR_CONNECTION_LOST,
  KANSIO_DATABASE_ERROR_PERMISSION_DENIED,
  KANSIO_DATABASE_ERROR_UNIQUE_VIOLATION,
  KANSIO_DATABASE_ERROR_INVALID_INPUT,
  KANSIO_DATABASE_ERROR_CONCURRENT_EDIT,
  KANSIO_DATABASE_ERROR_UNDEFINED_OBJECT,
  KANSIO_DATABASE_ERROR_NOT_FOUND,
  KANSIO_DATABASE_ERROR_SIMILAR_EXISTS,
  KANSIO_DATABASE_ERROR_BUSY,
  KANSIO_DATABASE_ERROR_SERVICE_UNAVAILABLE,
} KansioDatabaseError;

GQuark kansio_database_error_quark (void);
const char *kansio_database_error_get_sqlstate (const GError *error);
const char *kansio_database_error_get_server_message (const GError *error);
const char *kansio_database_error_get_reason (const GError *error);
char *kansio_database_error_dup_text (const GError *error);
const char *kansio_database_error_get_detail (const GError *error);
const char *kansio_database_error_get_hint (const GError *error);
const char *kansio_database_error_get_column (const GError *error);

G_END_DECLS
