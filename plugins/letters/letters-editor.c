/* letters-editor.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "letters-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-checks.h"
#include "letters-editor-private.h"

/* After the last keystroke, before the texts are checked. */
#define CHECK_DELAY_MS 300

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

void
_letters_editor_show_toast (LettersEditor *self, const char *text)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A refusal says the database's reason too: "you wrote this version". */
void
_letters_editor_show_error_toast (LettersEditor *self, const GError *error)
{
  g_autofree char *text = kansio_database_error_dup_text (error);

  _letters_editor_show_toast (self, text);
}

char *
_letters_editor_note_text (LettersEditor *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
}

static const char *
shown_status (LettersEditor *self)
{
  return self->shown != NULL ? kansio_letter_template_version_get_status (self->shown) : NULL;
}

static gboolean
is_dirty (LettersEditor *self)
{
  g_autofree char *note = _letters_editor_note_text (self);

  if (self->item == NULL)
    return FALSE;
  return letters_text_pane_get_is_dirty (self->fi_pane)
         || letters_text_pane_get_is_dirty (self->sv_pane)
         || g_strcmp0 (note, self->saved_note != NULL ? self->saved_note : "") != 0;
}

gboolean
_letters_editor_is_loaded (LettersEditor *self)
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

  if (self->shown == NULL)
    status = g_strdup (_ ("Nothing saved yet"));
  else
    status = g_strdup_printf (_ ("Version %d · %s"),
                              kansio_letter_template_version_get_version (self->shown),
                              kansio_letter_status_get_label (shown_status (self)));
  if (dirty)
    {
      g_autofree char *plain = g_steal_pointer (&status);

      status = g_strdup_printf (_ ("%s · unsaved changes"), plain);
    }
  gtk_label_set_label (self->status_label, status);
}

void
_letters_editor_update_actions (LettersEditor *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean loaded = _letters_editor_is_loaded (self);
  gboolean dirty = loaded && is_dirty (self);
  gboolean errors = letters_problem_list_get_n_errors (self->problem_list) > 0;
  gboolean idle = loaded && !self->busy;
  gboolean submitted = g_strcmp0 (shown_status (self), "submitted") == 0;

  gtk_widget_action_set_enabled (widget, "letters-editor.save", idle && self->may_edit && dirty);
  gtk_widget_action_set_enabled (widget, "letters-editor.submit",
                                 idle && self->may_edit && !errors
                                     && (dirty || g_strcmp0 (shown_status (self), "draft") == 0));
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

void
_letters_editor_set_busy (LettersEditor *self, gboolean busy)
{
  self->busy = busy;
  _letters_editor_update_actions (self);
}

static void
update_preview (LettersEditor *self)
{
  const char *language = letters_text_pane_get_language (self->focused_pane);
  gboolean swedish = g_strcmp0 (language, "sv") == 0;
  g_autofree char *text = letters_text_pane_dup_text (self->focused_pane);
  const char *title
      = self->item != NULL ? kansio_letter_template_get_title_for (self->item, language) : NULL;

  if (self->context == NULL || self->item == NULL)
    return;
  letters_preview_update (self->preview, text, title, language,
                          self->first_problem[swedish ? 1 : 0]);
}

void
_letters_editor_run_checks (LettersEditor *self)
{
  KansioDocumentComposer *composer;

  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->context == NULL || self->item == NULL)
    return;

  composer = kansio_context_get_documents (self->context);
  _letters_check_texts (self->problem_list, kansio_document_composer_get_fields (composer),
                        self->fi_pane, self->sv_pane, self->shown, self->first_problem);
  gtk_revealer_set_reveal_child (self->problems_revealer,
                                 letters_problem_list_get_n_problems (self->problem_list) > 0);
  update_preview (self);
  _letters_editor_update_actions (self);
}

static gboolean
check_timeout_cb (gpointer user_data)
{
  LettersEditor *self = user_data;

  self->check_source = 0;
  _letters_editor_run_checks (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_check (LettersEditor *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (CHECK_DELAY_MS, check_timeout_cb, self);
}

void
_letters_editor_show_revised (LettersEditor *self)
{
  for (guint i = 0; i < 2; i++)
    {
      const char *language = i == 0 ? "fi" : "sv";
      GDateTime *revised_at
          = self->shown != NULL
                ? kansio_letter_template_version_get_revised_at (self->shown, language)
                : NULL;
      g_autofree char *date = kansio_letter_format_time (revised_at);

      letters_text_pane_set_revised (pane_for (self, language), *date != '\0' ? date : NULL);
    }
}

void
_letters_editor_show_failure (LettersEditor *self, const char *message)
{
  adw_status_page_set_description (self->failed_page, message);
  gtk_stack_set_visible_child_name (self->state_stack, "failed");
  _letters_editor_update_actions (self);
}

void
_letters_editor_show_editor (LettersEditor *self, gboolean focus)
{
  gtk_stack_set_visible_child_name (self->state_stack, "editor");
  gtk_revealer_set_reveal_child (self->conflict_revealer, FALSE);
  _letters_editor_run_checks (self);

  /* The stack gives the focus back to whichever text had it last; a
   * template opens in Finnish. */
  if (focus)
    letters_text_pane_go_to (self->fi_pane, 0, 0);
}

static void
close_editor (LettersEditor *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_signal_emit (self, signals[CLOSED], 0);
}

GtkWindow *
_letters_editor_parent_window (LettersEditor *self)
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
  _letters_editor_update_actions (self);
}

static void
on_note_changed_cb (LettersEditor *self)
{
  _letters_editor_update_actions (self);
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

/* Actions */

static void
letters_editor_back_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LettersEditor *self = LETTERS_EDITOR (widget);
  GtkWidget *dialog;

  if (!_letters_editor_is_loaded (self) || !is_dirty (self))
    {
      close_editor (self);
      return;
    }

  dialog = adw_message_dialog_new (_letters_editor_parent_window (self), _ ("Discard Changes?"),
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
    _letters_editor_open_item (self);
}

static void
letters_editor_save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LettersEditor *self = LETTERS_EDITOR (widget);

  if (_letters_editor_is_loaded (self) && !self->busy && self->may_edit)
    _letters_editor_save (self);
}

static void
letters_editor_submit_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LettersEditor *self = LETTERS_EDITOR (widget);

  if (!_letters_editor_is_loaded (self) || self->busy || !self->may_edit)
    return;

  /* What is submitted is what the database has: save first. */
  if (is_dirty (self) || self->shown == NULL)
    {
      self->submit_after_save = TRUE;
      _letters_editor_save (self);
    }
  else
    _letters_editor_submit (self);
}

static void
letters_editor_approve_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  _letters_editor_ask_decision (LETTERS_EDITOR (widget), TRUE);
}

static void
letters_editor_return_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  _letters_editor_ask_decision (LETTERS_EDITOR (widget), FALSE);
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
  g_clear_object (&self->shown);
  g_clear_object (&self->service);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (letters_editor_parent_class)->dispose (object);
}

static void
letters_editor_finalize (GObject *object)
{
  LettersEditor *self = LETTERS_EDITOR (object);

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
  self->versions = g_list_store_new (KANSIO_TYPE_LETTER_TEMPLATE_VERSION);
  self->focused_pane = self->fi_pane;
  self->saved_note = g_strdup ("");
  letters_history_set_versions (self->history, G_LIST_MODEL (self->versions));
  _letters_editor_update_actions (self);
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

  g_clear_object (&self->service);
  if (context != NULL)
    self->service = kansio_letter_templates_new (kansio_context_get_database (context));

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
  _letters_editor_update_actions (self);
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
letters_editor_open (LettersEditor *self, KansioLetterTemplate *item)
{
  g_autofree char *subtitle = NULL;

  g_return_if_fail (LETTERS_IS_EDITOR (self));
  g_return_if_fail (KANSIO_IS_LETTER_TEMPLATE (item));
  g_return_if_fail (self->context != NULL);

  g_set_object (&self->item, item);
  gtk_label_set_label (self->title_label, kansio_letter_template_get_title (item));
  subtitle
      = g_strdup_printf ("%s · %s · %s", kansio_letter_template_get_name (item),
                         kansio_letter_kind_get_label (kansio_letter_template_get_kind (item)),
                         kansio_letter_area_get_label (kansio_letter_template_get_area (item)));
  gtk_label_set_label (self->subtitle_label, subtitle);
  _letters_editor_open_item (self);
}

/**
 * letters_editor_get_item:
 *
 * Returns: (transfer none) (nullable): the template open
 */
KansioLetterTemplate *
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
  return _letters_editor_is_loaded (self) && is_dirty (self);
}
