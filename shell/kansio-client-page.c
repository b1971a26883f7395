/* kansio-client-page.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-client-page"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "kansio-area-row.h"
#include "kansio-client-actions.h"
#include "kansio-client-page.h"
#include "kansio-property-rows.h"
#include "kansio-new-letter-dialog.h"
#include "kansio-person-editor.h"
#include "kansio-relations-group.h"

/* One client: identity, contact and language, family, the cases the user
 * may see, and for auditors who has viewed the client. Everything comes
 * from the api, which logs the opening. */
struct _KansioClientPage
{
  AdwBin parent_instance;

  KansioContext *context;
  KansioPerson *person;
  gint64 person_id;
  char *identity_code;
  GArray *areas; /* KansioServiceArea, as in area_row */
  GCancellable *cancellable;
  GHashTable *rows;         /* group → GPtrArray of rows added to it */
  GHashTable *area_actions; /* what the plugins do with a client */
  gboolean focus_when_shown;

  GtkWidget *back_button;
  GtkScrolledWindow *person_scroller;
  GtkBox *start_box;

  GtkLabel *name_label;
  GtkWidget *edit_button;
  GtkStack *state_stack;
  AdwEntryRow *reason_row;
  AdwComboRow *area_row;
  AdwStatusPage *failed_page;
  AdwPreferencesGroup *identity_group;
  AdwPreferencesGroup *contact_group;
  AdwPreferencesGroup *family_group;
  AdwPreferencesGroup *cases_group;
  AdwPreferencesGroup *documents_group;
  AdwPreferencesGroup *views_group;
  GtkWidget *new_document_button;

  GListModel *cases;                       /* KansioClientCase, for a new letter's case */
  GListModel *templates;                   /* KansioLetterTemplate: letters the user may make */
  KansioLetterTemplates *letter_templates; /* lists them */
  GtkWindow *new_document_dialog;
};

G_DEFINE_FINAL_TYPE (KansioClientPage, kansio_client_page, ADW_TYPE_BIN)

enum
{
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load (KansioClientPage *self, const char *emergency_reason);

static void
clear_group (KansioClientPage *self, AdwPreferencesGroup *group)
{
  kansio_property_rows_clear (self->rows, group);
}

static void
add_row (KansioClientPage *self, AdwPreferencesGroup *group, const char *title, const char *value)
{
  kansio_property_rows_add (self->rows, group, title, value);
}

static const char *
language_name (const char *code)
{
  if (g_strcmp0 (code, "sv") == 0)
    return _ ("Swedish");
  if (g_strcmp0 (code, "fi") == 0)
    return _ ("Finnish");
  return code;
}

static void
show_person (KansioClientPage *self)
{
  KansioPerson *p = self->person;
  g_autofree char *name = kansio_person_dup_display_name (p);
  g_autofree char *code = NULL;
  g_autofree char *death = kansio_i18n_format_iso_date (
      kansio_person_get_field (p, KANSIO_PERSON_FIELD_DATE_OF_DEATH));

  gtk_label_set_label (self->name_label, name);
  clear_group (self, self->identity_group);
  clear_group (self, self->contact_group);

  code = kansio_person_get_is_temporary (p)
             ? g_strdup_printf (_ ("%s (temporary)"),
                                kansio_person_get_field (p, KANSIO_PERSON_FIELD_IDENTITY_CODE))
             : g_strdup (kansio_person_get_field (p, KANSIO_PERSON_FIELD_IDENTITY_CODE));
  add_row (self, self->identity_group, _ ("Identity code"), code);
  add_row (self, self->identity_group, _ ("Born"), kansio_person_get_birth_date (p));
  if (death != NULL)
    add_row (self, self->identity_group, _ ("Died"), death);

  add_row (self, self->contact_group, _ ("Language for correspondence"),
           language_name (kansio_person_get_field (p, KANSIO_PERSON_FIELD_LANGUAGE)));
  if (kansio_person_get_address_hidden (p))
    add_row (self, self->contact_group, _ ("Address"),
             _ ("Not disclosed (non-disclosure marking). Letters go through the office."));
  else
    {
      g_autofree char *address = g_strdup_printf (
          "%s\n%s %s", kansio_person_get_field (p, KANSIO_PERSON_FIELD_STREET_ADDRESS) ?: "",
          kansio_person_get_field (p, KANSIO_PERSON_FIELD_POSTAL_CODE) ?: "",
          kansio_person_get_field (p, KANSIO_PERSON_FIELD_POST_OFFICE) ?: "");
      add_row (self, self->contact_group, _ ("Address"), g_strstrip (address));
      add_row (self, self->contact_group, _ ("Home municipality"),
               kansio_person_get_field (p, KANSIO_PERSON_FIELD_HOME_MUNICIPALITY));
    }
  if (kansio_person_get_non_disclosure (p))
    add_row (self, self->contact_group, _ ("Non-disclosure"), _ ("The address is confidential."));
  add_row (self, self->contact_group, _ ("Phone"),
           kansio_person_get_field (p, KANSIO_PERSON_FIELD_PHONE));
  add_row (self, self->contact_group, _ ("E-mail"),
           kansio_person_get_field (p, KANSIO_PERSON_FIELD_EMAIL));

  gtk_stack_set_visible_child_name (self->state_stack, "person");
}

/* The relations group lists them, and records and ends them. */
static void
show_relations (KansioClientPage *self, GListModel *relations)
{
  kansio_relations_group_show (KANSIO_RELATIONS_GROUP (self->family_group), self->context,
                               self->person_id, relations);
}

static void
show_cases (KansioClientPage *self, GListModel *cases)
{
  clear_group (self, self->cases_group);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr (KansioClientCase) client_case = g_list_model_get_item (cases, i);
      g_autofree char *opened
          = kansio_i18n_format_iso_date (kansio_client_case_get_opened_on (client_case));
      g_autofree char *closed
          = kansio_i18n_format_iso_date (kansio_client_case_get_closed_on (client_case));
      const char *unit = kansio_client_case_get_unit_name (client_case);
      g_autofree char *value = closed != NULL
                                   ? g_strdup_printf (_ ("%s, %s – %s"), unit, opened, closed)
                                   : g_strdup_printf (_ ("%s, open since %s"), unit, opened);
      KansioServiceArea area;

      if (!kansio_service_area_from_id (kansio_client_case_get_area (client_case), &area))
        continue;
      kansio_property_rows_take (
          self->rows, self->cases_group,
          _kansio_client_actions_case_row (self->area_actions, area, self->person_id,
                                           kansio_service_area_get_name (area), value));
    }
}

static void
show_views (KansioClientPage *self, GListModel *viewings)
{
  clear_group (self, self->views_group);
  for (guint i = 0; i < g_list_model_get_n_items (viewings); i++)
    {
      g_autoptr (KansioClientViewing) viewing = g_list_model_get_item (viewings, i);
      gboolean emergency = kansio_client_viewing_get_emergency (viewing);
      g_autofree char *title
          = g_strdup_printf ("%s (%s)", kansio_client_viewing_get_full_name (viewing) ?: "",
                             kansio_client_viewing_get_login_role (viewing));
      g_autofree char *value
          = g_strdup_printf ("%s · %s%s%s", kansio_client_viewing_get_logged_at (viewing),
                             kansio_client_viewing_get_view (viewing), emergency ? " · " : "",
                             emergency ? _ ("emergency access") : "");
      add_row (self, self->views_group, title, value);
    }
}

static void
show_documents (KansioClientPage *self, GListModel *documents)
{
  clear_group (self, self->documents_group);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr (KansioClientDocument) document = g_list_model_get_item (documents, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *created
          = kansio_i18n_format_iso_date (kansio_client_document_get_created_at (document));
      const char *language = kansio_client_document_get_language (document);
      guint n_pages = (guint) kansio_client_document_get_page_count (document);
      g_autofree char *subtitle = g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%s · %s · %s · %u page", "%s · %s · %s · %u pages",
                       n_pages),
          created != NULL ? created : "", kansio_client_document_get_created_by (document) ?: "",
          g_strcmp0 (language, "sv") == 0 ? _ ("Swedish") : _ ("Finnish"), n_pages);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     kansio_client_document_get_title (document));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "client.open-document");
      gtk_actionable_set_action_target_value (
          GTK_ACTIONABLE (row), g_variant_new_int64 (kansio_client_document_get_id (document)));
      kansio_property_rows_take (self->rows, self->documents_group, row);
    }
  if (g_list_model_get_n_items (documents) == 0)
    add_row (self, self->documents_group, _ ("No documents yet"), NULL);
}

static void
show_cases_and_keep (KansioClientPage *self, GListModel *cases)
{
  g_set_object (&self->cases, cases);
  show_cases (self, cases);
}

/* One of the lists about the client: how to ask for it, and show it. */
typedef struct
{
  const char *what;
  void (*list_async) (KansioClientDirectory *self,
                      gint64 person_id,
                      GCancellable *cancellable,
                      GAsyncReadyCallback callback,
                      gpointer user_data);
  GListModel *(*list_finish) (KansioClientDirectory *self, GAsyncResult *result, GError **error);
  void (*show) (KansioClientPage *self, GListModel *list);
} ClientList;

static const ClientList relations_list
    = { "relations", kansio_client_directory_list_relations_async,
        kansio_client_directory_list_relations_finish, show_relations };
static const ClientList cases_list
    = { "cases", kansio_client_directory_list_cases_async,
        kansio_client_directory_list_cases_finish, show_cases_and_keep };
static const ClientList documents_list
    = { "documents", kansio_client_directory_list_documents_async,
        kansio_client_directory_list_documents_finish, show_documents };
static const ClientList views_list = { "views", kansio_client_directory_list_viewings_async,
                                       kansio_client_directory_list_viewings_finish, show_views };

typedef struct
{
  KansioClientPage *page;
  const ClientList *list;
} ListLoad;

static void
on_list_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  ListLoad *load = user_data;
  g_autoptr (KansioClientPage) self = load->page;
  const ClientList *list = load->list;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) items = NULL;

  g_free (load);
  items = list->list_finish (KANSIO_CLIENT_DIRECTORY (object), result, &error);
  if (items == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_message ("Could not load %s: %s", list->what, error->message);
      return;
    }
  list->show (self, items);
}

static void
load_list (KansioClientPage *self, const ClientList *list)
{
  ListLoad *load = g_new0 (ListLoad, 1);

  load->page = g_object_ref (self);
  load->list = list;
  list->list_async (kansio_context_get_clients (self->context), self->person_id, self->cancellable,
                    on_list_loaded_cb, load);
}

static void
on_opened_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioClientPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioPerson) person = NULL;
  KansioUser *user;

  person = kansio_client_directory_open_finish (KANSIO_CLIENT_DIRECTORY (object), result, &error);
  /* A stale answer (the page moved on, or the user logged out) changes nothing. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->context == NULL)
    return;
  g_set_object (&self->person, person);
  {
    KansioUser *me = kansio_context_get_user (self->context);
    /* The database lets handlers change a client (a reader only reads):
     * a reader is not offered the form, and is told why. */
    gboolean may_edit = me == NULL || kansio_user_has_role (me, "handler")
                        || kansio_user_has_role (me, "decision_maker");

    gtk_widget_set_sensitive (self->edit_button, self->person != NULL && may_edit);
    gtk_widget_set_tooltip_text (
        self->edit_button,
        may_edit ? NULL
                 : _ ("Only handlers may change a client’s details. Ask your main user for the "
                      "right."));
  }

  if (g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_PERMISSION_DENIED))
    {
      gtk_stack_set_visible_child_name (self->state_stack, "denied");
      gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));
      return;
    }
  if (self->person == NULL)
    {
      adw_status_page_set_description (self->failed_page, error->message);
      gtk_stack_set_visible_child_name (self->state_stack, "failed");
      return;
    }

  show_person (self);
  _kansio_client_actions_fill_box (self->area_actions, self->start_box, self->person_id);
  /* Still where the opening put it: on to the first thing to do. */
  if (self->focus_when_shown && gtk_widget_has_focus (self->back_button))
    gtk_widget_grab_focus (self->edit_button);
  self->focus_when_shown = FALSE;
  load_list (self, &relations_list);
  load_list (self, &cases_list);
  load_list (self, &documents_list);

  user = kansio_context_get_user (self->context);
  gtk_widget_set_visible (GTK_WIDGET (self->views_group),
                          user != NULL && kansio_user_has_role (user, "auditor"));
  if (user != NULL && kansio_user_has_role (user, "auditor"))
    load_list (self, &views_list);
}

static void
load (KansioClientPage *self, const char *emergency_reason)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  gtk_stack_set_visible_child_name (self->state_stack, "loading");
  kansio_client_directory_open_async (kansio_context_get_clients (self->context), self->person_id,
                                      emergency_reason, self->cancellable, on_opened_cb,
                                      g_object_ref (self));
}

/* The areas in which the user could start a case, for the denied page. */
static void
fill_areas (KansioClientPage *self)
{
  KansioUser *user = kansio_context_get_user (self->context);

  g_clear_pointer (&self->areas, g_array_unref);
  self->areas = user != NULL ? kansio_user_get_client_areas (user)
                             : g_array_new (FALSE, FALSE, sizeof (KansioServiceArea));
  _kansio_area_row_set_areas (self->area_row, self->areas);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), _ ("Reason"));
}

static void
on_person_saved_cb (KansioClientPage *self)
{
  if (self->context == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s",
                              _ ("The client’s details were saved"));
  load (self, NULL);
}

static void
kansio_client_page_edit_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioClientPage *self = KANSIO_CLIENT_PAGE (widget);
  KansioPersonEditor *editor;

  if (self->person == NULL || !gtk_widget_get_sensitive (self->edit_button))
    return;
  editor = kansio_person_editor_new_for_edit (self->context, self->person);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_person_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
kansio_client_page_open_emergency_action (GtkWidget *widget,
                                          const char *action_name,
                                          GVariant *parameter)
{
  KansioClientPage *self = KANSIO_CLIENT_PAGE (widget);
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_row));

  load (self, reason);
}

static void
on_case_opened_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioClientPage) self = user_data;
  g_autoptr (GError) error = NULL;

  if (kansio_client_directory_open_case_finish (KANSIO_CLIENT_DIRECTORY (object), result, &error)
      == 0)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), error->message);
      return;
    }
  load (self, NULL);
}

/* Starting a case makes the person one's client, the ordinary way in. */
static void
kansio_client_page_start_case_action (GtkWidget *widget,
                                      const char *action_name,
                                      GVariant *parameter)
{
  KansioClientPage *self = KANSIO_CLIENT_PAGE (widget);
  KansioUser *user = kansio_context_get_user (self->context);
  guint selected = adw_combo_row_get_selected (self->area_row);

  if (user == NULL || self->identity_code == NULL || selected >= self->areas->len)
    return;
  kansio_client_directory_open_case_async (
      kansio_context_get_clients (self->context), self->identity_code,
      g_array_index (self->areas, KansioServiceArea, selected), kansio_user_get_unit_id (user),
      gtk_editable_get_text (GTK_EDITABLE (self->reason_row)), self->cancellable, on_case_opened_cb,
      g_object_ref (self));
}

static void
show_error (KansioClientPage *self, const char *heading, const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A refusal says the database's reason too, in the user's language. */
static void
show_database_error (KansioClientPage *self, const char *heading, const GError *error)
{
  g_autofree char *message = kansio_database_error_dup_text (error);

  show_error (self, heading, message);
}

static void
on_document_stored_cb (KansioClientPage *self)
{
  if (self->context != NULL && self->person_id != 0)
    load_list (self, &documents_list);
}

static void
present_document (KansioClientPage *self, KansioDocument *document)
{
  g_autofree char *recipient = kansio_person_dup_display_name (self->person);
  KansioDocumentWindow *window = kansio_document_window_new (
      kansio_context_get_documents (self->context), document, recipient,
      /* The party's own decision or letter: notice under the act. */
      "hallintolaki 434/2003 54 §");

  gtk_window_set_transient_for (GTK_WINDOW (window),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (window, "stored", G_CALLBACK (on_document_stored_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_document_opened_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioClientPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document
      = kansio_document_composer_open_finish (KANSIO_DOCUMENT_COMPOSER (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->context == NULL)
    return;
  if (document == NULL)
    show_database_error (self, _ ("The document could not be opened"), error);
  else
    present_document (self, document);
}

static void
kansio_client_page_open_document_action (GtkWidget *widget,
                                         const char *action_name,
                                         GVariant *parameter)
{
  KansioClientPage *self = KANSIO_CLIENT_PAGE (widget);

  kansio_document_composer_open_async (kansio_context_get_documents (self->context),
                                       g_variant_get_int64 (parameter), self->cancellable,
                                       on_document_opened_cb, g_object_ref (self));
}

static void
on_document_composed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioClientPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) document
      = kansio_document_composer_compose_finish (KANSIO_DOCUMENT_COMPOSER (object), result, &error);

  gtk_widget_set_sensitive (self->new_document_button, TRUE);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->context == NULL)
    return;
  if (document == NULL)
    show_database_error (self, _ ("The letter could not be made"), error);
  else
    present_document (self, document);
}

static void
on_new_document_response_cb (KansioNewLetterDialog *dialog,
                             const char *response,
                             gpointer user_data)
{
  KansioClientPage *self = user_data;
  g_autoptr (KansioLetterTemplate) template = NULL;
  g_autoptr (KansioClientCase) client_case = NULL;
  const char *template_area;

  self->new_document_dialog = NULL;
  if (!g_str_equal (response, "make"))
    return;
  template = kansio_new_letter_dialog_dup_template (dialog);
  client_case = kansio_new_letter_dialog_dup_case (dialog);
  if (template == NULL || client_case == NULL)
    return;
  template_area = kansio_letter_template_get_area (template);
  if (template_area != NULL
      && g_strcmp0 (template_area, kansio_client_case_get_area (client_case)) != 0)
    {
      show_error (self, _ ("The letter could not be made"),
                  _ ("This template belongs to another service area than the case."));
      return;
    }
  gtk_widget_set_sensitive (self->new_document_button, FALSE);
  kansio_document_composer_compose_async (
      kansio_context_get_documents (self->context), kansio_letter_template_get_name (template),
      self->person_id, kansio_client_case_get_id (client_case),
      kansio_new_letter_dialog_get_language (dialog), NULL, self->cancellable,
      on_document_composed_cb, g_object_ref (self));
}

static void
ask_new_document (KansioClientPage *self)
{
  KansioNewLetterDialog *dialog = kansio_new_letter_dialog_new (
      GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->templates, self->cases,
      kansio_person_get_field (self->person, KANSIO_PERSON_FIELD_LANGUAGE));

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_document_response_cb), self, 0);
  self->new_document_dialog = GTK_WINDOW (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_templates_listed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioClientPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) templates
      = kansio_letter_templates_list_finish (KANSIO_LETTER_TEMPLATES (object), result, &error);

  gtk_widget_set_sensitive (self->new_document_button, TRUE);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->context == NULL)
    return;
  if (templates == NULL)
    {
      show_database_error (self, _ ("The templates could not be listed"), error);
      return;
    }
  g_set_object (&self->templates, templates);
  ask_new_document (self);
}

static void
kansio_client_page_new_document_action (GtkWidget *widget,
                                        const char *action_name,
                                        GVariant *parameter)
{
  KansioClientPage *self = KANSIO_CLIENT_PAGE (widget);

  if (self->person == NULL)
    return;
  gtk_widget_set_sensitive (self->new_document_button, FALSE);
  if (self->letter_templates == NULL)
    self->letter_templates
        = kansio_letter_templates_new (kansio_context_get_database (self->context));
  kansio_letter_templates_list_async (self->letter_templates, self->cancellable,
                                      on_templates_listed_cb, g_object_ref (self));
}

static void
kansio_client_page_back_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  g_signal_emit (widget, signals[BACK], 0);
}

static void
kansio_client_page_dispose (GObject *object)
{
  KansioClientPage *self = (KansioClientPage *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->person);
  g_clear_object (&self->context);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->area_actions, g_hash_table_unref);
  g_clear_pointer (&self->identity_code, g_free);
  g_clear_pointer (&self->areas, g_array_unref);
  g_clear_object (&self->cases);
  g_clear_object (&self->templates);
  g_clear_object (&self->letter_templates);

  gtk_widget_dispose_template (GTK_WIDGET (self), KANSIO_TYPE_CLIENT_PAGE);

  G_OBJECT_CLASS (kansio_client_page_parent_class)->dispose (object);
}

static void
kansio_client_page_class_init (KansioClientPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kansio_client_page_dispose;

  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                NULL, G_TYPE_NONE, 0);

  g_type_ensure (KANSIO_TYPE_RELATIONS_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/kansio-client-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, state_stack);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, reason_row);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, area_row);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, failed_page);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, identity_group);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, contact_group);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, family_group);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, cases_group);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, views_group);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, documents_group);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, new_document_button);

  gtk_widget_class_install_action (widget_class, "client.edit", NULL,
                                   kansio_client_page_edit_action);
  gtk_widget_class_install_action (widget_class, "client.open-emergency", NULL,
                                   kansio_client_page_open_emergency_action);
  gtk_widget_class_install_action (widget_class, "client.back", NULL,
                                   kansio_client_page_back_action);
  gtk_widget_class_install_action (widget_class, "client.start-case", NULL,
                                   kansio_client_page_start_case_action);
  gtk_widget_class_install_action (widget_class, "client.new-document", NULL,
                                   kansio_client_page_new_document_action);
  gtk_widget_class_install_action (widget_class, "client.open-document", "x",
                                   kansio_client_page_open_document_action);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, person_scroller);
  gtk_widget_class_bind_template_child (widget_class, KansioClientPage, start_box);
}

static void
add_shortcut (GtkEventController *controller, guint key, GdkModifierType mods, const char *action)
{
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (key, mods), gtk_named_action_new (action)));
}

static void
kansio_client_page_init (KansioClientPage *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  self->rows = kansio_property_rows_new ();
  self->area_actions = _kansio_client_actions_new ();
  self->areas = g_array_new (FALSE, FALSE, sizeof (KansioServiceArea));
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Wherever the focus is in the window while the page is shown (the
   * search entry, the sidebar); the focused widget gets its keys first. */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  add_shortcut (shortcuts, GDK_KEY_Left, GDK_ALT_MASK, "client.back");
  add_shortcut (shortcuts, GDK_KEY_e, GDK_CONTROL_MASK, "client.edit");
  add_shortcut (shortcuts, GDK_KEY_l, GDK_CONTROL_MASK, "client.new-document");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

void
kansio_client_page_set_context (KansioClientPage *self, KansioContext *context)
{
  g_return_if_fail (KANSIO_IS_CLIENT_PAGE (self));

  /* Another user (or none): forget the client shown, and what was asked. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->person);
  clear_group (self, self->identity_group);
  clear_group (self, self->contact_group);
  kansio_relations_group_clear (KANSIO_RELATIONS_GROUP (self->family_group));
  clear_group (self, self->cases_group);
  clear_group (self, self->documents_group);
  clear_group (self, self->views_group);
  g_clear_object (&self->cases);
  g_clear_object (&self->templates);
  g_clear_object (&self->letter_templates);
  if (self->new_document_dialog != NULL)
    gtk_window_destroy (g_steal_pointer (&self->new_document_dialog));
  gtk_label_set_label (self->name_label, "");
  gtk_stack_set_visible_child_name (self->state_stack, "loading");
  g_hash_table_remove_all (self->area_actions);
  g_set_object (&self->context, context);
}

/**
 * kansio_client_page_open:
 *
 * Opens the client, or offers emergency access if the user has no case.
 */
void
kansio_client_page_open (KansioClientPage *self, gint64 person_id, const char *identity_code)
{
  g_return_if_fail (KANSIO_IS_CLIENT_PAGE (self));
  g_return_if_fail (self->context != NULL);

  self->person_id = person_id;
  g_free (self->identity_code);
  self->identity_code = g_strdup (identity_code);
  fill_areas (self);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), "");
  gtk_label_set_label (self->name_label, "");
  /* Another client starts at the top of the page. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->person_scroller), 0);
  self->focus_when_shown = FALSE;
  load (self, NULL);
}

/**
 * kansio_client_page_focus:
 *
 * Moves the keyboard focus to the page: its back button at once, and the
 * Edit button once the client is shown, if the focus is still there.
 */
void
kansio_client_page_focus (KansioClientPage *self)
{
  g_return_if_fail (KANSIO_IS_CLIENT_PAGE (self));

  gtk_widget_grab_focus (self->back_button);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->state_stack), "person") == 0)
    gtk_widget_grab_focus (self->edit_button);
  else
    self->focus_when_shown = TRUE;
}

/**
 * kansio_client_page_add_area_actions:
 * @group: (nullable): the plugin's actions
 *
 * Offers what the plugin of @area does with a client (see
 * kansio-client-actions.h), from the next client opened.
 */
void
kansio_client_page_add_area_actions (KansioClientPage *self,
                                     KansioServiceArea area,
                                     const char *plugin_id,
                                     GActionGroup *group)
{
  g_return_if_fail (KANSIO_IS_CLIENT_PAGE (self));

  _kansio_client_actions_add (self->area_actions, area, plugin_id, group);
}

/**
 * kansio_client_page_get_scroll_position:
 *
 * Returns: how far down the client's details are scrolled, in pixels
 */
double
kansio_client_page_get_scroll_position (KansioClientPage *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_PAGE (self), 0);
  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->person_scroller));
}

/**
 * kansio_client_page_get_person:
 *
 * Returns: (transfer none) (nullable): the client shown
 */
KansioPerson *
kansio_client_page_get_person (KansioClientPage *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_PAGE (self), NULL);
  return self->person;
}

/**
 * kansio_client_page_get_state:
 *
 * Returns: "loading", "denied", "failed" or "person"
 */
const char *
kansio_client_page_get_state (KansioClientPage *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->state_stack);
}

/**
 * kansio_client_page_count_rows:
 * @group: "identity", "contact", "family", "cases" or "views"
 *
 * Returns: how many rows the group shows (for tests)
 */
guint
kansio_client_page_count_rows (KansioClientPage *self, const char *group)
{
  AdwPreferencesGroup *groups[]
      = { self->identity_group, self->contact_group, self->family_group,
          self->cases_group,    self->views_group,   self->documents_group };
  const char *names[] = { "identity", "contact", "family", "cases", "views", "documents" };

  if (g_str_equal (group, "family"))
    return kansio_relations_group_get_n_rows (KANSIO_RELATIONS_GROUP (self->family_group));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (group, names[i]))
      return kansio_property_rows_count (self->rows, groups[i]);
  g_return_val_if_reached (0);
}
