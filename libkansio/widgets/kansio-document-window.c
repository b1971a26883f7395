/* kansio-document-window.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-document-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-document-window.h"

/* A decision, letter or report as its PDF. What the workstation composes
 * is a draft, marked so on every page: a letter's is saved to the
 * client's documents by asking the document service to make it, and the
 * window then shows the service's. Only a stored document is printed or
 * exported, and each print or export is logged as a disclosure before
 * the document leaves. A decision's draft is never saved: deciding makes
 * the decision's document. */
struct _KansioDocumentWindow
{
  AdwWindow parent_instance;

  KansioDocumentComposer *composer;
  KansioDocument *document;
  char *recipient;
  char *legal_basis;
  GCancellable *cancellable;
  gboolean busy;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkWidget *store_button;
  GtkLabel *status_label;
  KansioDocumentView *view;
};

G_DEFINE_FINAL_TYPE (KansioDocumentWindow, kansio_document_window, ADW_TYPE_WINDOW)

enum
{
  STORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (KansioDocumentWindow *self, const char *text)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A letter's draft, or an auditor's report: what Save stores. */
static gboolean
is_storable (KansioDocument *document)
{
  const char *kind = kansio_document_get_kind (document);

  return !kansio_document_is_stored (document)
         && kansio_document_get_template_version_id (document) != 0
         && (g_strcmp0 (kind, "letter") == 0 || g_strcmp0 (kind, "report") == 0);
}

static void
update_state (KansioDocumentWindow *self)
{
  gboolean stored = kansio_document_is_stored (self->document);
  gboolean storable = is_storable (self->document);
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
    status = g_strdup_printf (_ ("Stored as document %lld; it never changes. SHA-256 %s"),
                              (long long) kansio_document_get_id (self->document),
                              kansio_document_get_sha256 (self->document));
  else if (storable)
    status = g_strdup (_ ("A draft. Save it to the client’s documents to print or export it: "
                          "the document service makes the letter from the same data."));
  else
    status = g_strdup (_ ("A draft: it is not saved, printed or exported. The decision’s own "
                          "document is made when the decision is made."));
  gtk_label_set_label (self->status_label, status);

  gtk_widget_set_visible (self->store_button, storable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document-window.store",
                                 storable && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document-window.print", stored && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document-window.export",
                                 stored && !self->busy);
}

static void
set_busy (KansioDocumentWindow *self, gboolean busy)
{
  self->busy = busy;
  update_state (self);
}

static void
on_stored_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioDocumentWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) stored
      = kansio_document_composer_store_finish (KANSIO_DOCUMENT_COMPOSER (object), result, &error);

  if (stored == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      set_busy (self, FALSE);
      return;
    }
  /* From now on the window shows what was stored, not the draft. */
  g_set_object (&self->document, stored);
  kansio_document_view_set_pdf (self->view, kansio_document_get_pdf (stored));
  set_busy (self, FALSE);
  toast (self, _ ("Saved to the client’s documents"));
  g_signal_emit (self, signals[STORED], 0);
}

static void
store_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  kansio_document_window_store (KANSIO_DOCUMENT_WINDOW (widget));
}

/* Logged first, printed after: if the log cannot be written, nothing is
 * printed. A print cancelled in the dialog stays logged as an attempt. */
static void
on_print_logged_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioDocumentWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  GtkPrintOperationResult printed;

  set_busy (self, FALSE);
  if (!kansio_document_composer_disclose_finish (KANSIO_DOCUMENT_COMPOSER (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }
  printed = kansio_document_view_print (self->view, GTK_WINDOW (self),
                                        kansio_document_get_title (self->document), &error);
  if (printed == GTK_PRINT_OPERATION_RESULT_ERROR)
    toast (self, error->message);
  else if (printed == GTK_PRINT_OPERATION_RESULT_APPLY)
    toast (self, _ ("Sent to the printer; the disclosure is logged"));
}

static void
print_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioDocumentWindow *self = KANSIO_DOCUMENT_WINDOW (widget);

  set_busy (self, TRUE);
  kansio_document_composer_disclose_async (self->composer, self->document, "print", self->recipient,
                                           self->legal_basis, self->cancellable, on_print_logged_cb,
                                           g_object_ref (self));
}

typedef struct
{
  KansioDocumentWindow *window;
  GFile *file;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->window);
  g_object_unref (export->file);
  g_free (export);
}

static void
on_exported_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Export *export = user_data;
  KansioDocumentWindow *self = export->window;
  g_autoptr (GError) error = NULL;

  set_busy (self, FALSE);
  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *text
              = g_strdup_printf (_ ("The file could not be written: %s"), error->message);
          toast (self, text);
        }
    }
  else
    {
      g_autofree char *name = g_file_get_basename (G_FILE (object));
      g_autofree char *text = g_strdup_printf (_ ("Exported as %s"), name);

      toast (self, text);
    }
  export_free (export);
}

static void
on_export_logged_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Export *export = user_data;
  KansioDocumentWindow *self = export->window;
  g_autoptr (GError) error = NULL;
  GBytes *pdf;

  if (!kansio_document_composer_disclose_finish (KANSIO_DOCUMENT_COMPOSER (object), result, &error))
    {
      set_busy (self, FALSE);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      export_free (export);
      return;
    }
  pdf = kansio_document_get_pdf (self->document);
  g_file_replace_contents_bytes_async (export->file, pdf, NULL, FALSE, G_FILE_CREATE_NONE,
                                       self->cancellable, on_exported_cb, export);
}

static void
on_export_chosen_cb (GtkNativeDialog *dialog, int response, gpointer user_data)
{
  KansioDocumentWindow *self = user_data;
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  if (file != NULL)
    kansio_document_window_export_to (self, file);
  g_object_unref (self);
}

static void
export_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioDocumentWindow *self = KANSIO_DOCUMENT_WINDOW (widget);
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (
      _ ("Export as PDF"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), NULL);
  g_autofree char *name = kansio_document_dup_file_name (self->document);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _ ("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
kansio_document_window_dispose (GObject *object)
{
  KansioDocumentWindow *self = KANSIO_DOCUMENT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->composer);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KANSIO_TYPE_DOCUMENT_WINDOW);

  G_OBJECT_CLASS (kansio_document_window_parent_class)->dispose (object);
}

static void
kansio_document_window_finalize (GObject *object)
{
  KansioDocumentWindow *self = KANSIO_DOCUMENT_WINDOW (object);

  g_free (self->recipient);
  g_free (self->legal_basis);

  G_OBJECT_CLASS (kansio_document_window_parent_class)->finalize (object);
}

static void
kansio_document_window_class_init (KansioDocumentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kansio_document_window_dispose;
  object_class->finalize = kansio_document_window_finalize;

  /**
   * KansioDocumentWindow::stored:
   *
   * The document was saved to the client's documents.
   */
  signals[STORED] = g_signal_new ("stored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KANSIO_TYPE_DOCUMENT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/kansio-document-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KansioDocumentWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KansioDocumentWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KansioDocumentWindow, store_button);
  gtk_widget_class_bind_template_child (widget_class, KansioDocumentWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, KansioDocumentWindow, view);

  gtk_widget_class_install_action (widget_class, "document-window.store", NULL, store_action);
  gtk_widget_class_install_action (widget_class, "document-window.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "document-window.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "document-window.store", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "document-window.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "document-window.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kansio_document_window_init (KansioDocumentWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * kansio_document_window_new:
 * @recipient: to whom a print or export goes, for the disclosure log
 * @legal_basis: on what grounds, for the disclosure log
 */
KansioDocumentWindow *
kansio_document_window_new (KansioDocumentComposer *composer,
                            KansioDocument *document,
                            const char *recipient,
                            const char *legal_basis)
{
  KansioDocumentWindow *self;

  g_return_val_if_fail (KANSIO_IS_DOCUMENT_COMPOSER (composer), NULL);
  g_return_val_if_fail (KANSIO_IS_DOCUMENT (document), NULL);

  self = g_object_new (KANSIO_TYPE_DOCUMENT_WINDOW, NULL);
  self->composer = g_object_ref (composer);
  self->document = g_object_ref (document);
  self->recipient = g_strdup (recipient);
  self->legal_basis = g_strdup (legal_basis);
  kansio_document_view_set_pdf (self->view, kansio_document_get_pdf (document));
  update_state (self);
  return self;
}

/**
 * kansio_document_window_get_document:
 *
 * Returns: (transfer none): the document shown
 */
KansioDocument *
kansio_document_window_get_document (KansioDocumentWindow *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_WINDOW (self), NULL);
  return self->document;
}

/**
 * kansio_document_window_get_view:
 *
 * Returns: (transfer none): the view of the PDF
 */
KansioDocumentView *
kansio_document_window_get_view (KansioDocumentWindow *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_WINDOW (self), NULL);
  return self->view;
}

void
kansio_document_window_store (KansioDocumentWindow *self)
{
  g_return_if_fail (KANSIO_IS_DOCUMENT_WINDOW (self));

  if (self->busy || kansio_document_is_stored (self->document))
    return;
  set_busy (self, TRUE);
  kansio_document_composer_store_async (self->composer, self->document, self->cancellable,
                                        on_stored_cb, g_object_ref (self));
}

/* The export without the file dialog (what the dialog and the tests
 * call): the disclosure is logged, then the file written. */
void
kansio_document_window_export_to (KansioDocumentWindow *self, GFile *file)
{
  Export *export;
  g_autofree char *path = NULL;
  g_autofree char *recipient = NULL;

  g_return_if_fail (KANSIO_IS_DOCUMENT_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->busy || !kansio_document_is_stored (self->document))
    return;
  export = g_new0 (Export, 1);
  export->window = g_object_ref (self);
  export->file = g_object_ref (file);
  path = g_file_get_parse_name (file);
  recipient = g_strdup_printf ("%s (file %s)", self->recipient, path);
  set_busy (self, TRUE);
  kansio_document_composer_disclose_async (self->composer, self->document, "export", recipient,
                                           self->legal_basis, self->cancellable,
                                           on_export_logged_cb, export);
}
