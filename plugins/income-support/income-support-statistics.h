/* income-support-statistics.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_STATISTICS (income_support_statistics_get_type ())

G_DECLARE_FINAL_TYPE (
    IncomeSupportStatistics, income_support_statistics, INCOME_SUPPORT, STATISTICS, AdwBin)

void income_support_statistics_set_context (IncomeSupportStatistics *self, KansioContext *context);
void income_support_statistics_reload (IncomeSupportStatistics *self);
guint income_support_statistics_get_year (IncomeSupportStatistics *self);
void income_support_statistics_set_year (IncomeSupportStatistics *self, guint year);
char *income_support_statistics_dup_csv (IncomeSupportStatistics *self);

G_END_DECLS
