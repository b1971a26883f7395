/* income-support-preview-window.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-preview-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-preview-window.h"

/* A decision composed from its template, shown as the PDF the client
 * receives, and stored in the client's documents when the user says so.
 * A stored document never changes. */
struct _IncomeSupportPreviewWindow
{
  AdwWindow parent_instance;

  KansioContext *context;
  KansioDocument *document;
  GCancellable *cancellable;
  gboolean busy;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkWidget *store_button;
  GtkLabel *status_label;
  KansioDocumentView *view;
};

G_DEFINE_FINAL_TYPE (IncomeSupportPreviewWindow, income_support_preview_window, ADW_TYPE_WINDOW)

enum
{
  STORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_state (IncomeSupportPreviewWindow *self)
{
  gboolean stored = kansio_document_is_stored (self->document);
  guint n_pages = kansio_document_get_n_pages (self->document);
  g_autofree char *subtitle = NULL;
  g_autofree char *status = NULL;

  subtitle = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%s · %u page", "%s · %u pages", n_pages),
      kansio_document_get_language (self->document) == KANSIO_LANGUAGE_SWEDISH ? _ ("in Swedish")
                                                                               : _ ("in Finnish"),
      n_pages);
  adw_window_title_set_title (self->window_title, kansio_document_get_title (self->document));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  if (stored)
    status = g_strdup_printf (_ ("Stored as document %lld in the client’s documents; it never "
                                 "changes. Print or send it from there."),
                              (long long) kansio_document_get_id (self->document));
  else
    status = g_strdup (_ ("Not stored yet. Check the decision, then save it to the client’s "
                          "documents."));
  gtk_label_set_label (self->status_label, status);

  gtk_widget_set_visible (self->store_button, !stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-preview.store",
                                 !stored && !self->busy);
}

static void
on_stored_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportPreviewWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  AdwToast *toast;

  if (!kansio_document_composer_store_finish (KANSIO_DOCUMENT_COMPOSER (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      self->busy = FALSE;
      update_state (self);
      toast = adw_toast_new (error->message);
      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }
  self->busy = FALSE;
  update_state (self);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_ ("Saved to the client’s documents")));
  g_signal_emit (self, signals[STORED], 0);
}

static void
income_support_preview_window_store_action (GtkWidget *widget,
                                            const char *action_name,
                                            GVariant *parameter)
{
  income_support_preview_window_store (INCOME_SUPPORT_PREVIEW_WINDOW (widget));
}

static void
income_support_preview_window_dispose (GObject *object)
{
  IncomeSupportPreviewWindow *self = INCOME_SUPPORT_PREVIEW_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_PREVIEW_WINDOW);
  g_clear_object (&self->document);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (income_support_preview_window_parent_class)->dispose (object);
}

static void
income_support_preview_window_class_init (IncomeSupportPreviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_preview_window_dispose;

  /**
   * IncomeSupportPreviewWindow::stored:
   *
   * The decision was stored in the client's documents.
   */
  signals[STORED] = g_signal_new ("stored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KANSIO_TYPE_DOCUMENT_VIEW);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-preview-window.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPreviewWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPreviewWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPreviewWindow, store_button);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPreviewWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPreviewWindow, view);

  gtk_widget_class_install_action (widget_class, "income-support-preview.store", NULL,
                                   income_support_preview_window_store_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "income-support-preview.store", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
income_support_preview_window_init (IncomeSupportPreviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * income_support_preview_window_new:
 * @document: a decision composed, not yet stored
 */
IncomeSupportPreviewWindow *
income_support_preview_window_new (GtkWindow *parent,
                                   KansioContext *context,
                                   KansioDocument *document)
{
  IncomeSupportPreviewWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KANSIO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (document), NULL);

  self = g_object_new (INCOME_SUPPORT_TYPE_PREVIEW_WINDOW, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->document = g_object_ref (document);
  kansio_document_view_set_pdf (self->view, kansio_document_get_pdf (document));
  update_state (self);
  return self;
}

/**
 * income_support_preview_window_get_document:
 *
 * Returns: (transfer none): the decision shown
 */
KansioDocument *
income_support_preview_window_get_document (IncomeSupportPreviewWindow *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_PREVIEW_WINDOW (self), NULL);
  return self->document;
}

/**
 * income_support_preview_window_store:
 *
 * Stores the decision in the client's documents, once.
 */
void
income_support_preview_window_store (IncomeSupportPreviewWindow *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_PREVIEW_WINDOW (self));

  if (self->busy || kansio_document_is_stored (self->document))
    return;
  self->busy = TRUE;
  update_state (self);
  kansio_document_composer_store_async (kansio_context_get_documents (self->context),
                                        self->document, self->cancellable, on_stored_cb,
                                        g_object_ref (self));
}
