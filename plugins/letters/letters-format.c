/* letters-format.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the letters plugin words the database's codes and writes its
 * timestamps, in one place for every view of the plugin.
 */
#define G_LOG_DOMAIN "letters-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-format.h"

static const char *const kinds[] = { "decision", "letter", "block", "phrase", "report" };

/**
 * _letters_kind_label:
 * @kind: a template kind as the database names it
 *
 * Returns: the kind in the interface language
 */
const char *
_letters_kind_label (const char *kind)
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

/* Decisions first, the blocks they include after the documents. */
int
_letters_kind_rank (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i]) == 0)
      return (int) i;
  return G_N_ELEMENTS (kinds);
}

/**
 * _letters_status_label:
 * @status: (nullable): "draft", "submitted" or "approved"
 *
 * Returns: the status of a version in the interface language; "" for none
 */
const char *
_letters_status_label (const char *status)
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
 * _letters_area_label:
 * @area: (nullable): a service area id; %NULL for a template of every area
 */
const char *
_letters_area_label (const char *area)
{
  KansioServiceArea value;

  if (area == NULL || *area == '\0')
    return _ ("All areas");
  if (kansio_service_area_from_id (area, &value))
    return kansio_service_area_get_name (value);
  return area;
}

/* Templates for every area first, then the areas in sidebar order. */
int
_letters_area_rank (const char *area)
{
  KansioServiceArea value;

  if (area == NULL || *area == '\0')
    return -1;
  if (kansio_service_area_from_id (area, &value))
    return (int) value;
  return G_MAXINT;
}

/**
 * _letters_language_label:
 * @language: "fi" or "sv"
 *
 * Returns: the language's name in the interface language
 */
const char *
_letters_language_label (const char *language)
{
  return g_strcmp0 (language, "sv") == 0 ? _ ("Swedish") : _ ("Finnish");
}

/**
 * _letters_parse_timestamp:
 * @text: (nullable): a timestamptz as PostgreSQL sends it
 *
 * Returns: (transfer full) (nullable): the time
 */
GDateTime *
_letters_parse_timestamp (const char *text)
{
  if (text == NULL || *text == '\0')
    return NULL;
  return g_date_time_new_from_iso8601 (text, NULL);
}

/**
 * _letters_format_timestamp:
 *
 * Returns: (transfer full): the local time as d.m.yyyy hh.mm, or ""
 */
char *
_letters_format_timestamp (const char *text)
{
  g_autoptr (GDateTime) time = _letters_parse_timestamp (text);
  g_autoptr (GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%-d.%-m.%Y %H.%M");
}

/**
 * _letters_format_date:
 *
 * Returns: (transfer full): the local date as d.m.yyyy, or ""
 */
char *
_letters_format_date (const char *text)
{
  g_autoptr (GDateTime) time = _letters_parse_timestamp (text);
  g_autoptr (GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%-d.%-m.%Y");
}

/**
 * _letters_column:
 *
 * Returns: (nullable): the value of the named column, %NULL when it is
 *   NULL or there is no such column
 */
const char *
_letters_column (KansioRows *rows, guint row, const char *name)
{
  int index = kansio_rows_find_column (rows, name);

  if (index < 0 || kansio_rows_is_null (rows, row, index))
    return NULL;
  return kansio_rows_get_string (rows, row, index);
}

gint64
_letters_column_int64 (KansioRows *rows, guint row, const char *name)
{
  int index = kansio_rows_find_column (rows, name);

  if (index < 0 || kansio_rows_is_null (rows, row, index))
    return 0;
  return kansio_rows_get_int64 (rows, row, index);
}

/**
 * _letters_user_may_edit:
 *
 * Whether to offer writing templates: letters handler or more. The rights
 * of a user are known as a whole, not by area, so this can err towards
 * offering; the database decides.
 */
gboolean
_letters_user_may_edit (KansioUser *user)
{
  if (user == NULL || !kansio_user_has_area (user, KANSIO_SERVICE_AREA_LETTERS))
    return FALSE;
  return kansio_user_has_role (user, "handler") || kansio_user_has_role (user, "decision_maker");
}
