/* letters-workspace.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "letters-workspace"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-editor.h"
#include "letters-format.h"
#include "letters-new-template-dialog.h"
#include "letters-workspace.h"

/* The plugin's page: the templates, by area and kind, with their approved
 * version and the version in the making; Enter or a double click opens
 * one in the editor, and the editor's back button returns here. */
struct _LettersWorkspace
{
  AdwBin parent_instance;

  KansioContext *context;
  KansioLetterTemplates *service;
  GCancellable *cancellable;
  GListStore *templates;
  int open_after_load; /* a template just created, to open once listed */

  /* Template widgets */
  GtkStack *pages;
  GtkWidget *new_button;
  GtkStack *list_stack;
  AdwStatusPage *failed_page;
  GtkColumnView *column_view;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *area_column;
  GtkColumnViewColumn *approved_column;
  GtkColumnViewColumn *draft_column;
  LettersEditor *editor;
};

G_DEFINE_FINAL_TYPE (LettersWorkspace, letters_workspace, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
compare_default (gconstpointer a, gconstpointer b, gpointer user_data)
{
  return kansio_letter_template_compare ((KansioLetterTemplate *) a, (KansioLetterTemplate *) b);
}

static int
compare_kind (gconstpointer a, gconstpointer b, gpointer user_data)
{
  return kansio_letter_kind_get_rank (kansio_letter_template_get_kind ((KansioLetterTemplate *) a))
         - kansio_letter_kind_get_rank (
             kansio_letter_template_get_kind ((KansioLetterTemplate *) b));
}

static int
compare_area (gconstpointer a, gconstpointer b, gpointer user_data)
{
  int area_a
      = kansio_letter_area_get_rank (kansio_letter_template_get_area ((KansioLetterTemplate *) a));
  int area_b
      = kansio_letter_area_get_rank (kansio_letter_template_get_area ((KansioLetterTemplate *) b));

  return area_a < area_b ? -1 : area_a > area_b;
}

static int
compare_approved (gconstpointer a, gconstpointer b, gpointer user_data)
{
  return kansio_letter_template_get_approved_version ((KansioLetterTemplate *) a)
         - kansio_letter_template_get_approved_version ((KansioLetterTemplate *) b);
}

static GtkSorter *
string_sorter (const char *property)
{
  return GTK_SORTER (gtk_string_sorter_new (
      gtk_property_expression_new (KANSIO_TYPE_LETTER_TEMPLATE, NULL, property)));
}

static void
set_sorter (GtkColumnViewColumn *column, GtkSorter *sorter)
{
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
}

static void
open_template (LettersWorkspace *self, KansioLetterTemplate *item)
{
  letters_editor_open (self->editor, item);
  gtk_stack_set_visible_child_name (self->pages, "editor");
}

static void
open_if_listed (LettersWorkspace *self, int template_id)
{
  GListModel *model = G_LIST_MODEL (self->templates);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KansioLetterTemplate) item = g_list_model_get_item (model, i);

      if (kansio_letter_template_get_template_id (item) == template_id)
        {
          open_template (self, item);
          return;
        }
    }
}

static void
on_templates_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LettersWorkspace) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) templates = NULL;
  guint n_templates;
  int open_id;

  templates
      = kansio_letter_templates_list_finish (KANSIO_LETTER_TEMPLATES (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (templates == NULL)
    {
      adw_status_page_set_description (self->failed_page, error->message);
      gtk_stack_set_visible_child_name (self->list_stack, "failed");
      return;
    }

  n_templates = g_list_model_get_n_items (templates);
  {
    g_autoptr (GPtrArray) items = g_ptr_array_new_full (n_templates, g_object_unref);

    for (guint i = 0; i < n_templates; i++)
      g_ptr_array_add (items, g_list_model_get_item (templates, i));
    g_list_store_splice (self->templates, 0,
                         g_list_model_get_n_items (G_LIST_MODEL (self->templates)), items->pdata,
                         items->len);
  }
  gtk_stack_set_visible_child_name (self->list_stack, n_templates > 0 ? "templates" : "empty");

  open_id = self->open_after_load;
  self->open_after_load = 0;
  if (open_id != 0)
    open_if_listed (self, open_id);
}

static void
on_column_view_activate_cb (LettersWorkspace *self, guint position)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
  g_autoptr (KansioLetterTemplate) item = g_list_model_get_item (model, position);

  if (item != NULL)
    open_template (self, item);
}

static void
on_editor_closed_cb (LettersWorkspace *self)
{
  gtk_stack_set_visible_child_name (self->pages, "list");
  letters_workspace_reload (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
on_template_created_cb (LettersWorkspace *self, int template_id)
{
  self->open_after_load = template_id;
  letters_workspace_reload (self);
}

/* Actions */

static void
letters_workspace_new_template_action (GtkWidget *widget,
                                       const char *action_name,
                                       GVariant *parameter)
{
  LettersWorkspace *self = LETTERS_WORKSPACE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  LettersNewTemplateDialog *dialog;

  if (self->context == NULL)
    return;
  dialog = letters_new_template_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                            self->context);
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_template_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
letters_workspace_reload_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  letters_workspace_reload (LETTERS_WORKSPACE (widget));
}

/* Overrides */

static void
letters_workspace_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LettersWorkspace *self = LETTERS_WORKSPACE (object);

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
letters_workspace_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
                                GParamSpec *pspec)
{
  LettersWorkspace *self = LETTERS_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_workspace_constructed (GObject *object)
{
  LettersWorkspace *self = LETTERS_WORKSPACE (object);
  KansioUser *user = kansio_context_get_user (self->context);
  gboolean may_create = _letters_user_may_edit (user);

  G_OBJECT_CLASS (letters_workspace_parent_class)->constructed (object);

  self->service = kansio_letter_templates_new (kansio_context_get_database (self->context));

  letters_editor_set_context (self->editor, self->context);
  gtk_widget_set_visible (self->new_button, may_create);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letters.new-template", may_create);
  letters_workspace_reload (self);
}

static void
letters_workspace_dispose (GObject *object)
{
  LettersWorkspace *self = LETTERS_WORKSPACE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  /* The bin's child is a template child: take it out of the bin before
   * the template lets go of it, or the bin would unparent it again. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LETTERS_TYPE_WORKSPACE);
  g_clear_object (&self->templates);
  g_clear_object (&self->service);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (letters_workspace_parent_class)->dispose (object);
}

static void
letters_workspace_class_init (LettersWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = letters_workspace_get_property;
  object_class->set_property = letters_workspace_set_property;
  object_class->constructed = letters_workspace_constructed;
  object_class->dispose = letters_workspace_dispose;

  properties[PROP_CONTEXT]
      = g_param_spec_object ("context", NULL, NULL, KANSIO_TYPE_CONTEXT,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LETTERS_TYPE_EDITOR);
  g_type_ensure (KANSIO_TYPE_LETTER_TEMPLATE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/letters/letters-workspace.ui");
  gtk_widget_class_bind_template_child (widget_class, LettersWorkspace, pages);
  gtk_widget_class_bind_template_child (widget_class, LettersWorkspace, new_button);
  gtk_widget_class_bind_template_child (widget_class, LettersWorkspace, list_stack);
  gtk_widget_class_bind_template_child (widget_class, LettersWorkspace, failed_page);
  gtk_widget_class_bind_template_child (widget_class, LettersWorkspace, column_view);
  gtk_widget_class_bind_template_child (widget_class, LettersWorkspace, title_column);
  gtk_widget_class_bind_template_child (widget_class, LettersWorkspace, kind_column);
  gtk_widget_class_bind_template_child (widget_class, LettersWorkspace, area_column);
  gtk_widget_class_bind_template_child (widget_class, LettersWorkspace, approved_column);
  gtk_widget_class_bind_template_child (widget_class, LettersWorkspace, draft_column);
  gtk_widget_class_bind_template_child (widget_class, LettersWorkspace, editor);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_closed_cb);

  gtk_widget_class_install_action (widget_class, "letters.new-template", NULL,
                                   letters_workspace_new_template_action);
  gtk_widget_class_install_action (widget_class, "letters.reload", NULL,
                                   letters_workspace_reload_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "letters.reload", NULL);
}

static void
letters_workspace_init (LettersWorkspace *self)
{
  g_autoptr (GtkMultiSorter) sorter = gtk_multi_sorter_new ();
  GtkSortListModel *sorted;
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->templates = g_list_store_new (KANSIO_TYPE_LETTER_TEMPLATE);

  set_sorter (self->title_column, string_sorter ("title"));
  set_sorter (self->kind_column, GTK_SORTER (gtk_custom_sorter_new (compare_kind, NULL, NULL)));
  set_sorter (self->area_column, GTK_SORTER (gtk_custom_sorter_new (compare_area, NULL, NULL)));
  set_sorter (self->approved_column,
              GTK_SORTER (gtk_custom_sorter_new (compare_approved, NULL, NULL)));
  set_sorter (self->draft_column, string_sorter ("draft-label"));

  /* A column the user sorts by first, then area, kind and title. */
  gtk_multi_sorter_append (sorter, g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  gtk_multi_sorter_append (sorter,
                           GTK_SORTER (gtk_custom_sorter_new (compare_default, NULL, NULL)));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->templates)),
                                    g_object_ref (GTK_SORTER (sorter)));
  selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

/**
 * letters_workspace_new:
 * @context: the session the templates are read and written in
 */
GtkWidget *
letters_workspace_new (KansioContext *context)
{
  g_return_val_if_fail (KANSIO_IS_CONTEXT (context), NULL);

  return g_object_new (LETTERS_TYPE_WORKSPACE, "context", context, NULL);
}

/**
 * letters_workspace_get_context:
 *
 * Returns: (transfer none): the session
 */
KansioContext *
letters_workspace_get_context (LettersWorkspace *self)
{
  g_return_val_if_fail (LETTERS_IS_WORKSPACE (self), NULL);
  return self->context;
}

/**
 * letters_workspace_get_templates:
 *
 * Returns: (transfer none): the templates listed, of #KansioLetterTemplate,
 *   in the database's order
 */
GListModel *
letters_workspace_get_templates (LettersWorkspace *self)
{
  g_return_val_if_fail (LETTERS_IS_WORKSPACE (self), NULL);
  return G_LIST_MODEL (self->templates);
}

/**
 * letters_workspace_reload:
 *
 * Lists the templates again, as the database has them now.
 */
void
letters_workspace_reload (LettersWorkspace *self)
{
  g_return_if_fail (LETTERS_IS_WORKSPACE (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (g_list_model_get_n_items (G_LIST_MODEL (self->templates)) == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "loading");
  kansio_letter_templates_list_async (self->service, self->cancellable, on_templates_loaded_cb,
                                      g_object_ref (self));
}
