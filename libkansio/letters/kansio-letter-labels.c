/* kansio-letter-labels.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the database's codes for templates, their kinds, areas and the
 * states of their versions, read in the interface language: in one place
 * for every view of them.
 */
#define G_LOG_DOMAIN "kansio-letter-labels"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-letter-labels.h"
#include "kansio-service-area.h"

/* Decisions first, the blocks they include after the documents. */
static const char *const kinds[] = { "decision", "letter", "block", "phrase", "report" };

/**
 * kansio_letter_kind_get_label:
 * @kind: (nullable): a template kind as the database names it
 *
 * Returns: the kind in the interface language
 */
const char *
kansio_letter_kind_get_label (const char *kind)
{
  if (g_strcmp0 (kind, "decision") == 0)
    return _ ("Decision");
  if (g_strcmp0 (kind, "letter") == 0)
    return _ ("Letter");
  if (g_strcmp0 (kind, "block") == 0)
    return _ ("Block");
  if (g_strcmp0 (kind, "report") == 0)
    return _ ("Report");
  if (g_strcmp0 (kind, "phrase") == 0)
    /* Translators: a reason phrase a decision's reasons are written from. */
    return _ ("Phrase");
  return kind != NULL ? kind : "";
}

/**
 * kansio_letter_kind_get_rank:
 *
 * Returns: where templates of @kind are listed: decisions first, the
 *   blocks they include after the documents
 */
int
kansio_letter_kind_get_rank (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i]) == 0)
      return (int) i;
  return G_N_ELEMENTS (kinds);
}

/**
 * kansio_letter_area_get_label:
 * @area: (nullable): a service area id; %NULL for a template of every area
 *
 * Returns: the area's name in the interface language
 */
const char *
kansio_letter_area_get_label (const char *area)
{
  KansioServiceArea value;

  if (area == NULL || *area == '\0')
    return _ ("All areas");
  if (kansio_service_area_from_id (area, &value))
    return kansio_service_area_get_name (value);
  return area;
}

/**
 * kansio_letter_area_get_rank:
 *
 * Returns: where templates of @area are listed: those for every area
 *   first, then the areas in sidebar order
 */
int
kansio_letter_area_get_rank (const char *area)
{
  KansioServiceArea value;

  if (area == NULL || *area == '\0')
    return -1;
  if (kansio_service_area_from_id (area, &value))
    return (int) value;
  return G_MAXINT;
}

/**
 * kansio_letter_status_get_label:
 * @status: (nullable): "draft", "submitted" or "approved"
 *
 * Returns: the status of a version in the interface language; "" for none
 */
const char *
kansio_letter_status_get_label (const char *status)
{
  if (g_strcmp0 (status, "draft") == 0)
    return _ ("Draft");
  if (g_strcmp0 (status, "submitted") == 0)
    return _ ("Waiting for approval");
  if (g_strcmp0 (status, "approved") == 0)
    return _ ("Approved");
  return status != NULL ? status : "";
}

/**
 * kansio_letter_format_time:
 * @time: (nullable): when something was done to a template
 *
 * Returns: (transfer full): the local time as d.m.yyyy hh.mm, or ""
 */
char *
kansio_letter_format_time (GDateTime *time)
{
  g_autoptr (GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%-d.%-m.%Y %H.%M");
}
