/* kansio-search-page.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-search-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-search-page.h"

#define PAGE_SIZE 50

/* Client search: hits load a page at a time, the next one when the list
 * is scrolled to its end. Enter or a double click opens the client. */
struct _KansioSearchPage
{
  AdwBin parent_instance;

  KansioClientDirectory *directory;
  GListStore *results;
  GCancellable *cancellable;
  char *query;
  gboolean has_more;
  gboolean loading;
  gboolean open_when_loaded; /* Enter came before the first hits */

  GtkStack *state_stack;
  GtkColumnView *column_view;
  AdwStatusPage *failed_page;
};

G_DEFINE_FINAL_TYPE (KansioSearchPage, kansio_search_page, ADW_TYPE_BIN)

enum
{
  OPEN_CLIENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load_page (KansioSearchPage *self);
static void open_position (KansioSearchPage *self, guint position);

static void
show_state (KansioSearchPage *self)
{
  const char *state = "hint";

  if (self->query == NULL || g_utf8_strlen (self->query, -1) < 2)
    state = "hint";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0)
    state = "results";
  else if (!self->loading)
    state = "empty";
  else
    return;
  gtk_stack_set_visible_child_name (self->state_stack, state);
}

static void
on_page_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioSearchPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) people = NULL;

  people = kansio_client_directory_search_finish (KANSIO_CLIENT_DIRECTORY (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  if (people == NULL)
    {
      adw_status_page_set_description (self->failed_page, error->message);
      gtk_stack_set_visible_child_name (self->state_stack, "failed");
      return;
    }

  g_list_store_splice (self->results, g_list_model_get_n_items (G_LIST_MODEL (self->results)), 0,
                       people->pdata, people->len);
  self->has_more = people->len == PAGE_SIZE;
  show_state (self);
  if (self->open_when_loaded && people->len > 0)
    {
      self->open_when_loaded = FALSE;
      open_position (self, 0);
    }
}

static void
load_page (KansioSearchPage *self)
{
  guint offset = g_list_model_get_n_items (G_LIST_MODEL (self->results));

  if (self->directory == NULL || self->loading)
    return;
  self->loading = TRUE;
  kansio_client_directory_search_async (self->directory, self->query, offset, PAGE_SIZE,
                                        self->cancellable, on_page_loaded_cb, g_object_ref (self));
}

static void
restart_search (KansioSearchPage *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loading = FALSE;
  self->has_more = FALSE;
  self->open_when_loaded = FALSE;
  g_list_store_remove_all (self->results);

  if (self->query != NULL && g_utf8_strlen (self->query, -1) >= 2)
    load_page (self);
  show_state (self);
}

static void
open_position (KansioSearchPage *self, guint position)
{
  g_autoptr (KansioPerson) person = g_list_model_get_item (G_LIST_MODEL (self->results), position);

  if (person != NULL)
    g_signal_emit (self, signals[OPEN_CLIENT], 0, person);
}

static void
on_column_view_activate_cb (KansioSearchPage *self, guint position)
{
  open_position (self, position);
}

static void
on_edge_reached_cb (KansioSearchPage *self, GtkPositionType position)
{
  if (position == GTK_POS_BOTTOM && self->has_more)
    load_page (self);
}

static void
kansio_search_page_dispose (GObject *object)
{
  KansioSearchPage *self = (KansioSearchPage *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->directory);
  g_clear_object (&self->results);
  g_clear_pointer (&self->query, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), KANSIO_TYPE_SEARCH_PAGE);

  G_OBJECT_CLASS (kansio_search_page_parent_class)->dispose (object);
}

static void
kansio_search_page_class_init (KansioSearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kansio_search_page_dispose;

  /**
   * KansioSearchPage::open-client:
   * @person: the hit to open
   */
  signals[OPEN_CLIENT] = g_signal_new ("open-client", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, KANSIO_TYPE_PERSON);

  g_type_ensure (KANSIO_TYPE_PERSON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/kansio-search-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KansioSearchPage, state_stack);
  gtk_widget_class_bind_template_child (widget_class, KansioSearchPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, KansioSearchPage, failed_page);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_edge_reached_cb);
}

static void
kansio_search_page_init (KansioSearchPage *self)
{
  g_autoptr (GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->results = g_list_store_new (KANSIO_TYPE_PERSON);
  self->cancellable = g_cancellable_new ();
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->results)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
}

/**
 * kansio_search_page_set_directory:
 * @directory: (nullable): where to search, as the logged-in user
 */
void
kansio_search_page_set_directory (KansioSearchPage *self, KansioClientDirectory *directory)
{
  g_return_if_fail (KANSIO_IS_SEARCH_PAGE (self));

  if (g_set_object (&self->directory, directory))
    kansio_search_page_set_query (self, "");
}

/**
 * kansio_search_page_set_query:
 * @query: what the user typed in the header's search entry
 */
void
kansio_search_page_set_query (KansioSearchPage *self, const char *query)
{
  g_return_if_fail (KANSIO_IS_SEARCH_PAGE (self));

  g_free (self->query);
  self->query = g_strstrip (g_strdup (query != NULL ? query : ""));
  restart_search (self);
}

/**
 * kansio_search_page_open_first:
 *
 * Opens the first hit (Enter in the search entry).
 */
void
kansio_search_page_open_first (KansioSearchPage *self)
{
  g_return_if_fail (KANSIO_IS_SEARCH_PAGE (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0)
    open_position (self, 0);
  else
    /* Typed and Enter at once: the hits are still on their way. */
    self->open_when_loaded = self->loading;
}

/**
 * kansio_search_page_get_results:
 *
 * Returns: (transfer none): the hits loaded so far, of #KansioPerson
 */
GListModel *
kansio_search_page_get_results (KansioSearchPage *self)
{
  g_return_val_if_fail (KANSIO_IS_SEARCH_PAGE (self), NULL);
  return G_LIST_MODEL (self->results);
}

gboolean
kansio_search_page_get_loading (KansioSearchPage *self)
{
  g_return_val_if_fail (KANSIO_IS_SEARCH_PAGE (self), FALSE);
  return self->loading;
}

/**
 * kansio_search_page_get_query:
 *
 * Returns: (nullable): what is searched for, trimmed
 */
const char *
kansio_search_page_get_query (KansioSearchPage *self)
{
  g_return_val_if_fail (KANSIO_IS_SEARCH_PAGE (self), NULL);
  return self->query;
}
