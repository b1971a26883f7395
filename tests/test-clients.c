/* test-clients.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The client register through libkansio's KansioClientDirectory, as the
 * client page drives it, without widgets: what is known about an opened
 * client comes back as lists of typed objects (cases, relations,
 * documents, disclosures, and for auditors who viewed the client), and a
 * refusal as the database's GError.
 */
#include "config.h"

#include "kansio-test-util.h"

#define AINO "140384-9027"
#define CASEWORKER "demo_kasittelija" /* Aino's caseworker */
#define AUDITOR "demo_tarkastaja"

typedef struct
{
  KansioTestDatabase *database;
  KansioClientDirectory *caseworker;
  KansioClientDirectory *auditor;
  gint64 aino;
} Fixture;

static KansioClientDirectory *
directory_as (Fixture *fixture, const char *login_role)
{
  g_autoptr (KansioDatabase) database
      = kansio_test_database_connect_as (fixture->database, login_role);

  return kansio_client_directory_new (database);
}

static gint64
find (KansioClientDirectory *directory, const char *identity_code)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) people = NULL;

  kansio_client_directory_search_async (directory, identity_code, 0, 10, NULL,
                                        kansio_test_store_result_cb, &result);
  people = kansio_client_directory_search_finish (directory, kansio_test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 1);
  return kansio_person_get_id (g_ptr_array_index (people, 0));
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->database = kansio_test_database_new_with_demo_data ();
  fixture->caseworker = directory_as (fixture, CASEWORKER);
  fixture->auditor = directory_as (fixture, AUDITOR);
  fixture->aino = find (fixture->caseworker, AINO);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->caseworker);
  g_assert_finalize_object (fixture->auditor);
  kansio_test_database_free (fixture->database);
}

typedef void (*ListAsync) (KansioClientDirectory *self,
                           gint64 person_id,
                           GCancellable *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer user_data);
typedef GListModel *(*ListFinish) (KansioClientDirectory *self,
                                   GAsyncResult *result,
                                   GError **error);

/* One list, waited for; every item of the type asked. */
static GListModel *
list (KansioClientDirectory *directory,
      ListAsync list_async,
      ListFinish list_finish,
      gint64 person_id,
      GType item_type,
      GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;
  GListModel *model;

  list_async (directory, person_id, NULL, kansio_test_store_result_cb, &result);
  model = list_finish (directory, kansio_test_wait (&result), error);
  if (model != NULL)
    {
      g_assert_true (g_list_model_get_item_type (model) == item_type);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr (GObject) item = g_list_model_get_item (model, i);
          g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (item, item_type));
        }
    }
  return model;
}

#define LIST(directory, what, person_id, type, error)                                              \
  list (directory, kansio_client_directory_list_##what##_async,                                    \
        kansio_client_directory_list_##what##_finish, person_id, type, error)

static void
assert_iso_date (const char *text)
{
  g_assert_nonnull (text);
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d{2}-\\d{2}$", text, 0, 0));
}

static gint64
add_relation (KansioClientDirectory *directory,
              gint64 person_id,
              const char *code,
              const char *kind,
              const char *residence,
              GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;
  GDate from;

  g_date_clear (&from, 1);
  g_date_set_dmy (&from, 1, 1, 2026);
  kansio_client_directory_add_relation_async (directory, person_id, code, kind, residence, &from,
                                              NULL, kansio_test_store_result_cb, &result);
  return kansio_client_directory_add_relation_finish (directory, kansio_test_wait (&result), error);
}

static gboolean
end_relation (KansioClientDirectory *directory, gint64 relation_id, GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;
  GDate until;

  g_date_clear (&until, 1);
  g_date_set_dmy (&until, 31, 1, 2026);
  kansio_client_directory_end_relation_async (directory, relation_id, &until, NULL,
                                              kansio_test_store_result_cb, &result);
  return kansio_client_directory_end_relation_finish (directory, kansio_test_wait (&result), error);
}

/* Relations recorded and ended through the directory (issue 13): by a
 * handler of the client, never by a reader, never to oneself, once at a
 * time, a spouse one at a time, and ended once. */
static void
test_relation_changes (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KansioClientDirectory) reader = directory_as (fixture, "demo_lukija");
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) relations = NULL;
  gint64 id;
  gboolean found = FALSE;

  /* Helmi (031008A9922) lives with Aino: a household member. */
  id = add_relation (fixture->caseworker, fixture->aino, "031008A9922", "household", "together",
                     &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  relations
      = LIST (fixture->caseworker, relations, fixture->aino, KANSIO_TYPE_CLIENT_RELATION, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr (KansioClientRelation) relation = g_list_model_get_item (relations, i);

      if (kansio_client_relation_get_id (relation) != id)
        continue;
      found = TRUE;
      g_assert_cmpstr (kansio_client_relation_get_kind (relation), ==, "household");
      g_assert_cmpstr (kansio_client_relation_get_residence (relation), ==, "together");
      g_assert_cmpstr (kansio_client_relation_get_valid_from (relation), ==, "2026-01-01");
      g_assert_true (kansio_client_relation_is_current (relation));
    }
  g_assert_true (found);

  /* The same two again for the same time; a second spouse; oneself. */
  g_assert_cmpint (add_relation (fixture->caseworker, fixture->aino, "031008A9922", "household",
                                 "together", &error),
                   ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (add_relation (fixture->caseworker, fixture->aino, "170775-981L", "spouse",
                                 "together", &error),
                   ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (
      add_relation (fixture->caseworker, fixture->aino, AINO, "spouse", "together", &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  /* A flatmate does not live alternately; an adult is nobody's ward. */
  g_assert_cmpint (add_relation (fixture->caseworker, fixture->aino, "170775-981L", "household",
                                 "alternating", &error),
                   ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (add_relation (fixture->caseworker, fixture->aino, "170775-981L", "guardian",
                                 "together", &error),
                   ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A reader may neither add nor end. */
  g_assert_cmpint (
      add_relation (reader, fixture->aino, "170775-981L", "household", "together", &error), ==, 0);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (end_relation (reader, id, &error));
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* Ended once, by the handler. */
  g_assert_true (end_relation (fixture->caseworker, id, &error));
  g_assert_no_error (error);
  g_assert_false (end_relation (fixture->caseworker, id, &error));
  g_assert_nonnull (error);
}

static void
test_cases (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) cases
      = LIST (fixture->caseworker, cases, fixture->aino, KANSIO_TYPE_CLIENT_CASE, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cases), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr (KansioClientCase) client_case = g_list_model_get_item (cases, i);
      KansioServiceArea area;

      g_assert_cmpint (kansio_client_case_get_id (client_case), >, 0);
      g_assert_true (
          kansio_service_area_from_id (kansio_client_case_get_area (client_case), &area));
      g_assert_cmpint (kansio_client_case_get_unit_id (client_case), >, 0);
      g_assert_nonnull (kansio_client_case_get_unit_name_fi (client_case));
      g_assert_nonnull (kansio_client_case_get_unit_name_sv (client_case));
      assert_iso_date (kansio_client_case_get_opened_on (client_case));
      if (kansio_client_case_get_closed_on (client_case) != NULL)
        assert_iso_date (kansio_client_case_get_closed_on (client_case));
    }
}

static void
test_relations (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) relations
      = LIST (fixture->caseworker, relations, fixture->aino, KANSIO_TYPE_CLIENT_RELATION, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (relations), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr (KansioClientRelation) relation = g_list_model_get_item (relations, i);
      const char *direction = kansio_client_relation_get_direction (relation);

      g_assert_cmpint (kansio_client_relation_get_id (relation), >, 0);
      g_assert_nonnull (kansio_client_relation_get_kind (relation));
      g_assert_true (g_strcmp0 (direction, "to") == 0 || g_strcmp0 (direction, "from") == 0);
      g_assert_cmpint (kansio_client_relation_get_related_person_id (relation), >, 0);
      g_assert_cmpint (kansio_client_relation_get_related_person_id (relation), !=, fixture->aino);
      g_assert_nonnull (kansio_client_relation_get_related_surname (relation));
      g_assert_nonnull (kansio_client_relation_get_related_first_names (relation));
      assert_iso_date (kansio_client_relation_get_related_birth_date (relation));
    }
}

static void
test_documents_and_disclosures (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) documents = NULL;
  g_autoptr (GListModel) disclosures = NULL;

  documents
      = LIST (fixture->caseworker, documents, fixture->aino, KANSIO_TYPE_CLIENT_DOCUMENT, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr (KansioClientDocument) document = g_list_model_get_item (documents, i);

      g_assert_cmpint (kansio_client_document_get_id (document), >, 0);
      g_assert_nonnull (kansio_client_document_get_title (document));
      g_assert_cmpint (kansio_client_document_get_page_count (document), >, 0);
    }

  disclosures = LIST (fixture->auditor, disclosures, fixture->aino, KANSIO_TYPE_DISCLOSURE, &error);
  g_assert_no_error (error);
}

/* Who viewed the client is the auditors' to see; the caseworker's look at
 * the client's cases is among the viewings. */
static void
test_viewings (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) refused = NULL;
  g_autoptr (GListModel) viewings = NULL;
  gboolean caseworker_seen = FALSE;

  g_object_unref (
      LIST (fixture->caseworker, cases, fixture->aino, KANSIO_TYPE_CLIENT_CASE, &error));
  g_assert_no_error (error);

  refused = LIST (fixture->caseworker, viewings, fixture->aino, KANSIO_TYPE_CLIENT_VIEWING, &error);
  g_assert_null (refused);
  g_assert_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  viewings = LIST (fixture->auditor, viewings, fixture->aino, KANSIO_TYPE_CLIENT_VIEWING, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (viewings); i++)
    {
      g_autoptr (KansioClientViewing) viewing = g_list_model_get_item (viewings, i);

      g_assert_nonnull (kansio_client_viewing_get_logged_at (viewing));
      g_assert_nonnull (kansio_client_viewing_get_view (viewing));
      if (g_strcmp0 (kansio_client_viewing_get_login_role (viewing), CASEWORKER) == 0)
        caseworker_seen = TRUE;
    }
  g_assert_true (caseworker_seen);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, test)                                                                            \
  g_test_add ("/clients/" path, Fixture, NULL, fixture_set_up, test, fixture_tear_down)
  ADD ("cases", test_cases);
  ADD ("relations", test_relations);
  ADD ("relation-changes", test_relation_changes);
  ADD ("documents-and-disclosures", test_documents_and_disclosures);
  ADD ("viewings", test_viewings);
#undef ADD

  return g_test_run ();
}
