/* kansio-document-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kansio-document.h"

G_BEGIN_DECLS

KansioDocument *_kansio_document_new (gint64 person_id,
                                      gint64 case_id,
                                      gint64 template_version_id,
                                      const char *kind,
                                      const char *title,
                                      KansioLanguage language,
                                      GBytes *pdf,
                                      guint n_pages,
                                      gboolean draft);
void _kansio_document_set_stored (KansioDocument *self, gint64 id, const char *sha256);
void _kansio_document_set_report (KansioDocument *self,
                                  const char *identity_code,
                                  const char *from,
                                  const char *to);
gboolean _kansio_document_get_report (KansioDocument *self,
                                      const char **identity_code,
                                      const char **from,
                                      const char **to);
GBytes *_kansio_bytes_from_bytea (const char *hex);

G_END_DECLS
