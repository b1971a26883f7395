/* income-support-entry-row.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-entry-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-entry-row.h"
#include "income-support-format.h"

/* One line of a calculation's input, edited in place: an income (whose,
 * what, how much a month), an expense of the household (what, how much,
 * and for a rent deposit the exceptional reason), a reduction of a
 * member's basic amount (whose, how many per cent) or a child's
 * alternating residence (whose). */
struct _IncomeSupportEntryRow
{
  GtkListBoxRow parent_instance;

  IncomeSupportEntryKind kind;
  GtkDropDown *member_dropdown; /* incomes and reductions */
  GtkDropDown *type_dropdown;
  GtkEntry *amount_entry; /* incomes and expenses */
  GtkEntry *reason_entry; /* expenses: shown for a rent deposit */
};

G_DEFINE_FINAL_TYPE (IncomeSupportEntryRow, income_support_entry_row, GTK_TYPE_LIST_BOX_ROW)
G_DEFINE_ENUM_TYPE (IncomeSupportEntryKind,
                    income_support_entry_kind,
                    G_DEFINE_ENUM_VALUE (INCOME_SUPPORT_ENTRY_INCOME, "income"),
                    G_DEFINE_ENUM_VALUE (INCOME_SUPPORT_ENTRY_EXPENSE, "expense"),
                    G_DEFINE_ENUM_VALUE (INCOME_SUPPORT_ENTRY_REDUCTION, "reduction"),
                    G_DEFINE_ENUM_VALUE (INCOME_SUPPORT_ENTRY_RESIDENCE, "residence"))

enum
{
  CHANGED,
  REMOVE,
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const guint percents[] = { 20, 40, 50 };

/* A rent deposit is Kela's; the county grants one only exceptionally, so
 * its line asks why (DOMAIN.md 2.5). */
static void
update_reason (IncomeSupportEntryRow *self)
{
  if (self->reason_entry != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->reason_entry),
                            g_strcmp0 (income_support_entry_row_get_code (self), "rent_deposit")
                                == 0);
}

static void
on_changed_cb (IncomeSupportEntryRow *self)
{
  update_reason (self);
  if (self->reason_entry != NULL)
    _income_support_mark_error (GTK_WIDGET (self->reason_entry), FALSE);
  if (self->amount_entry != NULL)
    _income_support_mark_error (GTK_WIDGET (self->amount_entry), FALSE);
  if (self->member_dropdown != NULL)
    _income_support_mark_error (GTK_WIDGET (self->member_dropdown), FALSE);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_remove_clicked_cb (IncomeSupportEntryRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
on_amount_activate_cb (IncomeSupportEntryRow *self)
{
  g_signal_emit (self, signals[ACTIVATED], 0);
}

static GListModel *
type_model (IncomeSupportEntryKind kind)
{
  GtkStringList *list;

  switch (kind)
    {
    case INCOME_SUPPORT_ENTRY_INCOME:
      return _income_support_choice_model (INCOME_SUPPORT_CHOICE_INCOME);

    case INCOME_SUPPORT_ENTRY_EXPENSE:
      return _income_support_choice_model (INCOME_SUPPORT_CHOICE_EXPENSE);

    case INCOME_SUPPORT_ENTRY_RESIDENCE:
      list = gtk_string_list_new (NULL);
      gtk_string_list_append (list, _ ("Alternating residence"));
      return G_LIST_MODEL (list);

    case INCOME_SUPPORT_ENTRY_REDUCTION:
    default:
      list = gtk_string_list_new (NULL);
      for (guint i = 0; i < G_N_ELEMENTS (percents); i++)
        {
          /* Translators: a reduction of the basic amount, in per cent */
          g_autofree char *text = g_strdup_printf (_ ("%u %%"), percents[i]);

          gtk_string_list_append (list, text);
        }
      return G_LIST_MODEL (list);
    }
}

static const char *
member_label (IncomeSupportEntryKind kind)
{
  switch (kind)
    {
    case INCOME_SUPPORT_ENTRY_INCOME:
      return _ ("Whose income");

    case INCOME_SUPPORT_ENTRY_RESIDENCE:
      return _ ("Which child");

    case INCOME_SUPPORT_ENTRY_REDUCTION:
    case INCOME_SUPPORT_ENTRY_EXPENSE:
    default:
      return _ ("Whose basic amount");
    }
}

static const char *
type_label (IncomeSupportEntryKind kind)
{
  switch (kind)
    {
    case INCOME_SUPPORT_ENTRY_INCOME:
      return _ ("Type of income");

    case INCOME_SUPPORT_ENTRY_EXPENSE:
      return _ ("Type of expense");

    case INCOME_SUPPORT_ENTRY_RESIDENCE:
      return _ ("Residence");

    case INCOME_SUPPORT_ENTRY_REDUCTION:
    default:
      return _ ("Reduction");
    }
}

static void
build (IncomeSupportEntryRow *self, GListModel *members)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr (GListModel) types = type_model (self->kind);
  gboolean has_amount
      = self->kind == INCOME_SUPPORT_ENTRY_INCOME || self->kind == INCOME_SUPPORT_ENTRY_EXPENSE;
  GtkWidget *remove;

  gtk_widget_set_margin_start (outer, 6);
  gtk_widget_set_margin_end (outer, 6);
  gtk_widget_set_margin_top (outer, 6);
  gtk_widget_set_margin_bottom (outer, 6);
  gtk_box_append (GTK_BOX (outer), box);

  if (self->kind != INCOME_SUPPORT_ENTRY_EXPENSE)
    {
      self->member_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (
          g_object_ref (members),
          gtk_property_expression_new (KANSIO_TYPE_INCOME_SUPPORT_MEMBER, NULL, "full-name")));
      gtk_widget_set_hexpand (GTK_WIDGET (self->member_dropdown), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->member_dropdown),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, member_label (self->kind), -1);
      g_signal_connect_object (self->member_dropdown, "notify::selected",
                               G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->member_dropdown));
    }

  self->type_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (types), NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->type_dropdown),
                          self->kind == INCOME_SUPPORT_ENTRY_EXPENSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->type_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, type_label (self->kind), -1);
  g_signal_connect_object (self->type_dropdown, "notify::selected", G_CALLBACK (on_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->type_dropdown));

  if (has_amount)
    {
      GtkWidget *euro = gtk_label_new ("€");

      self->amount_entry = GTK_ENTRY (gtk_entry_new ());
      gtk_editable_set_width_chars (GTK_EDITABLE (self->amount_entry), 10);
      gtk_editable_set_alignment (GTK_EDITABLE (self->amount_entry), 1.0f);
      gtk_entry_set_input_purpose (self->amount_entry, GTK_INPUT_PURPOSE_NUMBER);
      gtk_entry_set_placeholder_text (self->amount_entry, "0,00");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->amount_entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Euros a month"), -1);
      g_signal_connect_object (self->amount_entry, "changed", G_CALLBACK (on_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->amount_entry, "activate", G_CALLBACK (on_amount_activate_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->amount_entry));
      gtk_box_append (GTK_BOX (box), euro);
    }

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _ ("Remove this line"));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), remove);

  if (self->kind == INCOME_SUPPORT_ENTRY_EXPENSE)
    {
      self->reason_entry = GTK_ENTRY (gtk_entry_new ());
      gtk_entry_set_placeholder_text (
          self->reason_entry,
          _ ("Why the county grants it exceptionally: Kela grants rent deposits"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->reason_entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Exceptional reason"), -1);
      gtk_entry_set_max_length (self->reason_entry, 1000);
      g_signal_connect_object (self->reason_entry, "changed", G_CALLBACK (on_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (outer), GTK_WIDGET (self->reason_entry));
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), outer);
  update_reason (self);
}

static void
income_support_entry_row_class_init (IncomeSupportEntryRowClass *klass)
{
  /**
   * IncomeSupportEntryRow::changed:
   *
   * The user changed something on the line.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
  /**
   * IncomeSupportEntryRow::remove:
   *
   * The user asked to remove the line.
   */
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);
  /**
   * IncomeSupportEntryRow::activated:
   *
   * Enter was pressed in the amount.
   */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
income_support_entry_row_init (IncomeSupportEntryRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
}

/**
 * income_support_entry_row_new:
 * @members: (nullable): the household, of #KansioIncomeSupportMember; not used
 *   for an expense
 */
GtkWidget *
income_support_entry_row_new (IncomeSupportEntryKind kind, GListModel *members)
{
  IncomeSupportEntryRow *self;

  g_return_val_if_fail (kind == INCOME_SUPPORT_ENTRY_EXPENSE || G_IS_LIST_MODEL (members), NULL);

  self = g_object_new (INCOME_SUPPORT_TYPE_ENTRY_ROW, NULL);
  self->kind = kind;
  build (self, members);
  return GTK_WIDGET (self);
}

IncomeSupportEntryKind
income_support_entry_row_get_kind (IncomeSupportEntryRow *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_ENTRY_ROW (self), INCOME_SUPPORT_ENTRY_INCOME);
  return self->kind;
}

/**
 * income_support_entry_row_get_member:
 *
 * Returns: (transfer none) (nullable): whose line it is
 */
KansioIncomeSupportMember *
income_support_entry_row_get_member (IncomeSupportEntryRow *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_ENTRY_ROW (self), NULL);

  if (self->member_dropdown == NULL)
    return NULL;
  return gtk_drop_down_get_selected_item (self->member_dropdown);
}

/**
 * income_support_entry_row_get_member_key:
 *
 * Returns: (nullable): the key of whose line it is
 */
const char *
income_support_entry_row_get_member_key (IncomeSupportEntryRow *self)
{
  KansioIncomeSupportMember *member = income_support_entry_row_get_member (self);

  return member != NULL ? kansio_income_support_member_get_key (member) : NULL;
}

/**
 * income_support_entry_row_set_member_key:
 *
 * Returns: whether a member of the household has @key
 */
gboolean
income_support_entry_row_set_member_key (IncomeSupportEntryRow *self, const char *key)
{
  GListModel *model;

  g_return_val_if_fail (INCOME_SUPPORT_IS_ENTRY_ROW (self), FALSE);

  if (self->member_dropdown == NULL || key == NULL)
    return FALSE;
  model = gtk_drop_down_get_model (self->member_dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KansioIncomeSupportMember) member = g_list_model_get_item (model, i);

      if (g_strcmp0 (kansio_income_support_member_get_key (member), key) == 0)
        {
          gtk_drop_down_set_selected (self->member_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * income_support_entry_row_get_code:
 *
 * Returns: (nullable): the type of an income or an expense, as the
 *   calculation names it
 */
const char *
income_support_entry_row_get_code (IncomeSupportEntryRow *self)
{
  guint selected;

  g_return_val_if_fail (INCOME_SUPPORT_IS_ENTRY_ROW (self), NULL);

  selected = gtk_drop_down_get_selected (self->type_dropdown);
  switch (self->kind)
    {
    case INCOME_SUPPORT_ENTRY_INCOME:
      return _income_support_choice_code (INCOME_SUPPORT_CHOICE_INCOME, selected);

    case INCOME_SUPPORT_ENTRY_EXPENSE:
      return _income_support_choice_code (INCOME_SUPPORT_CHOICE_EXPENSE, selected);

    case INCOME_SUPPORT_ENTRY_RESIDENCE:
      return "alternating";

    case INCOME_SUPPORT_ENTRY_REDUCTION:
    default:
      return NULL;
    }
}

/**
 * income_support_entry_row_set_code:
 *
 * Returns: whether @code is a type of this line
 */
gboolean
income_support_entry_row_set_code (IncomeSupportEntryRow *self, const char *code)
{
  guint index = GTK_INVALID_LIST_POSITION;

  g_return_val_if_fail (INCOME_SUPPORT_IS_ENTRY_ROW (self), FALSE);

  if (self->kind == INCOME_SUPPORT_ENTRY_INCOME)
    index = _income_support_choice_index (INCOME_SUPPORT_CHOICE_INCOME, code);
  else if (self->kind == INCOME_SUPPORT_ENTRY_EXPENSE)
    index = _income_support_choice_index (INCOME_SUPPORT_CHOICE_EXPENSE, code);
  if (index == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_drop_down_set_selected (self->type_dropdown, index);
  return TRUE;
}

/**
 * income_support_entry_row_get_percent:
 *
 * Returns: a reduction's per cent; 0 for another line
 */
guint
income_support_entry_row_get_percent (IncomeSupportEntryRow *self)
{
  guint selected;

  g_return_val_if_fail (INCOME_SUPPORT_IS_ENTRY_ROW (self), 0);

  selected = gtk_drop_down_get_selected (self->type_dropdown);
  if (self->kind != INCOME_SUPPORT_ENTRY_REDUCTION || selected >= G_N_ELEMENTS (percents))
    return 0;
  return percents[selected];
}

void
income_support_entry_row_set_percent (IncomeSupportEntryRow *self, guint percent)
{
  g_return_if_fail (INCOME_SUPPORT_IS_ENTRY_ROW (self));

  for (guint i = 0; i < G_N_ELEMENTS (percents); i++)
    if (percents[i] == percent)
      gtk_drop_down_set_selected (self->type_dropdown, i);
}

/**
 * income_support_entry_row_get_amount_text:
 *
 * Returns: (nullable): the amount as typed; %NULL for a reduction
 */
const char *
income_support_entry_row_get_amount_text (IncomeSupportEntryRow *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_ENTRY_ROW (self), NULL);

  if (self->amount_entry == NULL)
    return NULL;
  return gtk_editable_get_text (GTK_EDITABLE (self->amount_entry));
}

void
income_support_entry_row_set_amount (IncomeSupportEntryRow *self, gint64 cents)
{
  g_autofree char *text = NULL;

  g_return_if_fail (INCOME_SUPPORT_IS_ENTRY_ROW (self));

  if (self->amount_entry == NULL)
    return;
  text = _income_support_format_amount_input (cents);
  gtk_editable_set_text (GTK_EDITABLE (self->amount_entry), text);
}

/**
 * income_support_entry_row_get_reason:
 *
 * Returns: (nullable): the exceptional reason of a rent deposit, as
 *   typed; %NULL for another line
 */
const char *
income_support_entry_row_get_reason (IncomeSupportEntryRow *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_ENTRY_ROW (self), NULL);

  if (self->reason_entry == NULL
      || g_strcmp0 (income_support_entry_row_get_code (self), "rent_deposit") != 0)
    return NULL;
  return gtk_editable_get_text (GTK_EDITABLE (self->reason_entry));
}

void
income_support_entry_row_set_reason (IncomeSupportEntryRow *self, const char *reason)
{
  g_return_if_fail (INCOME_SUPPORT_IS_ENTRY_ROW (self));

  if (self->reason_entry != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), reason != NULL ? reason : "");
}

/**
 * income_support_entry_row_show_error:
 * @field: which field is wrong
 *
 * Shows @field as wrong and moves the keyboard focus to it; the mark goes
 * when the line changes.
 */
void
income_support_entry_row_show_error (IncomeSupportEntryRow *self, IncomeSupportEntryField field)
{
  GtkWidget *widget = NULL;

  g_return_if_fail (INCOME_SUPPORT_IS_ENTRY_ROW (self));

  if (field == INCOME_SUPPORT_ENTRY_FIELD_AMOUNT && self->amount_entry != NULL)
    widget = GTK_WIDGET (self->amount_entry);
  else if (field == INCOME_SUPPORT_ENTRY_FIELD_MEMBER && self->member_dropdown != NULL)
    widget = GTK_WIDGET (self->member_dropdown);
  else if (field == INCOME_SUPPORT_ENTRY_FIELD_REASON && self->reason_entry != NULL)
    widget = GTK_WIDGET (self->reason_entry);
  if (widget == NULL)
    return;
  _income_support_mark_error (widget, TRUE);
  gtk_widget_grab_focus (widget);
}

/**
 * income_support_entry_row_focus:
 *
 * Moves the keyboard focus to the line's first field.
 */
void
income_support_entry_row_focus (IncomeSupportEntryRow *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_ENTRY_ROW (self));

  if (self->member_dropdown != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->member_dropdown));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->type_dropdown));
}
