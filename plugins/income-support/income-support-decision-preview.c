/* income-support-decision-preview.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-decision-preview"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "income-support-decision-preview.h"
#include "income-support-format.h"

/* The document of a decision, for the decision page: the decision as sent
 * once it is linked; when decided, the one the document service makes as
 * it is decided; before that, a draft composed from what was prepared, in
 * the client's language, marked as a draft on every page. The draft's
 * calculation is made again from what was stored, with the rates of the
 * database, read once. */
struct _IncomeSupportDecisionPreview
{
  GObject parent_instance;

  KansioContext *context;
  KansioIncomeSupportRates *rates;
};

G_DEFINE_FINAL_TYPE (IncomeSupportDecisionPreview, income_support_decision_preview, G_TYPE_OBJECT)

typedef struct
{
  KansioIncomeSupportApplication *application;
  KansioIncomeSupportDecision *decision;
} Request;

static void
request_free (Request *request)
{
  g_clear_object (&request->application);
  g_clear_object (&request->decision);
  g_free (request);
}

static void
on_document_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KansioDocumentComposer *composer = KANSIO_DOCUMENT_COMPOSER (object);
  GError *error = NULL;
  KansioDocument *document;

  if (g_async_result_is_tagged (result, kansio_document_composer_open_async))
    document = kansio_document_composer_open_finish (composer, result, &error);
  else if (g_async_result_is_tagged (result, kansio_document_composer_await_async))
    document = kansio_document_composer_await_finish (composer, result, &error);
  else
    document = kansio_document_composer_compose_finish (composer, result, &error);
  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

/* The decision's own fields: its calculation made again from what was
 * stored, in the client's language. */
static void
compose (GTask *task)
{
  IncomeSupportDecisionPreview *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  KansioIncomeSupportApplication *application = request->application;
  KansioIncomeSupportDecision *decision = request->decision;
  KansioPerson *person = kansio_income_support_application_get_person (application);
  const char *code = kansio_person_get_field (person, KANSIO_PERSON_FIELD_LANGUAGE);
  KansioLanguage language = KANSIO_LANGUAGE_FINNISH;
  g_autoptr (KansioMergeData) data = kansio_merge_data_new ();
  g_autoptr (JsonObject) fields = json_object_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *support = g_strdup_printf (
      "%" G_GINT64_FORMAT, kansio_income_support_decision_get_support_cents (decision));

  if (!kansio_language_from_code (code, &language))
    code = NULL;
  /* As the document service will read it (kansio.document_inputs), so the
   * draft prints what the decision will. */
  json_object_set_string_member (fields, "outcome",
                                 kansio_income_support_decision_get_outcome (decision));
  json_object_set_string_member (fields, "support_cents", support);
  json_object_set_string_member (fields, "reasons",
                                 kansio_income_support_decision_get_reasons (decision) ?: "");
  json_object_set_string_member (fields, "calculation",
                                 kansio_income_support_decision_get_calculation (decision));
  json_object_set_string_member (fields, "received_on",
                                 kansio_income_support_application_get_received_on (application));
  json_object_set_string_member (fields, "first_month",
                                 kansio_income_support_application_get_first_month (application));
  json_object_set_string_member (fields, "last_month",
                                 kansio_income_support_application_get_last_month (application));
  json_object_set_string_member (fields, "kind",
                                 kansio_income_support_application_get_kind (application));
  if (!kansio_income_support_decision_fields (data, fields, self->rates, language, &error))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _ ("The calculation of this decision cannot be made again: %s"),
                               error->message);
      g_object_unref (task);
      return;
    }
  kansio_document_composer_compose_async (
      kansio_context_get_documents (self->context), "income-support-decision",
      kansio_income_support_application_get_person_id (application),
      kansio_income_support_application_get_case_id (application), code, data,
      g_task_get_cancellable (task), on_document_cb, task);
}

static void
on_rates_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  IncomeSupportDecisionPreview *self = g_task_get_source_object (task);
  GError *error = NULL;
  KansioIncomeSupportRates *rates = kansio_income_support_rates_load_finish (result, &error);

  if (rates == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  g_clear_object (&self->rates);
  self->rates = rates;
  compose (task);
}

static void
income_support_decision_preview_dispose (GObject *object)
{
  IncomeSupportDecisionPreview *self = INCOME_SUPPORT_DECISION_PREVIEW (object);

  g_clear_object (&self->context);
  g_clear_object (&self->rates);

  G_OBJECT_CLASS (income_support_decision_preview_parent_class)->dispose (object);
}

static void
income_support_decision_preview_class_init (IncomeSupportDecisionPreviewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = income_support_decision_preview_dispose;
}

static void
income_support_decision_preview_init (IncomeSupportDecisionPreview *self)
{
}

IncomeSupportDecisionPreview *
income_support_decision_preview_new (void)
{
  return g_object_new (INCOME_SUPPORT_TYPE_DECISION_PREVIEW, NULL);
}

void
income_support_decision_preview_set_context (IncomeSupportDecisionPreview *self,
                                             KansioContext *context)
{
  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_PREVIEW (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  if (g_set_object (&self->context, context))
    g_clear_object (&self->rates);
}

/**
 * income_support_decision_preview_load_async:
 *
 * The decision as sent once stored; the document service's once decided;
 * a draft before that.
 */
void
income_support_decision_preview_load_async (IncomeSupportDecisionPreview *self,
                                            KansioIncomeSupportApplication *application,
                                            KansioIncomeSupportDecision *decision,
                                            GCancellable *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer user_data)
{
  GTask *task;
  Request *request;
  KansioDocumentComposer *documents;

  g_return_if_fail (INCOME_SUPPORT_IS_DECISION_PREVIEW (self));
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (application));
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_DECISION (decision));
  g_return_if_fail (self->context != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, income_support_decision_preview_load_async);
  request = g_new0 (Request, 1);
  request->application = g_object_ref (application);
  request->decision = g_object_ref (decision);
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  documents = kansio_context_get_documents (self->context);

  if (kansio_income_support_decision_get_document_id (decision) != 0)
    kansio_document_composer_open_async (documents,
                                         kansio_income_support_decision_get_document_id (decision),
                                         cancellable, on_document_cb, task);
  else if (kansio_income_support_decision_get_is_decided (decision))
    /* Made by the document service as it was decided: shown once
     * stored, to anyone who may see it. */
    kansio_document_composer_await_async (documents, "is-decision",
                                          kansio_income_support_decision_get_id (decision),
                                          cancellable, on_document_cb, task);
  else if (self->rates == NULL)
    kansio_income_support_rates_load_async (kansio_context_get_database (self->context),
                                            cancellable, on_rates_loaded_cb, task);
  else
    compose (task);
}

/**
 * income_support_decision_preview_load_finish:
 *
 * Returns: (transfer full) (nullable): the document. A calculation that
 *   cannot be made again fails with %G_IO_ERROR_INVALID_DATA, its message
 *   for the user.
 */
KansioDocument *
income_support_decision_preview_load_finish (IncomeSupportDecisionPreview *self,
                                             GAsyncResult *result,
                                             GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
