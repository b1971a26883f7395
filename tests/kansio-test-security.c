/* kansio-test-security.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-test-security"

#include "config.h"

#include "kansio-test-security.h"

static KansioTestDatabase *demo;
static GHashTable *person_ids; /* identity code → id as text */

const char *const kansio_test_security_roles[] = {
  "demo_kasittelija",   "demo_paattaja",       "demo_lukija",      "demo_sosiaalityontekija",
  "demo_lastenvalvoja", "demo_vammaispalvelu", "demo_handlaggare", "demo_esihenkilo",
  "demo_paakayttaja",   "demo_tarkastaja",     "demo_kirjeet",     NULL,
};

KansioTestDatabase *
kansio_test_security_get_demo (void)
{
  return demo;
}

KansioRows *
kansio_test_security_run_as_superuser (const char *sql)
{
  g_autoptr (GError) error = NULL;
  KansioRows *rows = kansio_test_query (demo->database, sql, &error);

  g_assert_no_error (error);
  return rows;
}

gint64
kansio_test_security_count_usage_rows (void)
{
  g_autoptr (KansioRows) rows
      = kansio_test_security_run_as_superuser ("SELECT count (*) FROM kansio.usage_log");
  return kansio_rows_get_int64 (rows, 0, 0);
}

/* An earlier read of the same within the receipt window is covered by its
 * row: forgotten, the next read logs one of its own. */
void
kansio_test_security_forget_receipts (void)
{
  g_autoptr (KansioRows) rows
      = kansio_test_security_run_as_superuser ("DELETE FROM kansio.read_receipt");
}

const char *
kansio_test_security_id_of (const char *identity_code)
{
  const char *id = g_hash_table_lookup (person_ids, identity_code);

  g_assert_nonnull (id);
  return id;
}

/* One connection a role, kept for the run. */
KansioDatabase *
kansio_test_security_connect_as (const char *role)
{
  KansioDatabase *database = g_hash_table_lookup (demo->connections, role);

  if (database == NULL)
    {
      database = kansio_test_database_connect_as (demo, role);
      g_hash_table_insert (demo->connections, g_strdup (role), database);
    }
  return database;
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
  const char *params[] = { person != NULL ? kansio_test_security_id_of (person) : NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (KansioRows) kept = NULL;
  g_autofree char *keep = NULL;

  rows = kansio_test_run (kansio_test_security_connect_as (role), sql, params,
                          person != NULL ? 1 : 0, &error);
  g_assert_no_error (error);
  if (name == NULL)
    return;
  g_assert_cmpuint (kansio_rows_get_n_rows (rows), ==, 1);
  g_assert_false (kansio_rows_is_null (rows, 0, 0));
  keep = g_strdup_printf ("INSERT INTO public.kansio_test_seed VALUES ('%s', %s)", name,
                          kansio_rows_get_string (rows, 0, 0));
  kept = kansio_test_security_run_as_superuser (keep);
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
  g_autoptr (KansioRows) kept = kansio_test_security_run_as_superuser (sql);

  g_assert_cmpuint (kansio_rows_get_n_rows (kept), ==, 1);
}

void
kansio_test_security_set_up (void)
{
  g_autoptr (KansioRows) ids = NULL;

  demo = kansio_test_database_new_with_demo_data ();
  /* Its documents are put in place here, the same every run. */
  kansio_test_database_stop_document_service (demo);
  ids = kansio_test_security_run_as_superuser ("SELECT identity_code, id FROM kansio.person");
  person_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < kansio_rows_get_n_rows (ids); i++)
    g_hash_table_insert (person_ids, g_strdup (kansio_rows_get_string (ids, i, 0)),
                         g_strdup (kansio_rows_get_string (ids, i, 1)));

  /* A stored document and a version waiting for approval, written by
   * demo_kasittelija's hand, for the calls that need them; and views the
   * attackers cannot reach through the api, to name rows by. */
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "WITH c AS (SELECT c.id, c.person_id FROM kansio.client_case c "
      "  JOIN kansio.person p ON p.id = c.person_id "
      "  WHERE p.identity_code = '" AINO "' AND c.closed_on IS NULL) "
      "INSERT INTO kansio.document (person_id, case_id, template_version_id, kind, language, "
      "  title, pdf, sha256, page_count) "
      "SELECT c.person_id, c.id, 3, 'letter', 'fi', 'Seed', '\\x255044462d'::bytea, "
      "  encode (sha256 ('\\x255044462d'::bytea), 'hex'), 1 FROM c");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "INSERT INTO kansio.template_version (template_id, version, body_fi, body_sv, status, "
      "  created_by, edited_by, submitted_at) "
      "SELECT 3, 2, 'Seed', 'Seed', 'submitted', s.id, s.id, now () "
      "FROM kansio.staff_member s WHERE s.login_role = 'demo_kasittelija'");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "CREATE VIEW public.kansio_test_documents AS SELECT id, person_id FROM kansio.document");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "CREATE VIEW public.kansio_test_cases AS "
      "SELECT id AS case_id, person_id FROM kansio.client_case");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "GRANT SELECT ON public.kansio_test_documents, public.kansio_test_cases TO PUBLIC");
  /* An income-support application of Aino's, registered by her handler. */
  {
    g_autoptr (GError) error = NULL;
    const char *params[] = { kansio_test_security_id_of (AINO) };
    g_autoptr (KansioRows) registered = kansio_test_run (
        kansio_test_security_connect_as ("demo_kasittelija"),
        "SELECT api.is_application_register ((SELECT min (case_id) FROM api.person_cases ($1) "
        "WHERE closed_on IS NULL AND area = 'income-support'), current_date - 3, 'electronic', "
        "date_trunc ('month', current_date)::date, NULL, 'supplementary', false, 'seed')",
        params, 1, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr (GError) error = NULL;
    const char *params[] = { kansio_test_security_id_of (AINO) };
    g_autoptr (KansioRows) prepared = kansio_test_run (
        kansio_test_security_connect_as ("demo_kasittelija"),
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
  ids = kansio_test_security_run_as_superuser ("GRANT USAGE ON SCHEMA public TO PUBLIC");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "CREATE TABLE public.kansio_test_seed (name text PRIMARY KEY, id bigint NOT NULL)");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser ("GRANT SELECT ON public.kansio_test_seed TO PUBLIC");
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
    g_autoptr (KansioRows) linked = kansio_test_security_run_as_superuser (
        "UPDATE kansio.is_decision SET document_id = " SEEDED (
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
  ids = kansio_test_security_run_as_superuser (
      "INSERT INTO kansio.role_grant (staff_id, job_role, unit_id) "
      "SELECT s.id, 'income-support:decision_maker', u.id "
      "FROM kansio.staff_member s, kansio.organisation_unit u "
      "WHERE s.login_role = 'demo_handlaggare' AND u.code = 'demo-rannikko'");
  /* A recovery prepared, not decided, on the first decision. */
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "INSERT INTO kansio.is_recovery (decision_id, amount_cents, reasons, prepared_by) "
      "SELECT d.id, 1000, 'seed', d.prepared_by FROM kansio.is_decision d "
      "WHERE d.decided_at IS NULL");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "CREATE VIEW public.kansio_test_recoveries AS SELECT id FROM kansio.is_recovery");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "GRANT SELECT ON public.kansio_test_recoveries TO PUBLIC");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "CREATE VIEW public.kansio_test_decisions AS SELECT d.id, c.person_id "
      "FROM kansio.is_decision d JOIN kansio.is_application a ON a.id = d.application_id "
      "JOIN kansio.client_case c ON c.id = a.case_id");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "GRANT SELECT ON public.kansio_test_decisions TO PUBLIC");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "CREATE VIEW public.kansio_test_runs AS SELECT id FROM kansio.is_payment_run");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser ("GRANT SELECT ON public.kansio_test_runs TO PUBLIC");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "CREATE VIEW public.kansio_test_applications AS SELECT a.id, c.person_id "
      "FROM kansio.is_application a JOIN kansio.client_case c ON c.id = a.case_id");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "GRANT SELECT ON public.kansio_test_applications TO PUBLIC");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "CREATE VIEW public.kansio_test_queue AS "
      "SELECT id, caused_by, resolved_at FROM kansio.work_queue_item");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "GRANT SELECT ON public.kansio_test_queue TO PUBLIC");
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser ("GRANT USAGE ON SCHEMA public TO PUBLIC");

  /* A login role that is in the Kansio group but no staff member, and one
   * that is in neither: the cluster-wide roles outlive the test database. */
  g_clear_object (&ids);
  ids = kansio_test_security_run_as_superuser (
      "DO $$ BEGIN "
      "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kansio_test_outsider') THEN "
      "  CREATE ROLE kansio_test_outsider LOGIN IN ROLE kansio_user; END IF; "
      "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kansio_test_stranger') THEN "
      "  CREATE ROLE kansio_test_stranger LOGIN; END IF; "
      "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
}

void
kansio_test_security_tear_down (void)
{
  g_clear_pointer (&demo, kansio_test_database_free);
  g_clear_pointer (&person_ids, g_hash_table_unref);
}
