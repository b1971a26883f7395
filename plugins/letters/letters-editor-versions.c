/* letters-editor-versions.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor's reading and writing of the template's versions: which one
 * opens, saving the texts as the version in the making, submitting it,
 * and a main user's decision on it. Every call goes through
 * KansioLetterTemplates.
 */
#define G_LOG_DOMAIN "letters-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-decision-dialog.h"
#include "letters-editor-private.h"

typedef struct
{
  LettersEditor *self;
  guint serial;
  gboolean replace_text;
} LoadJob;

static void load_version (LettersEditor *self, gint64 version_id, gboolean replace_text);
static void load_versions (LettersEditor *self, gboolean open_one);

static LoadJob *
load_job_new (LettersEditor *self, guint serial, gboolean replace_text)
{
  LoadJob *job = g_new0 (LoadJob, 1);

  job->self = g_object_ref (self);
  job->serial = serial;
  job->replace_text = replace_text;
  return job;
}

static void
load_job_free (LoadJob *job)
{
  g_object_unref (job->self);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadJob, load_job_free)

static void
replace_string (char **field, const char *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

static gint64
shown_version_id (LettersEditor *self)
{
  return self->shown != NULL ? kansio_letter_template_version_get_version_id (self->shown) : 0;
}

/* What a save names: saving over an approved version starts the next
 * one, which has no row version yet. */
static int
draft_row_version (LettersEditor *self)
{
  if (self->shown == NULL || kansio_letter_template_version_is_approved (self->shown))
    return 0;
  return kansio_letter_template_version_get_row_version (self->shown);
}

/* A template without any version: both texts start empty. */
static void
start_empty (LettersEditor *self)
{
  g_clear_object (&self->shown);
  replace_string (&self->saved_note, "");
  letters_text_pane_set_text (self->fi_pane, "");
  letters_text_pane_set_text (self->sv_pane, "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
  _letters_editor_show_revised (self);
  _letters_editor_show_editor (self, TRUE);
}

/* @replace_text: the version's texts and note replace the editor's, else
 * only its status, dates and row version are taken (after a save). */
static void
apply_version (LettersEditor *self, KansioLetterTemplateVersion *version, gboolean replace_text)
{
  const char *note = kansio_letter_template_version_get_note (version);

  g_set_object (&self->shown, version);
  _letters_editor_show_revised (self);

  if (replace_text)
    {
      /* An approved version's note is about that version; the next one
       * gets its own. */
      replace_string (&self->saved_note,
                      kansio_letter_template_version_is_approved (version) || note == NULL ? ""
                                                                                           : note);
      letters_text_pane_set_text (self->fi_pane,
                                  kansio_letter_template_version_get_body (version, "fi"));
      letters_text_pane_set_text (self->sv_pane,
                                  kansio_letter_template_version_get_body (version, "sv"));
      gtk_editable_set_text (GTK_EDITABLE (self->note_entry), self->saved_note);
    }
}

static void
on_version_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  LettersEditor *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioLetterTemplateVersion) version = NULL;

  version = kansio_letter_templates_get_version_finish (KANSIO_LETTER_TEMPLATES (object), result,
                                                        &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->load_serial)
    return;

  if (version == NULL)
    {
      if (job->replace_text)
        _letters_editor_show_failure (self, error->message);
      else
        _letters_editor_show_toast (self, error->message);
      return;
    }

  apply_version (self, version, job->replace_text);
  if (job->replace_text)
    _letters_editor_show_editor (self, TRUE);
  else
    _letters_editor_run_checks (self);
}

/* Reads a version; @replace_text: its texts replace the editor's, else
 * only its status, dates and row version are taken (after a save). */
static void
load_version (LettersEditor *self, gint64 version_id, gboolean replace_text)
{
  kansio_letter_templates_get_version_async (
      self->service, version_id, self->cancellable, on_version_loaded_cb,
      load_job_new (self, ++self->load_serial, replace_text));
}

static void
on_versions_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  LettersEditor *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) versions = NULL;
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  KansioLetterTemplateVersion *chosen = NULL;

  versions = kansio_letter_templates_list_versions_finish (KANSIO_LETTER_TEMPLATES (object), result,
                                                           &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      || job->serial != self->versions_serial)
    return;

  if (versions == NULL)
    {
      if (job->replace_text)
        _letters_editor_show_failure (self, error->message);
      else
        _letters_editor_show_error_toast (self, error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    g_ptr_array_add (items, g_list_model_get_item (versions, i));
  g_list_store_splice (self->versions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->versions)),
                       items->pdata, items->len);

  if (!job->replace_text)
    return;

  /* The version in the making, else the newest approved one. */
  for (guint i = 0; i < items->len && chosen == NULL; i++)
    if (!kansio_letter_template_version_is_approved (g_ptr_array_index (items, i)))
      chosen = g_ptr_array_index (items, i);
  if (chosen == NULL && items->len > 0)
    chosen = g_ptr_array_index (items, 0);

  if (chosen == NULL)
    start_empty (self);
  else
    load_version (self, kansio_letter_template_version_get_version_id (chosen), TRUE);
}

/* Lists the versions for the history; @open_one: then opens the one to
 * work on. */
static void
load_versions (LettersEditor *self, gboolean open_one)
{
  kansio_letter_templates_list_versions_async (
      self->service, kansio_letter_template_get_template_id (self->item), self->cancellable,
      on_versions_loaded_cb, load_job_new (self, ++self->versions_serial, open_one));
}

void
_letters_editor_open_item (LettersEditor *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->busy = FALSE;
  self->submit_after_save = FALSE;
  self->focused_pane = self->fi_pane;
  gtk_revealer_set_reveal_child (self->conflict_revealer, FALSE);
  gtk_stack_set_visible_child_name (self->state_stack, "loading");
  _letters_editor_update_actions (self);
  load_versions (self, TRUE);
}

static void
on_saved_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LettersEditor) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioLetterTemplateVersion) saved = NULL;
  g_autofree char *message = NULL;
  const char *note;

  saved = kansio_letter_templates_save_draft_finish (KANSIO_LETTER_TEMPLATES (object), result,
                                                     &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  _letters_editor_set_busy (self, FALSE);
  if (saved == NULL)
    {
      self->submit_after_save = FALSE;
      if (g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT))
        {
          gtk_revealer_set_reveal_child (self->conflict_revealer, TRUE);
          _letters_editor_show_toast (self,
                                      _ ("Not saved: someone else saved this template meanwhile"));
        }
      else
        _letters_editor_show_error_toast (self, error);
      return;
    }

  /* The dates the texts were revised on stay as read until it is read
   * again. */
  if (self->shown == NULL)
    self->shown = g_object_ref (saved);
  else
    g_object_set (self->shown, "version-id", kansio_letter_template_version_get_version_id (saved),
                  "version", kansio_letter_template_version_get_version (saved), "row-version",
                  kansio_letter_template_version_get_row_version (saved), "status",
                  kansio_letter_template_version_get_status (saved), NULL);
  note = kansio_letter_template_version_get_note (saved);
  replace_string (&self->saved_note, note != NULL ? note : "");
  letters_text_pane_mark_saved (self->fi_pane,
                                kansio_letter_template_version_get_body (saved, "fi"));
  letters_text_pane_mark_saved (self->sv_pane,
                                kansio_letter_template_version_get_body (saved, "sv"));
  _letters_editor_update_actions (self);

  message = g_strdup_printf (_ ("Saved as draft version %d"),
                             kansio_letter_template_version_get_version (saved));
  _letters_editor_show_toast (self, message);

  /* Submitting changes the row version again: its own reload follows. */
  if (self->submit_after_save)
    {
      self->submit_after_save = FALSE;
      _letters_editor_submit (self);
      return;
    }
  load_version (self, shown_version_id (self), FALSE);
  load_versions (self, FALSE);
}

void
_letters_editor_save (LettersEditor *self)
{
  g_autofree char *body_fi = letters_text_pane_dup_text (self->fi_pane);
  g_autofree char *body_sv = letters_text_pane_dup_text (self->sv_pane);
  g_autofree char *note = _letters_editor_note_text (self);

  _letters_editor_set_busy (self, TRUE);
  kansio_letter_templates_save_draft_async (
      self->service, kansio_letter_template_get_template_id (self->item), draft_row_version (self),
      body_fi, body_sv, *note != '\0' ? note : NULL, self->cancellable, on_saved_cb,
      g_object_ref (self));
}

static void
on_submitted_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LettersEditor) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!kansio_letter_templates_submit_finish (KANSIO_LETTER_TEMPLATES (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      _letters_editor_set_busy (self, FALSE);
      _letters_editor_show_error_toast (self, error);
    }
  else
    {
      _letters_editor_set_busy (self, FALSE);
      _letters_editor_show_toast (
          self, _ ("Submitted for approval: a main user who did not write it approves it"));
    }
  load_version (self, shown_version_id (self), FALSE);
  load_versions (self, FALSE);
}

void
_letters_editor_submit (LettersEditor *self)
{
  _letters_editor_set_busy (self, TRUE);
  kansio_letter_templates_submit_async (self->service, shown_version_id (self), self->cancellable,
                                        on_submitted_cb, g_object_ref (self));
}

static void
on_decided_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LettersEditor) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!kansio_letter_templates_decide_finish (KANSIO_LETTER_TEMPLATES (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      _letters_editor_set_busy (self, FALSE);
      /* The database's own reason is in English; the one refusal an
       * approver meets is the four-eyes rule. */
      if (self->approving
          && g_error_matches (error, KANSIO_DATABASE_ERROR,
                              KANSIO_DATABASE_ERROR_PERMISSION_DENIED))
        _letters_editor_show_toast (
            self, _ ("Not approved: you wrote or edited this version, so another main user "
                     "must approve it"));
      else
        _letters_editor_show_error_toast (self, error);
      return;
    }
  _letters_editor_set_busy (self, FALSE);
  _letters_editor_show_toast (self, self->approving
                                        ? _ ("Approved: documents are now made from this version")
                                        : _ ("Returned to draft with your note"));
  load_version (self, shown_version_id (self), TRUE);
  load_versions (self, FALSE);
}

/* The version as it was read here: one saved again since is not approved. */
static void
decide (LettersEditor *self, gboolean approve, const char *note)
{
  self->approving = approve;
  _letters_editor_set_busy (self, TRUE);
  kansio_letter_templates_decide_async (
      self->service, shown_version_id (self),
      kansio_letter_template_version_get_row_version (self->shown), approve, note,
      self->cancellable, on_decided_cb, g_object_ref (self));
}

static void
on_decision_response_cb (LettersDecisionDialog *dialog, const char *response, LettersEditor *self)
{
  g_autofree char *note = letters_decision_dialog_dup_note (dialog);

  if (g_strcmp0 (response, "decide") != 0 || !_letters_editor_is_loaded (self))
    return;
  decide (self, letters_decision_dialog_get_approve (dialog), note);
}

void
_letters_editor_ask_decision (LettersEditor *self, gboolean approve)
{
  LettersDecisionDialog *dialog;

  if (self->shown == NULL)
    return;
  dialog = letters_decision_dialog_new (_letters_editor_parent_window (self), approve,
                                        kansio_letter_template_version_get_version (self->shown));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_decision_response_cb), self, 0);
  letters_decision_dialog_present (dialog);
}
