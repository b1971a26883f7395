/* kansio-income-support-rate.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_INCOME_SUPPORT_RATE (kansio_income_support_rate_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioIncomeSupportRate, kansio_income_support_rate, KANSIO, INCOME_SUPPORT_RATE, GObject)

const char *kansio_income_support_rate_get_key (KansioIncomeSupportRate *self);
const char *kansio_income_support_rate_get_valid_from (KansioIncomeSupportRate *self);
const char *kansio_income_support_rate_get_valid_until (KansioIncomeSupportRate *self);
gint64 kansio_income_support_rate_get_value (KansioIncomeSupportRate *self);
const char *kansio_income_support_rate_get_source (KansioIncomeSupportRate *self);

G_END_DECLS
