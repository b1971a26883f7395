/* kansio-server-settings.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where a configured server is, as kept in GSettings. The password is
 * never here: see kansio-password-store.h. */
typedef struct
{
  char *host;
  guint port;
  char *database;
  char *user;
  char *tls_mode; /* "auto", "disable", "require", "verify-ca", "verify-full" */
} KansioServerSettings;

KansioServerSettings *kansio_server_settings_new_from_gsettings (GSettings *settings);
void kansio_server_settings_free (KansioServerSettings *self);
gboolean kansio_server_settings_is_configured (const KansioServerSettings *self);
gboolean kansio_server_settings_is_local_host (const char *host);
const char *kansio_server_settings_get_effective_tls_mode (const KansioServerSettings *self);
char *kansio_server_settings_build_conninfo (const KansioServerSettings *self,
                                             const char *password);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KansioServerSettings, kansio_server_settings_free)

G_END_DECLS
