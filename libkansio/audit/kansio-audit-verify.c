/* kansio-audit-verify.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-audit-verify"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kansio-audit-verify.h"
#include "kansio-database-private.h"
#include "kansio-log-chain-private.h"
#include "kansio-pq-private.h"
#include "kansio-seal-key.h"

/*
 * Verifying: everything is recomputed here from the rows as stored, and
 * held against the anchors, which were signed outside the database. No
 * function of the database's owner is called (only built-in casts), so
 * replacing one changes nothing.
 */

#define VERIFY_BATCH 2000
#define DOCUMENT_BATCH 100
#define DOCUMENT_SHA256_FIELD 7

typedef struct
{
  gint64 position;
  guint8 hash[KANSIO_LOG_HASH_SIZE];
  gint64 sealed_at;
} Anchor;

typedef struct
{
  char *directory;
  GString *report;
} Verify;

static void
verify_free (Verify *verify)
{
  g_free (verify->directory);
  g_string_free (verify->report, TRUE);
  g_free (verify);
}

static gboolean tampered (GError **error, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gboolean
tampered (GError **error, const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_TAMPERED, message);
  return FALSE;
}

static char *
format_time (gint64 microseconds)
{
  g_autoptr (GDateTime) time = g_date_time_new_from_unix_local (microseconds / G_USEC_PER_SEC);
  return time != NULL ? g_date_time_format (time, "%Y-%m-%d %H:%M:%S") : g_strdup ("?");
}

/* The anchors of every log, each checked against the public key kept
 * beside them: log name → GArray of Anchor in file order. */
static GHashTable *
read_anchors (const char *directory, GError **error)
{
  g_autofree char *path = g_build_filename (directory, "anchors.txt", NULL);
  g_autofree char *public_hex = NULL;
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GHashTable) anchors
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);

  public_hex = kansio_seal_key_read_public (directory, error);
  if (public_hex == NULL)
    return NULL;
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return g_steal_pointer (&anchors);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) parts = NULL;
      g_autofree char *message = NULL;
      GArray *list;
      Anchor anchor = { 0 };

      if (*lines[i] == '\0')
        continue;
      parts = g_strsplit (lines[i], " ", -1);
      if (g_strv_length (parts) != 7 || !g_str_equal (parts[0], "kansio-anchor-v1")
          || !_kansio_log_hash_from_hex (parts[3], anchor.hash))
        {
          tampered (error, _ ("Line %u of the anchors file is damaged."), i + 1);
          return NULL;
        }
      message
          = g_strjoinv (" ", (char *[]){ parts[0], parts[1], parts[2], parts[3], parts[4], NULL });
      if (!kansio_seal_key_verify (public_hex, message, parts[6]))
        {
          tampered (error, _ ("Line %u of the anchors file is not signed by the sealing key."),
                    i + 1);
          return NULL;
        }
      anchor.position = g_ascii_strtoll (parts[2], NULL, 10);
      anchor.sealed_at = g_ascii_strtoll (parts[4], NULL, 10);

      list = g_hash_table_lookup (anchors, parts[1]);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (Anchor));
          g_hash_table_insert (anchors, g_strdup (parts[1]), list);
        }
      g_array_append_val (list, anchor);
    }
  return g_steal_pointer (&anchors);
}

static gboolean
check_document (PGresult *rows, int r, const char *const *fields, GError **error)
{
  size_t length = 0;
  guchar *pdf = PQunescapeBytea ((const guchar *) PQgetvalue (rows, r, 4 + 11), &length);
  g_autofree char *actual = NULL;
  gboolean same;

  if (pdf == NULL)
    return tampered (error, _ ("Document %s cannot be read."), fields[0]);
  actual = g_compute_checksum_for_data (G_CHECKSUM_SHA256, pdf, length);
  PQfreemem (pdf);
  same = g_strcmp0 (actual, fields[DOCUMENT_SHA256_FIELD]) == 0;
  if (!same)
    return tampered (error, _ ("The PDF of document %s is not the one that was stored."),
                     fields[0]);
  return TRUE;
}

static int
compare_anchors (gconstpointer a, gconstpointer b)
{
  gint64 left = ((const Anchor *) a)->position;
  gint64 right = ((const Anchor *) b)->position;

  return (left > right) - (left < right);
}

static gboolean
verify_chain (PGconn *conn,
              Verify *verify,
              const KansioLogChain *chain,
              GArray *anchors,
              GCancellable *cancellable,
              GError **error)
{
  const gboolean is_document = g_str_equal (chain->name, "document");
  const char *label = kansio_audit_log_label (chain->name);
  g_autofree char *select = g_strdup_printf (
      "SELECT s.position::text, s.row_id::text, encode (s.row_hash, 'hex'), t.id IS NULL, %s%s "
      "FROM kansio.log_seal s LEFT JOIN %s t ON t.id = s.row_id "
      "WHERE s.log = $1 AND s.position > $2::bigint ORDER BY s.position LIMIT %d",
      chain->fields, is_document ? ", t.pdf" : "", chain->table,
      is_document ? DOCUMENT_BATCH : VERIFY_BATCH);
  g_autofree char *unsealed_sql
      = g_strdup_printf ("SELECT count (*) FROM %s t WHERE NOT EXISTS "
                         "(SELECT 1 FROM kansio.log_seal s WHERE s.log = $1 AND s.row_id = t.id)",
                         chain->table);
  g_autoptr (PGresult) head = NULL;
  g_autoptr (PGresult) unsealed = NULL;
  g_autoptr (GArray) sorted = g_array_copy (anchors);
  guint8 previous[KANSIO_LOG_HASH_SIZE];
  gsize previous_length = 0;
  gint64 position = 0;
  guint next_anchor = 0;
  guint8 head_hash[KANSIO_LOG_HASH_SIZE];
  gint64 head_position;

  g_array_sort (sorted, compare_anchors);

  for (;;)
    {
      g_autofree char *after = g_strdup_printf ("%" G_GINT64_FORMAT, position);
      g_autoptr (PGresult) rows = _kansio_pq_exec (
          conn, select, 2, (const char *const[]){ chain->name, after }, cancellable, error);
      int n_rows;

      if (rows == NULL)
        return FALSE;
      n_rows = PQntuples (rows);
      if (n_rows == 0)
        break;

      for (int r = 0; r < n_rows; r++)
        {
          g_autofree const char **fields = g_new0 (const char *, chain->n_fields);
          g_autofree gboolean *is_null = g_new0 (gboolean, chain->n_fields);
          gint64 sealed_position = g_ascii_strtoll (PQgetvalue (rows, r, 0), NULL, 10);
          const char *row_id = PQgetvalue (rows, r, 1);
          guint8 stored[KANSIO_LOG_HASH_SIZE];
          guint8 hash[KANSIO_LOG_HASH_SIZE];

          position++;
          if (sealed_position != position)
            return tampered (error, _ ("Row %lld of the seal of the %s is missing."),
                             (long long) position, label);
          if (g_str_equal (PQgetvalue (rows, r, 3), "t"))
            return tampered (error, _ ("Row %lld (id %s) of the %s was removed."),
                             (long long) position, row_id, label);

          for (guint f = 0; f < chain->n_fields; f++)
            {
              is_null[f] = PQgetisnull (rows, r, (int) f + 4);
              fields[f] = PQgetvalue (rows, r, (int) f + 4);
            }
          _kansio_log_chain_hash (previous, previous_length, chain->name, position, fields, is_null,
                                  chain->n_fields, hash);

          if (!_kansio_log_hash_from_hex (PQgetvalue (rows, r, 2), stored)
              || memcmp (stored, hash, sizeof hash) != 0)
            return tampered (error,
                             _ ("Row %lld (id %s) of the %s was changed after it was sealed."),
                             (long long) position, row_id, label);
          if (is_document && !check_document (rows, r, fields, error))
            return FALSE;

          /* The anchors hold what the database cannot rewrite: a chain
           * recomputed after a change, seal and all, differs here. */
          for (; next_anchor < sorted->len
                 && g_array_index (sorted, Anchor, next_anchor).position == position;
               next_anchor++)
            if (memcmp (g_array_index (sorted, Anchor, next_anchor).hash, hash, sizeof hash) != 0)
              {
                g_autofree char *when
                    = format_time (g_array_index (sorted, Anchor, next_anchor).sealed_at);
                return tampered (error,
                                 _ ("The %s up to row %lld is not what was sealed on %s: rows "
                                    "before it were changed, added or removed."),
                                 label, (long long) position, when);
              }

          memcpy (previous, hash, sizeof hash);
          previous_length = sizeof previous;
        }
    }

  if (next_anchor < sorted->len)
    {
      const Anchor *last = &g_array_index (sorted, Anchor, sorted->len - 1);
      g_autofree char *when = format_time (last->sealed_at);

      return tampered (error,
                       _ ("The %s ends at row %lld, but it was sealed up to row %lld on %s: rows "
                          "were removed."),
                       label, (long long) position, (long long) last->position, when);
    }

  head = _kansio_pq_exec (conn,
                          "SELECT position::text, encode (hash, 'hex') FROM kansio.log_seal_head "
                          "WHERE log = $1",
                          1, (const char *const[]){ chain->name }, cancellable, error);
  if (head == NULL)
    return FALSE;
  head_position = PQntuples (head) == 1 ? g_ascii_strtoll (PQgetvalue (head, 0, 0), NULL, 10) : -1;
  if (head_position != position
      || (position > 0
          && (!_kansio_log_hash_from_hex (PQgetvalue (head, 0, 1), head_hash)
              || memcmp (head_hash, previous, sizeof previous) != 0)))
    return tampered (error,
                     _ ("The seal of the %s ends at row %lld, but its head says otherwise: the "
                        "seal was changed."),
                     label, (long long) position);

  unsealed = _kansio_pq_exec (conn, unsealed_sql, 1, (const char *const[]){ chain->name },
                              cancellable, error);
  if (unsealed == NULL)
    return FALSE;

  g_string_append_printf (
      verify->report,
      _ ("%s: %lld sealed rows intact, %u anchors checked, %s rows not yet sealed.\n"), label,
      (long long) position, sorted->len, PQgetvalue (unsealed, 0, 0));
  return TRUE;
}

static gboolean
verify_job (PGconn *conn, gpointer data, GCancellable *cancellable, GError **error)
{
  Verify *verify = data;
  g_autoptr (GHashTable) anchors = read_anchors (verify->directory, error);
  g_autoptr (GArray) none = g_array_new (FALSE, FALSE, sizeof (Anchor));
  guint n_chains;
  const KansioLogChain *chains = _kansio_log_chains (&n_chains);

  if (anchors == NULL)
    return FALSE;

  /* One snapshot for the whole walk, so rows sealed meanwhile do not
   * look like a seal without anchors. */
  if (!_kansio_pq_run (conn, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", cancellable, error)
      || !_kansio_pq_run (conn, "SET LOCAL statement_timeout = 0", cancellable, error))
    return FALSE;

  for (guint i = 0; i < n_chains; i++)
    {
      GArray *list = g_hash_table_lookup (anchors, chains[i].name);

      if (!verify_chain (conn, verify, &chains[i], list != NULL ? list : none, cancellable, error))
        return FALSE;
    }
  return _kansio_pq_run (conn, "COMMIT", cancellable, error);
}

/**
 * kansio_audit_log_label:
 * @log: "usage", "disclosure" or "document"
 *
 * The log's name in the user's language, to put in a sentence.
 */
const char *
kansio_audit_log_label (const char *log)
{
  if (g_strcmp0 (log, "usage") == 0)
    return _ ("usage log");
  if (g_strcmp0 (log, "disclosure") == 0)
    return _ ("disclosure log");
  if (g_strcmp0 (log, "document") == 0)
    return _ ("document log");
  return log;
}

/**
 * kansio_audit_verify_async:
 * @database: a connection as the database's sealing role (kansio_sealer)
 * @directory: the folder of the anchors file and the public sealing key
 *
 * Recomputes every seal from the rows and checks every anchor; the first
 * disagreement is a %KANSIO_AUDIT_ERROR_TAMPERED error naming the row.
 */
void
kansio_audit_verify_async (KansioDatabase *database,
                           const char *directory,
                           GCancellable *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer user_data)
{
  Verify *verify;

  g_return_if_fail (KANSIO_IS_DATABASE (database));
  g_return_if_fail (directory != NULL);

  verify = g_new0 (Verify, 1);
  verify->directory = g_strdup (directory);
  verify->report = g_string_new (NULL);
  _kansio_database_run_async (database, verify_job, verify, (GDestroyNotify) verify_free,
                              cancellable, callback, user_data);
}

/**
 * kansio_audit_verify_finish:
 * @report: (out) (optional): a line a log, when all is intact
 */
gboolean
kansio_audit_verify_finish (GAsyncResult *result, char **report, GError **error)
{
  g_autoptr (GObject) database = g_async_result_get_source_object (result);

  if (!_kansio_database_run_finish (KANSIO_DATABASE (database), result, error))
    return FALSE;
  if (report != NULL)
    *report = g_strdup (((Verify *) _kansio_database_run_get_data (result))->report->str);
  return TRUE;
}
