/* kansio-service-area.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-service-area"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-service-area.h"

G_DEFINE_ENUM_TYPE (KansioServiceArea,
                    kansio_service_area,
                    G_DEFINE_ENUM_VALUE (KANSIO_SERVICE_AREA_INCOME_SUPPORT, "income-support"),
                    G_DEFINE_ENUM_VALUE (KANSIO_SERVICE_AREA_CHILD_WELFARE, "child-welfare"),
                    G_DEFINE_ENUM_VALUE (KANSIO_SERVICE_AREA_MAINTENANCE, "maintenance"),
                    G_DEFINE_ENUM_VALUE (KANSIO_SERVICE_AREA_DISABILITY, "disability"),
                    G_DEFINE_ENUM_VALUE (KANSIO_SERVICE_AREA_LETTERS, "letters"),
                    G_DEFINE_ENUM_VALUE (KANSIO_SERVICE_AREA_ADMINISTRATION, "administration"))

/**
 * kansio_service_area_get_id:
 *
 * Returns: the stable id used in the database and in action names
 */
const char *
kansio_service_area_get_id (KansioServiceArea area)
{
  GEnumClass *klass = g_type_class_ref (KANSIO_TYPE_SERVICE_AREA);
  GEnumValue *value = g_enum_get_value (klass, area);

  g_type_class_unref (klass);
  g_return_val_if_fail (value != NULL, NULL);
  return value->value_nick;
}

/**
 * kansio_service_area_get_name:
 *
 * Returns: the area's name in the interface language
 */
const char *
kansio_service_area_get_name (KansioServiceArea area)
{
  switch (area)
    {
    case KANSIO_SERVICE_AREA_INCOME_SUPPORT:
      return _ ("Income Support");
    case KANSIO_SERVICE_AREA_CHILD_WELFARE:
      return _ ("Child Welfare");
    case KANSIO_SERVICE_AREA_MAINTENANCE:
      return _ ("Maintenance");
    case KANSIO_SERVICE_AREA_DISABILITY:
      return _ ("Disability Services");
    case KANSIO_SERVICE_AREA_LETTERS:
      return _ ("Letters and Forms");
    case KANSIO_SERVICE_AREA_ADMINISTRATION:
      return _ ("Administration");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * kansio_service_area_from_id:
 * @id: an id as kansio_service_area_get_id() gives it
 * @area: (out): the area
 *
 * Returns: whether @id names an area
 */
gboolean
kansio_service_area_from_id (const char *id, KansioServiceArea *area)
{
  GEnumClass *klass = g_type_class_ref (KANSIO_TYPE_SERVICE_AREA);
  GEnumValue *value = id != NULL ? g_enum_get_value_by_nick (klass, id) : NULL;

  if (value != NULL)
    *area = value->value;
  g_type_class_unref (klass);
  return value != NULL;
}
