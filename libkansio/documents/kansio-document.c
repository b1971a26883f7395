/* kansio-document.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A decision, letter or report as a PDF: freshly composed, or as stored
 * (then with its id and SHA-256, and never composed again).
 */
#define G_LOG_DOMAIN "kansio-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-database-error.h"
#include "kansio-document-private.h"

struct _KansioDocument
{
  GObject parent_instance;

  gint64 id;
  gint64 person_id;
  gint64 case_id;
  gint64 template_version_id;
  char *kind;
  char *title;
  KansioLanguage language;
  GBytes *pdf;
  guint n_pages;
  char *sha256;
  gboolean draft;    /* composed on the workstation: never stored, printed or exported */
  char *report_of;   /* an auditor's report: whose (identity code), and over */
  char *report_from; /* [from, to), as ISO 8601 */
  char *report_to;
};

G_DEFINE_FINAL_TYPE (KansioDocument, kansio_document, G_TYPE_OBJECT)

static void
kansio_document_finalize (GObject *object)
{
  KansioDocument *self = KANSIO_DOCUMENT (object);

  g_free (self->kind);
  g_free (self->title);
  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_free (self->sha256);
  g_free (self->report_of);
  g_free (self->report_from);
  g_free (self->report_to);

  G_OBJECT_CLASS (kansio_document_parent_class)->finalize (object);
}

static void
kansio_document_class_init (KansioDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_document_finalize;
}

static void
kansio_document_init (KansioDocument *self)
{
}

/* bytea as PostgreSQL writes it in text: "\x" and two hex digits a byte. */
GBytes *
_kansio_bytes_from_bytea (const char *hex)
{
  gsize length;
  guint8 *data;

  if (hex == NULL || !g_str_has_prefix (hex, "\\x") || strlen (hex) % 2 != 0)
    return NULL;
  hex += 2;
  length = strlen (hex) / 2;
  data = g_malloc (length + 1);
  for (gsize i = 0; i < length; i++)
    {
      int high = g_ascii_xdigit_value (hex[2 * i]), low = g_ascii_xdigit_value (hex[2 * i + 1]);

      if (high < 0 || low < 0)
        {
          g_free (data);
          return NULL;
        }
      data[i] = (guint8) (high << 4 | low);
    }
  return g_bytes_new_take (data, length);
}

KansioDocument *
_kansio_document_new (gint64 person_id,
                      gint64 case_id,
                      gint64 template_version_id,
                      const char *kind,
                      const char *title,
                      KansioLanguage language,
                      GBytes *pdf,
                      guint n_pages,
                      gboolean draft)
{
  KansioDocument *self = g_object_new (KANSIO_TYPE_DOCUMENT, NULL);

  self->draft = draft;
  self->person_id = person_id;
  self->case_id = case_id;
  self->template_version_id = template_version_id;
  self->kind = g_strdup (kind);
  self->title = g_strdup (title);
  self->language = language;
  self->pdf = g_bytes_ref (pdf);
  self->n_pages = n_pages;
  return self;
}

/* What an auditor's report draft was asked for: what its store asks the
 * document service for. */
void
_kansio_document_set_report (KansioDocument *self,
                             const char *identity_code,
                             const char *from,
                             const char *to)
{
  g_free (self->report_of);
  g_free (self->report_from);
  g_free (self->report_to);
  self->report_of = g_strdup (identity_code);
  self->report_from = g_strdup (from);
  self->report_to = g_strdup (to);
}

gboolean
_kansio_document_get_report (KansioDocument *self,
                             const char **identity_code,
                             const char **from,
                             const char **to)
{
  *identity_code = self->report_of;
  *from = self->report_from;
  *to = self->report_to;
  return self->report_of != NULL;
}

void
_kansio_document_set_stored (KansioDocument *self, gint64 id, const char *sha256)
{
  self->id = id;
  g_free (self->sha256);
  self->sha256 = g_strdup (sha256);
}

static const char *
column (KansioRows *rows, guint row, const char *name)
{
  int index = kansio_rows_find_column (rows, name);

  return index >= 0 && !kansio_rows_is_null (rows, row, index)
             ? kansio_rows_get_string (rows, row, index)
             : NULL;
}

/**
 * kansio_document_new_from_rows:
 *
 * A stored document as api.document_get returns it. The PDF's hash is
 * checked against the one stored: a document that differs is refused.
 *
 * Returns: (transfer full) (nullable): the document
 */
KansioDocument *
kansio_document_new_from_rows (KansioRows *rows, guint row, GError **error)
{
  g_autoptr (GBytes) pdf = _kansio_bytes_from_bytea (column (rows, row, "pdf"));
  g_autofree char *computed = NULL;
  KansioLanguage language = KANSIO_LANGUAGE_FINNISH;
  KansioDocument *self;

  g_return_val_if_fail (KANSIO_IS_ROWS (rows), NULL);

  /* Withheld: stored before the client's non-disclosure marking. */
  if (pdf == NULL)
    {
      g_set_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED,
                   _ ("This document was stored before the client’s non-disclosure marking and "
                      "may show the address: only those with the right to see protected "
                      "addresses may open it."));
      return NULL;
    }
  if (pdf != NULL)
    computed = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  if (pdf == NULL || g_strcmp0 (computed, column (rows, row, "sha256")) != 0)
    {
      g_set_error (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_FAILED,
                   _ ("The stored document does not match its checksum."));
      return NULL;
    }
  kansio_language_from_code (column (rows, row, "language"), &language);
  self = _kansio_document_new (
      g_ascii_strtoll (column (rows, row, "person_id"), NULL, 10), 0, 0, column (rows, row, "kind"),
      column (rows, row, "title"), language, pdf,
      (guint) g_ascii_strtoull (column (rows, row, "page_count"), NULL, 10), FALSE);
  _kansio_document_set_stored (self, g_ascii_strtoll (column (rows, row, "document_id"), NULL, 10),
                               computed);
  return self;
}

/* 0 until stored. */
gint64
kansio_document_get_id (KansioDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (self), 0);
  return self->id;
}

gint64
kansio_document_get_person_id (KansioDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (self), 0);
  return self->person_id;
}

gint64
kansio_document_get_case_id (KansioDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (self), 0);
  return self->case_id;
}

gint64
kansio_document_get_template_version_id (KansioDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (self), 0);
  return self->template_version_id;
}

/* "decision", "letter" or "report". */
const char *
kansio_document_get_kind (KansioDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (self), NULL);
  return self->kind;
}

const char *
kansio_document_get_title (KansioDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (self), NULL);
  return self->title;
}

KansioLanguage
kansio_document_get_language (KansioDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (self), KANSIO_LANGUAGE_FINNISH);
  return self->language;
}

/**
 * kansio_document_get_pdf:
 *
 * Returns: (transfer none): the PDF
 */
GBytes *
kansio_document_get_pdf (KansioDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (self), NULL);
  return self->pdf;
}

guint
kansio_document_get_n_pages (KansioDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (self), 0);
  return self->n_pages;
}

/**
 * kansio_document_get_sha256:
 *
 * Returns: (nullable): the hash the database computed when it stored the
 *   document; %NULL before
 */
const char *
kansio_document_get_sha256 (KansioDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (self), NULL);
  return self->sha256;
}

gboolean
kansio_document_is_stored (KansioDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (self), FALSE);
  return self->id != 0;
}

/**
 * kansio_document_is_draft:
 *
 * Whether the document was composed on this workstation: a preview with
 * LUONNOS / UTKAST across its pages. Only the document service stores
 * documents; a draft is never stored, printed or exported.
 */
gboolean
kansio_document_is_draft (KansioDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (self), FALSE);
  return self->draft;
}

/**
 * kansio_document_dup_file_name:
 *
 * Returns: (transfer full): a file name to offer on export, such as
 *   "PAATOS-1234.pdf"
 */
char *
kansio_document_dup_file_name (KansioDocument *self)
{
  g_autofree char *ascii = NULL;
  GString *name;

  g_return_val_if_fail (KANSIO_IS_DOCUMENT (self), NULL);

  ascii = g_str_to_ascii (self->title != NULL ? self->title : "document", "C");
  name = g_string_new (NULL);
  for (const char *p = ascii; *p != '\0'; p++)
    g_string_append_c (name, g_ascii_isalnum (*p) ? *p : '-');
  if (self->id != 0)
    g_string_append_printf (name, "-%" G_GINT64_FORMAT, self->id);
  g_string_append (name, ".pdf");
  return g_string_free (name, FALSE);
}
