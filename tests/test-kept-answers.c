/* test-kept-answers.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A read's first call keeps its answer for the second (0018), from the
 * attacker's side: the kept answer goes only to the next call of the same
 * user and arguments, only once its log row has committed, never to a
 * later read, and nothing a caller sets for the session changes what is
 * logged.
 */
#include "config.h"

#include <string.h>

#include <libpq-fe.h>

#include "kansio-pq-private.h"
#include "kansio-test-util.h"

#define AINO "140384-9027"

typedef struct
{
  PGconn *conn;
  gboolean told; /* KL001 heard since the last call */
} Session;

static void
on_notice_cb (void *data, const PGresult *result)
{
  Session *session = data;
  const char *state = PQresultErrorField (result, PG_DIAG_SQLSTATE);

  if (g_strcmp0 (state, "KL001") == 0)
    session->told = TRUE;
}

static Session *
session_new (KansioTestDatabase *database, const char *role)
{
  g_autofree char *conninfo = g_strdup_printf ("%s user=%s", database->conninfo, role);
  Session *session = g_new0 (Session, 1);

  session->conn = PQconnectdb (conninfo);
  g_assert_cmpint (PQstatus (session->conn), ==, CONNECTION_OK);
  PQsetNoticeReceiver (session->conn, on_notice_cb, session);
  return session;
}

static void
session_free (Session *session)
{
  PQfinish (session->conn);
  g_free (session);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Session, session_free)

/* One call: the first column of the first row ("" for no rows, the
 * SQLSTATE after "!" for an error); told says whether KL001 came. */
static char *
call (Session *session, const char *sql, gboolean *told)
{
  PGresult *result;
  char *answer;

  session->told = FALSE;
  result = PQexec (session->conn, sql);
  if (PQresultStatus (result) == PGRES_FATAL_ERROR)
    answer = g_strdup_printf ("!%s", PQresultErrorField (result, PG_DIAG_SQLSTATE));
  else if (PQresultStatus (result) == PGRES_TUPLES_OK && PQntuples (result) > 0)
    answer = g_strdup (PQgetvalue (result, 0, 0));
  else
    answer = g_strdup ("");
  PQclear (result);
  if (told != NULL)
    *told = session->told;
  return answer;
}

static gint64
usage_rows (KansioTestDatabase *database)
{
  g_autofree char *n
      = kansio_test_value_as (database, NULL, "SELECT count (*) FROM kansio.usage_log");
  return g_ascii_strtoll (n, NULL, 10);
}

/* The second call gets the first call's answer; the read after it, the
 * data as it is then. One log row for the read. */
static void
test_second_call_only (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autoptr (Session) handler = session_new (database, "demo_kasittelija");
  g_autofree char *id = kansio_test_value_as (
      database, NULL, "SELECT id FROM kansio.person WHERE identity_code = '" AINO "'");
  g_autofree char *get
      = g_strdup_printf ("SELECT surname FROM api.person_get (%s, 'asiakkaan tiedot')", id);
  g_autofree char *rename
      = g_strdup_printf ("UPDATE kansio.person SET surname = 'Korhonen' WHERE id = %s", id);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *renamed = NULL;
  gboolean told = FALSE;
  gint64 before = usage_rows (database);

  first = call (handler, get, &told);
  g_assert_cmpstr (first, ==, "");
  g_assert_true (told);
  g_assert_cmpint (usage_rows (database), ==, before + 1);

  /* A colleague saves between the two calls: the second call is the read
   * the first one logged, as it was then. */
  g_object_unref (kansio_test_as (database, NULL, rename));
  second = call (handler, get, &told);
  g_assert_cmpstr (second, ==, "Virtanen");
  g_assert_false (told);

  /* Any later read sees the save. */
  third = call (handler, get, &told);
  g_assert_cmpstr (third, ==, "Korhonen");
  g_assert_false (told);
  g_assert_cmpint (usage_rows (database), ==, before + 1);

  /* …and the session kept nothing of the answer. */
  renamed = call (handler, "SELECT current_setting ('kansio.answer', true)", NULL);
  g_assert_cmpstr (renamed, ==, "");
}

/* Inside a transaction the first call's answer is never given: its log
 * row has not committed. Rolled back, the session forgets the call. */
static void
test_only_once_committed (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autoptr (Session) handler = session_new (database, "demo_kasittelija");
  g_autofree char *id = kansio_test_value_as (
      database, NULL, "SELECT id FROM kansio.person WHERE identity_code = '" AINO "'");
  g_autofree char *read = g_strdup_printf ("SELECT surname FROM api.person_get (%s, 'x')", id);
  gint64 before = usage_rows (database);
  gboolean told = FALSE;

  g_free (call (handler, "BEGIN", NULL));
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *answer = call (handler, read, NULL);
      g_assert_cmpstr (answer, ==, "");
    }
  g_free (call (handler, "SAVEPOINT s", NULL));
  {
    g_autofree char *answer = call (handler, read, NULL);
    g_assert_cmpstr (answer, ==, "");
  }
  g_free (call (handler, "ROLLBACK", NULL));
  g_assert_cmpint (usage_rows (database), ==, before);
  {
    g_autofree char *kept = call (handler, "SELECT current_setting ('kansio.answer', true)", NULL);
    g_assert_cmpstr (kept, ==, "");
  }

  /* Asked again after the rollback, it is a first call as any other. */
  {
    g_autofree char *answer = call (handler, read, &told);
    g_assert_cmpstr (answer, ==, "");
    g_assert_true (told);
  }
  {
    g_autofree char *answer = call (handler, read, &told);
    g_assert_cmpstr (answer, ==, "Virtanen");
  }
}

/* Whatever the caller sets for the session (which PostgreSQL lets anyone
 * do for a kansio.* setting), each read and change logs as before, and a
 * kept answer is only its owner's. */
static void
test_own_settings_count_for_nothing (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autoptr (Session) handler = session_new (database, "demo_kasittelija");
  g_autoptr (Session) reader = session_new (database, "demo_vammaispalvelu");
  g_autofree char *id = kansio_test_value_as (
      database, NULL, "SELECT id FROM kansio.person WHERE identity_code = '" AINO "'");
  g_autofree char *read = g_strdup_printf ("SELECT surname FROM api.person_get (%s, 'y')", id);
  /* The keys the gate and kansio.log_read compute for this read, worked
   * out by the attacker as the migration does. */
  g_autofree char *key_sql
      = g_strdup_printf ("SELECT encode (sha256 (convert_to ('demo_kasittelija:person_get' || "
                         "to_json (ARRAY['%s', 'y'])::text, 'UTF8')), 'hex')",
                         id);
  g_autofree char *call_key = kansio_test_value_as (database, NULL, key_sql);
  g_autofree char *log_key_sql = g_strdup_printf (
      "SELECT encode (sha256 (convert_to (json_build_array (s.id, ARRAY[%s::bigint], 'person', "
      "'y', NULL::text, false, NULL::bigint, '%s')::text, 'UTF8')), 'hex') "
      "FROM kansio.staff_member s WHERE s.login_role = 'demo_kasittelija'",
      id, call_key);
  g_autofree char *log_key = kansio_test_value_as (database, NULL, log_key_sql);
  g_autofree char *forge = g_strdup_printf (
      "SET kansio.covered = '%s '; SET kansio.logged_keys = '%s '; SET kansio.answer = '%s'; "
      "SET kansio.call_key = '%s'; SET kansio.read_logged = ''; SET kansio.read_pending = ''; "
      /* 0020: rows noted for later, and a noted row of the attacker's own. */
      "SET kansio.defer_log = 'yes'; SET kansio.pending_log = '[1, [1], \"forged\", null, null, "
      "false, \"2026-01-01T00:00:00+00:00\", null],'",
      log_key, log_key, call_key, call_key);
  gint64 before = usage_rows (database);
  gboolean told = FALSE;

  g_free (call (handler, forge, NULL));
  {
    g_autofree char *answer = call (handler, read, &told);
    g_assert_cmpstr (answer, ==, "");
    g_assert_true (told);
  }
  g_assert_cmpint (usage_rows (database), ==, before + 1);

  /* A change logs whatever kansio.covered says. */
  g_free (call (handler, forge, NULL));
  {
    g_autofree char *sql = g_strdup_printf (
        "SELECT api.disclosure_record (%s, 'päätös', 'asiakas', 'hallintolaki 54 §')", id);
    g_autofree char *answer = call (handler, sql, NULL);
    g_assert_cmpstr (answer, !=, "");
    g_assert_cmpint (answer[0], !=, '!');
  }
  g_assert_cmpint (usage_rows (database), ==, before + 2);

  /* Another user naming the handler's kept answer gets nothing of it:
   * disability services have no case with Aino and is refused, after asking again. */
  {
    g_autofree char *other = g_strdup_printf ("SET kansio.answer = '%s'", call_key);
    g_autofree char *first = NULL;
    g_autofree char *second = NULL;

    g_free (call (reader, other, NULL));
    first = call (reader, read, &told);
    g_assert_cmpstr (first, ==, "");
    g_assert_true (told);
    g_free (call (reader, other, NULL));
    second = call (reader, read, NULL);
    g_assert_cmpstr (second, ==, "!42501");
  }
}

/* The attack round: a covered read whose data changed writes a new log
 * row; in a transaction that also changed something (or says it did)
 * that row must still hold the rows back. */
static void
test_changed_read_held_back (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autoptr (Session) handler = session_new (database, "demo_kasittelija");
  const char *starts[] = {
    "SET LOCAL kansio.wrote = 'yes'",
    "SELECT api.person_create ('010190-998V', 'Zz', 'Qq', 'fi', 'income-support', 2)",
  };
  const char *names[] = { "Virtala", "Virtamo" };
  const char *renames[] = {
    "UPDATE kansio.person SET surname = 'Virtala' WHERE surname = 'Mäkinen'",
    "UPDATE kansio.person SET surname = 'Virtamo' WHERE surname = 'Virtala'",
  };

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      g_autofree char *search
          = g_strdup_printf ("SELECT person_id FROM api.person_search ('%s', 50, 0)", names[i]);
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;
      g_autofree char *held = NULL;
      gboolean told = FALSE;

      /* Nobody of that name yet: the read is logged, then covered. */
      first = call (handler, search, &told);
      g_assert_cmpstr (first, ==, "");
      g_assert_true (told);
      second = call (handler, search, &told);
      g_assert_cmpstr (second, ==, "");
      g_assert_false (told);

      /* A colleague's change makes someone match; in a transaction that
       * changed something, the new row holds the read back. */
      g_object_unref (kansio_test_as (database, NULL, renames[i]));
      g_free (call (handler, "BEGIN", NULL));
      g_free (call (handler, starts[i], NULL));
      held = call (handler, search, NULL);
      g_free (call (handler, "ROLLBACK", NULL));
      g_test_message ("%s, then %s → %s", starts[i], search, held);
      g_assert_cmpstr (held, ==, "!55000");
    }
}

/* The statistics that told what a rolled-back call did are not the
 * users'. */
static void
test_no_statistics (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autoptr (Session) handler = session_new (database, "demo_kasittelija");
  g_autofree char *log
      = kansio_test_value_as (database, NULL, "SELECT 'kansio.usage_log'::regclass::oid");
  g_autofree char *open = kansio_test_value_as (
      database, NULL,
      "SELECT count (*) FROM pg_proc WHERE pronamespace = 'pg_catalog'::regnamespace "
      "AND (proname LIKE 'pg\\_stat\\_get\\_%' OR proname IN ('pg_lock_status', "
      "'pg_relation_size', 'pg_total_relation_size', 'pg_table_size', 'pg_indexes_size')) "
      "AND has_function_privilege ('demo_kasittelija', oid, 'EXECUTE')");
  const char *probes[] = {
    "SELECT pg_stat_get_xact_tuples_inserted (OID)",
    "SELECT pg_stat_get_tuples_inserted (OID)",
    "SELECT pg_stat_get_numscans (OID)",
    "SELECT pg_relation_size (OID)",
    "SELECT count (*) FROM pg_locks",
    "SELECT max (n_tup_ins) FROM pg_stat_user_tables",
  };

  g_assert_cmpstr (open, ==, "0");
  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      g_autoptr (GString) sql = g_string_new (probes[i]);
      g_autofree char *answer = NULL;

      g_string_replace (sql, "OID", log, 0);
      answer = call (handler, sql->str, NULL);
      g_test_message ("%s → %s", sql->str, answer);
      g_assert_cmpstr (answer, ==, "!42501");
    }
}

/* Sessions of one user at once cannot each count below the day's limit
 * of emergency access. */
static void
test_emergency_limit_at_once (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autoptr (KansioRows) limit = kansio_test_as (
      database, NULL,
      "UPDATE kansio.setting SET value = '2' WHERE key = 'emergency_access_per_day'");
  g_autoptr (KansioRows) people = kansio_test_as (
      database, NULL,
      "SELECT id FROM kansio.person WHERE identity_code <> '" AINO "' ORDER BY id LIMIT 6");
  Session *sessions[6];
  guint n_opened = 0;

  g_assert_cmpuint (kansio_rows_get_n_rows (people), ==, G_N_ELEMENTS (sessions));
  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    sessions[i] = session_new (database, "demo_lukija");

  /* Each asks twice, all sessions at once each time. */
  for (guint round = 0; round < 2; round++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
        {
          g_autofree char *sql = g_strdup_printf (
              "SELECT person_id FROM api.person_open_emergency (%s, 'asiakas soitti "
              "päivystykseen')",
              kansio_rows_get_string (people, i, 0));
          g_assert_true (PQsendQuery (sessions[i]->conn, sql));
        }
      for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
        for (PGresult *result; (result = PQgetResult (sessions[i]->conn)) != NULL; PQclear (result))
          if (round == 1 && PQresultStatus (result) == PGRES_TUPLES_OK && PQntuples (result) > 0)
            n_opened++;
    }
  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    session_free (sessions[i]);

  g_assert_cmpuint (n_opened, ==, 2);
  g_assert_cmpstr (kansio_test_value_as (database, NULL,
                                         "SELECT count (*) FROM kansio.work_queue_item "
                                         "WHERE kind = 'emergency_limit'"),
                   ==, "1");
}

/* Someone registered between the two calls of a person's creation is
 * named in a committed row before the creation says so. */
static void
test_registered_between_calls (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autoptr (Session) handler = session_new (database, "demo_kasittelija");
  const char *create
      = "SELECT api.person_create ('010190-998V', 'Zz', 'Qq', 'fi', 'income-support', 2)";
  const char *named = "SELECT count (*) FROM kansio.usage_log l JOIN kansio.person p "
                      "ON p.id = ANY (l.person_ids) WHERE p.identity_code = '010190-998V' "
                      "AND l.login_role = 'demo_kasittelija' AND l.view = 'lookup'";
  gboolean told = FALSE;

  {
    g_autofree char *first = call (handler, create, &told);
    g_assert_cmpstr (first, ==, "");
    g_assert_true (told);
  }
  g_object_unref (kansio_test_as (database, NULL,
                                  "INSERT INTO kansio.person (identity_code, first_names, "
                                  "surname, birth_date) "
                                  "VALUES ('010190-998V', 'Toinen', 'Ihminen', '1990-01-01')"));
  {
    g_autofree char *second = call (handler, create, &told);
    g_autofree char *logged = kansio_test_value_as (database, NULL, named);
    g_assert_cmpstr (second, ==, "");
    g_assert_true (told);
    g_assert_cmpstr (logged, ==, "1");
  }
  {
    g_autofree char *third = call (handler, create, &told);
    g_assert_cmpint (third[0], ==, '!');
    g_assert_false (told);
  }
}

/* Two different dates are two calls whatever DateStyle says; and a change
 * in between makes the session forget a kept answer. */
static void
test_keys_and_changes (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autoptr (Session) handler = session_new (database, "demo_kasittelija");
  g_autofree char *id = kansio_test_value_as (
      database, NULL, "SELECT id FROM kansio.person WHERE identity_code = '" AINO "'");
  g_autofree char *read = g_strdup_printf ("SELECT surname FROM api.person_get (%s, 'z')", id);
  g_autofree char *rename
      = g_strdup_printf ("UPDATE kansio.person SET surname = 'Korhonen' WHERE id = %s", id);
  g_autofree char *disclose = g_strdup_printf (
      "SELECT api.disclosure_record (%s, 'päätös', 'asiakas', 'hallintolaki 54 §')", id);
  gboolean told = FALSE;

  g_free (call (handler, "SET DateStyle = 'SQL, DMY'", NULL));
  g_free (call (handler, "SELECT * FROM api.person_find_similar ('Aino', 'Virtanen', '1981-02-11')",
                &told));
  g_assert_true (told);
  g_free (call (handler, "SET DateStyle = 'SQL, MDY'", NULL));
  g_free (call (handler, "SELECT * FROM api.person_find_similar ('Aino', 'Virtanen', '1981-11-02')",
                &told));
  g_assert_true (told);
  g_free (call (handler, "RESET DateStyle", NULL));

  {
    g_autofree char *first = call (handler, read, &told);
    g_autofree char *second = NULL;

    g_assert_true (told);
    g_object_unref (kansio_test_as (database, NULL, rename));
    g_free (call (handler, disclose, NULL));
    second = call (handler, read, &told);
    g_assert_cmpstr (second, ==, "Korhonen");
  }
}

/* Kansio's own client sends a read gate's two calls in one pipeline once
 * the server has said it may (0020): the answers are the ones two calls
 * one after the other give, and a change is never sent twice. */
static char *
client_value (PGconn *conn, const char *sql, const char *param)
{
  g_autoptr (GError) error = NULL;
  const char *params[] = { param };
  g_autoptr (PGresult) result
      = _kansio_pq_exec (conn, sql, param != NULL ? 1 : 0, params, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_cmpint (PQtransactionStatus (conn), ==, PQTRANS_IDLE);
  return PQntuples (result) > 0 ? g_strdup (PQgetvalue (result, 0, 0)) : g_strdup ("");
}

static void
test_sent_twice_at_once (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autofree char *conninfo = g_strdup_printf ("%s user=demo_kasittelija", database->conninfo);
  g_autoptr (GError) error = NULL;
  g_autoptr (PGconn) conn = _kansio_pq_connect (conninfo, NULL, &error);
  g_autofree char *aino = kansio_test_value_as (
      database, NULL, "SELECT id FROM kansio.person WHERE identity_code = '" AINO "'");
  g_autofree char *other = kansio_test_value_as (
      database, NULL,
      "SELECT p.id FROM kansio.person p WHERE p.identity_code <> '" AINO "' "
      "AND EXISTS (SELECT 1 FROM kansio.client_case c WHERE c.person_id = p.id "
      "AND c.area = 'income-support') ORDER BY p.id LIMIT 1");
  const char *read = "SELECT surname FROM api.person_get ($1::bigint, 'pipelined')";
  const char *surname = "SELECT surname FROM kansio.person WHERE id = ";
  guint sent = _kansio_pq_get_n_sent_twice ();
  gint64 before;

  g_assert_no_error (error);

  /* The first time: two calls one after the other, as always. */
  before = usage_rows (database);
  {
    g_autofree char *answer = client_value (conn, read, aino);
    g_autofree char *sql = g_strconcat (surname, aino, NULL);
    g_autofree char *expected = kansio_test_value_as (database, NULL, sql);
    g_assert_cmpstr (answer, ==, expected);
  }
  g_assert_cmpuint (_kansio_pq_get_n_sent_twice (), ==, sent);
  g_assert_cmpint (usage_rows (database), ==, before + 1);

  /* Then both at once: someone else's first call keeps its answer for the
   * second, which the same round trip brings. */
  {
    g_autofree char *answer = client_value (conn, read, other);
    g_autofree char *sql = g_strconcat (surname, other, NULL);
    g_autofree char *expected = kansio_test_value_as (database, NULL, sql);
    g_assert_cmpstr (answer, !=, "");
    g_assert_cmpstr (answer, ==, expected);
  }
  g_assert_cmpuint (_kansio_pq_get_n_sent_twice (), ==, sent + 1);
  g_assert_cmpint (usage_rows (database), ==, before + 2);

  /* Read again at once, the first call has the data (its receipt covers
   * it) and the second's answer is dropped; nothing more is logged. */
  {
    g_autofree char *answer = client_value (conn, read, aino);
    g_assert_cmpstr (answer, !=, "");
  }
  g_assert_cmpuint (_kansio_pq_get_n_sent_twice (), ==, sent + 2);
  g_assert_cmpint (usage_rows (database), ==, before + 2);

  /* A change that first logs a lookup also says "ask again", but never
   * that it may be sent twice: each call records one disclosure. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *answer = client_value (
          conn, "SELECT api.disclosure_record ($1::bigint, 'päätös', 'asiakas', 'laki')", aino);
      g_assert_cmpstr (answer, !=, "");
    }
  g_assert_cmpuint (_kansio_pq_get_n_sent_twice (), ==, sent + 2);
  {
    g_autofree char *n = kansio_test_value_as (
        database, NULL, "SELECT count (*) FROM kansio.disclosure_log WHERE legal_basis = 'laki'");
    g_assert_cmpstr (n, ==, "3");
  }
}

/* Transaction ids a caller's rolled-back call used, as the superuser
 * sees them: the least of three tries, as other work can only add. */
static gint64
ids_used (KansioTestDatabase *database, Session *session, const char *sql)
{
  gint64 least = G_MAXINT64;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *before
          = kansio_test_value_as (database, NULL, "SELECT pg_current_xact_id ()");
      g_autofree char *after = NULL;

      g_free (call (session, "BEGIN", NULL));
      g_free (call (session, sql, NULL));
      g_free (call (session, "ROLLBACK", NULL));
      after = kansio_test_value_as (database, NULL, "SELECT pg_current_xact_id ()");
      least = MIN (least, g_ascii_strtoll (after, NULL, 10) - g_ascii_strtoll (before, NULL, 10));
    }
  return least;
}

/* After a gate returns, nothing in the session tells what it found (0020,
 * from its attack rounds): not the keys of the rows it logged, not the
 * transaction ids it used. Each pair is the same for someone who exists
 * and someone who does not. */
static void
test_nothing_left_behind (void)
{
  g_autoptr (KansioTestDatabase) database = kansio_test_database_new_with_demo_data ();
  g_autoptr (Session) handler = session_new (database, "demo_kasittelija");
  g_autoptr (Session) other = session_new (database, "demo_vammaispalvelu");
  g_autofree char *aino = kansio_test_value_as (
      database, NULL, "SELECT id FROM kansio.person WHERE identity_code = '" AINO "'");
  const char *keys = "SELECT coalesce (current_setting ('kansio.logged_keys', true), '')";
  const char *calls[][2] = {
    { "SELECT count (*) FROM api.person_get (", ", 'y')" },
    { "SELECT count (*) FROM api.person_open_emergency (", ", 'poliisi soitti kiireellisesti')" },
  };

  kansio_test_database_stop_document_service (database);
  for (guint i = 0; i < G_N_ELEMENTS (calls); i++)
    {
      g_autofree char *existing = g_strconcat (calls[i][0], aino, calls[i][1], NULL);
      g_autofree char *missing = g_strconcat (calls[i][0], "987654321", calls[i][1], NULL);

      for (guint j = 0; j < 2; j++)
        {
          g_autofree char *left = NULL;

          g_free (call (handler, "BEGIN", NULL));
          g_free (call (handler, j == 0 ? existing : missing, NULL));
          left = call (handler, keys, NULL);
          g_free (call (handler, "ROLLBACK", NULL));
          g_assert_cmpstr (left, ==, "");
        }
      g_assert_cmpint (ids_used (database, other, existing), ==,
                       ids_used (database, other, missing));
    }

  /* A change that looks a person up by identity code first. */
  for (guint j = 0; j < 2; j++)
    {
      g_autofree char *sql = g_strdup_printf (
          "SELECT api.case_open ('%s', 'income-support', NULL, 'asiakas soitti hakemuksesta')",
          j == 0 ? AINO : "010101-999X");
      g_autofree char *answer = NULL;
      g_autofree char *left = NULL;

      g_free (call (handler, "BEGIN", NULL));
      answer = call (handler, sql, NULL);
      left = call (handler, keys, NULL);
      g_free (call (handler, "ROLLBACK", NULL));
      g_assert_cmpint (answer[0], !=, '!');
      g_assert_cmpstr (left, ==, "");
    }

  /* Emergency access locks the user's own sessions out whatever it finds
   * (second attack round): another session of the same user sees the
   * lock held for someone who exists and for someone who does not. */
  {
    g_autoptr (Session) same = session_new (database, "demo_kasittelija");
    g_autofree char *staff = kansio_test_value_as (
        database, NULL, "SELECT id FROM kansio.staff_member WHERE login_role = 'demo_kasittelija'");
    g_autofree char *try_lock
        = g_strdup_printf ("SELECT pg_try_advisory_xact_lock (812000, %s)", staff);
    char *seen[2] = { NULL, NULL };

    for (guint j = 0; j < 2; j++)
      {
        g_autofree char *sql = g_strdup_printf (
            "SELECT count (*) FROM api.person_open_emergency (%s, 'poliisi soitti kiireellisesti')",
            j == 0 ? aino : "987654321");

        g_free (call (handler, "BEGIN", NULL));
        g_free (call (handler, sql, NULL));
        seen[j] = call (same, try_lock, NULL);
        g_free (call (handler, "ROLLBACK", NULL));
      }
    g_assert_cmpstr (seen[0], ==, "f");
    g_assert_cmpstr (seen[1], ==, "f");
    g_free (seen[0]);
    g_free (seen[1]);
  }

  /* Nor may a user ask for transaction ids, or make a table or a large
   * object whose rows carry them. */
  {
    g_autofree char *id = call (other, "SELECT pg_current_xact_id ()", NULL);
    g_autofree char *snapshot = call (other, "SELECT txid_current_snapshot ()", NULL);
    g_autofree char *age = call (other, "SELECT age ('3'::xid)", NULL);
    g_autofree char *table = call (other, "CREATE TEMPORARY TABLE t (x integer)", NULL);
    g_autofree char *object = call (other, "SELECT lo_create (0)", NULL);
    g_autofree char *status = call (other, "SELECT txid_status (3)", NULL);

    g_assert_cmpstr (id, ==, "!42501");
    g_assert_cmpstr (snapshot, ==, "!42501");
    g_assert_cmpstr (age, ==, "!42501");
    g_assert_cmpstr (table, ==, "!42501");
    g_assert_cmpstr (object, ==, "!42501");
    g_assert_cmpstr (status, ==, "!42501");
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/kept-answers/second-call-only", test_second_call_only);
  g_test_add_func ("/kept-answers/only-once-committed", test_only_once_committed);
  g_test_add_func ("/kept-answers/own-settings-count-for-nothing",
                   test_own_settings_count_for_nothing);
  g_test_add_func ("/kept-answers/changed-read-held-back", test_changed_read_held_back);
  g_test_add_func ("/kept-answers/no-statistics", test_no_statistics);
  g_test_add_func ("/kept-answers/emergency-limit-at-once", test_emergency_limit_at_once);
  g_test_add_func ("/kept-answers/registered-between-calls", test_registered_between_calls);
  g_test_add_func ("/kept-answers/keys-and-changes", test_keys_and_changes);
  g_test_add_func ("/kept-answers/sent-twice-at-once", test_sent_twice_at_once);
  g_test_add_func ("/kept-answers/nothing-left-behind", test_nothing_left_behind);

  return g_test_run ();
}
