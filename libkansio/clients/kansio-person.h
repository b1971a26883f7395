/* kansio-person.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib-object.h>

#include "kansio-rows.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_PERSON (kansio_person_get_type ())

G_DECLARE_FINAL_TYPE (KansioPerson, kansio_person, KANSIO, PERSON, GObject)

/* The fields of a person, by the names the api uses. */
typedef enum
{
  KANSIO_PERSON_FIELD_IDENTITY_CODE,
  KANSIO_PERSON_FIELD_FIRST_NAMES,
  KANSIO_PERSON_FIELD_SURNAME,
  KANSIO_PERSON_FIELD_LANGUAGE,
  KANSIO_PERSON_FIELD_HOME_MUNICIPALITY,
  KANSIO_PERSON_FIELD_STREET_ADDRESS,
  KANSIO_PERSON_FIELD_POSTAL_CODE,
  KANSIO_PERSON_FIELD_POST_OFFICE,
  KANSIO_PERSON_FIELD_PHONE,
  KANSIO_PERSON_FIELD_EMAIL,
  KANSIO_PERSON_FIELD_DATE_OF_DEATH,
  KANSIO_PERSON_N_FIELDS,
} KansioPersonField;

KansioPerson *kansio_person_new (void);
KansioPerson *kansio_person_new_from_row (KansioRows *rows, guint row);
KansioPerson *kansio_person_copy (KansioPerson *self);
gint64 kansio_person_get_id (KansioPerson *self);
const char *kansio_person_get_field (KansioPerson *self, KansioPersonField field);
void kansio_person_set_field (KansioPerson *self, KansioPersonField field, const char *value);
const char *kansio_person_field_get_column (KansioPersonField field);
char *kansio_person_dup_display_name (KansioPerson *self);
const char *kansio_person_get_birth_date (KansioPerson *self);
gboolean kansio_person_get_is_visible (KansioPerson *self);
gboolean kansio_person_get_is_temporary (KansioPerson *self);
gboolean kansio_person_get_non_disclosure (KansioPerson *self);
void kansio_person_set_non_disclosure (KansioPerson *self, gboolean non_disclosure);
gboolean kansio_person_get_address_hidden (KansioPerson *self);
int kansio_person_get_row_version (KansioPerson *self);
void kansio_person_set_row_version (KansioPerson *self, int row_version);

G_END_DECLS
