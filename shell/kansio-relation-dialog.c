/* kansio-relation-dialog.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-relation-dialog"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include <kansio.h>

#include "kansio-relation-dialog.h"

/* Asks for a family or household relation of the client (the other
 * person's identity code, the kind, where the other lives, since when),
 * or for the day a relation ends. Its response is "save" or "cancel";
 * "save" is offered once what is written is right, and a wrong identity
 * code is explained in full, as the income-support forms do. The client
 * page sends it (kansio_client_directory_add_relation_async()). */
struct _KansioRelationDialog
{
  AdwMessageDialog parent_instance;

  gboolean ending;

  GtkWidget *add_box;
  GtkEditable *identity_entry;
  GtkLabel *identity_error;
  GtkDropDown *kind_dropdown;
  GtkDropDown *residence_dropdown;
  GtkEditable *date_entry;
};

G_DEFINE_FINAL_TYPE (KansioRelationDialog, kansio_relation_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* In the order of the drop-downs in the template. */
static const char *const kinds[] = { "guardian", "parent", "spouse", "household" };
static const char *const residences[] = { "together", "apart", "alternating" };

static gboolean
parse_date (const char *text, GDate *date)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint day, month, year;
  char end;

  g_date_clear (date, 1);
  if (sscanf (stripped, "%2u.%2u.%4u%c", &day, &month, &year, &end) != 3
      && sscanf (stripped, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return FALSE;
  if (year < 1900 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static void
mark_error (GtkWidget *widget, gboolean error)
{
  if (error)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

static void
update_response (KansioRelationDialog *self)
{
  g_autofree char *code = kansio_relation_dialog_dup_identity_code (self);
  g_autoptr (GError) error = NULL;
  GDate date;
  gboolean date_ok = parse_date (gtk_editable_get_text (self->date_entry), &date);
  gboolean code_ok = self->ending
                     || kansio_validate_identity_code (code, KANSIO_IDENTITY_CODE_ALLOW_TEMPORARY,
                                                       NULL, NULL, &error);
  const char *kind = kansio_relation_dialog_get_kind (self);
  const char *residence = kansio_relation_dialog_get_residence (self);
  /* What the server refuses anyway (api.relation_add). */
  gboolean residence_ok
      = self->ending
        || !((g_str_equal (residence, "alternating") && !g_str_equal (kind, "guardian")
              && !g_str_equal (kind, "parent"))
             || (g_str_equal (kind, "household") && !g_str_equal (residence, "together")));

  /* Nothing written yet is not an error. */
  if (*code == '\0')
    g_clear_error (&error);
  gtk_label_set_text (self->identity_error, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->identity_error), error != NULL);
  mark_error (GTK_WIDGET (self->identity_entry), error != NULL);
  mark_error (GTK_WIDGET (self->residence_dropdown), !residence_ok);
  mark_error (GTK_WIDGET (self->date_entry),
              *gtk_editable_get_text (self->date_entry) != '\0' && !date_ok);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           date_ok && residence_ok
                                               && (self->ending || (code_ok && *code != '\0')));
}

static void
kansio_relation_dialog_class_init (KansioRelationDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/kansio-relation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KansioRelationDialog, add_box);
  gtk_widget_class_bind_template_child (widget_class, KansioRelationDialog, identity_entry);
  gtk_widget_class_bind_template_child (widget_class, KansioRelationDialog, identity_error);
  gtk_widget_class_bind_template_child (widget_class, KansioRelationDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KansioRelationDialog, residence_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KansioRelationDialog, date_entry);
  gtk_widget_class_bind_template_callback (widget_class, update_response);
}

static void
kansio_relation_dialog_init (KansioRelationDialog *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%-d.%-m.%Y");

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_editable_set_text (self->date_entry, today);
}

static KansioRelationDialog *
new_dialog (GtkWindow *parent, gboolean ending)
{
  KansioRelationDialog *self
      = g_object_new (KANSIO_TYPE_RELATION_DIALOG, "transient-for", parent, "modal", TRUE, NULL);

  self->ending = ending;
  gtk_widget_set_visible (self->add_box, !ending);
  update_response (self);
  return self;
}

/**
 * kansio_relation_dialog_new_add:
 *
 * Asks for a new relation of the client.
 */
KansioRelationDialog *
kansio_relation_dialog_new_add (GtkWindow *parent)
{
  KansioRelationDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = new_dialog (parent, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->identity_entry));
  return self;
}

/**
 * kansio_relation_dialog_new_end:
 * @who: the other person's name
 *
 * Asks for the last day of a relation.
 */
KansioRelationDialog *
kansio_relation_dialog_new_end (GtkWindow *parent, const char *who)
{
  KansioRelationDialog *self;
  g_autofree char *body = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (who != NULL, NULL);

  self = new_dialog (parent, TRUE);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _ ("End the Relation"));
  /* Translators: %s is a person's name */
  body = g_strdup_printf (_ ("The last day the relation with %s holds. It stays in the register "
                             "as it ended, and applications after it no longer count it."),
                          who);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _ ("_End"));
  gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
  return self;
}

/**
 * kansio_relation_dialog_dup_identity_code:
 *
 * Returns: (transfer full): the identity code written, upper case
 */
char *
kansio_relation_dialog_dup_identity_code (KansioRelationDialog *self)
{
  g_return_val_if_fail (KANSIO_IS_RELATION_DIALOG (self), NULL);
  return g_ascii_strup (g_strstrip (g_strdup (gtk_editable_get_text (self->identity_entry))), -1);
}

/**
 * kansio_relation_dialog_get_kind:
 *
 * Returns: the kind as the database writes it
 */
const char *
kansio_relation_dialog_get_kind (KansioRelationDialog *self)
{
  guint i;

  g_return_val_if_fail (KANSIO_IS_RELATION_DIALOG (self), NULL);
  i = gtk_drop_down_get_selected (self->kind_dropdown);
  return i < G_N_ELEMENTS (kinds) ? kinds[i] : kinds[0];
}

/**
 * kansio_relation_dialog_get_residence:
 *
 * Returns: where the other person lives, as the database writes it
 */
const char *
kansio_relation_dialog_get_residence (KansioRelationDialog *self)
{
  guint i;

  g_return_val_if_fail (KANSIO_IS_RELATION_DIALOG (self), NULL);
  i = gtk_drop_down_get_selected (self->residence_dropdown);
  return i < G_N_ELEMENTS (residences) ? residences[i] : residences[0];
}

/**
 * kansio_relation_dialog_get_date:
 * @date: (out caller-allocates): since when, or the last day
 *
 * Returns: whether the date written is a real day
 */
gboolean
kansio_relation_dialog_get_date (KansioRelationDialog *self, GDate *date)
{
  g_return_val_if_fail (KANSIO_IS_RELATION_DIALOG (self), FALSE);
  return parse_date (gtk_editable_get_text (self->date_entry), date);
}

/**
 * kansio_relation_dialog_set_text:
 * @identity_code: (nullable): the other person's identity code
 * @kind: the position of the kind in the drop-down
 * @residence: the position of the residence in the drop-down
 * @date: (nullable): d.m.yyyy
 *
 * Fills the dialog as a user would (for tests).
 */
void
kansio_relation_dialog_set_text (KansioRelationDialog *self,
                                 const char *identity_code,
                                 guint kind,
                                 guint residence,
                                 const char *date)
{
  g_return_if_fail (KANSIO_IS_RELATION_DIALOG (self));

  if (identity_code != NULL)
    gtk_editable_set_text (self->identity_entry, identity_code);
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
  gtk_drop_down_set_selected (self->residence_dropdown, residence);
  if (date != NULL)
    gtk_editable_set_text (self->date_entry, date);
}
