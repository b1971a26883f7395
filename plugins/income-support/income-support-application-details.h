/* income-support-application-details.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_APPLICATION_DETAILS (income_support_application_details_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportApplicationDetails,
                      income_support_application_details,
                      INCOME_SUPPORT,
                      APPLICATION_DETAILS,
                      AdwBin)

void income_support_application_details_set_may_handle (IncomeSupportApplicationDetails *self,
                                                        gboolean may_handle);
void income_support_application_details_clear (IncomeSupportApplicationDetails *self);
void
income_support_application_details_set_application (IncomeSupportApplicationDetails *self,
                                                    KansioIncomeSupportApplication *application);
void income_support_application_details_show_error (IncomeSupportApplicationDetails *self,
                                                    const char *message);
GListModel *income_support_application_details_get_members (IncomeSupportApplicationDetails *self);
gboolean
income_support_application_details_get_members_loaded (IncomeSupportApplicationDetails *self);

G_END_DECLS
