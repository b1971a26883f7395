/* income-support-order-list.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-order-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-format.h"
#include "income-support-order-list.h"

/* The payment orders of a decision, on the decision page: to the client's
 * own account or a payment commitment to a landlord or a pharmacy, in all
 * at most the support granted, each paid or waiting for a payment run;
 * and, while the decision is prepared, the form to add one. What the
 * form holds is checked here first and by the database again; a field it
 * refuses is marked. The orders are the decision's
 * (kansio_income_support_decision_list_orders_async); an order added or
 * taken back changes the decision's version, so the page reads it again
 * (::changed). */
struct _IncomeSupportOrderList
{
  AdwBin parent_instance;

  GCancellable *cancellable;
  KansioIncomeSupportDecision *decision;
  GListModel *orders; /* of KansioIncomeSupportPaymentOrder */
  gboolean may_order;
  gboolean removable;
  gboolean busy;
  gint64 ordered_cents; /* in all the decision's orders */
  gint64 paid_cents;    /* of them, paid in payment runs */

  /* Template widgets */
  AdwPreferencesGroup *payments_group;
  GtkListBox *orders_list;
  AdwPreferencesGroup *order_form_group;
  AdwComboRow *payment_kind_row;
  AdwEntryRow *payee_row;
  AdwActionRow *payee_error_row;
  AdwEntryRow *iban_row;
  AdwActionRow *iban_error_row;
  AdwEntryRow *reference_row;
  AdwActionRow *reference_error_row;
  AdwEntryRow *message_row;
  AdwActionRow *message_error_row;
  AdwEntryRow *amount_row;
  AdwActionRow *amount_error_row;
  AdwEntryRow *due_row;
  AdwActionRow *due_error_row;
  GtkWidget *add_order_button;
};

G_DEFINE_FINAL_TYPE (IncomeSupportOrderList, income_support_order_list, ADW_TYPE_BIN)

enum
{
  CHANGED,
  LOADED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
show_row_message (AdwActionRow *row, const char *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (row), message != NULL);
}

static void
update_view (IncomeSupportOrderList *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->order_form_group), self->may_order);
  gtk_widget_set_visible (self->add_order_button, self->may_order);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-decision.add-order",
                                 self->may_order && self->decision != NULL && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-decision.remove-order",
                                 self->may_order && self->decision != NULL && !self->busy);
}

static void
set_busy (IncomeSupportOrderList *self, gboolean busy)
{
  self->busy = busy;
  update_view (self);
}

static void
clear_order_errors (IncomeSupportOrderList *self)
{
  AdwActionRow *rows[]
      = { self->payee_error_row,   self->iban_error_row,   self->reference_error_row,
          self->message_error_row, self->amount_error_row, self->due_error_row };
  AdwEntryRow *entries[] = { self->payee_row,   self->iban_row,   self->reference_row,
                             self->message_row, self->amount_row, self->due_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      show_row_message (rows[i], NULL);
      _income_support_mark_error (GTK_WIDGET (entries[i]), FALSE);
    }
}

/* An order: to whom and how much, to which account, and whether a payment
 * run has paid it. */
static GtkWidget *
create_order_row_cb (gpointer item, gpointer user_data)
{
  IncomeSupportOrderList *self = user_data;
  KansioIncomeSupportPaymentOrder *order = item;
  g_autofree char *amount
      = _income_support_format_money (kansio_income_support_payment_order_get_amount_cents (order));
  g_autofree char *iban = kansio_format_iban (kansio_income_support_payment_order_get_iban (order));
  g_autofree char *due
      = _income_support_format_date (kansio_income_support_payment_order_get_due_on (order));
  g_autofree char *paid
      = _income_support_format_date (kansio_income_support_payment_order_get_paid_on (order));
  g_autofree char *account = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *reference = kansio_income_support_payment_order_get_reference (order);
  gboolean is_paid = kansio_income_support_payment_order_get_is_paid (order);
  GtkWidget *row = adw_action_row_new ();

  title = g_strdup_printf (
      "%s · %s", kansio_income_support_payment_order_get_payee_name (order) ?: "", amount);
  /* Translators: an account number, then the due date */
  account = reference != NULL
                ? g_strdup_printf (_ ("%s, reference %s, due %s"), iban, reference, due)
                : g_strdup_printf (_ ("%s, due %s"), iban, due);
  /* Translators: the account and due date, then the day of the payment run */
  subtitle = is_paid ? g_strdup_printf (_ ("%s. Paid in the payment run of %s."), account, paid)
                     : g_strdup_printf (_ ("%s. Waiting for a payment run."), account);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_icon_name (
      ADW_ACTION_ROW (row),
      g_strcmp0 (kansio_income_support_payment_order_get_kind (order), "client") == 0
          ? "avatar-default-symbolic"
          : "mail-attachment-symbolic");
  /* Taken back before the decision: the decision-maker reads it again. */
  if (self->removable && !is_paid)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _ ("Remove the payment order"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Remove the payment order"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove),
                                      "income-support-decision.remove-order");
      gtk_actionable_set_action_target_value (
          GTK_ACTIONABLE (remove),
          g_variant_new_int64 (kansio_income_support_payment_order_get_id (order)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
    }
  return row;
}

static void
show_orders (IncomeSupportOrderList *self)
{
  gtk_list_box_bind_model (self->orders_list, self->orders,
                           self->orders != NULL ? create_order_row_cb : NULL, self, NULL);
}

/* The amount field offers what is left of the support, unless the user
 * wrote something there. */
static void
offer_amount_left (IncomeSupportOrderList *self)
{
  gint64 support;
  g_autofree char *left = NULL;

  if (self->decision == NULL)
    return;
  support = kansio_income_support_decision_get_support_cents (self->decision);
  if (*text_of (self->amount_row) != '\0' || support <= self->ordered_cents)
    return;
  left = _income_support_format_amount_input (support - self->ordered_cents);
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), left);
  _income_support_mark_error (GTK_WIDGET (self->amount_row), FALSE);
}

static void
on_orders_listed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportOrderList) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) orders = kansio_income_support_decision_list_orders_finish (
      KANSIO_INCOME_SUPPORT_DECISION (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      || KANSIO_INCOME_SUPPORT_DECISION (object) != self->decision)
    return;
  if (orders == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      g_clear_object (&self->orders);
      show_orders (self);
      g_signal_emit (self, signals[FAILED], 0, text);
      return;
    }
  self->ordered_cents = 0;
  self->paid_cents = 0;
  for (guint i = 0; i < g_list_model_get_n_items (orders); i++)
    {
      g_autoptr (KansioIncomeSupportPaymentOrder) order = g_list_model_get_item (orders, i);
      gint64 cents = kansio_income_support_payment_order_get_amount_cents (order);

      self->ordered_cents += cents;
      if (kansio_income_support_payment_order_get_is_paid (order))
        self->paid_cents += cents;
    }
  g_set_object (&self->orders, orders);
  show_orders (self);
  offer_amount_left (self);
  g_signal_emit (self, signals[LOADED], 0);
}

static void
on_order_added_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportOrderList) self = user_data;
  g_autoptr (GError) error = NULL;

  kansio_income_support_decision_add_order_finish (KANSIO_INCOME_SUPPORT_DECISION (object), result,
                                                   &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (error != NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);
      const char *column = kansio_database_error_get_column (error);
      AdwActionRow *error_row = self->amount_error_row;
      AdwEntryRow *entry = self->amount_row;

      if (g_strcmp0 (column, "iban") == 0)
        error_row = self->iban_error_row, entry = self->iban_row;
      else if (g_strcmp0 (column, "reference") == 0)
        error_row = self->reference_error_row, entry = self->reference_row;
      else if (g_strcmp0 (column, "payee_name") == 0)
        error_row = self->payee_error_row, entry = self->payee_row;
      else if (g_strcmp0 (column, "message") == 0)
        error_row = self->message_error_row, entry = self->message_row;
      show_row_message (error_row, text);
      _income_support_mark_error (GTK_WIDGET (entry), column != NULL);
      return;
    }

  /* Ready for the next: the same payee, what is left of the support once
   * the orders are read again. */
  gtk_editable_set_text (GTK_EDITABLE (self->reference_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->message_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), "");
  clear_order_errors (self);
  _income_support_show_toast (GTK_WIDGET (self), _ ("Payment order added"));
  /* The decision has a new version with it: the page reads both again. */
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_order_removed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportOrderList) self = user_data;
  g_autoptr (GError) error = NULL;

  kansio_income_support_payment_order_remove_finish (KANSIO_INCOME_SUPPORT_PAYMENT_ORDER (object),
                                                     result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (error != NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      g_signal_emit (self, signals[FAILED], 0, text);
    }
  else
    _income_support_show_toast (GTK_WIDGET (self), _ ("Payment order removed"));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_order_field_changed_cb (IncomeSupportOrderList *self, GtkEditable *editable)
{
  AdwEntryRow *entries[] = { self->payee_row,   self->iban_row,   self->reference_row,
                             self->message_row, self->amount_row, self->due_row };
  AdwActionRow *messages[]
      = { self->payee_error_row,   self->iban_error_row,   self->reference_error_row,
          self->message_error_row, self->amount_error_row, self->due_error_row };

  _income_support_mark_error (GTK_WIDGET (editable), FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (GTK_EDITABLE (entries[i]) == editable)
      show_row_message (messages[i], NULL);
}

static void
mark_invalid (AdwActionRow *error_row, AdwEntryRow *entry, const char *message, gboolean *valid)
{
  show_row_message (error_row, message);
  _income_support_mark_error (GTK_WIDGET (entry), TRUE);
  *valid = FALSE;
}

/* Actions */

static void
add_order_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportOrderList *self = INCOME_SUPPORT_ORDER_LIST (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioIncomeSupportPaymentOrder) order = NULL;
  g_autofree char *payee = g_strstrip (g_strdup (text_of (self->payee_row)));
  g_autofree char *reference = g_strstrip (g_strdup (text_of (self->reference_row)));
  g_autofree char *message = g_strstrip (g_strdup (text_of (self->message_row)));
  const char *iban = text_of (self->iban_row);
  gboolean valid = TRUE;
  gint64 cents = 0;
  gint64 support;
  GDate due_on;

  if (self->decision == NULL || self->busy)
    return;
  support = kansio_income_support_decision_get_support_cents (self->decision);
  clear_order_errors (self);

  if (*payee == '\0' || !kansio_validate_sepa_text (payee, 70, &error))
    mark_invalid (self->payee_error_row, self->payee_row,
                  error != NULL ? error->message : _ ("Write whom the support is paid to."),
                  &valid);
  g_clear_error (&error);
  if (!kansio_validate_sepa_text (message, 140, &error))
    mark_invalid (self->message_error_row, self->message_row, error->message, &valid);
  g_clear_error (&error);
  if (!kansio_validate_iban (iban, &error))
    mark_invalid (self->iban_error_row, self->iban_row, error->message, &valid);
  g_clear_error (&error);
  if (*reference != '\0'
      && !(g_ascii_strncasecmp (reference, "RF", 2) == 0
               ? kansio_validate_rf_reference (reference, &error)
               : kansio_validate_reference (reference, &error)))
    mark_invalid (self->reference_error_row, self->reference_row, error->message, &valid);
  if (!_income_support_parse_amount (text_of (self->amount_row), &cents) || cents <= 0)
    mark_invalid (self->amount_error_row, self->amount_row,
                  _ ("Write the amount in euros, more than zero, such as 250,00."), &valid);
  else if (self->ordered_cents + cents > support)
    {
      g_autofree char *left = _income_support_format_money (MAX (support - self->ordered_cents, 0));
      g_autofree char *text
          = g_strdup_printf (_ ("The orders would exceed the support granted: %s is left."), left);

      mark_invalid (self->amount_error_row, self->amount_row, text, &valid);
    }
  if (!_income_support_parse_date (text_of (self->due_row), &due_on))
    mark_invalid (self->due_error_row, self->due_row, _ ("Write the due date as d.m.yyyy."),
                  &valid);
  if (!valid)
    return;

  order = kansio_income_support_payment_order_new (
      _income_support_choice_code (INCOME_SUPPORT_CHOICE_PAYMENT,
                                   adw_combo_row_get_selected (self->payment_kind_row)),
      payee, iban, reference, message, cents, &due_on);
  set_busy (self, TRUE);
  kansio_income_support_decision_add_order_async (self->decision, order, self->cancellable,
                                                  on_order_added_cb, g_object_ref (self));
}

static void
remove_order_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  IncomeSupportOrderList *self = INCOME_SUPPORT_ORDER_LIST (widget);
  gint64 order_id = g_variant_get_int64 (parameter);

  if (self->busy || self->orders == NULL || !self->removable)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (self->orders); i++)
    {
      g_autoptr (KansioIncomeSupportPaymentOrder) order = g_list_model_get_item (self->orders, i);

      if (kansio_income_support_payment_order_get_id (order) != order_id)
        continue;
      set_busy (self, TRUE);
      kansio_income_support_payment_order_remove_async (order, self->cancellable,
                                                        on_order_removed_cb, g_object_ref (self));
      return;
    }
}

/* Overrides */

static void
income_support_order_list_dispose (GObject *object)
{
  IncomeSupportOrderList *self = INCOME_SUPPORT_ORDER_LIST (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_ORDER_LIST);
  g_clear_object (&self->orders);
  g_clear_object (&self->decision);

  G_OBJECT_CLASS (income_support_order_list_parent_class)->dispose (object);
}

static void
income_support_order_list_class_init (IncomeSupportOrderListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_order_list_dispose;

  /**
   * IncomeSupportOrderList::changed:
   *
   * An order was added or taken back: the decision has a new version.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
  /**
   * IncomeSupportOrderList::loaded:
   *
   * The orders were read: what is ordered and paid is known.
   */
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);
  /**
   * IncomeSupportOrderList::failed:
   * @message: what the database said, for the user
   *
   * The orders could not be read, or one not taken back.
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-order-list.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, payments_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, orders_list);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, order_form_group);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, payment_kind_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, payee_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, payee_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, iban_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, iban_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, reference_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, reference_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, message_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, message_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, amount_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, amount_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, due_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, due_error_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportOrderList, add_order_button);
  gtk_widget_class_bind_template_callback (widget_class, on_order_field_changed_cb);

  /* Named as they were on the decision page, whose buttons they are. */
  gtk_widget_class_install_action (widget_class, "income-support-decision.add-order", NULL,
                                   add_order_action);
  gtk_widget_class_install_action (widget_class, "income-support-decision.remove-order", "x",
                                   remove_order_action);
}

static void
income_support_order_list_init (IncomeSupportOrderList *self)
{
  g_autoptr (GListModel) payments = _income_support_choice_model (INCOME_SUPPORT_CHOICE_PAYMENT);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  adw_combo_row_set_model (self->payment_kind_row, payments);
  gtk_list_box_set_placeholder (self->orders_list, gtk_label_new (_ ("No payment orders yet")));
  update_view (self);
}

/**
 * income_support_order_list_set_decision:
 * @decision: (nullable): the decision whose orders to show
 * @may_order: whether to offer the form to add one
 * @removable: whether orders not yet paid can be taken back
 *
 * Reads the decision's orders; ::loaded or ::failed tells how it went.
 */
void
income_support_order_list_set_decision (IncomeSupportOrderList *self,
                                        KansioIncomeSupportDecision *decision,
                                        gboolean may_order,
                                        gboolean removable)
{
  g_return_if_fail (INCOME_SUPPORT_IS_ORDER_LIST (self));
  g_return_if_fail (decision == NULL || KANSIO_IS_INCOME_SUPPORT_DECISION (decision));

  g_set_object (&self->decision, decision);
  self->may_order = may_order;
  self->removable = removable;
  update_view (self);
  if (decision == NULL)
    {
      self->ordered_cents = 0;
      self->paid_cents = 0;
      g_clear_object (&self->orders);
      show_orders (self);
      return;
    }
  kansio_income_support_decision_list_orders_async (decision, self->cancellable,
                                                    on_orders_listed_cb, g_object_ref (self));
}

/**
 * income_support_order_list_reset:
 * @payee_name: the client, whom the support is paid to by default
 *
 * Another application: nothing typed for the one before stays, and
 * nothing is being done for it.
 */
void
income_support_order_list_reset (IncomeSupportOrderList *self, const char *payee_name)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%-d.%-m.%Y");

  g_return_if_fail (INCOME_SUPPORT_IS_ORDER_LIST (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->busy = FALSE;
  g_clear_object (&self->decision);
  g_clear_object (&self->orders);
  self->ordered_cents = 0;
  self->paid_cents = 0;
  show_orders (self);
  adw_combo_row_set_selected (self->payment_kind_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->payee_row), payee_name != NULL ? payee_name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->iban_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->reference_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->message_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), today);
  clear_order_errors (self);
  update_view (self);
}

gboolean
income_support_order_list_get_busy (IncomeSupportOrderList *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_ORDER_LIST (self), FALSE);
  return self->busy;
}

gint64
income_support_order_list_get_ordered_cents (IncomeSupportOrderList *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_ORDER_LIST (self), 0);
  return self->ordered_cents;
}

gint64
income_support_order_list_get_paid_cents (IncomeSupportOrderList *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_ORDER_LIST (self), 0);
  return self->paid_cents;
}
