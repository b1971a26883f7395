/* income-support-preview-window.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_PREVIEW_WINDOW (income_support_preview_window_get_type ())

G_DECLARE_FINAL_TYPE (IncomeSupportPreviewWindow,
                      income_support_preview_window,
                      INCOME_SUPPORT,
                      PREVIEW_WINDOW,
                      AdwWindow)

IncomeSupportPreviewWindow *income_support_preview_window_new (GtkWindow *parent,
                                                               KansioContext *context,
                                                               KansioDocument *document);
KansioDocument *income_support_preview_window_get_document (IncomeSupportPreviewWindow *self);
void income_support_preview_window_store (IncomeSupportPreviewWindow *self);

G_END_DECLS
