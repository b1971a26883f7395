/* kansio-document-build-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kansio-document.h"
#include "kansio-field-catalogue.h"
#include "kansio-merge-data.h"
#include "kansio-rows.h"

G_BEGIN_DECLS

typedef struct
{
  KansioFieldCatalogue *fields;
  KansioRows *field_rows; /* (list, item, name, type, value) */
  KansioRows *templates;  /* as api.templates_for_use gives them */
  const char *template_name;
  const char *preview_text; /* instead of the template: a text being edited */
  const char *preview_title;
  gboolean is_report;
  gint64 person_id;
  gint64 case_id;
  KansioMergeData *data; /* the subject's own fields; the rows' are added */
  GDateTime *at;         /* the moment of the document; NULL: now */
  gboolean draft;        /* LUONNOS / UTKAST across every page */
  GHashTable *parsed;    /* (nullable): templates parsed before, "version:language" → them */
} KansioDocumentBuild;

KansioDocument *_kansio_document_build (KansioDocumentBuild *build, GError **error);
gboolean _kansio_document_add_rectification_dates (KansioMergeData *data);

G_END_DECLS
