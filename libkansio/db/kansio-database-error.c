/* kansio-database-error.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-database-error"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kansio-database-error-private.h"

typedef struct
{
  char *sqlstate;
  char *server_message;
  char *detail;
  char *hint;
  char *column;
} KansioDatabaseErrorPrivate;

static void
kansio_database_error_private_init (KansioDatabaseErrorPrivate *priv)
{
}

static void
kansio_database_error_private_copy (const KansioDatabaseErrorPrivate *src,
                                    KansioDatabaseErrorPrivate *dest)
{
  dest->sqlstate = g_strdup (src->sqlstate);
  dest->server_message = g_strdup (src->server_message);
  dest->detail = g_strdup (src->detail);
  dest->hint = g_strdup (src->hint);
  dest->column = g_strdup (src->column);
}

static void
kansio_database_error_private_clear (KansioDatabaseErrorPrivate *priv)
{
  g_clear_pointer (&priv->sqlstate, g_free);
  g_clear_pointer (&priv->server_message, g_free);
  g_clear_pointer (&priv->detail, g_free);
  g_clear_pointer (&priv->hint, g_free);
  g_clear_pointer (&priv->column, g_free);
}

G_DEFINE_EXTENDED_ERROR (KansioDatabaseError, kansio_database_error)

static KansioDatabaseErrorPrivate *
get_private (const GError *error)
{
  if (error == NULL || error->domain != KANSIO_DATABASE_ERROR)
    return NULL;
  return kansio_database_error_get_private (error);
}

static KansioDatabaseError
code_for_sqlstate (const char *sqlstate)
{
  if (sqlstate == NULL)
    return KANSIO_DATABASE_ERROR_FAILED;
  if (g_str_equal (sqlstate, "42501"))
    return KANSIO_DATABASE_ERROR_PERMISSION_DENIED;
  if (g_str_equal (sqlstate, "55P03"))
    return KANSIO_DATABASE_ERROR_BUSY;
  if (g_str_equal (sqlstate, "P0002"))
    return KANSIO_DATABASE_ERROR_NOT_FOUND;
  if (g_str_equal (sqlstate, "KA300"))
    return KANSIO_DATABASE_ERROR_SIMILAR_EXISTS;
  if (g_str_equal (sqlstate, "23505"))
    return KANSIO_DATABASE_ERROR_UNIQUE_VIOLATION;
  if (g_str_equal (sqlstate, "40001") || g_str_equal (sqlstate, "40P01")
      || g_str_equal (sqlstate, "KA409"))
    return KANSIO_DATABASE_ERROR_CONCURRENT_EDIT;
  if (g_str_equal (sqlstate, "28P01") || g_str_equal (sqlstate, "28000"))
    return KANSIO_DATABASE_ERROR_AUTHENTICATION_FAILED;
  if (g_str_equal (sqlstate, "42883") || g_str_equal (sqlstate, "42P01")
      || g_str_equal (sqlstate, "42703") || g_str_equal (sqlstate, "3F000"))
    return KANSIO_DATABASE_ERROR_UNDEFINED_OBJECT;
  if (g_str_has_prefix (sqlstate, "08") || g_str_equal (sqlstate, "57P01")
      || g_str_equal (sqlstate, "57P02") || g_str_equal (sqlstate, "57P03"))
    return KANSIO_DATABASE_ERROR_CONNECTION_LOST;
  if (g_str_has_prefix (sqlstate, "22") || g_str_has_prefix (sqlstate, "23"))
    return KANSIO_DATABASE_ERROR_INVALID_INPUT;
  return KANSIO_DATABASE_ERROR_FAILED;
}

static char *
describe (KansioDatabaseError code, const char *server_message)
{
  switch (code)
    {
    case KANSIO_DATABASE_ERROR_PERMISSION_DENIED:
      return g_strdup (_ ("You do not have the right to do this."));
    case KANSIO_DATABASE_ERROR_UNIQUE_VIOLATION:
      return g_strdup (_ ("This record already exists."));
    case KANSIO_DATABASE_ERROR_NOT_FOUND:
      return g_strdup (_ ("The record was not found."));
    case KANSIO_DATABASE_ERROR_BUSY:
      return g_strdup (_ ("The database is busy. Try again in a moment."));
    case KANSIO_DATABASE_ERROR_SIMILAR_EXISTS:
      return g_strdup (_ ("A person with the same name and birth date is already registered. "
                          "Check that this is not the same person before creating a new record."));
    case KANSIO_DATABASE_ERROR_CONCURRENT_EDIT:
      return g_strdup (_ ("Someone else changed this record at the same time. Your changes were "
                          "kept; review them and save again."));
    case KANSIO_DATABASE_ERROR_AUTHENTICATION_FAILED:
      return g_strdup (_ ("The server did not accept the user name or password."));
    case KANSIO_DATABASE_ERROR_CONNECTION_LOST:
      return g_strdup (_ ("The connection to the database server was lost. The last request may "
                          "not have been saved."));
    case KANSIO_DATABASE_ERROR_UNDEFINED_OBJECT:
      return g_strdup_printf (_ ("The database does not match this version of Kansio: %s"),
                              server_message);
    case KANSIO_DATABASE_ERROR_INVALID_INPUT:
      /* Its own fixed messages are in the catalogues. */
      return g_strdup_printf (_ ("The database did not accept the data: %s"),
                              server_message != NULL && *server_message != '\0'
                                  ? g_dgettext (GETTEXT_PACKAGE, server_message)
                                  : "");
    case KANSIO_DATABASE_ERROR_SERVICE_UNAVAILABLE:
      return g_strdup (_ ("The document service is not answering. What you did is saved; tell "
                          "the helpdesk if this goes on."));
    case KANSIO_DATABASE_ERROR_SERVER_UNREACHABLE:
    case KANSIO_DATABASE_ERROR_TLS_FAILED:
    case KANSIO_DATABASE_ERROR_FAILED:
    default:
      return g_strdup_printf (_ ("The database reported an error: %s"), server_message);
    }
}

GError *
_kansio_database_error_new (KansioDatabaseError code,
                            const char *message,
                            const char *sqlstate,
                            const char *server_message,
                            const char *detail,
                            const char *hint)
{
  GError *error = g_error_new_literal (KANSIO_DATABASE_ERROR, code, message);
  KansioDatabaseErrorPrivate *priv = kansio_database_error_get_private (error);

  priv->sqlstate = g_strdup (sqlstate);
  priv->server_message = g_strdup (server_message);
  priv->detail = g_strdup (detail);
  priv->hint = g_strdup (hint);

  return error;
}

GError *
_kansio_database_error_new_from_result (const PGresult *result)
{
  const char *sqlstate = PQresultErrorField (result, PG_DIAG_SQLSTATE);
  const char *primary = PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY);
  KansioDatabaseError code;
  g_autofree char *message = NULL;
  GError *error;

  if (primary == NULL)
    primary = PQresultErrorMessage (result);

  code = code_for_sqlstate (sqlstate);
  message = describe (code, primary);

  error = _kansio_database_error_new (code, message, sqlstate, primary,
                                      PQresultErrorField (result, PG_DIAG_MESSAGE_DETAIL),
                                      PQresultErrorField (result, PG_DIAG_MESSAGE_HINT));
  kansio_database_error_get_private (error)->column
      = g_strdup (PQresultErrorField (result, PG_DIAG_COLUMN_NAME));
  return error;
}

/* Verbose errors end with the server's source location, which means
 * nothing to the helpdesk. */
static char *
without_location (const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  GString *kept = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "LOCATION:") || *g_strstrip (lines[i]) == '\0')
        continue;
      if (kept->len > 0)
        g_string_append_c (kept, ' ');
      g_string_append (kept, lines[i]);
    }
  return g_string_free (kept, FALSE);
}

/* A failed connection has no PGresult; libpq only gives a text. The
 * connection is made with verbose errors, so a server-side refusal carries
 * its SQLSTATE in the text ("FATAL:  28P01: ..."), and client-side failures
 * are recognised by libpq's own wording. */
GError *
_kansio_database_error_new_from_connection (PGconn *conn)
{
  const char *text = conn != NULL ? PQerrorMessage (conn) : "out of memory";
  g_autofree char *server_message = without_location (text);
  g_autoptr (GRegex) regex = g_regex_new ("(FATAL|ERROR):\\s+([0-9A-Z]{5}):", 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *sqlstate = NULL;
  KansioDatabaseError code = KANSIO_DATABASE_ERROR_SERVER_UNREACHABLE;
  g_autofree char *refused = NULL;
  const char *message;

  if (g_regex_match (regex, text, 0, &match))
    {
      sqlstate = g_match_info_fetch (match, 2);
      code = code_for_sqlstate (sqlstate);
      if (code == KANSIO_DATABASE_ERROR_CONNECTION_LOST)
        code = KANSIO_DATABASE_ERROR_SERVER_UNREACHABLE;
    }
  else if (strstr (text, "SSL") != NULL || strstr (text, "certificate") != NULL
           || strstr (text, "sslmode") != NULL)
    code = KANSIO_DATABASE_ERROR_TLS_FAILED;
  else if (strstr (text, "password") != NULL)
    code = KANSIO_DATABASE_ERROR_AUTHENTICATION_FAILED;

  switch ((int) code)
    {
    case KANSIO_DATABASE_ERROR_AUTHENTICATION_FAILED:
      message = _ ("The server did not accept the user name or password.");
      break;
    case KANSIO_DATABASE_ERROR_TLS_FAILED:
      message = _ ("A secure (TLS) connection to the server could not be made. The server "
                   "certificate may be missing, expired or for another host.");
      break;
    case KANSIO_DATABASE_ERROR_SERVER_UNREACHABLE:
      message = _ ("The database server could not be reached. Check the server address, or "
                   "the server may be down.");
      break;
    default:
      refused
          = g_strdup_printf (_ ("The database server refused the connection: %s"), server_message);
      message = refused;
      break;
    }

  return _kansio_database_error_new (code, message, sqlstate, server_message, NULL, NULL);
}

/**
 * kansio_database_error_get_sqlstate:
 * @error: a #GError in the %KANSIO_DATABASE_ERROR domain
 *
 * Returns: (nullable): the five-character SQLSTATE the server sent, or %NULL
 *   when the error did not come from the server
 */
const char *
kansio_database_error_get_sqlstate (const GError *error)
{
  KansioDatabaseErrorPrivate *priv = get_private (error);
  return priv != NULL ? priv->sqlstate : NULL;
}

/**
 * kansio_database_error_get_server_message:
 * @error: a #GError in the %KANSIO_DATABASE_ERROR domain
 *
 * Returns: (nullable): the server's (or libpq's) own, untranslated message,
 *   for logs and for the helpdesk
 */
const char *
kansio_database_error_get_server_message (const GError *error)
{
  KansioDatabaseErrorPrivate *priv = get_private (error);
  return priv != NULL ? priv->server_message : NULL;
}

/**
 * kansio_database_error_get_reason:
 * @error: a #GError in the %KANSIO_DATABASE_ERROR domain
 *
 * The server's reason in the user's language: the fixed messages of the
 * database are in the catalogues (kansio-server-messages.c); one the
 * server formatted with values stays as the server wrote it.
 *
 * Returns: (nullable): the reason, or %NULL
 */
const char *
kansio_database_error_get_reason (const GError *error)
{
  const char *message = kansio_database_error_get_server_message (error);

  if (message == NULL || *message == '\0')
    return NULL;
  return g_dgettext (GETTEXT_PACKAGE, message);
}

/**
 * kansio_database_error_dup_text:
 * @error: (nullable): any error
 *
 * What to tell the user: for a refusal or a missing record, the message
 * and the database's reason for it, both in the user's language; for
 * anything else the message alone.
 *
 * Returns: (transfer full): the text
 */
char *
kansio_database_error_dup_text (const GError *error)
{
  const char *reason;

  if (error == NULL)
    return g_strdup (_ ("Something went wrong."));
  reason = kansio_database_error_get_reason (error);
  if ((g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED)
       || g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_NOT_FOUND))
      && reason != NULL)
    /* Translators: a refusal, then the database's reason for it */
    return g_strdup_printf (_ ("%s (%s)"), error->message, reason);
  return g_strdup (error->message);
}

const char *
kansio_database_error_get_detail (const GError *error)
{
  KansioDatabaseErrorPrivate *priv = get_private (error);
  return priv != NULL ? priv->detail : NULL;
}

const char *
kansio_database_error_get_hint (const GError *error)
{
  KansioDatabaseErrorPrivate *priv = get_private (error);
  return priv != NULL ? priv->hint : NULL;
}

/**
 * kansio_database_error_get_column:
 * @error: a #GError in the %KANSIO_DATABASE_ERROR domain
 *
 * Returns: (nullable): the field the server found wrong ("identity_code",
 *   "phone", …), so the message can stand next to it
 */
const char *
kansio_database_error_get_column (const GError *error)
{
  KansioDatabaseErrorPrivate *priv = get_private (error);
  return priv != NULL ? priv->column : NULL;
}
