/* income-support-member.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_MEMBER (income_support_member_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportMember, income_support_member, INCOME_SUPPORT, MEMBER, GObject)

IncomeSupportMember *income_support_member_new_from_row (KansioRows *rows, guint row);
gint64 income_support_member_get_member_id (IncomeSupportMember *self);
gint64 income_support_member_get_person_id (IncomeSupportMember *self);
const char *income_support_member_get_full_name (IncomeSupportMember *self);
const char *income_support_member_get_role (IncomeSupportMember *self);
const char *income_support_member_get_birth_date (IncomeSupportMember *self);
const char *income_support_member_get_key (IncomeSupportMember *self);
void _income_support_member_set_key (IncomeSupportMember *self, const char *key);

G_END_DECLS
