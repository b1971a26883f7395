/* kansio-new-letter-dialog.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-new-letter-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-new-letter-dialog.h"

/* Asks which letter to make for a client: the template, the case and the
 * language. It offers templates of letters and decisions with an approved
 * version, and the client's open cases; its response is "make" or
 * "cancel", and "make" is offered only when there is something of both. */
struct _KansioNewLetterDialog
{
  AdwMessageDialog parent_instance;

  GListModel *templates; /* KansioLetterTemplate */
  GListModel *cases;     /* KansioClientCase */
  GArray *template_rows; /* positions in templates, in the order of template_row */
  GArray *case_rows;     /* positions in cases, in the order of case_row */

  AdwComboRow *template_row;
  AdwComboRow *case_row;
  AdwComboRow *language_row;
};

G_DEFINE_FINAL_TYPE (KansioNewLetterDialog, kansio_new_letter_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
fill_templates (KansioNewLetterDialog *self)
{
  g_autoptr (GtkStringList) titles = gtk_string_list_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (self->templates); i++)
    {
      g_autoptr (KansioLetterTemplate) template = g_list_model_get_item (self->templates, i);
      const char *kind = kansio_letter_template_get_kind (template);

      if ((g_str_equal (kind, "letter") || g_str_equal (kind, "decision"))
          && kansio_letter_template_get_approved_version (template) > 0)
        {
          gtk_string_list_append (titles, kansio_letter_template_get_title (template));
          g_array_append_val (self->template_rows, i);
        }
    }
  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (titles));
}

static void
fill_cases (KansioNewLetterDialog *self)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; self->cases != NULL && i < g_list_model_get_n_items (self->cases); i++)
    {
      g_autoptr (KansioClientCase) client_case = g_list_model_get_item (self->cases, i);
      KansioServiceArea area;
      g_autofree char *label = NULL;

      if (kansio_client_case_get_closed_on (client_case) != NULL
          || !kansio_service_area_from_id (kansio_client_case_get_area (client_case), &area))
        continue;
      label = g_strdup_printf ("%s, %s", kansio_service_area_get_name (area),
                               kansio_client_case_get_unit_name (client_case));
      gtk_string_list_append (labels, label);
      g_array_append_val (self->case_rows, i);
    }
  adw_combo_row_set_model (self->case_row, G_LIST_MODEL (labels));
}

/* The first choice, the client's own language, is the default. */
static void
fill_languages (KansioNewLetterDialog *self, const char *client_language)
{
  g_autoptr (GtkStringList) languages = gtk_string_list_new (NULL);
  g_autofree char *own_language
      = g_strdup_printf (_ ("The client’s language (%s)"),
                         g_strcmp0 (client_language, "sv") == 0 ? _ ("Swedish") : _ ("Finnish"));

  gtk_string_list_append (languages, own_language);
  gtk_string_list_append (languages, _ ("Finnish"));
  gtk_string_list_append (languages, _ ("Swedish"));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (languages));
}

/* The item of @model chosen in @row, whose position N is item
 * @rows[N] of @model. */
static gpointer
dup_chosen (GListModel *model, GArray *rows, AdwComboRow *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (model == NULL || selected >= rows->len)
    return NULL;
  return g_list_model_get_item (model, g_array_index (rows, guint, selected));
}

static void
kansio_new_letter_dialog_dispose (GObject *object)
{
  KansioNewLetterDialog *self = (KansioNewLetterDialog *) object;

  g_clear_object (&self->templates);
  g_clear_object (&self->cases);

  gtk_widget_dispose_template (GTK_WIDGET (self), KANSIO_TYPE_NEW_LETTER_DIALOG);

  G_OBJECT_CLASS (kansio_new_letter_dialog_parent_class)->dispose (object);
}

static void
kansio_new_letter_dialog_finalize (GObject *object)
{
  KansioNewLetterDialog *self = (KansioNewLetterDialog *) object;

  g_array_unref (self->template_rows);
  g_array_unref (self->case_rows);

  G_OBJECT_CLASS (kansio_new_letter_dialog_parent_class)->finalize (object);
}

static void
kansio_new_letter_dialog_class_init (KansioNewLetterDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kansio_new_letter_dialog_dispose;
  object_class->finalize = kansio_new_letter_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/kansio-new-letter-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KansioNewLetterDialog, template_row);
  gtk_widget_class_bind_template_child (widget_class, KansioNewLetterDialog, case_row);
  gtk_widget_class_bind_template_child (widget_class, KansioNewLetterDialog, language_row);
}

static void
kansio_new_letter_dialog_init (KansioNewLetterDialog *self)
{
  self->template_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  self->case_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kansio_new_letter_dialog_new:
 * @templates: the templates the user may make letters from
 *   (KansioLetterTemplate)
 * @cases: (nullable): the client's cases the user may see (KansioClientCase)
 * @client_language: "fi" or "sv"
 *
 * Returns: (transfer full): the dialog, not yet shown
 */
KansioNewLetterDialog *
kansio_new_letter_dialog_new (GtkWindow *parent,
                              GListModel *templates,
                              GListModel *cases,
                              const char *client_language)
{
  KansioNewLetterDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (templates), NULL);
  g_return_val_if_fail (cases == NULL || G_IS_LIST_MODEL (cases), NULL);

  self = g_object_new (KANSIO_TYPE_NEW_LETTER_DIALOG, "transient-for", parent, NULL);
  self->templates = g_object_ref (templates);
  self->cases = cases != NULL ? g_object_ref (cases) : NULL;
  fill_templates (self);
  fill_cases (self);
  fill_languages (self, client_language);

  adw_message_dialog_set_response_enabled (
      ADW_MESSAGE_DIALOG (self), "make", self->template_rows->len > 0 && self->case_rows->len > 0);
  if (self->case_rows->len == 0)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                 _ ("Letters are made in an open case, and this client has none "
                                    "that you may see."));
  return self;
}

/**
 * kansio_new_letter_dialog_dup_template:
 *
 * Returns: (transfer full) (nullable): the template chosen
 */
KansioLetterTemplate *
kansio_new_letter_dialog_dup_template (KansioNewLetterDialog *self)
{
  g_return_val_if_fail (KANSIO_IS_NEW_LETTER_DIALOG (self), NULL);
  return dup_chosen (self->templates, self->template_rows, self->template_row);
}

/**
 * kansio_new_letter_dialog_dup_case:
 *
 * Returns: (transfer full) (nullable): the open case chosen
 */
KansioClientCase *
kansio_new_letter_dialog_dup_case (KansioNewLetterDialog *self)
{
  g_return_val_if_fail (KANSIO_IS_NEW_LETTER_DIALOG (self), NULL);
  return dup_chosen (self->cases, self->case_rows, self->case_row);
}

/**
 * kansio_new_letter_dialog_get_language:
 *
 * Returns: (nullable): "fi" or "sv", or %NULL for the client's own language
 */
const char *
kansio_new_letter_dialog_get_language (KansioNewLetterDialog *self)
{
  const char *languages[] = { NULL, "fi", "sv" };

  g_return_val_if_fail (KANSIO_IS_NEW_LETTER_DIALOG (self), NULL);
  return languages[MIN (adw_combo_row_get_selected (self->language_row), 2)];
}
