/* test-security.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The security core tested from the attacker's side: log in as each demo
 * role and try what that role must not do, through the api and with plain
 * SQL, as someone with a caseworker's credentials and psql would.
 */
#include "config.h"

#include <string.h>

#include <libpq-fe.h>

#include "kansio-test-util.h"

static KansioTestDatabase *demo;
static GHashTable *person_ids; /* identity code → id as text */

static const char *const demo_roles[] = {
  "demo_kasittelija",   "demo_paattaja",       "demo_lukija",      "demo_sosiaalityontekija",
  "demo_lastenvalvoja", "demo_vammaispalvelu", "demo_handlaggare", "demo_esihenkilo",
  "demo_paakayttaja",   "demo_tarkastaja",     "demo_kirjeet",     NULL,
};

#define AINO "140384-9027"
#define MIKKO "021181-913H"
#define ELLA "210615A9242"
#define SAGA "300890-946J"
#define KORHONEN "051258-9694"
#define LIISA "290296-970C"
#define NYSTROM "170775-981L"
#define HELMI "031008A9922"

static KansioRows *
run (KansioDatabase *database,
     const char *sql,
     const char *const *params,
     guint n_params,
     GError **error)
{
  GAsyncResult *result = NULL;
  KansioRows *rows;

  kansio_database_query_async (database, sql, params, n_params, NULL, kansio_test_store_result_cb,
                               &result);
  rows = kansio_database_query_finish (database, kansio_test_wait (&result), error);
  g_object_unref (result);
  return rows;
}

static KansioRows *
run_as_superuser (const char *sql)
{
  g_autoptr (GError) error = NULL;
  KansioRows *rows = kansio_test_query (demo->database, sql, &error);

  g_assert_no_error (error);
  return rows;
}

static gint64
count_usage_rows (void)
{
  g_autoptr (KansioRows) rows = run_as_superuser ("SELECT count (*) FROM kansio.usage_log");
  return kansio_rows_get_int64 (rows, 0, 0);
}

static void
forget_receipts (void)
{
  g_autoptr (KansioRows) rows = run_as_superuser ("DELETE FROM kansio.read_receipt");
}

static const char *
id_of (const char *identity_code)
{
  const char *id = g_hash_table_lookup (person_ids, identity_code);

  g_assert_nonnull (id);
  return id;
}

static KansioDatabase *
connect_as (const char *role)
{
  static GHashTable *connections;
  KansioDatabase *database;

  if (connections == NULL)
    connections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  database = g_hash_table_lookup (connections, role);
  if (database == NULL)
    {
      database = kansio_test_database_connect_as (demo, role);
      g_hash_table_insert (connections, g_strdup (role), database);
    }
  return database;
}

/* Plain SQL: no login role reaches a table, a sequence or a helper. */
static void
test_plain_sql_refused (void)
{
  g_autoptr (KansioRows) tables = run_as_superuser (
      "SELECT n.nspname || '.' || c.relname, a.attname FROM pg_class c "
      "JOIN pg_namespace n ON n.oid = c.relnamespace "
      "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = 1 "
      "WHERE n.nspname IN ('kansio', 'kansio_meta') AND c.relkind IN ('r', 'p') ORDER BY 1");
  g_autoptr (GPtrArray) roles = g_ptr_array_new ();
  guint n_tried = 0;

  g_assert_cmpuint (kansio_rows_get_n_rows (tables), >=, 12);
  for (guint i = 0; demo_roles[i] != NULL; i++)
    g_ptr_array_add (roles, (gpointer) demo_roles[i]);
  g_ptr_array_add (roles, (gpointer) "kansio_test_outsider");

  for (guint r = 0; r < roles->len; r++)
    {
      KansioDatabase *database = connect_as (g_ptr_array_index (roles, r));

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
              g_autoptr (KansioRows) rows = run (database, statements[s], NULL, 0, &error);
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
      g_autoptr (KansioRows) rows
          = run (connect_as ("demo_paakayttaja"), attempts[i], NULL, 0, &error);

      g_test_message ("%s", attempts[i]);
      g_assert_null (rows);
      g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "42501");
    }
}

typedef struct
{
  const char *role;
  const char *sql;
  const char *person;   /* identity code whose id is $1, or NULL */
  const char *sqlstate; /* NULL: must succeed */
  int rows;             /* rows expected on success, or -1 for any */
} RightsCase;

/* A row set_up_demo seeded, by its name in kansio_test_seed. */
#define SEEDED(name) "(SELECT id FROM kansio_test_seed WHERE name = '" name "')"

static const RightsCase rights_cases[] = {
  /* Need to know: one's own area and unit only. */
  { "demo_kasittelija", "SELECT * FROM api.person_get ($1)", AINO, NULL, 1 },
  { "demo_kasittelija", "SELECT * FROM api.person_get ($1)", ELLA, "42501", 0 },
  { "demo_kasittelija", "SELECT * FROM api.person_get ($1)", SAGA, "42501", 0 },
  { "demo_kasittelija", "SELECT * FROM api.person_get ($1)", KORHONEN, "42501", 0 },
  { "demo_kasittelija", "SELECT * FROM api.person_cases ($1)", AINO, NULL, 1 },
  { "demo_kasittelija", "SELECT * FROM api.person_relations ($1)", AINO, NULL, 3 },
  { "demo_sosiaalityontekija", "SELECT * FROM api.person_get ($1)", ELLA, NULL, 1 },
  { "demo_sosiaalityontekija", "SELECT * FROM api.person_get ($1)", AINO, "42501", 0 },
  { "demo_sosiaalityontekija", "SELECT * FROM api.person_get ($1)", HELMI, NULL, 1 },
  { "demo_handlaggare", "SELECT * FROM api.person_get ($1)", SAGA, NULL, 1 },
  { "demo_handlaggare", "SELECT * FROM api.person_get ($1)", AINO, "42501", 0 },
  { "demo_lastenvalvoja", "SELECT * FROM api.person_get ($1)", NYSTROM, NULL, 1 },
  { "demo_lastenvalvoja", "SELECT * FROM api.person_get ($1)", AINO, "42501", 0 },
  { "demo_vammaispalvelu", "SELECT * FROM api.person_get ($1)", KORHONEN, NULL, 1 },
  { "demo_esihenkilo", "SELECT * FROM api.person_get ($1)", AINO, NULL, 1 },
  { "demo_esihenkilo", "SELECT * FROM api.person_get ($1)", ELLA, "42501", 0 },
  /* A reader reads and cannot write. */
  { "demo_lukija", "SELECT * FROM api.person_get ($1)", AINO, NULL, 1 },
  { "demo_lukija",
    "SELECT api.person_update ($1, 1, 'Aino', 'Virtanen', 'fi', NULL, NULL, NULL, NULL, NULL, "
    "NULL, NULL, false)",
    AINO, "42501", 0 },
  { "demo_lukija",
    "SELECT api.case_open ('" AINO "', 'income-support', 2, 'Uusi hakemus saapui tänään')", NULL,
    "42501", 0 },
  { "demo_kasittelija", "SELECT api.relation_add ($1, '000000-0000', 'household')", AINO, "P0002",
    0 },
  { "demo_kasittelija",
    "SELECT api.case_open ('000000-0000', 'income-support', 2, 'Uusi hakemus saapui tänään')", NULL,
    "P0002", 0 },
  { "demo_kasittelija",
    "SELECT api.case_open ('" ELLA "', 'child-welfare', 3, 'Uusi hakemus saapui tänään')", NULL,
    "42501", 0 },
  { "demo_kasittelija", "SELECT api.case_open ('" ELLA "', 'income-support', 2, 'koska')", NULL,
    "22023", 0 },
  /* Nobody widens their own rights. */
  { "demo_paakayttaja", "SELECT api.grant_role ('demo_paakayttaja', 'auditor', 1)", NULL, "42501",
    0 },
  /* Finding namesakes is for those who create people. */
  { "demo_lukija", "SELECT * FROM api.person_find_similar ('Aino Maria', 'Virtanen', '1984-03-14')",
    NULL, "42501", 0 },
  { "demo_lukija", "SELECT api.relation_add ($1, '" MIKKO "', 'household')", AINO, "42501", 0 },
  { "demo_lukija", "SELECT api.disclosure_record ($1, 'x', 'y', 'z')", AINO, NULL, 1 },
  /* Identity lookup by exact code: any caseworker, identity data only. */
  { "demo_sosiaalityontekija", "SELECT * FROM api.person_lookup ('140384-9027')", NULL, NULL, 1 },
  { "demo_lukija", "SELECT * FROM api.person_lookup ('140384-9027')", NULL, NULL, 1 },
  { "demo_tarkastaja", "SELECT * FROM api.person_lookup ('140384-9027')", NULL, "42501", 0 },
  { "demo_paakayttaja", "SELECT * FROM api.person_lookup ('140384-9027')", NULL, "42501", 0 },
  { "demo_paakayttaja", "SELECT * FROM api.person_search ('virtanen')", NULL, "42501", 0 },
  /* Rights are granted by main users only. */
  { "demo_paakayttaja", "SELECT api.grant_role ('demo_lukija', 'disability:reader', 1)", NULL, NULL,
    1 },
  { "demo_esihenkilo", "SELECT api.grant_role ('demo_lukija', 'disability:reader', 1)", NULL,
    "42501", 0 },
  { "demo_kasittelija", "SELECT api.grant_role ('demo_kasittelija', 'main_user', 1)", NULL, "42501",
    0 },
  { "demo_paakayttaja", "SELECT * FROM api.person_get ($1)", AINO, "42501", 0 },
  { "demo_paakayttaja", "SELECT * FROM api.staff_grants ()", NULL, NULL, -1 },
  { "demo_kasittelija", "SELECT * FROM api.staff_grants ()", NULL, "42501", 0 },
  /* Logs are for auditors. */
  { "demo_tarkastaja", "SELECT * FROM api.audit_person_views ($1, '2000-01-01', '2100-01-01')",
    AINO, NULL, -1 },
  { "demo_tarkastaja",
    "SELECT * FROM api.audit_user_views ('demo_kasittelija', '2000-01-01', '2100-01-01')", NULL,
    NULL, -1 },
  { "demo_tarkastaja", "SELECT * FROM api.audit_verify ()", NULL, NULL, 3 },
  { "demo_tarkastaja", "SELECT * FROM api.person_get ($1)", AINO, "42501", 0 },
  { "demo_kasittelija", "SELECT * FROM api.audit_person_views ($1, '2000-01-01', '2100-01-01')",
    AINO, "42501", 0 },
  { "demo_paakayttaja", "SELECT * FROM api.audit_person_views ($1, '2000-01-01', '2100-01-01')",
    AINO, "42501", 0 },
  { "demo_kasittelija", "SELECT * FROM api.audit_verify ()", NULL, "42501", 0 },
  { "demo_paakayttaja", "SELECT * FROM api.audit_verify ()", NULL, NULL, 3 },
  { "demo_kasittelija", "SELECT * FROM api.work_queue ()", NULL, NULL, 0 },
  /* The decision-maker of the same office sees what the handler sees. */
  { "demo_paattaja", "SELECT * FROM api.person_get ($1)", AINO, NULL, 1 },
  { "demo_paattaja", "SELECT * FROM api.person_get ($1)", ELLA, "42501", 0 },
  { "demo_paattaja", "SELECT * FROM api.audit_verify ()", NULL, "42501", 0 },
  /* A handler of income support in one office opens no cases in another. */
  { "demo_kasittelija",
    "SELECT api.case_open ('" AINO "', 'income-support', 4, 'Uusi hakemus saapui tänään')", NULL,
    "42501", 0 },
  /* A case's journal: its own area and unit only. The demo's three
   * events, and those of set_up_demo: two applications registered, a
   * decision and a recovery decided (its documents are put in place as
   * the service would, without its journal entries). */
  { "demo_kasittelija",
    "SELECT * FROM api.case_events ((SELECT min (case_id) FROM api.person_cases ($1)))", AINO, NULL,
    7 },
  { "demo_sosiaalityontekija",
    "SELECT * FROM api.case_events ((SELECT min (case_id) FROM api.person_cases ($1)))", ELLA, NULL,
    3 },
  { "demo_kasittelija", "SELECT * FROM api.case_events (1000000)", NULL, "42501", 0 },
  /* Documents: made only by a handler of the open case, read only by
   * those who may see the client. */
  { "demo_kasittelija", "SELECT * FROM api.document_fields ($1, NULL, NULL)", AINO, NULL, -1 },
  { "demo_sosiaalityontekija", "SELECT * FROM api.document_fields ($1, NULL, NULL)", AINO, "42501",
    0 },
  { "demo_lukija",
    "SELECT api.document_request ((SELECT min (case_id) FROM api.person_cases ($1) "
    "WHERE closed_on IS NULL), "
    "(SELECT version_id FROM api.templates_for_use ('information-request') "
    "WHERE name = 'information-request'), 'fi')",
    AINO, "42501", 0 },
  { "demo_handlaggare",
    "SELECT api.document_request ((SELECT min (case_id) FROM kansio_test_cases WHERE "
    "person_id = $1), 3, 'fi')",
    AINO, "42501", 0 },
  /* Only approved letter templates are asked for; blocks, drafts and
   * decisions are not (a decision's document comes by deciding). */
  { "demo_kasittelija",
    "SELECT api.document_request ((SELECT min (case_id) FROM api.person_cases ($1) "
    "WHERE closed_on IS NULL), "
    "(SELECT version_id FROM api.templates_for_use ('signature') WHERE name = 'signature'), "
    "'fi')",
    AINO, "42501", 0 },
  { "demo_kasittelija",
    "SELECT api.document_request ((SELECT min (case_id) FROM api.person_cases ($1) "
    "WHERE closed_on IS NULL), "
    "(SELECT draft_version_id FROM api.template_list () WHERE name = 'information-request'), "
    "'fi')",
    AINO, "42501", 0 },
  { "demo_paattaja",
    "SELECT api.document_request ((SELECT min (case_id) FROM api.person_cases ($1) "
    "WHERE closed_on IS NULL), "
    "(SELECT version_id FROM api.templates_for_use ('income-support-decision') "
    "WHERE name = 'income-support-decision'), 'fi')",
    AINO, "42501", 0 },
  /* How a request stands: told to those who may see its case only. */
  { "demo_paattaja",
    "SELECT * FROM api.document_request_state ('is-decision', " SEEDED ("decision") ")", NULL, NULL,
    1 },
  { "demo_handlaggare",
    "SELECT * FROM api.document_request_state ('is-decision', " SEEDED ("decision") ")", NULL, NULL,
    0 },
  /* Another area's document is as if it did not exist. */
  { "demo_sosiaalityontekija",
    "SELECT * FROM api.document_get ((SELECT max (id) FROM kansio_test_documents WHERE "
    "person_id = $1))",
    AINO, "P0002", 0 },
  { "demo_sosiaalityontekija",
    "SELECT api.document_disclose ((SELECT max (id) FROM kansio_test_documents WHERE "
    "person_id = $1), 'print', 'x', 'y')",
    AINO, "P0002", 0 },
  { "demo_kasittelija",
    "SELECT api.document_disclose ((SELECT max (document_id) FROM api.person_documents ($1)), "
    "'e-mail', 'x', 'y')",
    AINO, "22023", 0 },
  { "demo_kasittelija",
    "SELECT * FROM api.audit_report_fields ('" AINO "', '-infinity', 'infinity') "
    "WHERE $1::bigint > 0",
    AINO, "42501", 0 },
  /* Income-support applications: handlers of the case's unit register
   * them; others see nothing. */
  { "demo_lukija",
    "SELECT api.is_application_register ((SELECT min (case_id) FROM api.person_cases ($1)), "
    "current_date, 'paper', '2026-12-01', NULL, 'supplementary', false, NULL)",
    AINO, "42501", 0 },
  { "demo_sosiaalityontekija", "SELECT * FROM api.is_applications ($1)", AINO, "42501", 0 },
  { "demo_handlaggare",
    "SELECT * FROM api.is_application_members ((SELECT max (id) FROM kansio_test_applications "
    "WHERE person_id = $1))",
    AINO, "42501", 0 },
  { "demo_handlaggare",
    "SELECT api.is_application_set_status ((SELECT max (id) FROM kansio_test_applications "
    "WHERE person_id = $1), 1, 'closed')",
    AINO, "42501", 0 },
  { "demo_kasittelija", "SELECT * FROM api.is_work_queue ('everyone')", NULL, "22023", 0 },
  /* Maker and checker: the handler prepares, only another decides. */
  { "demo_kasittelija",
    "SELECT api.is_decision_decide (d.decision_id, d.row_version) FROM api.is_applications ($1) "
    "a, api.is_decision_get (a.application_id) d WHERE a.notes = 'seed'",
    AINO, "42501", 0 },
  { "demo_kasittelija", "SELECT api.is_payment_run_create (current_date)", NULL, "42501", 0 },
  { "demo_lukija",
    "SELECT api.is_payment_order_add ((SELECT decision_id FROM api.is_decision_get ((SELECT min "
    "(application_id) FROM api.is_applications ($1)))), 'client', 'X', 'FI2112345600000785', "
    "NULL, NULL, 100, current_date)",
    AINO, "42501", 0 },
  { "demo_kasittelija",
    "SELECT api.is_payment_order_add ((SELECT decision_id FROM api.is_decision_get ((SELECT min "
    "(application_id) FROM api.is_applications ($1)))), 'client', 'X', 'FI2112345600000786', "
    "NULL, NULL, 100, current_date)",
    AINO, "22023", 0 },
  { "demo_kasittelija",
    "SELECT api.is_recovery_decide ((SELECT max (id) FROM "
    "kansio_test_recoveries))",
    NULL, "42501", 0 },
  { "demo_lukija",
    "SELECT api.is_recovery_prepare ((SELECT decision_id FROM api.is_decision_get ((SELECT min "
    "(application_id) FROM api.is_applications ($1)))), 100, 'x')",
    AINO, "42501", 0 },
  /* A decision's orders and recoveries: whoever may see the application,
   * a reader too; nobody of another unit or area. */
  { "demo_lukija",
    "SELECT * FROM api.is_decision_orders ((SELECT decision_id FROM api.is_decision_get ((SELECT "
    "min (application_id) FROM api.is_applications ($1)))))",
    AINO, NULL, 1 },
  { "demo_lukija",
    "SELECT * FROM api.is_recoveries ((SELECT decision_id FROM api.is_decision_get ((SELECT "
    "min (application_id) FROM api.is_applications ($1)))))",
    AINO, NULL, 1 },
  { "demo_handlaggare",
    "SELECT * FROM api.is_decision_orders ((SELECT min (d.id) FROM kansio_test_decisions d "
    "WHERE d.person_id = $1))",
    AINO, "42501", 0 },
  { "demo_handlaggare",
    "SELECT * FROM api.is_recoveries ((SELECT min (d.id) FROM kansio_test_decisions d "
    "WHERE d.person_id = $1))",
    AINO, "42501", 0 },
  { "demo_sosiaalityontekija",
    "SELECT * FROM api.is_decision_orders ((SELECT min (d.id) FROM kansio_test_decisions d "
    "WHERE d.person_id = $1))",
    AINO, "42501", 0 },
  { "demo_sosiaalityontekija",
    "SELECT * FROM api.is_recoveries ((SELECT min (d.id) FROM kansio_test_decisions d "
    "WHERE d.person_id = $1))",
    AINO, "42501", 0 },
  /* A decision's document is linked by the document service alone: the
   * workstation's link is gone (test-document-service.c). */
  { "demo_paattaja", "SELECT api.is_decision_document_set (" SEEDED ("decision") ", 1)", NULL,
    "42883", 0 },
  { "demo_paattaja", "SELECT api.is_recovery_document_set (" SEEDED ("recovery") ", 1)", NULL,
    "42883", 0 },
  /* Who decided it, as the decision page asks. */
  { "demo_paattaja",
    "SELECT * FROM api.is_decision_get ((SELECT application_id FROM api.is_applications ($1) "
    "WHERE notes = 'seed decided')) WHERE decided_by_me",
    AINO, NULL, 1 },
  { "demo_kasittelija",
    "SELECT * FROM api.is_decision_get ((SELECT application_id FROM api.is_applications ($1) "
    "WHERE notes = 'seed decided')) WHERE NOT decided_by_me",
    AINO, NULL, 1 },
  { "demo_paattaja",
    "SELECT * FROM api.is_recoveries (" SEEDED ("decision") ") WHERE decided_by_me", NULL, NULL,
    1 },
  { "demo_kasittelija",
    "SELECT * FROM api.is_recoveries (" SEEDED ("decision") ") WHERE decided_by_me", NULL, NULL,
    0 },
  /* Payment runs are listed to decision-makers only. */
  { "demo_kasittelija", "SELECT * FROM api.is_payment_runs ()", NULL, "42501", 0 },
  { "demo_lukija", "SELECT * FROM api.is_payment_runs ()", NULL, "42501", 0 },
  { "demo_paattaja", "SELECT * FROM api.is_payment_runs ()", NULL, NULL, -1 },
  { "demo_paattaja", "SELECT * FROM api.is_payment_runs (0)", NULL, "22023", 0 },
  { "demo_paattaja", "SELECT * FROM api.is_payment_runs (501)", NULL, "22003", 0 },
  /* …and only those runs, to only those, that pay nothing but orders of
   * the units where they decide: demo_handlaggare decides in another
   * office (granted in set_up_demo). */
  { "demo_paattaja", "SELECT * FROM api.is_payment_runs () WHERE run_id = " SEEDED ("run"), NULL,
    NULL, 1 },
  { "demo_paattaja", "SELECT * FROM api.is_payment_run_orders (" SEEDED ("run") ")", NULL, NULL,
    1 },
  { "demo_handlaggare", "SELECT * FROM api.is_payment_runs ()", NULL, NULL, -1 },
  { "demo_handlaggare", "SELECT * FROM api.is_payment_runs () WHERE run_id = " SEEDED ("run"), NULL,
    NULL, 0 },
  { "demo_handlaggare", "SELECT * FROM api.is_payment_run_orders (" SEEDED ("run") ")", NULL,
    "42501", 0 },
  { "demo_kasittelija", "SELECT * FROM api.is_payment_run_orders (" SEEDED ("run") ")", NULL,
    "42501", 0 },
  { "demo_sosiaalityontekija", "SELECT * FROM api.is_statistics (2026)", NULL, "42501", 0 },
  { "demo_kasittelija", "SELECT * FROM api.is_statistics (2026)", NULL, NULL, 2 },
  { "demo_kasittelija", "SELECT * FROM api.phrases ('income-support')", NULL, NULL, 5 },
  /* Rates are data only main users change. */
  { "demo_kasittelija",
    "SELECT api.income_support_rate_add ('living_alone', '2027-01-01', NULL, 1, 'x')", NULL,
    "42501", 0 },
  { "demo_kasittelija", "SELECT * FROM api.income_support_rates ('2026-03-01', '2026-03-31')", NULL,
    NULL, 14 },
  /* Templates: letters editors write, main users approve, nobody their own. */
  { "demo_kasittelija", "SELECT * FROM api.template_save_draft (3, 0, 'x', 'y', NULL)", NULL,
    "42501", 0 },
  { "demo_kasittelija", "SELECT api.template_create ('x', NULL, 'letter', 'X', 'X')", NULL, "42501",
    0 },
  { "demo_kirjeet", "SELECT api.template_decide (1, 1, true, NULL)", NULL, "42501", 0 },
  /* Only an auditor asks for a client's usage report; the upload is gone. */
  { "demo_paattaja", "SELECT api.audit_report_request ('" AINO "', '-infinity', 'infinity')", NULL,
    "42501", 0 },
  { "demo_tarkastaja",
    "SELECT * FROM api.audit_report_store (1, 1, 'fi', '\\x255044462d'::bytea, 1)", NULL, "42883",
    0 },
  { "demo_kasittelija", "SELECT * FROM api.template_versions (3)", NULL, NULL, 1 },
  { "demo_kirjeet", "SELECT * FROM api.template_list ()", NULL, NULL, 11 },
  /* Everyone knows who they are. */
  { "demo_handlaggare", "SELECT * FROM api.whoami ()", NULL, NULL, 1 },
  /* Her handler's right and the decision-maker's one set_up_demo gives. */
  { "demo_handlaggare", "SELECT * FROM api.my_rights ()", NULL, NULL, 2 },
  /* Not a Kansio user at all. */
  { "postgres", "SELECT * FROM api.whoami ()", NULL, "42501", 0 },
  { "kansio_test_outsider", "SELECT * FROM api.whoami ()", NULL, "42501", 0 },
  { "kansio_test_stranger", "SELECT * FROM api.whoami ()", NULL, "42501", 0 },
};

static void
test_rights_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (rights_cases); i++)
    {
      const RightsCase *c = &rights_cases[i];
      const char *params[] = { c->person != NULL ? id_of (c->person) : NULL };
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows = NULL;

      g_test_message ("%s: %s (%s)", c->role, c->sql, c->person ? c->person : "");
      rows = run (connect_as (c->role), c->sql, params, c->person != NULL ? 1 : 0, &error);
      if (c->sqlstate == NULL)
        {
          g_assert_no_error (error);
          if (c->rows >= 0)
            g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, c->rows);
        }
      else
        {
          g_assert_null (rows);
          g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, c->sqlstate);
          if (g_str_equal (c->sqlstate, "42501"))
            {
              g_assert_error (error, KANSIO_DATABASE_ERROR,
                              KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
              g_assert_nonnull (kansio_database_error_get_server_message (error));
            }
        }
    }
}

static void
test_cases_of_other_areas_hidden (void)
{
  g_autoptr (GError) error = NULL;
  const char *params[] = { id_of (KORHONEN) };
  g_autoptr (KansioRows) rows = NULL;

  /* Korhonen has a disability case and an old income-support case; the
   * disability worker sees only the first. */
  rows = run (connect_as ("demo_vammaispalvelu"), "SELECT area FROM api.person_cases ($1)", params,
              1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  g_assert_cmpstr (kansio_rows_get_string (rows, 0, 0), ==, "disability");
}

static void
test_non_disclosed_address (void)
{
  const char *params[] = { id_of (LIISA) };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) hidden = NULL;
  g_autoptr (KansioRows) shown = NULL;

  hidden = run (connect_as ("demo_kasittelija"),
                "SELECT street_address, postal_code, home_municipality, address_hidden, "
                "non_disclosure, phone, email FROM api.person_get ($1)",
                params, 1, &error);
  g_assert_no_error (error);
  g_assert_null (kansio_rows_get_string (hidden, 0, 0));
  g_assert_null (kansio_rows_get_string (hidden, 0, 1));
  g_assert_null (kansio_rows_get_string (hidden, 0, 2));
  g_assert_true (kansio_rows_get_boolean (hidden, 0, 3));
  g_assert_true (kansio_rows_get_boolean (hidden, 0, 4));
  /* Phone and e-mail lead to the person as surely as the address. */
  g_assert_null (kansio_rows_get_string (hidden, 0, 5));
  g_assert_null (kansio_rows_get_string (hidden, 0, 6));

  shown = run (connect_as ("demo_esihenkilo"),
               "SELECT street_address, address_hidden, phone FROM api.person_get ($1)", params, 1,
               &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kansio_rows_get_string (shown, 0, 0), ==, "Salainen polku 1");
  g_assert_false (kansio_rows_get_boolean (shown, 0, 1));
  g_assert_cmpstr (kansio_rows_get_string (shown, 0, 2), ==, "+358 40 555 0101");
}

/* A handler who cannot see a protected address cannot erase it either,
 * nor lift the marking; and a search does not give its municipality. */
static void
test_non_disclosed_address_kept (void)
{
  const char *id = id_of (LIISA);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) read = NULL;
  g_autoptr (KansioRows) saved = NULL;
  g_autoptr (KansioRows) stored = NULL;
  g_autoptr (KansioRows) hit = NULL;
  g_autofree char *version = NULL;

  read = run (connect_as ("demo_kasittelija"), "SELECT row_version FROM api.person_get ($1)",
              (const char *const[]){ id }, 1, &error);
  g_assert_no_error (error);
  version = g_strdup (kansio_rows_get_string (read, 0, 0));

  saved = run (connect_as ("demo_kasittelija"),
               "SELECT api.person_update ($1, $2::integer, 'Liisa', 'Mäkinen', 'fi', NULL, NULL, "
               "NULL, NULL, '+358 40 111 2222', NULL, NULL, false)",
               (const char *const[]){ id, version }, 2, &error);
  g_assert_no_error (error);

  stored = run_as_superuser (
      "SELECT street_address, postal_code, home_municipality, non_disclosure, phone "
      "FROM kansio.person WHERE identity_code = '" LIISA "'");
  g_assert_cmpstr (kansio_rows_get_string (stored, 0, 0), ==, "Salainen polku 1");
  g_assert_cmpstr (kansio_rows_get_string (stored, 0, 1), ==, "99910");
  g_assert_cmpstr (kansio_rows_get_string (stored, 0, 2), ==, "Kuvitelma");
  g_assert_true (kansio_rows_get_boolean (stored, 0, 3));
  /* Contact details are protected as the address is (0013): what was
   * not shown is not saved over. */
  g_assert_cmpstr (kansio_rows_get_string (stored, 0, 4), ==, "+358 40 555 0101");

  hit = run (connect_as ("demo_kasittelija"),
             "SELECT home_municipality FROM api.person_search ('makinen')", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (hit), ==, 1);
  g_assert_null (kansio_rows_get_string (hit, 0, 0));
}

static void
test_case_close_dates (void)
{
  const char *future[] = { id_of (AINO), "2100-12-31" };
  const char *far[] = { id_of (AINO), "9999-12-31" };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  /* Kept open forever by a date in the future: refused by the function,
   * and a date past any bound already at the door. */
  rows = run (connect_as ("demo_kasittelija"),
              "SELECT api.case_close ((SELECT min (case_id) FROM api.person_cases ($1)), $2::date)",
              future, 2, &error);
  g_assert_null (rows);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "22023");
  g_clear_error (&error);
  rows = run (connect_as ("demo_kasittelija"),
              "SELECT api.case_close ((SELECT min (case_id) FROM api.person_cases ($1)), $2::date)",
              far, 2, &error);
  g_assert_null (rows);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "22008");
}

static void
test_search (void)
{
  const struct
  {
    const char *role;
    const char *query;
    const char *expected; /* surnames and first names, in order, or "" */
  } cases[] = {
    { "demo_kasittelija", "virt", "Virtanen Aino Maria|Virtanen Mikko Juhani" },
    { "demo_kasittelija", "VIRTANEN MI", "Virtanen Mikko Juhani" },
    { "demo_kasittelija", "aino", "Virtanen Aino Maria" },
    { "demo_kasittelija", "makinen", "Mäkinen Liisa" },
    { "demo_kasittelija", "Mäki", "Mäkinen Liisa" },
    { "demo_lastenvalvoja", "nystrom", "Nyström Johan Erik" },
    { "demo_lastenvalvoja", "NYSTRÖM", "Nyström Johan Erik" },
    { "demo_sosiaalityontekija", "virtanen", "Virtanen Ella|Virtanen Onni" },
    /* An exact identity code finds anyone, without their details. */
    { "demo_kasittelija", ELLA, "Virtanen Ella" },
    { "demo_kasittelija", "v", "" },
    /* Injection attempts and wildcards find nothing. */
    { "demo_kasittelija", "' OR 1=1 --", "" },
    { "demo_kasittelija", "%", "" },
    { "demo_kasittelija", "%%", "" },
    { "demo_kasittelija", "__", "" },
    { "demo_kasittelija", "v%", "" },
    { "demo_kasittelija", "\\", "" },
    { "demo_kasittelija", "virtanen'; DROP TABLE kansio.person; --", "" },
    { "demo_kasittelija", "x') UNION SELECT identity_code FROM kansio.person --", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *params[] = { cases[i].query };
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows = NULL;
      g_autoptr (GString) found = g_string_new (NULL);

      rows = run (connect_as (cases[i].role),
                  "SELECT surname || ' ' || first_names, is_visible, home_municipality "
                  "FROM api.person_search ($1)",
                  params, 1, &error);
      g_assert_no_error (error);
      for (guint r = 0; r < kansio_rows_get_n_rows (rows); r++)
        g_string_append_printf (found, "%s%s", r > 0 ? "|" : "",
                                kansio_rows_get_string (rows, r, 0));
      g_test_message ("%s: “%s” → %s", cases[i].role, cases[i].query, found->str);
      g_assert_cmpstr (found->str, ==, cases[i].expected);
    }

  {
    g_autoptr (KansioRows) count = run_as_superuser ("SELECT count (*) FROM kansio.person");
    g_assert_cmpint (kansio_rows_get_int64 (count, 0, 0), >=, 10);
  }
}

static void
test_search_outside_cases_shows_identity_only (void)
{
  const char *params[] = { ELLA };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows
      = run (connect_as ("demo_kasittelija"),
             "SELECT is_visible, home_municipality FROM api.person_search ($1)", params, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  g_assert_false (kansio_rows_get_boolean (rows, 0, 0));
  g_assert_null (kansio_rows_get_string (rows, 0, 1));
}

static void
test_emergency_access (void)
{
  const char *short_reason[] = { id_of (ELLA), "hmm" };
  const char *good_reason[]
      = { id_of (ELLA), "Asiakas soitti ja kertoi lapsen olevan vaarassa; tarkistan" };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) refused = NULL;
  g_autoptr (KansioRows) opened = NULL;
  g_autoptr (KansioRows) logged = NULL;
  g_autoptr (KansioRows) queue = NULL;
  g_autoptr (KansioRows) other_queue = NULL;

  refused = run (connect_as ("demo_kasittelija"),
                 "SELECT * FROM api.person_open_emergency ($1, $2)", short_reason, 2, &error);
  g_assert_null (refused);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "22023");
  g_assert_cmpstr (kansio_database_error_get_column (error), ==, "reason");
  g_clear_error (&error);

  opened
      = run (connect_as ("demo_kasittelija"),
             "SELECT first_names FROM api.person_open_emergency ($1, $2)", good_reason, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kansio_rows_get_string (opened, 0, 0), ==, "Ella");

  logged = run_as_superuser ("SELECT emergency, purpose FROM kansio.usage_log "
                             "WHERE login_role = 'demo_kasittelija' ORDER BY id DESC LIMIT 1");
  g_assert_true (kansio_rows_get_boolean (logged, 0, 0));
  g_assert_cmpstr (kansio_rows_get_string (logged, 0, 1), ==, good_reason[1]);

  /* The supervisor of the unit sees it; a caseworker does not. */
  queue = run (connect_as ("demo_esihenkilo"),
               "SELECT kind, person_name, caused_by, details FROM api.work_queue ()", NULL, 0,
               &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (queue), ==, 1);
  g_assert_cmpstr (kansio_rows_get_string (queue, 0, 0), ==, "emergency_access");
  g_assert_cmpstr (kansio_rows_get_string (queue, 0, 1), ==, "Virtanen, Ella");
  g_assert_cmpstr (kansio_rows_get_string (queue, 0, 2), ==, "Kaisa Käsittelijä");

  other_queue
      = run (connect_as ("demo_paattaja"), "SELECT * FROM api.work_queue ()", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (other_queue), ==, 0);
}

static void
test_create_person (void)
{
  const char *duplicate[] = { AINO, "Aino", "Toinen", "fi", "income-support", "2" };
  const char *invalid[] = { "140384-902X", "Aino", "Virheellinen", "fi", "income-support", "2" };
  const char *similar[] = { "140384-9038", "Aino Maria", "Virtanen", "fi", "income-support", "2" };
  const char *sql = "SELECT api.person_create ($1, $2, $3, $4, $5, (SELECT unit_id FROM "
                    "api.whoami ()))";
  const char *confirmed_sql = "SELECT api.person_create ($1, $2, $3, $4, $5, (SELECT unit_id FROM "
                              "api.whoami ()), p_similar_confirmed => true)";
  KansioDatabase *handler = connect_as ("demo_kasittelija");
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (KansioRows) visible = NULL;
  const char *new_id;

  rows = run (handler, sql, duplicate, 5, &error);
  g_assert_null (rows);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_UNIQUE_VIOLATION);
  g_clear_error (&error);

  rows = run (handler, sql, invalid, 5, &error);
  g_assert_null (rows);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "22023");
  g_assert_cmpstr (kansio_database_error_get_column (error), ==, "identity_code");
  g_assert_cmpstr (kansio_database_error_get_detail (error), ==, "checksum");
  g_clear_error (&error);

  /* Same name and birth date: a warning first, then created when confirmed. */
  rows = run (handler, sql, similar, 5, &error);
  g_assert_null (rows);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_SIMILAR_EXISTS);
  g_clear_error (&error);

  rows = run (
      handler,
      "SELECT identity_code FROM api.person_find_similar ('Aino Maria', 'Virtanen', '1984-03-14')",
      NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  g_assert_cmpstr (kansio_rows_get_string (rows, 0, 0), ==, AINO);
  g_clear_object (&rows);

  rows = run (handler, confirmed_sql, similar, 5, &error);
  g_assert_no_error (error);
  new_id = kansio_rows_get_string (rows, 0, 0);

  /* Created with a case, so its creator sees it; a reader of another
   * office's area does not. */
  visible = run (handler, "SELECT is_temporary_code, birth_date FROM api.person_get ($1)",
                 (const char *const[]){ new_id }, 1, &error);
  g_assert_no_error (error);
  g_assert_true (kansio_rows_get_boolean (visible, 0, 0));
  g_assert_cmpstr (kansio_rows_get_string (visible, 0, 1), ==, "1984-03-14");
  g_clear_object (&visible);

  visible = run (connect_as ("demo_handlaggare"), "SELECT * FROM api.person_get ($1)",
                 (const char *const[]){ new_id }, 1, &error);
  g_assert_null (visible);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
}

/* A right past its end date is no right: a grant that ended yesterday
 * (in Helsinki) opens nothing, whatever time zone the session or the role
 * claims. */
static void
test_expired_grant (void)
{
  const char *params[] = { id_of (ELLA) };
  const char *zones[] = { "Etc/GMT+12", "Pacific/Kiritimati", "America/Adak", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) granted = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autofree char *conninfo = g_strdup_printf ("%s user=demo_lukija", demo->conninfo);
  g_autofree char *call
      = g_strdup_printf ("SELECT first_names FROM api.person_get (%s)", id_of (ELLA));

  granted = run_as_superuser (
      "INSERT INTO kansio.role_grant (staff_id, job_role, unit_id, valid_from, valid_until) "
      "SELECT s.id, 'child-welfare:reader', u.id, "
      "  (now () AT TIME ZONE 'Europe/Helsinki')::date - 30, "
      "  (now () AT TIME ZONE 'Europe/Helsinki')::date - 1 "
      "FROM kansio.staff_member s, kansio.organisation_unit u "
      "WHERE s.login_role = 'demo_lukija' AND u.code = 'demo-pohjoinen'");
  rows = run (connect_as ("demo_lukija"), "SELECT * FROM api.person_get ($1)", params, 1, &error);
  g_assert_null (rows);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      PGconn *conn = PQconnectdb (conninfo);
      g_autofree char *set = NULL;

      g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
      /* The role's own default, then the session's. */
      set = zones[i] != NULL ? g_strdup_printf ("ALTER ROLE CURRENT_USER SET timezone = '%s'; "
                                                "SET timezone = '%s'",
                                                zones[i], zones[i])
                             : g_strdup ("ALTER ROLE CURRENT_USER RESET timezone");
      PQclear (PQexec (conn, set));
      for (guint attempt = 0; attempt < 2; attempt++)
        {
          PGresult *result = PQexec (conn, call);

          g_test_message ("%s: %s", zones[i] != NULL ? zones[i] : "reset",
                          PQresultErrorMessage (result));
          g_assert_cmpint (PQresultStatus (result), ==, PGRES_FATAL_ERROR);
          g_assert_cmpstr (PQresultErrorField (result, PG_DIAG_SQLSTATE), ==, "42501");
          PQclear (result);
        }
      PQfinish (conn);
    }
}

/* Since 2023 two people born on the same day may have the same digits and
 * differ only by the century sign: both are registered, as two people. */
static void
test_century_sign_is_identity (void)
{
  const char *sql = "SELECT api.person_create ($1, $2, 'Kaksonen', 'fi', 'income-support', "
                    "(SELECT unit_id FROM api.whoami ()))";
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) first = NULL;
  g_autoptr (KansioRows) second = NULL;
  g_autoptr (KansioRows) found = NULL;

  first = run (connect_as ("demo_kasittelija"), sql, (const char *const[]){ "010101A123N", "Aapo" },
               2, &error);
  g_assert_no_error (error);
  second = run (connect_as ("demo_kasittelija"), sql,
                (const char *const[]){ "010101B123N", "Bertta" }, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kansio_rows_get_string (first, 0, 0), !=, kansio_rows_get_string (second, 0, 0));

  found = run (connect_as ("demo_kasittelija"),
               "SELECT first_names FROM api.person_search ('010101B123N')", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (found), ==, 1);
  g_assert_cmpstr (kansio_rows_get_string (found, 0, 0), ==, "Bertta");
}

static void
test_concurrent_edit (void)
{
  const char *id = id_of (MIKKO);
  const char *update = "SELECT api.person_update ($1, $2::integer, 'Mikko Juhani', 'Virtanen', "
                       "'fi', 'Kuvitelma', $3, '99910', 'KUVITELMA', NULL, NULL, NULL, false)";
  KansioDatabase *first = connect_as ("demo_kasittelija");
  KansioDatabase *second = connect_as ("demo_paattaja");
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) read = NULL;
  g_autoptr (KansioRows) saved = NULL;
  g_autoptr (KansioRows) lost = NULL;
  g_autoptr (KansioRows) after = NULL;
  g_autofree char *version = NULL;

  read = run (first, "SELECT row_version FROM api.person_get ($1)", (const char *const[]){ id }, 1,
              &error);
  g_assert_no_error (error);
  version = g_strdup (kansio_rows_get_string (read, 0, 0));

  /* Both opened version N; the first save wins, the second is refused. */
  saved = run (second, update, (const char *const[]){ id, version, "Uusi osoite 1" }, 3, &error);
  g_assert_no_error (error);
  lost = run (first, update, (const char *const[]){ id, version, "Toinen osoite 2" }, 3, &error);
  g_assert_null (lost);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT);
  g_clear_error (&error);

  after = run (first, "SELECT street_address FROM api.person_get ($1)", (const char *const[]){ id },
               1, &error);
  g_assert_cmpstr (kansio_rows_get_string (after, 0, 0), ==, "Uusi osoite 1");
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
  { "relation_add", "demo_kasittelija", "SELECT api.relation_add ($1, '" MIKKO "', 'household')",
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
    "api.is_applications ($1) WHERE status IN ('received', 'in_processing')), NULL, 'Lodger', "
    "'adult', NULL)",
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
  { "is_decision_decide", "demo_paattaja",
    "SELECT api.is_decision_decide (d.decision_id, d.row_version) FROM api.is_applications ($1) "
    "a, api.is_decision_get (a.application_id) d WHERE d.decided_at IS NULL AND a.notes = "
    "'seed'",
    AINO },
  /* The sending of the decision made in set_up_demo (its document is put
   * in place there). */
  { "is_decision_sent", "demo_kasittelija",
    "SELECT api.is_decision_sent (d.decision_id, 'post', current_date) FROM "
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
  g_autoptr (KansioRows) functions = run_as_superuser (
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
      const char *params[] = { call && call->person ? id_of (call->person) : NULL };
      gboolean is_read = g_str_equal (comment, "client-data");
      gboolean is_write = g_str_equal (comment, "client-write");
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows = NULL;
      gint64 before;

      g_test_message ("api.%s (%s)", name, comment);
      if (call == NULL)
        g_error ("api.%s has no case in test-security.c: add one", name);
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
      forget_receipts ();
      before = count_usage_rows ();
      rows = run (connect_as (call->role), call->call, params, call->person ? 1 : 0, &error);
      g_assert_no_error (error);

      if (is_read || is_write)
        {
          g_assert_true (kansio_rows_get_boolean (functions, i, 4));
          g_assert_cmpint (count_usage_rows (), >, before);

          /* …and the client the call was about is in what it logged. */
          if (call->person != NULL)
            {
              g_autofree char *sql = g_strdup_printf (
                  "SELECT bool_or (%s::bigint = ANY (person_ids)) FROM kansio.usage_log "
                  "WHERE id > (SELECT max (id) - 3 FROM kansio.usage_log)",
                  params[0]);
              g_autoptr (KansioRows) logged = run_as_superuser (sql);
              g_assert_true (kansio_rows_get_boolean (logged, 0, 0));
            }
        }
      else
        g_assert_cmpint (count_usage_rows (), ==, before);
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
  g_autoptr (KansioRows) functions = run_as_superuser (
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
          params[0] = id_of (call->person);
          g_string_replace (sql, "$1", params[0], 0);
        }

      conninfo = g_strdup_printf ("%s user=%s", demo->conninfo, call->role);
      conn = PQconnectdb (conninfo);
      g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
      for (guint a = 0; a < G_N_ELEMENTS (attacks); a++)
        {
          g_autoptr (GString) attack_text = g_string_new (attacks[a]);
          const char *attack;

          g_string_replace (attack_text, "@", sql->str, 0);
          attack = attack_text->str;

          forget_receipts ();
          committed_before = count_usage_rows ();
          g_test_message ("%s: %s", call->role, attack);
          g_assert_cmpint (rows_returned (conn, attack), ==, 0);
          /* Nothing was committed for it either. */
          g_assert_cmpint (count_usage_rows (), ==, committed_before);
          n_tried++;
        }
      PQfinish (conn);

      /* The same read as Kansio makes it does return data. */
      forget_receipts ();
      control = run (connect_as (call->role), call->call, params, call->person ? 1 : 0, &error);
      g_assert_no_error (error);
      g_test_message ("api.%s: %u rows when asked again", name, kansio_rows_get_n_rows (control));
      g_assert_cmpuint (kansio_rows_get_n_rows (control), >, 0);
    }
  g_test_message ("%u attacks returned nothing", n_tried);
}

/* No text, document, date or amount without a bound reaches the database:
 * every api function is tried with each of its arguments oversized (the
 * others NULL), as a user, and must refuse before doing anything. */
static void
test_inputs_bounded (void)
{
  g_autoptr (KansioRows) arguments = run_as_superuser (
      "SELECT p.proname, p.pronargs, a.n, format_type (p.proargtypes[a.n - 1], NULL), "
      "  coalesce (p.proargnames[a.n], '') "
      "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace, "
      "  generate_series (1, p.pronargs) a (n) "
      "WHERE n.nspname = 'api' ORDER BY 1, 3");
  guint n_tried = 0;

  for (guint i = 0; i < kansio_rows_get_n_rows (arguments); i++)
    {
      const char *name = kansio_rows_get_string (arguments, i, 0);
      gint64 n_args = kansio_rows_get_int64 (arguments, i, 1);
      gint64 which = kansio_rows_get_int64 (arguments, i, 2);
      const char *type = kansio_rows_get_string (arguments, i, 3);
      const char *argument = kansio_rows_get_string (arguments, i, 4);
      const char *oversized = NULL;
      const char *sqlstate = NULL;
      g_autoptr (GString) sql = g_string_new (NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows = NULL;
      gint64 before = count_usage_rows ();

      if (g_str_equal (type, "text")) /* a name is 63 bytes at most anyway */
        oversized = "repeat ('x', 2000000)", sqlstate = "22001";
      else if (g_str_equal (type, "bytea"))
        oversized = "decode (repeat ('25', 30000000), 'hex')", sqlstate = "22001";
      else if (g_str_equal (type, "date"))
        oversized = "'9999-01-01'::date", sqlstate = "22008";
      else if (g_str_equal (type, "timestamp with time zone"))
        oversized = "'9999-01-01'::timestamptz", sqlstate = "22008";
      else if (g_str_equal (type, "integer")
               && g_regex_match_simple ("^p_(page_count|limit|offset|year)$", argument, 0, 0))
        oversized = "2147483647", sqlstate = "22003";
      else if (g_str_equal (type, "bigint")
               && g_regex_match_simple ("(cents|value)$", argument, 0, 0))
        oversized = "4470000000000000000", sqlstate = "22003";
      if (oversized == NULL)
        continue;

      g_string_append_printf (sql, "SELECT * FROM api.%s (", name);
      for (gint64 a = 1; a <= n_args; a++)
        g_string_append_printf (sql, "%s%s", a > 1 ? ", " : "", a == which ? oversized : "NULL");
      g_string_append (sql, ")");

      rows = run (connect_as ("demo_kasittelija"), sql->str, NULL, 0, &error);
      g_test_message ("api.%s %s: %s", name, argument,
                      error != NULL ? kansio_database_error_get_server_message (error)
                                    : "accepted");
      g_assert_null (rows);
      g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, sqlstate);
      /* Refused at the door: not even a log row. */
      g_assert_cmpint (count_usage_rows (), ==, before);
      n_tried++;
    }
  g_assert_cmpuint (n_tried, >, 60);
  g_test_message ("%u oversized arguments refused", n_tried);
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
  kansio_audit_seal_async (demo->database, anchors, NULL, kansio_test_store_result_cb, &sealed);
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
            g_autofree char *conninfo
                = g_strdup_printf ("%s options='-c role=kansio_owner'", demo->conninfo);
            owner = kansio_database_new (conninfo);
            rows = run (owner, attempts[i], NULL, 0, &error);
          }
        else
          rows = run (demo->database, attempts[i], NULL, 0, &error);

        g_test_message ("%s%s", as_owner ? "as kansio_owner: " : "as superuser: ", attempts[i]);
        g_assert_null (rows);
        g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "42501");
      }
}

/* The open income-support case of the person whose id is $1. */
#define CASE_OF_1                                                                                  \
  "(SELECT min (case_id) FROM api.person_cases ($1) WHERE closed_on IS NULL AND area = "           \
  "'income-support')"

/* Runs @sql as @role, with the id of @person (if any) as $1, and keeps
 * the id it returns in kansio_test_seed under @name (if any). */
static void
seed (const char *name, const char *role, const char *sql, const char *person)
{
  const char *params[] = { person != NULL ? id_of (person) : NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (KansioRows) kept = NULL;
  g_autofree char *keep = NULL;

  rows = run (connect_as (role), sql, params, person != NULL ? 1 : 0, &error);
  g_assert_no_error (error);
  if (name == NULL)
    return;
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  g_assert_false (kansio_rows_is_null (rows, 0, 0));
  keep = g_strdup_printf ("INSERT INTO public.kansio_test_seed VALUES ('%s', %s)", name,
                          kansio_rows_get_string (rows, 0, 0));
  kept = run_as_superuser (keep);
}

/* Keeps under @name the id of a PDF made for @role from @template, in the
 * open income-support case of @person: put in place as the document
 * service would store it (no login role stores documents). */
static void
seed_document (const char *name, const char *role, const char *template, const char *person)
{
  g_autofree char *sql = g_strdup_printf (
      "WITH d AS (INSERT INTO kansio.document (person_id, case_id, template_version_id, kind, "
      "  language, title, pdf, sha256, page_count, created_by) "
      "  SELECT c.person_id, c.id, kansio.approved_version ('%s'), t.kind, 'fi', t.title_fi, "
      "    '\\x255044462d'::bytea, encode (sha256 ('\\x255044462d'::bytea), 'hex'), 1, s.id "
      "  FROM kansio.client_case c JOIN kansio.person p ON p.id = c.person_id, "
      "    kansio.document_template t, kansio.staff_member s "
      "  WHERE p.identity_code = '%s' AND c.area = 'income-support' AND c.closed_on IS NULL "
      "    AND t.name = '%s' AND s.login_role = '%s' "
      "  ORDER BY c.id LIMIT 1 RETURNING id) "
      "INSERT INTO public.kansio_test_seed SELECT '%s', id FROM d RETURNING id",
      template, person, template, role, name);
  g_autoptr (KansioRows) kept = run_as_superuser (sql);

  g_assert_cmpuint (kansio_rows_get_n_rows (kept), ==, 1);
}

static void
set_up_demo (void)
{
  g_autoptr (KansioRows) ids = NULL;

  demo = kansio_test_database_new_with_demo_data ();
  /* Its documents are put in place here, the same every run. */
  kansio_test_database_stop_document_service (demo);
  ids = run_as_superuser ("SELECT identity_code, id FROM kansio.person");
  person_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < kansio_rows_get_n_rows (ids); i++)
    g_hash_table_insert (person_ids, g_strdup (kansio_rows_get_string (ids, i, 0)),
                         g_strdup (kansio_rows_get_string (ids, i, 1)));

  /* A stored document and a version waiting for approval, written by
   * demo_kasittelija's hand, for the calls that need them; and views the
   * attackers cannot reach through the api, to name rows by. */
  g_clear_object (&ids);
  ids = run_as_superuser (
      "WITH c AS (SELECT c.id, c.person_id FROM kansio.client_case c "
      "  JOIN kansio.person p ON p.id = c.person_id "
      "  WHERE p.identity_code = '" AINO "' AND c.closed_on IS NULL) "
      "INSERT INTO kansio.document (person_id, case_id, template_version_id, kind, language, "
      "  title, pdf, sha256, page_count) "
      "SELECT c.person_id, c.id, 3, 'letter', 'fi', 'Seed', '\\x255044462d'::bytea, "
      "  encode (sha256 ('\\x255044462d'::bytea), 'hex'), 1 FROM c");
  g_clear_object (&ids);
  ids = run_as_superuser (
      "INSERT INTO kansio.template_version (template_id, version, body_fi, body_sv, status, "
      "  created_by, edited_by, submitted_at) "
      "SELECT 3, 2, 'Seed', 'Seed', 'submitted', s.id, s.id, now () "
      "FROM kansio.staff_member s WHERE s.login_role = 'demo_kasittelija'");
  g_clear_object (&ids);
  ids = run_as_superuser (
      "CREATE VIEW public.kansio_test_documents AS SELECT id, person_id FROM kansio.document");
  g_clear_object (&ids);
  ids = run_as_superuser ("CREATE VIEW public.kansio_test_cases AS "
                          "SELECT id AS case_id, person_id FROM kansio.client_case");
  g_clear_object (&ids);
  ids = run_as_superuser (
      "GRANT SELECT ON public.kansio_test_documents, public.kansio_test_cases TO PUBLIC");
  /* An income-support application of Aino's, registered by her handler. */
  {
    g_autoptr (GError) error = NULL;
    const char *params[] = { id_of (AINO) };
    g_autoptr (KansioRows) registered = run (
        connect_as ("demo_kasittelija"),
        "SELECT api.is_application_register ((SELECT min (case_id) FROM api.person_cases ($1) "
        "WHERE closed_on IS NULL AND area = 'income-support'), current_date - 3, 'electronic', "
        "date_trunc ('month', current_date)::date, NULL, 'supplementary', false, 'seed')",
        params, 1, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr (GError) error = NULL;
    const char *params[] = { id_of (AINO) };
    g_autoptr (KansioRows) prepared = run (
        connect_as ("demo_kasittelija"),
        "SELECT api.is_payment_order_add (api.is_decision_prepare (a.application_id, 'granted', "
        "60000, '{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": "
        "\"living_alone\"}]}', 'seed'), 'commitment', 'Vuokranantaja Oy', 'FI4950009420028730', "
        "'1232', "
        "NULL, 60000, current_date) FROM api.is_applications ($1) a WHERE a.notes = 'seed'",
        params, 1, &error);
    g_assert_no_error (error);
  }
  /* Another application of Aino's, its decision made by demo_paattaja
   * and paid in a run, and a recovery he decided on it; the PDFs stored
   * around them, by him and by her handler, before and after deciding,
   * to be linked or refused. */
  g_clear_object (&ids);
  ids = run_as_superuser ("GRANT USAGE ON SCHEMA public TO PUBLIC");
  g_clear_object (&ids);
  ids = run_as_superuser (
      "CREATE TABLE public.kansio_test_seed (name text PRIMARY KEY, id bigint NOT NULL)");
  g_clear_object (&ids);
  ids = run_as_superuser ("GRANT SELECT ON public.kansio_test_seed TO PUBLIC");
  seed (NULL, "demo_kasittelija",
        "SELECT api.is_application_register (" CASE_OF_1 ", current_date - 2, 'paper', "
        "date_trunc ('month', current_date)::date, NULL, 'supplementary', false, 'seed decided')",
        AINO);
  seed ("decision", "demo_kasittelija",
        "SELECT api.is_decision_prepare (a.application_id, 'granted', 30000, '{\"month\": "
        "\"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\"}]}', 'seed') "
        "FROM api.is_applications ($1) a WHERE a.notes = 'seed decided'",
        AINO);
  seed (NULL, "demo_kasittelija",
        "SELECT api.is_payment_order_add ((SELECT id FROM kansio_test_seed WHERE name = "
        "'decision'), 'client', 'Aino Virtanen', 'FI2112345600000785', NULL, 'seed', 30000, "
        "current_date)",
        NULL);
  seed_document ("decision pdf by handler before", "demo_kasittelija", "income-support-decision",
                 AINO);
  seed_document ("decision pdf before", "demo_paattaja", "income-support-decision", AINO);
  seed (NULL, "demo_paattaja",
        "SELECT api.is_decision_decide (d.decision_id, d.row_version) FROM api.is_applications "
        "($1) a, api.is_decision_get (a.application_id) d WHERE a.notes = 'seed decided'",
        AINO);
  seed_document ("decision pdf by handler", "demo_kasittelija", "income-support-decision", AINO);
  seed_document ("decision pdf", "demo_paattaja", "income-support-decision", AINO);
  {
    g_autoptr (KansioRows) linked
        = run_as_superuser ("UPDATE kansio.is_decision SET document_id = " SEEDED (
            "decision pdf") " WHERE id = " SEEDED ("decision"));
  }
  seed_document ("decision pdf of mikko", "demo_paattaja", "income-support-decision", MIKKO);
  seed_document ("letter", "demo_paattaja", "information-request", AINO);
  seed ("run", "demo_paattaja", "SELECT api.is_payment_run_create (current_date)", NULL);
  seed ("recovery", "demo_kasittelija",
        "SELECT api.is_recovery_prepare (" SEEDED ("decision") ", 5000, 'seed')", NULL);
  seed_document ("recovery pdf before", "demo_paattaja", "income-support-recovery-decision", AINO);
  seed (NULL, "demo_paattaja", "SELECT api.is_recovery_decide (" SEEDED ("recovery") ")", NULL);
  seed_document ("recovery pdf by handler", "demo_kasittelija", "income-support-recovery-decision",
                 AINO);
  seed_document ("recovery pdf", "demo_paattaja", "income-support-recovery-decision", AINO);
  /* A decision-maker of another office: demo_handlaggare decides in hers. */
  g_clear_object (&ids);
  ids = run_as_superuser ("INSERT INTO kansio.role_grant (staff_id, job_role, unit_id) "
                          "SELECT s.id, 'income-support:decision_maker', u.id "
                          "FROM kansio.staff_member s, kansio.organisation_unit u "
                          "WHERE s.login_role = 'demo_handlaggare' AND u.code = 'demo-rannikko'");
  /* A recovery prepared, not decided, on the first decision. */
  g_clear_object (&ids);
  ids = run_as_superuser (
      "INSERT INTO kansio.is_recovery (decision_id, amount_cents, reasons, prepared_by) "
      "SELECT d.id, 1000, 'seed', d.prepared_by FROM kansio.is_decision d "
      "WHERE d.decided_at IS NULL");
  g_clear_object (&ids);
  ids = run_as_superuser (
      "CREATE VIEW public.kansio_test_recoveries AS SELECT id FROM kansio.is_recovery");
  g_clear_object (&ids);
  ids = run_as_superuser ("GRANT SELECT ON public.kansio_test_recoveries TO PUBLIC");
  g_clear_object (&ids);
  ids = run_as_superuser (
      "CREATE VIEW public.kansio_test_decisions AS SELECT d.id, c.person_id "
      "FROM kansio.is_decision d JOIN kansio.is_application a ON a.id = d.application_id "
      "JOIN kansio.client_case c ON c.id = a.case_id");
  g_clear_object (&ids);
  ids = run_as_superuser ("GRANT SELECT ON public.kansio_test_decisions TO PUBLIC");
  g_clear_object (&ids);
  ids = run_as_superuser (
      "CREATE VIEW public.kansio_test_runs AS SELECT id FROM kansio.is_payment_run");
  g_clear_object (&ids);
  ids = run_as_superuser ("GRANT SELECT ON public.kansio_test_runs TO PUBLIC");
  g_clear_object (&ids);
  ids = run_as_superuser (
      "CREATE VIEW public.kansio_test_applications AS SELECT a.id, c.person_id "
      "FROM kansio.is_application a JOIN kansio.client_case c ON c.id = a.case_id");
  g_clear_object (&ids);
  ids = run_as_superuser ("GRANT SELECT ON public.kansio_test_applications TO PUBLIC");
  g_clear_object (&ids);
  ids = run_as_superuser ("CREATE VIEW public.kansio_test_queue AS "
                          "SELECT id, caused_by, resolved_at FROM kansio.work_queue_item");
  g_clear_object (&ids);
  ids = run_as_superuser ("GRANT SELECT ON public.kansio_test_queue TO PUBLIC");
  g_clear_object (&ids);
  ids = run_as_superuser ("GRANT USAGE ON SCHEMA public TO PUBLIC");

  /* A login role that is in the Kansio group but no staff member, and one
   * that is in neither: the cluster-wide roles outlive the test database. */
  g_clear_object (&ids);
  ids = run_as_superuser (
      "DO $$ BEGIN "
      "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kansio_test_outsider') THEN "
      "  CREATE ROLE kansio_test_outsider LOGIN IN ROLE kansio_user; END IF; "
      "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kansio_test_stranger') THEN "
      "  CREATE ROLE kansio_test_stranger LOGIN; END IF; "
      "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  set_up_demo ();

  g_test_add_func ("/security/plain-sql-refused", test_plain_sql_refused);
  g_test_add_func ("/security/helpers-unreachable", test_helpers_unreachable);
  g_test_add_func ("/security/rights-table", test_rights_table);
  g_test_add_func ("/security/cases-of-other-areas-hidden", test_cases_of_other_areas_hidden);
  g_test_add_func ("/security/non-disclosed-address", test_non_disclosed_address);
  g_test_add_func ("/security/non-disclosed-address-kept", test_non_disclosed_address_kept);
  g_test_add_func ("/security/case-close-dates", test_case_close_dates);
  g_test_add_func ("/security/search", test_search);
  g_test_add_func ("/security/search-outside-cases", test_search_outside_cases_shows_identity_only);
  g_test_add_func ("/security/emergency-access", test_emergency_access);
  g_test_add_func ("/security/create-person", test_create_person);
  g_test_add_func ("/security/concurrent-edit", test_concurrent_edit);
  g_test_add_func ("/security/expired-grant", test_expired_grant);
  g_test_add_func ("/security/century-sign-is-identity", test_century_sign_is_identity);
  g_test_add_func ("/security/every-function-logs", test_every_function_logs);
  g_test_add_func ("/security/logs-insert-only", test_logs_insert_only);
  g_test_add_func ("/security/reads-durable", test_reads_durable);
  g_test_add_func ("/security/inputs-bounded", test_inputs_bounded);

  status = g_test_run ();
  g_clear_pointer (&demo, kansio_test_database_free);
  return status;
}
