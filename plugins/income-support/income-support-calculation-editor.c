/* income-support-calculation-editor.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-calculation-editor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "income-support-calculation-editor.h"
#include "income-support-calculation-result.h"
#include "income-support-entry-group.h"
#include "income-support-format.h"

/* The calculation of a month (laskelma): the household's incomes and
 * expenses and any reductions, typed in euros, calculated by libkansio's
 * engine with the rates in force, shown line by line with the totals and
 * every rounding made.
 *
 * The input is written as the JSON `kansio-admin calculate income-support`
 * reads (docs/income-support-calculation.md) and read back by the engine,
 * so there is one way in. A decision stores the result together with that
 * input: the calculation can be made again from it, for the decision's
 * document and for the editor when the application is opened again.
 * Household members are named in it by name.
 *
 * Each list of lines is an IncomeSupportEntryGroup, which writes and
 * reads its part of the input; the result is an
 * IncomeSupportCalculationResult. */
struct _IncomeSupportCalculationEditor
{
  AdwBin parent_instance;

  KansioContext *context;
  GCancellable *cancellable;
  KansioIncomeSupportRates *rates;
  GListStore *members; /* of KansioIncomeSupportMember */
  GPtrArray *months;   /* "2026-03", by the month row's positions */
  KansioIncomeSupportCalculation *calculation;
  char *input_json; /* the calculation's */
  gboolean touched;
  gboolean filling;
  gboolean editable;
  gboolean loading_rates;
  guint scroll_frames;

  /* Template widgets */
  GtkScrolledWindow *scrolled_window;
  AdwComboRow *month_row;
  AdwExpanderRow *period_row;
  GtkSpinButton *first_day_spin;
  GtkSpinButton *last_day_spin;
  IncomeSupportEntryGroup *incomes_group;
  IncomeSupportEntryGroup *expenses_group;
  IncomeSupportEntryGroup *reductions_group;
  IncomeSupportEntryGroup *residence_group;
  GtkLabel *error_label;
  IncomeSupportCalculationResult *result;
};

G_DEFINE_FINAL_TYPE (IncomeSupportCalculationEditor,
                     income_support_calculation_editor,
                     ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CALCULATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (IncomeSupportCalculationEditor *self, const char *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_actions (IncomeSupportCalculationEditor *self)
{
  const char *actions[]
      = { "income-support-calculation.add-income", "income-support-calculation.add-expense",
          "income-support-calculation.add-reduction", "income-support-calculation.add-residence" };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-calculation.calculate",
                                 self->context != NULL && !self->loading_rates);
}

/* Anything changed: the result shown is no longer the input's. */
static void
drop_result (IncomeSupportCalculationEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->result), FALSE);
  g_clear_pointer (&self->input_json, g_free);
  if (self->calculation != NULL)
    {
      g_clear_object (&self->calculation);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALCULATION]);
    }
}

static void
input_changed (IncomeSupportCalculationEditor *self)
{
  if (self->filling)
    return;
  self->touched = TRUE;
  show_error (self, NULL);
  drop_result (self);
}

/* The input as the engine reads it; NULL with the reason shown and the
 * line marked when something is missing or not euros. */
static char *
build_input (IncomeSupportCalculationEditor *self)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  IncomeSupportEntryGroup *groups[] = { self->incomes_group, self->expenses_group,
                                        self->reductions_group, self->residence_group };
  GListModel *members = G_LIST_MODEL (self->members);
  guint month = adw_combo_row_get_selected (self->month_row);

  if (self->months->len == 0 || month >= self->months->len)
    {
      show_error (self, _ ("Choose the month to calculate."));
      return NULL;
    }
  if (g_list_model_get_n_items (members) == 0)
    {
      show_error (self, _ ("The household has nobody in it. Add its members on the Application "
                           "page first."));
      return NULL;
    }

  json_builder_begin_object (builder);
  /* The rules of the calculation since migration 0021 (issue 13). */
  json_builder_set_member_name (builder, "rules");
  json_builder_add_int_value (builder, 2);
  json_builder_set_member_name (builder, "month");
  json_builder_add_string_value (builder, g_ptr_array_index (self->months, month));
  if (adw_expander_row_get_enable_expansion (self->period_row))
    {
      json_builder_set_member_name (builder, "first_day");
      json_builder_add_int_value (builder, gtk_spin_button_get_value_as_int (self->first_day_spin));
      json_builder_set_member_name (builder, "last_day");
      json_builder_add_int_value (builder, gtk_spin_button_get_value_as_int (self->last_day_spin));
    }

  json_builder_set_member_name (builder, "household");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KansioIncomeSupportMember) member = g_list_model_get_item (members, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, kansio_income_support_member_get_key (member));
      json_builder_set_member_name (builder, "role");
      json_builder_add_string_value (builder, kansio_income_support_member_get_role (member));
      if (kansio_income_support_member_get_birth_date (member) != NULL)
        {
          json_builder_set_member_name (builder, "birth_date");
          json_builder_add_string_value (builder,
                                         kansio_income_support_member_get_birth_date (member));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      const char *problem = NULL;

      if (!income_support_entry_group_build_json (groups[i], builder, &problem))
        {
          show_error (self, problem);
          return NULL;
        }
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static void
show_result (IncomeSupportCalculationEditor *self)
{
  gpointer month = adw_combo_row_get_selected_item (self->month_row);

  income_support_calculation_result_fill (
      self->result, self->calculation,
      month != NULL ? gtk_string_object_get_string (GTK_STRING_OBJECT (month)) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->result), TRUE);
}

/* Once the result has its size: down to it. */
static gboolean
scroll_to_result_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  IncomeSupportCalculationEditor *self = INCOME_SUPPORT_CALCULATION_EDITOR (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  graphene_point_t top;

  /* The frame after the next: laid out with the result by then. */
  if (self->scroll_frames > 1)
    {
      self->scroll_frames--;
      return G_SOURCE_CONTINUE;
    }
  self->scroll_frames = 0;
  if (gtk_widget_compute_point (GTK_WIDGET (self->result),
                                gtk_scrolled_window_get_child (self->scrolled_window),
                                &GRAPHENE_POINT_INIT (0, 0), &top))
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + top.y - 12);
  return G_SOURCE_REMOVE;
}

static void
calculate_now (IncomeSupportCalculationEditor *self)
{
  g_autofree char *input = NULL;
  g_autoptr (KansioIncomeSupportCalculation) calculation = NULL;
  g_autoptr (GError) error = NULL;

  drop_result (self);
  input = build_input (self);
  if (input == NULL)
    return;
  calculation = kansio_income_support_calculation_new_from_json (input, &error);
  if (calculation == NULL
      || !kansio_income_support_calculation_run (calculation, self->rates, &error))
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  self->calculation = g_steal_pointer (&calculation);
  self->input_json = g_steal_pointer (&input);
  show_result (self);
  if (self->scroll_frames == 0)
    gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_result_cb, NULL, NULL);
  self->scroll_frames = 2;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALCULATION]);
}

static void
on_rates_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportCalculationEditor) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioIncomeSupportRates) rates = NULL;

  rates = _income_support_load_rates_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading_rates = FALSE;
  update_actions (self);
  if (rates == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      show_error (self, text);
      return;
    }
  self->rates = g_steal_pointer (&rates);
  calculate_now (self);
}

static void
on_input_changed_cb (IncomeSupportCalculationEditor *self)
{
  input_changed (self);
}

static void
on_entry_activated_cb (IncomeSupportCalculationEditor *self)
{
  income_support_calculation_editor_calculate (self);
}

/* Actions */

static void
add_line_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportCalculationEditor *self = INCOME_SUPPORT_CALCULATION_EDITOR (widget);
  IncomeSupportEntryGroup *group = self->reductions_group;
  IncomeSupportEntryRow *row;

  if (g_str_equal (action_name, "income-support-calculation.add-income"))
    group = self->incomes_group;
  else if (g_str_equal (action_name, "income-support-calculation.add-expense"))
    group = self->expenses_group;
  else if (g_str_equal (action_name, "income-support-calculation.add-residence"))
    group = self->residence_group;
  row = income_support_entry_group_add_row (group);
  input_changed (self);
  income_support_entry_row_focus (row);
}

static void
calculate_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  income_support_calculation_editor_calculate (INCOME_SUPPORT_CALCULATION_EDITOR (widget));
}

/* Overrides */

static void
income_support_calculation_editor_get_property (GObject *object,
                                                guint prop_id,
                                                GValue *value,
                                                GParamSpec *pspec)
{
  IncomeSupportCalculationEditor *self = INCOME_SUPPORT_CALCULATION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CALCULATION:
      g_value_set_object (value, self->calculation);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
income_support_calculation_editor_dispose (GObject *object)
{
  IncomeSupportCalculationEditor *self = INCOME_SUPPORT_CALCULATION_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_CALCULATION_EDITOR);
  g_clear_object (&self->calculation);
  g_clear_object (&self->rates);
  g_clear_object (&self->members);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (income_support_calculation_editor_parent_class)->dispose (object);
}

static void
income_support_calculation_editor_finalize (GObject *object)
{
  IncomeSupportCalculationEditor *self = INCOME_SUPPORT_CALCULATION_EDITOR (object);

  g_clear_pointer (&self->months, g_ptr_array_unref);
  g_free (self->input_json);

  G_OBJECT_CLASS (income_support_calculation_editor_parent_class)->finalize (object);
}

static void
income_support_calculation_editor_class_init (IncomeSupportCalculationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = income_support_calculation_editor_get_property;
  object_class->dispose = income_support_calculation_editor_dispose;
  object_class->finalize = income_support_calculation_editor_finalize;

  /**
   * IncomeSupportCalculationEditor:calculation:
   *
   * The calculation made of the input as it is now; %NULL before one is
   * made and as soon as the input changes.
   */
  properties[PROP_CALCULATION]
      = g_param_spec_object ("calculation", NULL, NULL, KANSIO_TYPE_INCOME_SUPPORT_CALCULATION,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (INCOME_SUPPORT_TYPE_CALCULATION_RESULT);
  g_type_ensure (INCOME_SUPPORT_TYPE_ENTRY_GROUP);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-calculation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationEditor,
                                        scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationEditor, month_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationEditor, period_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationEditor,
                                        first_day_spin);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationEditor,
                                        last_day_spin);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationEditor,
                                        residence_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationEditor,
                                        incomes_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationEditor,
                                        expenses_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationEditor,
                                        reductions_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportCalculationEditor, result);
  gtk_widget_class_bind_template_callback (widget_class, on_input_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "income-support-calculation.add-income", NULL,
                                   add_line_action);
  gtk_widget_class_install_action (widget_class, "income-support-calculation.add-expense", NULL,
                                   add_line_action);
  gtk_widget_class_install_action (widget_class, "income-support-calculation.add-reduction", NULL,
                                   add_line_action);
  gtk_widget_class_install_action (widget_class, "income-support-calculation.add-residence", NULL,
                                   add_line_action);
  gtk_widget_class_install_action (widget_class, "income-support-calculation.calculate", NULL,
                                   calculate_action);
}

static void
income_support_calculation_editor_init (IncomeSupportCalculationEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->members = g_list_store_new (KANSIO_TYPE_INCOME_SUPPORT_MEMBER);
  self->months = g_ptr_array_new_with_free_func (g_free);
  self->editable = TRUE;
  income_support_entry_group_set_members (self->incomes_group, G_LIST_MODEL (self->members));
  income_support_entry_group_set_members (self->expenses_group, G_LIST_MODEL (self->members));
  income_support_entry_group_set_members (self->reductions_group, G_LIST_MODEL (self->members));
  income_support_entry_group_set_members (self->residence_group, G_LIST_MODEL (self->members));
  update_actions (self);
}

void
income_support_calculation_editor_set_context (IncomeSupportCalculationEditor *self,
                                               KansioContext *context)
{
  g_return_if_fail (INCOME_SUPPORT_IS_CALCULATION_EDITOR (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  if (g_set_object (&self->context, context))
    g_clear_object (&self->rates);
  update_actions (self);
}

/**
 * income_support_calculation_editor_set_application:
 *
 * Offers the months @application is for; the first is chosen unless the
 * month chosen is one of them.
 */
void
income_support_calculation_editor_set_application (IncomeSupportCalculationEditor *self,
                                                   KansioIncomeSupportApplication *application)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *chosen = NULL;
  guint selected = adw_combo_row_get_selected (self->month_row);
  GDate month, last;

  g_return_if_fail (INCOME_SUPPORT_IS_CALCULATION_EDITOR (self));
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (application));

  if (selected < self->months->len)
    chosen = g_strdup (g_ptr_array_index (self->months, selected));

  g_ptr_array_set_size (self->months, 0);
  if (_income_support_parse_date (kansio_income_support_application_get_first_month (application),
                                  &month)
      && _income_support_parse_date (kansio_income_support_application_get_last_month (application),
                                     &last))
    for (; g_date_compare (&month, &last) <= 0; g_date_add_months (&month, 1))
      {
        g_autofree char *label
            = g_strdup_printf ("%u/%u", g_date_get_month (&month), g_date_get_year (&month));

        g_ptr_array_add (self->months, g_strdup_printf ("%04u-%02u", g_date_get_year (&month),
                                                        g_date_get_month (&month)));
        gtk_string_list_append (labels, label);
      }

  self->filling = TRUE;
  adw_combo_row_set_model (self->month_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->month_row, 0);
  for (guint i = 0; chosen != NULL && i < self->months->len; i++)
    if (g_str_equal (chosen, g_ptr_array_index (self->months, i)))
      adw_combo_row_set_selected (self->month_row, i);
  self->filling = FALSE;
}

/**
 * income_support_calculation_editor_set_members:
 * @members: the household, of #KansioIncomeSupportMember
 *
 * Takes the household as it is now. The lines keep whose they were.
 */
void
income_support_calculation_editor_set_members (IncomeSupportCalculationEditor *self,
                                               GListModel *members)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_autoptr (GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) incomes = NULL;
  g_autoptr (GPtrArray) reductions = NULL;
  g_autoptr (GPtrArray) residence = NULL;
  gboolean changed = FALSE;

  g_return_if_fail (INCOME_SUPPORT_IS_CALCULATION_EDITOR (self));
  g_return_if_fail (G_IS_LIST_MODEL (members));

  incomes = income_support_entry_group_get_rows (self->incomes_group);
  reductions = income_support_entry_group_get_rows (self->reductions_group);
  residence = income_support_entry_group_get_rows (self->residence_group);
  g_ptr_array_extend_and_steal (rows, g_steal_pointer (&incomes));
  g_ptr_array_extend_and_steal (rows, g_steal_pointer (&reductions));
  g_ptr_array_extend_and_steal (rows, g_steal_pointer (&residence));
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (
        keys, g_strdup (income_support_entry_row_get_member_key (g_ptr_array_index (rows, i))));

  /* Names are the ids of a calculation: a second "Aino Virtanen" is
   * "Aino Virtanen (2)". */
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      KansioIncomeSupportMember *member = g_list_model_get_item (members, i);
      const char *name = kansio_income_support_member_get_full_name (member);
      g_autofree char *key = g_strdup (name);

      for (guint n = 2; g_hash_table_contains (seen, key); n++)
        {
          g_free (key);
          key = g_strdup_printf ("%s (%u)", name, n);
        }
      kansio_income_support_member_set_key (member, key);
      g_hash_table_add (seen, (gpointer) kansio_income_support_member_get_key (member));
      g_ptr_array_add (items, member);
    }

  if (items->len != g_list_model_get_n_items (G_LIST_MODEL (self->members)))
    changed = TRUE;
  for (guint i = 0; !changed && i < items->len; i++)
    {
      g_autoptr (KansioIncomeSupportMember) old
          = g_list_model_get_item (G_LIST_MODEL (self->members), i);
      KansioIncomeSupportMember *new = g_ptr_array_index (items, i);

      changed = g_strcmp0 (kansio_income_support_member_get_key (old),
                           kansio_income_support_member_get_key (new))
                    != 0
                || g_strcmp0 (kansio_income_support_member_get_role (old),
                              kansio_income_support_member_get_role (new))
                       != 0
                || g_strcmp0 (kansio_income_support_member_get_birth_date (old),
                              kansio_income_support_member_get_birth_date (new))
                       != 0;
    }

  self->filling = TRUE;
  g_list_store_splice (self->members, 0, g_list_model_get_n_items (G_LIST_MODEL (self->members)),
                       items->pdata, items->len);
  for (guint i = 0; i < rows->len; i++)
    if (!income_support_entry_row_set_member_key (g_ptr_array_index (rows, i),
                                                  g_ptr_array_index (keys, i)))
      changed = TRUE;
  self->filling = FALSE;

  /* A calculation of another household is not this one's. */
  if (changed)
    drop_result (self);
}

/**
 * income_support_calculation_editor_get_members:
 *
 * Returns: (transfer none): the household, of #KansioIncomeSupportMember
 */
GListModel *
income_support_calculation_editor_get_members (IncomeSupportCalculationEditor *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_CALCULATION_EDITOR (self), NULL);
  return G_LIST_MODEL (self->members);
}

/**
 * income_support_calculation_editor_set_editable:
 *
 * Whether lines may be added, changed and removed: not once the
 * application is decided.
 */
void
income_support_calculation_editor_set_editable (IncomeSupportCalculationEditor *self,
                                                gboolean editable)
{
  g_return_if_fail (INCOME_SUPPORT_IS_CALCULATION_EDITOR (self));

  self->editable = editable;
  income_support_entry_group_set_editable (self->incomes_group, editable);
  income_support_entry_group_set_editable (self->expenses_group, editable);
  income_support_entry_group_set_editable (self->reductions_group, editable);
  income_support_entry_group_set_editable (self->residence_group, editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->month_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->period_row), editable);
  update_actions (self);
}

/**
 * income_support_calculation_editor_clear:
 *
 * Empties the editor, for another application.
 */
void
income_support_calculation_editor_clear (IncomeSupportCalculationEditor *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_CALCULATION_EDITOR (self));

  self->filling = TRUE;
  income_support_entry_group_clear (self->incomes_group);
  income_support_entry_group_clear (self->expenses_group);
  income_support_entry_group_clear (self->reductions_group);
  income_support_entry_group_clear (self->residence_group);
  adw_expander_row_set_enable_expansion (self->period_row, FALSE);
  g_list_store_remove_all (self->members);
  g_ptr_array_set_size (self->months, 0);
  adw_combo_row_set_model (self->month_row, NULL);
  self->filling = FALSE;
  self->touched = FALSE;
  show_error (self, NULL);
  drop_result (self);
}

/**
 * income_support_calculation_editor_get_is_touched:
 *
 * Returns: whether the user has changed the input since it was cleared
 *   or filled
 */
gboolean
income_support_calculation_editor_get_is_touched (IncomeSupportCalculationEditor *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_CALCULATION_EDITOR (self), FALSE);
  return self->touched;
}

static JsonArray *
array_member (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/**
 * income_support_calculation_editor_fill_from_json:
 * @json: a decision's calculation, with its input
 *
 * Puts the input of a calculation made before back into the editor, and
 * calculates it again. The household must have been set.
 *
 * Returns: whether @json had the input
 */
gboolean
income_support_calculation_editor_fill_from_json (IncomeSupportCalculationEditor *self,
                                                  const char *json)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  const char *month;

  g_return_val_if_fail (INCOME_SUPPORT_IS_CALCULATION_EDITOR (self), FALSE);

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return FALSE;
  root = json_node_get_object (json_parser_get_root (parser));
  if (array_member (root, "household") == NULL)
    return FALSE;

  self->filling = TRUE;
  income_support_entry_group_clear (self->incomes_group);
  income_support_entry_group_clear (self->expenses_group);
  income_support_entry_group_clear (self->reductions_group);
  income_support_entry_group_clear (self->residence_group);
  month = _income_support_json_string (root, "month");
  adw_expander_row_set_enable_expansion (self->period_row,
                                         json_object_has_member (root, "first_day")
                                             && json_object_has_member (root, "last_day"));
  if (adw_expander_row_get_enable_expansion (self->period_row))
    {
      gtk_spin_button_set_value (self->first_day_spin,
                                 (double) json_object_get_int_member (root, "first_day"));
      gtk_spin_button_set_value (self->last_day_spin,
                                 (double) json_object_get_int_member (root, "last_day"));
    }
  for (guint i = 0; month != NULL && i < self->months->len; i++)
    if (g_str_equal (month, g_ptr_array_index (self->months, i)))
      adw_combo_row_set_selected (self->month_row, i);

  income_support_entry_group_fill_from_json (self->incomes_group, root);
  income_support_entry_group_fill_from_json (self->expenses_group, root);
  income_support_entry_group_fill_from_json (self->reductions_group, root);
  income_support_entry_group_fill_from_json (self->residence_group, root);
  self->filling = FALSE;
  self->touched = FALSE;
  drop_result (self);
  income_support_calculation_editor_calculate (self);
  return TRUE;
}

/**
 * income_support_calculation_editor_calculate:
 *
 * Calculates the input; the result, or what is wrong, is shown.
 */
void
income_support_calculation_editor_calculate (IncomeSupportCalculationEditor *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_CALCULATION_EDITOR (self));

  if (self->context == NULL || self->loading_rates)
    return;
  if (self->rates == NULL)
    {
      self->loading_rates = TRUE;
      update_actions (self);
      _income_support_load_rates_async (self->context, self->cancellable, on_rates_loaded_cb,
                                        g_object_ref (self));
      return;
    }
  calculate_now (self);
}

/**
 * income_support_calculation_editor_get_calculation:
 *
 * Returns: (transfer none) (nullable): the calculation of the input as
 *   it is now
 */
KansioIncomeSupportCalculation *
income_support_calculation_editor_get_calculation (IncomeSupportCalculationEditor *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_CALCULATION_EDITOR (self), NULL);
  return self->calculation;
}

/**
 * _income_support_calculation_merge_json:
 * @result_json: a calculation's result, as to_json () writes it
 * @input_json: its input
 *
 * Returns: (transfer full) (nullable): the result with the input's
 *   rules, period, household, incomes, expenses, reductions and
 *   residence: readable as input again
 */
char *
_income_support_calculation_merge_json (const char *result_json, const char *input_json)
{
  static const char *const inputs[] = { "rules",   "first_day", "last_day",   "household",
                                        "incomes", "expenses",  "reductions", "residence" };
  g_autoptr (JsonParser) result_parser = json_parser_new ();
  g_autoptr (JsonParser) input_parser = json_parser_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  JsonObject *result, *input;

  if (!json_parser_load_from_data (result_parser, result_json, -1, NULL)
      || !json_parser_load_from_data (input_parser, input_json, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (result_parser))
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (input_parser)))
    return NULL;
  result = json_node_get_object (json_parser_get_root (result_parser));
  input = json_node_get_object (json_parser_get_root (input_parser));
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    if (json_object_has_member (input, inputs[i]))
      json_object_set_member (result, inputs[i],
                              json_node_copy (json_object_get_member (input, inputs[i])));
  json_generator_set_root (generator, json_parser_get_root (result_parser));
  return json_generator_to_data (generator, NULL);
}

/**
 * income_support_calculation_editor_dup_decision_json:
 *
 * Returns: (transfer full) (nullable): the calculation as a decision
 *   stores it: the result with its input; %NULL before one is made
 */
char *
income_support_calculation_editor_dup_decision_json (IncomeSupportCalculationEditor *self)
{
  g_autofree char *result = NULL;

  g_return_val_if_fail (INCOME_SUPPORT_IS_CALCULATION_EDITOR (self), NULL);

  if (self->calculation == NULL || self->input_json == NULL)
    return NULL;
  result = kansio_income_support_calculation_to_json (self->calculation);
  return _income_support_calculation_merge_json (result, self->input_json);
}
