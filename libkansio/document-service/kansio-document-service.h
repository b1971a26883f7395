/* kansio-document-service.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

G_BEGIN_DECLS

char *kansio_document_service_find_program (void);
GSubprocess *kansio_document_service_spawn (const char *conninfo, GError **error);
gboolean
kansio_document_service_start_in (const char *directory, const char *conninfo, GError **error);
void kansio_document_service_stop_in (const char *directory);

G_END_DECLS
