/* income-support-new-application.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_NEW_APPLICATION (income_support_new_application_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportNewApplication,
                      income_support_new_application,
                      INCOME_SUPPORT,
                      NEW_APPLICATION,
                      AdwBin)

void income_support_new_application_set_context (IncomeSupportNewApplication *self,
                                                 KansioContext *context);
void income_support_new_application_reset (IncomeSupportNewApplication *self);
void income_support_new_application_focus (IncomeSupportNewApplication *self);
void income_support_new_application_find_client (IncomeSupportNewApplication *self,
                                                 const char *identity_code);

void income_support_new_application_set_may_register (IncomeSupportNewApplication *self,
                                                      gboolean may_register);

G_END_DECLS
