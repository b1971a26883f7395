/* income-support-format.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <kansio.h>

G_BEGIN_DECLS

/* The database's codes a user picks from or reads, in one place. */
typedef enum
{
  INCOME_SUPPORT_CHOICE_STATUS,
  INCOME_SUPPORT_CHOICE_CHANNEL,
  INCOME_SUPPORT_CHOICE_KIND,
  INCOME_SUPPORT_CHOICE_ROLE,
  INCOME_SUPPORT_CHOICE_INCOME,
  INCOME_SUPPORT_CHOICE_EXPENSE,
  INCOME_SUPPORT_CHOICE_OUTCOME,
  INCOME_SUPPORT_CHOICE_PAYMENT,
} IncomeSupportChoice;

const char *_income_support_choice_label (IncomeSupportChoice choice, const char *code);
const char *_income_support_choice_code (IncomeSupportChoice choice, guint index);
guint _income_support_choice_index (IncomeSupportChoice choice, const char *code);
GListModel *_income_support_choice_model (IncomeSupportChoice choice);

char *_income_support_id_text (gint64 id);
void _income_support_set_id (gpointer object, const char *key, gint64 id);
gint64 _income_support_get_id (gpointer object, const char *key);

KansioLanguage _income_support_interface_language (void);
char *_income_support_format_money (gint64 cents);
gboolean _income_support_parse_amount (const char *text, gint64 *cents);
char *_income_support_format_orders (guint n_orders);
char *_income_support_format_amount_input (gint64 cents);
GtkWidget *_income_support_amount_row_new (const char *title,
                                           const char *subtitle,
                                           gint64 cents,
                                           gboolean selectable);

char *_income_support_format_date (const char *iso);
char *_income_support_format_timestamp (const char *text);
gboolean _income_support_parse_date (const char *text, GDate *date);
char *_income_support_iso_date (const GDate *date);
char *_income_support_today (void);
gboolean _income_support_parse_month (const char *text, GDate *first_day);
const char *_income_support_json_string (JsonObject *object, const char *name);

GtkWidget *_income_support_placeholder_new (const char *text);
void _income_support_mark_error (GtkWidget *widget, gboolean error);
void _income_support_show_toast (GtkWidget *widget, const char *text);
AdwMessageDialog *
_income_support_ask_to_decide (GtkWidget *widget, const char *heading, const char *body);
KansioDocumentWindow *_income_support_present_document (GtkWidget *widget,
                                                        KansioContext *context,
                                                        KansioPerson *person,
                                                        KansioDocument *document);
GtkShortcutController *_income_support_add_managed_shortcuts (GtkWidget *widget);
void _income_support_add_shortcut (GtkShortcutController *controller,
                                   guint keyval,
                                   GdkModifierType modifiers,
                                   const char *action_name);

void _income_support_load_rates_async (KansioContext *context,
                                       GCancellable *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer user_data);
KansioIncomeSupportRates *_income_support_load_rates_finish (GAsyncResult *result, GError **error);

G_END_DECLS
