/* letters-field-picker.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "letters-field-picker"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "letters-field-picker.h"

/* A button whose popover lists the merge fields with what each one is,
 * searchable by name and description. Choosing one emits ::field-chosen;
 * the editor puts it in the text. */
struct _LettersFieldPicker
{
  AdwBin parent_instance;

  KansioFieldCatalogue *fields;
  GtkStringList *names;
  GtkCustomFilter *filter;
  GtkFilterListModel *filtered;
  char *search;

  /* Template widgets */
  GtkMenuButton *menu_button;
  GtkPopover *popover;
  GtkSearchEntry *search_entry;
  GtkStack *stack;
  GtkListView *list_view;
};

G_DEFINE_FINAL_TYPE (LettersFieldPicker, letters_field_picker, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_FIELDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  FIELD_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
type_label (KansioFieldType type)
{
  switch (type)
    {
    case KANSIO_FIELD_TEXT:
      return _ ("text");
    case KANSIO_FIELD_DATE:
      return _ ("date");
    case KANSIO_FIELD_MONEY:
      return _ ("amount of money");
    case KANSIO_FIELD_NUMBER:
      return _ ("number");
    case KANSIO_FIELD_BOOLEAN:
      return _ ("yes or no: for {{#if}}");
    case KANSIO_FIELD_LIST:
      return _ ("list: for {{#each}}");
    default:
      return "";
    }
}

static gboolean
contains_casefolded (const char *text, const char *needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_field (gpointer item, gpointer user_data)
{
  LettersFieldPicker *self = user_data;
  const char *name = gtk_string_object_get_string (item);

  if (self->search == NULL || *self->search == '\0')
    return TRUE;
  return contains_casefolded (name, self->search)
         || contains_casefolded (kansio_field_catalogue_get_description (self->fields, name),
                                 self->search);
}

static void
update_stack (LettersFieldPicker *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "fields" : "empty");
}

static void
choose (LettersFieldPicker *self, guint position)
{
  g_autoptr (GtkStringObject) item
      = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  g_autofree char *name = NULL;

  if (item == NULL)
    return;
  name = g_strdup (gtk_string_object_get_string (item));
  gtk_popover_popdown (self->popover);
  g_signal_emit (self, signals[FIELD_CHOSEN], 0, name);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *type = gtk_label_new (NULL);
  GtkWidget *description = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (name, "monospace");
  gtk_label_set_xalign (GTK_LABEL (type), 1);
  gtk_widget_set_hexpand (type, TRUE);
  gtk_widget_add_css_class (type, "dim-label");
  gtk_widget_add_css_class (type, "caption");
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (description), 40);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), type);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), description);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  LettersFieldPicker *self = user_data;
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *top = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_first_child (top);
  GtkWidget *type = gtk_widget_get_next_sibling (name);
  GtkWidget *description = gtk_widget_get_next_sibling (top);
  const char *field = gtk_string_object_get_string (gtk_list_item_get_item (list_item));
  const char *text = kansio_field_catalogue_get_description (self->fields, field);
  KansioFieldType field_type = KANSIO_FIELD_TEXT;

  kansio_field_catalogue_lookup (self->fields, field, &field_type);
  gtk_label_set_label (GTK_LABEL (name), field);
  gtk_label_set_label (GTK_LABEL (type), type_label (field_type));
  gtk_label_set_label (GTK_LABEL (description), text != NULL ? text : "");
  gtk_widget_set_visible (description, text != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, field,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text != NULL ? text : "",
                                  -1);
}

static void
on_popover_show_cb (LettersFieldPicker *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_search_changed_cb (LettersFieldPicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_free (self->search);
  self->search = g_utf8_casefold (text, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
on_search_activate_cb (LettersFieldPicker *self)
{
  choose (self, 0);
}

static void
on_list_view_activate_cb (LettersFieldPicker *self, guint position)
{
  choose (self, position);
}

static void
letters_field_picker_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LettersFieldPicker *self = LETTERS_FIELD_PICKER (object);

  switch (prop_id)
    {
    case PROP_FIELDS:
      g_value_set_object (value, self->fields);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_field_picker_set_property (GObject *object,
                                   guint prop_id,
                                   const GValue *value,
                                   GParamSpec *pspec)
{
  LettersFieldPicker *self = LETTERS_FIELD_PICKER (object);

  switch (prop_id)
    {
    case PROP_FIELDS:
      letters_field_picker_set_fields (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_field_picker_dispose (GObject *object)
{
  LettersFieldPicker *self = LETTERS_FIELD_PICKER (object);

  /* The bin's child is a template child: take it out of the bin before
   * the template lets go of it, or the bin would unparent it again. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LETTERS_TYPE_FIELD_PICKER);
  g_clear_object (&self->filtered);
  g_clear_object (&self->fields);

  G_OBJECT_CLASS (letters_field_picker_parent_class)->dispose (object);
}

static void
letters_field_picker_finalize (GObject *object)
{
  LettersFieldPicker *self = LETTERS_FIELD_PICKER (object);

  g_free (self->search);

  G_OBJECT_CLASS (letters_field_picker_parent_class)->finalize (object);
}

static void
letters_field_picker_class_init (LettersFieldPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = letters_field_picker_get_property;
  object_class->set_property = letters_field_picker_set_property;
  object_class->dispose = letters_field_picker_dispose;
  object_class->finalize = letters_field_picker_finalize;

  properties[PROP_FIELDS]
      = g_param_spec_object ("fields", NULL, NULL, KANSIO_TYPE_FIELD_CATALOGUE,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LettersFieldPicker::field-chosen:
   * @name: the field's name, without braces
   */
  signals[FIELD_CHOSEN]
      = g_signal_new ("field-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                      NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/letters/letters-field-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, LettersFieldPicker, menu_button);
  gtk_widget_class_bind_template_child (widget_class, LettersFieldPicker, popover);
  gtk_widget_class_bind_template_child (widget_class, LettersFieldPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LettersFieldPicker, stack);
  gtk_widget_class_bind_template_child (widget_class, LettersFieldPicker, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
}

static void
letters_field_picker_init (LettersFieldPicker *self)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->names = gtk_string_list_new (NULL);
  self->filter = gtk_custom_filter_new (filter_field, self, NULL);
  self->filtered
      = gtk_filter_list_model_new (G_LIST_MODEL (self->names), GTK_FILTER (self->filter));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  update_stack (self);
}

/**
 * letters_field_picker_get_fields:
 *
 * Returns: (transfer none) (nullable): the catalogue offered
 */
KansioFieldCatalogue *
letters_field_picker_get_fields (LettersFieldPicker *self)
{
  g_return_val_if_fail (LETTERS_IS_FIELD_PICKER (self), NULL);
  return self->fields;
}

/**
 * letters_field_picker_set_fields:
 * @fields: (nullable): the merge fields to offer
 */
void
letters_field_picker_set_fields (LettersFieldPicker *self, KansioFieldCatalogue *fields)
{
  g_auto (GStrv) names = NULL;

  g_return_if_fail (LETTERS_IS_FIELD_PICKER (self));
  g_return_if_fail (fields == NULL || KANSIO_IS_FIELD_CATALOGUE (fields));

  if (!g_set_object (&self->fields, fields))
    return;

  names = fields != NULL ? kansio_field_catalogue_dup_names (fields) : NULL;
  gtk_string_list_splice (self->names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->names)),
                          (const char *const *) names);
  update_stack (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELDS]);
}

/**
 * letters_field_picker_popup:
 *
 * Opens the list, with the focus in its search entry.
 */
void
letters_field_picker_popup (LettersFieldPicker *self)
{
  g_return_if_fail (LETTERS_IS_FIELD_PICKER (self));

  if (gtk_widget_is_sensitive (GTK_WIDGET (self->menu_button)))
    gtk_menu_button_popup (self->menu_button);
}
