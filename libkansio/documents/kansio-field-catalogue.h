/* kansio-field-catalogue.h
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

typedef enum
{
  KANSIO_FIELD_TEXT,
  KANSIO_FIELD_DATE,
  KANSIO_FIELD_MONEY,
  KANSIO_FIELD_NUMBER,
  KANSIO_FIELD_BOOLEAN,
  KANSIO_FIELD_LIST,
} KansioFieldType;

#define KANSIO_TYPE_FIELD_CATALOGUE (kansio_field_catalogue_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioFieldCatalogue, kansio_field_catalogue, KANSIO, FIELD_CATALOGUE, GObject)

KansioFieldCatalogue *kansio_field_catalogue_new (void);
KansioFieldCatalogue *kansio_field_catalogue_new_standard (void);
void kansio_field_catalogue_add (KansioFieldCatalogue *self,
                                 const char *name,
                                 KansioFieldType type,
                                 const char *description);
gboolean
kansio_field_catalogue_lookup (KansioFieldCatalogue *self, const char *name, KansioFieldType *type);
const char *kansio_field_catalogue_get_description (KansioFieldCatalogue *self, const char *name);
GStrv kansio_field_catalogue_dup_names (KansioFieldCatalogue *self);

G_END_DECLS
