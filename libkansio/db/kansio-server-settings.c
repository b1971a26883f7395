/* kansio-server-settings.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-server-settings"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "kansio-server-settings.h"

/**
 * kansio_server_settings_new_from_gsettings:
 * @settings: a #GSettings for the fi.kansio.Kansio schema
 *
 * Returns: (transfer full): the configured server
 */
KansioServerSettings *
kansio_server_settings_new_from_gsettings (GSettings *settings)
{
  KansioServerSettings *self = g_new0 (KansioServerSettings, 1);

  self->host = g_settings_get_string (settings, "server-host");
  self->port = g_settings_get_uint (settings, "server-port");
  self->database = g_settings_get_string (settings, "server-database");
  self->user = g_settings_get_string (settings, "server-user");
  self->tls_mode = g_settings_get_string (settings, "server-tls-mode");
  return self;
}

void
kansio_server_settings_free (KansioServerSettings *self)
{
  if (self == NULL)
    return;
  g_free (self->host);
  g_free (self->database);
  g_free (self->user);
  g_free (self->tls_mode);
  g_free (self);
}

/**
 * kansio_server_settings_is_configured:
 *
 * Returns: whether a server is set; without one Kansio uses its demo server
 */
gboolean
kansio_server_settings_is_configured (const KansioServerSettings *self)
{
  return self != NULL && self->host != NULL && *self->host != '\0';
}

/**
 * kansio_server_settings_is_local_host:
 *
 * Returns: whether @host is this machine (a socket folder or loopback)
 */
gboolean
kansio_server_settings_is_local_host (const char *host)
{
  g_autoptr (GInetAddress) address = NULL;

  if (host == NULL || *host == '\0' || host[0] == '/' || g_str_equal (host, "localhost"))
    return TRUE;
  /* Only an address literal can be trusted to be loopback; a name such as
   * "127.example.org" is not. */
  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

/**
 * kansio_server_settings_get_effective_tls_mode:
 *
 * "auto" means verify-full for another machine: the password and client
 * data must never cross a network to a server whose identity is unchecked.
 *
 * Returns: the libpq sslmode to use
 */
const char *
kansio_server_settings_get_effective_tls_mode (const KansioServerSettings *self)
{
  if (self->tls_mode != NULL && *self->tls_mode != '\0' && !g_str_equal (self->tls_mode, "auto"))
    return self->tls_mode;
  return kansio_server_settings_is_local_host (self->host) ? "prefer" : "verify-full";
}

static void
append_keyword (GString *conninfo, const char *keyword, const char *value)
{
  if (value == NULL || *value == '\0')
    return;

  if (conninfo->len > 0)
    g_string_append_c (conninfo, ' ');
  g_string_append_printf (conninfo, "%s='", keyword);
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (conninfo, '\\');
      g_string_append_c (conninfo, *p);
    }
  g_string_append_c (conninfo, '\'');
}

/**
 * kansio_server_settings_build_conninfo:
 * @password: (nullable): from the keyring
 *
 * Several hosts may be given separated by commas (a primary and its
 * standby); libpq then asks for the one that takes writes.
 *
 * Returns: (transfer full): a libpq connection string
 */
char *
kansio_server_settings_build_conninfo (const KansioServerSettings *self, const char *password)
{
  GString *conninfo = g_string_new (NULL);
  g_autofree char *port = g_strdup_printf ("%u", self->port);

  append_keyword (conninfo, "host", self->host);
  if (self->port != 0)
    append_keyword (conninfo, "port", port);
  append_keyword (conninfo, "dbname", self->database);
  append_keyword (conninfo, "user", self->user);
  append_keyword (conninfo, "password", password);
  append_keyword (conninfo, "sslmode", kansio_server_settings_get_effective_tls_mode (self));
  if (self->host != NULL && strchr (self->host, ',') != NULL)
    append_keyword (conninfo, "target_session_attrs", "read-write");
  return g_string_free (conninfo, FALSE);
}
