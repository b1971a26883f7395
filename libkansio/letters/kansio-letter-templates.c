/* kansio-letter-templates.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-letter-templates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-api-call-private.h"
#include "kansio-database-error.h"
#include "kansio-letter-templates.h"

/* The letter and decision templates, through the api: each call here is
 * one api function, and the only place that knows its SQL and its
 * columns. The database checks the caller's rights, and keeps four eyes
 * over every version: a refusal comes back as the database's
 * %KANSIO_DATABASE_ERROR, with its reason. */
struct _KansioLetterTemplates
{
  GObject parent_instance;

  KansioDatabase *database;
};

G_DEFINE_FINAL_TYPE (KansioLetterTemplates, kansio_letter_templates, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* api.template_list (): a KansioApiItemFunc */

static gpointer
new_template (KansioDatabase *database, KansioRows *rows, guint i, gint64 owner_id)
{
  /* clang-format off */
  return g_object_new (KANSIO_TYPE_LETTER_TEMPLATE,
                       "template-id", _kansio_api_int (rows, i, "template_id"),
                       "name", _kansio_api_text (rows, i, "name"),
                       "area", _kansio_api_text (rows, i, "area"),
                       "kind", _kansio_api_text (rows, i, "kind"),
                       "title-fi", _kansio_api_text (rows, i, "title_fi"),
                       "title-sv", _kansio_api_text (rows, i, "title_sv"),
                       "approved-version", _kansio_api_int (rows, i, "approved_version"),
                       "draft-version-id", _kansio_api_int64 (rows, i, "draft_version_id"),
                       "draft-status", _kansio_api_text (rows, i, "draft_status"),
                       NULL);
  /* clang-format on */
}

/* api.template_versions (template_id): a KansioApiItemFunc, @template_id
 * the owner */

static gpointer
new_version (KansioDatabase *database, KansioRows *rows, guint i, gint64 template_id)
{
  g_autoptr (GDateTime) created_at = _kansio_api_date_time (rows, i, "created_at");
  g_autoptr (GDateTime) approved_at = _kansio_api_date_time (rows, i, "approved_at");
  g_autoptr (GDateTime) fi_revised_at = _kansio_api_date_time (rows, i, "fi_revised_at");
  g_autoptr (GDateTime) sv_revised_at = _kansio_api_date_time (rows, i, "sv_revised_at");

  /* clang-format off */
  return g_object_new (KANSIO_TYPE_LETTER_TEMPLATE_VERSION,
                       "version-id", _kansio_api_int64 (rows, i, "version_id"),
                       "template-id", (int) template_id,
                       "version", _kansio_api_int (rows, i, "version"),
                       "status", _kansio_api_text (rows, i, "status"),
                       "note", _kansio_api_text (rows, i, "note"),
                       "created-by", _kansio_api_text (rows, i, "created_by"),
                       "created-at", created_at,
                       "edited-by", _kansio_api_text (rows, i, "edited_by"),
                       "approved-by", _kansio_api_text (rows, i, "approved_by"),
                       "approved-at", approved_at,
                       "fi-revised-at", fi_revised_at,
                       "sv-revised-at", sv_revised_at,
                       NULL);
  /* clang-format on */
}

/* api.template_version_get (version_id) */

static gpointer
map_version (KansioRows *rows, gpointer data, GError **error)
{
  g_autoptr (GDateTime) fi_revised_at = NULL;
  g_autoptr (GDateTime) sv_revised_at = NULL;

  /* The api raises an error rather than answer nothing. */
  if (kansio_rows_get_n_rows (rows) == 0)
    {
      g_set_error_literal (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_NOT_FOUND,
                           _ ("The version was not found."));
      return NULL;
    }

  fi_revised_at = _kansio_api_date_time (rows, 0, "fi_revised_at");
  sv_revised_at = _kansio_api_date_time (rows, 0, "sv_revised_at");
  /* clang-format off */
  return g_object_new (KANSIO_TYPE_LETTER_TEMPLATE_VERSION,
                       "version-id", _kansio_api_int64 (rows, 0, "version_id"),
                       "template-id", _kansio_api_int (rows, 0, "template_id"),
                       "version", _kansio_api_int (rows, 0, "version"),
                       "status", _kansio_api_text (rows, 0, "status"),
                       "body-fi", _kansio_api_text (rows, 0, "body_fi"),
                       "body-sv", _kansio_api_text (rows, 0, "body_sv"),
                       "fi-revised-at", fi_revised_at,
                       "sv-revised-at", sv_revised_at,
                       "note", _kansio_api_text (rows, 0, "note"),
                       "row-version", _kansio_api_int (rows, 0, "row_version"),
                       NULL);
  /* clang-format on */
}

/* api.template_save_draft (template_id, row_version, body_fi, body_sv, note) */

typedef struct
{
  int template_id;
  char *body_fi;
  char *body_sv;
  char *note;
} Draft;

static void
draft_free (Draft *draft)
{
  g_free (draft->body_fi);
  g_free (draft->body_sv);
  g_free (draft->note);
  g_free (draft);
}

static gpointer
map_saved (KansioRows *rows, gpointer data, GError **error)
{
  Draft *draft = data;

  if (kansio_rows_get_n_rows (rows) == 0)
    {
      g_set_error_literal (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_FAILED,
                           _ ("The template was not saved."));
      return NULL;
    }

  /* What was saved is a draft, whatever it was before; when its texts
   * changed is known once it is read again. */
  /* clang-format off */
  return g_object_new (KANSIO_TYPE_LETTER_TEMPLATE_VERSION,
                       "version-id", _kansio_api_int64 (rows, 0, "version_id"),
                       "template-id", draft->template_id,
                       "version", _kansio_api_int (rows, 0, "version"),
                       "row-version", _kansio_api_int (rows, 0, "row_version"),
                       "status", "draft",
                       "body-fi", draft->body_fi,
                       "body-sv", draft->body_sv,
                       "note", draft->note,
                       NULL);
  /* clang-format on */
}

/* api.template_create (name, area, kind, title_fi, title_sv) */

static gpointer
map_created (KansioRows *rows, gpointer map_data, GError **error)
{
  gint64 *id;

  if (kansio_rows_get_n_rows (rows) == 0 || kansio_rows_is_null (rows, 0, 0))
    {
      g_set_error_literal (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_FAILED,
                           _ ("The template was not saved."));
      return NULL;
    }
  id = g_new (gint64, 1);
  *id = kansio_rows_get_int64 (rows, 0, 0);
  return id;
}

/* Overrides */

static void
kansio_letter_templates_get_property (GObject *object,
                                      guint prop_id,
                                      GValue *value,
                                      GParamSpec *pspec)
{
  KansioLetterTemplates *self = KANSIO_LETTER_TEMPLATES (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_letter_templates_set_property (GObject *object,
                                      guint prop_id,
                                      const GValue *value,
                                      GParamSpec *pspec)
{
  KansioLetterTemplates *self = KANSIO_LETTER_TEMPLATES (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_letter_templates_dispose (GObject *object)
{
  KansioLetterTemplates *self = KANSIO_LETTER_TEMPLATES (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (kansio_letter_templates_parent_class)->dispose (object);
}

static void
kansio_letter_templates_class_init (KansioLetterTemplatesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kansio_letter_templates_get_property;
  object_class->set_property = kansio_letter_templates_set_property;
  object_class->dispose = kansio_letter_templates_dispose;

  properties[PROP_DATABASE]
      = g_param_spec_object ("database", NULL, NULL, KANSIO_TYPE_DATABASE,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_letter_templates_init (KansioLetterTemplates *self)
{
}

/* Public API */

KansioLetterTemplates *
kansio_letter_templates_new (KansioDatabase *database)
{
  g_return_val_if_fail (KANSIO_IS_DATABASE (database), NULL);

  return g_object_new (KANSIO_TYPE_LETTER_TEMPLATES, "database", database, NULL);
}

/**
 * kansio_letter_templates_get_database:
 *
 * Returns: (transfer none): the database asked
 */
KansioDatabase *
kansio_letter_templates_get_database (KansioLetterTemplates *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATES (self), NULL);
  return self->database;
}

/**
 * kansio_letter_templates_list_async:
 *
 * Every template, with its newest approved version and the version in
 * the making (for those who may read drafts), by area, kind and name.
 */
void
kansio_letter_templates_list_async (KansioLetterTemplates *self,
                                    GCancellable *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_LETTER_TEMPLATES (self));

  _kansio_api_call_list_async (self, kansio_letter_templates_list_async, self->database,
                               "SELECT * FROM api.template_list ()", NULL, 0,
                               KANSIO_TYPE_LETTER_TEMPLATE, new_template, 0, cancellable, callback,
                               user_data);
}

/**
 * kansio_letter_templates_list_finish:
 *
 * Returns: (transfer full): a #GListModel of #KansioLetterTemplate
 */
GListModel *
kansio_letter_templates_list_finish (KansioLetterTemplates *self,
                                     GAsyncResult *result,
                                     GError **error)
{
  return _kansio_api_call_finish (self, kansio_letter_templates_list_async, result, error);
}

/**
 * kansio_letter_templates_list_versions_async:
 *
 * The template's versions, newest first, without their texts: drafts
 * only for those who may read them.
 */
void
kansio_letter_templates_list_versions_async (KansioLetterTemplates *self,
                                             int template_id,
                                             GCancellable *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_LETTER_TEMPLATES (self));

  _kansio_api_call_list_of_async (self, kansio_letter_templates_list_versions_async, self->database,
                                  "SELECT * FROM api.template_versions ($1)", template_id,
                                  KANSIO_TYPE_LETTER_TEMPLATE_VERSION, new_version, cancellable,
                                  callback, user_data);
}

/**
 * kansio_letter_templates_list_versions_finish:
 *
 * Returns: (transfer full): a #GListModel of #KansioLetterTemplateVersion
 */
GListModel *
kansio_letter_templates_list_versions_finish (KansioLetterTemplates *self,
                                              GAsyncResult *result,
                                              GError **error)
{
  return _kansio_api_call_finish (self, kansio_letter_templates_list_versions_async, result, error);
}

/**
 * kansio_letter_templates_get_version_async:
 *
 * One version with its texts and the row version a save or a decision
 * names. Fails with %KANSIO_DATABASE_ERROR_NOT_FOUND for a version
 * there is not, or a draft the user may not read.
 */
void
kansio_letter_templates_get_version_async (KansioLetterTemplates *self,
                                           gint64 version_id,
                                           GCancellable *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer user_data)
{
  g_autofree char *id = _kansio_api_int64_text (version_id);
  const char *params[] = { id };

  g_return_if_fail (KANSIO_IS_LETTER_TEMPLATES (self));

  _kansio_api_call_async (self, kansio_letter_templates_get_version_async, self->database,
                          "SELECT * FROM api.template_version_get ($1)", params,
                          G_N_ELEMENTS (params), map_version, NULL, NULL, g_object_unref,
                          cancellable, callback, user_data);
}

/**
 * kansio_letter_templates_get_version_finish:
 *
 * Returns: (transfer full): the version
 */
KansioLetterTemplateVersion *
kansio_letter_templates_get_version_finish (KansioLetterTemplates *self,
                                            GAsyncResult *result,
                                            GError **error)
{
  return _kansio_api_call_finish (self, kansio_letter_templates_get_version_async, result, error);
}

/**
 * kansio_letter_templates_save_draft_async:
 * @row_version: the row version of the version in the making as it was
 *   read, 0 to begin one
 * @note: (nullable): the writer's note
 *
 * Saves the texts as the template's version in the making, beginning
 * one after the newest when there is none. A version someone else saved
 * meanwhile is not overwritten: that fails with
 * %KANSIO_DATABASE_ERROR_CONCURRENT_EDIT.
 */
void
kansio_letter_templates_save_draft_async (KansioLetterTemplates *self,
                                          int template_id,
                                          int row_version,
                                          const char *body_fi,
                                          const char *body_sv,
                                          const char *note,
                                          GCancellable *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer user_data)
{
  g_autofree char *id = g_strdup_printf ("%d", template_id);
  g_autofree char *row = g_strdup_printf ("%d", row_version);
  const char *params[] = { id, row, body_fi, body_sv, note };
  Draft *draft;

  g_return_if_fail (KANSIO_IS_LETTER_TEMPLATES (self));
  g_return_if_fail (body_fi != NULL && body_sv != NULL);

  draft = g_new0 (Draft, 1);
  draft->template_id = template_id;
  draft->body_fi = g_strdup (body_fi);
  draft->body_sv = g_strdup (body_sv);
  draft->note = g_strdup (note);
  _kansio_api_call_async (self, kansio_letter_templates_save_draft_async, self->database,
                          "SELECT * FROM api.template_save_draft ($1, $2, $3, $4, $5)", params,
                          G_N_ELEMENTS (params), map_saved, draft, (GDestroyNotify) draft_free,
                          g_object_unref, cancellable, callback, user_data);
}

/**
 * kansio_letter_templates_save_draft_finish:
 *
 * Returns: (transfer full): the draft as saved, with its new row
 *   version; when its texts changed is known once it is read again
 */
KansioLetterTemplateVersion *
kansio_letter_templates_save_draft_finish (KansioLetterTemplates *self,
                                           GAsyncResult *result,
                                           GError **error)
{
  return _kansio_api_call_finish (self, kansio_letter_templates_save_draft_async, result, error);
}

/**
 * kansio_letter_templates_submit_async:
 *
 * Asks a main user to approve the draft; only a draft can be submitted.
 */
void
kansio_letter_templates_submit_async (KansioLetterTemplates *self,
                                      gint64 version_id,
                                      GCancellable *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer user_data)
{
  g_autofree char *id = _kansio_api_int64_text (version_id);
  const char *params[] = { id };

  g_return_if_fail (KANSIO_IS_LETTER_TEMPLATES (self));

  _kansio_api_call_async (self, kansio_letter_templates_submit_async, self->database,
                          "SELECT api.template_submit ($1)", params, G_N_ELEMENTS (params),
                          _kansio_api_map_done, NULL, NULL, NULL, cancellable, callback, user_data);
}

gboolean
kansio_letter_templates_submit_finish (KansioLetterTemplates *self,
                                       GAsyncResult *result,
                                       GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_letter_templates_submit_async, result, error);
}

/**
 * kansio_letter_templates_decide_async:
 * @row_version: the row version of the version as the main user read it
 * @approve: %TRUE to approve, %FALSE to return it to draft
 * @note: (nullable): why it is returned (shown to the writer), or a note
 *   on the approval
 *
 * A main user's decision on a submitted version. Whoever wrote any part
 * of the version, or named the template before its first approved
 * version, may not approve it: that fails with
 * %KANSIO_DATABASE_ERROR_PERMISSION_DENIED and the database's reason; a
 * version saved again since it was read fails with
 * %KANSIO_DATABASE_ERROR_CONCURRENT_EDIT.
 */
void
kansio_letter_templates_decide_async (KansioLetterTemplates *self,
                                      gint64 version_id,
                                      int row_version,
                                      gboolean approve,
                                      const char *note,
                                      GCancellable *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer user_data)
{
  g_autofree char *id = _kansio_api_int64_text (version_id);
  g_autofree char *row = g_strdup_printf ("%d", row_version);
  const char *params[] = { id, row, approve ? "true" : "false", note };

  g_return_if_fail (KANSIO_IS_LETTER_TEMPLATES (self));

  _kansio_api_call_async (self, kansio_letter_templates_decide_async, self->database,
                          "SELECT api.template_decide ($1, $2, $3, $4)", params,
                          G_N_ELEMENTS (params), _kansio_api_map_done, NULL, NULL, NULL,
                          cancellable, callback, user_data);
}

gboolean
kansio_letter_templates_decide_finish (KansioLetterTemplates *self,
                                       GAsyncResult *result,
                                       GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_letter_templates_decide_async, result, error);
}

/**
 * kansio_letter_templates_create_async:
 * @name: the name documents ask for it by: lower case letters, digits
 *   and hyphens
 * @area: (nullable): the service area id, %NULL for every area
 * @kind: "decision", "letter", "block", "phrase" or "report"
 *
 * Names a new template, without versions. A name taken fails with
 * %KANSIO_DATABASE_ERROR_UNIQUE_VIOLATION.
 */
void
kansio_letter_templates_create_async (KansioLetterTemplates *self,
                                      const char *name,
                                      const char *area,
                                      const char *kind,
                                      const char *title_fi,
                                      const char *title_sv,
                                      GCancellable *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer user_data)
{
  const char *params[] = { name, area != NULL ? area : "", kind, title_fi, title_sv };

  g_return_if_fail (KANSIO_IS_LETTER_TEMPLATES (self));
  g_return_if_fail (name != NULL && kind != NULL);

  _kansio_api_call_async (self, kansio_letter_templates_create_async, self->database,
                          "SELECT api.template_create ($1, $2, $3, $4, $5)", params,
                          G_N_ELEMENTS (params), map_created, NULL, NULL, g_free, cancellable,
                          callback, user_data);
}

/**
 * kansio_letter_templates_create_finish:
 *
 * Returns: the new template's id, 0 on error
 */
int
kansio_letter_templates_create_finish (KansioLetterTemplates *self,
                                       GAsyncResult *result,
                                       GError **error)
{
  return (int) _kansio_api_call_finish_id (self, kansio_letter_templates_create_async, result,
                                           error);
}
