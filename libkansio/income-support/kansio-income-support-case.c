/* kansio-income-support-case.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-case"

#include "config.h"

#include "kansio-client-case.h"
#include "kansio-client-directory.h"
#include "kansio-user.h"
#include "kansio-api-call-private.h"
#include "kansio-income-support-case-private.h"

/* A client's open income-support case, where applications are registered:
 * of the cases the client register lists for a client
 * (kansio_client_directory_list_cases_async()), the open income-support
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

/* From the client register's case (the columns of api.person_cases are
 * known in kansio-client-directory.c only). */
KansioIncomeSupportCase *
_kansio_income_support_case_new (KansioDatabase *database, KansioClientCase *client_case)
{
  KansioIncomeSupportCase *self = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_CASE, NULL);

  self->database = g_object_ref (database);
  self->id = kansio_client_case_get_id (client_case);
  self->unit_id = kansio_client_case_get_unit_id (client_case);
  self->unit_name_fi = g_strdup (kansio_client_case_get_unit_name_fi (client_case));
  self->unit_name_sv = g_strdup (kansio_client_case_get_unit_name_sv (client_case));
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
  g_autoptr (GListModel) cases = kansio_client_directory_list_cases_finish (
      KANSIO_CLIENT_DIRECTORY (object), result, &error);
  g_autoptr (KansioClientCase) found = NULL;

  if (cases == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr (KansioClientCase) client_case = g_list_model_get_item (cases, i);

      if (g_strcmp0 (kansio_client_case_get_area (client_case), "income-support") != 0
          || kansio_client_case_get_closed_on (client_case) != NULL)
        continue;
      if (found == NULL || kansio_client_case_get_unit_id (client_case) == own_unit)
        g_set_object (&found, client_case);
    }
  if (found == NULL)
    g_task_return_pointer (task, NULL, NULL);
  else
    g_task_return_pointer (
        task, _kansio_income_support_case_new (kansio_context_get_database (context), found),
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
  kansio_client_directory_list_cases_async (kansio_context_get_clients (context), person_id,
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
  return _kansio_api_call_finish (NULL, kansio_income_support_case_find_open_async, result, error);
}
