/* kansio-area-row.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

void _kansio_area_row_set_areas (AdwComboRow *row, GArray *areas);

G_END_DECLS
