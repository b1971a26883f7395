/* letters-new-template-dialog.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define LETTERS_TYPE_NEW_TEMPLATE_DIALOG (letters_new_template_dialog_get_type ())

G_DECLARE_FINAL_TYPE (
    LettersNewTemplateDialog, letters_new_template_dialog, LETTERS, NEW_TEMPLATE_DIALOG, AdwWindow)

LettersNewTemplateDialog *letters_new_template_dialog_new (GtkWindow *parent,
                                                           KansioContext *context);

G_END_DECLS
