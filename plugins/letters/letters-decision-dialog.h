/* letters-decision-dialog.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define LETTERS_TYPE_DECISION_DIALOG (letters_decision_dialog_get_type ())

G_DECLARE_FINAL_TYPE (
    LettersDecisionDialog, letters_decision_dialog, LETTERS, DECISION_DIALOG, AdwMessageDialog)

LettersDecisionDialog *
letters_decision_dialog_new (GtkWindow *parent, gboolean approve, int version);
void letters_decision_dialog_present (LettersDecisionDialog *self);
gboolean letters_decision_dialog_get_approve (LettersDecisionDialog *self);
char *letters_decision_dialog_dup_note (LettersDecisionDialog *self);

G_END_DECLS
