/* letters-editor-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "letters-editor.h"
#include "letters-field-picker.h"
#include "letters-format.h"
#include "letters-history.h"
#include "letters-preview.h"
#include "letters-problem-list.h"
#include "letters-text-pane.h"

G_BEGIN_DECLS

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
  KansioLetterTemplates *service;
  GCancellable *cancellable;
  KansioLetterTemplate *item;
  GListStore *versions;
  gboolean may_edit;
  gboolean is_main_user;

  /* The version shown, as last read or saved; NULL: nothing saved yet */
  KansioLetterTemplateVersion *shown;
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

/* letters-editor.c */
void _letters_editor_show_toast (LettersEditor *self, const char *text);
void _letters_editor_show_error_toast (LettersEditor *self, const GError *error);
char *_letters_editor_note_text (LettersEditor *self);
gboolean _letters_editor_is_loaded (LettersEditor *self);
void _letters_editor_update_actions (LettersEditor *self);
void _letters_editor_set_busy (LettersEditor *self, gboolean busy);
void _letters_editor_run_checks (LettersEditor *self);
void _letters_editor_show_revised (LettersEditor *self);
void _letters_editor_show_failure (LettersEditor *self, const char *message);
void _letters_editor_show_editor (LettersEditor *self, gboolean focus);
GtkWindow *_letters_editor_parent_window (LettersEditor *self);

/* letters-editor-versions.c */
void _letters_editor_open_item (LettersEditor *self);
void _letters_editor_save (LettersEditor *self);
void _letters_editor_submit (LettersEditor *self);
void _letters_editor_ask_decision (LettersEditor *self, gboolean approve);

G_END_DECLS
