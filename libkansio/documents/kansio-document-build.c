/* kansio-document-build.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document from what the database gave for it: the fields, the
 * template and the standard blocks, and the moment. Nothing here asks the
 * database, so the same inputs make the same bytes: the document service
 * composes with it, kansio-admin document verify composes again with it,
 * and the desktop's drafts are made with it.
 */
#define G_LOG_DOMAIN "kansio-document-build"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-calendar.h"
#include "kansio-document-build-private.h"
#include "kansio-document-content.h"
#include "kansio-document-private.h"
#include "kansio-merge-data-private.h"
#include "kansio-pdf-writer.h"
#include "kansio-template.h"

static const char *
column (KansioRows *rows, guint row, const char *name)
{
  int index = kansio_rows_find_column (rows, name);

  return index >= 0 && !kansio_rows_is_null (rows, row, index)
             ? kansio_rows_get_string (rows, row, index)
             : NULL;
}

/* Rows of (list, item, name, type, value) into merge data; the logo,
 * which is no field, is handed back. */
static GBytes *
load_fields (KansioMergeData *data, KansioRows *rows)
{
  g_autoptr (GHashTable) items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GBytes *logo = NULL;

  for (guint i = 0; i < kansio_rows_get_n_rows (rows); i++)
    {
      const char *list = column (rows, i, "list");
      const char *name = column (rows, i, "name");
      const char *type = column (rows, i, "type");
      const char *value = column (rows, i, "value");
      KansioMergeData *target = data;

      if (list != NULL)
        {
          g_autofree char *key = g_strdup_printf ("%s#%s", list, column (rows, i, "item"));

          target = g_hash_table_lookup (items, key);
          if (target == NULL)
            {
              target = kansio_merge_data_add_item (data, list);
              g_hash_table_insert (items, g_steal_pointer (&key), target);
            }
        }
      if (g_strcmp0 (type, "png") == 0)
        {
          g_autofree char *hex = g_strconcat ("\\x", value, NULL);

          g_clear_pointer (&logo, g_bytes_unref);
          logo = _kansio_bytes_from_bytea (hex);
        }
      else if (g_strcmp0 (type, "date") == 0)
        kansio_merge_data_set_iso_date (target, name, value);
      else if (g_strcmp0 (type, "boolean") == 0)
        kansio_merge_data_set_boolean (target, name, g_strcmp0 (value, "true") == 0);
      else
        kansio_merge_data_set_text (target, name, value);
    }
  return logo;
}

static void
add_line (GPtrArray *lines, const char *first, const char *second)
{
  g_autofree char *line = g_strjoin (" ", first != NULL ? first : "", second, NULL);

  g_strstrip (line);
  if (line[0] != '\0')
    g_ptr_array_add (lines, g_steal_pointer (&line));
}

/* The address in the envelope's window. Under a non-disclosure marking
 * the database gave none: the letter goes to the client care of the
 * office, which forwards it. */
static GStrv
recipient_lines (KansioMergeData *data)
{
  GPtrArray *lines = g_ptr_array_new ();
  gboolean via_office = kansio_merge_data_get_boolean (data, "client.non_disclosure");

  add_line (lines, kansio_merge_data_get_text (data, "client.full_name"), NULL);
  if (via_office)
    {
      add_line (lines, "c/o", kansio_merge_data_get_text (data, "organisation.unit"));
      add_line (lines, kansio_merge_data_get_text (data, "organisation.street_address"), NULL);
      add_line (lines, kansio_merge_data_get_text (data, "organisation.postal_code"),
                kansio_merge_data_get_text (data, "organisation.post_office"));
    }
  else
    {
      add_line (lines, kansio_merge_data_get_text (data, "client.street_address"), NULL);
      add_line (lines, kansio_merge_data_get_text (data, "client.postal_code"),
                kansio_merge_data_get_text (data, "client.post_office"));
    }
  g_ptr_array_add (lines, NULL);
  return (GStrv) g_ptr_array_free (lines, FALSE);
}

static GStrv
letterhead_lines (KansioMergeData *data)
{
  GPtrArray *lines = g_ptr_array_new ();
  const char *name = kansio_merge_data_get_text (data, "organisation.name");
  const char *unit = kansio_merge_data_get_text (data, "organisation.unit");

  add_line (lines, name, NULL);
  if (g_strcmp0 (unit, name) != 0)
    add_line (lines, unit, NULL);
  add_line (lines, kansio_merge_data_get_text (data, "organisation.street_address"), NULL);
  add_line (lines, kansio_merge_data_get_text (data, "organisation.postal_code"),
            kansio_merge_data_get_text (data, "organisation.post_office"));
  g_ptr_array_add (lines, NULL);
  return (GStrv) g_ptr_array_free (lines, FALSE);
}

static char *
footer_text (KansioMergeData *data, KansioLanguage language)
{
  const char *parts[] = { "organisation.name", "organisation.phone", "organisation.email" };
  const char *business_id = kansio_merge_data_get_text (data, "organisation.business_id");
  GString *footer = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const char *value = kansio_merge_data_get_text (data, parts[i]);

      if (value != NULL && value[0] != '\0')
        g_string_append_printf (footer, "%s%s", footer->len > 0 ? " · " : "", value);
    }
  /* Y-tunnus in Finnish, FO-nummer in Swedish. */
  if (business_id != NULL && business_id[0] != '\0')
    g_string_append_printf (footer, "%s%s %s", footer->len > 0 ? " · " : "",
                            language == KANSIO_LANGUAGE_SWEDISH ? "FO-nummer" : "Y-tunnus",
                            business_id);
  return g_string_free (footer, FALSE);
}

static KansioTemplate *
parse_template (KansioDocumentBuild *build, const char *name, const char *text, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  KansioTemplate *template = kansio_template_new (text, build->fields, &local_error);

  if (template == NULL)
    g_set_error (error, KANSIO_TEMPLATE_ERROR, local_error->code, _ ("Template “%s”: %s"), name,
                 local_error->message);
  return template;
}

/**
 * _kansio_document_add_rectification_dates:
 *
 * When the decision is deemed received, and the last day for a
 * rectification request, from the day and the channel it was actually
 * sent ("decision.sent_on", "decision.sent_channel": "post" or
 * "electronic"; DOMAIN.md 6.3). Without both, no date: the decision
 * prints the rule instead. Never from the day of printing, so a re-print
 * prints what the first print did.
 *
 * Returns: whether the dates were set
 */
gboolean
_kansio_document_add_rectification_dates (KansioMergeData *data)
{
  const char *channel = kansio_merge_data_get_text (data, "decision.sent_channel");
  GDate sent, receipt, last_day;

  if (_kansio_merge_data_has (data, "decision.rectification_deadline"))
    return TRUE;
  if (!_kansio_merge_data_get_date (data, "decision.sent_on", &sent) || !g_date_valid (&sent)
      || (g_strcmp0 (channel, "post") != 0 && g_strcmp0 (channel, "electronic") != 0))
    return FALSE;
  kansio_calendar_rectification_deadline (&sent, g_str_equal (channel, "electronic"), &receipt,
                                          &last_day);
  kansio_merge_data_set_date (data, "decision.delivery_date", &receipt);
  kansio_merge_data_set_date (data, "decision.rectification_deadline", &last_day);
  return TRUE;
}

/* A template row parsed, or as parsed before: an approved version never
 * changes, so a service keeps them by version and language. */
static KansioTemplate *
parsed_template (KansioDocumentBuild *build,
                 KansioRows *rows,
                 guint row,
                 KansioLanguage language,
                 GError **error)
{
  const char *name = column (rows, row, "name");
  const char *body
      = column (rows, row, language == KANSIO_LANGUAGE_SWEDISH ? "body_sv" : "body_fi");
  g_autofree char *key = g_strdup_printf ("%s:%d", column (rows, row, "version_id"), language);
  KansioTemplate *template;

  if (build->parsed != NULL && (template = g_hash_table_lookup (build->parsed, key)) != NULL)
    return g_object_ref (template);
  template = parse_template (build, name, body != NULL ? body : "", error);
  if (template != NULL && build->parsed != NULL)
    g_hash_table_insert (build->parsed, g_steal_pointer (&key), g_object_ref (template));
  return template;
}

/* The day in Helsinki, where the county is, whatever the machine's zone. */
static void
helsinki_day (GDateTime *at, GDate *day)
{
  g_autoptr (GTimeZone) helsinki = g_time_zone_new_identifier ("Europe/Helsinki");
  g_autoptr (GDateTime) local = g_date_time_to_timezone (at, helsinki ?: g_time_zone_new_local ());

  g_date_clear (day, 1);
  g_date_set_dmy (day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

/**
 * _kansio_document_build:
 *
 * Lays out and writes a document from what the database gave: the same
 * build gives the same bytes. Runs in any thread.
 *
 * Returns: (transfer full) (nullable): the document, not stored
 */
KansioDocument *
_kansio_document_build (KansioDocumentBuild *build, GError **error)
{
  g_autoptr (GBytes) logo = load_fields (build->data, build->field_rows);
  g_autoptr (GHashTable) blocks
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr (KansioTemplate) template = NULL;
  g_autoptr (KansioDocumentContent) content = kansio_document_content_new ();
  g_autoptr (KansioPdfWriter) writer = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_auto (GStrv) letterhead = letterhead_lines (build->data);
  g_auto (GStrv) recipient = recipient_lines (build->data);
  g_autofree char *footer = NULL;
  g_autofree char *title = g_strdup (build->preview_title);
  GDateTime *at = build->at != NULL ? build->at : now;
  KansioLanguage language = KANSIO_LANGUAGE_FINNISH;
  const char *kind = build->is_report ? "report" : "letter";
  const char *language_code = kansio_merge_data_get_text (build->data, "document.language");
  gint64 person_id = build->person_id;
  gint64 version_id = 0;
  guint n_pages = 0;
  GDate day;

  helsinki_day (at, &day);
  kansio_language_from_code (language_code, &language);
  if (person_id == 0 && kansio_merge_data_get_text (build->data, "client.id") != NULL)
    person_id = g_ascii_strtoll (kansio_merge_data_get_text (build->data, "client.id"), NULL, 10);
  for (guint i = 0; i < kansio_rows_get_n_rows (build->templates); i++)
    {
      const char *name = column (build->templates, i, "name");
      KansioTemplate *parsed;

      if (build->preview_text == NULL && g_strcmp0 (name, build->template_name) == 0)
        {
          template = parsed_template (build, build->templates, i, language, error);
          if (template == NULL)
            return NULL;
          kind = column (build->templates, i, "kind");
          version_id = g_ascii_strtoll (column (build->templates, i, "version_id"), NULL, 10);
          g_free (title);
          title = g_strdup (column (build->templates, i,
                                    language == KANSIO_LANGUAGE_SWEDISH ? "title_sv" : "title_fi"));
          continue;
        }
      if (g_strcmp0 (column (build->templates, i, "kind"), "block") != 0)
        continue;
      parsed = parsed_template (build, build->templates, i, language, error);
      if (parsed == NULL)
        return NULL;
      g_hash_table_insert (blocks, g_strdup (name), parsed);
    }

  if (g_strcmp0 (kind, "decision") == 0 || build->preview_text != NULL)
    _kansio_document_add_rectification_dates (build->data);
  if (build->preview_text != NULL)
    template = parse_template (build, title, build->preview_text, error);
  else if (template == NULL)
    g_set_error (error, KANSIO_TEMPLATE_ERROR, KANSIO_TEMPLATE_ERROR_UNKNOWN_BLOCK,
                 _ ("Template “%s” has no approved version."), build->template_name);
  if (template == NULL
      || !kansio_template_expand (template, build->data, language, blocks, content, error))
    return NULL;

  writer = kansio_pdf_writer_new (language);
  footer = footer_text (build->data, language);
  /* The header names the kind of document, as official letters do
   * (PÄÄTÖS, BESLUT); the template's own title says which one. */
  kansio_pdf_writer_set_title (writer,
                               g_strcmp0 (kind, "decision") == 0 && build->preview_text == NULL
                                   ? (language == KANSIO_LANGUAGE_SWEDISH ? "BESLUT" : "PÄÄTÖS")
                                   : title);
  kansio_pdf_writer_set_author (writer, kansio_merge_data_get_text (build->data, "user.full_name"));
  kansio_pdf_writer_set_case_number (writer,
                                     kansio_merge_data_get_text (build->data, "case.number"));
  kansio_pdf_writer_set_letterhead (writer, (const char *const *) letterhead, logo);
  kansio_pdf_writer_set_recipient (writer, (const char *const *) recipient);
  kansio_pdf_writer_set_footer (writer, footer);
  kansio_pdf_writer_set_date (writer, &day);
  kansio_pdf_writer_set_creation_time (writer, at);
  if (build->draft)
    kansio_pdf_writer_set_draft (writer, TRUE);
  pdf = kansio_pdf_writer_write (writer, content, &n_pages, error);
  if (pdf == NULL)
    return NULL;
  return _kansio_document_new (person_id, build->case_id, version_id, kind, title, language, pdf,
                               n_pages, build->draft);
}
