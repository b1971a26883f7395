/* kansio-income-support-member.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-member"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-api-call-private.h"
#include "kansio-income-support-member-private.h"

/* A person in the household of an application, as
 * api.is_application_members gives them, with the role the calculation
 * gives them: a person of the client register or one added by hand for
 * this application only. Their role is changed and they are removed from
 * the household here; they are added with
 * kansio_income_support_application_add_member_async(). */
struct _KansioIncomeSupportMember
{
  GObject parent_instance;

  KansioDatabase *database;
  gint64 application_id;
  gint64 member_id;
  gint64 person_id;
  char *full_name;
  char *role;
  char *birth_date;
  char *key;
  gboolean alternating;
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportMember, kansio_income_support_member, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_MEMBER_ID,
  PROP_PERSON_ID,
  PROP_FULL_NAME,
  PROP_ROLE,
  PROP_BIRTH_DATE,
  PROP_KEY,
  PROP_ALTERNATING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_income_support_member_get_property (GObject *object,
                                           guint prop_id,
                                           GValue *value,
                                           GParamSpec *pspec)
{
  KansioIncomeSupportMember *self = KANSIO_INCOME_SUPPORT_MEMBER (object);

  switch (prop_id)
    {
    case PROP_MEMBER_ID:
      g_value_set_int64 (value, self->member_id);
      break;

    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_BIRTH_DATE:
      g_value_set_string (value, self->birth_date);
      break;

    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_ALTERNATING:
      g_value_set_boolean (value, self->alternating);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_income_support_member_dispose (GObject *object)
{
  KansioIncomeSupportMember *self = KANSIO_INCOME_SUPPORT_MEMBER (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (kansio_income_support_member_parent_class)->dispose (object);
}

static void
kansio_income_support_member_finalize (GObject *object)
{
  KansioIncomeSupportMember *self = KANSIO_INCOME_SUPPORT_MEMBER (object);

  g_free (self->full_name);
  g_free (self->role);
  g_free (self->birth_date);
  g_free (self->key);

  G_OBJECT_CLASS (kansio_income_support_member_parent_class)->finalize (object);
}

static void
kansio_income_support_member_class_init (KansioIncomeSupportMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_income_support_member_get_property;
  object_class->dispose = kansio_income_support_member_dispose;
  object_class->finalize = kansio_income_support_member_finalize;

  properties[PROP_MEMBER_ID]
      = g_param_spec_int64 ("member-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  /* The person in the client register; 0 for one added by hand. */
  properties[PROP_PERSON_ID]
      = g_param_spec_int64 ("person-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_FULL_NAME] = g_param_spec_string ("full-name", NULL, NULL, NULL, flags);
  /* "living_alone", "single_parent", "adult", "adult_with_parents" or "child" */
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);
  /* yyyy-mm-dd, or NULL */
  properties[PROP_BIRTH_DATE] = g_param_spec_string ("birth-date", NULL, NULL, NULL, flags);
  /* The member's id in a calculation: the name, with a number after it when two members have the
   * same name. */
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  /* A child living half of the time with each parent (DOMAIN.md 2.2,
   * alternating residence): the calculation splits the child's perusosa. */
  properties[PROP_ALTERNATING] = g_param_spec_boolean ("alternating", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_income_support_member_init (KansioIncomeSupportMember *self)
{
}

/* The columns of api.is_application_members, in one place: a KansioApiItemFunc. */
KansioIncomeSupportMember *
_kansio_income_support_member_new_from_row (KansioDatabase *database,
                                            KansioRows *rows,
                                            guint row,
                                            gint64 application_id)
{
  KansioIncomeSupportMember *self = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_MEMBER, NULL);

  self->database = g_object_ref (database);
  self->application_id = application_id;
  self->member_id = _kansio_api_int64 (rows, row, "member_id");
  self->person_id = _kansio_api_int64 (rows, row, "person_id");
  self->full_name = g_strdup (_kansio_api_text (rows, row, "full_name"));
  self->role = g_strdup (_kansio_api_text (rows, row, "role"));
  self->birth_date = g_strdup (_kansio_api_text (rows, row, "birth_date"));
  self->alternating = _kansio_api_boolean (rows, row, "alternating");
  return self;
}

gint64
kansio_income_support_member_get_member_id (KansioIncomeSupportMember *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_MEMBER (self), 0);
  return self->member_id;
}

gint64
kansio_income_support_member_get_person_id (KansioIncomeSupportMember *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_MEMBER (self), 0);
  return self->person_id;
}

const char *
kansio_income_support_member_get_full_name (KansioIncomeSupportMember *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_MEMBER (self), NULL);
  return self->full_name;
}

const char *
kansio_income_support_member_get_role (KansioIncomeSupportMember *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_MEMBER (self), NULL);
  return self->role;
}

const char *
kansio_income_support_member_get_birth_date (KansioIncomeSupportMember *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_MEMBER (self), NULL);
  return self->birth_date;
}

/**
 * kansio_income_support_member_get_alternating:
 *
 * Returns: whether the member is a child living half of the time with
 *   each parent, whose perusosa the calculation splits (DOMAIN.md 2.2)
 */
gboolean
kansio_income_support_member_get_alternating (KansioIncomeSupportMember *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_MEMBER (self), FALSE);
  return self->alternating;
}

/**
 * kansio_income_support_member_get_key:
 *
 * Returns: the member's id in a calculation, their name unless
 *   kansio_income_support_member_set_key() made it unique
 */
const char *
kansio_income_support_member_get_key (KansioIncomeSupportMember *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_MEMBER (self), NULL);
  return self->key != NULL ? self->key : self->full_name;
}

void
kansio_income_support_member_set_key (KansioIncomeSupportMember *self, const char *key)
{
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_MEMBER (self));

  if (_kansio_api_set_string (&self->key, key))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

/**
 * kansio_income_support_member_set_role_async:
 * @role: "living_alone", "single_parent", "adult", "adult_with_parents" or "child"
 *
 * Gives the member another role in the household of the application.
 */
void
kansio_income_support_member_set_role_async (KansioIncomeSupportMember *self,
                                             const char *role,
                                             GCancellable *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer user_data)
{
  g_autofree char *application_id = NULL;
  g_autofree char *member_id = NULL;
  const char *params[3];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_MEMBER (self));
  g_return_if_fail (role != NULL);

  application_id = _kansio_api_int64_text (self->application_id);
  member_id = _kansio_api_int64_text (self->member_id);
  params[0] = application_id;
  params[1] = member_id;
  params[2] = role;
  _kansio_api_call_async (self, kansio_income_support_member_set_role_async, self->database,
                          "SELECT api.is_application_member_set ($1, $2, NULL, $3, NULL, false)",
                          params, G_N_ELEMENTS (params), _kansio_api_map_done, NULL, NULL, NULL,
                          cancellable, callback, user_data);
}

gboolean
kansio_income_support_member_set_role_finish (KansioIncomeSupportMember *self,
                                              GAsyncResult *result,
                                              GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_income_support_member_set_role_async, result,
                                       error);
}

/**
 * kansio_income_support_member_set_alternating_async:
 * @alternating: whether the child lives half of the time with each parent
 *
 * Marks a child of the household as living alternately with each parent
 * (DOMAIN.md 2.2), for this application only; the database refuses it
 * for anyone but a child.
 */
void
kansio_income_support_member_set_alternating_async (KansioIncomeSupportMember *self,
                                                    gboolean alternating,
                                                    GCancellable *cancellable,
                                                    GAsyncReadyCallback callback,
                                                    gpointer user_data)
{
  g_autofree char *application_id = NULL;
  g_autofree char *member_id = NULL;
  const char *params[3];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_MEMBER (self));

  application_id = _kansio_api_int64_text (self->application_id);
  member_id = _kansio_api_int64_text (self->member_id);
  params[0] = application_id;
  params[1] = member_id;
  params[2] = alternating ? "true" : "false";
  _kansio_api_call_async (
      self, kansio_income_support_member_set_alternating_async, self->database,
      "SELECT api.is_application_member_set ($1, $2, NULL, NULL, NULL, false, $3::boolean)", params,
      G_N_ELEMENTS (params), _kansio_api_map_done, NULL, NULL, NULL, cancellable, callback,
      user_data);
}

gboolean
kansio_income_support_member_set_alternating_finish (KansioIncomeSupportMember *self,
                                                     GAsyncResult *result,
                                                     GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_income_support_member_set_alternating_async,
                                       result, error);
}

/**
 * kansio_income_support_member_remove_async:
 *
 * Removes the member from the household of this application only.
 */
void
kansio_income_support_member_remove_async (KansioIncomeSupportMember *self,
                                           GCancellable *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer user_data)
{
  g_autofree char *application_id = NULL;
  g_autofree char *member_id = NULL;
  const char *params[2];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_MEMBER (self));

  application_id = _kansio_api_int64_text (self->application_id);
  member_id = _kansio_api_int64_text (self->member_id);
  params[0] = application_id;
  params[1] = member_id;
  _kansio_api_call_async (self, kansio_income_support_member_remove_async, self->database,
                          "SELECT api.is_application_member_set ($1, $2, NULL, NULL, NULL, true)",
                          params, G_N_ELEMENTS (params), _kansio_api_map_done, NULL, NULL, NULL,
                          cancellable, callback, user_data);
}

gboolean
kansio_income_support_member_remove_finish (KansioIncomeSupportMember *self,
                                            GAsyncResult *result,
                                            GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_income_support_member_remove_async, result,
                                       error);
}

/* Consistency (DOMAIN.md 2.2), as kansio.is_household_check says it in
 * data/sql/0023-income-support-family.sql: the same rules in the same
 * order and the same words, so the member dialog says what the server
 * would (tests/test-income-support-household.c holds them together). */

/**
 * kansio_income_support_household_problem:
 * @roles: (array zero-terminated=1): the roles of a household's members
 *
 * Returns: (nullable): why the household cannot be calculated, translated;
 *   %NULL when it can
 */
const char *
kansio_income_support_household_problem (const char *const *roles)
{
  guint n_all = 0, n_adults = 0, n_children = 0, n_alone = 0, n_with_parents = 0, n_single = 0;

  g_return_val_if_fail (roles != NULL, NULL);

  for (guint i = 0; roles[i] != NULL; i++)
    {
      n_all++;
      if (g_str_equal (roles[i], "child"))
        n_children++;
      else
        n_adults++;
      n_alone += g_str_equal (roles[i], "living_alone");
      n_with_parents += g_str_equal (roles[i], "adult_with_parents");
      n_single += g_str_equal (roles[i], "single_parent");
    }
  if (n_children > 0 && n_adults == 0)
    return _ ("A child is in the household of a parent: add the parent first.");
  if (n_alone > 0 && n_all > 1)
    return _ ("A person living alone is the only member of their household.");
  if (n_with_parents > 0 && n_all > 1)
    return _ ("An adult living with their parents is a household of their own.");
  if (n_single > 1)
    return _ ("A household has one single parent, not two.");
  if (n_single == 1 && n_children == 0)
    return _ ("A single parent has a child in the household.");
  if (n_single == 1 && n_adults > 1)
    return _ ("A single parent has no spouse in the household.");
  if (n_adults > 2)
    return _ ("A family has at most two adults: other adults living in the home are households "
              "of their own.");
  if (n_adults == 1 && n_children > 0 && n_single == 0)
    return _ ("A parent with no spouse in the household is a single parent.");
  return NULL;
}

/**
 * kansio_income_support_household_problem_adding:
 * @members: a #GListModel of #KansioIncomeSupportMember, the household now
 * @role: the role of a member to add
 *
 * What the server answers to adding a member: the other adults' roles
 * follow the change (kansio.is_household_follow), the new member's role
 * is as chosen.
 *
 * Returns: (nullable): why the member cannot be added, translated; %NULL
 *   when they can
 */
const char *
kansio_income_support_household_problem_adding (GListModel *members, const char *role)
{
  guint n = g_list_model_get_n_items (members);
  g_autofree const char **roles = g_new0 (const char *, n + 2);
  guint n_adults = !g_str_equal (role, "child"), n_children = g_str_equal (role, "child");

  g_return_val_if_fail (G_IS_LIST_MODEL (members), NULL);
  g_return_val_if_fail (role != NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KansioIncomeSupportMember) member = g_list_model_get_item (members, i);

      roles[i] = member->role;
      if (g_str_equal (member->role, "child"))
        n_children++;
      else
        n_adults++;
    }
  for (guint i = 0; i < n; i++)
    {
      if (g_str_equal (roles[i], "child"))
        continue;
      if (n_adults == 1 && n_children > 0)
        roles[i] = "single_parent";
      else if (n_adults == 1 && g_str_equal (roles[i], "single_parent"))
        roles[i] = "living_alone";
      else if (n_adults > 1 && !g_str_equal (roles[i], "adult"))
        roles[i] = "adult";
    }
  roles[n] = role;
  return kansio_income_support_household_problem (roles);
}
