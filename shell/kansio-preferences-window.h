/* kansio-preferences-window.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_PREFERENCES_WINDOW (kansio_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (KansioPreferencesWindow,
                      kansio_preferences_window,
                      KANSIO,
                      PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

KansioPreferencesWindow *kansio_preferences_window_new (GSettings *settings);

G_END_DECLS
