/* letters-history.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "letters-history"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-diff.h"
#include "letters-history.h"

/* A template's versions, newest first; the one selected is shown as a
 * line diff against the one before it, in one language at a time. The
 * texts are fetched when a version is first compared and kept until the
 * list changes (a draft's text changes when it is saved). */
struct _LettersHistory
{
  AdwBin parent_instance;

  KansioContext *context;
  KansioLetterTemplates *service;
  GListModel *versions;
  GtkSingleSelection *selection;
  GHashTable *bodies; /* version id → KansioLetterTemplateVersion, read with its texts */
  GCancellable *cancellable;
  GtkTextTag *added_tag;
  GtkTextTag *removed_tag;
  GtkTextTag *line_tag;

  /* Template widgets */
  GtkStack *stack;
  GtkColumnView *column_view;
  GtkLabel *diff_title;
  GtkToggleButton *fi_button;
  GtkToggleButton *sv_button;
  GtkStack *diff_stack;
  GtkTextView *diff_view;
  AdwStatusPage *diff_message;
};

G_DEFINE_FINAL_TYPE (LettersHistory, letters_history, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_diff (LettersHistory *self);

static KansioLetterTemplateVersion *
version_at (LettersHistory *self, guint position)
{
  if (self->selection == NULL || position == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->selection), position);
}

static void
write_diff (LettersHistory *self, const char *old_text, const char *new_text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->diff_view);
  g_autoptr (GPtrArray) lines = letters_diff_lines (old_text, new_text);
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (
      GTK_WIDGET (self->diff_view), letters_diff_op_prefix (LETTERS_DIFF_ADDED));
  int prefix_width = 0;
  GtkTextIter start, end;

  /* A wrapped line continues under its text, not under its "+ ". */
  pango_layout_get_pixel_size (layout, &prefix_width, NULL);
  g_object_set (self->line_tag, "left-margin",
                gtk_text_view_get_left_margin (self->diff_view) + prefix_width, "indent",
                -prefix_width, NULL);

  gtk_text_buffer_set_text (buffer, "", 0);
  gtk_text_buffer_get_end_iter (buffer, &end);
  for (guint i = 0; i < lines->len; i++)
    {
      LettersDiffLine *line = g_ptr_array_index (lines, i);
      g_autofree char *text
          = g_strconcat (letters_diff_op_prefix (line->op), line->text, "\n", NULL);

      switch (line->op)
        {
        case LETTERS_DIFF_ADDED:
          gtk_text_buffer_insert_with_tags (buffer, &end, text, -1, self->added_tag, NULL);
          break;
        case LETTERS_DIFF_REMOVED:
          gtk_text_buffer_insert_with_tags (buffer, &end, text, -1, self->removed_tag, NULL);
          break;
        case LETTERS_DIFF_SAME:
        default:
          gtk_text_buffer_insert (buffer, &end, text, -1);
          break;
        }
    }
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_apply_tag (buffer, self->line_tag, &start, &end);
}

static void
show_message (LettersHistory *self, const char *title, const char *text)
{
  adw_status_page_set_title (self->diff_message, title);
  adw_status_page_set_description (self->diff_message, text);
  gtk_stack_set_visible_child_name (self->diff_stack, "message");
}

static void
on_body_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LettersHistory) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioLetterTemplateVersion) version = NULL;
  gint64 *version_id;

  version = kansio_letter_templates_get_version_finish (KANSIO_LETTER_TEMPLATES (object), result,
                                                        &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (version == NULL)
    {
      show_message (self, _ ("The Version Could Not Be Read"), error->message);
      return;
    }

  version_id = g_new (gint64, 1);
  *version_id = kansio_letter_template_version_get_version_id (version);
  g_hash_table_replace (self->bodies, version_id, g_steal_pointer (&version));
  show_diff (self);
}

/* Fetches the text of @version unless it is at hand. Returns whether
 * it is. */
static gboolean
ensure_body (LettersHistory *self, KansioLetterTemplateVersion *version)
{
  gint64 version_id;

  if (version == NULL)
    return TRUE;
  version_id = kansio_letter_template_version_get_version_id (version);
  if (g_hash_table_contains (self->bodies, &version_id))
    return TRUE;

  gtk_stack_set_visible_child_name (self->diff_stack, "loading");
  kansio_letter_templates_get_version_async (self->service, version_id, self->cancellable,
                                             on_body_loaded_cb, g_object_ref (self));
  return FALSE;
}

static const char *
body_of (LettersHistory *self, KansioLetterTemplateVersion *version, gboolean swedish)
{
  KansioLetterTemplateVersion *read;
  const char *body;
  gint64 version_id;

  if (version == NULL)
    return "";
  version_id = kansio_letter_template_version_get_version_id (version);
  read = g_hash_table_lookup (self->bodies, &version_id);
  body
      = read != NULL ? kansio_letter_template_version_get_body (read, swedish ? "sv" : "fi") : NULL;
  return body != NULL ? body : "";
}

static void
show_diff (LettersHistory *self)
{
  guint position;
  g_autoptr (KansioLetterTemplateVersion) selected = NULL;
  g_autoptr (KansioLetterTemplateVersion) previous = NULL;
  g_autofree char *title = NULL;
  gboolean swedish = gtk_toggle_button_get_active (self->sv_button);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  position = self->selection != NULL ? gtk_single_selection_get_selected (self->selection)
                                     : GTK_INVALID_LIST_POSITION;
  selected = version_at (self, position);
  if (selected == NULL)
    {
      gtk_label_set_label (self->diff_title, "");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->diff_view), "", 0);
      gtk_stack_set_visible_child_name (self->diff_stack, "diff");
      return;
    }
  previous = version_at (self, position + 1 < g_list_model_get_n_items (self->versions)
                                   ? position + 1
                                   : GTK_INVALID_LIST_POSITION);

  if (previous != NULL)
    title = g_strdup_printf (_ ("Version %d compared with version %d"),
                             kansio_letter_template_version_get_version (selected),
                             kansio_letter_template_version_get_version (previous));
  else
    title = g_strdup_printf (_ ("Version %d, the first"),
                             kansio_letter_template_version_get_version (selected));
  gtk_label_set_label (self->diff_title, title);

  if (self->context == NULL || !ensure_body (self, selected) || !ensure_body (self, previous))
    return;

  write_diff (self, body_of (self, previous, swedish), body_of (self, selected, swedish));
  gtk_stack_set_visible_child_name (self->diff_stack, "diff");
}

static void
on_selection_changed_cb (LettersHistory *self)
{
  show_diff (self);
}

static void
on_versions_changed_cb (LettersHistory *self)
{
  /* A draft's text may have been saved meanwhile. */
  g_hash_table_remove_all (self->bodies);
  gtk_stack_set_visible_child_name (
      self->stack, g_list_model_get_n_items (self->versions) > 0 ? "versions" : "empty");
  show_diff (self);
}

static void
on_language_toggled_cb (LettersHistory *self)
{
  show_diff (self);
}

static void
update_tag_colours (LettersHistory *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  g_object_set (self->added_tag, "paragraph-background",
                dark ? "rgba(38,162,105,0.35)" : "rgba(46,194,126,0.25)", NULL);
  g_object_set (self->removed_tag, "paragraph-background",
                dark ? "rgba(192,28,40,0.40)" : "rgba(224,27,36,0.18)", NULL);
}

static void
letters_history_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LettersHistory *self = LETTERS_HISTORY (object);

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
letters_history_set_property (GObject *object,
                              guint prop_id,
                              const GValue *value,
                              GParamSpec *pspec)
{
  LettersHistory *self = LETTERS_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      letters_history_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_history_dispose (GObject *object)
{
  LettersHistory *self = LETTERS_HISTORY (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  /* The bin's child is a template child: take it out of the bin before
   * the template lets go of it, or the bin would unparent it again. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LETTERS_TYPE_HISTORY);
  g_clear_object (&self->selection);
  g_clear_object (&self->versions);
  g_clear_object (&self->service);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (letters_history_parent_class)->dispose (object);
}

static void
letters_history_finalize (GObject *object)
{
  LettersHistory *self = LETTERS_HISTORY (object);

  g_clear_pointer (&self->bodies, g_hash_table_unref);

  G_OBJECT_CLASS (letters_history_parent_class)->finalize (object);
}

static void
letters_history_class_init (LettersHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = letters_history_get_property;
  object_class->set_property = letters_history_set_property;
  object_class->dispose = letters_history_dispose;
  object_class->finalize = letters_history_finalize;

  properties[PROP_CONTEXT]
      = g_param_spec_object ("context", NULL, NULL, KANSIO_TYPE_CONTEXT,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KANSIO_TYPE_LETTER_TEMPLATE_VERSION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/letters/letters-history.ui");
  gtk_widget_class_bind_template_child (widget_class, LettersHistory, stack);
  gtk_widget_class_bind_template_child (widget_class, LettersHistory, column_view);
  gtk_widget_class_bind_template_child (widget_class, LettersHistory, diff_title);
  gtk_widget_class_bind_template_child (widget_class, LettersHistory, fi_button);
  gtk_widget_class_bind_template_child (widget_class, LettersHistory, sv_button);
  gtk_widget_class_bind_template_child (widget_class, LettersHistory, diff_stack);
  gtk_widget_class_bind_template_child (widget_class, LettersHistory, diff_view);
  gtk_widget_class_bind_template_child (widget_class, LettersHistory, diff_message);
  gtk_widget_class_bind_template_callback (widget_class, on_language_toggled_cb);
}

static void
letters_history_init (LettersHistory *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bodies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  buffer = gtk_text_view_get_buffer (self->diff_view);
  self->added_tag = gtk_text_buffer_create_tag (buffer, "added", NULL);
  self->removed_tag = gtk_text_buffer_create_tag (buffer, "removed", NULL);
  self->line_tag = gtk_text_buffer_create_tag (buffer, "line", NULL);
  update_tag_colours (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_tag_colours), self, G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/**
 * letters_history_get_context:
 *
 * Returns: (transfer none) (nullable): the session the texts are read in
 */
KansioContext *
letters_history_get_context (LettersHistory *self)
{
  g_return_val_if_fail (LETTERS_IS_HISTORY (self), NULL);
  return self->context;
}

void
letters_history_set_context (LettersHistory *self, KansioContext *context)
{
  g_return_if_fail (LETTERS_IS_HISTORY (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;
  g_clear_object (&self->service);
  if (context != NULL)
    self->service = kansio_letter_templates_new (kansio_context_get_database (context));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * letters_history_set_versions:
 * @versions: (nullable): a model of #KansioLetterTemplateVersion, newest first,
 *   which the history follows as it changes
 */
void
letters_history_set_versions (LettersHistory *self, GListModel *versions)
{
  g_return_if_fail (LETTERS_IS_HISTORY (self));
  g_return_if_fail (versions == NULL || G_IS_LIST_MODEL (versions));

  if (versions == self->versions)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_set_object (&self->versions, versions);

  if (versions != NULL)
    {
      self->selection = gtk_single_selection_new (g_object_ref (versions));
      g_signal_connect_object (self->selection, "notify::selected",
                               G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->selection, "items-changed",
                               G_CALLBACK (on_versions_changed_cb), self, G_CONNECT_SWAPPED);
    }
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  if (versions != NULL)
    on_versions_changed_cb (self);
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
}
