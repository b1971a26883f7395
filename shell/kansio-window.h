/* kansio-window.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

#include "kansio-connector.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_WINDOW (kansio_window_get_type ())

G_DECLARE_FINAL_TYPE (KansioWindow, kansio_window, KANSIO, WINDOW, AdwApplicationWindow)

KansioWindow *kansio_window_new (GtkApplication *application, KansioPluginRegistry *plugins);
void kansio_window_connect (KansioWindow *self, KansioConnector *connector);
void kansio_window_show_context (KansioWindow *self,
                                 KansioContext *context,
                                 const char *server_description);
KansioContext *kansio_window_get_context (KansioWindow *self);
const char *kansio_window_get_visible_page (KansioWindow *self);
GtkStack *kansio_window_get_workspace_stack (KansioWindow *self);
void kansio_window_set_accels (GtkApplication *application);

G_END_DECLS
