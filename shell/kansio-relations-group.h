/* kansio-relations-group.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_RELATIONS_GROUP (kansio_relations_group_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioRelationsGroup, kansio_relations_group, KANSIO, RELATIONS_GROUP, AdwPreferencesGroup)

void kansio_relations_group_show (KansioRelationsGroup *self,
                                  KansioContext *context,
                                  gint64 person_id,
                                  GListModel *relations);
void kansio_relations_group_clear (KansioRelationsGroup *self);
guint kansio_relations_group_get_n_rows (KansioRelationsGroup *self);

G_END_DECLS
