/* kansio-new-letter-dialog.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_NEW_LETTER_DIALOG (kansio_new_letter_dialog_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioNewLetterDialog, kansio_new_letter_dialog, KANSIO, NEW_LETTER_DIALOG, AdwMessageDialog)

KansioNewLetterDialog *kansio_new_letter_dialog_new (GtkWindow *parent,
                                                     GListModel *templates,
                                                     GListModel *cases,
                                                     const char *client_language);
KansioLetterTemplate *kansio_new_letter_dialog_dup_template (KansioNewLetterDialog *self);
KansioClientCase *kansio_new_letter_dialog_dup_case (KansioNewLetterDialog *self);
const char *kansio_new_letter_dialog_get_language (KansioNewLetterDialog *self);

G_END_DECLS
