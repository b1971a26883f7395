/* income-support-member.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-member"

#include "config.h"

#include "income-support-format.h"
#include "income-support-member.h"

/* One row of api.is_application_members (): a person in the household of
 * an application, with the role the calculation gives them. */
struct _IncomeSupportMember
{
  GObject parent_instance;

  gint64 member_id;
  gint64 person_id;
  char *full_name;
  char *role;
  char *birth_date;
  char *key; /* the member's id in a calculation: the name, made unique */
};

G_DEFINE_FINAL_TYPE (IncomeSupportMember, income_support_member, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FULL_NAME,
  PROP_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
income_support_member_get_property (GObject *object,
                                    guint prop_id,
                                    GValue *value,
                                    GParamSpec *pspec)
{
  IncomeSupportMember *self = INCOME_SUPPORT_MEMBER (object);

  switch (prop_id)
    {
    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;

    case PROP_KEY:
      g_value_set_string (value, income_support_member_get_key (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
income_support_member_finalize (GObject *object)
{
  IncomeSupportMember *self = INCOME_SUPPORT_MEMBER (object);

  g_free (self->full_name);
  g_free (self->role);
  g_free (self->birth_date);
  g_free (self->key);

  G_OBJECT_CLASS (income_support_member_parent_class)->finalize (object);
}

static void
income_support_member_class_init (IncomeSupportMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = income_support_member_get_property;
  object_class->finalize = income_support_member_finalize;

  properties[PROP_FULL_NAME] = g_param_spec_string ("full-name", NULL, NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * IncomeSupportMember:key:
   *
   * The member's id in a calculation: the name, with a number after it
   * when two members have the same name.
   */
  properties[PROP_KEY] = g_param_spec_string (
      "key", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
income_support_member_init (IncomeSupportMember *self)
{
}

/**
 * income_support_member_new_from_row:
 * @rows: rows of api.is_application_members ()
 */
IncomeSupportMember *
income_support_member_new_from_row (KansioRows *rows, guint row)
{
  IncomeSupportMember *self;

  g_return_val_if_fail (KANSIO_IS_ROWS (rows), NULL);
  g_return_val_if_fail (row < kansio_rows_get_n_rows (rows), NULL);

  self = g_object_new (INCOME_SUPPORT_TYPE_MEMBER, NULL);
  self->member_id = _income_support_column_int64 (rows, row, "member_id");
  self->person_id = _income_support_column_int64 (rows, row, "person_id");
  self->full_name = g_strdup (_income_support_column (rows, row, "full_name"));
  self->role = g_strdup (_income_support_column (rows, row, "role"));
  self->birth_date = g_strdup (_income_support_column (rows, row, "birth_date"));
  return self;
}

gint64
income_support_member_get_member_id (IncomeSupportMember *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_MEMBER (self), 0);
  return self->member_id;
}

/**
 * income_support_member_get_person_id:
 *
 * Returns: the person in the client register, or 0 for a member added by
 *   hand
 */
gint64
income_support_member_get_person_id (IncomeSupportMember *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_MEMBER (self), 0);
  return self->person_id;
}

const char *
income_support_member_get_full_name (IncomeSupportMember *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_MEMBER (self), NULL);
  return self->full_name;
}

const char *
income_support_member_get_role (IncomeSupportMember *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_MEMBER (self), NULL);
  return self->role;
}

/**
 * income_support_member_get_birth_date:
 *
 * Returns: (nullable): yyyy-mm-dd
 */
const char *
income_support_member_get_birth_date (IncomeSupportMember *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_MEMBER (self), NULL);
  return self->birth_date;
}

const char *
income_support_member_get_key (IncomeSupportMember *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_MEMBER (self), NULL);
  return self->key != NULL ? self->key : self->full_name;
}

void
_income_support_member_set_key (IncomeSupportMember *self, const char *key)
{
  g_return_if_fail (INCOME_SUPPORT_IS_MEMBER (self));

  if (g_strcmp0 (self->key, key) == 0)
    return;
  g_free (self->key);
  self->key = g_strdup (key);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}
