/* letters-editor.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "letters-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-editor.h"
#include "letters-field-picker.h"
#include "letters-format.h"
#include "letters-history.h"
#include "letters-preview.h"
#include "letters-problem-list.h"
#include "letters-text-pane.h"
#include "letters-version-item.h"

/* After the last keystroke, before the texts are checked. */
#define CHECK_DELAY_MS 300

/* One template: its Finnish and Swedish texts side by side, checked as
 * they are typed, previewed as the real document, saved as the version in
 * the making, submitted, and approved or returned by a main user.
 *
 * The version opened is the one in the making if there is one, else the
 * newest approved one; saving that starts a new version. The row version
 * loaded goes back with each save, so a version someone else saved
 * meanwhile is never overwritten: the user is told, and their text stays
 * in the editor. */
struct _LettersEditor
{
  AdwBin parent_instance;

  KansioContext *context;
  GCancellable *cancellable;
  LettersTemplateItem *item;
  GListStore *versions;
  gboolean may_edit;
  gboolean is_main_user;

  /* The version shown */
  gint64 version_id; /* 0: nothing saved yet */
  int version;
  char *status; /* NULL: nothing saved yet */
  int row_version;
  char *fi_revised_at;
  char *sv_revised_at;
  char *saved_note;

  guint load_serial;
  guint versions_serial;
  guint check_source;
  gboolean busy;
  gboolean submit_after_save;
  gboolean approving;
  char *first_problem[2]; /* fi, sv: the first error, for the preview */
  LettersTextPane *focused_pane;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack *state_stack;
  AdwStatusPage *failed_page;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkLabel *status_label;
  LettersFieldPicker *field_picker;
  GtkToggleButton *side_button;
  GtkRevealer *conflict_revealer;
  LettersTextPane *fi_pane;
  LettersTextPane *sv_pane;
  GtkRevealer *problems_revealer;
  LettersProblemList *problem_list;
  GtkStack *side_stack;
  LettersPreview *preview;
  LettersHistory *history;
  GtkEntry *note_entry;
  GtkWidget *save_button;
  GtkWidget *submit_button;
  GtkWidget *return_button;
  GtkWidget *approve_button;
};

typedef struct
{
  LettersEditor *self;
  guint serial;
  gboolean replace_text;
} LoadJob;

typedef struct
{
  LettersEditor *self;
  char *body_fi;
  char *body_sv;
  char *note;
} SaveJob;

static void load_version (LettersEditor *self, gint64 version_id, gboolean replace_text);
static void load_versions (LettersEditor *self, gboolean open_one);
static void submit (LettersEditor *self);

G_DEFINE_FINAL_TYPE (LettersEditor, letters_editor, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

static void
save_job_free (SaveJob *job)
{
  g_object_unref (job->self);
  g_free (job->body_fi);
  g_free (job->body_sv);
  g_free (job->note);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadJob, load_job_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveJob, save_job_free)

static void
replace_string (char **field, const char *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

static KansioDatabase *
database (LettersEditor *self)
{
  return kansio_context_get_database (self->context);
}

static void
show_toast (LettersEditor *self, const char *text)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A refusal says the database's reason too: "you wrote this version". */
static void
show_error_toast (LettersEditor *self, const GError *error)
{
  g_autofree char *text = kansio_database_error_dup_text (error);

  show_toast (self, text);
}

static char *
note_text (LettersEditor *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
}

static gboolean
is_dirty (LettersEditor *self)
{
  g_autofree char *note = note_text (self);

  if (self->item == NULL)
    return FALSE;
  return letters_text_pane_get_is_dirty (self->fi_pane)
         || letters_text_pane_get_is_dirty (self->sv_pane)
         || g_strcmp0 (note, self->saved_note != NULL ? self->saved_note : "") != 0;
}

static gboolean
is_loaded (LettersEditor *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->state_stack);

  return self->item != NULL && g_strcmp0 (page, "editor") == 0;
}

static LettersTextPane *
pane_for (LettersEditor *self, const char *language)
{
  return g_strcmp0 (language, "sv") == 0 ? self->sv_pane : self->fi_pane;
}

static void
update_status (LettersEditor *self, gboolean dirty)
{
  g_autofree char *status = NULL;

  if (self->version == 0)
    status = g_strdup (_ ("Nothing saved yet"));
  else
    status = g_strdup_printf (_ ("Version %d · %s"), self->version,
                              _letters_status_label (self->status));
  if (dirty)
    {
      g_autofree char *plain = g_steal_pointer (&status);

      status = g_strdup_printf (_ ("%s · unsaved changes"), plain);
    }
  gtk_label_set_label (self->status_label, status);
}

static void
update_actions (LettersEditor *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean loaded = is_loaded (self);
  gboolean dirty = loaded && is_dirty (self);
  gboolean errors = letters_problem_list_get_n_errors (self->problem_list) > 0;
  gboolean idle = loaded && !self->busy;
  gboolean submitted = g_strcmp0 (self->status, "submitted") == 0;

  gtk_widget_action_set_enabled (widget, "letters-editor.save", idle && self->may_edit && dirty);
  gtk_widget_action_set_enabled (widget, "letters-editor.submit",
                                 idle && self->may_edit && !errors
                                     && (dirty || g_strcmp0 (self->status, "draft") == 0));
  gtk_widget_action_set_enabled (widget, "letters-editor.approve",
                                 idle && self->is_main_user && submitted && !dirty);
  gtk_widget_action_set_enabled (widget, "letters-editor.return",
                                 idle && self->is_main_user && submitted && !dirty);
  gtk_widget_action_set_enabled (widget, "letters-editor.insert-field", loaded && self->may_edit);
  gtk_widget_set_sensitive (GTK_WIDGET (self->field_picker), loaded && self->may_edit);
  gtk_widget_set_tooltip_text (self->submit_button,
                               errors ? _ ("Correct the errors in the texts before submitting")
                                      : _ ("Ask a main user to approve this version"));
  update_status (self, dirty);
}

static void
set_busy (LettersEditor *self, gboolean busy)
{
  self->busy = busy;
  update_actions (self);
}

static void
update_preview (LettersEditor *self)
{
  const char *language = letters_text_pane_get_language (self->focused_pane);
  gboolean swedish = g_strcmp0 (language, "sv") == 0;
  g_autofree char *text = letters_text_pane_dup_text (self->focused_pane);
  const char *title
      = self->item != NULL ? letters_template_item_get_title_for (self->item, language) : NULL;

  if (self->context == NULL || self->item == NULL)
    return;
  letters_preview_update (self->preview, text, title, language,
                          self->first_problem[swedish ? 1 : 0]);
}

static void
check_text (LettersEditor *self, guint index, const char *text)
{
  KansioDocumentComposer *composer = kansio_context_get_documents (self->context);
  KansioFieldCatalogue *fields = kansio_document_composer_get_fields (composer);
  const char *language = index == 1 ? "sv" : "fi";
  g_autoptr (GPtrArray) problems = kansio_template_check (text, fields);

  g_clear_pointer (&self->first_problem[index], g_free);
  for (guint i = 0; i < problems->len; i++)
    {
      KansioTemplateProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *message = NULL;

      /* TRANSLATORS: "Finnish, line 3, column 5: Unknown field …" */
      message
          = g_strdup_printf (_ ("%s, line %u, column %u: %s"), _letters_language_label (language),
                             problem->line, problem->column, problem->message);
      letters_problem_list_add (self->problem_list, LETTERS_PROBLEM_ERROR, language, problem->line,
                                problem->column, message);
      if (self->first_problem[index] == NULL)
        self->first_problem[index] = g_strdup_printf (_ ("Line %u, column %u: %s"), problem->line,
                                                      problem->column, problem->message);
    }
}

/* The two languages must say the same: warn when one is empty, or was
 * changed (in this session, or else by the saved dates) and the other
 * was not. */
static void
check_languages (LettersEditor *self, const char *fi_text, const char *sv_text)
{
  gboolean fi_edited = letters_text_pane_get_edited_since_open (self->fi_pane);
  gboolean sv_edited = letters_text_pane_get_edited_since_open (self->sv_pane);
  const char *fi_badge = NULL;
  const char *sv_badge = NULL;

  if (*fi_text == '\0' && *sv_text != '\0')
    letters_problem_list_add (self->problem_list, LETTERS_PROBLEM_WARNING, "fi", 0, 0,
                              _ ("The Finnish text is empty."));
  else if (*sv_text == '\0' && *fi_text != '\0')
    letters_problem_list_add (self->problem_list, LETTERS_PROBLEM_WARNING, "sv", 0, 0,
                              _ ("The Swedish text is empty."));

  if (fi_edited && !sv_edited)
    {
      letters_problem_list_add (
          self->problem_list, LETTERS_PROBLEM_WARNING, "sv", 0, 0,
          _ ("You changed the Finnish text but not the Swedish one: check that they still say "
             "the same."));
      fi_badge = _ ("Changed since the Swedish text");
    }
  else if (sv_edited && !fi_edited)
    {
      letters_problem_list_add (
          self->problem_list, LETTERS_PROBLEM_WARNING, "fi", 0, 0,
          _ ("You changed the Swedish text but not the Finnish one: check that they still say "
             "the same."));
      sv_badge = _ ("Changed since the Finnish text");
    }
  else if (!fi_edited && !sv_edited)
    {
      g_autoptr (GDateTime) fi_time = _letters_parse_timestamp (self->fi_revised_at);
      g_autoptr (GDateTime) sv_time = _letters_parse_timestamp (self->sv_revised_at);
      g_autofree char *fi_date = _letters_format_timestamp (self->fi_revised_at);
      g_autofree char *sv_date = _letters_format_timestamp (self->sv_revised_at);
      g_autofree char *message = NULL;
      int order = fi_time != NULL && sv_time != NULL ? g_date_time_compare (fi_time, sv_time) : 0;

      if (order > 0)
        {
          message = g_strdup_printf (_ ("The Finnish text was revised on %s, after the Swedish "
                                        "text (%s): check that they still say the same."),
                                     fi_date, sv_date);
          letters_problem_list_add (self->problem_list, LETTERS_PROBLEM_WARNING, "sv", 0, 0,
                                    message);
          fi_badge = _ ("Changed since the Swedish text");
        }
      else if (order < 0)
        {
          message = g_strdup_printf (_ ("The Swedish text was revised on %s, after the Finnish "
                                        "text (%s): check that they still say the same."),
                                     sv_date, fi_date);
          letters_problem_list_add (self->problem_list, LETTERS_PROBLEM_WARNING, "fi", 0, 0,
                                    message);
          sv_badge = _ ("Changed since the Finnish text");
        }
    }
  letters_text_pane_set_badge (self->fi_pane, fi_badge);
  letters_text_pane_set_badge (self->sv_pane, sv_badge);
}

static void
run_checks (LettersEditor *self)
{
  g_autofree char *fi_text = letters_text_pane_dup_text (self->fi_pane);
  g_autofree char *sv_text = letters_text_pane_dup_text (self->sv_pane);

  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->context == NULL || self->item == NULL)
    return;

  letters_problem_list_clear (self->problem_list);
  check_text (self, 0, fi_text);
  check_text (self, 1, sv_text);
  check_languages (self, fi_text, sv_text);
  gtk_revealer_set_reveal_child (self->problems_revealer,
                                 letters_problem_list_get_n_problems (self->problem_list) > 0);
  update_preview (self);
  update_actions (self);
}

static gboolean
check_timeout_cb (gpointer user_data)
{
  LettersEditor *self = user_data;

  self->check_source = 0;
  run_checks (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_check (LettersEditor *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (CHECK_DELAY_MS, check_timeout_cb, self);
}

static void
show_revised (LettersTextPane *pane, const char *revised_at)
{
  g_autofree char *date = _letters_format_timestamp (revised_at);

  letters_text_pane_set_revised (pane, *date != '\0' ? date : NULL);
}

static void
show_failure (LettersEditor *self, const char *message)
{
  adw_status_page_set_description (self->failed_page, message);
  gtk_stack_set_visible_child_name (self->state_stack, "failed");
  update_actions (self);
}

static void
show_editor (LettersEditor *self, gboolean focus)
{
  gtk_stack_set_visible_child_name (self->state_stack, "editor");
  gtk_revealer_set_reveal_child (self->conflict_revealer, FALSE);
  run_checks (self);

  /* The stack gives the focus back to whichever text had it last; a
   * template opens in Finnish. */
  if (focus)
    letters_text_pane_go_to (self->fi_pane, 0, 0);
}

/* A template without any version: both texts start empty. */
static void
start_empty (LettersEditor *self)
{
  self->version_id = 0;
  self->version = 0;
  self->row_version = 0;
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->fi_revised_at, g_free);
  g_clear_pointer (&self->sv_revised_at, g_free);
  replace_string (&self->saved_note, "");
  letters_text_pane_set_text (self->fi_pane, "");
  letters_text_pane_set_text (self->sv_pane, "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
  show_revised (self->fi_pane, NULL);
  show_revised (self->sv_pane, NULL);
  show_editor (self, TRUE);
}

static void
apply_version (LettersEditor *self, KansioRows *rows, gboolean replace_text)
{
  gboolean approved;
  const char *note = _letters_column (rows, 0, "note");

  self->version_id = _letters_column_int64 (rows, 0, "version_id");
  self->version = (int) _letters_column_int64 (rows, 0, "version");
  replace_string (&self->status, _letters_column (rows, 0, "status"));
  replace_string (&self->fi_revised_at, _letters_column (rows, 0, "fi_revised_at"));
  replace_string (&self->sv_revised_at, _letters_column (rows, 0, "sv_revised_at"));
  approved = g_strcmp0 (self->status, "approved") == 0;

  /* Saving over an approved version starts the next one, which has no
   * row version yet. */
  self->row_version = approved ? 0 : (int) _letters_column_int64 (rows, 0, "row_version");
  show_revised (self->fi_pane, self->fi_revised_at);
  show_revised (self->sv_pane, self->sv_revised_at);

  if (replace_text)
    {
      /* An approved version's note is about that version; the next one
       * gets its own. */
      replace_string (&self->saved_note, approved || note == NULL ? "" : note);
      letters_text_pane_set_text (self->fi_pane, _letters_column (rows, 0, "body_fi"));
      letters_text_pane_set_text (self->sv_pane, _letters_column (rows, 0, "body_sv"));
      gtk_editable_set_text (GTK_EDITABLE (self->note_entry), self->saved_note);
    }
}

static void
on_version_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  LettersEditor *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->serial != self->load_serial)
    return;

  if (rows == NULL || kansio_rows_get_n_rows (rows) == 0)
    {
      const char *message = error != NULL ? error->message : _ ("The version was not found.");

      if (job->replace_text)
        show_failure (self, message);
      else
        show_toast (self, message);
      return;
    }

  apply_version (self, rows, job->replace_text);
  if (job->replace_text)
    show_editor (self, TRUE);
  else
    run_checks (self);
}

/* Reads a version; @replace_text: its texts replace the editor's, else
 * only its status, dates and row version are taken (after a save). */
static void
load_version (LettersEditor *self, gint64 version_id, gboolean replace_text)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, version_id);
  const char *params[] = { id };

  kansio_database_query_async (database (self), "SELECT * FROM api.template_version_get ($1)",
                               params, 1, self->cancellable, on_version_loaded_cb,
                               load_job_new (self, ++self->load_serial, replace_text));
}

static void
on_versions_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LoadJob) job = user_data;
  LettersEditor *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  LettersVersionItem *chosen = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      || job->serial != self->versions_serial)
    return;

  if (rows == NULL)
    {
      if (job->replace_text)
        show_failure (self, error->message);
      else
        show_error_toast (self, error);
      return;
    }

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    g_ptr_array_add (items, letters_version_item_new_from_row (rows, i));
  g_list_store_splice (self->versions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->versions)),
                       items->pdata, items->len);

  if (!job->replace_text)
    return;

  /* The version in the making, else the newest approved one. */
  for (guint i = 0; i < items->len && chosen == NULL; i++)
    if (g_strcmp0 (letters_version_item_get_status (g_ptr_array_index (items, i)), "approved") != 0)
      chosen = g_ptr_array_index (items, i);
  if (chosen == NULL && items->len > 0)
    chosen = g_ptr_array_index (items, 0);

  if (chosen == NULL)
    start_empty (self);
  else
    load_version (self, letters_version_item_get_version_id (chosen), TRUE);
}

/* Lists the versions for the history; @open_one: then opens the one to
 * work on. */
static void
load_versions (LettersEditor *self, gboolean open_one)
{
  g_autofree char *id = g_strdup_printf ("%d", letters_template_item_get_template_id (self->item));
  const char *params[] = { id };

  kansio_database_query_async (database (self), "SELECT * FROM api.template_versions ($1)", params,
                               1, self->cancellable, on_versions_loaded_cb,
                               load_job_new (self, ++self->versions_serial, open_one));
}

static void
open_item (LettersEditor *self)
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
  update_actions (self);
  load_versions (self, TRUE);
}

static void
on_saved_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (SaveJob) job = user_data;
  LettersEditor *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;
  g_autofree char *message = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  if (rows == NULL || kansio_rows_get_n_rows (rows) == 0)
    {
      self->submit_after_save = FALSE;
      if (g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT))
        {
          gtk_revealer_set_reveal_child (self->conflict_revealer, TRUE);
          show_toast (self, _ ("Not saved: someone else saved this template meanwhile"));
        }
      else if (error != NULL)
        show_error_toast (self, error);
      else
        show_toast (self, _ ("The template was not saved."));
      return;
    }

  self->version_id = _letters_column_int64 (rows, 0, "version_id");
  self->version = (int) _letters_column_int64 (rows, 0, "version");
  self->row_version = (int) _letters_column_int64 (rows, 0, "row_version");
  replace_string (&self->status, "draft");
  replace_string (&self->saved_note, job->note);
  letters_text_pane_mark_saved (self->fi_pane, job->body_fi);
  letters_text_pane_mark_saved (self->sv_pane, job->body_sv);
  update_actions (self);

  message = g_strdup_printf (_ ("Saved as draft version %d"), self->version);
  show_toast (self, message);

  /* Submitting changes the row version again: its own reload follows. */
  if (self->submit_after_save)
    {
      self->submit_after_save = FALSE;
      submit (self);
      return;
    }
  load_version (self, self->version_id, FALSE);
  load_versions (self, FALSE);
}

static void
save (LettersEditor *self)
{
  SaveJob *job = g_new0 (SaveJob, 1);
  g_autofree char *template_id
      = g_strdup_printf ("%d", letters_template_item_get_template_id (self->item));
  g_autofree char *row_version = g_strdup_printf ("%d", self->row_version);
  const char *params[5];

  job->self = g_object_ref (self);
  job->body_fi = letters_text_pane_dup_text (self->fi_pane);
  job->body_sv = letters_text_pane_dup_text (self->sv_pane);
  job->note = note_text (self);
  params[0] = template_id;
  params[1] = row_version;
  params[2] = job->body_fi;
  params[3] = job->body_sv;
  params[4] = *job->note != '\0' ? job->note : NULL;

  set_busy (self, TRUE);
  kansio_database_query_async (database (self),
                               "SELECT * FROM api.template_save_draft ($1, $2, $3, $4, $5)", params,
                               5, self->cancellable, on_saved_cb, job);
}

static void
on_submitted_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LettersEditor) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  if (rows == NULL)
    show_error_toast (self, error);
  else
    show_toast (self, _ ("Submitted for approval: a main user who did not write it approves it"));
  load_version (self, self->version_id, FALSE);
  load_versions (self, FALSE);
}

static void
submit (LettersEditor *self)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, self->version_id);
  const char *params[] = { id };

  set_busy (self, TRUE);
  kansio_database_query_async (database (self), "SELECT api.template_submit ($1)", params, 1,
                               self->cancellable, on_submitted_cb, g_object_ref (self));
}

static void
on_decided_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LettersEditor) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows = NULL;

  rows = kansio_database_query_finish (KANSIO_DATABASE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  if (rows == NULL)
    {
      /* The database's own reason is in English; the one refusal an
       * approver meets is the four-eyes rule. */
      if (self->approving
          && g_error_matches (error, KANSIO_DATABASE_ERROR,
                              KANSIO_DATABASE_ERROR_PERMISSION_DENIED))
        show_toast (self, _ ("Not approved: you wrote or edited this version, so another main user "
                             "must approve it"));
      else
        show_error_toast (self, error);
      return;
    }
  show_toast (self, self->approving ? _ ("Approved: documents are now made from this version")
                                    : _ ("Returned to draft with your note"));
  load_version (self, self->version_id, TRUE);
  load_versions (self, FALSE);
}

static void
decide (LettersEditor *self, gboolean approve, const char *note)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, self->version_id);
  g_autofree char *row_version = g_strdup_printf ("%d", self->row_version);
  /* The version as it was read here: one saved again since is not approved. */
  const char *params[] = { id, row_version, approve ? "true" : "false", note };

  self->approving = approve;
  set_busy (self, TRUE);
  kansio_database_query_async (database (self), "SELECT api.template_decide ($1, $2, $3, $4)",
                               params, 4, self->cancellable, on_decided_cb, g_object_ref (self));
}

static void
close_editor (LettersEditor *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_signal_emit (self, signals[CLOSED], 0);
}

static GtkWindow *
parent_window (LettersEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Signal callbacks */

static void
on_text_changed_cb (LettersEditor *self)
{
  if (self->item == NULL)
    return;
  schedule_check (self);
  update_actions (self);
}

static void
on_note_changed_cb (LettersEditor *self)
{
  update_actions (self);
}

static void
on_pane_focus_entered_cb (LettersEditor *self, LettersTextPane *pane)
{
  if (self->focused_pane == pane)
    return;
  self->focused_pane = pane;
  if (self->check_source == 0)
    update_preview (self);
}

static void
on_field_chosen_cb (LettersEditor *self, const char *name)
{
  letters_text_pane_insert_field (self->focused_pane, name);
}

static void
on_problem_activated_cb (LettersEditor *self, const char *language, guint line, guint column)
{
  letters_text_pane_go_to (pane_for (self, language), line, column);
}

static void
on_discard_response_cb (AdwMessageDialog *dialog, const char *response, LettersEditor *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    close_editor (self);
}

static void
on_decision_entry_changed_cb (GtkEditable *entry, AdwMessageDialog *dialog)
{
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "decide", *note != '\0');
}

static void
on_decision_response_cb (AdwMessageDialog *dialog, const char *response, LettersEditor *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "note-entry");
  gboolean approve = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "approve"));
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_strcmp0 (response, "decide") != 0 || !is_loaded (self))
    return;
  decide (self, approve, note);
}

static void
ask_decision (LettersEditor *self, gboolean approve)
{
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();

  if (approve)
    heading = g_strdup_printf (_ ("Approve Version %d?"), self->version);
  else
    heading = g_strdup_printf (_ ("Return Version %d?"), self->version);
  dialog = adw_message_dialog_new (
      parent_window (self), heading,
      approve ? _ ("Documents are made from the newest approved version as soon as it is "
                   "approved, and an approved version is never changed. Check both languages "
                   "and the preview first.")
              : _ ("The version goes back to draft. Say what needs correcting: the note is "
                   "shown to the writer."));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry),
                                  approve ? _ ("Note (optional)") : _ ("What needs correcting"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Note"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "decide",
                                    approve ? _ ("_Approve") : _ ("_Return"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "decide",
                                              approve ? ADW_RESPONSE_SUGGESTED
                                                      : ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "decide");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  if (!approve)
    {
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "decide", FALSE);
      g_signal_connect (entry, "changed", G_CALLBACK (on_decision_entry_changed_cb), dialog);
    }
  g_object_set_data (G_OBJECT (dialog), "note-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "approve", GINT_TO_POINTER (approve));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_decision_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Actions */

static void
letters_editor_back_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LettersEditor *self = LETTERS_EDITOR (widget);
  GtkWidget *dialog;

  if (!is_loaded (self) || !is_dirty (self))
    {
      close_editor (self);
      return;
    }

  dialog = adw_message_dialog_new (parent_window (self), _ ("Discard Changes?"),
                                   _ ("The texts or the note have changes that are not saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Keep Editing"),
                                    "discard", _ ("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
letters_editor_reload_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LettersEditor *self = LETTERS_EDITOR (widget);

  if (self->item != NULL)
    open_item (self);
}

static void
letters_editor_save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LettersEditor *self = LETTERS_EDITOR (widget);

  if (is_loaded (self) && !self->busy && self->may_edit)
    save (self);
}

static void
letters_editor_submit_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LettersEditor *self = LETTERS_EDITOR (widget);

  if (!is_loaded (self) || self->busy || !self->may_edit)
    return;

  /* What is submitted is what the database has: save first. */
  if (is_dirty (self) || self->version_id == 0)
    {
      self->submit_after_save = TRUE;
      save (self);
    }
  else
    submit (self);
}

static void
letters_editor_approve_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ask_decision (LETTERS_EDITOR (widget), TRUE);
}

static void
letters_editor_return_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ask_decision (LETTERS_EDITOR (widget), FALSE);
}

static void
letters_editor_insert_field_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  letters_field_picker_popup (LETTERS_EDITOR (widget)->field_picker);
}

static void
letters_editor_toggle_side_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LettersEditor *self = LETTERS_EDITOR (widget);

  gtk_toggle_button_set_active (self->side_button,
                                !gtk_toggle_button_get_active (self->side_button));
}

/* Overrides */

static void
letters_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LettersEditor *self = LETTERS_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_editor_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LettersEditor *self = LETTERS_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      letters_editor_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_editor_dispose (GObject *object)
{
  LettersEditor *self = LETTERS_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->check_source, g_source_remove);

  /* The bin's child is a template child: take it out of the bin before
   * the template lets go of it, or the bin would unparent it again. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LETTERS_TYPE_EDITOR);
  g_clear_object (&self->item);
  g_clear_object (&self->versions);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (letters_editor_parent_class)->dispose (object);
}

static void
letters_editor_finalize (GObject *object)
{
  LettersEditor *self = LETTERS_EDITOR (object);

  g_free (self->status);
  g_free (self->fi_revised_at);
  g_free (self->sv_revised_at);
  g_free (self->saved_note);
  g_free (self->first_problem[0]);
  g_free (self->first_problem[1]);

  G_OBJECT_CLASS (letters_editor_parent_class)->finalize (object);
}

static void
letters_editor_class_init (LettersEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = letters_editor_get_property;
  object_class->set_property = letters_editor_set_property;
  object_class->dispose = letters_editor_dispose;
  object_class->finalize = letters_editor_finalize;

  properties[PROP_CONTEXT]
      = g_param_spec_object ("context", NULL, NULL, KANSIO_TYPE_CONTEXT,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LettersEditor::closed:
   *
   * The user left the editor, having saved or discarded the changes.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (LETTERS_TYPE_FIELD_PICKER);
  g_type_ensure (LETTERS_TYPE_HISTORY);
  g_type_ensure (LETTERS_TYPE_PREVIEW);
  g_type_ensure (LETTERS_TYPE_PROBLEM_LIST);
  g_type_ensure (LETTERS_TYPE_TEXT_PANE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/letters/letters-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, state_stack);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, failed_page);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, field_picker);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, side_button);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, conflict_revealer);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, fi_pane);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, sv_pane);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, problem_list);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, side_stack);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, preview);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, history);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, note_entry);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, submit_button);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, return_button);
  gtk_widget_class_bind_template_child (widget_class, LettersEditor, approve_button);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_note_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pane_focus_entered_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_problem_activated_cb);

  gtk_widget_class_install_action (widget_class, "letters-editor.back", NULL,
                                   letters_editor_back_action);
  gtk_widget_class_install_action (widget_class, "letters-editor.reload", NULL,
                                   letters_editor_reload_action);
  gtk_widget_class_install_action (widget_class, "letters-editor.save", NULL,
                                   letters_editor_save_action);
  gtk_widget_class_install_action (widget_class, "letters-editor.submit", NULL,
                                   letters_editor_submit_action);
  gtk_widget_class_install_action (widget_class, "letters-editor.approve", NULL,
                                   letters_editor_approve_action);
  gtk_widget_class_install_action (widget_class, "letters-editor.return", NULL,
                                   letters_editor_return_action);
  gtk_widget_class_install_action (widget_class, "letters-editor.insert-field", NULL,
                                   letters_editor_insert_field_action);
  gtk_widget_class_install_action (widget_class, "letters-editor.toggle-side", NULL,
                                   letters_editor_toggle_side_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "letters-editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "letters-editor.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "letters-editor.insert-field", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "letters-editor.toggle-side",
                                       NULL);
}

static void
letters_editor_init (LettersEditor *self)
{
  GtkEventController *escape = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The source views take Escape for themselves: catch it on the way in.
   * Popovers and dialogs are surfaces of their own and keep theirs. */
  gtk_event_controller_set_propagation_phase (escape, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (escape),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                        gtk_named_action_new ("letters-editor.back")));
  gtk_widget_add_controller (GTK_WIDGET (self), escape);

  self->cancellable = g_cancellable_new ();
  self->versions = g_list_store_new (LETTERS_TYPE_VERSION_ITEM);
  self->focused_pane = self->fi_pane;
  self->saved_note = g_strdup ("");
  letters_history_set_versions (self->history, G_LIST_MODEL (self->versions));
  update_actions (self);
}

/* Public API */

/**
 * letters_editor_get_context:
 *
 * Returns: (transfer none) (nullable): the session the editor works in
 */
KansioContext *
letters_editor_get_context (LettersEditor *self)
{
  g_return_val_if_fail (LETTERS_IS_EDITOR (self), NULL);
  return self->context;
}

void
letters_editor_set_context (LettersEditor *self, KansioContext *context)
{
  KansioUser *user;

  g_return_if_fail (LETTERS_IS_EDITOR (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  user = context != NULL ? kansio_context_get_user (context) : NULL;
  self->may_edit = _letters_user_may_edit (user);
  self->is_main_user = user != NULL && kansio_user_has_role (user, "main_user");
  letters_text_pane_set_editable (self->fi_pane, self->may_edit);
  letters_text_pane_set_editable (self->sv_pane, self->may_edit);
  gtk_widget_set_visible (GTK_WIDGET (self->field_picker), self->may_edit);
  gtk_widget_set_visible (self->save_button, self->may_edit);
  gtk_widget_set_visible (self->submit_button, self->may_edit);
  gtk_widget_set_visible (self->return_button, self->is_main_user);
  gtk_widget_set_visible (self->approve_button, self->is_main_user);
  gtk_widget_set_visible (GTK_WIDGET (self->note_entry), self->may_edit);
  letters_field_picker_set_fields (
      self->field_picker,
      context != NULL ? kansio_document_composer_get_fields (kansio_context_get_documents (context))
                      : NULL);
  letters_preview_set_context (self->preview, context);
  letters_history_set_context (self->history, context);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * letters_editor_open:
 * @item: the template to edit
 *
 * Opens the template's version in the making, or else its newest
 * approved version, whatever was being edited before being dropped.
 */
void
letters_editor_open (LettersEditor *self, LettersTemplateItem *item)
{
  g_autofree char *subtitle = NULL;

  g_return_if_fail (LETTERS_IS_EDITOR (self));
  g_return_if_fail (LETTERS_IS_TEMPLATE_ITEM (item));
  g_return_if_fail (self->context != NULL);

  g_set_object (&self->item, item);
  gtk_label_set_label (self->title_label, letters_template_item_get_title (item));
  subtitle = g_strdup_printf ("%s · %s · %s", letters_template_item_get_name (item),
                              _letters_kind_label (letters_template_item_get_kind (item)),
                              _letters_area_label (letters_template_item_get_area (item)));
  gtk_label_set_label (self->subtitle_label, subtitle);
  open_item (self);
}

/**
 * letters_editor_get_item:
 *
 * Returns: (transfer none) (nullable): the template open
 */
LettersTemplateItem *
letters_editor_get_item (LettersEditor *self)
{
  g_return_val_if_fail (LETTERS_IS_EDITOR (self), NULL);
  return self->item;
}

/**
 * letters_editor_get_is_dirty:
 *
 * Returns: whether the texts or the note have unsaved changes
 */
gboolean
letters_editor_get_is_dirty (LettersEditor *self)
{
  g_return_val_if_fail (LETTERS_IS_EDITOR (self), FALSE);
  return is_loaded (self) && is_dirty (self);
}
