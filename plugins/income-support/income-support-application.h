/* income-support-application.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_APPLICATION (income_support_application_get_type ())

G_DECLARE_FINAL_TYPE (
    IncomeSupportApplication, income_support_application, INCOME_SUPPORT, APPLICATION, GObject)

IncomeSupportApplication *
income_support_application_new_from_row (KansioRows *rows, guint row, KansioPerson *person);
gint64 income_support_application_get_id (IncomeSupportApplication *self);
gint64 income_support_application_get_case_id (IncomeSupportApplication *self);
KansioPerson *income_support_application_get_person (IncomeSupportApplication *self);
gint64 income_support_application_get_person_id (IncomeSupportApplication *self);
const char *income_support_application_get_received_on (IncomeSupportApplication *self);
const char *income_support_application_get_channel (IncomeSupportApplication *self);
const char *income_support_application_get_first_month (IncomeSupportApplication *self);
const char *income_support_application_get_last_month (IncomeSupportApplication *self);
const char *income_support_application_get_kind (IncomeSupportApplication *self);
gboolean income_support_application_get_urgent (IncomeSupportApplication *self);
const char *income_support_application_get_status (IncomeSupportApplication *self);
const char *income_support_application_get_due_on (IncomeSupportApplication *self);
gboolean income_support_application_get_is_late (IncomeSupportApplication *self);
guint income_support_application_get_working_days_left (IncomeSupportApplication *self);
const char *income_support_application_get_notes (IncomeSupportApplication *self);
int income_support_application_get_row_version (IncomeSupportApplication *self);
gboolean income_support_application_is_open (IncomeSupportApplication *self);
char *income_support_application_dup_period (IncomeSupportApplication *self);

G_END_DECLS
