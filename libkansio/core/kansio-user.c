/* kansio-user.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-user"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-api-call-private.h"
#include "kansio-i18n.h"
#include "kansio-user.h"

/* Who is logged in and what they may do, as the database says. The
 * shell shows and hides things by it; the database enforces it. */
struct _KansioUser
{
  GObject parent_instance;

  char *login_role;
  char *full_name;
  char *unit_name;
  int unit_id;
  GHashTable *areas;  /* area ids with any right */
  GHashTable *levels; /* supervisor, main_user, auditor, protected_address, … */
};

G_DEFINE_FINAL_TYPE (KansioUser, kansio_user, G_TYPE_OBJECT)

static void
kansio_user_finalize (GObject *object)
{
  KansioUser *self = (KansioUser *) object;

  g_free (self->login_role);
  g_free (self->full_name);
  g_free (self->unit_name);
  g_clear_pointer (&self->areas, g_hash_table_unref);
  g_clear_pointer (&self->levels, g_hash_table_unref);

  G_OBJECT_CLASS (kansio_user_parent_class)->finalize (object);
}

static void
kansio_user_class_init (KansioUserClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_user_finalize;
}

static void
kansio_user_init (KansioUser *self)
{
  self->areas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->levels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* api.whoami with api.my_rights: one row, or none for a login that is
 * not a member of staff. */
static gpointer
map_user (KansioRows *rows, gpointer map_data, GError **error)
{
  KansioUser *self;
  g_auto (GStrv) rights = NULL;

  if (kansio_rows_get_n_rows (rows) != 1)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _ ("This user is not a Kansio user."));
      return NULL;
    }

  self = g_object_new (KANSIO_TYPE_USER, NULL);
  self->login_role = g_strdup (_kansio_api_text (rows, 0, "login_role"));
  self->full_name = g_strdup (_kansio_api_text (rows, 0, "full_name"));
  self->unit_id = _kansio_api_int (rows, 0, "unit_id");
  self->unit_name = g_strdup (_kansio_api_text (
      rows, 0, kansio_i18n_interface_is_swedish () ? "unit_name_sv" : "unit_name_fi"));

  /* area/level pairs, one per grant in force */
  rights = g_strsplit (_kansio_api_text (rows, 0, "rights") ?: "", ";", -1);
  for (guint i = 0; rights[i] != NULL; i++)
    {
      g_auto (GStrv) parts = g_strsplit (rights[i], "/", 2);

      if (g_strv_length (parts) != 2)
        continue;
      if (*parts[0] != '\0')
        g_hash_table_add (self->areas, g_strdup (parts[0]));
      g_hash_table_add (self->levels, g_strdup (parts[1]));
    }
  return self;
}

/**
 * kansio_user_load_async:
 * @database: a database connected as the user
 *
 * Asks the database who the connection's user is and what rights are in
 * force today.
 */
void
kansio_user_load_async (KansioDatabase *database,
                        GCancellable *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_DATABASE (database));

  _kansio_api_call_async (database, kansio_user_load_async, database,
                          "SELECT w.login_role, w.full_name, w.unit_id, w.unit_name_fi, "
                          "w.unit_name_sv, (SELECT string_agg (coalesce (r.area, '') || '/' "
                          "|| r.level, ';') FROM api.my_rights () r) AS rights "
                          "FROM api.whoami () w",
                          NULL, 0, map_user, NULL, NULL, g_object_unref, cancellable, callback,
                          user_data);
}

/**
 * kansio_user_load_finish:
 *
 * Returns: (transfer full): the user, or %NULL with @error set
 */
KansioUser *
kansio_user_load_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  /* The task's source is the database, which this call is not given. */
  return _kansio_api_call_finish (g_task_get_source_object (G_TASK (result)),
                                  kansio_user_load_async, result, error);
}

const char *
kansio_user_get_login_role (KansioUser *self)
{
  g_return_val_if_fail (KANSIO_IS_USER (self), NULL);
  return self->login_role;
}

const char *
kansio_user_get_full_name (KansioUser *self)
{
  g_return_val_if_fail (KANSIO_IS_USER (self), NULL);
  return self->full_name;
}

const char *
kansio_user_get_unit_name (KansioUser *self)
{
  g_return_val_if_fail (KANSIO_IS_USER (self), NULL);
  return self->unit_name;
}

int
kansio_user_get_unit_id (KansioUser *self)
{
  g_return_val_if_fail (KANSIO_IS_USER (self), 0);
  return self->unit_id;
}

/**
 * kansio_user_has_area:
 *
 * Returns: whether the user holds any right in @area (for the
 *   administration area: whether the user is a main user)
 */
gboolean
kansio_user_has_area (KansioUser *self, KansioServiceArea area)
{
  g_return_val_if_fail (KANSIO_IS_USER (self), FALSE);

  if (area == KANSIO_SERVICE_AREA_ADMINISTRATION)
    return g_hash_table_contains (self->levels, "main_user");
  return g_hash_table_contains (self->areas, kansio_service_area_get_id (area));
}

/**
 * kansio_user_has_role:
 * @level: "reader", "handler", "decision_maker", "supervisor", "main_user",
 *   "auditor" or "protected_address"
 */
gboolean
kansio_user_has_role (KansioUser *self, const char *level)
{
  g_return_val_if_fail (KANSIO_IS_USER (self), FALSE);
  return g_hash_table_contains (self->levels, level);
}

/**
 * kansio_user_is_caseworker:
 *
 * Returns: whether the user works with clients in some area (and so may
 *   search for them)
 */
gboolean
kansio_user_is_caseworker (KansioUser *self)
{
  GHashTableIter iter;
  gpointer area;

  g_return_val_if_fail (KANSIO_IS_USER (self), FALSE);

  g_hash_table_iter_init (&iter, self->areas);
  while (g_hash_table_iter_next (&iter, &area, NULL))
    if (!g_str_equal (area, "letters"))
      return TRUE;
  return FALSE;
}

/**
 * kansio_user_get_client_areas:
 *
 * Returns: (transfer full) (element-type KansioServiceArea): the areas with
 *   clients in which the user holds a right, in sidebar order
 */
GArray *
kansio_user_get_client_areas (KansioUser *self)
{
  GArray *areas = g_array_new (FALSE, FALSE, sizeof (KansioServiceArea));

  g_return_val_if_fail (KANSIO_IS_USER (self), areas);

  for (KansioServiceArea area = KANSIO_SERVICE_AREA_INCOME_SUPPORT;
       area <= KANSIO_SERVICE_AREA_DISABILITY; area++)
    if (kansio_user_has_area (self, area))
      g_array_append_val (areas, area);
  return areas;
}
