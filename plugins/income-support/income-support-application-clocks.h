/* income-support-application-clocks.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_APPLICATION_CLOCKS (income_support_application_clocks_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportApplicationClocks,
                      income_support_application_clocks,
                      INCOME_SUPPORT,
                      APPLICATION_CLOCKS,
                      AdwBin)

void income_support_application_clocks_set_application (IncomeSupportApplicationClocks *self,
                                                        KansioIncomeSupportApplication *application,
                                                        gboolean may_handle);

char *income_support_application_clocks_dup_paused (KansioIncomeSupportApplication *application);

G_END_DECLS
