/* test-security-log.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The log core from the attacker's side (issue 10, parts 2 and 3): no
 * user's transaction holds up another user, the sealer never waits for a
 * user, and whatever the database's own superuser rewrites is found by the
 * next verification against the anchors.
 */
#include "config.h"

#include <string.h>

#include <libpq-fe.h>

#include "kansio-test-util.h"

static KansioRows *
query_ok (KansioDatabase *database, const char *sql)
{
  g_autoptr (GError) error = NULL;
  KansioRows *rows = kansio_test_query (database, sql, &error);

  g_assert_no_error (error);
  return rows;
}

static gint64
scalar (KansioDatabase *database, const char *sql)
{
  g_autoptr (KansioRows) rows = query_ok (database, sql);
  return kansio_rows_get_int64 (rows, 0, 0);
}

static guint64
seal (KansioTestDatabase *database, const char *directory)
{
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;
  guint64 n_sealed = 0;

  kansio_audit_seal_async (database->database, directory, NULL, kansio_test_store_result_cb,
                           &result);
  g_assert_true (kansio_audit_seal_finish (kansio_test_wait (&result), &n_sealed, &error));
  g_assert_no_error (error);
  g_object_unref (result);
  return n_sealed;
}

/* NULL when intact; otherwise what the verifier says is wrong. */
static char *
verify (KansioTestDatabase *database, const char *directory, char **report)
{
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;
  gboolean ok;

  kansio_audit_verify_async (database->database, directory, NULL, kansio_test_store_result_cb,
                             &result);
  ok = kansio_audit_verify_finish (kansio_test_wait (&result), report, &error);
  g_object_unref (result);
  if (ok)
    return NULL;
  g_assert_error (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_TAMPERED);
  return g_strdup (error->message);
}

static PGconn *
connect_raw (KansioTestDatabase *database, const char *role)
{
  g_autofree char *conninfo = g_strdup_printf ("%s user=%s", database->conninfo, role);
  PGconn *conn = PQconnectdb (conninfo);

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  return conn;
}

static void
exec_raw (PGconn *conn, const char *sql, ExecStatusType expected)
{
  PGresult *result = PQexec (conn, sql);

  if (PQresultStatus (result) != expected)
    g_error ("%s: %s", sql, PQresultErrorMessage (result));
  PQclear (result);
}

/* Some reads, a disclosure and a stored document, each a row to seal. */
static void
make_rows (KansioTestDatabase *database)
{
  g_autoptr (KansioDatabase) handler
      = kansio_test_database_connect_as (database, "demo_kasittelija");
  /* Each a call of its own: eight usage rows with the disclosure's. */
  const char *reads[] = {
    "SELECT * FROM api.person_search ('virt')",
    "SELECT * FROM api.person_search ('aino')",
    "SELECT * FROM api.person_search ('mikko')",
    "SELECT * FROM api.person_search ('liisa')",
    "SELECT * FROM api.person_cases ((SELECT person_id FROM api.person_search ('140384-9027')))",
    "SELECT * FROM api.person_relations ((SELECT person_id FROM api.person_search "
    "('140384-9027')))",
  };

  for (guint i = 0; i < G_N_ELEMENTS (reads); i++)
    {
      g_autoptr (KansioRows) rows = query_ok (handler, reads[i]);
      g_assert_cmpuint (kansio_rows_get_n_rows (rows), >, 0);
    }
  {
    g_autoptr (KansioRows) rows = query_ok (
        handler, "SELECT api.disclosure_record ((SELECT person_id FROM api.person_search "
                 "('140384-9027')), 'päätös', 'asiakas', 'hallintolaki 54 §')");
  }
  {
    g_autoptr (KansioRows) rows = query_ok (
        database->database,
        "INSERT INTO kansio.document (person_id, case_id, template_version_id, kind, language, "
        "  title, pdf, sha256, page_count) "
        "SELECT c.person_id, c.id, 3, 'letter', 'fi', 'Kirje', '\\x255044462d312e34'::bytea, "
        "  encode (sha256 ('\\x255044462d312e34'::bytea), 'hex'), 1 "
        "FROM kansio.client_case c JOIN kansio.person p ON p.id = c.person_id "
        "WHERE p.identity_code = '140384-9027' AND c.closed_on IS NULL LIMIT 1");
  }
}

/* Runs @steps as the superuser with the user triggers of the log tables
 * off, as someone with full control of the database would. */
static void
tamper (KansioTestDatabase *database, const char *const *steps)
{
  g_autoptr (KansioDatabase) superuser = kansio_database_new (database->conninfo);
  const char *tables[] = { "kansio.usage_log", "kansio.disclosure_log", "kansio.document",
                           "kansio.log_seal", "kansio.log_seal_head" };

  g_clear_object (&superuser);
  superuser = kansio_database_new (database->conninfo);
  {
    g_autoptr (KansioRows) rows = query_ok (superuser, "BEGIN");
  }
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("ALTER TABLE %s DISABLE TRIGGER USER", tables[i]);
      g_autoptr (KansioRows) rows = query_ok (superuser, sql);
    }
  for (guint i = 0; steps[i] != NULL; i++)
    {
      g_autoptr (KansioRows) rows = query_ok (superuser, steps[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("ALTER TABLE %s ENABLE TRIGGER USER", tables[i]);
      g_autoptr (KansioRows) rows = query_ok (superuser, sql);
    }
  {
    g_autoptr (KansioRows) rows = query_ok (superuser, "COMMIT");
  }
}

/* Recomputes the usage log's seal from position 1 in SQL, as an attacker
 * who read our migration would after changing rows. */
#define RECHAIN_USAGE                                                                              \
  "DO $$ DECLARE r record; previous bytea := '\\x'; n bigint := 0; h bytea; BEGIN "                \
  "DELETE FROM kansio.log_seal WHERE log = 'usage'; "                                              \
  "FOR r IN SELECT id FROM kansio.usage_log ORDER BY id LOOP n := n + 1; "                         \
  "h := kansio.seal_hash (previous, 'usage', n, kansio.seal_row_fields ('usage', r.id)); "         \
  "INSERT INTO kansio.log_seal (log, position, row_id, row_hash) VALUES ('usage', n, r.id, h); "   \
  "previous := h; END LOOP; "                                                                      \
  "UPDATE kansio.log_seal_head SET position = n, hash = previous WHERE log = 'usage'; END $$"

#define USAGE_ROW(position)                                                                        \
  "(SELECT row_id FROM kansio.log_seal WHERE log = 'usage' AND position = " #position ")"

typedef struct
{
  const char *what;
  const char *steps[6];
  const char *found; /* in what the verifier says */
} Tampering;

static const Tampering tamperings[] = {
  { "a row changed",
    { "UPDATE kansio.usage_log SET view = 'nothing' WHERE id = " USAGE_ROW (3), NULL },
    "Row 3 (id" },
  { "a row changed and its seal recomputed",
    { "UPDATE kansio.usage_log SET person_ids = '{}' WHERE id = " USAGE_ROW (2), RECHAIN_USAGE,
      NULL },
    "is not what was sealed" },
  { "the last rows removed and the head moved back",
    { "DELETE FROM kansio.usage_log WHERE id IN (SELECT row_id FROM kansio.log_seal "
      "WHERE log = 'usage' AND position > 3)",
      "DELETE FROM kansio.log_seal WHERE log = 'usage' AND position > 3",
      "UPDATE kansio.log_seal_head SET position = 3, hash = (SELECT row_hash FROM "
      "kansio.log_seal WHERE log = 'usage' AND position = 3) WHERE log = 'usage'",
      NULL },
    "rows were removed" },
  { "the log truncated and the head reset",
    { "TRUNCATE kansio.usage_log", "DELETE FROM kansio.log_seal WHERE log = 'usage'",
      "UPDATE kansio.log_seal_head SET position = 0, hash = '\\x' WHERE log = 'usage'", NULL },
    "ends at row 0" },
  { "a row removed and every later row chained again",
    { "DELETE FROM kansio.usage_log WHERE id = " USAGE_ROW (2), RECHAIN_USAGE, NULL },
    "rows were removed" },
  { "a row inserted and every later row chained again",
    { "INSERT INTO kansio.usage_log (id, person_ids, view, purpose, logged_at, login_role) "
      "OVERRIDING SYSTEM VALUE "
      "VALUES (0, '{1}', 'person', 'forged', now () - interval '1 hour', 'demo_lukija')",
      RECHAIN_USAGE, NULL },
    "is not what was sealed" },
  { "a row removed and its seal with it",
    { "DELETE FROM kansio.usage_log WHERE id = " USAGE_ROW (4),
      "DELETE FROM kansio.log_seal WHERE log = 'usage' AND position = 4", NULL },
    "Row 4 of the seal of the usage log is missing" },
  { "the database's own check replaced",
    { "UPDATE kansio.usage_log SET purpose = 'innocent' WHERE id = " USAGE_ROW (1),
      "CREATE OR REPLACE FUNCTION api.audit_verify () RETURNS TABLE (log text, rows_checked "
      "bigint, ok boolean, problem text) LANGUAGE sql SECURITY DEFINER AS "
      "$$ SELECT l, 1::bigint, true, NULL::text FROM unnest (ARRAY['usage', 'disclosure', "
      "'document']) l $$",
      "CREATE OR REPLACE FUNCTION kansio.seal_hash (p_previous bytea, p_log text, p_position "
      "bigint, "
      "p_fields text[]) RETURNS bytea "
      "LANGUAGE sql AS $$ SELECT '\\x00'::bytea $$",
      NULL },
    "Row 1 (id" },
  { "a disclosure changed",
    { "UPDATE kansio.disclosure_log SET recipient = 'nobody'", NULL },
    "disclosure log was changed" },
  { "a stored PDF swapped with its hash",
    { "UPDATE kansio.document SET pdf = '\\x255044462d666f72676564'::bytea, "
      "sha256 = encode (sha256 ('\\x255044462d666f72676564'::bytea), 'hex')",
      NULL },
    "document log was changed" },
  { "a stored PDF swapped, its hash kept",
    { "ALTER TABLE kansio.document DROP CONSTRAINT document_check",
      "UPDATE kansio.document SET pdf = '\\x255044462d666f72676564'::bytea", NULL },
    "is not the one that was stored" },
};

static void
test_tampering_found (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (tamperings); i++)
    {
      g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
      g_autofree char *directory = g_dir_make_tmp ("kansio-anchors-XXXXXX", NULL);
      g_autofree char *report = NULL;
      g_autofree char *problem = NULL;
      g_autoptr (KansioRows) rows = NULL;

      make_rows (database);
      g_assert_cmpuint (seal (database, directory), ==, 10);
      problem = verify (database, directory, &report);
      g_assert_null (problem);
      g_test_message ("%s", report);

      tamper (database, tamperings[i].steps);
      problem = verify (database, directory, NULL);
      g_test_message ("%s → %s", tamperings[i].what, problem);
      g_assert_nonnull (problem);
      g_assert_nonnull (strstr (problem, tamperings[i].found));

      /* Sealing again does not launder it. */
      seal (database, directory);
      g_free (problem);
      problem = verify (database, directory, NULL);
      g_assert_nonnull (problem);

      /* Where the database's own check was replaced, it is fooled; the
       * verifier outside is not. */
      if (strstr (tamperings[i].what, "own check") != NULL)
        {
          rows = query_ok (database->database, "SELECT bool_and (ok) FROM api.audit_verify ()");
          g_assert_true (kansio_rows_get_boolean (rows, 0, 0));
        }
    }
}

/* An anchor line that was not signed by the sealing key is found too. */
static void
test_forged_anchor_found (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autofree char *directory = g_dir_make_tmp ("kansio-anchors-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "anchors.txt", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *forged = NULL;
  g_autofree char *line = NULL;
  g_autofree char *problem = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  g_auto (GStrv) fields = NULL;

  make_rows (database);
  seal (database, directory);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));

  /* The first anchor again, with another head hash but its old signature. */
  lines = g_strsplit (contents, "\n", -1);
  fields = g_strsplit (lines[0], " ", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 7);
  g_free (fields[3]);
  fields[3] = g_strnfill (64, '0');
  line = g_strjoinv (" ", fields);
  forged = g_strdup_printf ("%s%s\n", contents, line);
  g_assert_true (g_file_set_contents (path, forged, -1, &error));

  problem = verify (database, directory, NULL);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "not signed by the sealing key"));
}

/* The sealer seals what has committed and never waits for a user: a row
 * whose transaction is still open is sealed by a later run. */
static void
test_sealer_never_waits (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioDatabase) other = kansio_test_database_connect_as (database, "demo_paattaja");
  g_autofree char *directory = g_dir_make_tmp ("kansio-anchors-XXXXXX", NULL);
  g_autofree char *report = NULL;
  g_autofree char *problem = NULL;
  g_autoptr (KansioRows) rows = NULL;
  PGconn *holder = connect_raw (database, "demo_lukija");

  make_rows (database);
  exec_raw (holder, "BEGIN", PGRES_COMMAND_OK);
  exec_raw (holder, "SELECT * FROM api.person_search ('virt')", PGRES_TUPLES_OK);

  /* Another user's read commits after the open one began. */
  rows = query_ok (other, "SELECT * FROM api.person_search ('virt')");
  g_assert_cmpuint (seal (database, directory), ==, 11);
  g_assert_cmpint (scalar (database->database,
                           "SELECT count (*) FROM kansio.log_seal s JOIN kansio.usage_log u "
                           "ON u.id = s.row_id AND s.log = 'usage' "
                           "WHERE u.login_role = 'demo_lukija'"),
                   ==, 0);

  exec_raw (holder, "COMMIT", PGRES_COMMAND_OK);
  PQfinish (holder);
  g_assert_cmpuint (seal (database, directory), ==, 1);

  problem = verify (database, directory, &report);
  g_assert_null (problem);
  g_test_message ("%s", report);
  g_assert_nonnull (strstr (report, "usage log: 10 sealed rows intact"));
  g_assert_nonnull (strstr (report, " 0 rows not yet sealed"));
}

/* A user's open transaction after a read, or a long statement, delays
 * nobody else's read or write (before 0012 every other read failed after
 * a 5 s lock wait). */
static void
test_open_transaction_blocks_nobody (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioDatabase) handler
      = kansio_test_database_connect_as (database, "demo_kasittelija");
  PGconn *holder = connect_raw (database, "demo_lukija");
  PGconn *sleeper = connect_raw (database, "demo_paattaja");
  const char *calls[] = {
    "SELECT * FROM api.person_search ('virt')",
    "SELECT first_names FROM api.person_get ((SELECT person_id FROM api.person_search "
    "('140384-9027')))",
    "SELECT api.disclosure_record ((SELECT person_id FROM api.person_search ('140384-9027')), "
    "'päätös', 'asiakas', 'hallintolaki 54 §')",
  };

  exec_raw (holder, "BEGIN", PGRES_COMMAND_OK);
  exec_raw (holder, "SELECT * FROM api.person_search ('virt')", PGRES_TUPLES_OK);
  exec_raw (holder, "SELECT * FROM api.person_search ('virt')", PGRES_TUPLES_OK);
  /* A long statement after a read, still running while the others work. */
  g_assert_true (PQsendQuery (sleeper, "BEGIN; SELECT * FROM api.person_search ('virt'); "
                                       "SELECT pg_sleep (3); COMMIT"));

  for (guint i = 0; i < G_N_ELEMENTS (calls); i++)
    {
      gint64 started = g_get_monotonic_time ();
      g_autoptr (KansioRows) rows = query_ok (handler, calls[i]);

      g_assert_cmpuint (kansio_rows_get_n_rows (rows), >, 0);
      g_test_message ("%s: %.1f ms while another user's transaction is open", calls[i],
                      (g_get_monotonic_time () - started) / 1000.0);
    }
  g_assert_cmpint (PQtransactionStatus (holder), ==, PQTRANS_INTRANS);

  exec_raw (holder, "ROLLBACK", PGRES_COMMAND_OK);
  PQfinish (holder);
  for (PGresult *result; (result = PQgetResult (sleeper)) != NULL;)
    PQclear (result);
  PQfinish (sleeper);
}

/* Found in issue 11's attack round: a user set their own timeouts off and
 * held a decision's row lock in an open transaction, and every decide
 * failed on it. The server ends such a session, whatever it set. */
static void
test_stuck_session_ended (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  PGconn *holder = connect_raw (database, "demo_lukija");
  PGconn *service = connect_raw (database, "kansio_documents");
  PGconn *watcher = connect_raw (database, "postgres");
  g_autoptr (KansioRows) shorter = NULL;
  int pid = PQbackendPID (holder);
  gboolean ended = FALSE;

  shorter = query_ok (database->database,
                      "UPDATE kansio.setting SET value = '1' WHERE key = 'stuck_session_seconds'");
  exec_raw (holder, "SET idle_in_transaction_session_timeout = 0", PGRES_COMMAND_OK);
  exec_raw (holder, "SET statement_timeout = 0", PGRES_COMMAND_OK);
  exec_raw (holder, "BEGIN", PGRES_COMMAND_OK);
  exec_raw (holder, "SELECT * FROM api.person_search ('virt')", PGRES_TUPLES_OK);
  g_assert_cmpint (PQtransactionStatus (holder), ==, PQTRANS_INTRANS);

  /* Asked as the service asks, until the session is gone (a second on). */
  for (guint i = 0; i < 600 && !ended; i++)
    {
      g_autofree char *sql
          = g_strdup_printf ("SELECT count (*) FROM pg_stat_activity WHERE pid = %d", pid);
      PGresult *gone;

      PQclear (PQexec (service, "SELECT kansio_service.end_stuck_sessions ()"));
      gone = PQexec (watcher, sql);
      ended = g_str_equal (PQgetvalue (gone, 0, 0), "0");
      PQclear (gone);
      if (!ended)
        g_usleep (G_USEC_PER_SEC / 20);
    }
  g_assert_true (ended);
  /* The holder finds out at its next statement. */
  {
    PGresult *after = PQexec (holder, "SELECT 1");

    g_assert_cmpint (PQresultStatus (after), !=, PGRES_TUPLES_OK);
    PQclear (after);
  }
  /* Nobody else is ended: the service's own session goes on. */
  exec_raw (service, "SELECT 1", PGRES_TUPLES_OK);
  PQfinish (holder);
  PQfinish (service);
  PQfinish (watcher);
}

/* The limits every session gets from the database, and no prepared
 * transactions (which would hold locks with no session at all). */
static void
test_server_limits (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioDatabase) reader = kansio_test_database_connect_as (database, "demo_lukija");
  g_autoptr (KansioRows) settings = NULL;
  g_autoptr (KansioRows) limits = NULL;
  g_autoptr (GError) error = NULL;
  PGconn *conn = connect_raw (database, "demo_lukija");
  PGresult *prepared;

  settings = query_ok (reader, "SELECT current_setting ('statement_timeout'), "
                               "current_setting ('idle_in_transaction_session_timeout'), "
                               "current_setting ('lock_timeout'), "
                               "current_setting ('max_prepared_transactions')");
  g_assert_cmpstr (kansio_rows_get_string (settings, 0, 0), ==, "1min");
  g_assert_cmpstr (kansio_rows_get_string (settings, 0, 1), ==, "1min");
  g_assert_cmpstr (kansio_rows_get_string (settings, 0, 2), ==, "10s");
  g_assert_cmpstr (kansio_rows_get_string (settings, 0, 3), ==, "0");

  /* Every login role of the group has a connection limit. */
  limits = query_ok (database->database,
                     "SELECT count (*) FILTER (WHERE rolconnlimit = -1), count (*) FROM pg_roles "
                     "WHERE rolcanlogin AND pg_has_role (oid, 'kansio_user', 'MEMBER') "
                     "AND rolname LIKE 'demo\\_%'");
  g_assert_cmpint (kansio_rows_get_int64 (limits, 0, 0), ==, 0);
  g_assert_cmpint (kansio_rows_get_int64 (limits, 0, 1), >=, 10);

  exec_raw (conn, "BEGIN", PGRES_COMMAND_OK);
  exec_raw (conn, "SELECT * FROM api.whoami ()", PGRES_TUPLES_OK);
  prepared = PQexec (conn, "PREPARE TRANSACTION 'held'");
  g_test_message ("PREPARE TRANSACTION: %s", PQresultErrorMessage (prepared));
  g_assert_cmpint (PQresultStatus (prepared), ==, PGRES_FATAL_ERROR);
  PQclear (prepared);
  PQfinish (conn);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/security-log/tampering-found", test_tampering_found);
  g_test_add_func ("/security-log/forged-anchor-found", test_forged_anchor_found);
  g_test_add_func ("/security-log/sealer-never-waits", test_sealer_never_waits);
  g_test_add_func ("/security-log/open-transaction-blocks-nobody",
                   test_open_transaction_blocks_nobody);
  g_test_add_func ("/security-log/stuck-session-ended", test_stuck_session_ended);
  g_test_add_func ("/security-log/server-limits", test_server_limits);

  return g_test_run ();
}
