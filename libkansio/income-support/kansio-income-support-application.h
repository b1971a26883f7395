/* kansio-income-support-application.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kansio-database.h"
#include "kansio-context.h"
#include "kansio-person.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_INCOME_SUPPORT_APPLICATION (kansio_income_support_application_get_type ())

G_DECLARE_FINAL_TYPE (KansioIncomeSupportApplication,
                      kansio_income_support_application,
                      KANSIO,
                      INCOME_SUPPORT_APPLICATION,
                      GObject)

gint64 kansio_income_support_application_get_id (KansioIncomeSupportApplication *self);
gint64 kansio_income_support_application_get_case_id (KansioIncomeSupportApplication *self);
gint64 kansio_income_support_application_get_person_id (KansioIncomeSupportApplication *self);
const char *
kansio_income_support_application_get_received_on (KansioIncomeSupportApplication *self);
const char *kansio_income_support_application_get_channel (KansioIncomeSupportApplication *self);
const char *
kansio_income_support_application_get_first_month (KansioIncomeSupportApplication *self);
const char *kansio_income_support_application_get_last_month (KansioIncomeSupportApplication *self);
const char *kansio_income_support_application_get_kind (KansioIncomeSupportApplication *self);
gboolean kansio_income_support_application_get_urgent (KansioIncomeSupportApplication *self);
const char *kansio_income_support_application_get_status (KansioIncomeSupportApplication *self);
const char *kansio_income_support_application_get_due_on (KansioIncomeSupportApplication *self);
gboolean kansio_income_support_application_get_is_late (KansioIncomeSupportApplication *self);
int kansio_income_support_application_get_working_days_left (KansioIncomeSupportApplication *self);
const char *kansio_income_support_application_get_clock (KansioIncomeSupportApplication *self);
const char *
kansio_income_support_application_get_requested_on (KansioIncomeSupportApplication *self);
const char *
kansio_income_support_application_get_request_due_on (KansioIncomeSupportApplication *self);
const char *
kansio_income_support_application_get_completion_due_on (KansioIncomeSupportApplication *self);
const char *
kansio_income_support_application_get_completed_on (KansioIncomeSupportApplication *self);
const char *kansio_income_support_application_get_discussion_requested_on (
    KansioIncomeSupportApplication *self);
const char *
kansio_income_support_application_get_discussion_held_on (KansioIncomeSupportApplication *self);
const char *
kansio_income_support_application_get_discussion_due_on (KansioIncomeSupportApplication *self);
const char *kansio_income_support_application_get_outcome (KansioIncomeSupportApplication *self);
const char *kansio_income_support_application_get_decided_on (KansioIncomeSupportApplication *self);
void
kansio_income_support_application_request_completion_async (KansioIncomeSupportApplication *self,
                                                            const GDate *requested_on,
                                                            const GDate *completion_due_on,
                                                            GCancellable *cancellable,
                                                            GAsyncReadyCallback callback,
                                                            gpointer user_data);
gboolean kansio_income_support_application_request_completion_finish (
    KansioIncomeSupportApplication *self, GAsyncResult *result, GError **error);
void kansio_income_support_application_set_discussion_async (KansioIncomeSupportApplication *self,
                                                             const GDate *requested_on,
                                                             const GDate *held_on,
                                                             GCancellable *cancellable,
                                                             GAsyncReadyCallback callback,
                                                             gpointer user_data);
gboolean kansio_income_support_application_set_discussion_finish (
    KansioIncomeSupportApplication *self, GAsyncResult *result, GError **error);
void kansio_income_support_application_list_for_months_async (KansioDatabase *database,
                                                              gint64 case_id,
                                                              const GDate *first_month,
                                                              const GDate *last_month,
                                                              GCancellable *cancellable,
                                                              GAsyncReadyCallback callback,
                                                              gpointer user_data);
GListModel *kansio_income_support_application_list_for_months_finish (GAsyncResult *result,
                                                                      GError **error);
const char *kansio_income_support_application_get_notes (KansioIncomeSupportApplication *self);
int kansio_income_support_application_get_row_version (KansioIncomeSupportApplication *self);
KansioPerson *kansio_income_support_application_get_person (KansioIncomeSupportApplication *self);
gboolean kansio_income_support_application_is_open (KansioIncomeSupportApplication *self);
char *kansio_income_support_application_dup_period (KansioIncomeSupportApplication *self);

void kansio_income_support_application_list_async (KansioDatabase *database,
                                                   gint64 person_id,
                                                   GCancellable *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer user_data);
GListModel *kansio_income_support_application_list_finish (GAsyncResult *result, GError **error);
void kansio_income_support_application_get_async (KansioContext *context,
                                                  gint64 person_id,
                                                  gint64 application_id,
                                                  GCancellable *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer user_data);
KansioIncomeSupportApplication *kansio_income_support_application_get_finish (GAsyncResult *result,
                                                                              GError **error);
void kansio_income_support_application_register_async (KansioDatabase *database,
                                                       gint64 case_id,
                                                       const GDate *received_on,
                                                       const char *channel,
                                                       const GDate *first_month,
                                                       const GDate *last_month,
                                                       const char *kind,
                                                       gboolean urgent,
                                                       const char *notes,
                                                       GCancellable *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer user_data);
gint64 kansio_income_support_application_register_finish (GAsyncResult *result, GError **error);
void kansio_income_support_application_set_status_async (KansioIncomeSupportApplication *self,
                                                         const char *status,
                                                         GCancellable *cancellable,
                                                         GAsyncReadyCallback callback,
                                                         gpointer user_data);
gboolean kansio_income_support_application_set_status_finish (KansioIncomeSupportApplication *self,
                                                              GAsyncResult *result,
                                                              GError **error);
void kansio_income_support_application_list_members_async (KansioIncomeSupportApplication *self,
                                                           GCancellable *cancellable,
                                                           GAsyncReadyCallback callback,
                                                           gpointer user_data);
GListModel *kansio_income_support_application_list_members_finish (
    KansioIncomeSupportApplication *self, GAsyncResult *result, GError **error);
void kansio_income_support_application_add_member_async (KansioIncomeSupportApplication *self,
                                                         const char *full_name,
                                                         const char *role,
                                                         const GDate *birth_date,
                                                         GCancellable *cancellable,
                                                         GAsyncReadyCallback callback,
                                                         gpointer user_data);
gint64 kansio_income_support_application_add_member_finish (KansioIncomeSupportApplication *self,
                                                            GAsyncResult *result,
                                                            GError **error);
void kansio_income_support_application_list_attachments_async (KansioIncomeSupportApplication *self,
                                                               GCancellable *cancellable,
                                                               GAsyncReadyCallback callback,
                                                               gpointer user_data);
GListModel *kansio_income_support_application_list_attachments_finish (
    KansioIncomeSupportApplication *self, GAsyncResult *result, GError **error);
void kansio_income_support_application_ask_attachment_async (KansioIncomeSupportApplication *self,
                                                             const char *description,
                                                             GCancellable *cancellable,
                                                             GAsyncReadyCallback callback,
                                                             gpointer user_data);
gint64 kansio_income_support_application_ask_attachment_finish (
    KansioIncomeSupportApplication *self, GAsyncResult *result, GError **error);

G_END_DECLS
