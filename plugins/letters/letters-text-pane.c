/* letters-text-pane.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "letters-text-pane"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-format.h"
#include "letters-text-pane.h"

/* One language's text of a template: a source view with line numbers,
 * the merge fields and sections marked, and a header saying which
 * language it is and whether it has fallen out of step with the other.
 *
 * The marks are text tags put on by a scan of the buffer after each
 * change: a template is a page or two, and a .lang file would have to be
 * found on disk, which a plugin cannot count on. */
struct _LettersTextPane
{
  AdwBin parent_instance;

  char *language;
  char *saved_text;  /* as the database has it */
  char *opened_text; /* as it was when the template was opened */
  GRegex *tag_regex;
  GtkTextTag *field_tag;
  GtkTextTag *section_tag;
  GtkSourceBuffer *buffer;

  /* Template widgets */
  GtkLabel *title_label;
  GtkLabel *badge_label;
  GtkLabel *revised_label;
  GtkSourceView *view;
};

G_DEFINE_FINAL_TYPE (LettersTextPane, letters_text_pane, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_LANGUAGE,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED,
  FOCUS_ENTERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A section, else, include or page break: anything but a plain field. */
static gboolean
is_section_tag (const char *inner)
{
  while (*inner == ' ')
    inner++;
  return *inner == '#' || *inner == '/' || *inner == '>' || g_str_has_prefix (inner, "else")
         || g_str_has_prefix (inner, "pagebreak");
}

static void
mark_fields (LettersTextPane *self)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  const char *scanned;
  glong offset = 0;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->field_tag, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->section_tag, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);

  /* Offsets are in characters, the regex's positions in bytes: count
   * characters only up to each match. */
  scanned = text;
  g_regex_match (self->tag_regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      int match_start, match_end;
      glong start_offset, end_offset;

      g_match_info_fetch_pos (match, 0, &match_start, &match_end);
      start_offset = offset + g_utf8_pointer_to_offset (scanned, text + match_start);
      end_offset = start_offset + g_utf8_pointer_to_offset (text + match_start, text + match_end);
      offset = end_offset;
      scanned = text + match_end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) start_offset);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) end_offset);
      gtk_text_buffer_apply_tag (
          buffer, is_section_tag (text + match_start + 2) ? self->section_tag : self->field_tag,
          &start, &end);
      g_match_info_next (match, NULL);
    }
}

static void
update_colours (LettersTextPane *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();

  /* The GNOME palette's blue and purple, lighter on a dark background. */
  g_object_set (self->field_tag, "foreground", dark ? "#99c1f1" : "#1a5fb4", "background",
                dark ? "rgba(53,132,228,0.18)" : "rgba(53,132,228,0.10)", NULL);
  g_object_set (self->section_tag, "foreground", dark ? "#dc8add" : "#813d9c", NULL);
  gtk_source_buffer_set_style_scheme (
      self->buffer,
      gtk_source_style_scheme_manager_get_scheme (schemes, dark ? "Adwaita-dark" : "Adwaita"));
}

static void
update_title (LettersTextPane *self)
{
  const char *title = _letters_language_label (self->language);

  gtk_label_set_label (self->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

static void
on_buffer_changed_cb (LettersTextPane *self)
{
  mark_fields (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_focus_enter_cb (LettersTextPane *self)
{
  g_signal_emit (self, signals[FOCUS_ENTERED], 0);
}

static void
on_dark_changed_cb (LettersTextPane *self)
{
  update_colours (self);
}

static void
letters_text_pane_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LettersTextPane *self = LETTERS_TEXT_PANE (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, letters_text_pane_get_editable (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_text_pane_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
                                GParamSpec *pspec)
{
  LettersTextPane *self = LETTERS_TEXT_PANE (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      letters_text_pane_set_language (self, g_value_get_string (value));
      break;

    case PROP_EDITABLE:
      letters_text_pane_set_editable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_text_pane_dispose (GObject *object)
{
  LettersTextPane *self = LETTERS_TEXT_PANE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LETTERS_TYPE_TEXT_PANE);
  g_clear_object (&self->buffer);

  G_OBJECT_CLASS (letters_text_pane_parent_class)->dispose (object);
}

static void
letters_text_pane_finalize (GObject *object)
{
  LettersTextPane *self = LETTERS_TEXT_PANE (object);

  g_free (self->language);
  g_free (self->saved_text);
  g_free (self->opened_text);
  g_clear_pointer (&self->tag_regex, g_regex_unref);

  G_OBJECT_CLASS (letters_text_pane_parent_class)->finalize (object);
}

static void
letters_text_pane_class_init (LettersTextPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = letters_text_pane_get_property;
  object_class->set_property = letters_text_pane_set_property;
  object_class->dispose = letters_text_pane_dispose;
  object_class->finalize = letters_text_pane_finalize;

  /**
   * LettersTextPane:language:
   *
   * "fi" or "sv": which of the template's texts this is.
   */
  properties[PROP_LANGUAGE]
      = g_param_spec_string ("language", NULL, NULL, "fi",
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE]
      = g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LettersTextPane::changed:
   *
   * The text changed, by the user or by set_text().
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
  /**
   * LettersTextPane::focus-entered:
   *
   * The text view took the keyboard focus: this is the language being
   * worked on.
   */
  signals[FOCUS_ENTERED] = g_signal_new ("focus-entered", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/letters/letters-text-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, LettersTextPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, LettersTextPane, badge_label);
  gtk_widget_class_bind_template_child (widget_class, LettersTextPane, revised_label);
  gtk_widget_class_bind_template_child (widget_class, LettersTextPane, view);
}

static void
letters_text_pane_init (LettersTextPane *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->language = g_strdup ("fi");
  self->saved_text = g_strdup ("");
  self->opened_text = g_strdup ("");
  self->tag_regex = g_regex_new ("\\{\\{[^}]*\\}\\}", G_REGEX_OPTIMIZE, 0, NULL);

  /* Markdown's headings, lists and emphasis are close to the letter
   * markup's; the field tags below take precedence over its colours. */
  self->buffer = gtk_source_buffer_new (NULL);
  gtk_source_buffer_set_language (self->buffer,
                                  gtk_source_language_manager_get_language (languages, "markdown"));
  gtk_source_buffer_set_highlight_matching_brackets (self->buffer, FALSE);
  self->field_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "field", NULL);
  self->section_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "section",
                                                  "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_view_set_buffer (GTK_TEXT_VIEW (self->view), GTK_TEXT_BUFFER (self->buffer));
  update_colours (self);
  update_title (self);

  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (on_buffer_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "enter", G_CALLBACK (on_focus_enter_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->view), focus);
}

/**
 * letters_text_pane_get_language:
 *
 * Returns: "fi" or "sv"
 */
const char *
letters_text_pane_get_language (LettersTextPane *self)
{
  g_return_val_if_fail (LETTERS_IS_TEXT_PANE (self), NULL);
  return self->language;
}

void
letters_text_pane_set_language (LettersTextPane *self, const char *language)
{
  g_return_if_fail (LETTERS_IS_TEXT_PANE (self));
  g_return_if_fail (g_strcmp0 (language, "fi") == 0 || g_strcmp0 (language, "sv") == 0);

  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * letters_text_pane_get_buffer:
 *
 * Returns: (transfer none): the text's buffer
 */
GtkSourceBuffer *
letters_text_pane_get_buffer (LettersTextPane *self)
{
  g_return_val_if_fail (LETTERS_IS_TEXT_PANE (self), NULL);
  return self->buffer;
}

gboolean
letters_text_pane_get_editable (LettersTextPane *self)
{
  g_return_val_if_fail (LETTERS_IS_TEXT_PANE (self), FALSE);
  return gtk_text_view_get_editable (GTK_TEXT_VIEW (self->view));
}

void
letters_text_pane_set_editable (LettersTextPane *self, gboolean editable)
{
  g_return_if_fail (LETTERS_IS_TEXT_PANE (self));

  editable = !!editable;
  if (letters_text_pane_get_editable (self) == editable)
    return;
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->view), editable);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->view), TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

/**
 * letters_text_pane_dup_text:
 *
 * Returns: (transfer full): the text as it is now
 */
char *
letters_text_pane_dup_text (LettersTextPane *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (LETTERS_IS_TEXT_PANE (self), NULL);

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->buffer), &start, &end, TRUE);
}

/**
 * letters_text_pane_set_text:
 * @text: (nullable): the text as loaded from the database
 *
 * Replaces the text, which cannot be undone, and takes it as both the
 * saved and the opened text.
 */
void
letters_text_pane_set_text (LettersTextPane *self, const char *text)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;

  g_return_if_fail (LETTERS_IS_TEXT_PANE (self));

  buffer = GTK_TEXT_BUFFER (self->buffer);
  g_free (self->saved_text);
  g_free (self->opened_text);
  self->saved_text = g_strdup (text != NULL ? text : "");
  self->opened_text = g_strdup (self->saved_text);

  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, self->saved_text, -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
}

/**
 * letters_text_pane_mark_saved:
 * @text: the text as it was sent to the database, which may be older
 *   than what is in the buffer now
 */
void
letters_text_pane_mark_saved (LettersTextPane *self, const char *text)
{
  g_return_if_fail (LETTERS_IS_TEXT_PANE (self));
  g_return_if_fail (text != NULL);

  g_free (self->saved_text);
  self->saved_text = g_strdup (text);
}

/**
 * letters_text_pane_get_is_dirty:
 *
 * Returns: whether the text differs from what was last saved
 */
gboolean
letters_text_pane_get_is_dirty (LettersTextPane *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (LETTERS_IS_TEXT_PANE (self), FALSE);

  text = letters_text_pane_dup_text (self);
  return g_strcmp0 (text, self->saved_text) != 0;
}

/**
 * letters_text_pane_get_edited_since_open:
 *
 * Returns: whether the text differs from what it was when opened
 */
gboolean
letters_text_pane_get_edited_since_open (LettersTextPane *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (LETTERS_IS_TEXT_PANE (self), FALSE);

  text = letters_text_pane_dup_text (self);
  return g_strcmp0 (text, self->opened_text) != 0;
}

/**
 * letters_text_pane_set_badge:
 * @badge: (nullable): a warning shown beside the language's name
 */
void
letters_text_pane_set_badge (LettersTextPane *self, const char *badge)
{
  g_return_if_fail (LETTERS_IS_TEXT_PANE (self));

  gtk_label_set_label (self->badge_label, badge != NULL ? badge : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->badge_label), badge);
  gtk_widget_set_visible (GTK_WIDGET (self->badge_label), badge != NULL);
}

/**
 * letters_text_pane_set_revised:
 * @revised: (nullable): when the text was last changed, as shown
 */
void
letters_text_pane_set_revised (LettersTextPane *self, const char *revised)
{
  g_autofree char *tooltip = NULL;

  g_return_if_fail (LETTERS_IS_TEXT_PANE (self));

  if (revised != NULL)
    tooltip = g_strdup_printf (_ ("Last revised %s"), revised);
  gtk_label_set_label (self->revised_label, revised != NULL ? revised : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->revised_label), tooltip);
}

/**
 * letters_text_pane_insert_field:
 * @name: a merge field's name
 *
 * Puts {{@name}} at the cursor, in place of the selection if there is
 * one, as one step to undo.
 */
void
letters_text_pane_insert_field (LettersTextPane *self, const char *name)
{
  GtkTextBuffer *buffer;
  g_autofree char *text = NULL;

  g_return_if_fail (LETTERS_IS_TEXT_PANE (self));
  g_return_if_fail (name != NULL);

  if (!letters_text_pane_get_editable (self))
    return;

  buffer = GTK_TEXT_BUFFER (self->buffer);
  text = g_strdup_printf ("{{%s}}", name);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_insert_at_cursor (buffer, text, -1);
  gtk_text_buffer_end_user_action (buffer);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self->view),
                                      gtk_text_buffer_get_insert (buffer));
}

/**
 * letters_text_pane_go_to:
 * @line: counting from 1
 * @column: in characters, counting from 1
 *
 * Moves the cursor there and the focus to the text.
 */
void
letters_text_pane_go_to (LettersTextPane *self, guint line, guint column)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_return_if_fail (LETTERS_IS_TEXT_PANE (self));

  buffer = GTK_TEXT_BUFFER (self->buffer);
  if (line > 0)
    {
      gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, (int) line - 1,
                                               column > 0 ? (int) column - 1 : 0);
      gtk_text_buffer_place_cursor (buffer, &iter);
      gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->view), &iter, 0.2, FALSE, 0, 0);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}
