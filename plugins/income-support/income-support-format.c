/* income-support-format.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the income-support plugin words the database's codes, reads and
 * writes dates, months and euros, and shows errors: in one place for
 * every view of the plugin.
 */
#define G_LOG_DOMAIN "income-support-format"

#include "config.h"

#include <stdio.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "income-support-format.h"

static const struct
{
  IncomeSupportChoice choice;
  const char *code;
  const char *label;
} choices[] = {
  { INCOME_SUPPORT_CHOICE_STATUS, "received", N_ ("Received") },
  { INCOME_SUPPORT_CHOICE_STATUS, "in_processing", N_ ("In processing") },
  { INCOME_SUPPORT_CHOICE_STATUS, "waiting_for_attachments", N_ ("Waiting for attachments") },
  { INCOME_SUPPORT_CHOICE_STATUS, "decided", N_ ("Decided") },
  /* Only in the work queue: decided, the sending not yet recorded. */
  { INCOME_SUPPORT_CHOICE_STATUS, "not_sent", N_ ("Decided, not sent") },
  { INCOME_SUPPORT_CHOICE_STATUS, "waiting_for_decision", N_ ("Waiting for a decision") },
  { INCOME_SUPPORT_CHOICE_STATUS, "paid", N_ ("Paid") },
  { INCOME_SUPPORT_CHOICE_STATUS, "closed", N_ ("Closed") },

  { INCOME_SUPPORT_CHOICE_CHANNEL, "electronic", N_ ("Electronically") },
  { INCOME_SUPPORT_CHOICE_CHANNEL, "paper", N_ ("On paper") },
  { INCOME_SUPPORT_CHOICE_CHANNEL, "in_person", N_ ("In person") },
  { INCOME_SUPPORT_CHOICE_CHANNEL, "phone", N_ ("By phone") },

  { INCOME_SUPPORT_CHOICE_KIND, "supplementary", N_ ("Supplementary") },
  { INCOME_SUPPORT_CHOICE_KIND, "preventive", N_ ("Preventive") },

  { INCOME_SUPPORT_CHOICE_ROLE, "living_alone", N_ ("Living alone") },
  { INCOME_SUPPORT_CHOICE_ROLE, "single_parent", N_ ("Single parent") },
  { INCOME_SUPPORT_CHOICE_ROLE, "adult", N_ ("Adult in a joint household") },
  { INCOME_SUPPORT_CHOICE_ROLE, "adult_with_parents", N_ ("Adult living with parents") },
  { INCOME_SUPPORT_CHOICE_ROLE, "child", N_ ("Child") },

  { INCOME_SUPPORT_CHOICE_INCOME, "wage", N_ ("Wages") },
  { INCOME_SUPPORT_CHOICE_INCOME, "benefit", N_ ("Benefit") },
  { INCOME_SUPPORT_CHOICE_INCOME, "housing_allowance", N_ ("Housing allowance") },
  { INCOME_SUPPORT_CHOICE_INCOME, "child_benefit", N_ ("Child benefit") },
  { INCOME_SUPPORT_CHOICE_INCOME, "maintenance", N_ ("Child maintenance") },
  { INCOME_SUPPORT_CHOICE_INCOME, "pension", N_ ("Pension") },
  { INCOME_SUPPORT_CHOICE_INCOME, "gift", N_ ("Gifts") },
  { INCOME_SUPPORT_CHOICE_INCOME, "kela_basic_support", N_ ("Basic income support paid by Kela") },
  { INCOME_SUPPORT_CHOICE_INCOME, "other", N_ ("Other income") },
  /* Shown in the calculation, never summed (DOMAIN.md 2.2). */
  { INCOME_SUPPORT_CHOICE_INCOME, "occasional",
    N_ ("Not counted: a child’s occasional income (summer job under 3 months)") },
  { INCOME_SUPPORT_CHOICE_INCOME, "maternity_grant", N_ ("Not counted: maternity grant") },
  { INCOME_SUPPORT_CHOICE_INCOME, "school_transport",
    N_ ("Not counted: school transport subsidy") },
  { INCOME_SUPPORT_CHOICE_INCOME, "disability_allowance",
    N_ ("Not counted: disability allowance") },
  { INCOME_SUPPORT_CHOICE_INCOME, "pensioner_care_allowance",
    N_ ("Not counted: care allowance for pensioners") },
  { INCOME_SUPPORT_CHOICE_INCOME, "rehabilitation_maintenance",
    N_ ("Not counted: maintenance allowance during rehabilitation") },
  { INCOME_SUPPORT_CHOICE_INCOME, "unemployment_expense_compensation",
    N_ ("Not counted: compensation for expenses in unemployment security") },
  { INCOME_SUPPORT_CHOICE_INCOME, "increase_part",
    N_ ("Not counted: increased part of an unemployment benefit") },
  { INCOME_SUPPORT_CHOICE_INCOME, "enforcement", N_ ("Not counted: amount taken in enforcement") },
  { INCOME_SUPPORT_CHOICE_INCOME, "benefit_recovery",
    N_ ("Not counted: offset recovering an overpaid benefit") },

  { INCOME_SUPPORT_CHOICE_EXPENSE, "rent", N_ ("Rent") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "water", N_ ("Water") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "heating", N_ ("Heating") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "electricity", N_ ("Electricity") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "home_insurance", N_ ("Home insurance") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "housing_share", N_ ("Housing company charge") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "health", N_ ("Health-care costs above a minor level") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "other", N_ ("Other expense") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "rent_deposit", N_ ("Special: rent deposit (exceptionally)") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "moving", N_ ("Special: moving costs") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "child_meeting", N_ ("Special: meeting a child") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "furniture", N_ ("Special: essential furniture") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "children_necessities", N_ ("Special: children’s necessities") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "hobbies", N_ ("Special: hobbies") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "funeral", N_ ("Special: funeral costs") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "studies", N_ ("Special: study costs") },
  { INCOME_SUPPORT_CHOICE_EXPENSE, "work_travel", N_ ("Special: travel to work") },

  { INCOME_SUPPORT_CHOICE_OUTCOME, "granted", N_ ("Granted") },
  { INCOME_SUPPORT_CHOICE_OUTCOME, "partial", N_ ("Partly granted") },
  { INCOME_SUPPORT_CHOICE_OUTCOME, "rejected", N_ ("Rejected") },

  { INCOME_SUPPORT_CHOICE_PAYMENT, "client", N_ ("To the client’s account") },
  { INCOME_SUPPORT_CHOICE_PAYMENT, "commitment", N_ ("Payment commitment") },
};

/**
 * _income_support_choice_label:
 * @code: (nullable): a code as the database has it
 *
 * Returns: the code in the interface language; the code itself when it is
 *   unknown, "" for %NULL
 */
const char *
_income_support_choice_label (IncomeSupportChoice choice, const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (choices); i++)
    if (choices[i].choice == choice && g_str_equal (choices[i].code, code))
      return _ (choices[i].label);
  return code != NULL ? code : "";
}

/**
 * _income_support_choice_code:
 *
 * Returns: (nullable): the code at @index of @choice, in the order the
 *   models of _income_support_choice_model() list them
 */
const char *
_income_support_choice_code (IncomeSupportChoice choice, guint index)
{
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    if (choices[i].choice == choice && index-- == 0)
      return choices[i].code;
  return NULL;
}

/**
 * _income_support_choice_index:
 *
 * Returns: where @code is in the model of @choice, or
 *   %GTK_INVALID_LIST_POSITION
 */
guint
_income_support_choice_index (IncomeSupportChoice choice, const char *code)
{
  guint index = 0;

  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (choices); i++)
    {
      if (choices[i].choice != choice)
        continue;
      if (g_str_equal (choices[i].code, code))
        return index;
      index++;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * _income_support_choice_model:
 *
 * Returns: (transfer full): the labels of @choice as a #GtkStringList,
 *   for a drop-down or a combo row
 */
GListModel *
_income_support_choice_model (IncomeSupportChoice choice)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    if (choices[i].choice == choice)
      gtk_string_list_append (list, _ (choices[i].label));
  return G_LIST_MODEL (list);
}

/**
 * _income_support_id_text:
 *
 * Returns: (transfer full): @id as a query parameter
 */
char *
_income_support_id_text (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

/**
 * _income_support_set_id:
 *
 * Keeps a database id on @object under @key, whole on any platform.
 */
void
_income_support_set_id (gpointer object, const char *key, gint64 id)
{
  g_object_set_data_full (G_OBJECT (object), key, g_memdup2 (&id, sizeof id), g_free);
}

/**
 * _income_support_get_id:
 *
 * Returns: the id kept on @object under @key, or 0
 */
gint64
_income_support_get_id (gpointer object, const char *key)
{
  const gint64 *id = g_object_get_data (G_OBJECT (object), key);

  return id != NULL ? *id : 0;
}

/**
 * _income_support_interface_language:
 *
 * Returns: the language amounts are shown in on screen: the interface's,
 *   never the client's
 */
KansioLanguage
_income_support_interface_language (void)
{
  return kansio_i18n_interface_is_swedish () ? KANSIO_LANGUAGE_SWEDISH : KANSIO_LANGUAGE_FINNISH;
}

/**
 * _income_support_format_money:
 *
 * Returns: (transfer full): "1 234,56 €"
 */
char *
_income_support_format_money (gint64 cents)
{
  return kansio_format_money (_income_support_interface_language (), cents);
}

/**
 * _income_support_parse_amount:
 * @text: euros as a user types them: "1 234,56", "1234.56 €", "900"
 * @cents: (out): the amount in cents
 *
 * Returns: whether @text is a non-negative amount with at most two
 *   decimals
 */
gboolean
_income_support_parse_amount (const char *text, gint64 *cents)
{
  g_autoptr (GString) plain = g_string_new (NULL);

  if (text == NULL)
    return FALSE;
  /* Spaces of every width group the thousands; the euro sign may follow. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == 0x20AC)
        continue;
      g_string_append_unichar (plain, c);
    }
  return kansio_parse_euros (plain->str, cents);
}

/**
 * _income_support_format_orders:
 *
 * Returns: (transfer full): "2 orders"
 */
char *
_income_support_format_orders (guint n_orders)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u order", "%u orders", n_orders),
                          n_orders);
}

/**
 * _income_support_format_amount_input:
 *
 * Returns: (transfer full): @cents as an amount to edit: "1234,56"
 */
char *
_income_support_format_amount_input (gint64 cents)
{
  char *text = kansio_format_euros_plain (cents);

  g_strdelimit (text, ".", ',');
  return text;
}

/**
 * _income_support_amount_row_new:
 * @subtitle: (nullable): whose the amount is
 * @selectable: whether the amount can be selected, to copy it
 *
 * Returns: (transfer floating): a row of a calculation: @title, and the
 *   amount at its end
 */
GtkWidget *
_income_support_amount_row_new (const char *title,
                                const char *subtitle,
                                gint64 cents,
                                gboolean selectable)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *amount = _income_support_format_money (cents);
  GtkWidget *label = gtk_label_new (amount);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_selectable (GTK_LABEL (label), selectable);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

/**
 * _income_support_format_date:
 * @iso: (nullable): a date as the database writes it, 2026-03-02
 *
 * Returns: (transfer full): d.m.yyyy, or "" for %NULL
 */
char *
_income_support_format_date (const char *iso)
{
  if (iso == NULL)
    return g_strdup ("");
  return kansio_i18n_format_iso_date (iso);
}

/**
 * _income_support_format_timestamp:
 *
 * Returns: (transfer full): the local time as d.m.yyyy hh.mm, or ""
 */
char *
_income_support_format_timestamp (const char *text)
{
  g_autoptr (GDateTime) time = NULL;
  g_autoptr (GDateTime) local = NULL;

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    return g_strdup (text);
  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%-d.%-m.%Y %H.%M");
}

/**
 * _income_support_parse_date:
 * @text: d.m.yyyy as users write it, or yyyy-mm-dd
 * @date: (out caller-allocates): the day
 *
 * Returns: whether @text is a real date
 */
gboolean
_income_support_parse_date (const char *text, GDate *date)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint day, month, year;
  char end;

  g_date_clear (date, 1);
  if (sscanf (stripped, "%2u.%2u.%4u%c", &day, &month, &year, &end) != 3
      && sscanf (stripped, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return FALSE;
  if (year < 1900 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * _income_support_iso_date:
 *
 * Returns: (transfer full): @date as yyyy-mm-dd, for the database
 */
char *
_income_support_iso_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/**
 * _income_support_today:
 *
 * Returns: (transfer full): today as yyyy-mm-dd
 */
char *
_income_support_today (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * _income_support_parse_month:
 * @text: a month as users write it: 3/2026, 3.2026 or 2026-03
 * @first_day: (out caller-allocates): its first day
 */
gboolean
_income_support_parse_month (const char *text, GDate *first_day)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint month, year;
  char end;

  g_date_clear (first_day, 1);
  if (sscanf (stripped, "%2u/%4u%c", &month, &year, &end) != 2
      && sscanf (stripped, "%2u.%4u%c", &month, &year, &end) != 2
      && sscanf (stripped, "%4u-%2u%c", &year, &month, &end) != 2)
    return FALSE;
  if (year < 1900 || !g_date_valid_dmy (1, month, year))
    return FALSE;
  g_date_set_dmy (first_day, 1, month, year);
  return TRUE;
}

/**
 * _income_support_json_string:
 *
 * Returns: (nullable): member @name of @object when it is a string
 */
const char *
_income_support_json_string (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
                 && json_node_get_value_type (node) == G_TYPE_STRING
             ? json_node_get_string (node)
             : NULL;
}

/**
 * _income_support_placeholder_new:
 *
 * Returns: (transfer floating): what an empty list says, dimmed
 */
GtkWidget *
_income_support_placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

/**
 * _income_support_mark_error:
 *
 * Shows @widget, an entry or an entry row, as holding a wrong value.
 */
void
_income_support_mark_error (GtkWidget *widget, gboolean error)
{
  if (error)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

/**
 * _income_support_show_toast:
 *
 * Says @text in the toast overlay around @widget.
 */
void
_income_support_show_toast (GtkWidget *widget, const char *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_message ("%s", text);
      return;
    }
  toast = adw_toast_new (text);
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * _income_support_ask_to_decide:
 * @widget: where the question comes from
 * @heading: the question
 * @body: what deciding means
 *
 * Asks whether to make a decision that does not change afterwards, with
 * Cancel as the close response. Connect to its ::response, "decide".
 *
 * Returns: (transfer none): the dialog, presented
 */
AdwMessageDialog *
_income_support_ask_to_decide (GtkWidget *widget, const char *heading, const char *body)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
      adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "decide", _ ("_Decide"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "decide", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "decide");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * _income_support_present_document:
 * @widget: the page the document is of
 * @person: the client, to whom it is addressed
 *
 * Shows a decision in the document window, over @widget's window, to
 * save, print or export (each logged as the client's decision).
 *
 * Returns: (transfer none): the window, presented
 */
KansioDocumentWindow *
_income_support_present_document (GtkWidget *widget,
                                  KansioContext *context,
                                  KansioPerson *person,
                                  KansioDocument *document)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *recipient = kansio_person_dup_display_name (person);
  KansioDocumentWindow *window = kansio_document_window_new (
      kansio_context_get_documents (context), document, recipient, "hallintolaki 434/2003 54 §");

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/**
 * _income_support_add_managed_shortcuts:
 *
 * Shortcuts of @widget that work wherever the focus is in the window, as
 * long as @widget is shown: the window handles them after the focused
 * widget, so an entry still gets its keys first.
 *
 * Returns: (transfer none): the controller, added to @widget
 */
GtkShortcutController *
_income_support_add_managed_shortcuts (GtkWidget *widget)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_widget_add_controller (widget, controller);
  return GTK_SHORTCUT_CONTROLLER (controller);
}

void
_income_support_add_shortcut (GtkShortcutController *controller,
                              guint keyval,
                              GdkModifierType modifiers,
                              const char *action_name)
{
  gtk_shortcut_controller_add_shortcut (
      controller, gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                    gtk_named_action_new (action_name)));
}

/**
 * _income_support_load_rates_async:
 *
 * Reads the income-support rates of every period.
 */
void
_income_support_load_rates_async (KansioContext *context,
                                  GCancellable *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer user_data)
{
  kansio_income_support_rates_load_async (kansio_context_get_database (context), cancellable,
                                          callback, user_data);
}

/**
 * _income_support_load_rates_finish:
 *
 * Returns: (transfer full) (nullable): the rates
 */
KansioIncomeSupportRates *
_income_support_load_rates_finish (GAsyncResult *result, GError **error)
{
  return kansio_income_support_rates_load_finish (result, error);
}
