/* kansio-audit-seal.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-audit-seal"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "kansio-audit-seal.h"
#include "kansio-audit-verify.h"
#include "kansio-database-error.h"
#include "kansio-database-private.h"
#include "kansio-log-chain-private.h"
#include "kansio-pq-private.h"
#include "kansio-seal-key.h"

/*
 * Sealing: the separate step that chains the logs (0012 says why).
 *
 * Each log is sealed in batches, each batch one transaction: lock the
 * log's seal head without waiting (another sealer at work means this one
 * has nothing to do), note the oldest running transaction, read the
 * committed rows that have no seal yet, hash them in order, append their
 * seals and move the head. Then the new head is signed and appended to
 * the anchors file, outside the database.
 */

#define SEAL_BATCH 5000
#define RECEIPT_KEEP "5 minutes"

typedef struct
{
  char *directory;
  KansioSealKey *key;
  guint64 n_sealed;
} Seal;

static void
seal_free (Seal *seal)
{
  g_free (seal->directory);
  g_clear_object (&seal->key);
  g_free (seal);
}

/* One line: "kansio-anchor-v1 LOG POSITION HASH SEALED-AT-US PUBLIC SIGNATURE";
 * the signature covers the first five fields. */
static gboolean
append_anchor (Seal *seal, const char *log, gint64 position, const char *hash_hex, GError **error)
{
  g_autofree char *path = g_build_filename (seal->directory, "anchors.txt", NULL);
  g_autofree char *message
      = g_strdup_printf ("kansio-anchor-v1 %s %" G_GINT64_FORMAT " %s %" G_GINT64_FORMAT, log,
                         position, hash_hex, g_get_real_time ());
  g_autofree char *signature = kansio_seal_key_sign (seal->key, message);
  g_autofree char *line = g_strdup_printf ("%s %s %s\n", message,
                                           kansio_seal_key_get_public_hex (seal->key), signature);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  gsize length = strlen (line);
  gboolean ok;

  if (fd < 0)
    {
      g_set_error (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_ANCHORS,
                   _ ("The anchors file “%s” could not be opened: %s"), path, g_strerror (errno));
      return FALSE;
    }
  ok = write (fd, line, length) == (gssize) length && fsync (fd) == 0;
  if (!ok)
    g_set_error (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_ANCHORS,
                 _ ("The anchors file “%s” could not be written: %s"), path, g_strerror (errno));
  close (fd);
  return ok;
}

static gboolean
rollback (PGconn *conn)
{
  g_autoptr (GError) ignored = NULL;
  return _kansio_pq_run (conn, "ROLLBACK", NULL, &ignored);
}

/* Seals one batch of @chain; *done when nothing more is waiting (or
 * another sealer holds the log). */
static gboolean
seal_batch (PGconn *conn,
            Seal *seal,
            const KansioLogChain *chain,
            gint64 *head_position,
            char **head_hex,
            gboolean *done,
            GCancellable *cancellable,
            GError **error)
{
  const char *log_param[] = { chain->name };
  g_autoptr (GError) local_error = NULL;
  g_autoptr (PGresult) head = NULL;
  g_autoptr (PGresult) mark = NULL;
  g_autoptr (PGresult) rows = NULL;
  g_autoptr (PGresult) written = NULL;
  g_autofree char *select = NULL;
  g_autoptr (GString) positions = g_string_new ("{");
  g_autoptr (GString) ids = g_string_new ("{");
  g_autoptr (GString) hashes = g_string_new ("{");
  g_autofree char *position_text = NULL;
  g_autofree char *hash_hex = NULL;
  guint8 previous[KANSIO_LOG_HASH_SIZE];
  gsize previous_length = 0;
  gint64 position;
  int n_rows;

  *done = TRUE;
  if (!_kansio_pq_run (conn, "BEGIN", cancellable, error)
      || !_kansio_pq_run (conn, "SET LOCAL statement_timeout = 0", cancellable, error))
    return FALSE;

  head = _kansio_pq_exec (conn,
                          "SELECT position, encode (hash, 'hex'), watermark::text "
                          "FROM kansio.log_seal_head WHERE log = $1 FOR UPDATE NOWAIT",
                          1, log_param, cancellable, &local_error);
  if (head == NULL)
    {
      rollback (conn);
      /* 55P03: another sealer has this log; it will seal what we would. */
      if (g_strcmp0 (kansio_database_error_get_sqlstate (local_error), "55P03") == 0)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (PQntuples (head) != 1)
    {
      rollback (conn);
      g_set_error (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_TAMPERED,
                   _ ("The seal of the %s has no head."), kansio_audit_log_label (chain->name));
      return FALSE;
    }

  position = g_ascii_strtoll (PQgetvalue (head, 0, 0), NULL, 10);
  if (position > 0)
    {
      if (!_kansio_log_hash_from_hex (PQgetvalue (head, 0, 1), previous))
        {
          rollback (conn);
          g_set_error (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_TAMPERED,
                       _ ("The seal head of the %s is damaged."),
                       kansio_audit_log_label (chain->name));
          return FALSE;
        }
      previous_length = sizeof previous;
    }

  /* Taken before the rows are read: every transaction older than this has
   * ended, so all its rows are visible to the next statement. */
  mark = _kansio_pq_exec (conn, "SELECT pg_snapshot_xmin (pg_current_snapshot ())::text", 0, NULL,
                          cancellable, error);
  if (mark == NULL)
    return FALSE;

  select
      = g_strdup_printf ("SELECT %s FROM %s t WHERE t.xact >= $1::xid8 AND NOT EXISTS "
                         "(SELECT 1 FROM kansio.log_seal s WHERE s.log = $2 AND s.row_id = t.id) "
                         "ORDER BY t.id LIMIT %d",
                         chain->fields, chain->table, SEAL_BATCH);
  rows = _kansio_pq_exec (conn, select, 2,
                          (const char *const[]){ PQgetvalue (head, 0, 2), chain->name },
                          cancellable, error);
  if (rows == NULL)
    return FALSE;

  n_rows = PQntuples (rows);
  for (int r = 0; r < n_rows; r++)
    {
      g_autofree const char **fields = g_new0 (const char *, chain->n_fields);
      g_autofree gboolean *is_null = g_new0 (gboolean, chain->n_fields);
      guint8 hash[KANSIO_LOG_HASH_SIZE];
      g_autofree char *hex = NULL;

      for (guint f = 0; f < chain->n_fields; f++)
        {
          is_null[f] = PQgetisnull (rows, r, (int) f);
          fields[f] = PQgetvalue (rows, r, (int) f);
        }
      position++;
      _kansio_log_chain_hash (previous, previous_length, chain->name, position, fields, is_null,
                              chain->n_fields, hash);
      memcpy (previous, hash, sizeof hash);
      previous_length = sizeof previous;

      hex = _kansio_log_hash_to_hex (hash, sizeof hash);
      g_string_append_printf (positions, "%s%" G_GINT64_FORMAT, r > 0 ? "," : "", position);
      g_string_append_printf (ids, "%s%s", r > 0 ? "," : "", fields[0]);
      g_string_append_printf (hashes, "%s%s", r > 0 ? "," : "", hex);
    }
  g_string_append_c (positions, '}');
  g_string_append_c (ids, '}');
  g_string_append_c (hashes, '}');

  position_text = g_strdup_printf ("%" G_GINT64_FORMAT, position);
  hash_hex
      = previous_length > 0 ? _kansio_log_hash_to_hex (previous, previous_length) : g_strdup ("");
  written = _kansio_pq_exec (
      conn,
      "WITH sealed AS (INSERT INTO kansio.log_seal (log, position, row_id, row_hash) "
      "  SELECT $1, p, r, decode (h, 'hex') FROM unnest ($2::bigint[], $3::bigint[], $4::text[]) "
      "  AS u (p, r, h)) "
      "UPDATE kansio.log_seal_head SET position = $5::bigint, hash = decode ($6, 'hex'), "
      "  watermark = CASE WHEN $7 THEN $8::xid8 ELSE watermark END WHERE log = $1",
      8,
      (const char *const[]){ chain->name, positions->str, ids->str, hashes->str, position_text,
                             hash_hex, n_rows < SEAL_BATCH ? "true" : "false",
                             PQgetvalue (mark, 0, 0) },
      cancellable, error);
  if (written == NULL || !_kansio_pq_run (conn, "COMMIT", cancellable, error))
    return FALSE;

  seal->n_sealed += (guint64) n_rows;
  *head_position = position;
  g_free (*head_hex);
  *head_hex = g_steal_pointer (&hash_hex);
  *done = n_rows < SEAL_BATCH;
  return TRUE;
}

static gboolean
seal_job (PGconn *conn, gpointer data, GCancellable *cancellable, GError **error)
{
  Seal *seal = data;
  guint n_chains;
  const KansioLogChain *chains = _kansio_log_chains (&n_chains);

  for (guint i = 0; i < n_chains; i++)
    {
      g_autofree char *head_hex = NULL;
      gint64 head_position = 0;
      guint64 before = seal->n_sealed;
      gboolean done = FALSE;

      while (!done)
        if (!seal_batch (conn, seal, &chains[i], &head_position, &head_hex, &done, cancellable,
                         error))
          return FALSE;

      /* Each head that moved is signed and kept outside the database. */
      if (seal->n_sealed > before
          && !append_anchor (seal, chains[i].name, head_position, head_hex, error))
        return FALSE;
    }

  /* Receipts only need to outlive the window of kansio.log_read. */
  return _kansio_pq_run (conn,
                         "DELETE FROM kansio.read_receipt "
                         "WHERE logged_at < clock_timestamp () - interval '" RECEIPT_KEEP "'",
                         cancellable, error);
}

/**
 * kansio_audit_seal_async:
 * @database: a connection as the database's sealing role (kansio_sealer)
 * @directory: the folder of the sealing key and the anchors file, outside
 *   the database; a new key is made there the first time
 *
 * Seals every committed log row and stored document that has no seal yet,
 * and appends the signed new heads to @directory/anchors.txt.
 */
void
kansio_audit_seal_async (KansioDatabase *database,
                         const char *directory,
                         GCancellable *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioSealKey) key = NULL;
  Seal *seal;

  g_return_if_fail (KANSIO_IS_DATABASE (database));
  g_return_if_fail (directory != NULL);

  key = kansio_seal_key_load (directory, TRUE, &error);
  if (key == NULL)
    {
      g_task_report_error (database, callback, user_data, kansio_audit_seal_async,
                           g_steal_pointer (&error));
      return;
    }

  seal = g_new0 (Seal, 1);
  seal->directory = g_strdup (directory);
  seal->key = g_steal_pointer (&key);
  _kansio_database_run_async (database, seal_job, seal, (GDestroyNotify) seal_free, cancellable,
                              callback, user_data);
}

gboolean
kansio_audit_seal_finish (GAsyncResult *result, guint64 *n_sealed, GError **error)
{
  GObject *database = g_async_result_get_source_object (result);
  gboolean ok;

  g_object_unref (database);
  if (g_async_result_is_tagged (result, kansio_audit_seal_async))
    return g_task_propagate_boolean (G_TASK (result), error);

  ok = _kansio_database_run_finish (KANSIO_DATABASE (database), result, error);
  if (ok && n_sealed != NULL)
    *n_sealed = ((Seal *) _kansio_database_run_get_data (result))->n_sealed;
  return ok;
}
