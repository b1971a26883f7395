/* kansio-income-support-document.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <json-glib/json-glib.h>

#include "kansio-income-support-rates.h"
#include "documents/kansio-merge-data.h"

G_BEGIN_DECLS

gboolean kansio_income_support_decision_fields (KansioMergeData *data,
                                                JsonObject *decision,
                                                KansioIncomeSupportRates *rates,
                                                KansioLanguage language,
                                                GError **error);
void kansio_income_support_recovery_fields (KansioMergeData *data, JsonObject *recovery);
char *kansio_income_support_format_period (const char *first_month, const char *last_month);

G_END_DECLS
