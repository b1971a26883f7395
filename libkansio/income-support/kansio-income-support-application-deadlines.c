/* kansio-income-support-application-deadlines.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-application"

#include "config.h"

#include "kansio-api-call-private.h"
#include "kansio-income-support-application-private.h"

/* What 14 a § counts an application's deadlines from (DOMAIN.md 2.1):
 * the completion request, the personal discussion, and, before an
 * application is registered, the client's applications for the same
 * months. The database keeps the dates and derives every due date; these
 * only send the dates of what happened. */

/**
 * kansio_income_support_application_request_completion_async:
 * @requested_on: (nullable): the day the request was sent; %NULL for today
 * @completion_due_on: (nullable): the day the client completes it by;
 *   %NULL for the database's default
 *
 * Records the itemised completion request (14 a § 3 mom.): what is asked
 * are the application's missing attachments. Once per application; from
 * the version read.
 */
void
kansio_income_support_application_request_completion_async (KansioIncomeSupportApplication *self,
                                                            const GDate *requested_on,
                                                            const GDate *completion_due_on,
                                                            GCancellable *cancellable,
                                                            GAsyncReadyCallback callback,
                                                            gpointer user_data)
{
  g_autofree char *id = NULL;
  g_autofree char *version = NULL;
  g_autofree char *requested = NULL;
  g_autofree char *completion = NULL;
  const char *params[4];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self));

  id = _kansio_api_int64_text (kansio_income_support_application_get_id (self));
  version = g_strdup_printf ("%d", kansio_income_support_application_get_row_version (self));
  requested = _kansio_api_date_text (requested_on);
  completion = _kansio_api_date_text (completion_due_on);
  params[0] = id;
  params[1] = version;
  params[2] = requested;
  params[3] = completion;
  _kansio_api_call_async (self, kansio_income_support_application_request_completion_async,
                          _kansio_income_support_application_get_database (self),
                          "SELECT api.is_completion_request ($1, $2::integer, $3::date, $4::date)",
                          params, G_N_ELEMENTS (params), _kansio_api_map_done, NULL, NULL, NULL,
                          cancellable, callback, user_data);
}

gboolean
kansio_income_support_application_request_completion_finish (KansioIncomeSupportApplication *self,
                                                             GAsyncResult *result,
                                                             GError **error)
{
  return _kansio_api_call_finish_done (
      self, kansio_income_support_application_request_completion_async, result, error);
}

/**
 * kansio_income_support_application_set_discussion_async:
 * @requested_on: the day the client asked for a personal discussion
 * @held_on: (nullable): the day it was held
 *
 * Records the discussion; each day once. Its deadline is the database's.
 */
void
kansio_income_support_application_set_discussion_async (KansioIncomeSupportApplication *self,
                                                        const GDate *requested_on,
                                                        const GDate *held_on,
                                                        GCancellable *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer user_data)
{
  g_autofree char *id = NULL;
  g_autofree char *requested = NULL;
  g_autofree char *held = NULL;
  const char *params[3];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_APPLICATION (self));

  id = _kansio_api_int64_text (kansio_income_support_application_get_id (self));
  requested = _kansio_api_date_text (requested_on);
  held = _kansio_api_date_text (held_on);
  params[0] = id;
  params[1] = requested;
  params[2] = held;
  _kansio_api_call_async (self, kansio_income_support_application_set_discussion_async,
                          _kansio_income_support_application_get_database (self),
                          "SELECT api.is_discussion_set ($1, $2::date, $3::date)", params,
                          G_N_ELEMENTS (params), _kansio_api_map_done, NULL, NULL, NULL,
                          cancellable, callback, user_data);
}

gboolean
kansio_income_support_application_set_discussion_finish (KansioIncomeSupportApplication *self,
                                                         GAsyncResult *result,
                                                         GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_income_support_application_set_discussion_async,
                                       result, error);
}

/**
 * kansio_income_support_application_list_for_months_async:
 * @case_id: the client's open income-support case
 * @first_month: the first month about to be applied for
 * @last_month: (nullable): the last, or %NULL for one month
 *
 * The client's applications that cover any of these months, with their
 * decisions (kansio_income_support_application_get_outcome()): a warning
 * before registering another; registering is still allowed.
 */
void
kansio_income_support_application_list_for_months_async (KansioDatabase *database,
                                                         gint64 case_id,
                                                         const GDate *first_month,
                                                         const GDate *last_month,
                                                         GCancellable *cancellable,
                                                         GAsyncReadyCallback callback,
                                                         gpointer user_data)
{
  g_autofree char *case_text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  const char *params[3];

  g_return_if_fail (KANSIO_IS_DATABASE (database));
  g_return_if_fail (first_month != NULL);

  case_text = _kansio_api_int64_text (case_id);
  first = _kansio_api_date_text (first_month);
  last = _kansio_api_date_text (last_month);
  params[0] = case_text;
  params[1] = first;
  params[2] = last;
  _kansio_api_call_list_async (
      NULL, kansio_income_support_application_list_for_months_async, database,
      "SELECT * FROM api.is_applications_for_months ($1, $2::date, $3::date)", params,
      G_N_ELEMENTS (params), KANSIO_TYPE_INCOME_SUPPORT_APPLICATION,
      (KansioApiItemFunc) _kansio_income_support_application_new_from_row, 0, cancellable, callback,
      user_data);
}

GListModel *
kansio_income_support_application_list_for_months_finish (GAsyncResult *result, GError **error)
{
  return _kansio_api_call_finish (NULL, kansio_income_support_application_list_for_months_async,
                                  result, error);
}
