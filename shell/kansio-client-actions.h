/* kansio-client-actions.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

/* What the service areas' plugins do with a client, offered on the client
 * page: a plugin whose action group has "open-client" (an int64 person id)
 * opens the client's matters in its own page, one with "new-application"
 * starts an application for them. A table of area → plugin id. */
GHashTable *_kansio_client_actions_new (void);
void _kansio_client_actions_add (GHashTable *actions,
                                 KansioServiceArea area,
                                 const char *plugin_id,
                                 GActionGroup *group);
GtkWidget *_kansio_client_actions_case_row (GHashTable *actions,
                                            KansioServiceArea area,
                                            gint64 person_id,
                                            const char *title,
                                            const char *value);
void _kansio_client_actions_fill_box (GHashTable *actions, GtkBox *box, gint64 person_id);
void _kansio_explain_insensitive (GtkWidget *widget, const char *why);

G_END_DECLS
