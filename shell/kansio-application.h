/* kansio-application.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_APPLICATION (kansio_application_get_type ())

G_DECLARE_FINAL_TYPE (KansioApplication, kansio_application, KANSIO, APPLICATION, AdwApplication)

KansioApplication *kansio_application_new (GSettings *settings);
KansioPluginRegistry *kansio_application_get_plugins (KansioApplication *self);
GSettings *kansio_application_get_settings (KansioApplication *self);

G_END_DECLS
