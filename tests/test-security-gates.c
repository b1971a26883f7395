/* test-security-gates.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The api's doors from the attacker's side: no login role reaches a table
 * or a helper with plain SQL; every api function, from the catalogue
 * below, is a gate of its kind that logs what it reads, and durably,
 * before any row leaves; and no one changes the logs, not even the schema
 * owner.
 */
#include "config.h"

#include <libpq-fe.h>

#include "kansio-test-security.h"

/* Plain SQL: no login role reaches a table, a sequence or a helper. */
static void
test_plain_sql_refused (void)
{
  g_autoptr (KansioRows) tables = kansio_test_security_run_as_superuser (
      "SELECT n.nspname || '.' || c.relname, a.attname FROM pg_class c "
      "JOIN pg_namespace n ON n.oid = c.relnamespace "
      "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = 1 "
      "WHERE n.nspname IN ('kansio', 'kansio_meta') AND c.relkind IN ('r', 'p') ORDER BY 1");
  g_autoptr (GPtrArray) roles = g_ptr_array_new ();
  guint n_tried = 0;

  g_assert_cmpuint (kansio_rows_get_n_rows (tables), >=, 12);
  for (guint i = 0; kansio_test_security_roles[i] != NULL; i++)
    g_ptr_array_add (roles, (gpointer) kansio_test_security_roles[i]);
  g_ptr_array_add (roles, (gpointer) "kansio_test_outsider");

  for (guint r = 0; r < roles->len; r++)
    {
      KansioDatabase *database = kansio_test_security_connect_as (g_ptr_array_index (roles, r));

      for (guint t = 0; t < kansio_rows_get_n_rows (tables); t++)
        {
          const char *table = kansio_rows_get_string (tables, t, 0);
          const char *column = kansio_rows_get_string (tables, t, 1);
          char *statements[] = {
            g_strdup_printf ("SELECT * FROM %s LIMIT 1", table),
            g_strdup_printf ("INSERT INTO %s DEFAULT VALUES", table),
            g_strdup_printf ("UPDATE %s SET %s = %s", table, column, column),
            g_strdup_printf ("DELETE FROM %s", table),
            g_strdup_printf ("TRUNCATE %s", table),
          };

          for (guint s = 0; s < G_N_ELEMENTS (statements); s++)
            {
              g_autoptr (GError) error = NULL;
              g_autoptr (KansioRows) rows
                  = kansio_test_run (database, statements[s], NULL, 0, &error);
              g_autofree char *statement = g_steal_pointer (&statements[s]);

              n_tried++;
              /* The migration record may be read (the app checks the schema
               * version as the user), never changed. */
              if (s == 0 && g_str_equal (table, "kansio_meta.schema_migration"))
                {
                  g_assert_no_error (error);
                  continue;
                }
              if (rows != NULL
                  || g_strcmp0 (kansio_database_error_get_sqlstate (error), "42501") != 0)
                g_error ("%s as %s: expected 42501, got %s", statement,
                         (char *) g_ptr_array_index (roles, r),
                         error ? kansio_database_error_get_sqlstate (error) : "success");
            }
        }
    }
  g_test_message ("%u statements refused", n_tried);
}

static void
test_helpers_unreachable (void)
{
  const char *const attempts[] = {
    "SELECT kansio.caller ()",
    "SELECT kansio.log_usage (1, ARRAY[1]::bigint[], 'x')",
    "SELECT * FROM kansio.person_record (1, 1)",
    "SELECT kansio.log_read (1, ARRAY[1]::bigint[], 'x')",
    "SELECT nextval ('kansio.person_id_seq')",
    /* The implementations behind the gates: data without a durable log. */
    "SELECT * FROM kansio_impl.person_get (1, NULL)",
    "SELECT * FROM kansio_impl.person_search ('virt', 50, 0)",
    "SELECT * FROM kansio_impl.document_get (1, NULL)",
    "INSERT INTO kansio.read_receipt VALUES (current_user, '\\x00', now (), '1')",
    "SELECT * FROM kansio.read_receipt",
  };

  for (guint i = 0; i < G_N_ELEMENTS (attempts); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows = kansio_test_run (
          kansio_test_security_connect_as ("demo_paakayttaja"), attempts[i], NULL, 0, &error);

      g_test_message ("%s", attempts[i]);
      g_assert_null (rows);
      g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "42501");
    }
}

/* Every api function either returns no client data or logs its reads. A
 * new function must be added here, with how to call it, or this fails. */
typedef struct
{
  const char *function;
  const char *role;
  const char *call;
  const char *person;
} ApiCall;

static const ApiCall api_calls[] = {
  { "whoami", "demo_kasittelija", "SELECT * FROM api.whoami ()", NULL },
  { "my_rights", "demo_kasittelija", "SELECT * FROM api.my_rights ()", NULL },
  { "job_roles", "demo_kasittelija", "SELECT * FROM api.job_roles ()", NULL },
  { "server_info", "demo_kasittelija", "SELECT * FROM api.server_info ()", NULL },
  { "person_lookup", "demo_kasittelija", "SELECT * FROM api.person_lookup ('140384-9027')", NULL },
  { "person_search", "demo_kasittelija", "SELECT * FROM api.person_search ('virt')", NULL },
  { "person_get", "demo_kasittelija", "SELECT * FROM api.person_get ($1)", AINO },
  { "person_open_emergency", "demo_lukija",
    "SELECT * FROM api.person_open_emergency ($1, 'needed for the catalogue test')", NYSTROM },
  { "person_find_similar", "demo_kasittelija",
    "SELECT * FROM api.person_find_similar ('Aino Maria', 'Virtanen', '1984-03-14')", NULL },
  { "person_create", "demo_kasittelija",
    "SELECT api.person_create ('010190-998V', 'Uusi', 'Asiakas', 'fi', 'income-support', "
    "(SELECT unit_id FROM api.whoami ()))",
    NULL },
  { "person_update", "demo_kasittelija",
    "SELECT api.person_update ($1, (SELECT row_version FROM api.person_get ($1)), 'Aino Maria', "
    "'Virtanen', 'fi', 'Kuvitelma', NULL, NULL, NULL, NULL, NULL, NULL, false)",
    AINO },
  { "relation_add", "demo_kasittelija", "SELECT api.relation_add ($1, '031008A9922', 'household')",
    AINO },
  { "relation_end", "demo_kasittelija",
    "SELECT api.relation_end ((SELECT max (relation_id) FROM api.person_relations ($1)), "
    "current_date)",
    AINO },
  { "person_relations", "demo_kasittelija", "SELECT * FROM api.person_relations ($1)", AINO },
  { "case_open", "demo_kasittelija",
    "SELECT api.case_open ('" AINO "', 'income-support', (SELECT unit_id FROM api.whoami ()), "
    "'Uusi hakemus saapui tänään')",
    NULL },
  { "case_close", "demo_kasittelija",
    "SELECT api.case_close ((SELECT max (case_id) FROM api.person_cases ($1)))", MIKKO },
  { "person_cases", "demo_kasittelija", "SELECT * FROM api.person_cases ($1)", AINO },
  { "case_events", "demo_kasittelija",
    "SELECT * FROM api.case_events ((SELECT min (case_id) FROM api.person_cases ($1)))", AINO },
  { "audit_person_views", "demo_tarkastaja",
    "SELECT * FROM api.audit_person_views ($1, '-infinity', 'infinity')", AINO },
  { "audit_user_views", "demo_tarkastaja",
    "SELECT * FROM api.audit_user_views ('demo_kasittelija', '-infinity', 'infinity')", NULL },
  { "audit_verify", "demo_tarkastaja", "SELECT * FROM api.audit_verify ()", NULL },
  { "disclosure_record", "demo_kasittelija",
    "SELECT api.disclosure_record ($1, 'päätös', 'asiakas', 'hallintolaki 54 §')", AINO },
  { "disclosure_list", "demo_tarkastaja", "SELECT * FROM api.disclosure_list ($1)", AINO },
  { "grant_role", "demo_paakayttaja",
    "SELECT api.grant_role ('demo_lukija', 'maintenance:reader', 1, current_date + 30)", NULL },
  { "revoke_grant", "demo_paakayttaja",
    "SELECT api.revoke_grant ((SELECT max (grant_id) FROM api.staff_grants ()))", NULL },
  { "staff_grants", "demo_paakayttaja", "SELECT * FROM api.staff_grants ()", NULL },
  { "work_queue", "demo_esihenkilo", "SELECT * FROM api.work_queue ()", NULL },
  { "work_queue_item_handle", "demo_esihenkilo",
    "SELECT api.work_queue_item_handle ((SELECT max (i.id) FROM kansio_test_queue i "
    "WHERE i.resolved_at IS NULL AND i.caused_by <> (SELECT staff_id FROM api.whoami ())), "
    "'checked with the caseworker')",
    NULL },
  { "is_application_register", "demo_kasittelija",
    "SELECT api.is_application_register ((SELECT min (case_id) FROM api.person_cases ($1) "
    "WHERE closed_on IS NULL AND area = 'income-support'), current_date, 'paper', "
    "'2026-12-01', NULL, 'supplementary', false, 'catalogue test')",
    AINO },
  { "is_applications", "demo_kasittelija", "SELECT * FROM api.is_applications ($1)", AINO },
  { "is_application_members", "demo_kasittelija",
    "SELECT * FROM api.is_application_members ((SELECT max (application_id) FROM "
    "api.is_applications ($1)))",
    AINO },
  { "is_application_member_set", "demo_kasittelija",
    "SELECT api.is_application_member_set ((SELECT max (application_id) FROM "
    "api.is_applications ($1) WHERE status IN ('received', 'in_processing')), NULL, 'Vauva', "
    "'child', '2026-01-01')",
    AINO },
  { "is_application_set_status", "demo_kasittelija",
    "SELECT api.is_application_set_status (a.application_id, a.row_version, 'in_processing') "
    "FROM api.is_applications ($1) a WHERE a.status = 'received' LIMIT 1",
    AINO },
  { "is_attachment_set", "demo_kasittelija",
    "SELECT api.is_attachment_set ((SELECT max (application_id) FROM api.is_applications ($1)), "
    "NULL, 'Vuokrasopimus', NULL)",
    AINO },
  { "is_attachments", "demo_kasittelija",
    "SELECT * FROM api.is_attachments ((SELECT max (application_id) FROM "
    "api.is_applications ($1)))",
    AINO },
  { "is_completion_request", "demo_kasittelija",
    "SELECT api.is_completion_request (a.application_id, a.row_version, NULL, NULL) FROM "
    "api.is_applications ($1) a WHERE a.notes = 'seed' "
    "AND api.is_attachment_set (a.application_id, NULL, 'Tiliote', NULL) > 0",
    AINO },
  { "is_discussion_set", "demo_kasittelija",
    "SELECT api.is_discussion_set ((SELECT max (application_id) FROM api.is_applications ($1)), "
    "current_date, NULL)",
    AINO },
  { "is_applications_for_months", "demo_kasittelija",
    "SELECT * FROM api.is_applications_for_months ((SELECT min (case_id) FROM "
    "api.person_cases ($1) WHERE closed_on IS NULL AND area = 'income-support'), "
    "'2026-12-01', NULL)",
    AINO },
  { "is_decision_decide", "demo_paattaja",
    "SELECT api.is_decision_decide (d.decision_id, d.row_version) FROM api.is_applications ($1) "
    "a, api.is_decision_get (a.application_id) d WHERE d.decided_at IS NULL AND a.notes = "
    "'seed'",
    AINO },
  /* The sending of the decision made in kansio_test_security_set_up ()
   * (its document is put in place there). */
  { "is_decision_sent", "demo_kasittelija",
    "SELECT api.is_decision_sent (d.decision_id, 'post', "
    "(now () AT TIME ZONE 'Europe/Helsinki')::date) FROM "
    "api.is_applications ($1) a, api.is_decision_get (a.application_id) d "
    "WHERE a.notes = 'seed decided'",
    AINO },
  { "is_decision_orders", "demo_kasittelija",
    "SELECT * FROM api.is_decision_orders ((SELECT decision_id FROM api.is_decision_get ((SELECT "
    "min (application_id) FROM api.is_applications ($1)))))",
    AINO },
  { "is_decision_get", "demo_kasittelija",
    "SELECT * FROM api.is_decision_get ((SELECT min (application_id) FROM api.is_applications "
    "($1)))",
    AINO },
  { "is_decision_prepare", "demo_kasittelija",
    "SELECT api.is_decision_prepare ((SELECT max (application_id) FROM api.is_applications ($1) "
    "WHERE status IN ('received', 'in_processing')), 'granted', 10000, '{\"month\": \"2026-03\", "
    "\"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}]}', 'catalogue')",
    AINO },
  { "is_payment_order_add", "demo_kasittelija",
    "SELECT api.is_payment_order_add ((SELECT decision_id FROM api.is_decision_get ((SELECT max "
    "(application_id) FROM api.is_applications ($1) WHERE notes = 'catalogue test'))), "
    "'client', 'Aino Virtanen', 'FI2112345600000785', NULL, 'catalogue', 5000, current_date)",
    AINO },
  /* An order added and taken back again, before the decision is made. */
  { "is_payment_order_remove", "demo_kasittelija",
    "SELECT api.is_payment_order_remove (api.is_payment_order_add ((SELECT decision_id FROM "
    "api.is_decision_get ((SELECT max (application_id) FROM api.is_applications ($1) WHERE "
    "notes = 'catalogue test'))), 'client', 'Aino Virtanen', 'FI2112345600000785', NULL, "
    "'taken back', 100, current_date))",
    AINO },
  { "is_payment_run_create", "demo_paattaja",
    "SELECT api.is_payment_run_create (current_date + 40)", NULL },
  { "is_payment_run_preview", "demo_paattaja",
    "SELECT * FROM api.is_payment_run_preview (current_date + 40)", NULL },
  { "is_payment_run_orders", "demo_paattaja",
    "SELECT * FROM api.is_payment_run_orders ((SELECT max (id) FROM kansio_test_runs))", NULL },
  { "is_payment_runs", "demo_paattaja", "SELECT * FROM api.is_payment_runs ()", NULL },
  { "is_recoveries", "demo_kasittelija",
    "SELECT * FROM api.is_recoveries ((SELECT decision_id FROM api.is_decision_get ((SELECT "
    "min (application_id) FROM api.is_applications ($1)))))",
    AINO },
  { "is_recovery_decide", "demo_paattaja",
    "SELECT api.is_recovery_decide ((SELECT max (id) FROM kansio_test_recoveries))", NULL },
  { "is_recovery_prepare", "demo_kasittelija",
    "SELECT api.is_recovery_prepare (d.decision_id, 100, 'catalogue') FROM api.is_applications "
    "($1) a, api.is_decision_get (a.application_id) d WHERE a.notes = 'seed'",
    AINO },
  { "is_statistics", "demo_kasittelija",
    "SELECT * FROM api.is_statistics (extract (year FROM current_date)::integer)", NULL },
  { "phrases", "demo_kasittelija", "SELECT * FROM api.phrases ('income-support')", NULL },
  { "is_work_queue", "demo_kasittelija", "SELECT * FROM api.is_work_queue ('office')", NULL },
  { "working_days_add", "demo_kasittelija", "SELECT api.working_days_add ('2026-12-21', 3)", NULL },
  { "working_day_rules", "demo_lukija", "SELECT * FROM api.working_day_rules ()", NULL },
  { "working_day_rule_set", "demo_paakayttaja",
    "SELECT api.working_day_rule_set ('midsummer_eve', true)", NULL },
  { "income_support_rates", "demo_kasittelija",
    "SELECT * FROM api.income_support_rates ('2026-03-01', '2026-03-31')", NULL },
  { "income_support_rate_add", "demo_paakayttaja",
    "SELECT api.income_support_rate_add ('gift_limit_family', '2027-01-01', NULL, 10000, "
    "'catalogue test')",
    NULL },
  { "template_list", "demo_kasittelija", "SELECT * FROM api.template_list ()", NULL },
  { "template_versions", "demo_kasittelija", "SELECT * FROM api.template_versions (3)", NULL },
  { "template_version_get", "demo_kasittelija", "SELECT * FROM api.template_version_get (1)",
    NULL },
  { "templates_for_use", "demo_kasittelija",
    "SELECT * FROM api.templates_for_use ('information-request')", NULL },
  { "template_create", "demo_kirjeet",
    "SELECT api.template_create ('catalogue-test', NULL, 'letter', 'Testi', 'Test')", NULL },
  /* The version seeded as submitted by demo_kasittelija's hand. */
  { "template_decide", "demo_paakayttaja",
    "SELECT api.template_decide (v.version_id, v.row_version, true, 'ok') FROM "
    "api.template_version_get ((SELECT draft_version_id FROM api.template_list () "
    "WHERE name = 'information-request')) v",
    NULL },
  { "template_save_draft", "demo_kirjeet",
    "SELECT * FROM api.template_save_draft (3, 0, 'Uusi', 'Ny', 'catalogue test')", NULL },
  { "template_submit", "demo_kirjeet",
    "SELECT api.template_submit ((SELECT draft_version_id FROM api.template_list () "
    "WHERE name = 'information-request'))",
    NULL },
  { "document_fields", "demo_kasittelija", "SELECT * FROM api.document_fields ($1, NULL, NULL)",
    AINO },
  { "document_request", "demo_kasittelija",
    "SELECT api.document_request ((SELECT min (case_id) FROM api.person_cases ($1) "
    "WHERE closed_on IS NULL), "
    "(SELECT version_id FROM api.templates_for_use ('information-request') "
    "WHERE name = 'information-request'), 'fi')",
    AINO },
  { "document_request_state", "demo_kasittelija",
    "SELECT * FROM api.document_request_state ('is-decision', " SEEDED ("decision") ")", NULL },
  { "person_documents", "demo_kasittelija", "SELECT * FROM api.person_documents ($1)", AINO },
  { "document_get", "demo_kasittelija",
    "SELECT * FROM api.document_get ((SELECT max (document_id) FROM api.person_documents ($1)))",
    AINO },
  { "document_disclose", "demo_kasittelija",
    "SELECT api.document_disclose ((SELECT max (document_id) FROM api.person_documents ($1)), "
    "'print', 'Aino Virtanen', 'hallintolaki 54 §')",
    AINO },
  { "audit_report_fields", "demo_tarkastaja",
    "SELECT * FROM api.audit_report_fields ('" AINO "', '-infinity', 'infinity') "
    "WHERE $1::bigint > 0",
    AINO },
  { "audit_report_request", "demo_tarkastaja",
    "SELECT api.audit_report_request ('" AINO "', '-infinity', 'infinity') "
    "WHERE $1::bigint > 0",
    AINO },
};

static const ApiCall *
find_api_call (const char *function)
{
  for (guint i = 0; i < G_N_ELEMENTS (api_calls); i++)
    if (g_str_equal (api_calls[i].function, function))
      return &api_calls[i];
  return NULL;
}

static void
test_every_function_logs (void)
{
  /* Each api function, and for a gate the implementation behind it. */
  g_autoptr (KansioRows) functions = kansio_test_security_run_as_superuser (
      "SELECT p.proname, coalesce (obj_description (p.oid, 'pg_proc'), ''), p.prosecdef, "
      "coalesce (array_to_string (p.proconfig, ','), ''), "
      "coalesce (i.prosrc, p.prosrc) ~ 'kansio\\.(log_usage|log_read|is_log_application)', "
      "p.prosrc ~ 'kansio\\.read_gate \\(\\)', p.prosrc ~ 'kansio\\.read_(pending \\(\\)|logged)', "
      "coalesce (array_to_string (i.proconfig, ','), '') "
      "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
      "LEFT JOIN pg_proc i ON i.proname = p.proname "
      "  AND i.pronamespace = 'kansio_impl'::regnamespace "
      "  AND i.proargtypes = p.proargtypes "
      "WHERE n.nspname = 'api' ORDER BY p.proname");

  g_assert_cmpuint (kansio_rows_get_n_rows (functions), >=, G_N_ELEMENTS (api_calls));

  for (guint i = 0; i < kansio_rows_get_n_rows (functions); i++)
    {
      const char *name = kansio_rows_get_string (functions, i, 0);
      const char *comment = kansio_rows_get_string (functions, i, 1);
      const ApiCall *call = find_api_call (name);
      const char *params[]
          = { call && call->person ? kansio_test_security_id_of (call->person) : NULL };
      gboolean is_read = g_str_equal (comment, "client-data");
      gboolean is_write = g_str_equal (comment, "client-write");
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows = NULL;
      gint64 before;

      g_test_message ("api.%s (%s)", name, comment);
      if (call == NULL)
        g_error ("api.%s has no case in test-security-gates.c: add one", name);
      if (!is_read && !is_write && !g_str_equal (comment, "no-client-data"))
        g_error ("api.%s is not marked 'client-data', 'client-write' or 'no-client-data'", name);

      /* The door itself: definer rights, a pinned search_path, and
       * Helsinki's today whatever the session says. */
      g_assert_true (kansio_rows_get_boolean (functions, i, 2));
      /* …and nothing a caller sets prints its plans or debug messages to
       * them (server_info, which reads nothing, is no gate). */
      g_assert_cmpstr (kansio_rows_get_string (functions, i, 3), ==,
                       g_str_equal (name, "server_info")
                           ? "search_path=pg_catalog, pg_temp,TimeZone=Europe/Helsinki"
                           : "search_path=pg_catalog, pg_temp,TimeZone=Europe/Helsinki,"
                             "client_min_messages=notice,debug_print_plan=off,"
                             "debug_print_parse=off,debug_print_rewritten=off");

      /* A read of client data is a gate that holds its rows back until its
       * log row has committed; a change waits for a nested read. */
      g_assert_cmpint (kansio_rows_get_boolean (functions, i, 5), ==, is_read);
      g_assert_cmpint (kansio_rows_get_boolean (functions, i, 6), ==, is_read || is_write);
      /* …whose implementation sets nothing again: only its gate runs it. */
      if (is_read || is_write)
        g_assert_cmpstr (kansio_rows_get_string (functions, i, 7), ==, "");

      /* An earlier read of the same within the receipt window is covered
       * by its row; this is about the function's own. */
      kansio_test_security_forget_receipts ();
      before = kansio_test_security_count_usage_rows ();
      rows = kansio_test_run (kansio_test_security_connect_as (call->role), call->call, params,
                              call->person ? 1 : 0, &error);
      g_assert_no_error (error);

      if (is_read || is_write)
        {
          g_assert_true (kansio_rows_get_boolean (functions, i, 4));
          g_assert_cmpint (kansio_test_security_count_usage_rows (), >, before);

          /* …and the client the call was about is in what it logged. */
          if (call->person != NULL)
            {
              g_autofree char *sql = g_strdup_printf (
                  "SELECT bool_or (%s::bigint = ANY (person_ids)) FROM kansio.usage_log "
                  "WHERE id > (SELECT max (id) - 3 FROM kansio.usage_log)",
                  params[0]);
              g_autoptr (KansioRows) logged = kansio_test_security_run_as_superuser (sql);
              g_assert_true (kansio_rows_get_boolean (logged, 0, 0));
            }
        }
      else
        g_assert_cmpint (kansio_test_security_count_usage_rows (), ==, before);
    }
}

/* Rows of data a raw connection got back from @sql, over all its results. */
static int
rows_returned (PGconn *conn, const char *sql)
{
  int n_rows = 0;

  g_assert_true (PQsendQuery (conn, sql));
  for (PGresult *result; (result = PQgetResult (conn)) != NULL; PQclear (result))
    if (PQresultStatus (result) == PGRES_TUPLES_OK)
      n_rows += PQntuples (result);
  return n_rows;
}

/* No client data leaves the server before a committed usage-log row names
 * it, whatever the caller does next: every read is tried inside BEGIN…
 * ROLLBACK, in a savepoint rolled back, through a cursor, and in one query
 * string that ends in an error. None may return a row; the same call made
 * as Kansio makes it (asking again after the row has committed) must. */
static void
test_reads_durable (void)
{
  const char *const attacks[] = {
    "BEGIN; @; ROLLBACK",
    "BEGIN; SAVEPOINT s; @; ROLLBACK TO SAVEPOINT s; @; ROLLBACK",
    "BEGIN; DECLARE c CURSOR FOR @; FETCH ALL FROM c; ROLLBACK",
    "@; SELECT 1 / 0",
    "@; @; SELECT 1 / 0",
  };
  g_autoptr (KansioRows) functions = kansio_test_security_run_as_superuser (
      "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
      "WHERE n.nspname = 'api' AND obj_description (p.oid, 'pg_proc') = 'client-data' "
      "ORDER BY p.proname");
  guint n_tried = 0;

  g_assert_cmpuint (kansio_rows_get_n_rows (functions), >=, 20);
  for (guint f = 0; f < kansio_rows_get_n_rows (functions); f++)
    {
      const char *name = kansio_rows_get_string (functions, f, 0);
      const ApiCall *call = find_api_call (name);
      g_autofree char *conninfo = NULL;
      g_autoptr (GString) sql = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) control = NULL;
      const char *params[1] = { NULL };
      PGconn *conn;
      gint64 committed_before;

      g_assert_nonnull (call);
      sql = g_string_new (call->call);
      if (call->person != NULL)
        {
          params[0] = kansio_test_security_id_of (call->person);
          g_string_replace (sql, "$1", params[0], 0);
        }

      conninfo
          = g_strdup_printf ("%s user=%s", kansio_test_security_get_demo ()->conninfo, call->role);
      conn = PQconnectdb (conninfo);
      g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
      for (guint a = 0; a < G_N_ELEMENTS (attacks); a++)
        {
          g_autoptr (GString) attack_text = g_string_new (attacks[a]);
          const char *attack;

          g_string_replace (attack_text, "@", sql->str, 0);
          attack = attack_text->str;

          kansio_test_security_forget_receipts ();
          committed_before = kansio_test_security_count_usage_rows ();
          g_test_message ("%s: %s", call->role, attack);
          g_assert_cmpint (rows_returned (conn, attack), ==, 0);
          /* Nothing was committed for it either. */
          g_assert_cmpint (kansio_test_security_count_usage_rows (), ==, committed_before);
          n_tried++;
        }
      PQfinish (conn);

      /* The same read as Kansio makes it does return data. */
      kansio_test_security_forget_receipts ();
      control = kansio_test_run (kansio_test_security_connect_as (call->role), call->call, params,
                                 call->person ? 1 : 0, &error);
      g_assert_no_error (error);
      g_test_message ("api.%s: %u rows when asked again", name, kansio_rows_get_n_rows (control));
      g_assert_cmpuint (kansio_rows_get_n_rows (control), >, 0);
    }
  g_test_message ("%u attacks returned nothing", n_tried);
}

static void
test_logs_insert_only (void)
{
  const char *const attempts[] = {
    "UPDATE kansio.usage_log SET view = 'nothing to see'",
    "DELETE FROM kansio.usage_log",
    "TRUNCATE kansio.usage_log",
    "UPDATE kansio.disclosure_log SET recipient = 'nobody'",
    "DELETE FROM kansio.disclosure_log",
    "DELETE FROM kansio.log_seal",
    "UPDATE kansio.log_seal SET row_hash = row_hash",
    "TRUNCATE kansio.log_seal",
    "DELETE FROM kansio.log_seal_head",
    "UPDATE kansio.document SET title = 'changed'",
    "DELETE FROM kansio.document",
    "TRUNCATE kansio.document CASCADE",
    "UPDATE kansio.template_version SET body_fi = 'changed' WHERE status = 'approved'",
    "DELETE FROM kansio.template_version WHERE status = 'approved'",
  };

  g_autofree char *anchors = g_dir_make_tmp ("kansio-anchors-XXXXXX", NULL);
  GAsyncResult *sealed = NULL;
  g_autoptr (GError) seal_error = NULL;

  /* The seal has rows to protect. */
  kansio_audit_seal_async (kansio_test_security_get_demo ()->database, anchors, NULL,
                           kansio_test_store_result_cb, &sealed);
  g_assert_true (kansio_audit_seal_finish (kansio_test_wait (&sealed), NULL, &seal_error));
  g_assert_no_error (seal_error);
  g_object_unref (sealed);

  /* Not even the schema owner, nor a superuser who does not first switch
   * the triggers off. */
  for (guint as_owner = 0; as_owner < 2; as_owner++)
    for (guint i = 0; i < G_N_ELEMENTS (attempts); i++)
      {
        g_autoptr (GError) error = NULL;
        g_autoptr (KansioRows) rows = NULL;

        if (as_owner)
          {
            g_autoptr (KansioDatabase) owner = NULL;
            g_autofree char *conninfo = g_strdup_printf (
                "%s options='-c role=kansio_owner'", kansio_test_security_get_demo ()->conninfo);
            owner = kansio_database_new (conninfo);
            rows = kansio_test_run (owner, attempts[i], NULL, 0, &error);
          }
        else
          rows = kansio_test_run (kansio_test_security_get_demo ()->database, attempts[i], NULL, 0,
                                  &error);

        g_test_message ("%s%s", as_owner ? "as kansio_owner: " : "as superuser: ", attempts[i]);
        g_assert_null (rows);
        g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "42501");
      }
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  kansio_test_security_set_up ();

  g_test_add_func ("/security/plain-sql-refused", test_plain_sql_refused);
  g_test_add_func ("/security/helpers-unreachable", test_helpers_unreachable);
  g_test_add_func ("/security/every-function-logs", test_every_function_logs);
  g_test_add_func ("/security/logs-insert-only", test_logs_insert_only);
  g_test_add_func ("/security/reads-durable", test_reads_durable);

  status = g_test_run ();
  kansio_test_security_tear_down ();
  return status;
}
