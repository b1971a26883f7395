/* kansio-client-page.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_CLIENT_PAGE (kansio_client_page_get_type ())

G_DECLARE_FINAL_TYPE (KansioClientPage, kansio_client_page, KANSIO, CLIENT_PAGE, AdwBin)

void kansio_client_page_set_context (KansioClientPage *self, KansioContext *context);
void kansio_client_page_open (KansioClientPage *self, gint64 person_id, const char *identity_code);
KansioPerson *kansio_client_page_get_person (KansioClientPage *self);
const char *kansio_client_page_get_state (KansioClientPage *self);
void kansio_client_page_focus (KansioClientPage *self);
void kansio_client_page_add_area_actions (KansioClientPage *self,
                                          KansioServiceArea area,
                                          const char *plugin_id,
                                          GActionGroup *group);
double kansio_client_page_get_scroll_position (KansioClientPage *self);
guint kansio_client_page_count_rows (KansioClientPage *self, const char *group);

G_END_DECLS
