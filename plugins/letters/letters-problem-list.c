/* letters-problem-list.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "letters-problem-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-problem-list.h"

/* What is wrong with the texts being edited: errors the template engine
 * found, and warnings about the two languages. A handful of rows at most,
 * so a list box; activating one moves the cursor to the place. */
struct _LettersProblemList
{
  AdwBin parent_instance;

  GtkListBox *list_box;
  guint n_problems;
  guint n_errors;
};

G_DEFINE_FINAL_TYPE (LettersProblemList, letters_problem_list, ADW_TYPE_BIN)

enum
{
  PROBLEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_activated_cb (LettersProblemList *self, GtkListBoxRow *row)
{
  const char *language = g_object_get_data (G_OBJECT (row), "language");
  guint line = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "line"));
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));

  if (language != NULL)
    g_signal_emit (self, signals[PROBLEM_ACTIVATED], 0, language, line, column);
}

static void
letters_problem_list_class_init (LettersProblemListClass *klass)
{
  /**
   * LettersProblemList::problem-activated:
   * @language: "fi" or "sv"
   * @line: the line, from 1; 0 for the text as a whole
   * @column: the column, from 1
   */
  signals[PROBLEM_ACTIVATED]
      = g_signal_new ("problem-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                      NULL, NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_UINT, G_TYPE_UINT);
}

static void
letters_problem_list_init (LettersProblemList *self)
{
  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Problems in the template"), -1);
  g_signal_connect_object (self->list_box, "row-activated", G_CALLBACK (on_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->list_box));
}

GtkWidget *
letters_problem_list_new (void)
{
  return g_object_new (LETTERS_TYPE_PROBLEM_LIST, NULL);
}

void
letters_problem_list_clear (LettersProblemList *self)
{
  GtkWidget *child;

  g_return_if_fail (LETTERS_IS_PROBLEM_LIST (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  self->n_problems = 0;
  self->n_errors = 0;
}

/**
 * letters_problem_list_add:
 * @language: (nullable): "fi" or "sv", the text the problem is in
 * @line: from 1; 0 when the problem is with the text as a whole
 * @column: from 1
 * @text: what is wrong, for the user
 */
void
letters_problem_list_add (LettersProblemList *self,
                          LettersProblemKind kind,
                          const char *language,
                          guint line,
                          guint column,
                          const char *text)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *icon;
  GtkWidget *label;

  g_return_if_fail (LETTERS_IS_PROBLEM_LIST (self));
  g_return_if_fail (text != NULL);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  icon = gtk_image_new_from_icon_name (kind == LETTERS_PROBLEM_ERROR ? "dialog-error-symbolic"
                                                                     : "dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, kind == LETTERS_PROBLEM_ERROR ? "error" : "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), language != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_object_set_data_full (G_OBJECT (row), "language", g_strdup (language), g_free);
  g_object_set_data (G_OBJECT (row), "line", GUINT_TO_POINTER (line));
  g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (column));
  gtk_list_box_append (self->list_box, row);

  self->n_problems++;
  if (kind == LETTERS_PROBLEM_ERROR)
    self->n_errors++;
}

guint
letters_problem_list_get_n_problems (LettersProblemList *self)
{
  g_return_val_if_fail (LETTERS_IS_PROBLEM_LIST (self), 0);
  return self->n_problems;
}

guint
letters_problem_list_get_n_errors (LettersProblemList *self)
{
  g_return_val_if_fail (LETTERS_IS_PROBLEM_LIST (self), 0);
  return self->n_errors;
}
