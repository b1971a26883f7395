/* kansio-income-support-member.h
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

G_BEGIN_DECLS

#define KANSIO_TYPE_INCOME_SUPPORT_MEMBER (kansio_income_support_member_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioIncomeSupportMember, kansio_income_support_member, KANSIO, INCOME_SUPPORT_MEMBER, GObject)

gint64 kansio_income_support_member_get_member_id (KansioIncomeSupportMember *self);
gint64 kansio_income_support_member_get_person_id (KansioIncomeSupportMember *self);
const char *kansio_income_support_member_get_full_name (KansioIncomeSupportMember *self);
const char *kansio_income_support_member_get_role (KansioIncomeSupportMember *self);
const char *kansio_income_support_member_get_birth_date (KansioIncomeSupportMember *self);
gboolean kansio_income_support_member_get_alternating (KansioIncomeSupportMember *self);
const char *kansio_income_support_member_get_key (KansioIncomeSupportMember *self);
void kansio_income_support_member_set_key (KansioIncomeSupportMember *self, const char *key);
void kansio_income_support_member_set_role_async (KansioIncomeSupportMember *self,
                                                  const char *role,
                                                  GCancellable *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer user_data);
gboolean kansio_income_support_member_set_role_finish (KansioIncomeSupportMember *self,
                                                       GAsyncResult *result,
                                                       GError **error);
void kansio_income_support_member_set_alternating_async (KansioIncomeSupportMember *self,
                                                         gboolean alternating,
                                                         GCancellable *cancellable,
                                                         GAsyncReadyCallback callback,
                                                         gpointer user_data);
gboolean kansio_income_support_member_set_alternating_finish (KansioIncomeSupportMember *self,
                                                              GAsyncResult *result,
                                                              GError **error);
void kansio_income_support_member_remove_async (KansioIncomeSupportMember *self,
                                                GCancellable *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer user_data);
gboolean kansio_income_support_member_remove_finish (KansioIncomeSupportMember *self,
                                                     GAsyncResult *result,
                                                     GError **error);

const char *kansio_income_support_household_problem (const char *const *roles);
const char *kansio_income_support_household_problem_adding (GListModel *members, const char *role);

G_END_DECLS
