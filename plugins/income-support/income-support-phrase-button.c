/* income-support-phrase-button.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-phrase-button"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-format.h"
#include "income-support-phrase-button.h"

/* The reason phrases of income support, as main users approved them in
 * the letters editor: a menu of their titles in the client's language.
 * Choosing one emits ::phrase-chosen with its text, which the decision
 * page inserts into the reasons to be edited there. The phrases are read
 * when the menu is first opened. */
struct _IncomeSupportPhraseButton
{
  AdwBin parent_instance;

  KansioContext *context;
  KansioLanguage language;
  GCancellable *cancellable;
  GListModel *phrases; /* of KansioIncomeSupportPhrase; NULL until read */
  gboolean loading;

  GtkMenuButton *menu_button;
  GtkPopover *popover;
  GtkListBox *phrase_list;
  GtkLabel *status_label;
};

G_DEFINE_FINAL_TYPE (IncomeSupportPhraseButton, income_support_phrase_button, ADW_TYPE_BIN)

enum
{
  PHRASE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static KansioIncomeSupportPhrase *
phrase_at (IncomeSupportPhraseButton *self, guint index)
{
  g_autoptr (KansioIncomeSupportPhrase) phrase = g_list_model_get_item (self->phrases, index);

  /* The list holds it. */
  return phrase;
}

static void
remove_phrase_rows (IncomeSupportPhraseButton *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->phrase_list));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (self->phrase_list, child);
      child = next;
    }
}

/* A row shows the title and the start of the text, in the language the
 * decision is written in. */
static void
show_phrases (IncomeSupportPhraseButton *self)
{
  remove_phrase_rows (self);
  if (self->phrases == NULL)
    return;
  if (g_list_model_get_n_items (self->phrases) == 0)
    gtk_label_set_label (self->status_label,
                         _ ("No reason phrases have been approved for income support."));
  for (guint i = 0; i < g_list_model_get_n_items (self->phrases); i++)
    {
      KansioIncomeSupportPhrase *phrase = phrase_at (self, i);
      const char *body = kansio_income_support_phrase_get_body (phrase, self->language);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     kansio_income_support_phrase_get_title (phrase, self->language)
                                         ?: "");
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), body ?: "");
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->phrase_list, row);
    }
}

static void
on_phrases_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportPhraseButton) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) phrases = kansio_income_support_phrase_list_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading = FALSE;
  if (phrases == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      gtk_label_set_label (self->status_label, text);
      return;
    }
  g_clear_object (&self->phrases);
  self->phrases = g_steal_pointer (&phrases);
  show_phrases (self);
}

static void
load_phrases (IncomeSupportPhraseButton *self)
{
  if (self->context == NULL || self->loading)
    return;
  self->loading = TRUE;
  gtk_label_set_label (self->status_label, _ ("Loading…"));
  kansio_income_support_phrase_list_async (kansio_context_get_database (self->context),
                                           self->cancellable, on_phrases_loaded_cb,
                                           g_object_ref (self));
}

/* Read again on every opening after a failure, so a lost connection
 * mends itself; approved phrases are read once. */
static void
on_popover_show_cb (IncomeSupportPhraseButton *self)
{
  if (self->phrases == NULL)
    load_phrases (self);
}

static void
on_row_activated_cb (IncomeSupportPhraseButton *self, GtkListBoxRow *row)
{
  income_support_phrase_button_choose (self, (guint) gtk_list_box_row_get_index (row));
}

static void
income_support_phrase_button_dispose (GObject *object)
{
  IncomeSupportPhraseButton *self = INCOME_SUPPORT_PHRASE_BUTTON (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_PHRASE_BUTTON);
  g_clear_object (&self->phrases);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (income_support_phrase_button_parent_class)->dispose (object);
}

static void
income_support_phrase_button_class_init (IncomeSupportPhraseButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_phrase_button_dispose;

  /**
   * IncomeSupportPhraseButton::phrase-chosen:
   * @text: the phrase in the chosen language
   *
   * The user chose a phrase to insert.
   */
  signals[PHRASE_CHOSEN]
      = g_signal_new ("phrase-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                      NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-phrase-button.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPhraseButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPhraseButton, popover);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPhraseButton, phrase_list);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPhraseButton, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
}

static void
income_support_phrase_button_init (IncomeSupportPhraseButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->language = KANSIO_LANGUAGE_FINNISH;
}

void
income_support_phrase_button_set_context (IncomeSupportPhraseButton *self, KansioContext *context)
{
  g_return_if_fail (INCOME_SUPPORT_IS_PHRASE_BUTTON (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loading = FALSE;
  g_clear_object (&self->phrases);
  remove_phrase_rows (self);
}

/**
 * income_support_phrase_button_set_language:
 *
 * The language of the decision: the phrases are offered in it.
 */
void
income_support_phrase_button_set_language (IncomeSupportPhraseButton *self, KansioLanguage language)
{
  g_return_if_fail (INCOME_SUPPORT_IS_PHRASE_BUTTON (self));

  if (self->language == language)
    return;
  self->language = language;
  show_phrases (self);
}

/**
 * income_support_phrase_button_choose:
 * @index: a phrase read
 *
 * As if the user chose the phrase from the menu.
 */
void
income_support_phrase_button_choose (IncomeSupportPhraseButton *self, guint index)
{
  const char *body;

  g_return_if_fail (INCOME_SUPPORT_IS_PHRASE_BUTTON (self));

  if (self->phrases == NULL || index >= g_list_model_get_n_items (self->phrases))
    return;
  body = kansio_income_support_phrase_get_body (phrase_at (self, index), self->language);
  gtk_popover_popdown (self->popover);
  if (body != NULL)
    g_signal_emit (self, signals[PHRASE_CHOSEN], 0, body);
}
