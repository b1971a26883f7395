/* kansio-client-directory.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-client-directory"

#include "config.h"

#include "kansio-client-case.h"
#include "kansio-client-directory.h"
#include "kansio-client-document.h"
#include "kansio-client-relation.h"
#include "kansio-client-viewing.h"
#include "kansio-disclosure.h"

struct _KansioClientDirectory
{
  GObject parent_instance;

  KansioDatabase *database;
};

G_DEFINE_FINAL_TYPE (KansioClientDirectory, kansio_client_directory, G_TYPE_OBJECT)

typedef gpointer (*RowsMapper) (KansioRows *rows);

typedef struct
{
  RowsMapper map;
  GDestroyNotify free_result;
} Mapping;

static void
on_query_done_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  const Mapping *mapping = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows
      = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);

  if (rows == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, mapping->map (rows), mapping->free_result);
}

/* Every call here is one api function: ask, and map the rows. */
static void
run_api_call (KansioClientDirectory *self,
              gpointer source_tag,
              const char *sql,
              const char *const *params,
              guint n_params,
              const Mapping *mapping,
              GCancellable *cancellable,
              GAsyncReadyCallback callback,
              gpointer user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, (gpointer) mapping, NULL);
  kansio_database_query_async (self->database, sql, params, n_params, cancellable, on_query_done_cb,
                               task);
}

static gpointer
finish_api_call (KansioClientDirectory *self,
                 GAsyncResult *result,
                 gpointer source_tag,
                 GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gpointer
map_people (KansioRows *rows)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    g_ptr_array_add (people, kansio_person_new_from_row (rows, i));
  return people;
}

static gpointer
map_one_person (KansioRows *rows)
{
  /* The api raises an error rather than return nothing. */
  return kansio_rows_get_n_rows (rows) > 0 ? kansio_person_new_from_row (rows, 0) : NULL;
}

/* Reading columns by name */

static const char *
column (KansioRows *rows, guint row, const char *name)
{
  int index = kansio_rows_find_column (rows, name);

  if (index < 0 || kansio_rows_is_null (rows, row, index))
    return NULL;
  return kansio_rows_get_string (rows, row, index);
}

static gint64
column_int64 (KansioRows *rows, guint row, const char *name)
{
  int index = kansio_rows_find_column (rows, name);

  if (index < 0 || kansio_rows_is_null (rows, row, index))
    return 0;
  return kansio_rows_get_int64 (rows, row, index);
}

static gboolean
column_boolean (KansioRows *rows, guint row, const char *name)
{
  int index = kansio_rows_find_column (rows, name);

  return index >= 0 && !kansio_rows_is_null (rows, row, index)
         && kansio_rows_get_boolean (rows, row, index);
}

/* api.person_relations (person_id) */
static gpointer
map_relations (KansioRows *rows)
{
  GListStore *relations = g_list_store_new (KANSIO_TYPE_CLIENT_RELATION);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      /* clang-format off */
      g_autoptr (KansioClientRelation) relation = g_object_new (KANSIO_TYPE_CLIENT_RELATION,
          "id", column_int64 (rows, i, "relation_id"),
          "kind", column (rows, i, "kind"),
          "direction", column (rows, i, "direction"),
          "related-person-id", column_int64 (rows, i, "related_person_id"),
          "related-first-names", column (rows, i, "related_first_names"),
          "related-surname", column (rows, i, "related_surname"),
          "related-birth-date", column (rows, i, "related_birth_date"),
          "valid-from", column (rows, i, "valid_from"),
          "valid-until", column (rows, i, "valid_until"),
          NULL);
      /* clang-format on */

      g_list_store_append (relations, relation);
    }
  return relations;
}

/* api.person_cases (person_id) */
static gpointer
map_cases (KansioRows *rows)
{
  GListStore *cases = g_list_store_new (KANSIO_TYPE_CLIENT_CASE);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      /* clang-format off */
      g_autoptr (KansioClientCase) client_case = g_object_new (KANSIO_TYPE_CLIENT_CASE,
          "id", column_int64 (rows, i, "case_id"),
          "area", column (rows, i, "area"),
          "unit-id", (int) column_int64 (rows, i, "unit_id"),
          "unit-name-fi", column (rows, i, "unit_name_fi"),
          "unit-name-sv", column (rows, i, "unit_name_sv"),
          "opened-on", column (rows, i, "opened_on"),
          "closed-on", column (rows, i, "closed_on"),
          NULL);
      /* clang-format on */

      g_list_store_append (cases, client_case);
    }
  return cases;
}

/* api.audit_person_views (person_id, from, to) */
static gpointer
map_viewings (KansioRows *rows)
{
  GListStore *viewings = g_list_store_new (KANSIO_TYPE_CLIENT_VIEWING);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      /* clang-format off */
      g_autoptr (KansioClientViewing) viewing = g_object_new (KANSIO_TYPE_CLIENT_VIEWING,
          "logged-at", column (rows, i, "logged_at"),
          "login-role", column (rows, i, "login_role"),
          "full-name", column (rows, i, "full_name"),
          "view", column (rows, i, "view"),
          "purpose", column (rows, i, "purpose"),
          "area", column (rows, i, "area"),
          "emergency", column_boolean (rows, i, "emergency"),
          NULL);
      /* clang-format on */

      g_list_store_append (viewings, viewing);
    }
  return viewings;
}

/* api.disclosure_list (person_id) */
static gpointer
map_disclosures (KansioRows *rows)
{
  GListStore *disclosures = g_list_store_new (KANSIO_TYPE_DISCLOSURE);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      /* clang-format off */
      g_autoptr (KansioDisclosure) disclosure = g_object_new (KANSIO_TYPE_DISCLOSURE,
          "logged-at", column (rows, i, "logged_at"),
          "login-role", column (rows, i, "login_role"),
          "what", column (rows, i, "what"),
          "recipient", column (rows, i, "recipient"),
          "legal-basis", column (rows, i, "legal_basis"),
          NULL);
      /* clang-format on */

      g_list_store_append (disclosures, disclosure);
    }
  return disclosures;
}

/* api.person_documents (person_id) */
static gpointer
map_documents (KansioRows *rows)
{
  GListStore *documents = g_list_store_new (KANSIO_TYPE_CLIENT_DOCUMENT);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      /* clang-format off */
      g_autoptr (KansioClientDocument) document = g_object_new (KANSIO_TYPE_CLIENT_DOCUMENT,
          "id", column_int64 (rows, i, "document_id"),
          "kind", column (rows, i, "kind"),
          "title", column (rows, i, "title"),
          "language", column (rows, i, "language"),
          "page-count", (int) column_int64 (rows, i, "page_count"),
          "created-at", column (rows, i, "created_at"),
          "created-by", column (rows, i, "created_by"),
          "sha256", column (rows, i, "sha256"),
          "template-name", column (rows, i, "template_name"),
          "template-version", (int) column_int64 (rows, i, "template_version"),
          "case-number", column (rows, i, "case_number"),
          NULL);
      /* clang-format on */

      g_list_store_append (documents, document);
    }
  return documents;
}

static gpointer
map_first_number (KansioRows *rows)
{
  gint64 *number = g_new (gint64, 1);

  *number = kansio_rows_get_int64 (rows, 0, 0);
  return number;
}

static const Mapping people_mapping = { map_people, (GDestroyNotify) g_ptr_array_unref };
static const Mapping person_mapping = { map_one_person, g_object_unref };
static const Mapping relations_mapping = { map_relations, g_object_unref };
static const Mapping cases_mapping = { map_cases, g_object_unref };
static const Mapping viewings_mapping = { map_viewings, g_object_unref };
static const Mapping disclosures_mapping = { map_disclosures, g_object_unref };
static const Mapping documents_mapping = { map_documents, g_object_unref };
static const Mapping number_mapping = { map_first_number, g_free };

static void
kansio_client_directory_dispose (GObject *object)
{
  KansioClientDirectory *self = (KansioClientDirectory *) object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (kansio_client_directory_parent_class)->dispose (object);
}

static void
kansio_client_directory_class_init (KansioClientDirectoryClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kansio_client_directory_dispose;
}

static void
kansio_client_directory_init (KansioClientDirectory *self)
{
}

KansioClientDirectory *
kansio_client_directory_new (KansioDatabase *database)
{
  KansioClientDirectory *self;

  g_return_val_if_fail (KANSIO_IS_DATABASE (database), NULL);

  self = g_object_new (KANSIO_TYPE_CLIENT_DIRECTORY, NULL);
  self->database = g_object_ref (database);
  return self;
}

/**
 * kansio_client_directory_search_async:
 * @query: an identity code, or the start of a name (surname or first name)
 *
 * One page of the user's clients that match, in name order. An exact
 * identity code finds anyone, but only as identity data.
 */
void
kansio_client_directory_search_async (KansioClientDirectory *self,
                                      const char *query,
                                      guint offset,
                                      guint limit,
                                      GCancellable *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer user_data)
{
  g_autofree char *offset_text = g_strdup_printf ("%u", offset);
  g_autofree char *limit_text = g_strdup_printf ("%u", limit);
  const char *params[] = { query, limit_text, offset_text };

  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));
  g_return_if_fail (query != NULL);

  run_api_call (self, kansio_client_directory_search_async,
                "SELECT * FROM api.person_search ($1, $2::integer, $3::integer)", params,
                G_N_ELEMENTS (params), &people_mapping, cancellable, callback, user_data);
}

/**
 * kansio_client_directory_search_finish:
 *
 * Returns: (transfer container) (element-type KansioPerson): the hits
 */
GPtrArray *
kansio_client_directory_search_finish (KansioClientDirectory *self,
                                       GAsyncResult *result,
                                       GError **error)
{
  return finish_api_call (self, result, kansio_client_directory_search_async, error);
}

/**
 * kansio_client_directory_open_async:
 * @emergency_reason: (nullable): the typed reason to open a client outside
 *   one's own cases; %NULL for a normal opening
 *
 * The whole record; fails with %KANSIO_DATABASE_ERROR_PERMISSION_DENIED
 * when the user has no case with the client and gives no reason.
 */
void
kansio_client_directory_open_async (KansioClientDirectory *self,
                                    gint64 person_id,
                                    const char *emergency_reason,
                                    GCancellable *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer user_data)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, person_id);
  const char *params[] = { id, emergency_reason };

  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));

  if (emergency_reason == NULL)
    run_api_call (self, kansio_client_directory_open_async, "SELECT * FROM api.person_get ($1)",
                  params, 1, &person_mapping, cancellable, callback, user_data);
  else
    run_api_call (self, kansio_client_directory_open_async,
                  "SELECT * FROM api.person_open_emergency ($1, $2)", params, 2, &person_mapping,
                  cancellable, callback, user_data);
}

/**
 * kansio_client_directory_open_finish:
 *
 * Returns: (transfer full): the person
 */
KansioPerson *
kansio_client_directory_open_finish (KansioClientDirectory *self,
                                     GAsyncResult *result,
                                     GError **error)
{
  return finish_api_call (self, result, kansio_client_directory_open_async, error);
}

/* What is known about an opened client: one call per api function, each
 * a list of typed objects. */
static void
list_for_person (KansioClientDirectory *self,
                 gpointer source_tag,
                 const char *sql,
                 gint64 person_id,
                 const Mapping *mapping,
                 GCancellable *cancellable,
                 GAsyncReadyCallback callback,
                 gpointer user_data)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, person_id);
  const char *params[] = { id };

  run_api_call (self, source_tag, sql, params, G_N_ELEMENTS (params), mapping, cancellable,
                callback, user_data);
}

/**
 * kansio_client_directory_list_relations_async:
 *
 * The client's family and household relations.
 */
void
kansio_client_directory_list_relations_async (KansioClientDirectory *self,
                                              gint64 person_id,
                                              GCancellable *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));

  list_for_person (self, kansio_client_directory_list_relations_async,
                   "SELECT * FROM api.person_relations ($1)", person_id, &relations_mapping,
                   cancellable, callback, user_data);
}

/**
 * kansio_client_directory_list_relations_finish:
 *
 * Returns: (transfer full): a #GListModel of #KansioClientRelation
 */
GListModel *
kansio_client_directory_list_relations_finish (KansioClientDirectory *self,
                                               GAsyncResult *result,
                                               GError **error)
{
  return finish_api_call (self, result, kansio_client_directory_list_relations_async, error);
}

/**
 * kansio_client_directory_list_cases_async:
 *
 * The client's cases that the user may see, open and closed.
 */
void
kansio_client_directory_list_cases_async (KansioClientDirectory *self,
                                          gint64 person_id,
                                          GCancellable *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));

  list_for_person (self, kansio_client_directory_list_cases_async,
                   "SELECT * FROM api.person_cases ($1)", person_id, &cases_mapping, cancellable,
                   callback, user_data);
}

/**
 * kansio_client_directory_list_cases_finish:
 *
 * Returns: (transfer full): a #GListModel of #KansioClientCase
 */
GListModel *
kansio_client_directory_list_cases_finish (KansioClientDirectory *self,
                                           GAsyncResult *result,
                                           GError **error)
{
  return finish_api_call (self, result, kansio_client_directory_list_cases_async, error);
}

/**
 * kansio_client_directory_list_viewings_async:
 *
 * Who viewed the client in the last two years (auditors only).
 */
void
kansio_client_directory_list_viewings_async (KansioClientDirectory *self,
                                             gint64 person_id,
                                             GCancellable *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));

  /* The same arguments when asked again (a read's first answer is "ask
   * again", and the second must be the same call): from the day's start. */
  list_for_person (self, kansio_client_directory_list_viewings_async,
                   "SELECT * FROM api.audit_person_views ($1, date_trunc ('day', now ()) - "
                   "interval '2 years', 'infinity')",
                   person_id, &viewings_mapping, cancellable, callback, user_data);
}

/**
 * kansio_client_directory_list_viewings_finish:
 *
 * Returns: (transfer full): a #GListModel of #KansioClientViewing
 */
GListModel *
kansio_client_directory_list_viewings_finish (KansioClientDirectory *self,
                                              GAsyncResult *result,
                                              GError **error)
{
  return finish_api_call (self, result, kansio_client_directory_list_viewings_async, error);
}

/**
 * kansio_client_directory_list_disclosures_async:
 *
 * What of the client's data has been disclosed, and to whom.
 */
void
kansio_client_directory_list_disclosures_async (KansioClientDirectory *self,
                                                gint64 person_id,
                                                GCancellable *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));

  list_for_person (self, kansio_client_directory_list_disclosures_async,
                   "SELECT * FROM api.disclosure_list ($1)", person_id, &disclosures_mapping,
                   cancellable, callback, user_data);
}

/**
 * kansio_client_directory_list_disclosures_finish:
 *
 * Returns: (transfer full): a #GListModel of #KansioDisclosure
 */
GListModel *
kansio_client_directory_list_disclosures_finish (KansioClientDirectory *self,
                                                 GAsyncResult *result,
                                                 GError **error)
{
  return finish_api_call (self, result, kansio_client_directory_list_disclosures_async, error);
}

/**
 * kansio_client_directory_list_documents_async:
 *
 * The client's stored documents that the user may see, without their PDFs.
 */
void
kansio_client_directory_list_documents_async (KansioClientDirectory *self,
                                              gint64 person_id,
                                              GCancellable *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));

  list_for_person (self, kansio_client_directory_list_documents_async,
                   "SELECT * FROM api.person_documents ($1)", person_id, &documents_mapping,
                   cancellable, callback, user_data);
}

/**
 * kansio_client_directory_list_documents_finish:
 *
 * Returns: (transfer full): a #GListModel of #KansioClientDocument
 */
GListModel *
kansio_client_directory_list_documents_finish (KansioClientDirectory *self,
                                               GAsyncResult *result,
                                               GError **error)
{
  return finish_api_call (self, result, kansio_client_directory_list_documents_async, error);
}

static const char *
field (KansioPerson *person, KansioPersonField which)
{
  return kansio_person_get_field (person, which);
}

/**
 * kansio_client_directory_save_async:
 * @person: an edited copy of an opened person
 *
 * Saves over the version that was opened only; a concurrent change fails
 * with %KANSIO_DATABASE_ERROR_CONCURRENT_EDIT and nothing is overwritten.
 */
void
kansio_client_directory_save_async (KansioClientDirectory *self,
                                    KansioPerson *person,
                                    GCancellable *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer user_data)
{
  g_autofree char *id = NULL;
  g_autofree char *version = NULL;
  const char *params[13];

  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));
  g_return_if_fail (KANSIO_IS_PERSON (person));

  id = g_strdup_printf ("%" G_GINT64_FORMAT, kansio_person_get_id (person));
  version = g_strdup_printf ("%d", kansio_person_get_row_version (person));
  params[0] = id;
  params[1] = version;
  params[2] = field (person, KANSIO_PERSON_FIELD_FIRST_NAMES);
  params[3] = field (person, KANSIO_PERSON_FIELD_SURNAME);
  params[4] = field (person, KANSIO_PERSON_FIELD_LANGUAGE);
  params[5] = field (person, KANSIO_PERSON_FIELD_HOME_MUNICIPALITY);
  params[6] = field (person, KANSIO_PERSON_FIELD_STREET_ADDRESS);
  params[7] = field (person, KANSIO_PERSON_FIELD_POSTAL_CODE);
  params[8] = field (person, KANSIO_PERSON_FIELD_POST_OFFICE);
  params[9] = field (person, KANSIO_PERSON_FIELD_PHONE);
  params[10] = field (person, KANSIO_PERSON_FIELD_EMAIL);
  params[11] = field (person, KANSIO_PERSON_FIELD_DATE_OF_DEATH);
  params[12] = kansio_person_get_non_disclosure (person) ? "true" : "false";

  run_api_call (self, kansio_client_directory_save_async,
                "SELECT api.person_update ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                params, G_N_ELEMENTS (params), &number_mapping, cancellable, callback, user_data);
}

/**
 * kansio_client_directory_save_finish:
 *
 * Returns: the new row version, or 0 with @error set
 */
int
kansio_client_directory_save_finish (KansioClientDirectory *self,
                                     GAsyncResult *result,
                                     GError **error)
{
  g_autofree gint64 *version
      = finish_api_call (self, result, kansio_client_directory_save_async, error);
  return version != NULL ? (int) *version : 0;
}

/**
 * kansio_client_directory_create_async:
 * @person: the new person, identity code included
 * @area: the area of the case opened with the person
 * @unit_id: the unit of that case
 * @similar_confirmed: the user has seen the people with the same name and
 *   birth date and this is someone else
 */
void
kansio_client_directory_create_async (KansioClientDirectory *self,
                                      KansioPerson *person,
                                      KansioServiceArea area,
                                      int unit_id,
                                      gboolean similar_confirmed,
                                      GCancellable *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer user_data)
{
  g_autofree char *unit = g_strdup_printf ("%d", unit_id);
  const char *params[] = {
    field (person, KANSIO_PERSON_FIELD_IDENTITY_CODE),
    field (person, KANSIO_PERSON_FIELD_FIRST_NAMES),
    field (person, KANSIO_PERSON_FIELD_SURNAME),
    field (person, KANSIO_PERSON_FIELD_LANGUAGE),
    kansio_service_area_get_id (area),
    unit,
    field (person, KANSIO_PERSON_FIELD_HOME_MUNICIPALITY),
    field (person, KANSIO_PERSON_FIELD_STREET_ADDRESS),
    field (person, KANSIO_PERSON_FIELD_POSTAL_CODE),
    field (person, KANSIO_PERSON_FIELD_POST_OFFICE),
    field (person, KANSIO_PERSON_FIELD_PHONE),
    field (person, KANSIO_PERSON_FIELD_EMAIL),
    kansio_person_get_non_disclosure (person) ? "true" : "false",
    similar_confirmed ? "true" : "false",
  };

  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));

  run_api_call (self, kansio_client_directory_create_async,
                "SELECT api.person_create ($1, $2, $3, $4, $5, $6::integer, $7, $8, $9, $10, $11, "
                "$12, $13::boolean, $14::boolean)",
                params, G_N_ELEMENTS (params), &number_mapping, cancellable, callback, user_data);
}

/**
 * kansio_client_directory_create_finish:
 *
 * Returns: the new person's id, or 0 with @error set
 */
gint64
kansio_client_directory_create_finish (KansioClientDirectory *self,
                                       GAsyncResult *result,
                                       GError **error)
{
  g_autofree gint64 *id
      = finish_api_call (self, result, kansio_client_directory_create_async, error);
  return id != NULL ? *id : 0;
}

/**
 * kansio_client_directory_find_similar_async:
 * @birth_date: the birth date as YYYY-MM-DD
 *
 * The people registered with this name and birth date, to show before a
 * new person is created (identity data only; logged).
 */
void
kansio_client_directory_find_similar_async (KansioClientDirectory *self,
                                            const char *first_names,
                                            const char *surname,
                                            const char *birth_date,
                                            GCancellable *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer user_data)
{
  const char *params[] = { first_names, surname, birth_date };

  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));

  run_api_call (self, kansio_client_directory_find_similar_async,
                "SELECT * FROM api.person_find_similar ($1, $2, $3::date)", params,
                G_N_ELEMENTS (params), &people_mapping, cancellable, callback, user_data);
}

/**
 * kansio_client_directory_find_similar_finish:
 *
 * Returns: (transfer container) (element-type KansioPerson): the people
 */
GPtrArray *
kansio_client_directory_find_similar_finish (KansioClientDirectory *self,
                                             GAsyncResult *result,
                                             GError **error)
{
  return finish_api_call (self, result, kansio_client_directory_find_similar_async, error);
}

/**
 * kansio_client_directory_open_case_async:
 * @identity_code: the client's identity code, as found by exact search
 * @reason: why (at least 10 characters); logged and shown to supervisors
 *
 * Starts a case for an existing person in @area at @unit_id, which makes
 * the person the user's client.
 */
void
kansio_client_directory_open_case_async (KansioClientDirectory *self,
                                         const char *identity_code,
                                         KansioServiceArea area,
                                         int unit_id,
                                         const char *reason,
                                         GCancellable *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer user_data)
{
  g_autofree char *unit = g_strdup_printf ("%d", unit_id);
  const char *params[] = { identity_code, kansio_service_area_get_id (area), unit, reason };

  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));

  run_api_call (self, kansio_client_directory_open_case_async,
                "SELECT api.case_open ($1, $2, $3::integer, $4)", params, G_N_ELEMENTS (params),
                &number_mapping, cancellable, callback, user_data);
}

/**
 * kansio_client_directory_open_case_finish:
 *
 * Returns: the new case's id, or 0 with @error set
 */
gint64
kansio_client_directory_open_case_finish (KansioClientDirectory *self,
                                          GAsyncResult *result,
                                          GError **error)
{
  g_autofree gint64 *id
      = finish_api_call (self, result, kansio_client_directory_open_case_async, error);
  return id != NULL ? *id : 0;
}
