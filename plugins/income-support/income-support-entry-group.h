/* income-support-entry-group.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "income-support-entry-row.h"

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_ENTRY_GROUP (income_support_entry_group_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportEntryGroup,
                      income_support_entry_group,
                      INCOME_SUPPORT,
                      ENTRY_GROUP,
                      AdwPreferencesGroup)

void income_support_entry_group_set_members (IncomeSupportEntryGroup *self, GListModel *members);
void income_support_entry_group_set_editable (IncomeSupportEntryGroup *self, gboolean editable);
IncomeSupportEntryRow *income_support_entry_group_add_row (IncomeSupportEntryGroup *self);
GPtrArray *income_support_entry_group_get_rows (IncomeSupportEntryGroup *self);
void income_support_entry_group_clear (IncomeSupportEntryGroup *self);
gboolean income_support_entry_group_build_json (IncomeSupportEntryGroup *self,
                                                JsonBuilder *builder,
                                                const char **problem);
void income_support_entry_group_fill_from_json (IncomeSupportEntryGroup *self, JsonObject *input);

G_END_DECLS
