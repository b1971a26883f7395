/* kansio-document-request.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document asked of the document service, as the database recorded
 * what it is composed from (kansio.document_inputs): the client's and the
 * case's fields as the requester may print them, the template version and
 * the standard blocks, the subject (a decision, with its calculation and
 * the rates), and the moment. Composing is a function of these alone, so
 * kansio-admin document verify composes a stored document again and
 * compares the bytes.
 */
#define G_LOG_DOMAIN "kansio-document-request"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support/kansio-income-support-calculation.h"
#include "income-support/kansio-income-support-document.h"
#include "documents/kansio-document-build-private.h"
#include "kansio-api-call-private.h"
#include "kansio-document-request.h"
#include "kansio-rows-private.h"

struct _KansioDocumentRequest
{
  GObject parent_instance;

  JsonNode *inputs;
  char *stored_sha256; /* a stored document's, read back */
  gboolean stored_pdf_intact;
};

G_DEFINE_FINAL_TYPE (KansioDocumentRequest, kansio_document_request, G_TYPE_OBJECT)

static void
kansio_document_request_finalize (GObject *object)
{
  KansioDocumentRequest *self = KANSIO_DOCUMENT_REQUEST (object);

  g_clear_pointer (&self->inputs, json_node_unref);
  g_clear_pointer (&self->stored_sha256, g_free);

  G_OBJECT_CLASS (kansio_document_request_parent_class)->finalize (object);
}

static void
kansio_document_request_class_init (KansioDocumentRequestClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_document_request_finalize;
}

static void
kansio_document_request_init (KansioDocumentRequest *self)
{
}

static JsonObject *
inputs_object (KansioDocumentRequest *self)
{
  return json_node_get_object (self->inputs);
}

static const char *
text_member (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
                 && json_node_get_value_type (node) == G_TYPE_STRING
             ? json_node_get_string (node)
             : NULL;
}

static JsonObject *
object_member (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gboolean
fail (GError **error, const char *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _ ("The recorded inputs of the document are not valid: %s."), what);
  return FALSE;
}

/**
 * kansio_document_request_new:
 * @inputs: the JSON the database recorded for the request
 *
 * Returns: (transfer full) (nullable): the request, or %NULL if @inputs
 *   are not of its shape
 */
KansioDocumentRequest *
kansio_document_request_new (const char *inputs, GError **error)
{
  g_autoptr (KansioDocumentRequest) self = g_object_new (KANSIO_TYPE_DOCUMENT_REQUEST, NULL);
  const char *required[] = { "subject", "template", "language", "person_id", "case_id", "at" };

  self->inputs = json_from_string (inputs, error);
  if (self->inputs == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (self->inputs))
    return fail (error, "not an object"), NULL;
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (text_member (inputs_object (self), required[i]) == NULL)
      return fail (error, required[i]), NULL;
  return g_steal_pointer (&self);
}

/* "letter", "report", "is-decision" or "is-recovery-decision". */
const char *
kansio_document_request_get_subject (KansioDocumentRequest *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_REQUEST (self), NULL);
  return text_member (inputs_object (self), "subject");
}

/* The subject's own fields: what a decision prints of itself. */
static gboolean
subject_fields (KansioDocumentRequest *self,
                KansioMergeData *data,
                KansioLanguage language,
                GError **error)
{
  JsonObject *inputs = inputs_object (self);
  const char *subject = text_member (inputs, "subject");
  JsonObject *subject_data = object_member (inputs, "subject_data");
  g_autoptr (KansioRows) rate_rows = NULL;
  g_autoptr (KansioIncomeSupportRates) rates = NULL;

  /* A letter's and a report's fields are all in the rows. */
  if (g_strcmp0 (subject, "letter") == 0 || g_strcmp0 (subject, "report") == 0)
    return TRUE;
  if (subject_data == NULL)
    return fail (error, "subject_data");
  if (g_strcmp0 (subject, "is-recovery-decision") == 0)
    {
      kansio_income_support_recovery_fields (data, subject_data);
      return TRUE;
    }
  if (g_strcmp0 (subject, "is-decision") != 0)
    return fail (error, "subject");
  rate_rows = _kansio_rows_new_from_json (object_member (inputs, "rates"), NULL);
  if (rate_rows == NULL)
    return fail (error, "rates");
  rates = kansio_income_support_rates_new_from_rows (rate_rows, error);
  return rates != NULL
         && kansio_income_support_decision_fields (data, subject_data, rates, language, error);
}

/**
 * kansio_document_request_compose:
 * @parsed: (nullable) (element-type utf8 KansioTemplate): the templates
 *   this thread parsed before (approved versions never change), kept by
 *   the caller between documents; a new g_hash_table_new_full (g_str_hash,
 *   g_str_equal, g_free, g_object_unref)
 *
 * Composes the document from the recorded inputs alone: the same inputs
 * give the same bytes. Safe to call in any thread, with a @parsed of its
 * own.
 *
 * Returns: (transfer full) (nullable): the document, not stored
 */
KansioDocument *
kansio_document_request_compose (KansioDocumentRequest *self, GHashTable *parsed, GError **error)
{
  JsonObject *inputs;
  g_autoptr (KansioFieldCatalogue) fields = kansio_field_catalogue_new_standard ();
  g_autoptr (KansioMergeData) data = kansio_merge_data_new ();
  g_autoptr (KansioRows) field_rows = NULL;
  g_autoptr (KansioRows) templates = NULL;
  g_autoptr (GDateTime) at = NULL;
  KansioLanguage language = KANSIO_LANGUAGE_FINNISH;
  KansioDocumentBuild build = { 0 };

  g_return_val_if_fail (KANSIO_IS_DOCUMENT_REQUEST (self), NULL);

  inputs = inputs_object (self);
  field_rows = _kansio_rows_new_from_json (object_member (inputs, "fields"), NULL);
  templates = _kansio_rows_new_from_json (object_member (inputs, "templates"), NULL);
  at = g_date_time_new_from_iso8601 (text_member (inputs, "at"), NULL);
  if (field_rows == NULL || templates == NULL || at == NULL)
    return fail (error, field_rows == NULL  ? "fields"
                        : templates == NULL ? "templates"
                                            : "at"),
           NULL;
  kansio_language_from_code (text_member (inputs, "language"), &language);
  kansio_income_support_add_fields (fields);
  if (!subject_fields (self, data, language, error))
    return NULL;

  build.fields = fields;
  build.field_rows = field_rows;
  build.templates = templates;
  build.template_name = text_member (inputs, "template");
  build.is_report = g_strcmp0 (text_member (inputs, "subject"), "report") == 0;
  build.person_id = g_ascii_strtoll (text_member (inputs, "person_id"), NULL, 10);
  build.case_id = g_ascii_strtoll (text_member (inputs, "case_id"), NULL, 10);
  build.data = data;
  build.at = at;
  build.parsed = parsed;
  return _kansio_document_build (&build, error);
}

/* kansio_service.document_for_verify (document_id): the request of a
 * stored document, with the hash stored and whether the PDF still has it;
 * nothing for a document the service did not make. */
static gpointer
map_stored (KansioRows *rows, gpointer map_data, GError **error)
{
  KansioDocumentRequest *self;

  if (kansio_rows_get_n_rows (rows) != 1)
    return NULL;
  self = kansio_document_request_new (_kansio_api_text (rows, 0, "inputs"), error);
  if (self == NULL)
    return NULL;
  self->stored_sha256 = g_strdup (_kansio_api_text (rows, 0, "sha256"));
  self->stored_pdf_intact = _kansio_api_boolean (rows, 0, "pdf_intact");
  return self;
}

/**
 * kansio_document_request_load_stored_async:
 * @database: a connection as the document service's role
 *
 * The request a stored document was made from, to compose it again and
 * compare the bytes (kansio_service.document_for_verify).
 */
void
kansio_document_request_load_stored_async (KansioDatabase *database,
                                           gint64 document_id,
                                           GCancellable *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer user_data)
{
  g_autofree char *id = _kansio_api_int64_text (document_id);
  const char *params[] = { id };

  g_return_if_fail (KANSIO_IS_DATABASE (database));

  _kansio_api_call_async (NULL, kansio_document_request_load_stored_async, database,
                          "SELECT inputs, sha256, encode (sha256 (pdf), 'hex') = sha256 "
                          "AS pdf_intact FROM kansio_service.document_for_verify ($1)",
                          params, G_N_ELEMENTS (params), map_stored, NULL, NULL, g_object_unref,
                          cancellable, callback, user_data);
}

/**
 * kansio_document_request_load_stored_finish:
 *
 * Returns: (transfer full) (nullable): the request, or %NULL without an
 *   error for a document the document service did not make or that does
 *   not exist
 */
KansioDocumentRequest *
kansio_document_request_load_stored_finish (GAsyncResult *result, GError **error)
{
  return _kansio_api_call_finish (NULL, kansio_document_request_load_stored_async, result, error);
}

/**
 * kansio_document_request_get_stored_sha256:
 *
 * Returns: (nullable): the SHA-256 stored with the document, of a request
 *   from kansio_document_request_load_stored_async()
 */
const char *
kansio_document_request_get_stored_sha256 (KansioDocumentRequest *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_REQUEST (self), NULL);
  return self->stored_sha256;
}

/**
 * kansio_document_request_get_stored_pdf_intact:
 *
 * Returns: whether the stored PDF still has the SHA-256 stored with it
 */
gboolean
kansio_document_request_get_stored_pdf_intact (KansioDocumentRequest *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_REQUEST (self), FALSE);
  return self->stored_pdf_intact;
}
