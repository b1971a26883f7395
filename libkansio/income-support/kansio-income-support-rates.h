/* kansio-income-support-rates.h
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
#include "kansio-rows.h"

G_BEGIN_DECLS

/* The person categories of the perusosa (DOMAIN.md 2.3). */
#define KANSIO_RATE_LIVING_ALONE "living_alone"
#define KANSIO_RATE_SINGLE_PARENT "single_parent"
#define KANSIO_RATE_ADULT "adult"
#define KANSIO_RATE_ADULT_WITH_PARENTS "adult_with_parents"

#define KANSIO_TYPE_INCOME_SUPPORT_RATES (kansio_income_support_rates_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioIncomeSupportRates, kansio_income_support_rates, KANSIO, INCOME_SUPPORT_RATES, GObject)

KansioIncomeSupportRates *kansio_income_support_rates_new (void);
KansioIncomeSupportRates *kansio_income_support_rates_new_from_rows (KansioRows *rows,
                                                                     GError **error);
void kansio_income_support_rates_add (KansioIncomeSupportRates *self,
                                      const char *key,
                                      const GDate *valid_from,
                                      const GDate *valid_until,
                                      gint64 value);
gboolean kansio_income_support_rates_lookup (KansioIncomeSupportRates *self,
                                             const char *key,
                                             const GDate *date,
                                             gint64 *value);
char *kansio_income_support_rates_child_key (guint birth_order, guint age);
void kansio_income_support_rates_load_async (KansioDatabase *database,
                                             GCancellable *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer user_data);
KansioIncomeSupportRates *kansio_income_support_rates_load_finish (GAsyncResult *result,
                                                                   GError **error);
void kansio_income_support_rates_list_async (KansioDatabase *database,
                                             const GDate *day,
                                             GCancellable *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer user_data);
GListModel *kansio_income_support_rates_list_finish (GAsyncResult *result, GError **error);
void kansio_income_support_rates_record_async (KansioDatabase *database,
                                               const char *key,
                                               const GDate *valid_from,
                                               const GDate *valid_until,
                                               gint64 value,
                                               const char *source,
                                               GCancellable *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer user_data);
gint64 kansio_income_support_rates_record_finish (GAsyncResult *result, GError **error);

G_END_DECLS
