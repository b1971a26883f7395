/* letters-preview.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "letters-preview"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-preview.h"

/* After the last update, before the PDF is made: the editor updates
 * 300 ms after typing stops, so a preview follows some 600 ms later. */
#define RENDER_DELAY_MS 300

/* The template being edited, made into the real PDF by the document
 * composer for one of the user's clients, in the language being edited.
 * The database gives a document's data only about clients the user may
 * see, so a user without client areas (a letters editor) gets no
 * preview, only a message saying why. Nothing is made while the preview
 * is out of sight. */
struct _LettersPreview
{
  AdwBin parent_instance;

  KansioContext *context;
  GListStore *clients;
  GCancellable *search_cancellable;
  GCancellable *render_cancellable;
  guint render_source;
  gboolean render_pending;
  gboolean may_preview;

  char *text;
  char *title;
  char *language;
  char *problem;

  /* Template widgets */
  GtkWidget *client_box;
  GtkSearchEntry *client_search;
  GtkDropDown *client_dropdown;
  GtkSpinner *spinner;
  GtkStack *stack;
  AdwStatusPage *message_page;
  KansioDocumentView *document_view;
};

G_DEFINE_FINAL_TYPE (LettersPreview, letters_preview, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule_render (LettersPreview *self);

static void
show_message (LettersPreview *self, const char *icon_name, const char *title, const char *text)
{
  adw_status_page_set_icon_name (self->message_page, icon_name);
  adw_status_page_set_title (self->message_page, title);
  adw_status_page_set_description (self->message_page, text);
  gtk_stack_set_visible_child_name (self->stack, "message");
}

static void
show_no_clients (LettersPreview *self)
{
  self->may_preview = FALSE;
  gtk_widget_set_visible (self->client_box, FALSE);
  show_message (self, "system-users-symbolic", _ ("Preview Needs a Client You May See"),
                _ ("The preview is the real document, with the data of one of your clients. "
                   "You work with no clients, so a caseworker with a letters right must check "
                   "how the document looks."));
}

static gint64
chosen_person_id (LettersPreview *self)
{
  KansioPerson *person = gtk_drop_down_get_selected_item (self->client_dropdown);

  return person != NULL ? kansio_person_get_id (person) : 0;
}

static void
stop_rendering (LettersPreview *self)
{
  g_cancellable_cancel (self->render_cancellable);
  g_clear_object (&self->render_cancellable);
  gtk_spinner_stop (self->spinner);
}

static void
on_preview_ready_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LettersPreview) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document = NULL;

  document
      = kansio_document_composer_preview_finish (KANSIO_DOCUMENT_COMPOSER (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_stop (self->spinner);
  if (document == NULL)
    {
      show_message (self, "dialog-warning-symbolic", _ ("No Preview"), error->message);
      return;
    }
  kansio_document_view_set_pdf (self->document_view, kansio_document_get_pdf (document));
  gtk_stack_set_visible_child_name (self->stack, "document");
}

static void
render (LettersPreview *self)
{
  KansioDocumentComposer *composer;
  gint64 person_id;

  stop_rendering (self);
  if (self->context == NULL || !self->may_preview)
    return;

  person_id = chosen_person_id (self);
  if (person_id == 0)
    {
      show_message (self, "system-search-symbolic", _ ("Choose a Client"),
                    _ ("Find one of your clients above: the preview shows the document with their "
                       "data, as it would be sent."));
      return;
    }
  if (self->problem != NULL)
    {
      show_message (self, "dialog-error-symbolic", _ ("The Template Has Errors"), self->problem);
      return;
    }
  if (self->text == NULL)
    return;

  composer = kansio_context_get_documents (self->context);
  self->render_cancellable = g_cancellable_new ();
  gtk_spinner_start (self->spinner);
  kansio_document_composer_preview_async (composer, self->text, self->title, person_id, 0,
                                          self->language, self->render_cancellable,
                                          on_preview_ready_cb, g_object_ref (self));
}

static gboolean
render_timeout_cb (gpointer user_data)
{
  LettersPreview *self = user_data;

  self->render_source = 0;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->render_pending = TRUE;
      return G_SOURCE_REMOVE;
    }
  render (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_render (LettersPreview *self)
{
  g_clear_handle_id (&self->render_source, g_source_remove);
  self->render_pending = FALSE;
  self->render_source = g_timeout_add (RENDER_DELAY_MS, render_timeout_cb, self);
}

static void
on_clients_found_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LettersPreview) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) people = NULL;
  g_autoptr (GPtrArray) visible = g_ptr_array_new ();

  people = kansio_client_directory_search_finish (KANSIO_CLIENT_DIRECTORY (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (people == NULL)
    {
      if (g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED))
        show_no_clients (self);
      else
        show_message (self, "dialog-warning-symbolic", _ ("Clients Could Not Be Searched"),
                      error->message);
      return;
    }

  /* An exact identity code finds anyone, but only those one may see can
   * be previewed with. */
  for (guint i = 0; i < people->len; i++)
    if (kansio_person_get_is_visible (g_ptr_array_index (people, i)))
      g_ptr_array_add (visible, g_ptr_array_index (people, i));
  g_list_store_splice (self->clients, 0, g_list_model_get_n_items (G_LIST_MODEL (self->clients)),
                       visible->pdata, visible->len);
  if (visible->len == 0)
    show_message (self, "system-search-symbolic", _ ("No Clients Found"),
                  _ ("None of your clients matches. Try another name or identity code."));
}

static void
on_client_search_changed_cb (LettersPreview *self)
{
  g_autofree char *query
      = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->client_search))));

  if (self->context == NULL || !self->may_preview || g_utf8_strlen (query, -1) < 2)
    return;

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  self->search_cancellable = g_cancellable_new ();
  kansio_client_directory_search_async (kansio_context_get_clients (self->context), query, 0, 50,
                                        self->search_cancellable, on_clients_found_cb,
                                        g_object_ref (self));
}

static void
on_client_selected_cb (LettersPreview *self)
{
  schedule_render (self);
}

static void
letters_preview_map (GtkWidget *widget)
{
  LettersPreview *self = LETTERS_PREVIEW (widget);

  GTK_WIDGET_CLASS (letters_preview_parent_class)->map (widget);

  if (self->render_pending)
    schedule_render (self);
}

static void
letters_preview_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LettersPreview *self = LETTERS_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_preview_set_property (GObject *object,
                              guint prop_id,
                              const GValue *value,
                              GParamSpec *pspec)
{
  LettersPreview *self = LETTERS_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      letters_preview_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_preview_dispose (GObject *object)
{
  LettersPreview *self = LETTERS_PREVIEW (object);

  g_clear_handle_id (&self->render_source, g_source_remove);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_cancellable_cancel (self->render_cancellable);
  g_clear_object (&self->render_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), LETTERS_TYPE_PREVIEW);
  g_clear_object (&self->clients);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (letters_preview_parent_class)->dispose (object);
}

static void
letters_preview_finalize (GObject *object)
{
  LettersPreview *self = LETTERS_PREVIEW (object);

  g_free (self->text);
  g_free (self->title);
  g_free (self->language);
  g_free (self->problem);

  G_OBJECT_CLASS (letters_preview_parent_class)->finalize (object);
}

static void
letters_preview_class_init (LettersPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = letters_preview_get_property;
  object_class->set_property = letters_preview_set_property;
  object_class->dispose = letters_preview_dispose;
  object_class->finalize = letters_preview_finalize;
  widget_class->map = letters_preview_map;

  properties[PROP_CONTEXT]
      = g_param_spec_object ("context", NULL, NULL, KANSIO_TYPE_CONTEXT,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KANSIO_TYPE_DOCUMENT_VIEW);
  g_type_ensure (KANSIO_TYPE_PERSON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/letters/letters-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, LettersPreview, client_box);
  gtk_widget_class_bind_template_child (widget_class, LettersPreview, client_search);
  gtk_widget_class_bind_template_child (widget_class, LettersPreview, client_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LettersPreview, spinner);
  gtk_widget_class_bind_template_child (widget_class, LettersPreview, stack);
  gtk_widget_class_bind_template_child (widget_class, LettersPreview, message_page);
  gtk_widget_class_bind_template_child (widget_class, LettersPreview, document_view);
  gtk_widget_class_bind_template_callback (widget_class, on_client_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_client_selected_cb);
}

static void
letters_preview_init (LettersPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->clients = g_list_store_new (KANSIO_TYPE_PERSON);
  gtk_drop_down_set_model (self->client_dropdown, G_LIST_MODEL (self->clients));
  show_no_clients (self);
}

/**
 * letters_preview_get_context:
 *
 * Returns: (transfer none) (nullable): the session previews are made in
 */
KansioContext *
letters_preview_get_context (LettersPreview *self)
{
  g_return_val_if_fail (LETTERS_IS_PREVIEW (self), NULL);
  return self->context;
}

void
letters_preview_set_context (LettersPreview *self, KansioContext *context)
{
  KansioUser *user;

  g_return_if_fail (LETTERS_IS_PREVIEW (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  g_list_store_remove_all (self->clients);
  user = context != NULL ? kansio_context_get_user (context) : NULL;
  if (user != NULL && kansio_user_is_caseworker (user))
    {
      self->may_preview = TRUE;
      gtk_widget_set_visible (self->client_box, TRUE);
      schedule_render (self);
    }
  else
    show_no_clients (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * letters_preview_update:
 * @text: the template's text in @language
 * @title: the document's title in @language
 * @language: "fi" or "sv"
 * @problem: (nullable): what is wrong with @text, shown instead of a
 *   preview
 *
 * Makes the preview again shortly, cancelling one under way.
 */
void
letters_preview_update (LettersPreview *self,
                        const char *text,
                        const char *title,
                        const char *language,
                        const char *problem)
{
  g_return_if_fail (LETTERS_IS_PREVIEW (self));
  g_return_if_fail (text != NULL);

  if (g_strcmp0 (self->text, text) == 0 && g_strcmp0 (self->title, title) == 0
      && g_strcmp0 (self->language, language) == 0 && g_strcmp0 (self->problem, problem) == 0)
    return;

  g_free (self->text);
  g_free (self->title);
  g_free (self->language);
  g_free (self->problem);
  self->text = g_strdup (text);
  self->title = g_strdup (title);
  self->language = g_strdup (language);
  self->problem = g_strdup (problem);
  if (self->may_preview)
    schedule_render (self);
}
