/* kansio-audit-page.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_AUDIT_PAGE (kansio_audit_page_get_type ())

G_DECLARE_FINAL_TYPE (KansioAuditPage, kansio_audit_page, KANSIO, AUDIT_PAGE, AdwBin)

GtkWidget *kansio_audit_page_new (KansioContext *context);
void kansio_audit_page_set_request (KansioAuditPage *self,
                                    const char *identity_code,
                                    const char *from,
                                    const char *to);
const char *kansio_audit_page_get_message (KansioAuditPage *self);

G_END_DECLS
