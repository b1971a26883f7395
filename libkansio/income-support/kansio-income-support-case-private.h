/* kansio-income-support-case-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kansio-client-case.h"
#include "kansio-database.h"
#include "kansio-income-support-case.h"

G_BEGIN_DECLS

KansioIncomeSupportCase *_kansio_income_support_case_new (KansioDatabase *database,
                                                          KansioClientCase *client_case);

G_END_DECLS
