/* kansio-client-relation.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_CLIENT_RELATION (kansio_client_relation_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioClientRelation, kansio_client_relation, KANSIO, CLIENT_RELATION, GObject)

gint64 kansio_client_relation_get_id (KansioClientRelation *self);
const char *kansio_client_relation_get_kind (KansioClientRelation *self);
const char *kansio_client_relation_get_direction (KansioClientRelation *self);
gint64 kansio_client_relation_get_related_person_id (KansioClientRelation *self);
const char *kansio_client_relation_get_related_first_names (KansioClientRelation *self);
const char *kansio_client_relation_get_related_surname (KansioClientRelation *self);
const char *kansio_client_relation_get_related_birth_date (KansioClientRelation *self);
const char *kansio_client_relation_get_valid_from (KansioClientRelation *self);
const char *kansio_client_relation_get_valid_until (KansioClientRelation *self);
const char *kansio_client_relation_get_residence (KansioClientRelation *self);
gboolean kansio_client_relation_is_current (KansioClientRelation *self);

G_END_DECLS
