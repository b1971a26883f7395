/* kansio-startup-timer.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void kansio_startup_timer_start (void);
void kansio_startup_timer_mark (const char *milestone);

G_END_DECLS
