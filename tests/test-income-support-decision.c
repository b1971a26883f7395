/* test-income-support-decision.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The income-support decision through libkansio's domain objects, with
 * no widgets, as kansio-admin or a plugin would use them: registered,
 * calculated, prepared, ordered paid, decided by someone who wrote none
 * of it, its sending recorded, paid in a run and partly recovered. What
 * the database refuses comes back as GErrors a caller can act on: the
 * author of a decision or a recovery does not decide it (0014), and a
 * decision changed since it was read is not decided (KA409).
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "kansio-test-util.h"

#define AINO "140384-9027"
#define IBAN "FI2112345600000785"

typedef struct
{
  KansioTestDatabase *database;
  KansioDatabase *handler; /* demo_kasittelija: prepares */
  KansioDatabase *both;    /* demo_paattaja: decides, and here prepares too */
  KansioDatabase *decider; /* demo_toinen: decides */
  gint64 person_id;
  gint64 application_id;
} Fixture;

static void
today_and_month (GDate *today, GDate *month)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  *month = *today;
  g_date_set_day (month, 1);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *case_id = NULL;
  g_autofree char *person_id = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GDate today, month;

  fixture->database = kansio_test_database_new_with_demo_data ();
  /* A second decision-maker in the office, and the first also a handler,
   * as in test-four-eyes.c. */
  g_object_unref (kansio_test_as (
      fixture->database, NULL,
      "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'demo_toinen') THEN "
      "  CREATE ROLE demo_toinen LOGIN IN ROLE kansio_user; END IF; "
      "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"));
  g_object_unref (kansio_test_as (fixture->database, NULL,
                                  "INSERT INTO kansio.staff_member (login_role, full_name, "
                                  "  title_fi, title_sv, unit_id, language) "
                                  "SELECT 'demo_toinen', 'Toini Toinen', 'sosiaalityöntekijä', "
                                  "  'socialarbetare', unit_id, 'fi' FROM kansio.staff_member "
                                  "WHERE login_role = 'demo_paattaja'"));
  g_object_unref (
      kansio_test_as (fixture->database, NULL,
                      "INSERT INTO kansio.role_grant (staff_id, job_role, unit_id) "
                      "SELECT s.id, g.job_role, s.unit_id FROM kansio.staff_member s, "
                      "  (VALUES ('demo_toinen', 'income-support:decision_maker'), "
                      "          ('demo_paattaja', 'income-support:handler')) g (login, job_role) "
                      "WHERE s.login_role = g.login"));
  fixture->handler = kansio_test_database_connect_as (fixture->database, "demo_kasittelija");
  fixture->both = kansio_test_database_connect_as (fixture->database, "demo_paattaja");
  fixture->decider = kansio_test_database_connect_as (fixture->database, "demo_toinen");

  /* Registered by the handler, through the application object. */
  case_id = kansio_test_value_as (
      fixture->database, NULL,
      "SELECT c.id FROM kansio.client_case c JOIN kansio.person p ON p.id = c.person_id "
      "WHERE p.identity_code = '" AINO "' AND c.area = 'income-support' "
      "AND c.closed_on IS NULL ORDER BY c.id LIMIT 1");
  person_id = kansio_test_value_as (
      fixture->database, NULL, "SELECT id FROM kansio.person WHERE identity_code = '" AINO "'");
  fixture->person_id = g_ascii_strtoll (person_id, NULL, 10);
  today_and_month (&today, &month);
  kansio_income_support_application_register_async (
      fixture->handler, g_ascii_strtoll (case_id, NULL, 10), &today, "paper", &month, NULL,
      "supplementary", FALSE, "objects", NULL, kansio_test_store_result_cb, &result);
  fixture->application_id
      = kansio_income_support_application_register_finish (kansio_test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->application_id, >, 0);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->handler);
  g_clear_object (&fixture->both);
  g_clear_object (&fixture->decider);
  kansio_test_database_free (fixture->database);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  return kansio_test_wait (result);
}

/* The decision as @database's user reads it. */
static KansioIncomeSupportDecision *
get_decision (Fixture *fixture, KansioDatabase *database)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  KansioIncomeSupportDecision *decision;

  kansio_income_support_decision_get_async (database, fixture->application_id, NULL,
                                            kansio_test_store_result_cb, &result);
  decision = kansio_income_support_decision_get_finish (wait_for (&result), &error);
  g_assert_no_error (error);
  return decision;
}

static void
reload (KansioIncomeSupportDecision *decision)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kansio_income_support_decision_reload_async (decision, NULL, kansio_test_store_result_cb,
                                               &result);
  g_assert_true (
      kansio_income_support_decision_reload_finish (decision, wait_for (&result), &error));
  g_assert_no_error (error);
}

static gboolean
decide (KansioIncomeSupportDecision *decision, GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kansio_income_support_decision_decide_async (decision, NULL, kansio_test_store_result_cb,
                                               &result);
  return kansio_income_support_decision_decide_finish (decision, wait_for (&result), error);
}

static gint64
add_order (KansioIncomeSupportDecision *decision, gint64 cents, GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (KansioIncomeSupportPaymentOrder) order = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  order = kansio_income_support_payment_order_new ("client", "Aino Virtanen", IBAN, NULL, NULL,
                                                   cents, &today);
  kansio_income_support_decision_add_order_async (decision, order, NULL,
                                                  kansio_test_store_result_cb, &result);
  return kansio_income_support_decision_add_order_finish (decision, wait_for (&result), error);
}

static GListModel *
list_orders (KansioIncomeSupportDecision *decision)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  GListModel *orders;

  kansio_income_support_decision_list_orders_async (decision, NULL, kansio_test_store_result_cb,
                                                    &result);
  orders = kansio_income_support_decision_list_orders_finish (decision, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (orders) == KANSIO_TYPE_INCOME_SUPPORT_PAYMENT_ORDER);
  return orders;
}

static GListModel *
list_recoveries (KansioIncomeSupportDecision *decision)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  GListModel *recoveries;

  kansio_income_support_decision_list_recoveries_async (decision, NULL, kansio_test_store_result_cb,
                                                        &result);
  recoveries = kansio_income_support_decision_list_recoveries_finish (decision, wait_for (&result),
                                                                      &error);
  g_assert_no_error (error);
  return recoveries;
}

/* The month calculated as the Calculation page does, with the rates of
 * the database. */
static char *
calculate (Fixture *fixture, gint64 *support)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (KansioIncomeSupportRates) rates = NULL;
  g_autoptr (KansioIncomeSupportCalculation) calculation = NULL;
  g_autoptr (JsonParser) result_parser = json_parser_new ();
  g_autoptr (JsonParser) input_parser = json_parser_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  static const char *const members[] = { "household", "incomes", "expenses", "reductions" };
  const char *input
      = "{\"month\": \"2026-03\", \"household\": [{\"id\": \"a\", \"role\": \"living_alone\", "
        "\"birth_date\": \"1984-03-14\"}], \"incomes\": [{\"member\": \"a\", \"type\": \"wage\", "
        "\"amount\": \"900.00\"}], \"expenses\": [{\"type\": \"rent\", \"amount\": \"620.00\"}], "
        "\"reductions\": []}";
  g_autofree char *output = NULL;
  JsonObject *result_object, *input_object;

  kansio_income_support_rates_load_async (fixture->handler, NULL, kansio_test_store_result_cb,
                                          &result);
  rates = kansio_income_support_rates_load_finish (wait_for (&result), &error);
  g_assert_no_error (error);
  calculation = kansio_income_support_calculation_new_from_json (input, &error);
  g_assert_no_error (error);
  g_assert_true (kansio_income_support_calculation_run (calculation, rates, &error));
  g_assert_no_error (error);
  *support = kansio_income_support_calculation_get_support (calculation);
  g_assert_cmpint (*support, >, 0);
  /* Stored as the Calculation page stores it: the result with its input. */
  output = kansio_income_support_calculation_to_json (calculation);
  g_assert_true (json_parser_load_from_data (result_parser, output, -1, NULL));
  g_assert_true (json_parser_load_from_data (input_parser, input, -1, NULL));
  result_object = json_node_get_object (json_parser_get_root (result_parser));
  input_object = json_node_get_object (json_parser_get_root (input_parser));
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    json_object_set_member (result_object, members[i],
                            json_node_copy (json_object_get_member (input_object, members[i])));
  json_generator_set_root (generator, json_parser_get_root (result_parser));
  return json_generator_to_data (generator, NULL);
}

static void
on_notify_cb (GObject *object, GParamSpec *pspec, gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
test_decision_flow (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (KansioIncomeSupportDecision) prepared = NULL;
  g_autoptr (KansioIncomeSupportDecision) read_by_decider = NULL;
  g_autoptr (KansioIncomeSupportDecision) read_by_both = NULL;
  g_autoptr (GListModel) orders = NULL;
  g_autoptr (GListModel) runs = NULL;
  g_autoptr (GListModel) recoveries = NULL;
  g_autoptr (KansioIncomeSupportPaymentOrder) extra = NULL;
  g_autoptr (KansioIncomeSupportPaymentRun) run = NULL;
  g_autoptr (KansioIncomeSupportRecovery) recovery = NULL;
  g_autoptr (KansioDocumentComposer) composer = NULL;
  g_autoptr (KansioDocument) document = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *calculation = NULL;
  gint64 support = 0;
  gint64 decision_id;
  gint64 run_id = 0;
  gint64 recovery_id;
  guint version_notified = 0;
  guint state_notified = 0;
  int version_read;
  GDate today;

  /* Nothing prepared yet: no decision, and no error. */
  g_assert_null (get_decision (fixture, fixture->handler));

  /* Calculated and prepared by the handler. */
  calculation = calculate (fixture, &support);
  kansio_income_support_decision_prepare_async (
      fixture->handler, fixture->application_id, "granted", support, calculation,
      "Hakemus on käsitelty.", NULL, kansio_test_store_result_cb, &result);
  decision_id = kansio_income_support_decision_prepare_finish (wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (decision_id, >, 0);
  g_clear_object (&result);

  prepared = get_decision (fixture, fixture->handler);
  g_assert_nonnull (prepared);
  g_assert_cmpint (kansio_income_support_decision_get_id (prepared), ==, decision_id);
  g_assert_cmpint (kansio_income_support_decision_get_application_id (prepared), ==,
                   fixture->application_id);
  g_assert_cmpstr (kansio_income_support_decision_get_outcome (prepared), ==, "granted");
  g_assert_cmpint (kansio_income_support_decision_get_support_cents (prepared), ==, support);
  g_assert_cmpstr (kansio_income_support_decision_get_reasons (prepared), ==,
                   "Hakemus on käsitelty.");
  g_assert_nonnull (kansio_income_support_decision_get_calculation (prepared));
  g_assert_nonnull (kansio_income_support_decision_get_prepared_at (prepared));
  g_assert_true (kansio_income_support_decision_get_written_by_me (prepared));
  g_assert_cmpint (kansio_income_support_decision_get_state (prepared), ==,
                   KANSIO_INCOME_SUPPORT_DECISION_PREPARED);

  /* Orders: half of the support, and one taken back. */
  g_assert_cmpint (add_order (prepared, support / 2, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (add_order (prepared, 100, &error), >, 0);
  g_assert_no_error (error);
  /* More than the support is refused, and says which field. */
  g_assert_cmpint (add_order (prepared, support, &error), ==, 0);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_INVALID_INPUT);
  g_assert_nonnull (kansio_database_error_get_server_message (error));
  g_clear_error (&error);
  orders = list_orders (prepared);
  g_assert_cmpuint (g_list_model_get_n_items (orders), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (KansioIncomeSupportPaymentOrder) order = g_list_model_get_item (orders, i);

      g_assert_false (kansio_income_support_payment_order_get_is_paid (order));
      g_assert_cmpstr (kansio_income_support_payment_order_get_iban (order), ==, IBAN);
      if (kansio_income_support_payment_order_get_amount_cents (order) == 100)
        extra = g_object_ref (order);
    }
  g_assert_nonnull (extra);
  kansio_income_support_payment_order_remove_async (extra, NULL, kansio_test_store_result_cb,
                                                    &result);
  g_assert_true (
      kansio_income_support_payment_order_remove_finish (extra, wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  /* The decision-maker reads it; then another who also prepares adds the
   * rest of the support. */
  read_by_decider = get_decision (fixture, fixture->decider);
  g_assert_false (kansio_income_support_decision_get_written_by_me (read_by_decider));
  version_read = kansio_income_support_decision_get_row_version (read_by_decider);
  g_signal_connect (read_by_decider, "notify::row-version", G_CALLBACK (on_notify_cb),
                    &version_notified);
  g_signal_connect (read_by_decider, "notify::state", G_CALLBACK (on_notify_cb), &state_notified);
  read_by_both = get_decision (fixture, fixture->both);
  g_assert_cmpint (add_order (read_by_both, support - support / 2, &error), >, 0);
  g_assert_no_error (error);

  /* What was read is not what would be decided: KA409. */
  g_assert_false (decide (read_by_decider, &error));
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "KA409");
  g_clear_error (&error);

  /* Who wrote an order does not decide it. */
  reload (read_by_both);
  g_assert_true (kansio_income_support_decision_get_written_by_me (read_by_both));
  g_assert_false (decide (read_by_both, &error));
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
  g_assert_cmpstr (kansio_database_error_get_sqlstate (error), ==, "42501");
  g_clear_error (&error);

  /* Read again, the same object notifies, and is decided. */
  reload (read_by_decider);
  g_assert_cmpuint (version_notified, ==, 1);
  g_assert_cmpint (kansio_income_support_decision_get_row_version (read_by_decider), !=,
                   version_read);
  g_assert_true (decide (read_by_decider, &error));
  g_assert_no_error (error);
  reload (read_by_decider);
  g_assert_cmpuint (state_notified, ==, 1);
  g_assert_true (kansio_income_support_decision_get_is_decided (read_by_decider));
  g_assert_cmpint (kansio_income_support_decision_get_state (read_by_decider), ==,
                   KANSIO_INCOME_SUPPORT_DECISION_DECIDED);
  g_assert_true (kansio_income_support_decision_get_decided_by_me (read_by_decider));

  /* The document service makes its document; the handler records the
   * sending. */
  composer = kansio_document_composer_new (fixture->decider);
  kansio_document_composer_await_async (composer, "is-decision", decision_id, NULL,
                                        kansio_test_store_result_cb, &result);
  document = kansio_document_composer_await_finish (composer, wait_for (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  reload (prepared);
  g_assert_cmpint (kansio_income_support_decision_get_document_id (prepared), !=, 0);
  /* Not sent yet: no rectification dates. */
  g_assert_false (kansio_income_support_decision_get_rectification_deadline (prepared, NULL, NULL));
  kansio_income_support_decision_record_sending_async (prepared, "post", NULL, NULL,
                                                       kansio_test_store_result_cb, &result);
  g_assert_true (
      kansio_income_support_decision_record_sending_finish (prepared, wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  reload (prepared);
  g_assert_cmpint (kansio_income_support_decision_get_state (prepared), ==,
                   KANSIO_INCOME_SUPPORT_DECISION_SENT);
  g_assert_cmpstr (kansio_income_support_decision_get_sent_channel (prepared), ==, "post");
  g_assert_nonnull (kansio_income_support_decision_get_sent_on (prepared));
  /* The rectification period from the day it was posted (DOMAIN.md 6.3). */
  {
    GDate sent, receipt, last_day, expected_receipt, expected_last;

    g_assert_true (kansio_calendar_parse_iso_date (
        kansio_income_support_decision_get_sent_on (prepared), &sent));
    kansio_calendar_rectification_deadline (&sent, FALSE, &expected_receipt, &expected_last);
    g_assert_true (
        kansio_income_support_decision_get_rectification_deadline (prepared, &receipt, &last_day));
    g_assert_cmpint (g_date_days_between (&sent, &receipt), ==, 7);
    g_assert_cmpint (g_date_compare (&receipt, &expected_receipt), ==, 0);
    g_assert_cmpint (g_date_compare (&last_day, &expected_last), ==, 0);
    g_assert_cmpint (g_date_days_between (&receipt, &last_day), >=, 30);
  }

  /* Paid in a run. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  /* The confirmation's count is what the run then takes. */
  {
    gint64 n_due = 0, due_cents = 0;

    kansio_income_support_payment_run_preview_async (fixture->decider, &today, NULL,
                                                     kansio_test_store_result_cb, &result);
    g_assert_true (kansio_income_support_payment_run_preview_finish (wait_for (&result), &n_due,
                                                                     &due_cents, &error));
    g_assert_no_error (error);
    g_clear_object (&result);
    g_assert_cmpint (n_due, ==, 2);
    g_assert_cmpint (due_cents, ==, support);
  }
  kansio_income_support_payment_run_create_async (fixture->decider, &today, NULL,
                                                  kansio_test_store_result_cb, &result);
  g_assert_true (
      kansio_income_support_payment_run_create_finish (wait_for (&result), &run_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (run_id, >, 0);
  g_clear_object (&result);
  kansio_income_support_payment_run_list_async (fixture->decider, NULL, kansio_test_store_result_cb,
                                                &result);
  runs = kansio_income_support_payment_run_list_finish (wait_for (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 1);
  run = g_list_model_get_item (runs, 0);
  g_assert_cmpint (kansio_income_support_payment_run_get_id (run), ==, run_id);
  g_assert_cmpuint (kansio_income_support_payment_run_get_n_orders (run), ==, 2);
  g_assert_cmpint (kansio_income_support_payment_run_get_total_cents (run), ==, support);
  g_assert_nonnull (kansio_income_support_payment_run_get_message_id (run));
  g_clear_object (&orders);
  orders = list_orders (prepared);
  g_assert_cmpuint (g_list_model_get_n_items (orders), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (KansioIncomeSupportPaymentOrder) order = g_list_model_get_item (orders, i);

      g_assert_true (kansio_income_support_payment_order_get_is_paid (order));
      g_assert_cmpint (kansio_income_support_payment_order_get_run_id (order), ==, run_id);
    }

  /* Part recovered: the one who prepares it does not decide it. */
  kansio_income_support_decision_prepare_recovery_async (
      read_by_both, 5000, "Tulot ilmoitettiin puutteellisesti.", NULL, kansio_test_store_result_cb,
      &result);
  recovery_id = kansio_income_support_decision_prepare_recovery_finish (read_by_both,
                                                                        wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (recovery_id, >, 0);
  g_clear_object (&result);
  recoveries = list_recoveries (read_by_both);
  g_assert_cmpuint (g_list_model_get_n_items (recoveries), ==, 1);
  recovery = g_list_model_get_item (recoveries, 0);
  g_assert_cmpint (kansio_income_support_recovery_get_id (recovery), ==, recovery_id);
  g_assert_cmpint (kansio_income_support_recovery_get_amount_cents (recovery), ==, 5000);
  g_assert_cmpint (kansio_income_support_recovery_get_paid_cents (recovery), ==, support);
  g_assert_false (kansio_income_support_recovery_get_is_decided (recovery));
  kansio_income_support_recovery_decide_async (recovery, NULL, kansio_test_store_result_cb,
                                               &result);
  g_assert_false (
      kansio_income_support_recovery_decide_finish (recovery, wait_for (&result), &error));
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_clear_object (&result);
  g_clear_object (&recoveries);
  g_clear_object (&recovery);
  recoveries = list_recoveries (read_by_decider);
  recovery = g_list_model_get_item (recoveries, 0);
  kansio_income_support_recovery_decide_async (recovery, NULL, kansio_test_store_result_cb,
                                               &result);
  g_assert_true (
      kansio_income_support_recovery_decide_finish (recovery, wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_clear_object (&recoveries);
  g_clear_object (&recovery);
  recoveries = list_recoveries (read_by_decider);
  recovery = g_list_model_get_item (recoveries, 0);
  g_assert_true (kansio_income_support_recovery_get_is_decided (recovery));
  g_assert_true (kansio_income_support_recovery_get_decided_by_me (recovery));
}

/* The application as @database's user reads it, or NULL. */
static KansioIncomeSupportApplication *
find_application (Fixture *fixture, KansioDatabase *database)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GListModel) applications = NULL;

  kansio_income_support_application_list_async (database, fixture->person_id, NULL,
                                                kansio_test_store_result_cb, &result);
  applications = kansio_income_support_application_list_finish (wait_for (&result), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
    {
      g_autoptr (KansioIncomeSupportApplication) application
          = g_list_model_get_item (applications, i);

      if (kansio_income_support_application_get_id (application) == fixture->application_id)
        return g_steal_pointer (&application);
    }
  return NULL;
}

static GListModel *
list_members (KansioIncomeSupportApplication *application)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  GListModel *members;

  kansio_income_support_application_list_members_async (application, NULL,
                                                        kansio_test_store_result_cb, &result);
  members = kansio_income_support_application_list_members_finish (application, wait_for (&result),
                                                                   &error);
  g_assert_no_error (error);
  return members;
}

static GListModel *
list_attachments (KansioIncomeSupportApplication *application)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  GListModel *attachments;

  kansio_income_support_application_list_attachments_async (application, NULL,
                                                            kansio_test_store_result_cb, &result);
  attachments = kansio_income_support_application_list_attachments_finish (
      application, wait_for (&result), &error);
  g_assert_no_error (error);
  return attachments;
}

static gboolean
set_status (KansioIncomeSupportApplication *application, const char *status, GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kansio_income_support_application_set_status_async (application, status, NULL,
                                                      kansio_test_store_result_cb, &result);
  return kansio_income_support_application_set_status_finish (application, wait_for (&result),
                                                              error);
}

/* Registered (by the fixture), its household and attachments changed and
 * its status moved on, all through the objects; a reader and a stale
 * version are refused with GErrors. */
static void
test_application (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KansioDatabase) reader
      = kansio_test_database_connect_as (fixture->database, "demo_lukija");
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (KansioIncomeSupportApplication) application = NULL;
  g_autoptr (KansioIncomeSupportApplication) stale = NULL;
  g_autoptr (KansioIncomeSupportApplication) as_reader = NULL;
  g_autoptr (GListModel) members = NULL;
  g_autoptr (GListModel) attachments = NULL;
  g_autoptr (KansioIncomeSupportMember) child = NULL;
  g_autoptr (KansioIncomeSupportAttachment) attachment = NULL;
  guint n_members;
  gint64 member_id, attachment_id;
  GDate today, month, birth;

  today_and_month (&today, &month);
  application = find_application (fixture, fixture->handler);
  g_assert_nonnull (application);
  g_assert_cmpstr (kansio_income_support_application_get_status (application), ==, "received");
  g_assert_cmpstr (kansio_income_support_application_get_kind (application), ==, "supplementary");
  g_assert_cmpstr (kansio_income_support_application_get_notes (application), ==, "objects");
  g_assert_cmpint (kansio_income_support_application_get_person_id (application), ==,
                   fixture->person_id);
  g_assert_true (kansio_income_support_application_is_open (application));

  /* The household comes from the family relations. */
  members = list_members (application);
  n_members = g_list_model_get_n_items (members);
  g_assert_cmpuint (n_members, >, 0);
  g_clear_object (&members);

  /* A child added, given another role, and removed again. */
  g_date_clear (&birth, 1);
  g_date_set_dmy (&birth, 1, 6, 2015);
  kansio_income_support_application_add_member_async (application, "Testi Lapsi", "child", &birth,
                                                      NULL, kansio_test_store_result_cb, &result);
  member_id = kansio_income_support_application_add_member_finish (application, wait_for (&result),
                                                                   &error);
  g_assert_no_error (error);
  g_assert_cmpint (member_id, >, 0);
  g_clear_object (&result);
  members = list_members (application);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, n_members + 1);
  for (guint i = 0; i < g_list_model_get_n_items (members) && child == NULL; i++)
    {
      g_autoptr (KansioIncomeSupportMember) member = g_list_model_get_item (members, i);

      if (kansio_income_support_member_get_member_id (member) == member_id)
        child = g_steal_pointer (&member);
    }
  g_assert_nonnull (child);
  g_assert_cmpstr (kansio_income_support_member_get_role (child), ==, "child");
  g_assert_cmpstr (kansio_income_support_member_get_birth_date (child), ==, "2015-06-01");
  g_assert_cmpint (kansio_income_support_member_get_person_id (child), ==, 0);
  /* A third adult is not in the family (DOMAIN.md 2.2): refused. */
  kansio_income_support_member_set_role_async (child, "adult", NULL, kansio_test_store_result_cb,
                                               &result);
  g_assert_false (kansio_income_support_member_set_role_finish (child, wait_for (&result), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_object (&result);
  kansio_income_support_member_remove_async (child, NULL, kansio_test_store_result_cb, &result);
  g_assert_true (kansio_income_support_member_remove_finish (child, wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_clear_object (&members);
  members = list_members (application);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, n_members);

  /* A reader sees the application, and may not change its household. */
  as_reader = find_application (fixture, reader);
  g_assert_nonnull (as_reader);
  kansio_income_support_application_add_member_async (as_reader, "Ei Lisätä", "adult", NULL, NULL,
                                                      kansio_test_store_result_cb, &result);
  g_assert_cmpint (
      kansio_income_support_application_add_member_finish (as_reader, wait_for (&result), &error),
      ==, 0);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_clear_object (&result);

  /* An attachment asked for; the application waits for it. */
  kansio_income_support_application_ask_attachment_async (application, "Tiliote", NULL,
                                                          kansio_test_store_result_cb, &result);
  attachment_id = kansio_income_support_application_ask_attachment_finish (
      application, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (attachment_id, >, 0);
  g_clear_object (&result);
  stale = g_object_ref (application);
  g_clear_object (&application);
  application = find_application (fixture, fixture->handler);
  g_assert_true (set_status (application, "waiting_for_attachments", &error));
  g_assert_no_error (error);

  /* The version read before is stale: refused, the row not named. */
  g_assert_false (set_status (stale, "in_processing", &error));
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT);
  g_clear_error (&error);

  /* A reader may not move it on either. */
  g_clear_object (&as_reader);
  as_reader = find_application (fixture, reader);
  g_assert_false (set_status (as_reader, "in_processing", &error));
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* The attachment arrives today. */
  attachments = list_attachments (application);
  g_assert_cmpuint (g_list_model_get_n_items (attachments), ==, 1);
  attachment = g_list_model_get_item (attachments, 0);
  g_assert_cmpint (kansio_income_support_attachment_get_id (attachment), ==, attachment_id);
  g_assert_cmpstr (kansio_income_support_attachment_get_description (attachment), ==, "Tiliote");
  g_assert_null (kansio_income_support_attachment_get_received_on (attachment));
  kansio_income_support_attachment_mark_received_async (attachment, &today, NULL,
                                                        kansio_test_store_result_cb, &result);
  g_assert_true (kansio_income_support_attachment_mark_received_finish (
      attachment, wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_clear_object (&attachments);
  g_clear_object (&attachment);
  attachments = list_attachments (application);
  attachment = g_list_model_get_item (attachments, 0);
  g_assert_nonnull (kansio_income_support_attachment_get_received_on (attachment));

  /* In processing again, from the version now in force. */
  g_clear_object (&application);
  application = find_application (fixture, fixture->handler);
  if (g_strcmp0 (kansio_income_support_application_get_status (application), "in_processing") != 0)
    g_assert_true (set_status (application, "in_processing", &error));
  g_assert_no_error (error);
  g_clear_object (&application);
  application = find_application (fixture, fixture->handler);
  g_assert_cmpstr (kansio_income_support_application_get_status (application), ==, "in_processing");

  /* A reader registers nothing. */
  kansio_income_support_application_register_async (reader, 1, &today, "paper", &month, NULL,
                                                    "basic", FALSE, NULL, NULL,
                                                    kansio_test_store_result_cb, &result);
  g_assert_cmpint (kansio_income_support_application_register_finish (wait_for (&result), &error),
                   ==, 0);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
}

/* A reader sees the decision, and may not prepare one. */
static void
test_reader_refused (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KansioDatabase) reader
      = kansio_test_database_connect_as (fixture->database, "demo_lukija");
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autofree char *calculation = NULL;
  gint64 support = 0;

  calculation = calculate (fixture, &support);
  kansio_income_support_decision_prepare_async (reader, fixture->application_id, "granted", support,
                                                calculation, "Perustelut.", NULL,
                                                kansio_test_store_result_cb, &result);
  g_assert_cmpint (kansio_income_support_decision_prepare_finish (wait_for (&result), &error), ==,
                   0);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (kansio_database_error_get_server_message (error));
}

/* The household built from the relations on the day an application
 * arrives (DOMAIN.md 2.2 "Family (perhe) in one calculation", "Lone
 * parent with an 18+ child", "Alternating residence"), for the demo
 * families: each member as name:role, "~" after an alternating child. */
static const struct
{
  const char *rule;
  const char *client;
  const char *household;
} household_cases[] = {
  { "2.2 spouses and their under-18 children living in the home", AINO,
    "Aino Maria Virtanen:adult, Mikko Juhani Virtanen:adult, Ella Virtanen:child, "
    "Onni Virtanen:child" },
  { "2.2 single parent (yksinhuoltaja) with a child in the home", "300890-946J",
    "Saga Elisabeth Lindqvist:single_parent, Elias Lindqvist:child" },
  { "2.2 a flatmate is not in the family; the client is an adult in a joint household",
    "110290-951L", "Kalle Juhani Laine:adult" },
  { "2.2 guardianship alone does not bring in a child living with the other parent; "
    "alternating residence is marked",
    "230485-975E", "Jari Olavi Niemi:single_parent, Eetu Niemi:child~" },
  { "2.2 the spouse's children living in the home are in the family", "191087-917B",
    "Sanna Maria Koskinen:adult, Tomi Heino:adult, Veera Heino:child" },
  { "2.2 a lone parent living with an 18+ child gets the living-alone amount (9 § 2 mom)",
    "021266-942C", "Raija Hannele Lehtonen:living_alone" },
  { "2.2 an 18+ person living with a parent is a family of their own", "160505A957H",
    "Oskari Lehtonen:adult_with_parents" },
};

static void
test_household_from_relations (Fixture *fixture, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (household_cases); i++)
    {
      g_autofree char *application = NULL;
      g_autofree char *built = NULL;
      g_autofree char *sql = NULL;

      g_test_message ("%s", household_cases[i].rule);
      sql = g_strdup_printf (
          "INSERT INTO kansio.is_application (case_id, received_on, channel, first_month, "
          "  last_month, kind, complete_on, due_on) "
          "SELECT c.id, current_date, 'paper', date_trunc ('month', current_date), "
          "  date_trunc ('month', current_date), 'supplementary', current_date, current_date "
          "FROM kansio.client_case c JOIN kansio.person p ON p.id = c.person_id "
          "WHERE p.identity_code = '%s' AND c.area = 'income-support' AND c.closed_on IS NULL "
          "RETURNING id",
          household_cases[i].client);
      application = kansio_test_value_as (fixture->database, NULL, sql);
      g_free (sql);
      sql = g_strdup_printf (
          "SELECT kansio.is_household_from_relations (%s, p.id, current_date)::text "
          "FROM kansio.person p WHERE p.identity_code = '%s'",
          application, household_cases[i].client);
      g_free (kansio_test_value_as (fixture->database, NULL, sql));
      g_free (sql);
      sql = g_strdup_printf ("SELECT string_agg (full_name || ':' || role "
                             "  || CASE WHEN alternating THEN '~' ELSE '' END, ', ' ORDER BY id) "
                             "FROM kansio.is_application_member WHERE application_id = %s",
                             application);
      built = kansio_test_value_as (fixture->database, NULL, sql);
      g_assert_cmpstr (built, ==, household_cases[i].household);
    }
}

static KansioIncomeSupportMember *
member_named (GListModel *members, const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KansioIncomeSupportMember) member = g_list_model_get_item (members, i);

      if (g_str_has_prefix (kansio_income_support_member_get_full_name (member), name))
        return g_steal_pointer (&member);
    }
  g_assert_not_reached ();
}

/* DOMAIN.md 2.2 "Consistency": a member the household cannot take is
 * refused by the server with the reason the member dialog shows
 * (kansio_income_support_household_problem_adding), and adding or
 * removing a member moves the other adults' roles with it. */
static const struct
{
  const char *role;
  const char *reason;
} adding_cases[] = {
  { "living_alone", "A person living alone is the only member of their household." },
  { "adult_with_parents", "An adult living with their parents is a household of their own." },
  { "single_parent", "A single parent has no spouse in the household." },
  { "adult", "A family has at most two adults: other adults living in the home are households "
             "of their own." },
  { "child", NULL },
};

static void
test_household_refusals (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KansioIncomeSupportApplication) application
      = find_application (fixture, fixture->handler);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) members = NULL;
  g_autoptr (KansioIncomeSupportMember) mikko = NULL;
  g_autoptr (KansioIncomeSupportMember) only = NULL;
  const char *single[] = { "single_parent", NULL };
  const char *two_single[] = { "single_parent", "single_parent", "child", NULL };

  g_assert_cmpstr (kansio_income_support_household_problem (single), ==,
                   "A single parent has a child in the household.");
  g_assert_cmpstr (kansio_income_support_household_problem (two_single), ==,
                   "A household has one single parent, not two.");

  for (guint i = 0; i < G_N_ELEMENTS (adding_cases); i++)
    {
      g_autofree char *said = NULL;
      gint64 id;
      GDate birth;

      g_test_message ("adding %s", adding_cases[i].role);
      members = list_members (application);
      g_assert_cmpstr (
          kansio_income_support_household_problem_adding (members, adding_cases[i].role), ==,
          adding_cases[i].reason);
      g_clear_object (&members);
      g_date_clear (&birth, 1);
      g_date_set_dmy (&birth, 1, 6, 2020);
      kansio_income_support_application_add_member_async (application, "Uusi Jäsen",
                                                          adding_cases[i].role, &birth, NULL,
                                                          kansio_test_store_result_cb, &result);
      id = kansio_income_support_application_add_member_finish (application, wait_for (&result),
                                                                &error);
      g_clear_object (&result);
      if (adding_cases[i].reason == NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpint (id, >, 0);
          continue;
        }
      g_assert_cmpint (id, ==, 0);
      g_assert_nonnull (error);
      /* The server's words, after what kind of refusal it was. */
      said = kansio_database_error_dup_text (error);
      g_assert_true (g_str_has_suffix (said, adding_cases[i].reason));
      g_clear_error (&error);
    }

  /* A role chosen that the household cannot take. */
  members = list_members (application);
  mikko = member_named (members, "Mikko");
  kansio_income_support_member_set_role_async (mikko, "single_parent", NULL,
                                               kansio_test_store_result_cb, &result);
  g_assert_false (kansio_income_support_member_set_role_finish (mikko, wait_for (&result), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_object (&result);

  /* A child marked as living alternately (DOMAIN.md 2.2), and unmarked;
   * an adult cannot be. */
  g_clear_object (&members);
  members = list_members (application);
  {
    g_autoptr (KansioIncomeSupportMember) onni = member_named (members, "Onni");
    g_autoptr (KansioIncomeSupportMember) aino = member_named (members, "Aino");
    g_autoptr (GListModel) again = NULL;
    g_autoptr (KansioIncomeSupportMember) onni_again = NULL;

    kansio_income_support_member_set_alternating_async (onni, TRUE, NULL,
                                                        kansio_test_store_result_cb, &result);
    g_assert_true (
        kansio_income_support_member_set_alternating_finish (onni, wait_for (&result), &error));
    g_assert_no_error (error);
    g_clear_object (&result);
    again = list_members (application);
    onni_again = member_named (again, "Onni");
    g_assert_true (kansio_income_support_member_get_alternating (onni_again));
    kansio_income_support_member_set_alternating_async (onni, FALSE, NULL,
                                                        kansio_test_store_result_cb, &result);
    g_assert_true (
        kansio_income_support_member_set_alternating_finish (onni, wait_for (&result), &error));
    g_assert_no_error (error);
    g_clear_object (&result);
    kansio_income_support_member_set_alternating_async (aino, TRUE, NULL,
                                                        kansio_test_store_result_cb, &result);
    g_assert_false (
        kansio_income_support_member_set_alternating_finish (aino, wait_for (&result), &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_clear_object (&result);
  }

  /* The spouse leaves: Aino is a single parent; the children leave: she
   * lives alone. */
  kansio_income_support_member_remove_async (mikko, NULL, kansio_test_store_result_cb, &result);
  g_assert_true (kansio_income_support_member_remove_finish (mikko, wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_clear_object (&members);
  members = list_members (application);
  {
    g_autoptr (KansioIncomeSupportMember) aino = member_named (members, "Aino");
    g_assert_cmpstr (kansio_income_support_member_get_role (aino), ==, "single_parent");
  }
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KansioIncomeSupportMember) member = g_list_model_get_item (members, i);

      if (g_strcmp0 (kansio_income_support_member_get_role (member), "child") != 0)
        continue;
      g_assert_false (kansio_income_support_member_get_alternating (member));
      kansio_income_support_member_remove_async (member, NULL, kansio_test_store_result_cb,
                                                 &result);
      g_assert_true (
          kansio_income_support_member_remove_finish (member, wait_for (&result), &error));
      g_assert_no_error (error);
      g_clear_object (&result);
    }
  g_clear_object (&members);
  members = list_members (application);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  only = g_list_model_get_item (members, 0);
  g_assert_cmpstr (kansio_income_support_member_get_role (only), ==, "living_alone");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/income-support-decision/flow", Fixture, NULL, fixture_set_up, test_decision_flow,
              fixture_tear_down);
  g_test_add ("/income-support-decision/application", Fixture, NULL, fixture_set_up,
              test_application, fixture_tear_down);
  g_test_add ("/income-support-decision/reader-refused", Fixture, NULL, fixture_set_up,
              test_reader_refused, fixture_tear_down);
  g_test_add ("/income-support-decision/household-from-relations", Fixture, NULL, fixture_set_up,
              test_household_from_relations, fixture_tear_down);
  g_test_add ("/income-support-decision/household-refusals", Fixture, NULL, fixture_set_up,
              test_household_refusals, fixture_tear_down);
  return g_test_run ();
}
