/* kansio-login-page.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

#include "kansio-connector.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_LOGIN_PAGE (kansio_login_page_get_type ())

G_DECLARE_FINAL_TYPE (KansioLoginPage, kansio_login_page, KANSIO, LOGIN_PAGE, AdwBin)

void kansio_login_page_set_demo_users (KansioLoginPage *self, GListModel *users);
void kansio_login_page_show (KansioLoginPage *self,
                             KansioConnector *connector,
                             const char *error_message);

G_END_DECLS
