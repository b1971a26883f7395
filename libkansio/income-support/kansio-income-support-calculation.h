/* kansio-income-support-calculation.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib-object.h>

#include "documents/kansio-document-format.h"
#include "documents/kansio-field-catalogue.h"
#include "documents/kansio-merge-data.h"
#include "kansio-income-support-rates.h"

G_BEGIN_DECLS

#define KANSIO_CALCULATION_ERROR (kansio_calculation_error_quark ())

typedef enum
{
  KANSIO_CALCULATION_ERROR_INVALID_INPUT,
  KANSIO_CALCULATION_ERROR_NO_RATES,
} KansioCalculationError;

#define KANSIO_TYPE_INCOME_SUPPORT_CALCULATION (kansio_income_support_calculation_get_type ())

G_DECLARE_FINAL_TYPE (KansioIncomeSupportCalculation,
                      kansio_income_support_calculation,
                      KANSIO,
                      INCOME_SUPPORT_CALCULATION,
                      GObject)

GQuark kansio_calculation_error_quark (void);

KansioIncomeSupportCalculation *kansio_income_support_calculation_new (guint year, guint month);
KansioIncomeSupportCalculation *kansio_income_support_calculation_new_from_json (const char *json,
                                                                                 GError **error);
gboolean kansio_income_support_calculation_set_rules (KansioIncomeSupportCalculation *self,
                                                      guint rules,
                                                      GError **error);
gboolean kansio_income_support_calculation_set_period (KansioIncomeSupportCalculation *self,
                                                       guint first_day,
                                                       guint last_day,
                                                       GError **error);
gboolean kansio_income_support_calculation_set_alternating (KansioIncomeSupportCalculation *self,
                                                            const char *member,
                                                            GError **error);
gboolean
kansio_income_support_calculation_add_expense_with_reason (KansioIncomeSupportCalculation *self,
                                                           const char *type,
                                                           gint64 cents,
                                                           const char *reason,
                                                           GError **error);
gboolean kansio_income_support_calculation_add_member (KansioIncomeSupportCalculation *self,
                                                       const char *id,
                                                       const char *role,
                                                       const char *birth_date,
                                                       GError **error);
gboolean kansio_income_support_calculation_add_income (KansioIncomeSupportCalculation *self,
                                                       const char *member,
                                                       const char *type,
                                                       gint64 cents,
                                                       GError **error);
gboolean kansio_income_support_calculation_add_expense (KansioIncomeSupportCalculation *self,
                                                        const char *type,
                                                        gint64 cents,
                                                        GError **error);
gboolean kansio_income_support_calculation_add_reduction (KansioIncomeSupportCalculation *self,
                                                          const char *member,
                                                          guint percent,
                                                          GError **error);
gboolean kansio_income_support_calculation_run (KansioIncomeSupportCalculation *self,
                                                KansioIncomeSupportRates *rates,
                                                GError **error);
guint kansio_income_support_calculation_get_n_lines (KansioIncomeSupportCalculation *self);
const char *kansio_income_support_calculation_get_line (KansioIncomeSupportCalculation *self,
                                                        guint index,
                                                        const char **member,
                                                        const char **label,
                                                        gint64 *cents);
gint64 kansio_income_support_calculation_get_total_expenses (KansioIncomeSupportCalculation *self);
gint64 kansio_income_support_calculation_get_total_income (KansioIncomeSupportCalculation *self);
gint64 kansio_income_support_calculation_get_support (KansioIncomeSupportCalculation *self);
const char *const *
kansio_income_support_calculation_get_notes (KansioIncomeSupportCalculation *self);
char *kansio_income_support_calculation_to_json (KansioIncomeSupportCalculation *self);

char *kansio_income_support_calculation_dup_document_label (KansioIncomeSupportCalculation *self,
                                                            guint index,
                                                            KansioLanguage language);
void kansio_income_support_calculation_fill_merge_data (KansioIncomeSupportCalculation *self,
                                                        KansioMergeData *data,
                                                        KansioLanguage language,
                                                        GHashTable *member_names);
void kansio_income_support_add_fields (KansioFieldCatalogue *fields);

gboolean kansio_parse_euros (const char *text, gint64 *cents);
char *kansio_format_euros_plain (gint64 cents);

G_END_DECLS
