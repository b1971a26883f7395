/* kansio-service-area.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * KansioServiceArea:
 *
 * The service areas rights are granted for. The order is the sidebar's.
 */
typedef enum
{
  KANSIO_SERVICE_AREA_INCOME_SUPPORT,
  KANSIO_SERVICE_AREA_CHILD_WELFARE,
  KANSIO_SERVICE_AREA_MAINTENANCE,
  KANSIO_SERVICE_AREA_DISABILITY,
  KANSIO_SERVICE_AREA_LETTERS,
  KANSIO_SERVICE_AREA_ADMINISTRATION,
} KansioServiceArea;

#define KANSIO_TYPE_SERVICE_AREA (kansio_service_area_get_type ())

GType kansio_service_area_get_type (void) G_GNUC_CONST;
const char *kansio_service_area_get_id (KansioServiceArea area);
const char *kansio_service_area_get_name (KansioServiceArea area);
gboolean kansio_service_area_from_id (const char *id, KansioServiceArea *area);

G_END_DECLS
