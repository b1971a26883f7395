/* income-support-entry-row.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <kansio.h>

G_BEGIN_DECLS

typedef enum
{
  INCOME_SUPPORT_ENTRY_INCOME,
  INCOME_SUPPORT_ENTRY_EXPENSE,
  INCOME_SUPPORT_ENTRY_REDUCTION,
  INCOME_SUPPORT_ENTRY_RESIDENCE,
} IncomeSupportEntryKind;

#define INCOME_SUPPORT_TYPE_ENTRY_KIND (income_support_entry_kind_get_type ())

GType income_support_entry_kind_get_type (void);

typedef enum
{
  INCOME_SUPPORT_ENTRY_FIELD_MEMBER,
  INCOME_SUPPORT_ENTRY_FIELD_AMOUNT,
  INCOME_SUPPORT_ENTRY_FIELD_REASON,
} IncomeSupportEntryField;

#define INCOME_SUPPORT_TYPE_ENTRY_ROW (income_support_entry_row_get_type ())

G_DECLARE_FINAL_TYPE (
    IncomeSupportEntryRow, income_support_entry_row, INCOME_SUPPORT, ENTRY_ROW, GtkListBoxRow)

GtkWidget *income_support_entry_row_new (IncomeSupportEntryKind kind, GListModel *members);
IncomeSupportEntryKind income_support_entry_row_get_kind (IncomeSupportEntryRow *self);
KansioIncomeSupportMember *income_support_entry_row_get_member (IncomeSupportEntryRow *self);
const char *income_support_entry_row_get_member_key (IncomeSupportEntryRow *self);
gboolean income_support_entry_row_set_member_key (IncomeSupportEntryRow *self, const char *key);
const char *income_support_entry_row_get_code (IncomeSupportEntryRow *self);
gboolean income_support_entry_row_set_code (IncomeSupportEntryRow *self, const char *code);
guint income_support_entry_row_get_percent (IncomeSupportEntryRow *self);
void income_support_entry_row_set_percent (IncomeSupportEntryRow *self, guint percent);
const char *income_support_entry_row_get_amount_text (IncomeSupportEntryRow *self);
void income_support_entry_row_set_amount (IncomeSupportEntryRow *self, gint64 cents);
const char *income_support_entry_row_get_reason (IncomeSupportEntryRow *self);
void income_support_entry_row_set_reason (IncomeSupportEntryRow *self, const char *reason);
void income_support_entry_row_show_error (IncomeSupportEntryRow *self,
                                          IncomeSupportEntryField field);
void income_support_entry_row_focus (IncomeSupportEntryRow *self);

G_END_DECLS
