/* kansio-document-composer.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Makes a document the way the app and kansio-admin both do: asks the
 * database for what the document may print about the client (logged as a
 * use of the client's data), takes the newest approved version of the
 * template and of the standard blocks, expands and lays it out in a
 * worker thread, and stores the PDF, whose hash the database computes.
 *
 * The document is in the client's language for correspondence unless
 * another is asked for, whatever the interface language is. Under a
 * non-disclosure marking the database gives no address, and the letter
 * is addressed to the client care of the office.
 */
#define G_LOG_DOMAIN "kansio-document-composer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-api-call-private.h"
#include "kansio-calendar.h"
#include "kansio-database-error.h"
#include "kansio-document-build-private.h"
#include "kansio-document-composer.h"
#include "kansio-document-content.h"
#include "kansio-document-private.h"
#include "kansio-document-wait-private.h"
#include "kansio-merge-data-private.h"
#include "kansio-pdf-writer.h"
#include "kansio-template.h"

struct _KansioDocumentComposer
{
  GObject parent_instance;

  KansioDatabase *database;
  KansioFieldCatalogue *fields;
};

static void read_fields (GTask *task, const char *sql, const char *const *params, guint n_params);
static void
request_document (GTask *task, const char *sql, const char *const *params, guint n_params);

G_DEFINE_FINAL_TYPE (KansioDocumentComposer, kansio_document_composer, G_TYPE_OBJECT)

typedef enum
{
  JOB_TEMPLATE,
  JOB_PREVIEW,
  JOB_REPORT,
} JobKind;

typedef struct
{
  JobKind kind;
  char *template_name; /* JOB_TEMPLATE, JOB_REPORT */
  char *text;          /* JOB_PREVIEW */
  char *title;         /* JOB_PREVIEW */
  gint64 person_id;
  gint64 case_id;
  char *language;
  KansioMergeData *data;
  KansioFieldCatalogue *fields;
  KansioRows *field_rows;
  KansioRows *templates;
  char *report_of; /* JOB_REPORT: whose, and over [from, to) */
  char *report_from;
  char *report_to;
} Job;

static void
job_free (Job *job)
{
  g_free (job->template_name);
  g_free (job->text);
  g_free (job->report_of);
  g_free (job->report_from);
  g_free (job->report_to);
  g_free (job->title);
  g_free (job->language);
  g_clear_object (&job->data);
  g_clear_object (&job->fields);
  g_clear_object (&job->field_rows);
  g_clear_object (&job->templates);
  g_free (job);
}

/* Everything after the database calls, in a worker thread. */
static KansioDocument *
build_document (Job *job, GError **error)
{
  KansioDocumentBuild build = {
    .fields = job->fields,
    .field_rows = job->field_rows,
    .templates = job->templates,
    .template_name = job->template_name,
    .preview_text = job->kind == JOB_PREVIEW ? job->text : NULL,
    .preview_title = job->title,
    .is_report = job->kind == JOB_REPORT,
    .person_id = job->person_id,
    .case_id = job->case_id,
    .data = job->data,
    /* Composed here, on the workstation: a draft, never the record. */
    .draft = TRUE,
  };
  KansioDocument *document = _kansio_document_build (&build, error);

  if (document != NULL && job->kind == JOB_REPORT)
    _kansio_document_set_report (document, job->report_of, job->report_from, job->report_to);
  return document;
}

static void
build_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError *error = NULL;
  KansioDocument *document = build_document (task_data, &error);

  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

/* api.templates_for_use: the newest approved version of the template and
 * of the standard blocks, mapped with @map. */
static void
templates_for_use_async (KansioDocumentComposer *self,
                         const char *template_name,
                         KansioApiMapFunc map,
                         gpointer map_data,
                         GDestroyNotify map_data_free,
                         GDestroyNotify result_free,
                         GCancellable *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer user_data)
{
  const char *params[] = { template_name != NULL ? template_name : "" };

  _kansio_api_call_async (self, templates_for_use_async, self->database,
                          "SELECT * FROM api.templates_for_use ($1)", params, G_N_ELEMENTS (params),
                          map, map_data, map_data_free, result_free, cancellable, callback,
                          user_data);
}

static void
on_templates_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Job *job = g_task_get_task_data (task);
  GError *error = NULL;

  job->templates = _kansio_api_call_finish (object, templates_for_use_async, result, &error);
  if (job->templates == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_run_in_thread (task, build_in_thread);
}

/* The templates kept as rows for the worker thread. */
static void
read_templates (GTask *task)
{
  KansioDocumentComposer *self = g_task_get_source_object (task);
  Job *job = g_task_get_task_data (task);

  templates_for_use_async (self, job->template_name, _kansio_api_map_rows, NULL, NULL,
                           g_object_unref, g_task_get_cancellable (task), on_templates_cb, task);
}

/* The area of the template named @map_data, or NULL: a general letter, or
 * no such template approved. */
static gpointer
map_template_area (KansioRows *rows, gpointer map_data, GError **error)
{
  const char *area = NULL;

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    if (g_strcmp0 (_kansio_api_text (rows, i, "name"), map_data) == 0
        && _kansio_api_text (rows, i, "area") != NULL)
      area = _kansio_api_text (rows, i, "area");
  return g_strdup (area);
}

static void
on_fields_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Job *job = g_task_get_task_data (task);
  GError *error = NULL;

  job->field_rows = _kansio_api_call_finish (object, read_fields, result, &error);
  if (job->field_rows == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  read_templates (g_steal_pointer (&task));
}

/* What the document may print (api.document_fields or, for a report,
 * api.audit_report_fields), kept as rows for the worker thread. */
static void
read_fields (GTask *task, const char *sql, const char *const *params, guint n_params)
{
  KansioDocumentComposer *self = g_task_get_source_object (task);

  _kansio_api_call_async (self, read_fields, self->database, sql, params, n_params,
                          _kansio_api_map_rows, NULL, NULL, g_object_unref,
                          g_task_get_cancellable (task), on_fields_cb, task);
}

static void
start_job (KansioDocumentComposer *self,
           Job *job,
           gpointer source_tag,
           GCancellable *cancellable,
           GAsyncReadyCallback callback,
           gpointer user_data,
           const char *sql,
           const char *const *params,
           guint n_params)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  job->fields = g_object_ref (self->fields);
  if (job->data == NULL)
    job->data = kansio_merge_data_new ();
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  read_fields (task, sql, params, n_params);
}

static char *
id_text (gint64 id)
{
  return id != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, id) : NULL;
}

static void
start_client_job (KansioDocumentComposer *self,
                  Job *job,
                  gpointer source_tag,
                  GCancellable *cancellable,
                  GAsyncReadyCallback callback,
                  gpointer user_data)
{
  g_autofree char *person = id_text (job->person_id);
  g_autofree char *case_id = id_text (job->case_id);
  const char *params[] = { person, case_id, job->language };

  start_job (self, job, source_tag, cancellable, callback, user_data,
             "SELECT * FROM api.document_fields ($1, $2, $3)", params, 3);
}

static gpointer
finish_job (KansioDocumentComposer *self, GAsyncResult *result, gpointer source_tag, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
kansio_document_composer_finalize (GObject *object)
{
  KansioDocumentComposer *self = KANSIO_DOCUMENT_COMPOSER (object);

  g_clear_object (&self->database);
  g_clear_object (&self->fields);

  G_OBJECT_CLASS (kansio_document_composer_parent_class)->finalize (object);
}

static void
kansio_document_composer_class_init (KansioDocumentComposerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_document_composer_finalize;
}

static void
kansio_document_composer_init (KansioDocumentComposer *self)
{
  self->fields = kansio_field_catalogue_new_standard ();
}

KansioDocumentComposer *
kansio_document_composer_new (KansioDatabase *database)
{
  KansioDocumentComposer *self;

  g_return_val_if_fail (KANSIO_IS_DATABASE (database), NULL);

  self = g_object_new (KANSIO_TYPE_DOCUMENT_COMPOSER, NULL);
  self->database = g_object_ref (database);
  return self;
}

/**
 * kansio_document_composer_get_fields:
 *
 * The merge fields templates may use. A plugin adds the fields of its own
 * decisions here before composing; nothing may add while a document is
 * being composed.
 *
 * Returns: (transfer none): the catalogue
 */
KansioFieldCatalogue *
kansio_document_composer_get_fields (KansioDocumentComposer *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (self), NULL);

  return self->fields;
}

/**
 * kansio_document_composer_compose_async:
 * @template_name: the template, whose newest approved version is used
 * @case_id: the case the document belongs to
 * @language: (nullable): "fi" or "sv"; %NULL for the client's language
 * @data: (nullable): the values of the plugin's own fields (a decision's);
 *   the database's fields are added to it
 *
 * Composes a document; it is not stored until
 * kansio_document_composer_store_async().
 */
void
kansio_document_composer_compose_async (KansioDocumentComposer *self,
                                        const char *template_name,
                                        gint64 person_id,
                                        gint64 case_id,
                                        const char *language,
                                        KansioMergeData *data,
                                        GCancellable *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer user_data)
{
  Job *job;

  g_return_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (self));
  g_return_if_fail (template_name != NULL);

  job = g_new0 (Job, 1);
  job->kind = JOB_TEMPLATE;
  job->template_name = g_strdup (template_name);
  job->person_id = person_id;
  job->case_id = case_id;
  job->language = g_strdup (language);
  job->data = data != NULL ? g_object_ref (data) : NULL;
  start_client_job (self, job, kansio_document_composer_compose_async, cancellable, callback,
                    user_data);
}

/**
 * kansio_document_composer_compose_finish:
 *
 * Returns: (transfer full): the composed document
 */
KansioDocument *
kansio_document_composer_compose_finish (KansioDocumentComposer *self,
                                         GAsyncResult *result,
                                         GError **error)
{
  return finish_job (self, result, kansio_document_composer_compose_async, error);
}

/**
 * kansio_document_composer_preview_async:
 * @text: a template's text, as it is being edited
 * @case_id: 0, or a case of the client's
 *
 * Composes @text for a client as the real PDF, with the approved blocks,
 * for the template editor's preview. Such a document cannot be stored.
 */
void
kansio_document_composer_preview_async (KansioDocumentComposer *self,
                                        const char *text,
                                        const char *title,
                                        gint64 person_id,
                                        gint64 case_id,
                                        const char *language,
                                        GCancellable *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer user_data)
{
  Job *job;

  g_return_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (self));
  g_return_if_fail (text != NULL);

  job = g_new0 (Job, 1);
  job->kind = JOB_PREVIEW;
  job->text = g_strdup (text);
  job->title = g_strdup (title);
  job->person_id = person_id;
  job->case_id = case_id;
  job->language = g_strdup (language);
  start_client_job (self, job, kansio_document_composer_preview_async, cancellable, callback,
                    user_data);
}

/**
 * kansio_document_composer_preview_finish:
 *
 * Returns: (transfer full): the preview
 */
KansioDocument *
kansio_document_composer_preview_finish (KansioDocumentComposer *self,
                                         GAsyncResult *result,
                                         GError **error)
{
  return finish_job (self, result, kansio_document_composer_preview_async, error);
}

/**
 * kansio_document_composer_compose_report_async:
 *
 * The client's "who has viewed my data" report over [@from, @to), in the
 * client's language, from template "usage-report". Auditors only; the
 * client is named by identity code, as the request names them.
 */
void
kansio_document_composer_compose_report_async (KansioDocumentComposer *self,
                                               const char *identity_code,
                                               GDateTime *from,
                                               GDateTime *to,
                                               GCancellable *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer user_data)
{
  g_autofree char *from_text = g_date_time_format_iso8601 (from);
  g_autofree char *to_text = g_date_time_format_iso8601 (to);
  const char *params[] = { identity_code, from_text, to_text };
  Job *job;

  g_return_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (self));

  job = g_new0 (Job, 1);
  job->kind = JOB_REPORT;
  job->report_of = g_strdup (identity_code);
  job->report_from = g_strdup (from_text);
  job->report_to = g_strdup (to_text);
  job->template_name = g_strdup ("usage-report");
  start_job (self, job, kansio_document_composer_compose_report_async, cancellable, callback,
             user_data, "SELECT * FROM api.audit_report_fields ($1, $2, $3)", params, 3);
}

/**
 * kansio_document_composer_compose_report_finish:
 *
 * Returns: (transfer full): the report
 */
KansioDocument *
kansio_document_composer_compose_report_finish (KansioDocumentComposer *self,
                                                GAsyncResult *result,
                                                GError **error)
{
  return finish_job (self, result, kansio_document_composer_compose_report_async, error);
}

/* api.document_get: the stored document, refused when it does not match
 * its hash or is withheld from the caller. */
static gpointer
map_document (KansioRows *rows, gpointer map_data, GError **error)
{
  return kansio_document_new_from_rows (rows, 0, error);
}

static void
open_document (KansioDocumentComposer *self,
               gint64 document_id,
               gpointer source_tag,
               GCancellable *cancellable,
               GAsyncReadyCallback callback,
               gpointer user_data)
{
  g_autofree char *id = id_text (document_id);
  const char *params[] = { id };

  _kansio_api_call_async (self, source_tag, self->database, "SELECT * FROM api.document_get ($1)",
                          params, G_N_ELEMENTS (params), map_document, NULL, NULL, g_object_unref,
                          cancellable, callback, user_data);
}

static void
on_opened_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;
  KansioDocument *document = _kansio_api_call_finish (object, open_document, result, &error);

  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

/* Stored by the service: opened as it was stored. */
static void
on_waited_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KansioDocumentComposer *self = g_task_get_source_object (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  GError *error = NULL;
  gint64 document_id = _kansio_document_wait_finish (result, &error);

  if (document_id == 0)
    {
      g_task_return_error (task, error);
      return;
    }
  open_document (self, document_id, open_document, cancellable, on_opened_cb,
                 g_steal_pointer (&task));
}

static void
await_document (GTask *task, const char *subject, gint64 subject_id)
{
  KansioDocumentComposer *self = g_task_get_source_object (task);

  _kansio_document_wait_async (self->database, subject, subject_id, g_task_get_cancellable (task),
                               on_waited_cb, task);
}

static void
on_requested_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  KansioDocument *draft = g_task_get_task_data (task);
  GError *error = NULL;
  gint64 request_id = _kansio_api_call_finish_id (object, request_document, result, &error);

  if (error != NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  await_document (task,
                  g_strcmp0 (kansio_document_get_kind (draft), "report") == 0 ? "report" : "letter",
                  request_id);
}

/* api.document_request or, for a report, api.audit_report_request: the
 * id of the request the document service composes. */
static void
request_document (GTask *task, const char *sql, const char *const *params, guint n_params)
{
  KansioDocumentComposer *self = g_task_get_source_object (task);

  _kansio_api_call_async (self, request_document, self->database, sql, params, n_params,
                          _kansio_api_map_id, NULL, NULL, g_free, g_task_get_cancellable (task),
                          on_requested_cb, task);
}

/**
 * kansio_document_composer_store_async:
 * @document: a draft composed from an approved letter template, or an
 *   auditor's report
 *
 * Stores a letter or an auditor's report for good, as the document
 * service composes it from the database's data: the draft names what is
 * asked for, and its bytes are not sent.
 */
void
kansio_document_composer_store_async (KansioDocumentComposer *self,
                                      KansioDocument *document,
                                      GCancellable *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer user_data)
{
  gboolean is_report = g_strcmp0 (kansio_document_get_kind (document), "report") == 0;
  g_autofree char *owner = id_text (is_report ? kansio_document_get_person_id (document)
                                              : kansio_document_get_case_id (document));
  g_autofree char *version = id_text (kansio_document_get_template_version_id (document));
  const char *language = kansio_language_get_code (kansio_document_get_language (document));
  GTask *task;

  g_return_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (self));
  g_return_if_fail (KANSIO_IS_DOCUMENT (document));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_document_composer_store_async);
  g_task_set_task_data (task, g_object_ref (document), g_object_unref);
  if (kansio_document_is_stored (document) || version == NULL || owner == NULL)
    {
      g_task_return_new_error (task, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_FAILED,
                               _ ("Only a document made from an approved template is stored, "
                                  "and only once."));
      g_object_unref (task);
      return;
    }

  if (is_report)
    {
      const char *params[3];

      _kansio_document_get_report (document, &params[0], &params[1], &params[2]);
      request_document (task, "SELECT api.audit_report_request ($1, $2, $3)", params,
                        G_N_ELEMENTS (params));
    }
  else
    {
      const char *params[] = { owner, version, language };

      request_document (task, "SELECT api.document_request ($1, $2, $3)", params,
                        G_N_ELEMENTS (params));
    }
}

/**
 * kansio_document_composer_store_finish:
 *
 * Returns: (transfer full): the document stored, as the service made it
 */
KansioDocument *
kansio_document_composer_store_finish (KansioDocumentComposer *self,
                                       GAsyncResult *result,
                                       GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * kansio_document_composer_await_async:
 * @subject: "is-decision" or "is-recovery-decision"
 * @subject_id: the decision's or the recovery's id
 *
 * The document of a decision, once the document service has stored it:
 * deciding asks for it.
 */
void
kansio_document_composer_await_async (KansioDocumentComposer *self,
                                      const char *subject,
                                      gint64 subject_id,
                                      GCancellable *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer user_data)
{
  GTask *task;

  g_return_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_document_composer_await_async);
  await_document (task, subject, subject_id);
}

/**
 * kansio_document_composer_await_finish:
 *
 * Returns: (transfer full): the stored document
 */
KansioDocument *
kansio_document_composer_await_finish (KansioDocumentComposer *self,
                                       GAsyncResult *result,
                                       GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * kansio_document_composer_open_async:
 *
 * The stored document as it was made, checked against its hash.
 */
void
kansio_document_composer_open_async (KansioDocumentComposer *self,
                                     gint64 document_id,
                                     GCancellable *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (self));

  open_document (self, document_id, kansio_document_composer_open_async, cancellable, callback,
                 user_data);
}

/**
 * kansio_document_composer_open_finish:
 *
 * Returns: (transfer full): the stored document
 */
KansioDocument *
kansio_document_composer_open_finish (KansioDocumentComposer *self,
                                      GAsyncResult *result,
                                      GError **error)
{
  return _kansio_api_call_finish (self, kansio_document_composer_open_async, result, error);
}

/**
 * kansio_document_composer_disclose_async:
 * @how: "print", "export" or "send"
 * @recipient: to whom, as the disclosure log records it
 * @legal_basis: on what grounds
 *
 * Records in the disclosure log that a stored document left the system.
 * Call it before the document leaves: a failure here stops the print.
 */
void
kansio_document_composer_disclose_async (KansioDocumentComposer *self,
                                         KansioDocument *document,
                                         const char *how,
                                         const char *recipient,
                                         const char *legal_basis,
                                         GCancellable *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer user_data)
{
  g_autofree char *id = NULL;
  const char *params[] = { NULL, how, recipient, legal_basis };

  g_return_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (self));
  g_return_if_fail (KANSIO_IS_DOCUMENT (document));

  if (!kansio_document_is_stored (document))
    {
      g_task_report_new_error (self, callback, user_data, kansio_document_composer_disclose_async,
                               KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_FAILED, "%s",
                               _ ("Store the document before it leaves Kansio."));
      return;
    }
  id = id_text (kansio_document_get_id (document));
  params[0] = id;
  _kansio_api_call_async (self, kansio_document_composer_disclose_async, self->database,
                          "SELECT api.document_disclose ($1, $2, $3, $4)", params,
                          G_N_ELEMENTS (params), _kansio_api_map_done, NULL, NULL, NULL,
                          cancellable, callback, user_data);
}

gboolean
kansio_document_composer_disclose_finish (KansioDocumentComposer *self,
                                          GAsyncResult *result,
                                          GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_document_composer_disclose_async, result,
                                       error);
}

/**
 * kansio_document_composer_find_template_area_async:
 * @template_name: an approved template, by name
 *
 * The service area a template belongs to, as the one who composes with it
 * finds it (api.templates_for_use).
 */
void
kansio_document_composer_find_template_area_async (KansioDocumentComposer *self,
                                                   const char *template_name,
                                                   GCancellable *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (self));
  g_return_if_fail (template_name != NULL);

  templates_for_use_async (self, template_name, map_template_area, g_strdup (template_name), g_free,
                           g_free, cancellable, callback, user_data);
}

/**
 * kansio_document_composer_find_template_area_finish:
 *
 * Returns: (transfer full) (nullable): the area ("income-support"…), or
 *   %NULL without an error for a general letter or a template not found
 */
char *
kansio_document_composer_find_template_area_finish (KansioDocumentComposer *self,
                                                    GAsyncResult *result,
                                                    GError **error)
{
  return _kansio_api_call_finish (self, templates_for_use_async, result, error);
}
