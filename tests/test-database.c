/* test-database.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The async database layer against a real PostgreSQL.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "kansio-test-util.h"

typedef struct
{
  KansioTestDatabase *test_database;
  KansioDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer user_data)
{
  fixture->test_database = kansio_test_database_new ();
  fixture->database = g_object_ref (fixture->test_database->database);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer user_data)
{
  g_clear_object (&fixture->database);
  g_clear_pointer (&fixture->test_database, kansio_test_database_free);
}

static KansioRows *
query (KansioDatabase *database,
       const char *sql,
       const char *const *params,
       guint n_params,
       GCancellable *cancellable,
       GError **error)
{
  GAsyncResult *result = NULL;
  KansioRows *rows;

  kansio_database_query_async (database, sql, params, n_params, cancellable,
                               kansio_test_store_result_cb, &result);
  rows = kansio_database_query_finish (database, kansio_test_wait (&result), error);
  g_object_unref (result);
  return rows;
}

static void
test_bound_parameters (Fixture *fixture, gconstpointer user_data)
{
  const char *hostile = "'); DROP TABLE pg_class; --";
  const char *params[] = { hostile, NULL, "Äänekoski" };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = query (fixture->database, "SELECT $1::text AS a, $2::text AS b, upper ($3) AS c", params,
                G_N_ELEMENTS (params), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  g_assert_cmpuint (kansio_rows_get_n_columns (rows), ==, 3);
  g_assert_cmpstr (kansio_rows_get_string (rows, 0, 0), ==, hostile);
  g_assert_true (kansio_rows_is_null (rows, 0, 1));
  g_assert_null (kansio_rows_get_string (rows, 0, 1));
  g_assert_cmpstr (kansio_rows_get_string (rows, 0, 2), ==, "ÄÄNEKOSKI");
  g_assert_cmpint (kansio_rows_find_column (rows, "c"), ==, 2);
  g_assert_cmpint (kansio_rows_find_column (rows, "nope"), ==, -1);
}

static void
test_one_statement_only (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  /* The extended protocol refuses a second statement smuggled in. */
  rows = query (fixture->database, "SELECT 1; SELECT 2", NULL, 0, NULL, &error);
  g_assert_null (rows);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_FAILED);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "42601");
}

typedef struct
{
  const char *sql;
  const char *sqlstate;
  KansioDatabaseError code;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "SELECT 1 / 0", "22012", KANSIO_DATABASE_ERROR_INVALID_INPUT },
  { "SELECT * FROM no_such_table", "42P01", KANSIO_DATABASE_ERROR_UNDEFINED_OBJECT },
  { "SELECT no_such_function ()", "42883", KANSIO_DATABASE_ERROR_UNDEFINED_OBJECT },
  { "DO $$ BEGIN RAISE EXCEPTION 'no' USING ERRCODE = '42501'; END $$", "42501",
    KANSIO_DATABASE_ERROR_PERMISSION_DENIED },
  { "DO $$ BEGIN RAISE EXCEPTION 'row changed' USING ERRCODE = 'KA409'; END $$", "KA409",
    KANSIO_DATABASE_ERROR_CONCURRENT_EDIT },
  { "DO $$ BEGIN RAISE EXCEPTION 'retry' USING ERRCODE = '40001'; END $$", "40001",
    KANSIO_DATABASE_ERROR_CONCURRENT_EDIT },
  { "SELECT 'x'::integer", "22P02", KANSIO_DATABASE_ERROR_INVALID_INPUT },
  { "SELCT 1", "42601", KANSIO_DATABASE_ERROR_FAILED },
};

static void
test_error_mapping (Fixture *fixture, gconstpointer user_data)
{
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows
          = query (fixture->database, error_cases[i].sql, NULL, 0, NULL, &error);

      g_test_message ("%s", error_cases[i].sql);
      g_assert_null (rows);
      g_assert_error (error, KANSIO_DATABASE_ERROR, (int) error_cases[i].code);
      g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, error_cases[i].sqlstate);
      g_assert_nonnull (kansio_database_error_get_server_message (error));
      g_assert_cmpstr (error->message, !=, "");
    }
}

static void
test_unique_violation (Fixture *fixture, gconstpointer user_data)
{
  const char *params[] = { "140384-9027" };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) created = NULL;
  g_autoptr (KansioRows) first = NULL;
  g_autoptr (KansioRows) second = NULL;

  created
      = query (fixture->database, "CREATE TABLE t (code text PRIMARY KEY)", NULL, 0, NULL, &error);
  g_assert_no_error (error);
  first = query (fixture->database, "INSERT INTO t VALUES ($1)", params, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_affected (first), ==, 1);

  second = query (fixture->database, "INSERT INTO t VALUES ($1)", params, 1, NULL, &error);
  g_assert_null (second);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_UNIQUE_VIOLATION);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "23505");
  g_assert_nonnull (kansio_database_error_get_detail (error));
}

static gboolean
cancel_later_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

static void
test_cancel (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (KansioRows) after = NULL;
  gint64 started = g_get_monotonic_time ();

  g_timeout_add (100, cancel_later_cb, cancellable);
  rows = query (fixture->database, "SELECT pg_sleep (30)", NULL, 0, cancellable, &error);
  g_assert_null (rows);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* The server stopped the statement; nobody waited the 30 seconds. */
  g_assert_cmpint (g_get_monotonic_time () - started, <, 10 * G_USEC_PER_SEC);
  g_clear_error (&error);

  /* The connection it used is still good for the next request. */
  after = query (fixture->database, "SELECT 42", NULL, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kansio_rows_get_int64 (after, 0, 0), ==, 42);
}

static void
test_cancel_before_start (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  g_cancellable_cancel (cancellable);
  rows = query (fixture->database, "SELECT 1", NULL, 0, cancellable, &error);
  g_assert_null (rows);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

typedef struct
{
  char *channel;
  char *payload;
  guint count;
} Notification;

static void
on_notification_cb (KansioDatabase *database,
                    const char *channel,
                    const char *payload,
                    Notification *notification)
{
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  g_free (notification->channel);
  g_free (notification->payload);
  notification->channel = g_strdup (channel);
  notification->payload = g_strdup (payload);
  notification->count++;
}

static void
on_any_notification_cb (KansioDatabase *database,
                        const char *channel,
                        const char *payload,
                        guint *count)
{
  g_assert_cmpstr (channel, ==, "case-changed");
  (*count)++;
}

static void
on_listener_lost_cb (KansioDatabase *database, const GError *error, gboolean *lost)
{
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONNECTION_LOST);
  *lost = TRUE;
}

static void
listen (KansioDatabase *database, const char *channel)
{
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;

  kansio_database_listen_async (database, channel, NULL, kansio_test_store_result_cb, &result);
  kansio_database_listen_finish (database, kansio_test_wait (&result), &error);
  g_assert_no_error (error);
  g_object_unref (result);
}

static void
send_notification (KansioDatabase *database, const char *channel, const char *payload)
{
  const char *params[] = { channel, payload };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows
      = query (database, "SELECT pg_notify ($1, $2)", params, 2, NULL, &error);

  g_assert_no_error (error);
}

static void
wait_for_count (guint *count, guint expected)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (*count < expected && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_cmpuint (*count, ==, expected);
}

static void
test_notify (Fixture *fixture, gconstpointer user_data)
{
  Notification notification = { 0 };
  guint any_count = 0;
  gboolean lost = FALSE;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) killed = NULL;

  g_signal_connect (fixture->database, "notification::case-changed",
                    G_CALLBACK (on_notification_cb), &notification);
  g_signal_connect (fixture->database, "listener-lost", G_CALLBACK (on_listener_lost_cb), &lost);

  listen (fixture->database, "case-changed");
  send_notification (fixture->database, "case-changed", "42");
  wait_for_count (&notification.count, 1);
  g_assert_cmpstr (notification.channel, ==, "case-changed");
  g_assert_cmpstr (notification.payload, ==, "42");

  /* A channel not listened to reaches nobody, on any detail. */
  g_signal_connect (fixture->database, "notification", G_CALLBACK (on_any_notification_cb),
                    &any_count);
  send_notification (fixture->database, "other", "x");
  send_notification (fixture->database, "case-changed", "43");
  wait_for_count (&notification.count, 2);
  g_assert_cmpstr (notification.payload, ==, "43");
  g_assert_cmpuint (any_count, ==, 1);

  /* The listener's connection dies: reported, and the next listen
   * reconnects and listens to every channel again. */
  killed = query (fixture->database,
                  "SELECT pg_terminate_backend (pid) FROM pg_stat_activity "
                  "WHERE query LIKE 'LISTEN%' AND datname = current_database ()",
                  NULL, 0, NULL, &error);
  g_assert_no_error (error);
  while (!lost)
    g_main_context_iteration (NULL, TRUE);

  listen (fixture->database, "another");
  send_notification (fixture->database, "case-changed", "44");
  wait_for_count (&notification.count, 3);
  g_assert_cmpstr (notification.payload, ==, "44");

  g_free (notification.channel);
  g_free (notification.payload);
}

typedef struct
{
  KansioDatabase *database;
  gboolean done;
} Killer;

static gboolean
terminate_sleepers_cb (gpointer user_data)
{
  Killer *killer = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autofree char *conninfo = kansio_test_superuser_conninfo ("postgres");
  g_autoptr (KansioDatabase) other = kansio_database_new (conninfo);

  rows = kansio_test_query (other,
                            "SELECT pg_terminate_backend (pid) FROM pg_stat_activity "
                            "WHERE query = 'SELECT pg_sleep (30)'",
                            &error);
  g_assert_no_error (error);
  killer->done = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_lost_connection (Fixture *fixture, gconstpointer user_data)
{
  Killer killer = { fixture->database, FALSE };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (KansioRows) after = NULL;

  g_timeout_add (200, terminate_sleepers_cb, &killer);
  rows = query (fixture->database, "SELECT pg_sleep (30)", NULL, 0, NULL, &error);
  g_assert_null (rows);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONNECTION_LOST);
  g_assert_true (killer.done);
  g_clear_error (&error);

  /* Not retried by itself; the next request gets a new connection. */
  after = query (fixture->database, "SELECT 'back'", NULL, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kansio_rows_get_string (after, 0, 0), ==, "back");
}

static void
test_idle_connection_closed (Fixture *fixture, gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) pid = NULL;
  g_autoptr (KansioRows) killed = NULL;
  g_autoptr (KansioRows) after = NULL;
  g_autofree char *kill_sql = NULL;
  g_autofree char *conninfo = kansio_test_superuser_conninfo ("postgres");
  g_autoptr (KansioDatabase) other = kansio_database_new (conninfo);

  pid = query (fixture->database, "SELECT pg_backend_pid ()", NULL, 0, NULL, &error);
  g_assert_no_error (error);
  kill_sql = g_strdup_printf ("SELECT pg_terminate_backend (%s, 5000)",
                              kansio_rows_get_string (pid, 0, 0));
  killed = kansio_test_query (other, kill_sql, &error);
  g_assert_no_error (error);
  g_assert_true (kansio_rows_get_boolean (killed, 0, 0));

  /* Nothing was under way on it, so a fresh connection is used silently. */
  after = query (fixture->database, "SELECT pg_backend_pid () <> $1::int",
                 (const char *const[]){ kansio_rows_get_string (pid, 0, 0) }, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kansio_rows_get_boolean (after, 0, 0));
}

static void
test_parallel_requests (Fixture *fixture, gconstpointer user_data)
{
  GAsyncResult *results[8] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_autofree char *value = g_strdup_printf ("%u", i);
      const char *params[] = { value };
      kansio_database_query_async (fixture->database, "SELECT $1::int * 2", params, 1, NULL,
                                   kansio_test_store_result_cb, &results[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows = NULL;

      rows = kansio_database_query_finish (fixture->database, kansio_test_wait (&results[i]),
                                           &error);
      g_assert_no_error (error);
      g_assert_cmpint (kansio_rows_get_int64 (rows, 0, 0), ==, i * 2);
      g_object_unref (results[i]);
    }
}

/* Answers a client's TLS request with "no", as a server without TLS does;
 * libpq then gives up, since the client required TLS. */
static gboolean
on_incoming_cb (GSocketService *service,
                GSocketConnection *connection,
                GObject *source,
                gpointer user_data)
{
  GInputStream *input = g_io_stream_get_input_stream (G_IO_STREAM (connection));
  GOutputStream *output = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  char request[8];

  g_input_stream_read_all (input, request, sizeof request, NULL, NULL, NULL);
  g_output_stream_write_all (output, "N", 1, NULL, NULL, NULL);
  g_object_set_data_full (G_OBJECT (service), "connection", g_object_ref (connection),
                          g_object_unref);
  return TRUE;
}

static char *
start_server_without_tls (GSocketService **service)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocketAddress) bound = NULL;

  *service = g_socket_service_new ();
  g_socket_listener_add_address (G_SOCKET_LISTENER (*service), address, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &bound, &error);
  g_assert_no_error (error);
  g_signal_connect (*service, "incoming", G_CALLBACK (on_incoming_cb), NULL);
  return g_strdup_printf ("host=127.0.0.1 port=%u dbname=x user=x sslmode=require",
                          g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
}

/* A peer that accepts the connection and never says a word, as behind a
 * broken firewall: the connect gives up at connect_timeout. */
static gboolean
on_silent_incoming_cb (GSocketService *service,
                       GSocketConnection *connection,
                       GObject *source,
                       gpointer user_data)
{
  g_object_set_data_full (G_OBJECT (service), "connection", g_object_ref (connection),
                          g_object_unref);
  return TRUE;
}

static void
test_connect_timeout (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocketAddress) bound = NULL;
  g_autoptr (GSocketService) service = g_socket_service_new ();
  g_autofree char *conninfo = NULL;
  g_autoptr (KansioDatabase) database = NULL;
  g_autoptr (KansioRows) rows = NULL;
  gint64 started;

  g_socket_listener_add_address (G_SOCKET_LISTENER (service), address, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &bound, &error);
  g_assert_no_error (error);
  g_signal_connect (service, "incoming", G_CALLBACK (on_silent_incoming_cb), NULL);
  conninfo = g_strdup_printf ("host=127.0.0.1 port=%u dbname=x user=x sslmode=disable "
                              "connect_timeout=1",
                              g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));

  database = kansio_database_new (conninfo);
  started = g_get_monotonic_time ();
  rows = kansio_test_query (database, "SELECT 1", &error);
  g_assert_null (rows);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_SERVER_UNREACHABLE);
  g_assert_cmpstr (kansio_database_error_get_server_message (error), ==, "timeout expired");
  g_assert_cmpint (g_get_monotonic_time () - started, >=, G_USEC_PER_SEC);
  g_assert_cmpint (g_get_monotonic_time () - started, <, 10 * G_USEC_PER_SEC);
}

static void
test_connect_errors (void)
{
  g_autoptr (GSocketService) service = NULL;
  g_autofree char *without_tls = start_server_without_tls (&service);
  g_autofree char *missing_database = kansio_test_superuser_conninfo ("no_such_database");
  g_autofree char *missing_role = NULL;
  g_autofree char *base = kansio_test_superuser_conninfo ("postgres");
  struct
  {
    char *conninfo;
    KansioDatabaseError code;
    const char *sqlstate;
  } cases[] = {
    { g_strdup ("host=/nonexistent/socket/folder dbname=x"),
      KANSIO_DATABASE_ERROR_SERVER_UNREACHABLE, NULL },
    { g_strdup (missing_database), KANSIO_DATABASE_ERROR_FAILED, "3D000" },
    { g_strconcat (base, " user=no_such_role", NULL), KANSIO_DATABASE_ERROR_AUTHENTICATION_FAILED,
      "28000" },
    { g_strdup (without_tls), KANSIO_DATABASE_ERROR_TLS_FAILED, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (KansioDatabase) database = kansio_database_new (cases[i].conninfo);
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows = NULL;

      g_test_message ("%s", cases[i].conninfo);
      rows = kansio_test_query (database, "SELECT 1", &error);
      g_assert_null (rows);
      g_test_message ("→ %s (%s)", error->message,
                      kansio_database_error_get_server_message (error));
      g_assert_error (error, KANSIO_DATABASE_ERROR, (int) cases[i].code);
      g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, cases[i].sqlstate);
      g_free (cases[i].conninfo);
    }
}

/* A wrong password needs password authentication, which the test cluster
 * otherwise does not use: one role is switched to it in pg_hba.conf. */
static void
test_wrong_password (void)
{
  g_autofree char *hba
      = g_build_filename (kansio_test_get_server_directory (), "data", "pg_hba.conf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *base = kansio_test_superuser_conninfo ("postgres");
  g_autofree char *wrong = NULL;
  g_autofree char *right = NULL;
  g_autoptr (KansioDatabase) admin = kansio_database_new (base);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_test_query (admin,
                            "DO $$ BEGIN "
                            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kansio_pw_test') "
                            "THEN CREATE ROLE kansio_pw_test LOGIN PASSWORD 'correct horse'; "
                            "END IF; END $$",
                            &error);
  g_assert_no_error (error);
  g_clear_object (&rows);

  g_file_get_contents (hba, &contents, NULL, &error);
  g_assert_no_error (error);
  if (!g_str_has_prefix (contents, "local all kansio_pw_test"))
    {
      updated = g_strconcat ("local all kansio_pw_test scram-sha-256\n", contents, NULL);
      g_file_set_contents (hba, updated, -1, &error);
      g_assert_no_error (error);
    }
  rows = kansio_test_query (admin, "SELECT pg_reload_conf ()", &error);
  g_assert_no_error (error);
  g_clear_object (&rows);
  g_usleep (200 * 1000);

  wrong = g_strconcat (base, " user=kansio_pw_test password=wrong", NULL);
  {
    g_autoptr (KansioDatabase) database = kansio_database_new (wrong);
    rows = kansio_test_query (database, "SELECT 1", &error);
    g_assert_null (rows);
    g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_AUTHENTICATION_FAILED);
    g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "28P01");
    g_clear_error (&error);
  }

  right = g_strconcat (base, " user=kansio_pw_test password='correct horse'", NULL);
  {
    g_autoptr (KansioDatabase) database = kansio_database_new (right);
    rows = kansio_test_query (database, "SELECT current_user", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (kansio_rows_get_string (rows, 0, 0), ==, "kansio_pw_test");
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/database/bound-parameters", test_bound_parameters);
  ADD ("/database/one-statement-only", test_one_statement_only);
  ADD ("/database/error-mapping", test_error_mapping);
  ADD ("/database/unique-violation", test_unique_violation);
  ADD ("/database/cancel", test_cancel);
  ADD ("/database/cancel-before-start", test_cancel_before_start);
  ADD ("/database/notify", test_notify);
  ADD ("/database/lost-connection", test_lost_connection);
  ADD ("/database/idle-connection-closed", test_idle_connection_closed);
  ADD ("/database/parallel-requests", test_parallel_requests);
#undef ADD
  g_test_add_func ("/database/connect-errors", test_connect_errors);
  g_test_add_func ("/database/connect-timeout", test_connect_timeout);
  g_test_add_func ("/database/wrong-password", test_wrong_password);

  return g_test_run ();
}
