/* letters-decision-dialog.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "letters-decision-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-decision-dialog.h"

/* A main user's decision on a submitted version: approve it, with an
 * optional note, or return it to draft, saying what needs correcting.
 * The "decide" response carries the decision; the editor makes it. */
struct _LettersDecisionDialog
{
  AdwMessageDialog parent_instance;

  gboolean approve;
  int version;

  /* Template widgets */
  GtkEntry *note_entry;
};

G_DEFINE_FINAL_TYPE (LettersDecisionDialog, letters_decision_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  PROP_0,
  PROP_APPROVE,
  PROP_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A version is returned with a reason; an approval may go without. */
static void
on_note_changed_cb (LettersDecisionDialog *self)
{
  g_autofree char *note = letters_decision_dialog_dup_note (self);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "decide",
                                           self->approve || *note != '\0');
}

static void
letters_decision_dialog_get_property (GObject *object,
                                      guint prop_id,
                                      GValue *value,
                                      GParamSpec *pspec)
{
  LettersDecisionDialog *self = LETTERS_DECISION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_APPROVE:
      g_value_set_boolean (value, self->approve);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_decision_dialog_set_property (GObject *object,
                                      guint prop_id,
                                      const GValue *value,
                                      GParamSpec *pspec)
{
  LettersDecisionDialog *self = LETTERS_DECISION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_APPROVE:
      self->approve = g_value_get_boolean (value);
      break;

    case PROP_VERSION:
      self->version = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_decision_dialog_constructed (GObject *object)
{
  LettersDecisionDialog *self = LETTERS_DECISION_DIALOG (object);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);
  g_autofree char *heading = NULL;

  G_OBJECT_CLASS (letters_decision_dialog_parent_class)->constructed (object);

  if (self->approve)
    heading = g_strdup_printf (_ ("Approve Version %d?"), self->version);
  else
    heading = g_strdup_printf (_ ("Return Version %d?"), self->version);
  adw_message_dialog_set_heading (dialog, heading);
  adw_message_dialog_set_body (
      dialog, self->approve
                  ? _ ("Documents are made from the newest approved version as soon as it is "
                       "approved, and an approved version is never changed. Check both languages "
                       "and the preview first.")
                  : _ ("The version goes back to draft. Say what needs correcting: the note is "
                       "shown to the writer."));
  gtk_entry_set_placeholder_text (self->note_entry, self->approve ? _ ("Note (optional)")
                                                                  : _ ("What needs correcting"));
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "decide",
                                    self->approve ? _ ("_Approve") : _ ("_Return"), NULL);
  adw_message_dialog_set_response_appearance (
      dialog, "decide", self->approve ? ADW_RESPONSE_SUGGESTED : ADW_RESPONSE_DESTRUCTIVE);
  on_note_changed_cb (self);
}

static void
letters_decision_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LETTERS_TYPE_DECISION_DIALOG);

  G_OBJECT_CLASS (letters_decision_dialog_parent_class)->dispose (object);
}

static void
letters_decision_dialog_class_init (LettersDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = letters_decision_dialog_get_property;
  object_class->set_property = letters_decision_dialog_set_property;
  object_class->constructed = letters_decision_dialog_constructed;
  object_class->dispose = letters_decision_dialog_dispose;

  properties[PROP_APPROVE]
      = g_param_spec_boolean ("approve", NULL, NULL, TRUE,
                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION]
      = g_param_spec_int ("version", NULL, NULL, 0, G_MAXINT, 0,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/letters/letters-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LettersDecisionDialog, note_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_note_changed_cb);
}

static void
letters_decision_dialog_init (LettersDecisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * letters_decision_dialog_new:
 * @parent: (nullable): the editor's window
 * @approve: %TRUE to ask for an approval, %FALSE for a return to draft
 * @version: the number of the version decided on
 */
LettersDecisionDialog *
letters_decision_dialog_new (GtkWindow *parent, gboolean approve, int version)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (LETTERS_TYPE_DECISION_DIALOG, "transient-for", parent, "approve", approve,
                       "version", version, NULL);
}

/**
 * letters_decision_dialog_present:
 *
 * Shows the dialog, ready to write the note.
 */
void
letters_decision_dialog_present (LettersDecisionDialog *self)
{
  g_return_if_fail (LETTERS_IS_DECISION_DIALOG (self));

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
}

gboolean
letters_decision_dialog_get_approve (LettersDecisionDialog *self)
{
  g_return_val_if_fail (LETTERS_IS_DECISION_DIALOG (self), FALSE);
  return self->approve;
}

/**
 * letters_decision_dialog_dup_note:
 *
 * Returns: (transfer full): the note, without surrounding spaces
 */
char *
letters_decision_dialog_dup_note (LettersDecisionDialog *self)
{
  g_return_val_if_fail (LETTERS_IS_DECISION_DIALOG (self), NULL);
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
}
