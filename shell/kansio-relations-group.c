/* kansio-relations-group.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-relations-group"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-relation-dialog.h"
#include "kansio-relations-group.h"

/* The client page's family and household relations: who, which kind,
 * where they live and since when, with "Add Relation" and "End" for a
 * user who may change the client's data (the database decides:
 * api.relation_add, api.relation_end), insensitive with the reason for
 * others. Recorded here, relations build the household of each new
 * income-support application (DOMAIN.md 2.2), so it need not be written
 * again each time. A change is told in a toast and the list read again. */
struct _KansioRelationsGroup
{
  AdwPreferencesGroup parent_instance;

  KansioContext *context;
  gint64 person_id;
  GListModel *relations; /* KansioClientRelation, as shown */
  GPtrArray *rows;       /* the rows added to the group */
  GCancellable *cancellable;

  GtkWidget *add_button;
};

G_DEFINE_FINAL_TYPE (KansioRelationsGroup, kansio_relations_group, ADW_TYPE_PREFERENCES_GROUP)

static const char *
relation_title (const char *kind, const char *direction)
{
  gboolean outgoing = g_strcmp0 (direction, "to") == 0;

  if (g_strcmp0 (kind, "spouse") == 0)
    return _ ("Spouse or partner");
  if (g_strcmp0 (kind, "household") == 0)
    return _ ("Household member");
  if (g_strcmp0 (kind, "parent") == 0)
    return outgoing ? _ ("Child") : _ ("Parent");
  return outgoing ? _ ("Child (in their care)") : _ ("Guardian");
}

static const char *
residence_text (const char *residence)
{
  if (g_strcmp0 (residence, "apart") == 0)
    return _ ("lives elsewhere");
  if (g_strcmp0 (residence, "alternating") == 0)
    return _ ("alternating residence");
  return _ ("lives in the same home");
}

static gboolean
may_edit (KansioRelationsGroup *self)
{
  KansioUser *user = self->context != NULL ? kansio_context_get_user (self->context) : NULL;

  return user != NULL && self->person_id != 0
         && (kansio_user_has_role (user, "handler")
             || kansio_user_has_role (user, "decision_maker"));
}

static const char *
no_edit_reason (void)
{
  return _ ("Only a handler of the client’s case may change the client’s relations");
}

static void
remove_rows (KansioRelationsGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
add_row (KansioRelationsGroup *self, GtkWidget *row)
{
  g_ptr_array_add (self->rows, row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
}

static GtkWidget *
relation_row (KansioRelationsGroup *self, KansioClientRelation *relation, gboolean editable)
{
  g_autofree char *born
      = kansio_i18n_format_iso_date (kansio_client_relation_get_related_birth_date (relation));
  g_autofree char *since
      = kansio_i18n_format_iso_date (kansio_client_relation_get_valid_from (relation));
  g_autofree char *until
      = kansio_i18n_format_iso_date (kansio_client_relation_get_valid_until (relation));
  g_autofree char *name
      = g_strdup_printf ("%s, %s (%s)", kansio_client_relation_get_related_surname (relation),
                         kansio_client_relation_get_related_first_names (relation), born);
  g_autofree char *period = until != NULL ? g_strdup_printf ("%s – %s", since, until)
                                          /* Translators: %s is a date */
                                          : g_strdup_printf (_ ("since %s"), since);
  g_autofree char *title
      = g_strdup_printf ("%s: %s",
                         relation_title (kansio_client_relation_get_kind (relation),
                                         kansio_client_relation_get_direction (relation)),
                         name);
  g_autofree char *subtitle = g_strdup_printf (
      "%s · %s", residence_text (kansio_client_relation_get_residence (relation)), period);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (kansio_client_relation_is_current (relation))
    {
      GtkWidget *end = gtk_button_new_with_mnemonic (_ ("E_nd…"));
      /* Translators: %s is a person's name */
      g_autofree char *label = g_strdup_printf (_ ("End the relation with %s"), name);

      gtk_widget_set_valign (end, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (end, editable);
      gtk_widget_set_tooltip_text (end, editable ? label : no_edit_reason ());
      gtk_accessible_update_property (GTK_ACCESSIBLE (end), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (end), "relations.end");
      gtk_actionable_set_action_target_value (
          GTK_ACTIONABLE (end), g_variant_new_int64 (kansio_client_relation_get_id (relation)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), end);
    }
  return row;
}

static void
fill (KansioRelationsGroup *self)
{
  gboolean editable = may_edit (self);
  guint n = self->relations != NULL ? g_list_model_get_n_items (self->relations) : 0;

  remove_rows (self);
  gtk_widget_set_sensitive (self->add_button, editable);
  gtk_widget_set_tooltip_text (self->add_button, editable ? NULL : no_edit_reason ());
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KansioClientRelation) relation = g_list_model_get_item (self->relations, i);

      add_row (self, relation_row (self, relation, editable));
    }
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _ ("No family or household relations recorded"));
      add_row (self, row);
    }
}

static void
show_toast (KansioRelationsGroup *self, const char *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

static void
show_refusal (KansioRelationsGroup *self, const char *heading, const GError *error)
{
  g_autofree char *message = kansio_database_error_dup_text (error);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog
      = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_relations_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioRelationsGroup) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) relations = kansio_client_directory_list_relations_finish (
      KANSIO_CLIENT_DIRECTORY (object), result, &error);

  if (relations == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_message ("Could not load relations: %s", error->message);
      return;
    }
  g_set_object (&self->relations, relations);
  fill (self);
}

static void
on_relation_saved_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioRelationsGroup) self = user_data;
  KansioClientDirectory *clients = KANSIO_CLIENT_DIRECTORY (object);
  g_autoptr (GError) error = NULL;
  gboolean added = g_async_result_is_tagged (result, kansio_client_directory_add_relation_async);
  gboolean done = added ? kansio_client_directory_add_relation_finish (clients, result, &error) != 0
                        : kansio_client_directory_end_relation_finish (clients, result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->context == NULL)
    return;
  if (!done)
    {
      show_refusal (self,
                    added ? _ ("The relation could not be saved")
                          : _ ("The relation could not be ended"),
                    error);
      return;
    }
  show_toast (self, added ? _ ("Relation saved") : _ ("Relation ended"));
  kansio_client_directory_list_relations_async (clients, self->person_id, self->cancellable,
                                                on_relations_loaded_cb, g_object_ref (self));
}

static void
on_dialog_response_cb (KansioRelationDialog *dialog,
                       const char *response,
                       KansioRelationsGroup *self)
{
  gint64 relation_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "relation-id"));
  g_autofree char *code = NULL;
  GDate date;

  if (!g_str_equal (response, "save") || self->context == NULL
      || !kansio_relation_dialog_get_date (dialog, &date))
    return;
  if (relation_id != 0)
    {
      kansio_client_directory_end_relation_async (kansio_context_get_clients (self->context),
                                                  relation_id, &date, self->cancellable,
                                                  on_relation_saved_cb, g_object_ref (self));
      return;
    }
  code = kansio_relation_dialog_dup_identity_code (dialog);
  kansio_client_directory_add_relation_async (
      kansio_context_get_clients (self->context), self->person_id, code,
      kansio_relation_dialog_get_kind (dialog), kansio_relation_dialog_get_residence (dialog),
      &date, self->cancellable, on_relation_saved_cb, g_object_ref (self));
}

static GtkWindow *
parent_window (KansioRelationsGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
present (KansioRelationsGroup *self, KansioRelationDialog *dialog)
{
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
kansio_relations_group_add_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioRelationsGroup *self = KANSIO_RELATIONS_GROUP (widget);

  if (may_edit (self))
    present (self, kansio_relation_dialog_new_add (parent_window (self)));
}

static void
kansio_relations_group_end_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioRelationsGroup *self = KANSIO_RELATIONS_GROUP (widget);
  gint64 relation_id = g_variant_get_int64 (parameter);
  guint n = self->relations != NULL ? g_list_model_get_n_items (self->relations) : 0;

  for (guint i = 0; i < n && may_edit (self); i++)
    {
      g_autoptr (KansioClientRelation) relation = g_list_model_get_item (self->relations, i);
      g_autofree char *name = NULL;
      KansioRelationDialog *dialog;

      if (kansio_client_relation_get_id (relation) != relation_id)
        continue;
      name = g_strdup_printf ("%s %s", kansio_client_relation_get_related_first_names (relation),
                              kansio_client_relation_get_related_surname (relation));
      dialog = kansio_relation_dialog_new_end (parent_window (self), name);
      g_object_set_data (G_OBJECT (dialog), "relation-id", GSIZE_TO_POINTER (relation_id));
      present (self, dialog);
      return;
    }
}

static void
kansio_relations_group_dispose (GObject *object)
{
  KansioRelationsGroup *self = KANSIO_RELATIONS_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->relations);

  G_OBJECT_CLASS (kansio_relations_group_parent_class)->dispose (object);
}

static void
kansio_relations_group_finalize (GObject *object)
{
  KansioRelationsGroup *self = KANSIO_RELATIONS_GROUP (object);

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (kansio_relations_group_parent_class)->finalize (object);
}

static void
kansio_relations_group_class_init (KansioRelationsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kansio_relations_group_dispose;
  object_class->finalize = kansio_relations_group_finalize;

  gtk_widget_class_install_action (widget_class, "relations.add", NULL,
                                   kansio_relations_group_add_action);
  gtk_widget_class_install_action (widget_class, "relations.end", "x",
                                   kansio_relations_group_end_action);
}

static void
kansio_relations_group_init (KansioRelationsGroup *self)
{
  self->rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
  self->add_button = gtk_button_new_with_mnemonic (_ ("Add _Relation…"));
  gtk_widget_set_name (self->add_button, "add-relation");
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "relations.add");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->add_button);
}

/**
 * kansio_relations_group_show:
 * @context: the user's
 * @person_id: the client
 * @relations: a #GListModel of #KansioClientRelation, as
 *   kansio_client_directory_list_relations_async() gave them
 *
 * Shows the client's relations; they are read again after a change made
 * here.
 */
void
kansio_relations_group_show (KansioRelationsGroup *self,
                             KansioContext *context,
                             gint64 person_id,
                             GListModel *relations)
{
  g_return_if_fail (KANSIO_IS_RELATIONS_GROUP (self));
  g_return_if_fail (KANSIO_IS_CONTEXT (context));
  g_return_if_fail (G_IS_LIST_MODEL (relations));

  /* Another client: what was asked for the last one is dropped. */
  if (person_id != self->person_id || context != self->context)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      self->cancellable = g_cancellable_new ();
    }
  g_set_object (&self->context, context);
  self->person_id = person_id;
  g_set_object (&self->relations, relations);
  fill (self);
}

/**
 * kansio_relations_group_clear:
 *
 * Forgets the client shown (another user, or none), and what was asked.
 */
void
kansio_relations_group_clear (KansioRelationsGroup *self)
{
  g_return_if_fail (KANSIO_IS_RELATIONS_GROUP (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->context);
  g_clear_object (&self->relations);
  self->person_id = 0;
  remove_rows (self);
}

/**
 * kansio_relations_group_get_n_rows:
 *
 * Returns: how many rows the group shows (for tests)
 */
guint
kansio_relations_group_get_n_rows (KansioRelationsGroup *self)
{
  g_return_val_if_fail (KANSIO_IS_RELATIONS_GROUP (self), 0);
  return self->rows->len;
}
