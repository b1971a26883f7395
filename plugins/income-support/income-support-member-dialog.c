/* income-support-member-dialog.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-member-dialog"

#include "config.h"

#include "income-support-format.h"
#include "income-support-member-dialog.h"

/* Asks who to add to the household of an application: a name, a role and
 * a birth date, which a child must have. Its response is "add" or
 * "cancel"; "add" is offered once the name and the date are right and
 * the household the member would make is one family (DOMAIN.md 2.2),
 * else the reason is shown, in the server's words. */
struct _IncomeSupportMemberDialog
{
  AdwMessageDialog parent_instance;

  GListModel *members; /* of KansioIncomeSupportMember: the household now */

  GtkLabel *problem_label;
  GtkEditable *name_entry;
  GtkDropDown *role_dropdown;
  GtkEditable *birth_entry;
};

G_DEFINE_FINAL_TYPE (IncomeSupportMemberDialog,
                     income_support_member_dialog,
                     ADW_TYPE_MESSAGE_DIALOG)

static char *
stripped (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static void
update_response (IncomeSupportMemberDialog *self)
{
  g_autofree char *name = stripped (self->name_entry);
  g_autofree char *birth = stripped (self->birth_entry);
  gboolean is_child = g_strcmp0 (income_support_member_dialog_get_role (self), "child") == 0;
  GDate date;
  gboolean birth_ok = *birth == '\0' ? !is_child : _income_support_parse_date (birth, &date);
  const char *role = income_support_member_dialog_get_role (self);
  const char *problem = NULL;

  if (self->members != NULL && role != NULL)
    problem = kansio_income_support_household_problem_adding (self->members, role);
  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  _income_support_mark_error (GTK_WIDGET (self->role_dropdown), problem != NULL);
  _income_support_mark_error (GTK_WIDGET (self->birth_entry), *birth != '\0' && !birth_ok);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add",
                                           *name != '\0' && birth_ok && problem == NULL);
}

static void
income_support_member_dialog_dispose (GObject *object)
{
  IncomeSupportMemberDialog *self = INCOME_SUPPORT_MEMBER_DIALOG (object);

  g_clear_object (&self->members);

  G_OBJECT_CLASS (income_support_member_dialog_parent_class)->dispose (object);
}

static void
income_support_member_dialog_class_init (IncomeSupportMemberDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = income_support_member_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-member-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportMemberDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportMemberDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportMemberDialog, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportMemberDialog, birth_entry);
  gtk_widget_class_bind_template_callback (widget_class, update_response);
}

static void
income_support_member_dialog_init (IncomeSupportMemberDialog *self)
{
  g_autoptr (GListModel) roles = _income_support_choice_model (INCOME_SUPPORT_CHOICE_ROLE);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->role_dropdown, roles);
  gtk_drop_down_set_selected (self->role_dropdown,
                              _income_support_choice_index (INCOME_SUPPORT_CHOICE_ROLE, "adult"));
}

/**
 * income_support_member_dialog_new:
 * @members: (nullable): the household now, a #GListModel of
 *   #KansioIncomeSupportMember, to say whether the new member fits in
 */
IncomeSupportMemberDialog *
income_support_member_dialog_new (GtkWindow *parent, GListModel *members)
{
  IncomeSupportMemberDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (members == NULL || G_IS_LIST_MODEL (members), NULL);

  self = g_object_new (INCOME_SUPPORT_TYPE_MEMBER_DIALOG, "transient-for", parent, "modal", TRUE,
                       NULL);
  g_set_object (&self->members, members);
  update_response (self);
  return self;
}

/**
 * income_support_member_dialog_dup_name:
 *
 * Returns: (transfer full): the name, without spaces around it
 */
char *
income_support_member_dialog_dup_name (IncomeSupportMemberDialog *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_MEMBER_DIALOG (self), NULL);
  return stripped (self->name_entry);
}

/**
 * income_support_member_dialog_get_role:
 *
 * Returns: (nullable): the role chosen, as the database writes it
 */
const char *
income_support_member_dialog_get_role (IncomeSupportMemberDialog *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_MEMBER_DIALOG (self), NULL);
  return _income_support_choice_code (INCOME_SUPPORT_CHOICE_ROLE,
                                      gtk_drop_down_get_selected (self->role_dropdown));
}

/**
 * income_support_member_dialog_get_birth_date:
 * @birth_date: (out): the birth date written
 *
 * Returns: whether a birth date was written
 */
gboolean
income_support_member_dialog_get_birth_date (IncomeSupportMemberDialog *self, GDate *birth_date)
{
  g_autofree char *birth = NULL;

  g_return_val_if_fail (INCOME_SUPPORT_IS_MEMBER_DIALOG (self), FALSE);

  birth = stripped (self->birth_entry);
  return *birth != '\0' && _income_support_parse_date (birth, birth_date);
}
