/* kansio-income-support-application-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kansio-database.h"
#include "kansio-income-support-application.h"
#include "kansio-rows.h"

G_BEGIN_DECLS

KansioIncomeSupportApplication *_kansio_income_support_application_new_from_row (
    KansioDatabase *database, KansioRows *rows, guint row, gint64 person_id);
KansioDatabase *
_kansio_income_support_application_get_database (KansioIncomeSupportApplication *self);

G_END_DECLS
