/* kansio-income-support-application-household.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-application"

#include "config.h"

#include "kansio-api-call-private.h"
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

/* Household */

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
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self));

  _kansio_api_call_list_of_async (self, kansio_income_support_application_list_members_async,
                                  _kansio_income_support_application_get_database (self),
                                  "SELECT * FROM api.is_application_members ($1)",
                                  kansio_income_support_application_get_id (self),
                                  KANSIO_TYPE_INCOME_SUPPORT_MEMBER,
                                  (KansioApiItemFunc) _kansio_income_support_member_new_from_row,
                                  cancellable, callback, user_data);
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
  return _kansio_api_call_finish (self, kansio_income_support_application_list_members_async,
                                  result, error);
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

  id = _kansio_api_int64_text (kansio_income_support_application_get_id (self));
  birth = _kansio_api_date_text (birth_date);
  params[0] = id;
  params[1] = full_name;
  params[2] = role;
  params[3] = birth;
  _kansio_api_call_async (
      self, kansio_income_support_application_add_member_async,
      _kansio_income_support_application_get_database (self),
      "SELECT api.is_application_member_set ($1, NULL, $2, $3, $4::date, false)", params,
      G_N_ELEMENTS (params), _kansio_api_map_id, NULL, NULL, g_free, cancellable, callback,
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
  return _kansio_api_call_finish_id (self, kansio_income_support_application_add_member_async,
                                     result, error);
}

/* Attachments */

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
  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self));

  _kansio_api_call_list_of_async (
      self, kansio_income_support_application_list_attachments_async,
      _kansio_income_support_application_get_database (self),
      "SELECT * FROM api.is_attachments ($1)", kansio_income_support_application_get_id (self),
      KANSIO_TYPE_INCOME_SUPPORT_ATTACHMENT,
      (KansioApiItemFunc) _kansio_income_support_attachment_new_from_row, cancellable, callback,
      user_data);
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
  return _kansio_api_call_finish (self, kansio_income_support_application_list_attachments_async,
                                  result, error);
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

  id = _kansio_api_int64_text (kansio_income_support_application_get_id (self));
  params[0] = id;
  params[1] = description;
  _kansio_api_call_async (self, kansio_income_support_application_ask_attachment_async,
                          _kansio_income_support_application_get_database (self),
                          "SELECT api.is_attachment_set ($1, NULL, $2, NULL)", params,
                          G_N_ELEMENTS (params), _kansio_api_map_id, NULL, NULL, g_free,
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
  return _kansio_api_call_finish_id (self, kansio_income_support_application_ask_attachment_async,
                                     result, error);
}
