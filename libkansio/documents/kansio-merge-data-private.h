/* kansio-merge-data-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kansio-document-format.h"
#include "kansio-field-catalogue.h"
#include "kansio-merge-data.h"

G_BEGIN_DECLS

gboolean _kansio_merge_data_has (KansioMergeData *self, const char *name);
gboolean _kansio_merge_data_get_date (KansioMergeData *self, const char *name, GDate *date);
char *_kansio_merge_data_format (KansioMergeData *self,
                                 const char *name,
                                 const char *format,
                                 KansioLanguage language);
gboolean _kansio_merge_data_is_true (KansioMergeData *self, const char *name);
GPtrArray *_kansio_merge_data_get_items (KansioMergeData *self, const char *list_name);

G_END_DECLS
