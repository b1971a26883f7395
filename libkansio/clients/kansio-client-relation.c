/* kansio-client-relation.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-client-relation"

#include "config.h"

#include "kansio-client-relation.h"

/* A family or household relation of a client, as api.person_relations
 * lists them: kind ("spouse", "household", "guardian", "parent"),
 * direction ("to": the related person is in the client's care; "from":
 * the other way), where the two live ("together", "apart" or, a child,
 * "alternating") and the related person. Plain data, made by the service
 * that asked; no database. */
struct _KansioClientRelation
{
  GObject parent_instance;

  gint64 id;
  char *kind;
  char *direction;
  gint64 related_person_id;
  char *related_first_names;
  char *related_surname;
  char *related_birth_date;
  char *valid_from;
  char *valid_until;
  char *residence;
};

G_DEFINE_FINAL_TYPE (KansioClientRelation, kansio_client_relation, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_DIRECTION,
  PROP_RELATED_PERSON_ID,
  PROP_RELATED_FIRST_NAMES,
  PROP_RELATED_SURNAME,
  PROP_RELATED_BIRTH_DATE,
  PROP_VALID_FROM,
  PROP_VALID_UNTIL,
  PROP_RESIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_client_relation_get_property (GObject *object,
                                     guint prop_id,
                                     GValue *value,
                                     GParamSpec *pspec)
{
  KansioClientRelation *self = KANSIO_CLIENT_RELATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_DIRECTION:
      g_value_set_string (value, self->direction);
      break;

    case PROP_RELATED_PERSON_ID:
      g_value_set_int64 (value, self->related_person_id);
      break;

    case PROP_RELATED_FIRST_NAMES:
      g_value_set_string (value, self->related_first_names);
      break;

    case PROP_RELATED_SURNAME:
      g_value_set_string (value, self->related_surname);
      break;

    case PROP_RELATED_BIRTH_DATE:
      g_value_set_string (value, self->related_birth_date);
      break;

    case PROP_VALID_FROM:
      g_value_set_string (value, self->valid_from);
      break;

    case PROP_VALID_UNTIL:
      g_value_set_string (value, self->valid_until);
      break;

    case PROP_RESIDENCE:
      g_value_set_string (value, self->residence);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_client_relation_set_property (GObject *object,
                                     guint prop_id,
                                     const GValue *value,
                                     GParamSpec *pspec)
{
  KansioClientRelation *self = KANSIO_CLIENT_RELATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_KIND:
      g_free (self->kind);
      self->kind = g_value_dup_string (value);
      break;

    case PROP_DIRECTION:
      g_free (self->direction);
      self->direction = g_value_dup_string (value);
      break;

    case PROP_RELATED_PERSON_ID:
      self->related_person_id = g_value_get_int64 (value);
      break;

    case PROP_RELATED_FIRST_NAMES:
      g_free (self->related_first_names);
      self->related_first_names = g_value_dup_string (value);
      break;

    case PROP_RELATED_SURNAME:
      g_free (self->related_surname);
      self->related_surname = g_value_dup_string (value);
      break;

    case PROP_RELATED_BIRTH_DATE:
      g_free (self->related_birth_date);
      self->related_birth_date = g_value_dup_string (value);
      break;

    case PROP_VALID_FROM:
      g_free (self->valid_from);
      self->valid_from = g_value_dup_string (value);
      break;

    case PROP_VALID_UNTIL:
      g_free (self->valid_until);
      self->valid_until = g_value_dup_string (value);
      break;

    case PROP_RESIDENCE:
      g_free (self->residence);
      self->residence = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_client_relation_finalize (GObject *object)
{
  KansioClientRelation *self = KANSIO_CLIENT_RELATION (object);

  g_free (self->kind);
  g_free (self->direction);
  g_free (self->related_first_names);
  g_free (self->related_surname);
  g_free (self->related_birth_date);
  g_free (self->valid_from);
  g_free (self->valid_until);
  g_free (self->residence);

  G_OBJECT_CLASS (kansio_client_relation_parent_class)->finalize (object);
}

static void
kansio_client_relation_class_init (KansioClientRelationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                      | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_client_relation_get_property;
  object_class->set_property = kansio_client_relation_set_property;
  object_class->finalize = kansio_client_relation_finalize;

  /**
   * KansioClientRelation:id:
   *
   * The relation's id.
   */
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  /**
   * KansioClientRelation:kind:
   *
   * "spouse", "household", "guardian" (of a child) or "parent" (of a
   * child of any age).
   */
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  /**
   * KansioClientRelation:direction:
   *
   * "to" or "from".
   */
  properties[PROP_DIRECTION] = g_param_spec_string ("direction", NULL, NULL, NULL, flags);
  /**
   * KansioClientRelation:related-person-id:
   *
   * The related person's id.
   */
  properties[PROP_RELATED_PERSON_ID]
      = g_param_spec_int64 ("related-person-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  /**
   * KansioClientRelation:related-first-names:
   *
   * The related person's first names.
   */
  properties[PROP_RELATED_FIRST_NAMES]
      = g_param_spec_string ("related-first-names", NULL, NULL, NULL, flags);
  /**
   * KansioClientRelation:related-surname:
   *
   * The related person's surname.
   */
  properties[PROP_RELATED_SURNAME]
      = g_param_spec_string ("related-surname", NULL, NULL, NULL, flags);
  /**
   * KansioClientRelation:related-birth-date:
   *
   * The related person's birth date, YYYY-MM-DD.
   */
  properties[PROP_RELATED_BIRTH_DATE]
      = g_param_spec_string ("related-birth-date", NULL, NULL, NULL, flags);
  /**
   * KansioClientRelation:valid-from:
   *
   * Since when, YYYY-MM-DD.
   */
  properties[PROP_VALID_FROM] = g_param_spec_string ("valid-from", NULL, NULL, NULL, flags);
  /**
   * KansioClientRelation:valid-until:
   *
   * Until when, YYYY-MM-DD, or %NULL.
   */
  properties[PROP_VALID_UNTIL] = g_param_spec_string ("valid-until", NULL, NULL, NULL, flags);
  /**
   * KansioClientRelation:residence:
   *
   * Where the related person lives, seen from the one in the care of the
   * other: "together" (the same home), "apart" (a spouse elsewhere, a
   * child with the other parent) or "alternating" (a child half of the
   * time in each parent's home).
   */
  properties[PROP_RESIDENCE] = g_param_spec_string ("residence", NULL, NULL, "together", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_client_relation_init (KansioClientRelation *self)
{
}

gint64
kansio_client_relation_get_id (KansioClientRelation *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_RELATION (self), 0);
  return self->id;
}

const char *
kansio_client_relation_get_kind (KansioClientRelation *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_RELATION (self), NULL);
  return self->kind;
}

const char *
kansio_client_relation_get_direction (KansioClientRelation *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_RELATION (self), NULL);
  return self->direction;
}

gint64
kansio_client_relation_get_related_person_id (KansioClientRelation *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_RELATION (self), 0);
  return self->related_person_id;
}

const char *
kansio_client_relation_get_related_first_names (KansioClientRelation *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_RELATION (self), NULL);
  return self->related_first_names;
}

const char *
kansio_client_relation_get_related_surname (KansioClientRelation *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_RELATION (self), NULL);
  return self->related_surname;
}

const char *
kansio_client_relation_get_related_birth_date (KansioClientRelation *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_RELATION (self), NULL);
  return self->related_birth_date;
}

const char *
kansio_client_relation_get_valid_from (KansioClientRelation *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_RELATION (self), NULL);
  return self->valid_from;
}

const char *
kansio_client_relation_get_valid_until (KansioClientRelation *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_RELATION (self), NULL);
  return self->valid_until;
}

const char *
kansio_client_relation_get_residence (KansioClientRelation *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_RELATION (self), NULL);
  return self->residence;
}

/**
 * kansio_client_relation_is_current:
 *
 * Returns: whether the relation has not ended
 */
gboolean
kansio_client_relation_is_current (KansioClientRelation *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_RELATION (self), FALSE);
  return self->valid_until == NULL;
}
