/* income-support-application-page.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_APPLICATION_PAGE (income_support_application_page_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportApplicationPage,
                      income_support_application_page,
                      INCOME_SUPPORT,
                      APPLICATION_PAGE,
                      AdwBin)

void income_support_application_page_set_context (IncomeSupportApplicationPage *self,
                                                  KansioContext *context);
void income_support_application_page_set_rights (IncomeSupportApplicationPage *self,
                                                 gboolean may_handle,
                                                 gboolean may_decide);
void income_support_application_page_open (IncomeSupportApplicationPage *self,
                                           gint64 application_id,
                                           gint64 person_id);
void income_support_application_page_reload (IncomeSupportApplicationPage *self);
void income_support_application_page_focus (IncomeSupportApplicationPage *self);
KansioIncomeSupportApplication *
income_support_application_page_get_application (IncomeSupportApplicationPage *self);
GListModel *income_support_application_page_get_members (IncomeSupportApplicationPage *self);

G_END_DECLS
