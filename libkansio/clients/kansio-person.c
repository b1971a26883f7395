/* kansio-person.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-person"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "kansio-i18n.h"
#include "kansio-person.h"

/* A client as the api returned it (a search hit has fewer fields than an
 * opened record), or as a form is editing it. Plain data, no database. */
struct _KansioPerson
{
  GObject parent_instance;

  gint64 id;
  char *fields[KANSIO_PERSON_N_FIELDS];
  char *birth_date;
  gboolean is_visible;
  gboolean is_temporary;
  gboolean non_disclosure;
  gboolean address_hidden;
  int row_version;
};

G_DEFINE_FINAL_TYPE (KansioPerson, kansio_person, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_DISPLAY_NAME,
  PROP_IDENTITY_CODE,
  PROP_BIRTH_DATE,
  PROP_HOME_MUNICIPALITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const columns[KANSIO_PERSON_N_FIELDS] = {
  [KANSIO_PERSON_FIELD_IDENTITY_CODE] = "identity_code",
  [KANSIO_PERSON_FIELD_FIRST_NAMES] = "first_names",
  [KANSIO_PERSON_FIELD_SURNAME] = "surname",
  [KANSIO_PERSON_FIELD_LANGUAGE] = "language",
  [KANSIO_PERSON_FIELD_HOME_MUNICIPALITY] = "home_municipality",
  [KANSIO_PERSON_FIELD_STREET_ADDRESS] = "street_address",
  [KANSIO_PERSON_FIELD_POSTAL_CODE] = "postal_code",
  [KANSIO_PERSON_FIELD_POST_OFFICE] = "post_office",
  [KANSIO_PERSON_FIELD_PHONE] = "phone",
  [KANSIO_PERSON_FIELD_EMAIL] = "email",
  [KANSIO_PERSON_FIELD_DATE_OF_DEATH] = "date_of_death",
};

static void
kansio_person_finalize (GObject *object)
{
  KansioPerson *self = (KansioPerson *) object;

  for (guint i = 0; i < KANSIO_PERSON_N_FIELDS; i++)
    g_free (self->fields[i]);
  g_free (self->birth_date);

  G_OBJECT_CLASS (kansio_person_parent_class)->finalize (object);
}

static void
kansio_person_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KansioPerson *self = KANSIO_PERSON (object);

  switch (prop_id)
    {
    case PROP_DISPLAY_NAME:
      g_value_take_string (value, kansio_person_dup_display_name (self));
      break;

    case PROP_IDENTITY_CODE:
      g_value_set_string (value, self->fields[KANSIO_PERSON_FIELD_IDENTITY_CODE]);
      break;

    case PROP_BIRTH_DATE:
      g_value_set_string (value, self->birth_date);
      break;

    case PROP_HOME_MUNICIPALITY:
      g_value_set_string (value, self->fields[KANSIO_PERSON_FIELD_HOME_MUNICIPALITY]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_person_class_init (KansioPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kansio_person_finalize;
  object_class->get_property = kansio_person_get_property;

  /* Read-only views for list columns. */
  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL,
                                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_IDENTITY_CODE] = g_param_spec_string ("identity-code", NULL, NULL, NULL,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BIRTH_DATE] = g_param_spec_string ("birth-date", NULL, NULL, NULL,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOME_MUNICIPALITY] = g_param_spec_string (
      "home-municipality", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_person_init (KansioPerson *self)
{
  self->is_visible = TRUE;
}

KansioPerson *
kansio_person_new (void)
{
  return g_object_new (KANSIO_TYPE_PERSON, NULL);
}

static const char *
column_value (KansioRows *rows, guint row, const char *name)
{
  int column = kansio_rows_find_column (rows, name);
  return column >= 0 ? kansio_rows_get_string (rows, row, column) : NULL;
}

static gboolean
column_flag (KansioRows *rows, guint row, const char *name, gboolean fallback)
{
  const char *value = column_value (rows, row, name);
  return value != NULL ? value[0] == 't' : fallback;
}

/**
 * kansio_person_new_from_row:
 * @rows: rows from an api function returning people
 *
 * Takes whichever of the person columns @rows has.
 *
 * Returns: (transfer full): the person in @row
 */
KansioPerson *
kansio_person_new_from_row (KansioRows *rows, guint row)
{
  KansioPerson *self = kansio_person_new ();
  const char *version;

  g_return_val_if_fail (KANSIO_IS_ROWS (rows), NULL);

  self->id = g_ascii_strtoll (column_value (rows, row, "person_id") ?: "0", NULL, 10);
  for (guint i = 0; i < KANSIO_PERSON_N_FIELDS; i++)
    self->fields[i] = g_strdup (column_value (rows, row, columns[i]));
  self->birth_date = kansio_i18n_format_iso_date (column_value (rows, row, "birth_date"));
  self->is_visible = column_flag (rows, row, "is_visible", TRUE);
  self->is_temporary = column_flag (rows, row, "is_temporary_code", FALSE);
  self->non_disclosure = column_flag (rows, row, "non_disclosure", FALSE);
  self->address_hidden = column_flag (rows, row, "address_hidden", FALSE);
  version = column_value (rows, row, "row_version");
  self->row_version = version != NULL ? atoi (version) : 0;
  return self;
}

/**
 * kansio_person_copy:
 *
 * Returns: (transfer full): a copy to edit, leaving @self as it was read
 */
KansioPerson *
kansio_person_copy (KansioPerson *self)
{
  KansioPerson *copy = kansio_person_new ();

  g_return_val_if_fail (KANSIO_IS_PERSON (self), NULL);

  copy->id = self->id;
  for (guint i = 0; i < KANSIO_PERSON_N_FIELDS; i++)
    copy->fields[i] = g_strdup (self->fields[i]);
  copy->birth_date = g_strdup (self->birth_date);
  copy->is_visible = self->is_visible;
  copy->is_temporary = self->is_temporary;
  copy->non_disclosure = self->non_disclosure;
  copy->address_hidden = self->address_hidden;
  copy->row_version = self->row_version;
  return copy;
}

gint64
kansio_person_get_id (KansioPerson *self)
{
  g_return_val_if_fail (KANSIO_IS_PERSON (self), 0);
  return self->id;
}

/**
 * kansio_person_get_field:
 *
 * Returns: (nullable): the value, %NULL when empty or withheld
 */
const char *
kansio_person_get_field (KansioPerson *self, KansioPersonField field)
{
  g_return_val_if_fail (KANSIO_IS_PERSON (self), NULL);
  g_return_val_if_fail (field < KANSIO_PERSON_N_FIELDS, NULL);
  return self->fields[field];
}

/**
 * kansio_person_set_field:
 * @value: (nullable): the new value; empty text is stored as %NULL
 */
void
kansio_person_set_field (KansioPerson *self, KansioPersonField field, const char *value)
{
  g_return_if_fail (KANSIO_IS_PERSON (self));
  g_return_if_fail (field < KANSIO_PERSON_N_FIELDS);

  g_free (self->fields[field]);
  self->fields[field] = value != NULL && *value != '\0' ? g_strstrip (g_strdup (value)) : NULL;
}

/**
 * kansio_person_field_get_column:
 *
 * Returns: the api's name for @field, as the server names a wrong field
 */
const char *
kansio_person_field_get_column (KansioPersonField field)
{
  g_return_val_if_fail (field < KANSIO_PERSON_N_FIELDS, NULL);
  return columns[field];
}

/**
 * kansio_person_dup_display_name:
 *
 * Returns: (transfer full): "Surname, First names", as lists show people
 */
char *
kansio_person_dup_display_name (KansioPerson *self)
{
  g_return_val_if_fail (KANSIO_IS_PERSON (self), NULL);
  return g_strdup_printf ("%s, %s", self->fields[KANSIO_PERSON_FIELD_SURNAME] ?: "",
                          self->fields[KANSIO_PERSON_FIELD_FIRST_NAMES] ?: "");
}

/**
 * kansio_person_get_birth_date:
 *
 * Returns: (nullable): the birth date as d.m.yyyy
 */
const char *
kansio_person_get_birth_date (KansioPerson *self)
{
  g_return_val_if_fail (KANSIO_IS_PERSON (self), NULL);
  return self->birth_date;
}

/**
 * kansio_person_get_is_visible:
 *
 * Returns: whether the user may open this person (a search finds anyone
 *   by an exact identity code, but opens only the user's own clients)
 */
gboolean
kansio_person_get_is_visible (KansioPerson *self)
{
  g_return_val_if_fail (KANSIO_IS_PERSON (self), FALSE);
  return self->is_visible;
}

gboolean
kansio_person_get_is_temporary (KansioPerson *self)
{
  g_return_val_if_fail (KANSIO_IS_PERSON (self), FALSE);
  return self->is_temporary;
}

gboolean
kansio_person_get_non_disclosure (KansioPerson *self)
{
  g_return_val_if_fail (KANSIO_IS_PERSON (self), FALSE);
  return self->non_disclosure;
}

void
kansio_person_set_non_disclosure (KansioPerson *self, gboolean non_disclosure)
{
  g_return_if_fail (KANSIO_IS_PERSON (self));
  self->non_disclosure = non_disclosure;
}

/**
 * kansio_person_get_address_hidden:
 *
 * Returns: whether the address was withheld under a non-disclosure marking
 */
gboolean
kansio_person_get_address_hidden (KansioPerson *self)
{
  g_return_val_if_fail (KANSIO_IS_PERSON (self), FALSE);
  return self->address_hidden;
}

int
kansio_person_get_row_version (KansioPerson *self)
{
  g_return_val_if_fail (KANSIO_IS_PERSON (self), 0);
  return self->row_version;
}

void
kansio_person_set_row_version (KansioPerson *self, int row_version)
{
  g_return_if_fail (KANSIO_IS_PERSON (self));
  self->row_version = row_version;
}
