/* income-support-work-queue.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-work-queue"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-format.h"
#include "income-support-queue-item.h"
#include "income-support-work-queue.h"

/* What is due and what is late: the open applications the user registered,
 * or those of every unit they handle income support in, in the order
 * they must be decided. Enter or a double click opens one. */
struct _IncomeSupportWorkQueue
{
  AdwBin parent_instance;

  KansioContext *context;
  GCancellable *cancellable;
  GListStore *items;

  /* Template widgets */
  GtkToggleButton *mine_button;
  GtkToggleButton *office_button;
  GtkLabel *count_label;
  GtkStack *list_stack;
  AdwStatusPage *failed_page;
  AdwStatusPage *empty_page;
  GtkColumnView *column_view;
  GtkColumnViewColumn *client_column;
  GtkColumnViewColumn *received_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *due_column;
  GtkColumnViewColumn *days_left_column;
  GtkColumnViewColumn *late_column;
  GtkColumnViewColumn *urgent_column;
  GtkColumnViewColumn *identity_column;
};

G_DEFINE_FINAL_TYPE (IncomeSupportWorkQueue, income_support_work_queue, ADW_TYPE_BIN)

enum
{
  OPEN_APPLICATION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkSorter *
string_sorter (const char *property)
{
  return GTK_SORTER (gtk_string_sorter_new (
      gtk_property_expression_new (INCOME_SUPPORT_TYPE_QUEUE_ITEM, NULL, property)));
}

static void
set_sorter (GtkColumnViewColumn *column, GtkSorter *sorter)
{
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
}

static void
update_count (IncomeSupportWorkQueue *self)
{
  GListModel *model = G_LIST_MODEL (self->items);
  guint n_items = g_list_model_get_n_items (model);
  guint n_late = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (IncomeSupportQueueItem) item = g_list_model_get_item (model, i);

      if (income_support_queue_item_get_is_late (item))
        n_late++;
    }
  if (n_late > 0)
    /* Translators: the first %u is the number of open applications; the
     * sentence goes on with "…, N late" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open application, %u late",
                                         "%u open applications, %u late", n_items),
                            n_items, n_late);
  else
    text = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u open application", "%u open applications", n_items),
        n_items);
  gtk_label_set_label (self->count_label, n_items > 0 ? text : "");
}

static void
on_queue_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportWorkQueue) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) queue = kansio_income_support_queue_item_list_finish (result, &error);
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (queue == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      adw_status_page_set_description (self->failed_page, text);
      gtk_stack_set_visible_child_name (self->list_stack, "failed");
      gtk_label_set_label (self->count_label, "");
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
    {
      g_autoptr (KansioIncomeSupportQueueItem) item = g_list_model_get_item (queue, i);

      g_ptr_array_add (items, income_support_queue_item_new (item));
    }
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  adw_status_page_set_description (
      self->empty_page,
      gtk_toggle_button_get_active (self->mine_button)
          ? _ ("Applications you register are listed here until they are decided.")
          : _ ("No application of your units waits for a decision."));
  gtk_stack_set_visible_child_name (self->list_stack, items->len > 0 ? "list" : "empty");
  update_count (self);
}

static void
on_whose_toggled_cb (IncomeSupportWorkQueue *self, GtkToggleButton *button)
{
  /* Both buttons toggle; the one that became active reloads, once it is. */
  if (!gtk_toggle_button_get_active (button))
    return;
  g_list_store_remove_all (self->items);
  income_support_work_queue_reload (self);
}

static void
on_column_view_activate_cb (IncomeSupportWorkQueue *self, guint position)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
  g_autoptr (IncomeSupportQueueItem) item = g_list_model_get_item (model, position);

  if (item != NULL)
    g_signal_emit (self, signals[OPEN_APPLICATION], 0,
                   income_support_queue_item_get_application_id (item),
                   income_support_queue_item_get_person_id (item));
}

static void
income_support_work_queue_reload_action (GtkWidget *widget,
                                         const char *action_name,
                                         GVariant *parameter)
{
  income_support_work_queue_reload (INCOME_SUPPORT_WORK_QUEUE (widget));
}

static void
income_support_work_queue_dispose (GObject *object)
{
  IncomeSupportWorkQueue *self = INCOME_SUPPORT_WORK_QUEUE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_WORK_QUEUE);
  g_clear_object (&self->items);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (income_support_work_queue_parent_class)->dispose (object);
}

static void
income_support_work_queue_class_init (IncomeSupportWorkQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_work_queue_dispose;

  /**
   * IncomeSupportWorkQueue::open-application:
   * @application_id: the application chosen
   * @person_id: its client
   */
  signals[OPEN_APPLICATION]
      = g_signal_new ("open-application", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                      NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);

  g_type_ensure (INCOME_SUPPORT_TYPE_QUEUE_ITEM);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-work-queue.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, mine_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, office_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, count_label);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, list_stack);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, failed_page);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, empty_page);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, column_view);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, client_column);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, received_column);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, status_column);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, due_column);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, days_left_column);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, late_column);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, urgent_column);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportWorkQueue, identity_column);
  gtk_widget_class_bind_template_callback (widget_class, on_whose_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "income-support-queue.reload", NULL,
                                   income_support_work_queue_reload_action);
}

static void
income_support_work_queue_init (IncomeSupportWorkQueue *self)
{
  GtkSortListModel *sorted;
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->items = g_list_store_new (INCOME_SUPPORT_TYPE_QUEUE_ITEM);

  set_sorter (self->client_column, string_sorter ("client-name"));
  set_sorter (self->identity_column, string_sorter ("identity-code"));
  set_sorter (self->received_column, string_sorter ("received-on"));
  set_sorter (self->status_column, string_sorter ("status-label"));
  set_sorter (self->due_column, string_sorter ("due-on"));
  set_sorter (self->days_left_column,
              GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (
                  INCOME_SUPPORT_TYPE_QUEUE_ITEM, NULL, "working-days-left"))));

  /* Unsorted, the database's order: by the day each must be decided. */
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->items)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

void
income_support_work_queue_set_context (IncomeSupportWorkQueue *self, KansioContext *context)
{
  g_return_if_fail (INCOME_SUPPORT_IS_WORK_QUEUE (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;
  g_list_store_remove_all (self->items);
  if (context != NULL)
    income_support_work_queue_reload (self);
}

/**
 * income_support_work_queue_reload:
 *
 * Lists the open applications again, as the database has them now.
 */
void
income_support_work_queue_reload (IncomeSupportWorkQueue *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_WORK_QUEUE (self));

  if (self->context == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "loading");
  kansio_income_support_queue_item_list_async (
      kansio_context_get_database (self->context), income_support_work_queue_get_whose (self),
      self->cancellable, on_queue_loaded_cb, g_object_ref (self));
}

/**
 * income_support_work_queue_get_items:
 *
 * Returns: (transfer none): the applications listed, of
 *   #IncomeSupportQueueItem, in the database's order
 */
GListModel *
income_support_work_queue_get_items (IncomeSupportWorkQueue *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_WORK_QUEUE (self), NULL);
  return G_LIST_MODEL (self->items);
}

/**
 * income_support_work_queue_get_whose:
 *
 * Returns: "mine" or "office"
 */
const char *
income_support_work_queue_get_whose (IncomeSupportWorkQueue *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_WORK_QUEUE (self), NULL);
  return gtk_toggle_button_get_active (self->office_button) ? "office" : "mine";
}

/**
 * income_support_work_queue_set_whose:
 * @whose: "mine" or "office"
 */
void
income_support_work_queue_set_whose (IncomeSupportWorkQueue *self, const char *whose)
{
  g_return_if_fail (INCOME_SUPPORT_IS_WORK_QUEUE (self));
  g_return_if_fail (g_strcmp0 (whose, "mine") == 0 || g_strcmp0 (whose, "office") == 0);

  gtk_toggle_button_set_active (
      g_str_equal (whose, "office") ? self->office_button : self->mine_button, TRUE);
}

/**
 * income_support_work_queue_focus:
 *
 * Moves the keyboard focus to the list, so Enter opens the application
 * selected.
 */
void
income_support_work_queue_focus (IncomeSupportWorkQueue *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_WORK_QUEUE (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "list") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}
