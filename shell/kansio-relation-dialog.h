/* kansio-relation-dialog.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_RELATION_DIALOG (kansio_relation_dialog_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioRelationDialog, kansio_relation_dialog, KANSIO, RELATION_DIALOG, AdwMessageDialog)

KansioRelationDialog *kansio_relation_dialog_new_add (GtkWindow *parent);
KansioRelationDialog *kansio_relation_dialog_new_end (GtkWindow *parent, const char *who);
char *kansio_relation_dialog_dup_identity_code (KansioRelationDialog *self);
const char *kansio_relation_dialog_get_kind (KansioRelationDialog *self);
const char *kansio_relation_dialog_get_residence (KansioRelationDialog *self);
gboolean kansio_relation_dialog_get_date (KansioRelationDialog *self, GDate *date);
void kansio_relation_dialog_set_text (KansioRelationDialog *self,
                                      const char *identity_code,
                                      guint kind,
                                      guint residence,
                                      const char *date);

G_END_DECLS
