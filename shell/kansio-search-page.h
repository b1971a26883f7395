/* kansio-search-page.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_SEARCH_PAGE (kansio_search_page_get_type ())

G_DECLARE_FINAL_TYPE (KansioSearchPage, kansio_search_page, KANSIO, SEARCH_PAGE, AdwBin)

void kansio_search_page_set_directory (KansioSearchPage *self, KansioClientDirectory *directory);
const char *kansio_search_page_get_query (KansioSearchPage *self);
void kansio_search_page_open_first (KansioSearchPage *self);
void kansio_search_page_set_query (KansioSearchPage *self, const char *query);
GListModel *kansio_search_page_get_results (KansioSearchPage *self);
gboolean kansio_search_page_get_loading (KansioSearchPage *self);

G_END_DECLS
