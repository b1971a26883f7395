/* kansio-person-editor.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-person-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-area-row.h"
#include "kansio-person-editor.h"

/* Creates or edits a client. Mistakes are shown at the field, first as
 * typed (the same rules as the database), then as the database answers;
 * nothing typed is lost when a save fails, a concurrent edit included. */
struct _KansioPersonEditor
{
  AdwWindow parent_instance;

  KansioContext *context;
  KansioPerson *draft;
  GCancellable *cancellable;
  gboolean creating;
  gboolean similar_confirmed;
  GArray *areas; /* KansioServiceArea, as in area_row */
  char *field_errors[KANSIO_PERSON_N_FIELDS];
  char *message;
  char *as_filled; /* the form as it was opened, to tell whether anything was typed */
  gboolean discard_confirmed;

  AdwWindowTitle *window_title;
  GtkWidget *save_button;
  GtkWidget *message_box;
  GtkLabel *message_label;
  GtkWidget *confirm_button;
  AdwEntryRow *identity_code_row;
  AdwEntryRow *first_names_row;
  AdwEntryRow *surname_row;
  AdwComboRow *area_row;
  AdwComboRow *language_row;
  AdwEntryRow *street_address_row;
  AdwEntryRow *postal_code_row;
  AdwEntryRow *post_office_row;
  AdwEntryRow *home_municipality_row;
  AdwEntryRow *phone_row;
  AdwEntryRow *email_row;
  GtkSwitch *non_disclosure_switch;
};

G_DEFINE_FINAL_TYPE (KansioPersonEditor, kansio_person_editor, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static AdwEntryRow *
row_for (KansioPersonEditor *self, KansioPersonField field)
{
  switch (field)
    {
    case KANSIO_PERSON_FIELD_IDENTITY_CODE:
      return self->identity_code_row;
    case KANSIO_PERSON_FIELD_FIRST_NAMES:
      return self->first_names_row;
    case KANSIO_PERSON_FIELD_SURNAME:
      return self->surname_row;
    case KANSIO_PERSON_FIELD_HOME_MUNICIPALITY:
      return self->home_municipality_row;
    case KANSIO_PERSON_FIELD_STREET_ADDRESS:
      return self->street_address_row;
    case KANSIO_PERSON_FIELD_POSTAL_CODE:
      return self->postal_code_row;
    case KANSIO_PERSON_FIELD_POST_OFFICE:
      return self->post_office_row;
    case KANSIO_PERSON_FIELD_PHONE:
      return self->phone_row;
    case KANSIO_PERSON_FIELD_EMAIL:
      return self->email_row;
    case KANSIO_PERSON_FIELD_LANGUAGE:
    case KANSIO_PERSON_FIELD_DATE_OF_DEATH:
    case KANSIO_PERSON_N_FIELDS:
    default:
      return NULL;
    }
}

static const char *
field_label (KansioPersonField field)
{
  switch (field)
    {
    case KANSIO_PERSON_FIELD_IDENTITY_CODE:
      return _ ("Identity code");
    case KANSIO_PERSON_FIELD_FIRST_NAMES:
      return _ ("First names");
    case KANSIO_PERSON_FIELD_SURNAME:
      return _ ("Surname");
    case KANSIO_PERSON_FIELD_HOME_MUNICIPALITY:
      return _ ("Home municipality");
    case KANSIO_PERSON_FIELD_STREET_ADDRESS:
      return _ ("Street address");
    case KANSIO_PERSON_FIELD_POSTAL_CODE:
      return _ ("Postal code");
    case KANSIO_PERSON_FIELD_POST_OFFICE:
      return _ ("Post office");
    case KANSIO_PERSON_FIELD_PHONE:
      return _ ("Phone");
    case KANSIO_PERSON_FIELD_EMAIL:
      return _ ("E-mail");
    case KANSIO_PERSON_FIELD_LANGUAGE:
    case KANSIO_PERSON_FIELD_DATE_OF_DEATH:
    case KANSIO_PERSON_N_FIELDS:
    default:
      return "";
    }
}

/* The message goes into the field's own title, so it stands where the
 * mistake is, and a screen reader reads it with the field. */
static void
set_field_error (KansioPersonEditor *self, KansioPersonField field, const char *error)
{
  AdwEntryRow *row = row_for (self, field);
  g_autofree char *title = NULL;

  g_free (self->field_errors[field]);
  self->field_errors[field] = g_strdup (error);
  if (row == NULL)
    return;

  title = error != NULL ? g_strdup_printf ("%s — %s", field_label (field), error)
                        : g_strdup (field_label (field));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
set_message (KansioPersonEditor *self, const char *message, gboolean offer_confirm)
{
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->message_box, message != NULL);
  gtk_widget_set_visible (self->confirm_button, offer_confirm);
}

static gboolean
matches (const char *pattern, const char *text)
{
  return g_regex_match_simple (pattern, text, 0, 0);
}

/* The same rules as kansio.check_person_fields, so most mistakes never
 * reach the server. */
static gboolean
check_fields (KansioPersonEditor *self)
{
  KansioPerson *p = self->draft;
  const char *text;
  gboolean ok = TRUE;

  if (self->creating)
    {
      g_autoptr (GError) error = NULL;

      if (!kansio_validate_identity_code (
              kansio_person_get_field (p, KANSIO_PERSON_FIELD_IDENTITY_CODE),
              KANSIO_IDENTITY_CODE_ALLOW_TEMPORARY, NULL, NULL, &error))
        {
          set_field_error (self, KANSIO_PERSON_FIELD_IDENTITY_CODE, error->message);
          ok = FALSE;
        }
    }
  if (kansio_person_get_field (p, KANSIO_PERSON_FIELD_FIRST_NAMES) == NULL)
    {
      set_field_error (self, KANSIO_PERSON_FIELD_FIRST_NAMES, _ ("Required."));
      ok = FALSE;
    }
  if (kansio_person_get_field (p, KANSIO_PERSON_FIELD_SURNAME) == NULL)
    {
      set_field_error (self, KANSIO_PERSON_FIELD_SURNAME, _ ("Required."));
      ok = FALSE;
    }
  if ((text = kansio_person_get_field (p, KANSIO_PERSON_FIELD_POSTAL_CODE)) != NULL
      && !matches ("^[0-9]{5}$", text))
    {
      set_field_error (self, KANSIO_PERSON_FIELD_POSTAL_CODE, _ ("A postal code has five digits."));
      ok = FALSE;
    }
  if ((text = kansio_person_get_field (p, KANSIO_PERSON_FIELD_PHONE)) != NULL
      && !matches ("^\\+?[0-9 ()-]{5,20}$", text))
    {
      set_field_error (
          self, KANSIO_PERSON_FIELD_PHONE,
          _ ("Digits only, with an optional + in front, for example +358 40 123 4567."));
      ok = FALSE;
    }
  if ((text = kansio_person_get_field (p, KANSIO_PERSON_FIELD_EMAIL)) != NULL
      && !matches ("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", text))
    {
      set_field_error (self, KANSIO_PERSON_FIELD_EMAIL, _ ("This is not an e-mail address."));
      ok = FALSE;
    }
  return ok;
}

static void
read_form (KansioPersonEditor *self)
{
  for (guint i = 0; i < KANSIO_PERSON_N_FIELDS; i++)
    {
      AdwEntryRow *row = row_for (self, i);

      set_field_error (self, i, NULL);
      if (row != NULL)
        kansio_person_set_field (self->draft, i, gtk_editable_get_text (GTK_EDITABLE (row)));
    }
  kansio_person_set_field (self->draft, KANSIO_PERSON_FIELD_LANGUAGE,
                           adw_combo_row_get_selected (self->language_row) == 1 ? "sv" : "fi");
  kansio_person_set_non_disclosure (self->draft,
                                    gtk_switch_get_active (self->non_disclosure_switch));
}

/* Everything the form holds, as one string to compare. */
static char *
form_text (KansioPersonEditor *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < KANSIO_PERSON_N_FIELDS; i++)
    {
      AdwEntryRow *row = row_for (self, i);
      if (row != NULL)
        g_string_append_printf (text, "%s\x1f", gtk_editable_get_text (GTK_EDITABLE (row)));
    }
  g_string_append_printf (text, "%u%d", adw_combo_row_get_selected (self->language_row),
                          gtk_switch_get_active (self->non_disclosure_switch));
  return g_string_free (text, FALSE);
}

static void
remember_form (KansioPersonEditor *self)
{
  g_free (self->as_filled);
  self->as_filled = form_text (self);
}

static void
on_discard_response_cb (AdwMessageDialog *dialog, const char *response, KansioPersonEditor *self)
{
  if (!g_str_equal (response, "discard"))
    return;
  self->discard_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* Escape or the close button: what was typed is not thrown away without
 * asking. */
static gboolean
kansio_person_editor_close_request (GtkWindow *window)
{
  KansioPersonEditor *self = KANSIO_PERSON_EDITOR (window);
  g_autofree char *now = NULL;
  GtkWidget *dialog;

  if (self->discard_confirmed || self->as_filled == NULL)
    return GTK_WINDOW_CLASS (kansio_person_editor_parent_class)->close_request (window);
  now = form_text (self);
  if (g_str_equal (now, self->as_filled))
    return GTK_WINDOW_CLASS (kansio_person_editor_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window, _ ("Discard Changes?"),
                                   _ ("What you typed in this form has not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _ ("_Keep Editing"),
                                    "discard", _ ("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
fill_form (KansioPersonEditor *self)
{
  for (guint i = 0; i < KANSIO_PERSON_N_FIELDS; i++)
    {
      AdwEntryRow *row = row_for (self, i);
      if (row != NULL)
        gtk_editable_set_text (GTK_EDITABLE (row), kansio_person_get_field (self->draft, i) ?: "");
    }
  adw_combo_row_set_selected (
      self->language_row,
      g_strcmp0 (kansio_person_get_field (self->draft, KANSIO_PERSON_FIELD_LANGUAGE), "sv") == 0);
  gtk_switch_set_active (self->non_disclosure_switch,
                         kansio_person_get_non_disclosure (self->draft));
}

static gboolean
show_field_error_from_server (KansioPersonEditor *self, const GError *error)
{
  const char *column = kansio_database_error_get_column (error);

  for (guint i = 0; column != NULL && i < KANSIO_PERSON_N_FIELDS; i++)
    if (g_str_equal (column, kansio_person_field_get_column (i)) && row_for (self, i) != NULL)
      {
        set_field_error (self, i, kansio_database_error_get_reason (error));
        return TRUE;
      }
  return FALSE;
}

static void
on_similar_found_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioPersonEditor) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) people = NULL;
  g_autoptr (GString) text = g_string_new (self->message);

  people = kansio_client_directory_find_similar_finish (KANSIO_CLIENT_DIRECTORY (object), result,
                                                        &error);
  if (people == NULL)
    return;

  for (guint i = 0; i < people->len; i++)
    {
      KansioPerson *person = g_ptr_array_index (people, i);
      g_autofree char *name = kansio_person_dup_display_name (person);

      g_string_append_printf (text, "\n• %s, %s", name,
                              kansio_person_get_field (person, KANSIO_PERSON_FIELD_IDENTITY_CODE));
    }
  set_message (self, text->str, TRUE);
}

/* Who the new person might already be: listed under the warning, so the
 * user can tell before creating a second record. */
static void
list_similar (KansioPersonEditor *self)
{
  const char *code = kansio_person_get_field (self->draft, KANSIO_PERSON_FIELD_IDENTITY_CODE);
  char iso[16];
  GDate date;

  g_date_clear (&date, 1);
  if (!kansio_validate_identity_code (code, KANSIO_IDENTITY_CODE_ALLOW_TEMPORARY, &date, NULL,
                                      NULL))
    return;
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &date);
  kansio_client_directory_find_similar_async (
      kansio_context_get_clients (self->context),
      kansio_person_get_field (self->draft, KANSIO_PERSON_FIELD_FIRST_NAMES),
      kansio_person_get_field (self->draft, KANSIO_PERSON_FIELD_SURNAME), iso, self->cancellable,
      on_similar_found_cb, g_object_ref (self));
}

static void
finish_save (KansioPersonEditor *self, GError *error)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", TRUE);

  if (g_error_matches (error, KANSIO_DATABASE_ERROR, KANSIO_DATABASE_ERROR_SIMILAR_EXISTS))
    {
      set_message (self, error->message, TRUE);
      list_similar (self);
    }
  else if (!show_field_error_from_server (self, error))
    set_message (self, error->message, FALSE);
}

static void
on_saved_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioPersonEditor) self = user_data;
  g_autoptr (GError) error = NULL;
  int version
      = kansio_client_directory_save_finish (KANSIO_CLIENT_DIRECTORY (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (version == 0)
    {
      finish_save (self, error);
      return;
    }
  kansio_person_set_row_version (self->draft, version);
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_created_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioPersonEditor) self = user_data;
  g_autoptr (GError) error = NULL;
  gint64 id
      = kansio_client_directory_create_finish (KANSIO_CLIENT_DIRECTORY (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (id == 0)
    {
      finish_save (self, error);
      return;
    }
  g_signal_emit (self, signals[CREATED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
kansio_person_editor_save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  kansio_person_editor_save (KANSIO_PERSON_EDITOR (widget));
}

static void
kansio_person_editor_confirm_similar_action (GtkWidget *widget,
                                             const char *action_name,
                                             GVariant *parameter)
{
  KansioPersonEditor *self = KANSIO_PERSON_EDITOR (widget);

  self->similar_confirmed = TRUE;
  kansio_person_editor_save (self);
}

static void
kansio_person_editor_dispose (GObject *object)
{
  KansioPersonEditor *self = (KansioPersonEditor *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->draft);
  g_clear_pointer (&self->areas, g_array_unref);
  for (guint i = 0; i < KANSIO_PERSON_N_FIELDS; i++)
    g_clear_pointer (&self->field_errors[i], g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->as_filled, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), KANSIO_TYPE_PERSON_EDITOR);

  G_OBJECT_CLASS (kansio_person_editor_parent_class)->dispose (object);
}

static void
kansio_person_editor_class_init (KansioPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kansio_person_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/kansio-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, message_box);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, message_label);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, identity_code_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, first_names_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, surname_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, area_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, language_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, street_address_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, postal_code_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, post_office_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, home_municipality_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, KansioPersonEditor, non_disclosure_switch);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL,
                                   kansio_person_editor_save_action);
  gtk_widget_class_install_action (widget_class, "editor.confirm-similar", NULL,
                                   kansio_person_editor_confirm_similar_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  GTK_WINDOW_CLASS (klass)->close_request = kansio_person_editor_close_request;
}

static void
kansio_person_editor_init (KansioPersonEditor *self)
{
  self->cancellable = g_cancellable_new ();
  self->areas = g_array_new (FALSE, FALSE, sizeof (KansioServiceArea));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kansio_person_editor_new_for_edit:
 * @person: the opened client; the editor works on a copy
 *
 * Returns: (transfer full): an editor; "saved" is emitted on success
 */
KansioPersonEditor *
kansio_person_editor_new_for_edit (KansioContext *context, KansioPerson *person)
{
  KansioPersonEditor *self = g_object_new (KANSIO_TYPE_PERSON_EDITOR, NULL);
  g_autofree char *name = kansio_person_dup_display_name (person);

  self->context = g_object_ref (context);
  self->draft = kansio_person_copy (person);
  adw_window_title_set_title (self->window_title, _ ("Edit Client"));
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_widget_set_visible (GTK_WIDGET (self->identity_code_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->area_row), FALSE);
  fill_form (self);
  remember_form (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->first_names_row));
  return self;
}

/**
 * kansio_person_editor_new_for_create:
 *
 * A new client, with a case in one of the user's areas in the user's unit.
 *
 * Returns: (transfer full): an editor; "created" is emitted with the id
 */
KansioPersonEditor *
kansio_person_editor_new_for_create (KansioContext *context)
{
  KansioPersonEditor *self = g_object_new (KANSIO_TYPE_PERSON_EDITOR, NULL);
  KansioUser *user = kansio_context_get_user (context);

  self->context = g_object_ref (context);
  self->draft = kansio_person_new ();
  self->creating = TRUE;
  adw_window_title_set_title (self->window_title, _ ("New Client"));

  if (user != NULL)
    {
      g_array_unref (self->areas);
      self->areas = kansio_user_get_client_areas (user);
    }
  _kansio_area_row_set_areas (self->area_row, self->areas);
  fill_form (self);
  remember_form (self);
  /* Straight to typing: the identity code comes first. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->identity_code_row));
  return self;
}

void
kansio_person_editor_set_text (KansioPersonEditor *self, KansioPersonField field, const char *text)
{
  AdwEntryRow *row = row_for (self, field);

  g_return_if_fail (row != NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/**
 * kansio_person_editor_get_field_error:
 *
 * Returns: (nullable): the message shown at @field
 */
const char *
kansio_person_editor_get_field_error (KansioPersonEditor *self, KansioPersonField field)
{
  g_return_val_if_fail (KANSIO_IS_PERSON_EDITOR (self), NULL);
  return self->field_errors[field];
}

/**
 * kansio_person_editor_get_message:
 *
 * Returns: (nullable): the message above the form
 */
const char *
kansio_person_editor_get_message (KansioPersonEditor *self)
{
  g_return_val_if_fail (KANSIO_IS_PERSON_EDITOR (self), NULL);
  return self->message;
}

/**
 * kansio_person_editor_save:
 *
 * Checks the form and saves it; the window closes when the database has it.
 */
void
kansio_person_editor_save (KansioPersonEditor *self)
{
  KansioClientDirectory *clients;

  g_return_if_fail (KANSIO_IS_PERSON_EDITOR (self));

  if (!gtk_widget_is_sensitive (self->save_button))
    return;

  set_message (self, NULL, FALSE);
  read_form (self);
  if (!check_fields (self))
    return;

  clients = kansio_context_get_clients (self->context);
  /* One save at a time: the button and Ctrl+S alike. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
  if (!self->creating)
    {
      kansio_client_directory_save_async (clients, self->draft, self->cancellable, on_saved_cb,
                                          g_object_ref (self));
      return;
    }

  if (self->areas->len == 0)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", TRUE);
      set_message (self, _ ("You have no area in which to open a case."), FALSE);
      return;
    }
  kansio_client_directory_create_async (
      clients, self->draft,
      g_array_index (self->areas, KansioServiceArea, adw_combo_row_get_selected (self->area_row)),
      kansio_user_get_unit_id (kansio_context_get_user (self->context)), self->similar_confirmed,
      self->cancellable, on_created_cb, g_object_ref (self));
}
