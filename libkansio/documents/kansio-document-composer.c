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

#include "kansio-calendar.h"
#include "kansio-database-error.h"
#include "kansio-document-composer.h"
#include "kansio-document-content.h"
#include "kansio-document-private.h"
#include "kansio-merge-data-private.h"
#include "kansio-pdf-writer.h"
#include "kansio-template.h"

struct _KansioDocumentComposer
{
  GObject parent_instance;

  KansioDatabase *database;
  KansioFieldCatalogue *fields;
};

G_DEFINE_FINAL_TYPE (KansioDocumentComposer, kansio_document_composer, G_TYPE_OBJECT)

/* The report's own fields, beside the standard ones. */
static const struct
{
  const char *name;
  KansioFieldType type;
  const char *description;
} report_fields[] = {
  { "report.period_start", KANSIO_FIELD_DATE, N_ ("First day of the report’s period") },
  { "report.period_end", KANSIO_FIELD_DATE, N_ ("Last day of the report’s period") },
  { "report.views", KANSIO_FIELD_LIST, N_ ("Who viewed the client’s data") },
  { "report.views.time", KANSIO_FIELD_TEXT, N_ ("When the data was viewed") },
  { "report.views.viewer", KANSIO_FIELD_TEXT, N_ ("Who viewed the data") },
  { "report.views.unit", KANSIO_FIELD_TEXT, N_ ("The viewer’s unit") },
  { "report.views.view", KANSIO_FIELD_TEXT, N_ ("What was viewed") },
  { "report.disclosures", KANSIO_FIELD_LIST, N_ ("What was disclosed, and to whom") },
  { "report.disclosures.time", KANSIO_FIELD_TEXT, N_ ("When it was disclosed") },
  { "report.disclosures.recipient", KANSIO_FIELD_TEXT, N_ ("To whom") },
  { "report.disclosures.legal_basis", KANSIO_FIELD_TEXT, N_ ("On what grounds") },
  { "organisation.rectification_body", KANSIO_FIELD_TEXT,
    N_ ("Where rectification requests are addressed") },
  { "organisation.rectification_address", KANSIO_FIELD_TEXT,
    N_ ("Address for rectification requests") },
};

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
} Job;

static void
job_free (Job *job)
{
  g_free (job->template_name);
  g_free (job->text);
  g_free (job->title);
  g_free (job->language);
  g_clear_object (&job->data);
  g_clear_object (&job->fields);
  g_clear_object (&job->field_rows);
  g_clear_object (&job->templates);
  g_free (job);
}

static const char *
column (KansioRows *rows, guint row, const char *name)
{
  int index = kansio_rows_find_column (rows, name);

  return index >= 0 && !kansio_rows_is_null (rows, row, index)
             ? kansio_rows_get_string (rows, row, index)
             : NULL;
}

/* Rows of (list, item, name, type, value) into merge data; the logo,
 * which is no field, is handed back. */
static GBytes *
load_fields (KansioMergeData *data, KansioRows *rows)
{
  g_autoptr (GHashTable) items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GBytes *logo = NULL;

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      const char *list = column (rows, i, "list");
      const char *name = column (rows, i, "name");
      const char *type = column (rows, i, "type");
      const char *value = column (rows, i, "value");
      KansioMergeData *target = data;

      if (list != NULL)
        {
          g_autofree char *key = g_strdup_printf ("%s#%s", list, column (rows, i, "item"));

          target = g_hash_table_lookup (items, key);
          if (target == NULL)
            {
              target = kansio_merge_data_add_item (data, list);
              g_hash_table_insert (items, g_steal_pointer (&key), target);
            }
        }
      if (g_strcmp0 (type, "png") == 0)
        {
          g_autofree char *hex = g_strconcat ("\\x", value, NULL);

          g_clear_pointer (&logo, g_bytes_unref);
          logo = _kansio_bytes_from_bytea (hex);
        }
      else if (g_strcmp0 (type, "date") == 0)
        kansio_merge_data_set_iso_date (target, name, value);
      else if (g_strcmp0 (type, "boolean") == 0)
        kansio_merge_data_set_boolean (target, name, g_strcmp0 (value, "true") == 0);
      else
        kansio_merge_data_set_text (target, name, value);
    }
  return logo;
}

static void
add_line (GPtrArray *lines, const char *first, const char *second)
{
  g_autofree char *line = g_strjoin (" ", first != NULL ? first : "", second, NULL);

  g_strstrip (line);
  if (line[0] != '\0')
    g_ptr_array_add (lines, g_steal_pointer (&line));
}

/* The address in the envelope's window. Under a non-disclosure marking
 * the database gave none: the letter goes to the client care of the
 * office, which forwards it. */
static GStrv
recipient_lines (KansioMergeData *data)
{
  GPtrArray *lines = g_ptr_array_new ();
  gboolean via_office = kansio_merge_data_get_boolean (data, "client.non_disclosure");

  add_line (lines, kansio_merge_data_get_text (data, "client.full_name"), NULL);
  if (via_office)
    {
      add_line (lines, "c/o", kansio_merge_data_get_text (data, "organisation.unit"));
      add_line (lines, kansio_merge_data_get_text (data, "organisation.street_address"), NULL);
      add_line (lines, kansio_merge_data_get_text (data, "organisation.postal_code"),
                kansio_merge_data_get_text (data, "organisation.post_office"));
    }
  else
    {
      add_line (lines, kansio_merge_data_get_text (data, "client.street_address"), NULL);
      add_line (lines, kansio_merge_data_get_text (data, "client.postal_code"),
                kansio_merge_data_get_text (data, "client.post_office"));
    }
  g_ptr_array_add (lines, NULL);
  return (GStrv) g_ptr_array_free (lines, FALSE);
}

static GStrv
letterhead_lines (KansioMergeData *data)
{
  GPtrArray *lines = g_ptr_array_new ();
  const char *name = kansio_merge_data_get_text (data, "organisation.name");
  const char *unit = kansio_merge_data_get_text (data, "organisation.unit");

  add_line (lines, name, NULL);
  if (g_strcmp0 (unit, name) != 0)
    add_line (lines, unit, NULL);
  add_line (lines, kansio_merge_data_get_text (data, "organisation.street_address"), NULL);
  add_line (lines, kansio_merge_data_get_text (data, "organisation.postal_code"),
            kansio_merge_data_get_text (data, "organisation.post_office"));
  g_ptr_array_add (lines, NULL);
  return (GStrv) g_ptr_array_free (lines, FALSE);
}

static char *
footer_text (KansioMergeData *data, KansioLanguage language)
{
  const char *parts[] = { "organisation.name", "organisation.phone", "organisation.email" };
  const char *business_id = kansio_merge_data_get_text (data, "organisation.business_id");
  GString *footer = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const char *value = kansio_merge_data_get_text (data, parts[i]);

      if (value != NULL && value[0] != '\0')
        g_string_append_printf (footer, "%s%s", footer->len > 0 ? " · " : "", value);
    }
  /* Y-tunnus in Finnish, FO-nummer in Swedish. */
  if (business_id != NULL && business_id[0] != '\0')
    g_string_append_printf (footer, "%s%s %s", footer->len > 0 ? " · " : "",
                            language == KANSIO_LANGUAGE_SWEDISH ? "FO-nummer" : "Y-tunnus",
                            business_id);
  return g_string_free (footer, FALSE);
}

static KansioTemplate *
parse_template (Job *job, const char *name, const char *text, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  KansioTemplate *template = kansio_template_new (text, job->fields, &local_error);

  if (template == NULL)
    g_set_error (error, KANSIO_TEMPLATE_ERROR, local_error->code, _ ("Template “%s”: %s"), name,
                 local_error->message);
  return template;
}

/* A decision posted today: when it is deemed received, and the last day
 * for a rectification request, unless the decision says otherwise. */
static void
add_rectification_dates (KansioMergeData *data)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  GDate sent, receipt, last_day;

  if (_kansio_merge_data_has (data, "decision.rectification_deadline"))
    return;
  g_date_clear (&sent, 1);
  g_date_set_dmy (&sent, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  kansio_calendar_rectification_deadline (&sent, FALSE, &receipt, &last_day);
  kansio_merge_data_set_date (data, "decision.delivery_date", &receipt);
  kansio_merge_data_set_date (data, "decision.rectification_deadline", &last_day);
}

/* Everything after the database calls, in a worker thread. */
static KansioDocument *
build_document (Job *job, GError **error)
{
  g_autoptr (GBytes) logo = load_fields (job->data, job->field_rows);
  g_autoptr (GHashTable) blocks
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr (KansioTemplate) template = NULL;
  g_autoptr (KansioDocumentContent) content = kansio_document_content_new ();
  g_autoptr (KansioPdfWriter) writer = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_auto (GStrv) letterhead = letterhead_lines (job->data);
  g_auto (GStrv) recipient = recipient_lines (job->data);
  g_autofree char *footer = NULL;
  g_autofree char *title = g_strdup (job->title);
  KansioLanguage language = KANSIO_LANGUAGE_FINNISH;
  const char *kind = job->kind == JOB_REPORT ? "report" : "letter";
  const char *language_code = kansio_merge_data_get_text (job->data, "document.language");
  gint64 version_id = 0;
  guint n_pages = 0;

  kansio_language_from_code (language_code, &language);
  if (job->person_id == 0 && kansio_merge_data_get_text (job->data, "client.id") != NULL)
    job->person_id
        = g_ascii_strtoll (kansio_merge_data_get_text (job->data, "client.id"), NULL, 10);
  for (guint i = 0; i < kansio_rows_get_n_rows (job->templates); i++)
    {
      const char *name = column (job->templates, i, "name");
      const char *body
          = column (job->templates, i, language == KANSIO_LANGUAGE_SWEDISH ? "body_sv" : "body_fi");
      KansioTemplate *parsed;

      if (g_strcmp0 (name, job->template_name) == 0)
        {
          template = parse_template (job, name, body != NULL ? body : "", error);
          if (template == NULL)
            return NULL;
          kind = column (job->templates, i, "kind");
          version_id = g_ascii_strtoll (column (job->templates, i, "version_id"), NULL, 10);
          g_free (title);
          title = g_strdup (column (job->templates, i,
                                    language == KANSIO_LANGUAGE_SWEDISH ? "title_sv" : "title_fi"));
          continue;
        }
      if (g_strcmp0 (column (job->templates, i, "kind"), "block") != 0)
        continue;
      parsed = parse_template (job, name, body != NULL ? body : "", error);
      if (parsed == NULL)
        return NULL;
      g_hash_table_insert (blocks, g_strdup (name), parsed);
    }

  if (g_strcmp0 (kind, "decision") == 0 || job->kind == JOB_PREVIEW)
    add_rectification_dates (job->data);
  if (job->kind == JOB_PREVIEW)
    template = parse_template (job, title, job->text, error);
  else if (template == NULL)
    g_set_error (error, KANSIO_TEMPLATE_ERROR, KANSIO_TEMPLATE_ERROR_UNKNOWN_BLOCK,
                 _ ("Template “%s” has no approved version."), job->template_name);
  if (template == NULL
      || !kansio_template_expand (template, job->data, language, blocks, content, error))
    return NULL;

  writer = kansio_pdf_writer_new (language);
  footer = footer_text (job->data, language);
  kansio_pdf_writer_set_title (writer, title);
  kansio_pdf_writer_set_author (writer, kansio_merge_data_get_text (job->data, "user.full_name"));
  kansio_pdf_writer_set_case_number (writer, kansio_merge_data_get_text (job->data, "case.number"));
  kansio_pdf_writer_set_letterhead (writer, (const char *const *) letterhead, logo);
  kansio_pdf_writer_set_recipient (writer, (const char *const *) recipient);
  kansio_pdf_writer_set_footer (writer, footer);
  {
    g_autoptr (GDateTime) now = g_date_time_new_now_local ();
    g_autoptr (GDate) today
        = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                          g_date_time_get_year (now));

    kansio_pdf_writer_set_date (writer, today);
  }
  pdf = kansio_pdf_writer_write (writer, content, &n_pages, error);
  if (pdf == NULL)
    return NULL;
  return _kansio_document_new (job->person_id, job->case_id, version_id, kind, title, language, pdf,
                               n_pages);
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

static void
on_templates_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Job *job = g_task_get_task_data (task);
  GError *error = NULL;

  job->templates = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (job->templates == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_run_in_thread (task, build_in_thread);
}

static void
on_fields_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KansioDocumentComposer *self = g_task_get_source_object (task);
  Job *job = g_task_get_task_data (task);
  const char *params[] = { job->template_name != NULL ? job->template_name : "" };
  GError *error = NULL;

  job->field_rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (job->field_rows == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  GCancellable *cancellable = g_task_get_cancellable (task);

  kansio_database_query_async (self->database, "SELECT * FROM api.templates_for_use ($1)", params,
                               1, cancellable, on_templates_cb, g_steal_pointer (&task));
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
  kansio_database_query_async (self->database, sql, params, n_params, cancellable, on_fields_cb,
                               task);
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
  for (guint i = 0; i < G_N_ELEMENTS (report_fields); i++)
    kansio_field_catalogue_add (self->fields, report_fields[i].name, report_fields[i].type,
                                report_fields[i].description);
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

static void
on_stored_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KansioDocument *document = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows
      = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  g_autofree char *computed = NULL;

  if (rows == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* The database hashed what it received: it must be what was sent. */
  computed = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, kansio_document_get_pdf (document));
  if (kansio_rows_get_n_rows (rows) != 1 || g_strcmp0 (computed, column (rows, 0, "sha256")) != 0)
    {
      g_task_return_new_error (task, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_FAILED,
                               _ ("The document was stored, but its checksum does not match."));
      return;
    }
  _kansio_document_set_stored (document, kansio_rows_get_int64 (rows, 0, 0), computed);
  g_task_return_boolean (task, TRUE);
}

/**
 * kansio_document_composer_store_async:
 *
 * Stores a composed document for good; after this it is never composed
 * again. A report is stored by the auditor who made it.
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
  g_autofree char *pdf = NULL;
  g_autofree char *pages = NULL;
  const char *params[5];
  GTask *task;

  g_return_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (self));
  g_return_if_fail (KANSIO_IS_DOCUMENT (document));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_document_composer_store_async);
  g_task_set_task_data (task, g_object_ref (document), g_object_unref);
  if (kansio_document_is_stored (document) || version == NULL)
    {
      g_task_return_new_error (task, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_FAILED,
                               _ ("Only a document made from an approved template is stored, "
                                  "and only once."));
      g_object_unref (task);
      return;
    }

  pdf = _kansio_bytea_from_bytes (kansio_document_get_pdf (document));
  pages = g_strdup_printf ("%u", kansio_document_get_n_pages (document));
  params[0] = owner;
  params[1] = version;
  params[2] = kansio_language_get_code (kansio_document_get_language (document));
  params[3] = pdf;
  params[4] = pages;
  kansio_database_query_async (self->database,
                               is_report
                                   ? "SELECT * FROM api.audit_report_store ($1, $2, $3, $4, $5)"
                                   : "SELECT * FROM api.document_store ($1, $2, $3, $4, $5)",
                               params, 5, cancellable, on_stored_cb, task);
}

gboolean
kansio_document_composer_store_finish (KansioDocumentComposer *self,
                                       GAsyncResult *result,
                                       GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_opened_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;
  g_autoptr (KansioRows) rows
      = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  KansioDocument *document;

  if (rows == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  document = kansio_document_new_from_rows (rows, 0, &error);
  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
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
  g_autofree char *id = id_text (document_id);
  const char *params[] = { id };
  GTask *task;

  g_return_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_document_composer_open_async);
  kansio_database_query_async (self->database, "SELECT * FROM api.document_get ($1)", params, 1,
                               cancellable, on_opened_cb, task);
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
  return finish_job (self, result, kansio_document_composer_open_async, error);
}

static void
on_disclosed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;
  g_autoptr (KansioRows) rows
      = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);

  if (rows == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
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
  GTask *task;

  g_return_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (self));
  g_return_if_fail (KANSIO_IS_DOCUMENT (document));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_document_composer_disclose_async);
  if (!kansio_document_is_stored (document))
    {
      g_task_return_new_error (task, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_FAILED,
                               _ ("Store the document before it leaves Kansio."));
      g_object_unref (task);
      return;
    }
  id = id_text (kansio_document_get_id (document));
  params[0] = id;
  kansio_database_query_async (self->database, "SELECT api.document_disclose ($1, $2, $3, $4)",
                               params, 4, cancellable, on_disclosed_cb, task);
}

gboolean
kansio_document_composer_disclose_finish (KansioDocumentComposer *self,
                                          GAsyncResult *result,
                                          GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_templates_listed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;
  KansioRows *rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);

  if (rows == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, rows, g_object_unref);
}

/**
 * kansio_document_composer_list_templates_async:
 *
 * The templates, as api.template_list gives them: template_id, name,
 * area, kind, title_fi, title_sv, approved_version, draft_version_id,
 * draft_status.
 */
void
kansio_document_composer_list_templates_async (KansioDocumentComposer *self,
                                               GCancellable *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer user_data)
{
  GTask *task;

  g_return_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_document_composer_list_templates_async);
  kansio_database_query_async (self->database, "SELECT * FROM api.template_list ()", NULL, 0,
                               cancellable, on_templates_listed_cb, task);
}

/**
 * kansio_document_composer_list_templates_finish:
 *
 * Returns: (transfer full): the rows
 */
KansioRows *
kansio_document_composer_list_templates_finish (KansioDocumentComposer *self,
                                                GAsyncResult *result,
                                                GError **error)
{
  return finish_job (self, result, kansio_document_composer_list_templates_async, error);
}
