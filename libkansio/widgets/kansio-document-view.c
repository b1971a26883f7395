/* kansio-document-view.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows a PDF as Kansio stores it, rendered by Poppler in a worker thread
 * (a Poppler document is used by one thread only, so each render opens
 * its own from the bytes: about 2 ms). Zoom and page keys as in a
 * document viewer; printing draws the same PDF through GtkPrintOperation.
 */
#define G_LOG_DOMAIN "kansio-document-view"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "kansio-document-view.h"

/* Poppler 22.12 defines no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define POINTS_TO_PIXELS (96.0 / 72.0)

static const double zoom_levels[] = { 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0 };

struct _KansioDocumentView
{
  GtkWidget parent_instance;

  GtkWidget *scroller;
  GtkWidget *pages;
  GtkWidget *page_label;
  GtkWidget *zoom_label;
  GtkWidget *spinner;

  GBytes *pdf;
  guint n_pages;
  guint page;
  double zoom;
  GCancellable *rendering;
};

G_DEFINE_FINAL_TYPE (KansioDocumentView, kansio_document_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_PDF,
  PROP_N_PAGES,
  PROP_PAGE,
  PROP_ZOOM,
  PROP_IS_RENDERING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  GBytes *pdf;
  double scale;
} RenderJob;

static void
render_job_free (RenderJob *job)
{
  g_bytes_unref (job->pdf);
  g_free (job);
}

static GdkTexture *
render_page (PopplerPage *page, double scale)
{
  double width, height;
  int pixel_width, pixel_height;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr (GBytes) pixels = NULL;
  GdkTexture *texture;

  poppler_page_get_size (page, &width, &height);
  pixel_width = MAX (1, (int) (width * scale + 0.5));
  pixel_height = MAX (1, (int) (height * scale + 0.5));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        (gsize) cairo_image_surface_get_stride (surface) * pixel_height);
  texture = gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT, pixels,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

static void
render_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  RenderJob *job = task_data;
  g_autoptr (GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (job->pdf, NULL, &error);
  GPtrArray *textures;

  if (document == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  textures = g_ptr_array_new_with_free_func (g_object_unref);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page;

      if (g_cancellable_is_cancelled (cancellable))
        break;
      page = poppler_document_get_page (document, i);
      g_ptr_array_add (textures, render_page (page, job->scale));
      g_object_unref (page);
    }
  g_object_unref (document);
  if (g_task_return_error_if_cancelled (task))
    g_ptr_array_unref (textures);
  else
    g_task_return_pointer (task, textures, (GDestroyNotify) g_ptr_array_unref);
}

static void
update_labels (KansioDocumentView *self)
{
  g_autofree char *page = NULL;
  g_autofree char *zoom = g_strdup_printf ("%d %%", (int) (self->zoom * 100 + 0.5));

  /* Translators: the page shown and how many there are, as "2 / 3". */
  page = self->n_pages > 0 ? g_strdup_printf (_ ("%u / %u"), self->page + 1, self->n_pages)
                           : g_strdup ("");
  gtk_label_set_label (GTK_LABEL (self->page_label), page);
  gtk_label_set_label (GTK_LABEL (self->zoom_label), zoom);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.next-page",
                                 self->page + 1 < self->n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.zoom-out",
                                 self->zoom > zoom_levels[0] + 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.zoom-in",
                                 self->zoom < zoom_levels[G_N_ELEMENTS (zoom_levels) - 1] - 0.001);
}

static void
set_rendering (KansioDocumentView *self, gboolean rendering)
{
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), rendering);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_RENDERING]);
}

static void
show_pages (KansioDocumentView *self, GPtrArray *textures)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->pages)) != NULL)
    gtk_box_remove (GTK_BOX (self->pages), child);

  for (guint i = 0; i < textures->len; i++)
    {
      GdkTexture *texture = g_ptr_array_index (textures, i);
      GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
      int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
      g_autofree char *description = g_strdup_printf (_ ("Page %u of %u"), i + 1, textures->len);

      /* Drawn at the screen's scale: shown at its logical size. */
      gtk_picture_set_can_shrink (GTK_PICTURE (picture), FALSE);
      gtk_widget_set_size_request (picture, gdk_texture_get_width (texture) / scale,
                                   gdk_texture_get_height (texture) / scale);
      gtk_picture_set_alternative_text (GTK_PICTURE (picture), description);
      gtk_widget_add_css_class (picture, "document-page");
      gtk_widget_add_css_class (picture, "card");
      gtk_box_append (GTK_BOX (self->pages), picture);
    }
  if (self->n_pages != textures->len)
    {
      self->n_pages = textures->len;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
    }
  self->page = MIN (self->page, self->n_pages > 0 ? self->n_pages - 1 : 0);
  update_labels (self);
}

static void
on_rendered_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  KansioDocumentView *self = KANSIO_DOCUMENT_VIEW (object);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) textures = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->rendering);
  set_rendering (self, FALSE);
  if (textures == NULL)
    {
      g_warning ("Could not show the document: %s", error->message);
      textures = g_ptr_array_new ();
    }
  show_pages (self, textures);
}

static void
render (KansioDocumentView *self)
{
  g_autoptr (GTask) task = NULL;
  RenderJob *job;

  g_cancellable_cancel (self->rendering);
  g_clear_object (&self->rendering);
  if (self->pdf == NULL)
    {
      g_autoptr (GPtrArray) none = g_ptr_array_new ();

      show_pages (self, none);
      return;
    }

  self->rendering = g_cancellable_new ();
  job = g_new0 (RenderJob, 1);
  job->pdf = g_bytes_ref (self->pdf);
  job->scale = self->zoom * POINTS_TO_PIXELS * gtk_widget_get_scale_factor (GTK_WIDGET (self));
  task = g_task_new (self, self->rendering, on_rendered_cb, NULL);
  g_task_set_source_tag (task, render);
  g_task_set_task_data (task, job, (GDestroyNotify) render_job_free);
  g_task_run_in_thread (task, render_in_thread);
  set_rendering (self, TRUE);
}

static void
scroll_to_page (KansioDocumentView *self)
{
  GtkWidget *child = gtk_widget_get_first_child (self->pages);
  GtkAdjustment *adjustment
      = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  graphene_point_t point;

  for (guint i = 0; child != NULL && i < self->page; i++)
    child = gtk_widget_get_next_sibling (child);
  if (child != NULL
      && gtk_widget_compute_point (child, self->pages, &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (adjustment, point.y);
}

static void
step_zoom (KansioDocumentView *self, int direction)
{
  if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (zoom_levels); i++)
        if (zoom_levels[i] > self->zoom + 0.001)
          {
            kansio_document_view_set_zoom (self, zoom_levels[i]);
            return;
          }
    }
  else
    for (guint i = G_N_ELEMENTS (zoom_levels); i > 0; i--)
      if (zoom_levels[i - 1] < self->zoom - 0.001)
        {
          kansio_document_view_set_zoom (self, zoom_levels[i - 1]);
          return;
        }
}

static void
zoom_in_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  step_zoom (KANSIO_DOCUMENT_VIEW (widget), 1);
}

static void
zoom_out_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  step_zoom (KANSIO_DOCUMENT_VIEW (widget), -1);
}

static void
zoom_reset_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  kansio_document_view_set_zoom (KANSIO_DOCUMENT_VIEW (widget), 1.0);
}

static void
next_page_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioDocumentView *self = KANSIO_DOCUMENT_VIEW (widget);

  kansio_document_view_set_page (self, self->page + 1);
}

static void
previous_page_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioDocumentView *self = KANSIO_DOCUMENT_VIEW (widget);

  if (self->page > 0)
    kansio_document_view_set_page (self, self->page - 1);
}

static void
first_page_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  kansio_document_view_set_page (KANSIO_DOCUMENT_VIEW (widget), 0);
}

static void
last_page_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioDocumentView *self = KANSIO_DOCUMENT_VIEW (widget);

  kansio_document_view_set_page (self, self->n_pages > 0 ? self->n_pages - 1 : 0);
}

static void
kansio_document_view_dispose (GObject *object)
{
  KansioDocumentView *self = KANSIO_DOCUMENT_VIEW (object);
  GtkWidget *child;

  g_cancellable_cancel (self->rendering);
  g_clear_object (&self->rendering);
  gtk_widget_dispose_template (GTK_WIDGET (self), KANSIO_TYPE_DOCUMENT_VIEW);
  /* The template's unnamed box is a child of ours too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kansio_document_view_parent_class)->dispose (object);
}

static void
kansio_document_view_finalize (GObject *object)
{
  KansioDocumentView *self = KANSIO_DOCUMENT_VIEW (object);

  g_clear_pointer (&self->pdf, g_bytes_unref);

  G_OBJECT_CLASS (kansio_document_view_parent_class)->finalize (object);
}

static void
kansio_document_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KansioDocumentView *self = KANSIO_DOCUMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PDF:
      g_value_set_boxed (value, self->pdf);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_IS_RENDERING:
      g_value_set_boolean (value, self->rendering != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_document_view_set_property (GObject *object,
                                   guint prop_id,
                                   const GValue *value,
                                   GParamSpec *pspec)
{
  KansioDocumentView *self = KANSIO_DOCUMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PDF:
      kansio_document_view_set_pdf (self, g_value_get_boxed (value));
      break;
    case PROP_PAGE:
      kansio_document_view_set_page (self, g_value_get_uint (value));
      break;
    case PROP_ZOOM:
      kansio_document_view_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_document_view_class_init (KansioDocumentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kansio_document_view_dispose;
  object_class->finalize = kansio_document_view_finalize;
  object_class->get_property = kansio_document_view_get_property;
  object_class->set_property = kansio_document_view_set_property;

  properties[PROP_PDF]
      = g_param_spec_boxed ("pdf", NULL, NULL, G_TYPE_BYTES,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] = g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE]
      = g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM]
      = g_param_spec_double ("zoom", NULL, NULL, 0.25, 4.0, 1.0,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_RENDERING] = g_param_spec_boolean ("is-rendering", NULL, NULL, FALSE,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/kansio-document-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KansioDocumentView, scroller);
  gtk_widget_class_bind_template_child (widget_class, KansioDocumentView, pages);
  gtk_widget_class_bind_template_child (widget_class, KansioDocumentView, page_label);
  gtk_widget_class_bind_template_child (widget_class, KansioDocumentView, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, KansioDocumentView, spinner);

  gtk_widget_class_install_action (widget_class, "document.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "document.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "document.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "document.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "document.previous-page", NULL,
                                   previous_page_action);
  gtk_widget_class_install_action (widget_class, "document.first-page", NULL, first_page_action);
  gtk_widget_class_install_action (widget_class, "document.last-page", NULL, last_page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "document.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "document.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "document.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "document.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "document.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "document.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "document.next-page",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "document.previous-page",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK,
                                       "document.first-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, GDK_CONTROL_MASK,
                                       "document.last-page", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kansio-document-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kansio_document_view_init (KansioDocumentView *self)
{
  self->zoom = 1.0;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  update_labels (self);
}

GtkWidget *
kansio_document_view_new (void)
{
  return g_object_new (KANSIO_TYPE_DOCUMENT_VIEW, NULL);
}

/**
 * kansio_document_view_set_pdf:
 * @pdf: (nullable): the PDF to show
 */
void
kansio_document_view_set_pdf (KansioDocumentView *self, GBytes *pdf)
{
  g_return_if_fail (KANSIO_IS_DOCUMENT_VIEW (self));

  if (pdf == self->pdf || (pdf != NULL && self->pdf != NULL && g_bytes_equal (pdf, self->pdf)))
    return;
  g_clear_pointer (&self->pdf, g_bytes_unref);
  self->pdf = pdf != NULL ? g_bytes_ref (pdf) : NULL;
  render (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PDF]);
}

/**
 * kansio_document_view_get_pdf:
 *
 * Returns: (transfer none) (nullable): the PDF shown
 */
GBytes *
kansio_document_view_get_pdf (KansioDocumentView *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_VIEW (self), NULL);
  return self->pdf;
}

guint
kansio_document_view_get_n_pages (KansioDocumentView *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_VIEW (self), 0);
  return self->n_pages;
}

/* Counted from 0. */
guint
kansio_document_view_get_page (KansioDocumentView *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_VIEW (self), 0);
  return self->page;
}

void
kansio_document_view_set_page (KansioDocumentView *self, guint page)
{
  g_return_if_fail (KANSIO_IS_DOCUMENT_VIEW (self));

  page = self->n_pages > 0 ? MIN (page, self->n_pages - 1) : 0;
  if (page == self->page)
    return;
  self->page = page;
  scroll_to_page (self);
  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

double
kansio_document_view_get_zoom (KansioDocumentView *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_VIEW (self), 1.0);
  return self->zoom;
}

void
kansio_document_view_set_zoom (KansioDocumentView *self, double zoom)
{
  g_return_if_fail (KANSIO_IS_DOCUMENT_VIEW (self));

  zoom = CLAMP (zoom, 0.25, 4.0);
  if (G_APPROX_VALUE (zoom, self->zoom, 0.001))
    return;
  self->zoom = zoom;
  update_labels (self);
  render (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

gboolean
kansio_document_view_get_is_rendering (KansioDocumentView *self)
{
  g_return_val_if_fail (KANSIO_IS_DOCUMENT_VIEW (self), FALSE);
  return self->rendering != NULL;
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext *context,
                 int page_number,
                 gpointer user_data)
{
  PopplerDocument *document = user_data;
  g_autoptr (PopplerPage) page = poppler_document_get_page (document, page_number);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height;

  /* Fit the A4 page to the paper's printable area, keeping its shape. */
  poppler_page_get_size (page, &width, &height);
  {
    double scale = MIN (gtk_print_context_get_width (context) / width,
                        gtk_print_context_get_height (context) / height);

    cairo_scale (cr, scale, scale);
  }
  poppler_page_render_for_printing (page, cr);
}

/**
 * kansio_document_view_print:
 * @parent: (nullable): the window the print dialog belongs to
 *
 * Prints the PDF shown, after the print dialog. Whoever calls this has
 * recorded the disclosure first.
 *
 * Returns: what the user chose, or %GTK_PRINT_OPERATION_RESULT_ERROR
 */
GtkPrintOperationResult
kansio_document_view_print (KansioDocumentView *self,
                            GtkWindow *parent,
                            const char *job_name,
                            GError **error)
{
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (PopplerDocument) document = NULL;

  g_return_val_if_fail (KANSIO_IS_DOCUMENT_VIEW (self), GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (self->pdf != NULL, GTK_PRINT_OPERATION_RESULT_ERROR);

  document = poppler_document_new_from_bytes (self->pdf, NULL, error);
  if (document == NULL)
    return GTK_PRINT_OPERATION_RESULT_ERROR;
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_n_pages (operation, poppler_document_get_n_pages (document));
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), document);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                  error);
}
