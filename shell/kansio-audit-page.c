/* kansio-audit-page.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-audit-page"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "kansio-audit-page.h"

/* The auditor's page: a client's "who has viewed my data" report, asked
 * for by identity code over a period, made in the client's language. */
struct _KansioAuditPage
{
  AdwBin parent_instance;

  KansioContext *context;
  GCancellable *cancellable;
  char *identity_code;

  AdwEntryRow *identity_code_row;
  AdwEntryRow *from_row;
  AdwEntryRow *to_row;
  GtkLabel *message_label;
  GtkWidget *report_button;
};

G_DEFINE_FINAL_TYPE (KansioAuditPage, kansio_audit_page, ADW_TYPE_BIN)

static void
show_message (KansioAuditPage *self, const char *message)
{
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

/* d.m.yyyy, at the start of that day here. */
static GDateTime *
parse_date (const char *text)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("Europe/Helsinki");
  guint day, month, year;
  char end;

  if (text == NULL || sscanf (text, "%u.%u.%u%c", &day, &month, &year, &end) != 3
      || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_time_new (zone != NULL ? zone : g_time_zone_new_local (), year, month, day, 0, 0,
                          0);
}

static char *
format_date (GDateTime *time)
{
  return g_date_time_format (time, "%-d.%-m.%Y");
}

static void
on_report_composed_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KansioAuditPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioDocument) report = kansio_document_composer_compose_report_finish (
      KANSIO_DOCUMENT_COMPOSER (object), result, &error);
  KansioDocumentWindow *window;

  gtk_widget_set_sensitive (self->report_button, TRUE);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->context == NULL)
    return;
  if (report == NULL)
    {
      show_message (self, error->message);
      return;
    }
  window
      = kansio_document_window_new (KANSIO_DOCUMENT_COMPOSER (object), report, self->identity_code,
                                    /* The data subject's right of access. */
                                    "asiakastietolaki 703/2023; EU 2016/679 15 art.");
  gtk_window_set_transient_for (GTK_WINDOW (window),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (window));
}

static void
make_report_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  KansioAuditPage *self = KANSIO_AUDIT_PAGE (widget);
  g_autofree char *code
      = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->identity_code_row)), -1);
  g_autoptr (GDateTime) from = parse_date (gtk_editable_get_text (GTK_EDITABLE (self->from_row)));
  g_autoptr (GDateTime) last = parse_date (gtk_editable_get_text (GTK_EDITABLE (self->to_row)));
  g_autoptr (GDateTime) to = NULL;
  g_autoptr (GError) error = NULL;

  g_strstrip (code);
  if (!kansio_validate_identity_code (code, KANSIO_IDENTITY_CODE_ALLOW_TEMPORARY, NULL, NULL,
                                      &error))
    {
      show_message (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->identity_code_row));
      return;
    }
  if (from == NULL || last == NULL || g_date_time_compare (from, last) > 0)
    {
      show_message (self, _ ("Give the period as two dates, d.m.yyyy, the first not after the "
                             "second."));
      gtk_widget_grab_focus (GTK_WIDGET (from == NULL ? self->from_row : self->to_row));
      return;
    }
  show_message (self, NULL);
  g_free (self->identity_code);
  self->identity_code = g_steal_pointer (&code);
  to = g_date_time_add_days (last, 1);
  gtk_widget_set_sensitive (self->report_button, FALSE);
  kansio_document_composer_compose_report_async (kansio_context_get_documents (self->context),
                                                 self->identity_code, from, to, self->cancellable,
                                                 on_report_composed_cb, g_object_ref (self));
}

static void
on_entry_activated_cb (KansioAuditPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "audit.make-report", NULL);
}

static void
kansio_audit_page_dispose (GObject *object)
{
  KansioAuditPage *self = KANSIO_AUDIT_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->identity_code, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), KANSIO_TYPE_AUDIT_PAGE);

  G_OBJECT_CLASS (kansio_audit_page_parent_class)->dispose (object);
}

static void
kansio_audit_page_class_init (KansioAuditPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kansio_audit_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/fi/kansio/Kansio/kansio-audit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KansioAuditPage, identity_code_row);
  gtk_widget_class_bind_template_child (widget_class, KansioAuditPage, from_row);
  gtk_widget_class_bind_template_child (widget_class, KansioAuditPage, to_row);
  gtk_widget_class_bind_template_child (widget_class, KansioAuditPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, KansioAuditPage, report_button);
  gtk_widget_class_install_action (widget_class, "audit.make-report", NULL, make_report_action);
}

static void
kansio_audit_page_init (KansioAuditPage *self)
{
  g_autoptr (GDateTime) today = g_date_time_new_now_local ();
  g_autoptr (GDateTime) year_ago = g_date_time_add_years (today, -1);
  g_autofree char *from = format_date (year_ago);
  g_autofree char *to = format_date (today);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
  g_signal_connect_object (self->identity_code_row, "entry-activated",
                           G_CALLBACK (on_entry_activated_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
kansio_audit_page_new (KansioContext *context)
{
  KansioAuditPage *self = g_object_new (KANSIO_TYPE_AUDIT_PAGE, NULL);

  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}

/* What the auditor would type: for tests. */
void
kansio_audit_page_set_request (KansioAuditPage *self,
                               const char *identity_code,
                               const char *from,
                               const char *to)
{
  g_return_if_fail (KANSIO_IS_AUDIT_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->identity_code_row), identity_code);
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
}

/**
 * kansio_audit_page_get_message:
 *
 * Returns: (nullable): the problem shown, if any
 */
const char *
kansio_audit_page_get_message (KansioAuditPage *self)
{
  g_return_val_if_fail (KANSIO_IS_AUDIT_PAGE (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->message_label))
             ? gtk_label_get_label (self->message_label)
             : NULL;
}
