/* kansio-income-support-rights.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-rights"

#include "config.h"

#include "kansio-api-call-private.h"
#include "kansio-income-support-rights.h"

/* What the user may do in income support, as api.my_rights says today: a
 * handler prepares, a decision-maker also decides. The database checks
 * each step again in the case's unit; this only chooses what to offer. */

enum
{
  MAY_HANDLE = 1 << 0,
  MAY_DECIDE = 1 << 1,
};

static gpointer
map_rights (KansioRows *rows, gpointer map_data, GError **error)
{
  guint *rights = g_new0 (guint, 1);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      const char *level = _kansio_api_text (rows, i, "level");

      if (g_strcmp0 (_kansio_api_text (rows, i, "area"), "income-support") != 0)
        continue;
      if (g_strcmp0 (level, "handler") == 0 || g_strcmp0 (level, "decision_maker") == 0)
        *rights |= MAY_HANDLE;
      if (g_strcmp0 (level, "decision_maker") == 0)
        *rights |= MAY_DECIDE;
    }
  return rights;
}

/**
 * kansio_income_support_rights_load_async:
 *
 * Reads the user's income-support rights in force today.
 */
void
kansio_income_support_rights_load_async (KansioDatabase *database,
                                         GCancellable *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer user_data)
{
  g_return_if_fail (KANSIO_IS_DATABASE (database));

  _kansio_api_call_async (NULL, kansio_income_support_rights_load_async, database,
                          "SELECT * FROM api.my_rights ()", NULL, 0, map_rights, NULL, NULL, g_free,
                          cancellable, callback, user_data);
}

/**
 * kansio_income_support_rights_load_finish:
 * @may_handle: (out) (optional): whether the user handles income support
 * @may_decide: (out) (optional): whether the user decides income support
 *
 * Returns: whether the rights were read; if not, @error says why
 */
gboolean
kansio_income_support_rights_load_finish (GAsyncResult *result,
                                          gboolean *may_handle,
                                          gboolean *may_decide,
                                          GError **error)
{
  g_autofree guint *rights
      = _kansio_api_call_finish (NULL, kansio_income_support_rights_load_async, result, error);

  if (may_handle != NULL)
    *may_handle = rights != NULL && (*rights & MAY_HANDLE) != 0;
  if (may_decide != NULL)
    *may_decide = rights != NULL && (*rights & MAY_DECIDE) != 0;
  return rights != NULL;
}
