/* income-support-entry-group.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-entry-group"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-entry-group.h"
#include "income-support-format.h"

/* One list of a calculation's input in the calculation editor: the
 * incomes, the expenses or the reductions of the basic amount, a row each
 * (IncomeSupportEntryRow), and their part of the input JSON
 * (docs/income-support-calculation.md). The title, the description and
 * the add button are the editor's. */
struct _IncomeSupportEntryGroup
{
  AdwPreferencesGroup parent_instance;

  IncomeSupportEntryKind kind;
  GListModel *members; /* the household, of KansioIncomeSupportMember */
  gboolean editable;

  /* Template widgets */
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (IncomeSupportEntryGroup,
                     income_support_entry_group,
                     ADW_TYPE_PREFERENCES_GROUP)

enum
{
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED,
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  const char *json_name; /* the input's member */
  const char *list_label;
  const char *placeholder;
} kinds[] = {
  [INCOME_SUPPORT_ENTRY_INCOME] = { "incomes", N_ ("Incomes"), N_ ("No incomes") },
  [INCOME_SUPPORT_ENTRY_EXPENSE] = { "expenses", N_ ("Expenses"), N_ ("No other expenses") },
  [INCOME_SUPPORT_ENTRY_REDUCTION]
  = { "reductions", N_ ("Reductions of the basic amount"), N_ ("No reductions") },
  [INCOME_SUPPORT_ENTRY_RESIDENCE] = { "residence", N_ ("Children living in two homes"),
                                       N_ ("No child lives in turn with each parent") },
};

static void
add_amount (JsonBuilder *builder, gint64 cents)
{
  g_autofree char *text = kansio_format_euros_plain (cents);

  json_builder_set_member_name (builder, "amount");
  json_builder_add_string_value (builder, text);
}

static void
on_row_changed_cb (IncomeSupportEntryGroup *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_row_remove_cb (IncomeSupportEntryGroup *self, IncomeSupportEntryRow *row)
{
  if (gtk_widget_get_parent (GTK_WIDGET (row)) == GTK_WIDGET (self->list))
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_row_activated_cb (IncomeSupportEntryGroup *self)
{
  g_signal_emit (self, signals[ACTIVATED], 0);
}

/* Overrides */

static void
income_support_entry_group_get_property (GObject *object,
                                         guint prop_id,
                                         GValue *value,
                                         GParamSpec *pspec)
{
  IncomeSupportEntryGroup *self = INCOME_SUPPORT_ENTRY_GROUP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
income_support_entry_group_set_property (GObject *object,
                                         guint prop_id,
                                         const GValue *value,
                                         GParamSpec *pspec)
{
  IncomeSupportEntryGroup *self = INCOME_SUPPORT_ENTRY_GROUP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
income_support_entry_group_constructed (GObject *object)
{
  IncomeSupportEntryGroup *self = INCOME_SUPPORT_ENTRY_GROUP (object);

  G_OBJECT_CLASS (income_support_entry_group_parent_class)->constructed (object);

  gtk_list_box_set_placeholder (
      self->list, _income_support_placeholder_new (_ (kinds[self->kind].placeholder)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ (kinds[self->kind].list_label), -1);
}

static void
income_support_entry_group_dispose (GObject *object)
{
  IncomeSupportEntryGroup *self = INCOME_SUPPORT_ENTRY_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_ENTRY_GROUP);
  g_clear_object (&self->members);

  G_OBJECT_CLASS (income_support_entry_group_parent_class)->dispose (object);
}

static void
income_support_entry_group_class_init (IncomeSupportEntryGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = income_support_entry_group_get_property;
  object_class->set_property = income_support_entry_group_set_property;
  object_class->constructed = income_support_entry_group_constructed;
  object_class->dispose = income_support_entry_group_dispose;

  /**
   * IncomeSupportEntryGroup:kind:
   *
   * What the lines are: incomes, expenses or reductions.
   */
  properties[PROP_KIND] = g_param_spec_enum (
      "kind", NULL, NULL, INCOME_SUPPORT_TYPE_ENTRY_KIND, INCOME_SUPPORT_ENTRY_INCOME,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * IncomeSupportEntryGroup::changed:
   *
   * A line was changed or removed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
  /**
   * IncomeSupportEntryGroup::activated:
   *
   * Enter was pressed in a line's amount: calculate.
   */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-entry-group.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportEntryGroup, list);
}

static void
income_support_entry_group_init (IncomeSupportEntryGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->editable = TRUE;
}

/* Public API */

/**
 * income_support_entry_group_set_members:
 * @members: the household, of #KansioIncomeSupportMember
 *
 * Whose an income or a reduction can be: rows added from now on choose
 * from @members.
 */
void
income_support_entry_group_set_members (IncomeSupportEntryGroup *self, GListModel *members)
{
  g_return_if_fail (INCOME_SUPPORT_IS_ENTRY_GROUP (self));
  g_return_if_fail (G_IS_LIST_MODEL (members));

  g_set_object (&self->members, members);
}

/**
 * income_support_entry_group_set_editable:
 *
 * Whether the lines may be changed and removed.
 */
void
income_support_entry_group_set_editable (IncomeSupportEntryGroup *self, gboolean editable)
{
  g_autoptr (GPtrArray) rows = NULL;

  g_return_if_fail (INCOME_SUPPORT_IS_ENTRY_GROUP (self));

  self->editable = editable;
  rows = income_support_entry_group_get_rows (self);
  for (guint i = 0; i < rows->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (rows, i), editable);
}

/**
 * income_support_entry_group_add_row:
 *
 * Adds an empty line at the end.
 *
 * Returns: (transfer none): its row
 */
IncomeSupportEntryRow *
income_support_entry_group_add_row (IncomeSupportEntryGroup *self)
{
  GtkWidget *row;

  g_return_val_if_fail (INCOME_SUPPORT_IS_ENTRY_GROUP (self), NULL);
  g_return_val_if_fail (self->members != NULL, NULL);

  row = income_support_entry_row_new (self->kind, self->members);
  gtk_widget_set_sensitive (row, self->editable);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_row_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_row_remove_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_append (self->list, row);
  return INCOME_SUPPORT_ENTRY_ROW (row);
}

/**
 * income_support_entry_group_get_rows:
 *
 * Returns: (transfer container) (element-type IncomeSupportEntryRow): the
 *   lines, in order
 */
GPtrArray *
income_support_entry_group_get_rows (IncomeSupportEntryGroup *self)
{
  GPtrArray *rows;

  g_return_val_if_fail (INCOME_SUPPORT_IS_ENTRY_GROUP (self), NULL);

  rows = g_ptr_array_new ();
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (INCOME_SUPPORT_IS_ENTRY_ROW (child))
      g_ptr_array_add (rows, child);
  return rows;
}

/**
 * income_support_entry_group_clear:
 *
 * Removes every line.
 */
void
income_support_entry_group_clear (IncomeSupportEntryGroup *self)
{
  g_autoptr (GPtrArray) rows = NULL;

  g_return_if_fail (INCOME_SUPPORT_IS_ENTRY_GROUP (self));

  rows = income_support_entry_group_get_rows (self);
  for (guint i = 0; i < rows->len; i++)
    gtk_list_box_remove (self->list, g_ptr_array_index (rows, i));
}

/**
 * income_support_entry_group_build_json:
 * @builder: the input being built, inside its object
 * @problem: (out): what is wrong, when something is
 *
 * Adds the lines to the input as its "incomes", "expenses" or
 * "reductions".
 *
 * Returns: whether every line had whose it is and its euros; if not, the
 *   first line that did not is marked
 */
gboolean
income_support_entry_group_build_json (IncomeSupportEntryGroup *self,
                                       JsonBuilder *builder,
                                       const char **problem)
{
  g_autoptr (GPtrArray) rows = NULL;

  g_return_val_if_fail (INCOME_SUPPORT_IS_ENTRY_GROUP (self), FALSE);
  g_return_val_if_fail (JSON_IS_BUILDER (builder), FALSE);
  g_return_val_if_fail (problem != NULL, FALSE);

  rows = income_support_entry_group_get_rows (self);
  json_builder_set_member_name (builder, kinds[self->kind].json_name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      IncomeSupportEntryRow *row = g_ptr_array_index (rows, i);
      const char *member = income_support_entry_row_get_member_key (row);
      gint64 cents = 0;

      gboolean has_amount
          = self->kind == INCOME_SUPPORT_ENTRY_INCOME || self->kind == INCOME_SUPPORT_ENTRY_EXPENSE;
      const char *reason = income_support_entry_row_get_reason (row);
      g_autofree char *stripped = reason != NULL ? g_strstrip (g_strdup (reason)) : NULL;

      if (self->kind != INCOME_SUPPORT_ENTRY_EXPENSE && member == NULL)
        {
          income_support_entry_row_show_error (row, INCOME_SUPPORT_ENTRY_FIELD_MEMBER);
          *problem = self->kind == INCOME_SUPPORT_ENTRY_INCOME
                         ? _ ("Choose whose income each income line is.")
                     : self->kind == INCOME_SUPPORT_ENTRY_RESIDENCE
                         ? _ ("Choose the child of each line of alternating residence.")
                         : _ ("Choose whose basic amount each reduction is of.");
          return FALSE;
        }
      if (has_amount
          && !_income_support_parse_amount (income_support_entry_row_get_amount_text (row), &cents))
        {
          income_support_entry_row_show_error (row, INCOME_SUPPORT_ENTRY_FIELD_AMOUNT);
          *problem = _ ("Write the amount of each line in euros, such as 1 234,56.");
          return FALSE;
        }
      if (stripped != NULL && stripped[0] == '\0')
        {
          income_support_entry_row_show_error (row, INCOME_SUPPORT_ENTRY_FIELD_REASON);
          *problem = _ ("A rent deposit is Kela’s: write why the county grants this one "
                        "exceptionally.");
          return FALSE;
        }

      json_builder_begin_object (builder);
      if (self->kind != INCOME_SUPPORT_ENTRY_EXPENSE)
        {
          json_builder_set_member_name (builder, "member");
          json_builder_add_string_value (builder, member);
        }
      if (self->kind == INCOME_SUPPORT_ENTRY_REDUCTION)
        {
          json_builder_set_member_name (builder, "percent");
          json_builder_add_int_value (builder, income_support_entry_row_get_percent (row));
        }
      else
        {
          json_builder_set_member_name (builder, "type");
          json_builder_add_string_value (builder, income_support_entry_row_get_code (row));
        }
      if (has_amount)
        add_amount (builder, cents);
      if (stripped != NULL)
        {
          json_builder_set_member_name (builder, "reason");
          json_builder_add_string_value (builder, stripped);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return TRUE;
}

/**
 * income_support_entry_group_fill_from_json:
 * @input: a calculation's input
 *
 * Adds a row for each of @input's lines of this kind.
 */
void
income_support_entry_group_fill_from_json (IncomeSupportEntryGroup *self, JsonObject *input)
{
  JsonNode *node;
  JsonArray *lines;

  g_return_if_fail (INCOME_SUPPORT_IS_ENTRY_GROUP (self));
  g_return_if_fail (input != NULL);

  node = json_object_get_member (input, kinds[self->kind].json_name);
  lines = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  for (guint i = 0; lines != NULL && i < json_array_get_length (lines); i++)
    {
      JsonObject *line = json_array_get_object_element (lines, i);
      IncomeSupportEntryRow *row = income_support_entry_group_add_row (self);
      gint64 cents;

      if (self->kind != INCOME_SUPPORT_ENTRY_EXPENSE)
        income_support_entry_row_set_member_key (row, _income_support_json_string (line, "member"));
      if (self->kind == INCOME_SUPPORT_ENTRY_REDUCTION)
        {
          if (json_object_has_member (line, "percent"))
            income_support_entry_row_set_percent (
                row, (guint) json_object_get_int_member (line, "percent"));
        }
      else if (self->kind != INCOME_SUPPORT_ENTRY_RESIDENCE)
        {
          income_support_entry_row_set_code (row, _income_support_json_string (line, "type"));
          if (kansio_parse_euros (_income_support_json_string (line, "amount"), &cents))
            income_support_entry_row_set_amount (row, cents);
          income_support_entry_row_set_reason (row, _income_support_json_string (line, "reason"));
        }
    }
}
