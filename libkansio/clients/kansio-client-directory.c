/* kansio-client-directory.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-client-directory"

#include "config.h"

#include "kansio-api-call-private.h"
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

/* Every call here is one api function, through kansio-api-call. */

/* api.person_get, api.person_open_emergency: a KansioApiItemFunc */
static gpointer
new_person (KansioDatabase *database, KansioRows *rows, guint row, gint64 owner_id)
{
  return kansio_person_new_from_row (rows, row);
}

/* api.person_search, api.person_find_similar: an array, as the public API
 * gives it */
static gpointer
map_people (KansioRows *rows, gpointer map_data, GError **error)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    g_ptr_array_add (people, kansio_person_new_from_row (rows, i));
  return people;
}

/* The lists of what is known about a client: KansioApiItemFuncs, the
 * client the owner. */

/* api.person_relations (person_id) */
static gpointer
new_relation (KansioDatabase *database, KansioRows *rows, guint i, gint64 person_id)
{
  /* clang-format off */
  return g_object_new (KANSIO_TYPE_CLIENT_RELATION,
                       "id", _kansio_api_int64 (rows, i, "relation_id"),
                       "kind", _kansio_api_text (rows, i, "kind"),
                       "direction", _kansio_api_text (rows, i, "direction"),
                       "related-person-id", _kansio_api_int64 (rows, i, "related_person_id"),
                       "related-first-names", _kansio_api_text (rows, i, "related_first_names"),
                       "related-surname", _kansio_api_text (rows, i, "related_surname"),
                       "related-birth-date", _kansio_api_text (rows, i, "related_birth_date"),
                       "valid-from", _kansio_api_text (rows, i, "valid_from"),
                       "valid-until", _kansio_api_text (rows, i, "valid_until"),
                       "residence", _kansio_api_text (rows, i, "residence"),
                       NULL);
  /* clang-format on */
}

/* api.person_cases (person_id) */
static gpointer
new_case (KansioDatabase *database, KansioRows *rows, guint i, gint64 person_id)
{
  /* clang-format off */
  return g_object_new (KANSIO_TYPE_CLIENT_CASE,
                       "id", _kansio_api_int64 (rows, i, "case_id"),
                       "area", _kansio_api_text (rows, i, "area"),
                       "unit-id", _kansio_api_int (rows, i, "unit_id"),
                       "unit-name-fi", _kansio_api_text (rows, i, "unit_name_fi"),
                       "unit-name-sv", _kansio_api_text (rows, i, "unit_name_sv"),
                       "opened-on", _kansio_api_text (rows, i, "opened_on"),
                       "closed-on", _kansio_api_text (rows, i, "closed_on"),
                       NULL);
  /* clang-format on */
}

/* api.audit_person_views (person_id, from, to) */
static gpointer
new_viewing (KansioDatabase *database, KansioRows *rows, guint i, gint64 person_id)
{
  /* clang-format off */
  return g_object_new (KANSIO_TYPE_CLIENT_VIEWING,
                       "logged-at", _kansio_api_text (rows, i, "logged_at"),
                       "login-role", _kansio_api_text (rows, i, "login_role"),
                       "full-name", _kansio_api_text (rows, i, "full_name"),
                       "view", _kansio_api_text (rows, i, "view"),
                       "purpose", _kansio_api_text (rows, i, "purpose"),
                       "area", _kansio_api_text (rows, i, "area"),
                       "emergency", _kansio_api_boolean (rows, i, "emergency"),
                       NULL);
  /* clang-format on */
}

/* api.disclosure_list (person_id) */
static gpointer
new_disclosure (KansioDatabase *database, KansioRows *rows, guint i, gint64 person_id)
{
  /* clang-format off */
  return g_object_new (KANSIO_TYPE_DISCLOSURE,
                       "logged-at", _kansio_api_text (rows, i, "logged_at"),
                       "login-role", _kansio_api_text (rows, i, "login_role"),
                       "what", _kansio_api_text (rows, i, "what"),
                       "recipient", _kansio_api_text (rows, i, "recipient"),
                       "legal-basis", _kansio_api_text (rows, i, "legal_basis"),
                       NULL);
  /* clang-format on */
}

/* api.person_documents (person_id) */
static gpointer
new_document (KansioDatabase *database, KansioRows *rows, guint i, gint64 person_id)
{
  /* clang-format off */
  return g_object_new (KANSIO_TYPE_CLIENT_DOCUMENT,
                       "id", _kansio_api_int64 (rows, i, "document_id"),
                       "kind", _kansio_api_text (rows, i, "kind"),
                       "title", _kansio_api_text (rows, i, "title"),
                       "language", _kansio_api_text (rows, i, "language"),
                       "page-count", _kansio_api_int (rows, i, "page_count"),
                       "created-at", _kansio_api_text (rows, i, "created_at"),
                       "created-by", _kansio_api_text (rows, i, "created_by"),
                       "sha256", _kansio_api_text (rows, i, "sha256"),
                       "template-name", _kansio_api_text (rows, i, "template_name"),
                       "template-version", _kansio_api_int (rows, i, "template_version"),
                       "case-number", _kansio_api_text (rows, i, "case_number"),
                       NULL);
  /* clang-format on */
}

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

  _kansio_api_call_async (self, kansio_client_directory_search_async, self->database,
                          "SELECT * FROM api.person_search ($1, $2::integer, $3::integer)", params,
                          G_N_ELEMENTS (params), map_people, NULL, NULL,
                          (GDestroyNotify) g_ptr_array_unref, cancellable, callback, user_data);
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
  return _kansio_api_call_finish (self, kansio_client_directory_search_async, result, error);
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
  g_autofree char *id = _kansio_api_int64_text (person_id);
  const char *params[] = { id, emergency_reason };

  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));

  /* The api raises an error rather than return nothing. */
  _kansio_api_call_one_async (
      self, kansio_client_directory_open_async, self->database,
      emergency_reason == NULL ? "SELECT * FROM api.person_get ($1)"
                               : "SELECT * FROM api.person_open_emergency ($1, $2)",
      params, emergency_reason == NULL ? 1 : 2, new_person, 0, cancellable, callback, user_data);
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
  return _kansio_api_call_finish (self, kansio_client_directory_open_async, result, error);
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

  _kansio_api_call_list_of_async (self, kansio_client_directory_list_relations_async,
                                  self->database, "SELECT * FROM api.person_relations ($1)",
                                  person_id, KANSIO_TYPE_CLIENT_RELATION, new_relation, cancellable,
                                  callback, user_data);
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
  return _kansio_api_call_finish (self, kansio_client_directory_list_relations_async, result,
                                  error);
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

  _kansio_api_call_list_of_async (self, kansio_client_directory_list_cases_async, self->database,
                                  "SELECT * FROM api.person_cases ($1)", person_id,
                                  KANSIO_TYPE_CLIENT_CASE, new_case, cancellable, callback,
                                  user_data);
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
  return _kansio_api_call_finish (self, kansio_client_directory_list_cases_async, result, error);
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
  _kansio_api_call_list_of_async (
      self, kansio_client_directory_list_viewings_async, self->database,
      "SELECT * FROM api.audit_person_views ($1, date_trunc ('day', now ()) - "
      "interval '2 years', 'infinity')",
      person_id, KANSIO_TYPE_CLIENT_VIEWING, new_viewing, cancellable, callback, user_data);
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
  return _kansio_api_call_finish (self, kansio_client_directory_list_viewings_async, result, error);
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

  _kansio_api_call_list_of_async (self, kansio_client_directory_list_disclosures_async,
                                  self->database, "SELECT * FROM api.disclosure_list ($1)",
                                  person_id, KANSIO_TYPE_DISCLOSURE, new_disclosure, cancellable,
                                  callback, user_data);
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
  return _kansio_api_call_finish (self, kansio_client_directory_list_disclosures_async, result,
                                  error);
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

  _kansio_api_call_list_of_async (self, kansio_client_directory_list_documents_async,
                                  self->database, "SELECT * FROM api.person_documents ($1)",
                                  person_id, KANSIO_TYPE_CLIENT_DOCUMENT, new_document, cancellable,
                                  callback, user_data);
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
  return _kansio_api_call_finish (self, kansio_client_directory_list_documents_async, result,
                                  error);
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

  id = _kansio_api_int64_text (kansio_person_get_id (person));
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

  _kansio_api_call_async (
      self, kansio_client_directory_save_async, self->database,
      "SELECT api.person_update ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)", params,
      G_N_ELEMENTS (params), _kansio_api_map_id, NULL, NULL, g_free, cancellable, callback,
      user_data);
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
  return (int) _kansio_api_call_finish_id (self, kansio_client_directory_save_async, result, error);
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

  _kansio_api_call_async (
      self, kansio_client_directory_create_async, self->database,
      "SELECT api.person_create ($1, $2, $3, $4, $5, $6::integer, $7, $8, $9, $10, $11, "
      "$12, $13::boolean, $14::boolean)",
      params, G_N_ELEMENTS (params), _kansio_api_map_id, NULL, NULL, g_free, cancellable, callback,
      user_data);
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
  return _kansio_api_call_finish_id (self, kansio_client_directory_create_async, result, error);
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

  _kansio_api_call_async (self, kansio_client_directory_find_similar_async, self->database,
                          "SELECT * FROM api.person_find_similar ($1, $2, $3::date)", params,
                          G_N_ELEMENTS (params), map_people, NULL, NULL,
                          (GDestroyNotify) g_ptr_array_unref, cancellable, callback, user_data);
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
  return _kansio_api_call_finish (self, kansio_client_directory_find_similar_async, result, error);
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

  _kansio_api_call_async (self, kansio_client_directory_open_case_async, self->database,
                          "SELECT api.case_open ($1, $2, $3::integer, $4)", params,
                          G_N_ELEMENTS (params), _kansio_api_map_id, NULL, NULL, g_free,
                          cancellable, callback, user_data);
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
  return _kansio_api_call_finish_id (self, kansio_client_directory_open_case_async, result, error);
}

/**
 * kansio_client_directory_add_relation_async:
 * @person_id: the client
 * @identity_code: the other person's identity code
 * @kind: "guardian" or "parent" (the client is the other's), "spouse" or
 *   "household" (lives in the same home, outside the family)
 * @residence: where the other lives: "together", "apart" or, a child,
 *   "alternating"
 * @valid_from: (nullable): since when; today when %NULL
 *
 * Records a family or household relation of the client.
 */
void
kansio_client_directory_add_relation_async (KansioClientDirectory *self,
                                            gint64 person_id,
                                            const char *identity_code,
                                            const char *kind,
                                            const char *residence,
                                            const GDate *valid_from,
                                            GCancellable *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer user_data)
{
  g_autofree char *person = _kansio_api_int64_text (person_id);
  g_autofree char *from = _kansio_api_date_text (valid_from);
  const char *params[] = { person, identity_code, kind, from, residence };

  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));
  g_return_if_fail (identity_code != NULL && kind != NULL && residence != NULL);

  _kansio_api_call_async (self, kansio_client_directory_add_relation_async, self->database,
                          "SELECT api.relation_add ($1, $2, $3, coalesce ($4::date, "
                          "current_date), NULL, $5)",
                          params, G_N_ELEMENTS (params), _kansio_api_map_id, NULL, NULL, g_free,
                          cancellable, callback, user_data);
}

/**
 * kansio_client_directory_add_relation_finish:
 *
 * Returns: the new relation's id, or 0 with @error set
 */
gint64
kansio_client_directory_add_relation_finish (KansioClientDirectory *self,
                                             GAsyncResult *result,
                                             GError **error)
{
  return _kansio_api_call_finish_id (self, kansio_client_directory_add_relation_async, result,
                                     error);
}

/**
 * kansio_client_directory_end_relation_async:
 * @relation_id: a relation of the client
 * @valid_until: the last day it holds
 *
 * Ends a family or household relation: someone moved out, a marriage
 * ended. The relation stays in the register as it was.
 */
void
kansio_client_directory_end_relation_async (KansioClientDirectory *self,
                                            gint64 relation_id,
                                            const GDate *valid_until,
                                            GCancellable *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer user_data)
{
  g_autofree char *relation = _kansio_api_int64_text (relation_id);
  g_autofree char *until = _kansio_api_date_text (valid_until);
  const char *params[] = { relation, until };

  g_return_if_fail (KANSIO_IS_CLIENT_DIRECTORY (self));
  g_return_if_fail (valid_until != NULL);

  _kansio_api_call_async (self, kansio_client_directory_end_relation_async, self->database,
                          "SELECT api.relation_end ($1, $2::date)", params, G_N_ELEMENTS (params),
                          _kansio_api_map_done, NULL, NULL, NULL, cancellable, callback, user_data);
}

gboolean
kansio_client_directory_end_relation_finish (KansioClientDirectory *self,
                                             GAsyncResult *result,
                                             GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_client_directory_end_relation_async, result,
                                       error);
}
