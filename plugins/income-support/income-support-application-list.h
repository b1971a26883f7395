/* income-support-application-list.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_APPLICATION_LIST (income_support_application_list_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportApplicationList,
                      income_support_application_list,
                      INCOME_SUPPORT,
                      APPLICATION_LIST,
                      AdwBin)

void income_support_application_list_show_person (IncomeSupportApplicationList *self,
                                                  KansioContext *context,
                                                  gint64 person_id);

G_END_DECLS
