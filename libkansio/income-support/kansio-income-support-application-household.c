/* kansio-income-support-application-household.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-application"

#include "config.h"

#include "kansio-income-support-api-private.h"
#include "kansio-income-support-application-private.h"
#include "kansio-income-support-attachment-private.h"
#include "kansio-income-support-member-private.h"

/* What an application is decided on besides itself: its household (who
 * lives with the applicant, and in what role) and the attachments asked
 * for. The members and attachments are typed objects that change
 * themselves (kansio_income_support_member_set_role_async(),
 * kansio_income_support_attachment_mark_received_async()); here they are
 * listed and added. The application itself is
 * kansio-income-support-application.c. */

static char *
iso_date (const GDate *date)
{
  char day[16] = "";

  if (date == NULL)
    return NULL;
  g_date_strftime (day, sizeof day, "%Y-%m-%d", date);
  return g_strdup (day);
}

/* Household */

static gpointer
map_members (KansioDatabase *database, KansioRows *rows)
{
  GListStore *store = g_list_store_new (KANSIO_TYPE_INCOME_SUPPORT_MEMBER);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      g_autoptr (KansioIncomeSupportMember) member
          = _kansio_income_support_member_new_from_row (database, rows, i, 0);

      g_list_store_append (store, member);
    }
  return store;
}

static void
on_members_listed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KansioIncomeSupportApplication *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  GListModel *members
      = _kansio_income_support_call_finish (self, on_members_listed_cb, result, &error);

  if (members == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KansioIncomeSupportMember) member = g_list_model_get_item (members, i);

      _kansio_income_support_member_set_application_id (
          member, kansio_income_support_application_get_id (self));
    }
  g_task_return_pointer (task, members, g_object_unref);
}

/**
 * kansio_income_support_application_list_members_async:
 *
 * The household of the application.
 */
void
kansio_income_support_application_list_members_async (KansioIncomeSupportApplication *self,
                                                      GCancellable *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer user_data)
{
  g_autofree char *id = NULL;
  const char *params[1];
  GTask *task;

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_income_support_application_list_members_async);
  id = _kansio_income_support_id_text (kansio_income_support_application_get_id (self));
  params[0] = id;
  _kansio_income_support_call_async (
      self, on_members_listed_cb, _kansio_income_support_application_get_database (self),
      "SELECT * FROM api.is_application_members ($1)", params, G_N_ELEMENTS (params), map_members,
      g_object_unref, cancellable, on_members_listed_cb, task);
}

/**
 * kansio_income_support_application_list_members_finish:
 *
 * Returns: (transfer full) (nullable): a #GListModel of
 *   #KansioIncomeSupportMember
 */
GListModel *
kansio_income_support_application_list_members_finish (KansioIncomeSupportApplication *self,
                                                       GAsyncResult *result,
                                                       GError **error)
{
  return _kansio_income_support_call_finish (
      self, kansio_income_support_application_list_members_async, result, error);
}

/**
 * kansio_income_support_application_add_member_async:
 * @full_name: the member's name
 * @role: "applicant", "spouse", "adult" or "child"
 * @birth_date: (nullable): a child's birth date decides the basic amount
 *
 * Adds someone living in the same household, for this application only.
 */
void
kansio_income_support_application_add_member_async (KansioIncomeSupportApplication *self,
                                                    const char *full_name,
                                                    const char *role,
                                                    const GDate *birth_date,
                                                    GCancellable *cancellable,
                                                    GAsyncReadyCallback callback,
                                                    gpointer user_data)
{
  g_autofree char *id = NULL;
  g_autofree char *birth = NULL;
  const char *params[4];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self));
  g_return_if_fail (full_name != NULL && role != NULL);

  id = _kansio_income_support_id_text (kansio_income_support_application_get_id (self));
  birth = iso_date (birth_date);
  params[0] = id;
  params[1] = full_name;
  params[2] = role;
  params[3] = birth;
  _kansio_income_support_call_async (
      self, kansio_income_support_application_add_member_async,
      _kansio_income_support_application_get_database (self),
      "SELECT api.is_application_member_set ($1, NULL, $2, $3, $4::date, false)", params,
      G_N_ELEMENTS (params), _kansio_income_support_map_id, g_free, cancellable, callback,
      user_data);
}

/**
 * kansio_income_support_application_add_member_finish:
 *
 * Returns: the member's id, or 0 with @error set
 */
gint64
kansio_income_support_application_add_member_finish (KansioIncomeSupportApplication *self,
                                                     GAsyncResult *result,
                                                     GError **error)
{
  return _kansio_income_support_call_finish_id (
      self, kansio_income_support_application_add_member_async, result, error);
}

/* Attachments */

static gpointer
map_attachments (KansioDatabase *database, KansioRows *rows)
{
  GListStore *store = g_list_store_new (KANSIO_TYPE_INCOME_SUPPORT_ATTACHMENT);

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      g_autoptr (KansioIncomeSupportAttachment) attachment
          = _kansio_income_support_attachment_new_from_row (database, rows, i, 0);

      g_list_store_append (store, attachment);
    }
  return store;
}

static void
on_attachments_listed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KansioIncomeSupportApplication *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  GListModel *attachments
      = _kansio_income_support_call_finish (self, on_attachments_listed_cb, result, &error);

  if (attachments == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr (KansioIncomeSupportAttachment) attachment = g_list_model_get_item (attachments, i);

      _kansio_income_support_attachment_set_application_id (
          attachment, kansio_income_support_application_get_id (self));
    }
  g_task_return_pointer (task, attachments, g_object_unref);
}

/**
 * kansio_income_support_application_list_attachments_async:
 *
 * The attachments asked for, received or missing.
 */
void
kansio_income_support_application_list_attachments_async (KansioIncomeSupportApplication *self,
                                                          GCancellable *cancellable,
                                                          GAsyncReadyCallback callback,
                                                          gpointer user_data)
{
  g_autofree char *id = NULL;
  const char *params[1];
  GTask *task;

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kansio_income_support_application_list_attachments_async);
  id = _kansio_income_support_id_text (kansio_income_support_application_get_id (self));
  params[0] = id;
  _kansio_income_support_call_async (
      self, on_attachments_listed_cb, _kansio_income_support_application_get_database (self),
      "SELECT * FROM api.is_attachments ($1)", params, G_N_ELEMENTS (params), map_attachments,
      g_object_unref, cancellable, on_attachments_listed_cb, task);
}

/**
 * kansio_income_support_application_list_attachments_finish:
 *
 * Returns: (transfer full) (nullable): a #GListModel of
 *   #KansioIncomeSupportAttachment
 */
GListModel *
kansio_income_support_application_list_attachments_finish (KansioIncomeSupportApplication *self,
                                                           GAsyncResult *result,
                                                           GError **error)
{
  return _kansio_income_support_call_finish (
      self, kansio_income_support_application_list_attachments_async, result, error);
}

/**
 * kansio_income_support_application_ask_attachment_async:
 * @description: what the client must still send
 *
 * Asks the client for an attachment. The application does not wait for it
 * by itself: set its status to "waiting_for_attachments" for that.
 */
void
kansio_income_support_application_ask_attachment_async (KansioIncomeSupportApplication *self,
                                                        const char *description,
                                                        GCancellable *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer user_data)
{
  g_autofree char *id = NULL;
  const char *params[2];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self));
  g_return_if_fail (description != NULL);

  id = _kansio_income_support_id_text (kansio_income_support_application_get_id (self));
  params[0] = id;
  params[1] = description;
  _kansio_income_support_call_async (self, kansio_income_support_application_ask_attachment_async,
                                     _kansio_income_support_application_get_database (self),
                                     "SELECT api.is_attachment_set ($1, NULL, $2, NULL)", params,
                                     G_N_ELEMENTS (params), _kansio_income_support_map_id, g_free,
                                     cancellable, callback, user_data);
}

/**
 * kansio_income_support_application_ask_attachment_finish:
 *
 * Returns: the attachment's id, or 0 with @error set
 */
gint64
kansio_income_support_application_ask_attachment_finish (KansioIncomeSupportApplication *self,
                                                         GAsyncResult *result,
                                                         GError **error)
{
  return _kansio_income_support_call_finish_id (
      self, kansio_income_support_application_ask_attachment_async, result, error);
}
