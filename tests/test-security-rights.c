/* test-security-rights.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Need to know from the attacker's side: log in as each demo role and try
 * what that role must not see or do, through the api: other areas' and
 * units' clients, a protected address, more than a search may show; and
 * the emergency door, which opens only with a reason, and says so to the
 * unit's supervisor.
 */
#include "config.h"

#include "kansio-test-security.h"

typedef struct
{
  const char *role;
  const char *sql;
  const char *person;   /* identity code whose id is $1, or NULL */
  const char *sqlstate; /* NULL: must succeed */
  int rows;             /* rows expected on success, or -1 for any */
} RightsCase;

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
   * events, and those of kansio_test_security_set_up (): two applications
   * registered, a decision and a recovery decided (its documents are put
   * in place as the service would, without its journal entries). */
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
   * office (granted in kansio_test_security_set_up ()). */
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
  /* 10 basic amounts, 4 limits and 5 settings of the calculation (0021). */
  { "demo_kasittelija", "SELECT * FROM api.income_support_rates ('2026-03-01', '2026-03-31')", NULL,
    NULL, 19 },
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
  { "demo_kirjeet", "SELECT * FROM api.template_list ()", NULL, NULL, 12 },
  /* Everyone knows who they are. */
  { "demo_handlaggare", "SELECT * FROM api.whoami ()", NULL, NULL, 1 },
  /* Her handler's right, and the decision-maker's one that
   * kansio_test_security_set_up () gives. */
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
      const char *params[] = { c->person != NULL ? kansio_test_security_id_of (c->person) : NULL };
      g_autoptr (GError) error = NULL;
      g_autoptr (KansioRows) rows = NULL;

      g_test_message ("%s: %s (%s)", c->role, c->sql, c->person ? c->person : "");
      rows = kansio_test_run (kansio_test_security_connect_as (c->role), c->sql, params,
                              c->person != NULL ? 1 : 0, &error);
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
  const char *params[] = { kansio_test_security_id_of (KORHONEN) };
  g_autoptr (KansioRows) rows = NULL;

  /* Korhonen has a disability case and an old income-support case; the
   * disability worker sees only the first. */
  rows = kansio_test_run (kansio_test_security_connect_as ("demo_vammaispalvelu"),
                          "SELECT area FROM api.person_cases ($1)", params, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  g_assert_cmpstr (kansio_rows_get_string (rows, 0, 0), ==, "disability");
}

static void
test_non_disclosed_address (void)
{
  const char *params[] = { kansio_test_security_id_of (LIISA) };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) hidden = NULL;
  g_autoptr (KansioRows) shown = NULL;

  hidden
      = kansio_test_run (kansio_test_security_connect_as ("demo_kasittelija"),
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

  shown = kansio_test_run (kansio_test_security_connect_as ("demo_esihenkilo"),
                           "SELECT street_address, address_hidden, phone FROM api.person_get ($1)",
                           params, 1, &error);
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
  const char *id = kansio_test_security_id_of (LIISA);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) read = NULL;
  g_autoptr (KansioRows) saved = NULL;
  g_autoptr (KansioRows) stored = NULL;
  g_autoptr (KansioRows) hit = NULL;
  g_autofree char *version = NULL;

  read = kansio_test_run (kansio_test_security_connect_as ("demo_kasittelija"),
                          "SELECT row_version FROM api.person_get ($1)",
                          (const char *const[]){ id }, 1, &error);
  g_assert_no_error (error);
  version = g_strdup (kansio_rows_get_string (read, 0, 0));

  saved = kansio_test_run (
      kansio_test_security_connect_as ("demo_kasittelija"),
      "SELECT api.person_update ($1, $2::integer, 'Liisa', 'Mäkinen', 'fi', NULL, NULL, "
      "NULL, NULL, '+358 40 111 2222', NULL, NULL, false)",
      (const char *const[]){ id, version }, 2, &error);
  g_assert_no_error (error);

  stored = kansio_test_security_run_as_superuser (
      "SELECT street_address, postal_code, home_municipality, non_disclosure, phone "
      "FROM kansio.person WHERE identity_code = '" LIISA "'");
  g_assert_cmpstr (kansio_rows_get_string (stored, 0, 0), ==, "Salainen polku 1");
  g_assert_cmpstr (kansio_rows_get_string (stored, 0, 1), ==, "99910");
  g_assert_cmpstr (kansio_rows_get_string (stored, 0, 2), ==, "Kuvitelma");
  g_assert_true (kansio_rows_get_boolean (stored, 0, 3));
  /* Contact details are protected as the address is (0013): what was
   * not shown is not saved over. */
  g_assert_cmpstr (kansio_rows_get_string (stored, 0, 4), ==, "+358 40 555 0101");

  hit = kansio_test_run (kansio_test_security_connect_as ("demo_kasittelija"),
                         "SELECT home_municipality FROM api.person_search ('makinen')", NULL, 0,
                         &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (hit), ==, 1);
  g_assert_null (kansio_rows_get_string (hit, 0, 0));
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

      rows = kansio_test_run (kansio_test_security_connect_as (cases[i].role),
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
    g_autoptr (KansioRows) count
        = kansio_test_security_run_as_superuser ("SELECT count (*) FROM kansio.person");
    g_assert_cmpint (kansio_rows_get_int64 (count, 0, 0), >=, 10);
  }
}

static void
test_search_outside_cases_shows_identity_only (void)
{
  const char *params[] = { ELLA };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_test_run (kansio_test_security_connect_as ("demo_kasittelija"),
                          "SELECT is_visible, home_municipality FROM api.person_search ($1)",
                          params, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  g_assert_false (kansio_rows_get_boolean (rows, 0, 0));
  g_assert_null (kansio_rows_get_string (rows, 0, 1));
}

static void
test_emergency_access (void)
{
  const char *short_reason[] = { kansio_test_security_id_of (ELLA), "hmm" };
  const char *good_reason[] = { kansio_test_security_id_of (ELLA),
                                "Asiakas soitti ja kertoi lapsen olevan vaarassa; tarkistan" };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) refused = NULL;
  g_autoptr (KansioRows) opened = NULL;
  g_autoptr (KansioRows) logged = NULL;
  g_autoptr (KansioRows) queue = NULL;
  g_autoptr (KansioRows) other_queue = NULL;

  refused = kansio_test_run (kansio_test_security_connect_as ("demo_kasittelija"),
                             "SELECT * FROM api.person_open_emergency ($1, $2)", short_reason, 2,
                             &error);
  g_assert_null (refused);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "22023");
  g_assert_cmpstr (kansio_database_error_get_column (error), ==, "reason");
  g_clear_error (&error);

  opened = kansio_test_run (kansio_test_security_connect_as ("demo_kasittelija"),
                            "SELECT first_names FROM api.person_open_emergency ($1, $2)",
                            good_reason, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kansio_rows_get_string (opened, 0, 0), ==, "Ella");

  logged = kansio_test_security_run_as_superuser (
      "SELECT emergency, purpose FROM kansio.usage_log "
      "WHERE login_role = 'demo_kasittelija' ORDER BY id DESC LIMIT 1");
  g_assert_true (kansio_rows_get_boolean (logged, 0, 0));
  g_assert_cmpstr (kansio_rows_get_string (logged, 0, 1), ==, good_reason[1]);

  /* The supervisor of the unit sees it; a caseworker does not. */
  queue = kansio_test_run (kansio_test_security_connect_as ("demo_esihenkilo"),
                           "SELECT kind, person_name, caused_by, details FROM api.work_queue ()",
                           NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (queue), ==, 1);
  g_assert_cmpstr (kansio_rows_get_string (queue, 0, 0), ==, "emergency_access");
  g_assert_cmpstr (kansio_rows_get_string (queue, 0, 1), ==, "Virtanen, Ella");
  g_assert_cmpstr (kansio_rows_get_string (queue, 0, 2), ==, "Kaisa Käsittelijä");

  other_queue = kansio_test_run (kansio_test_security_connect_as ("demo_paattaja"),
                                 "SELECT * FROM api.work_queue ()", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kansio_rows_get_n_rows (other_queue), ==, 0);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  kansio_test_security_set_up ();

  g_test_add_func ("/security/rights-table", test_rights_table);
  g_test_add_func ("/security/cases-of-other-areas-hidden", test_cases_of_other_areas_hidden);
  g_test_add_func ("/security/non-disclosed-address", test_non_disclosed_address);
  g_test_add_func ("/security/non-disclosed-address-kept", test_non_disclosed_address_kept);
  g_test_add_func ("/security/search", test_search);
  g_test_add_func ("/security/search-outside-cases", test_search_outside_cases_shows_identity_only);
  g_test_add_func ("/security/emergency-access", test_emergency_access);

  status = g_test_run ();
  kansio_test_security_tear_down ();
  return status;
}
