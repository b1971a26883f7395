/* kansio-test-widgets.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the tests of the real window under Xvfb (test-window*.c): waiting
 * for what the main loop brings, finding widgets, screenshots, and a test
 * program's set-up.
 */
#pragma once

#include <adwaita.h>

#include "kansio-test-util.h"

G_BEGIN_DECLS

void kansio_test_widgets_init (int *argc, char ***argv);
void kansio_test_widgets_add (const char *path, GTestFunc test);
int kansio_test_widgets_run (void);
KansioPluginRegistry *kansio_test_widgets_get_plugins (void);
KansioPluginRegistry *kansio_test_widgets_load_built_plugins (void);

void kansio_test_wait_until (gboolean (*condition) (gpointer), gpointer data);
gboolean kansio_test_is_mapped (gpointer widget);
gboolean kansio_test_dialog_open (gpointer unused);
gboolean kansio_test_document_window_shown (gpointer unused);
gboolean kansio_test_document_stored (gpointer window);

GtkWidget *kansio_test_find_widget_by_name (GtkWidget *root, const char *name);
GtkWidget *kansio_test_find_widget_of_type (GtkWidget *root, GType type);
GtkWidget *kansio_test_find_label (GtkWidget *root, const char *text);
GtkWidget *kansio_test_find_row_titled (GtkWidget *root, const char *title);
gboolean kansio_test_has_text_containing (GtkWidget *root, const char *part);
gpointer kansio_test_find_toplevel_of_type (GType type);

KansioContext *kansio_test_context_for (KansioTestDatabase *test_database, const char *login_role);
void kansio_test_destroy_window (gpointer window);
void kansio_test_save_screenshot (GtkWidget *widget, const char *name);

G_END_DECLS
