/* kansio-income-support-decision-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kansio-database.h"
#include "kansio-income-support-decision.h"

G_BEGIN_DECLS

KansioDatabase *_kansio_income_support_decision_get_database (KansioIncomeSupportDecision *self);

G_END_DECLS
