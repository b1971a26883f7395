/* main.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "kansio-application.h"
#include "kansio-startup-timer.h"

static GSettings *
open_settings (void)
{
  g_autoptr (GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

int
main (int argc, char *argv[])
{
  g_autoptr (KansioApplication) app = NULL;
  g_autoptr (GSettings) settings = NULL;
  g_autofree char *language = NULL;

  kansio_startup_timer_start ();

  settings = open_settings ();
  if (settings == NULL)
    {
      kansio_i18n_init (NULL);
      g_printerr (_ ("The settings schema %s is not installed. Reinstall Kansio.\n"), APP_ID);
      return EXIT_FAILURE;
    }

  language = g_settings_get_string (settings, "language");
  kansio_i18n_init (language);

  app = kansio_application_new (settings);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
