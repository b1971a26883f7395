/* kansio-income-support-statistics.h
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

#define KANSIO_TYPE_INCOME_SUPPORT_STATISTICS (kansio_income_support_statistics_get_type ())

G_DECLARE_FINAL_TYPE (KansioIncomeSupportStatistics,
                      kansio_income_support_statistics,
                      KANSIO,
                      INCOME_SUPPORT_STATISTICS,
                      GObject)

void kansio_income_support_statistics_load_async (KansioDatabase *database,
                                                  guint year,
                                                  GCancellable *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer user_data);
KansioIncomeSupportStatistics *kansio_income_support_statistics_load_finish (GAsyncResult *result,
                                                                             GError **error);

guint kansio_income_support_statistics_get_year (KansioIncomeSupportStatistics *self);
guint kansio_income_support_statistics_get_n_kinds (KansioIncomeSupportStatistics *self);
const char *kansio_income_support_statistics_get_kind (KansioIncomeSupportStatistics *self,
                                                       guint i);
gboolean kansio_income_support_statistics_is_suppressed (KansioIncomeSupportStatistics *self,
                                                         guint i);
gint64 kansio_income_support_statistics_get_households (KansioIncomeSupportStatistics *self,
                                                        guint i);
gint64 kansio_income_support_statistics_get_persons (KansioIncomeSupportStatistics *self, guint i);
gint64 kansio_income_support_statistics_get_household_months (KansioIncomeSupportStatistics *self,
                                                              guint i);
gint64 kansio_income_support_statistics_get_euros_cents (KansioIncomeSupportStatistics *self,
                                                         guint i);
char *kansio_income_support_statistics_dup_csv (KansioIncomeSupportStatistics *self);

G_END_DECLS
