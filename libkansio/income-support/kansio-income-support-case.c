/* kansio-income-support-case.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-case"

#include "config.h"

#include "kansio-client-directory.h"
#include "kansio-user.h"
#include "kansio-income-support-api-private.h"
#include "kansio-income-support-case-private.h"

/* A client's open income-support case, where applications are registered:
 * of the cases the client register lists for a client
 * (kansio_client_directory_list_async() "cases"), the open income-support
 * one, that of the user's own unit where there are several. */
struct _KansioIncomeSupportCase
{
  GObject parent_instance;

  KansioDatabase *database;
  gint64 id;
  int unit_id;
  char *unit_name_fi;
  char *unit_name_sv;
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportCase, kansio_income_support_case, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_UNIT_ID,
  PROP_UNIT_NAME_FI,
  PROP_UNIT_NAME_SV,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_income_support_case_get_property (GObject *object,
                                         guint prop_id,
                                         GValue *value,
                                         GParamSpec *pspec)
{
  KansioIncomeSupportCase *self = KANSIO_INCOME_SUPPORT_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UNIT_ID:
      g_value_set_int (value, self->unit_id);
      break;

    case PROP_UNIT_NAME_FI:
      g_value_set_string (value, self->unit_name_fi);
      break;

    case PROP_UNIT_NAME_SV:
      g_value_set_string (value, self->unit_name_sv);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_income_support_case_dispose (GObject *object)
{
  KansioIncomeSupportCase *self = KANSIO_INCOME_SUPPORT_CASE (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (kansio_income_support_case_parent_class)->dispose (object);
}

static void
kansio_income_support_case_finalize (GObject *object)
{
  KansioIncomeSupportCase *self = KANSIO_INCOME_SUPPORT_CASE (object);

  g_free (self->unit_name_fi);
  g_free (self->unit_name_sv);

  G_OBJECT_CLASS (kansio_income_support_case_parent_class)->finalize (object);
}

static void
kansio_income_support_case_class_init (KansioIncomeSupportCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_income_support_case_get_property;
  object_class->dispose = kansio_income_support_case_dispose;
  object_class->finalize = kansio_income_support_case_finalize;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_UNIT_ID] = g_param_spec_int ("unit-id", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_UNIT_NAME_FI] = g_param_spec_string ("unit-name-fi", NULL, NULL, NULL, flags);
  properties[PROP_UNIT_NAME_SV] = g_param_spec_string ("unit-name-sv", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_income_support_case_init (KansioIncomeSupportCase *self)
{
}

/* The columns of api.person_cases, in one place. */
KansioIncomeSupportCase *
_kansio_income_support_case_new_from_row (KansioDatabase *database, KansioRows *rows, guint row)
{
  KansioIncomeSupportCase *self = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_CASE, NULL);

  self->database = g_object_ref (database);
  self->id = _kansio_income_support_int64 (rows, row, "case_id");
  self->unit_id = (int) _kansio_income_support_int64 (rows, row, "unit_id");
  self->unit_name_fi = g_strdup (_kansio_income_support_text (rows, row, "unit_name_fi"));
  self->unit_name_sv = g_strdup (_kansio_income_support_text (rows, row, "unit_name_sv"));
  return self;
}

gint64
kansio_income_support_case_get_id (KansioIncomeSupportCase *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CASE (self), 0);
  return self->id;
}

int
kansio_income_support_case_get_unit_id (KansioIncomeSupportCase *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CASE (self), 0);
  return self->unit_id;
}

const char *
kansio_income_support_case_get_unit_name_fi (KansioIncomeSupportCase *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CASE (self), NULL);
  return self->unit_name_fi;
}

const char *
kansio_income_support_case_get_unit_name_sv (KansioIncomeSupportCase *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_CASE (self), NULL);
  return self->unit_name_sv;
}

static void
on_cases_listed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KansioContext *context = g_task_get_task_data (task);
  int own_unit = kansio_user_get_unit_id (kansio_context_get_user (context));
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioRows) rows
      = kansio_client_directory_list_finish (KANSIO_CLIENT_DIRECTORY (object), result, &error);
  int found = -1;

  if (rows == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      if (g_strcmp0 (_kansio_income_support_text (rows, i, "area"), "income-support") != 0
          || _kansio_income_support_text (rows, i, "closed_on") != NULL)
        continue;
      if (found < 0 || _kansio_income_support_int64 (rows, i, "unit_id") == own_unit)
        found = (int) i;
    }
  if (found < 0)
    g_task_return_pointer (task, NULL, NULL);
  else
    g_task_return_pointer (task,
                           _kansio_income_support_case_new_from_row (
                               kansio_context_get_database (context), rows, (guint) found),
                           g_object_unref);
}

/**
 * kansio_income_support_case_find_open_async:
 * @context: the user's context
 * @person_id: the client
 *
 * Finds the client's open income-support case, that of the user's own unit
 * where there are several.
 */
void
kansio_income_support_case_find_open_async (KansioContext *context,
                                            gint64 person_id,
                                            GCancellable *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer user_data)
{
  GTask *task;

  g_return_if_fail (KANSIO_IS_CONTEXT (context));
  g_return_if_fail (person_id > 0);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_income_support_case_find_open_async);
  g_task_set_task_data (task, g_object_ref (context), g_object_unref);
  kansio_client_directory_list_async (kansio_context_get_clients (context), "cases", person_id,
                                      cancellable, on_cases_listed_cb, task);
}

/**
 * kansio_income_support_case_find_open_finish:
 *
 * Returns: (transfer full) (nullable): the case; %NULL without an error
 *   when the client has no open income-support case the user may see
 */
KansioIncomeSupportCase *
kansio_income_support_case_find_open_finish (GAsyncResult *result, GError **error)
{
  return _kansio_income_support_call_finish (NULL, kansio_income_support_case_find_open_async,
                                             result, error);
}
