/* income-support-workspace.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_WORKSPACE (income_support_workspace_get_type ())

G_DECLARE_FINAL_TYPE (
    IncomeSupportWorkspace, income_support_workspace, INCOME_SUPPORT, WORKSPACE, AdwBin)

GtkWidget *income_support_workspace_new (KansioContext *context);
KansioContext *income_support_workspace_get_context (IncomeSupportWorkspace *self);
void income_support_workspace_open_application (IncomeSupportWorkspace *self,
                                                gint64 application_id,
                                                gint64 person_id);
void income_support_workspace_show_list (IncomeSupportWorkspace *self);

void income_support_workspace_open_client (IncomeSupportWorkspace *self, gint64 person_id);

G_END_DECLS
