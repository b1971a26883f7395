/* kansio-context.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kansio-client-directory.h"
#include "kansio-database.h"
#include "documents/kansio-document-composer.h"
#include "kansio-user.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_CONTEXT (kansio_context_get_type ())

G_DECLARE_FINAL_TYPE (KansioContext, kansio_context, KANSIO, CONTEXT, GObject)

KansioContext *kansio_context_new (KansioDatabase *database,
                                   KansioUser *user,
                                   GSettings *settings,
                                   gboolean is_demo);
KansioUser *kansio_context_get_user (KansioContext *self);
KansioClientDirectory *kansio_context_get_clients (KansioContext *self);
KansioDocumentComposer *kansio_context_get_documents (KansioContext *self);
KansioDatabase *kansio_context_get_database (KansioContext *self);
GSettings *kansio_context_get_settings (KansioContext *self);
gboolean kansio_context_get_is_demo (KansioContext *self);

G_END_DECLS
