/* letters-new-template-dialog.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "letters-new-template-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-new-template-dialog.h"

/* Starts a template: its name, kind, area and titles. The texts are
 * written in the editor. The dialog stays open when the database
 * refuses, saying why. */
struct _LettersNewTemplateDialog
{
  AdwWindow parent_instance;

  KansioLetterTemplates *service;
  GCancellable *cancellable;
  GRegex *name_regex;
  GPtrArray *area_ids; /* beside the area row's items; NULL for every area */
  gboolean busy;

  /* Template widgets */
  GtkWidget *create_button;
  AdwEntryRow *name_row;
  AdwComboRow *kind_row;
  AdwComboRow *area_row;
  AdwEntryRow *title_fi_row;
  AdwEntryRow *title_sv_row;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (LettersNewTemplateDialog, letters_new_template_dialog, ADW_TYPE_WINDOW)

enum
{
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* In the order of the kind row's items. */
static const char *const kinds[] = { "decision", "letter", "block", "report", "phrase" };

static char *
stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static gboolean
name_is_valid (LettersNewTemplateDialog *self)
{
  g_autofree char *name = stripped_text (self->name_row);

  return g_regex_match (self->name_regex, name, 0, NULL);
}

static void
update_create_action (LettersNewTemplateDialog *self)
{
  g_autofree char *name = stripped_text (self->name_row);
  g_autofree char *title_fi = stripped_text (self->title_fi_row);
  g_autofree char *title_sv = stripped_text (self->title_sv_row);
  gboolean name_ok = name_is_valid (self);

  if (*name != '\0' && !name_ok)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-template.create",
                                 !self->busy && name_ok && *title_fi != '\0' && *title_sv != '\0');
}

static void
show_error (LettersNewTemplateDialog *self, const char *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
on_entry_changed_cb (LettersNewTemplateDialog *self)
{
  show_error (self, NULL);
  update_create_action (self);
}

static void
on_created_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LettersNewTemplateDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  int template_id;

  template_id
      = kansio_letter_templates_create_finish (KANSIO_LETTER_TEMPLATES (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->busy = FALSE;
  update_create_action (self);
  if (template_id == 0)
    {
      if (g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_UNIQUE_VIOLATION))
        {
          g_autofree char *name = stripped_text (self->name_row);
          g_autofree char *message
              = g_strdup_printf (_ ("A template named “%s” exists already."), name);

          show_error (self, message);
          gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
        }
      else
        show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[CREATED], 0, template_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
letters_new_template_dialog_create_action (GtkWidget *widget,
                                           const char *action_name,
                                           GVariant *parameter)
{
  LettersNewTemplateDialog *self = LETTERS_NEW_TEMPLATE_DIALOG (widget);
  g_autofree char *name = stripped_text (self->name_row);
  g_autofree char *title_fi = stripped_text (self->title_fi_row);
  g_autofree char *title_sv = stripped_text (self->title_sv_row);
  guint kind = adw_combo_row_get_selected (self->kind_row);
  guint area = adw_combo_row_get_selected (self->area_row);
  const char *area_id
      = area < self->area_ids->len ? g_ptr_array_index (self->area_ids, area) : NULL;

  if (self->busy || !name_is_valid (self) || kind >= G_N_ELEMENTS (kinds))
    return;

  self->busy = TRUE;
  update_create_action (self);
  show_error (self, NULL);
  kansio_letter_templates_create_async (self->service, name, area_id, kinds[kind], title_fi,
                                        title_sv, self->cancellable, on_created_cb,
                                        g_object_ref (self));
}

static void
letters_new_template_dialog_dispose (GObject *object)
{
  LettersNewTemplateDialog *self = LETTERS_NEW_TEMPLATE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->service);

  gtk_widget_dispose_template (GTK_WIDGET (self), LETTERS_TYPE_NEW_TEMPLATE_DIALOG);

  G_OBJECT_CLASS (letters_new_template_dialog_parent_class)->dispose (object);
}

static void
letters_new_template_dialog_finalize (GObject *object)
{
  LettersNewTemplateDialog *self = LETTERS_NEW_TEMPLATE_DIALOG (object);

  g_clear_pointer (&self->name_regex, g_regex_unref);
  g_clear_pointer (&self->area_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (letters_new_template_dialog_parent_class)->finalize (object);
}

static void
letters_new_template_dialog_class_init (LettersNewTemplateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = letters_new_template_dialog_dispose;
  object_class->finalize = letters_new_template_dialog_finalize;

  /**
   * LettersNewTemplateDialog::created:
   * @template_id: the new template
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/letters/letters-new-template-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LettersNewTemplateDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, LettersNewTemplateDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, LettersNewTemplateDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, LettersNewTemplateDialog, area_row);
  gtk_widget_class_bind_template_child (widget_class, LettersNewTemplateDialog, title_fi_row);
  gtk_widget_class_bind_template_child (widget_class, LettersNewTemplateDialog, title_sv_row);
  gtk_widget_class_bind_template_child (widget_class, LettersNewTemplateDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);

  gtk_widget_class_install_action (widget_class, "new-template.create", NULL,
                                   letters_new_template_dialog_create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
letters_new_template_dialog_init (LettersNewTemplateDialog *self)
{
  g_autoptr (GtkStringList) areas = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->name_regex = g_regex_new ("^[a-z][a-z0-9-]*$", 0, 0, NULL);

  /* Every area, or one area with clients. */
  self->area_ids = g_ptr_array_new ();
  gtk_string_list_append (areas, _ ("All areas"));
  g_ptr_array_add (self->area_ids, NULL);
  for (KansioServiceArea area = KANSIO_SERVICE_AREA_INCOME_SUPPORT;
       area <= KANSIO_SERVICE_AREA_DISABILITY; area++)
    {
      gtk_string_list_append (areas, kansio_service_area_get_name (area));
      g_ptr_array_add (self->area_ids, (gpointer) kansio_service_area_get_id (area));
    }
  adw_combo_row_set_model (self->area_row, G_LIST_MODEL (areas));
  update_create_action (self);
}

/**
 * letters_new_template_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @context: the session the template is created in
 */
LettersNewTemplateDialog *
letters_new_template_dialog_new (GtkWindow *parent, KansioContext *context)
{
  LettersNewTemplateDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KANSIO_IS_CONTEXT (context), NULL);

  self = g_object_new (LETTERS_TYPE_NEW_TEMPLATE_DIALOG, "transient-for", parent, NULL);
  self->service = kansio_letter_templates_new (kansio_context_get_database (context));
  return self;
}
