/* kansio-income-support-member-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kansio-database.h"
#include "kansio-income-support-member.h"
#include "kansio-rows.h"

G_BEGIN_DECLS

KansioIncomeSupportMember *_kansio_income_support_member_new_from_row (KansioDatabase *database,
                                                                       KansioRows *rows,
                                                                       guint row,
                                                                       gint64 application_id);

G_END_DECLS
