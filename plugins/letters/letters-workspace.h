/* letters-workspace.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define LETTERS_TYPE_WORKSPACE (letters_workspace_get_type ())

G_DECLARE_FINAL_TYPE (LettersWorkspace, letters_workspace, LETTERS, WORKSPACE, AdwBin)

GtkWidget *letters_workspace_new (KansioContext *context);
KansioContext *letters_workspace_get_context (LettersWorkspace *self);
GListModel *letters_workspace_get_templates (LettersWorkspace *self);
void letters_workspace_reload (LettersWorkspace *self);

G_END_DECLS
