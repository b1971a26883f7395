/* income-support-payment-runs.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-payment-runs"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-format.h"
#include "income-support-payment-run-dialog.h"
#include "income-support-payment-run-row.h"
#include "income-support-payment-runs.h"

/* Payment runs, for decision-makers: the decided orders due by a day put
 * into a new run and its pain.001 file saved for the bank, as
 * `kansio-admin payment-run` does; and the latest runs, each with a way to
 * save its file again when it was lost, without paying anything new
 * (the latest 50 runs: a short list).
 *
 * One run or file is made at a time. A run is made before its file is
 * saved, since the file's name is the run's message id: a file not saved
 * (the dialog cancelled, the disk full) is saved again from the list. */
struct _IncomeSupportPaymentRuns
{
  AdwBin parent_instance;

  KansioContext *context;
  GCancellable *cancellable;      /* runs and files; cancelled on dispose */
  GCancellable *list_cancellable; /* the list, replaced on reload */
  GtkFileChooserNative *chooser;
  struct _Job *job; /* while the chooser is open; its self is NULL */
  char *message;
  guint n_runs;
  gboolean busy;
  gboolean listed;

  /* Template widgets */
  AdwEntryRow *date_row;
  AdwActionRow *message_row;
  GtkSpinner *busy_spinner;
  GtkStack *list_stack;
  AdwStatusPage *failed_page;
  GtkListBox *runs_list;
};

/* A run made, or an earlier one's file saved again. */
typedef struct _Job
{
  IncomeSupportPaymentRuns *self;
  GFile *file; /* where to save; %NULL: ask */
  GBytes *xml;
  char *message_id;
  char *run_on; /* as the user reads it, d.m.yyyy */
  gint64 run_id;
  gint64 total_cents;
  guint n_orders;
  gboolean again;
} Job;

static void save_file (Job *job);

G_DEFINE_FINAL_TYPE (IncomeSupportPaymentRuns, income_support_payment_runs, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_BUSY,
  PROP_MESSAGE,
  PROP_N_RUNS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static Job *
job_new (IncomeSupportPaymentRuns *self, GFile *file, gboolean again)
{
  Job *job = g_new0 (Job, 1);

  job->self = g_object_ref (self);
  job->file = file != NULL ? g_object_ref (file) : NULL;
  job->again = again;
  return job;
}

static void
job_free (Job *job)
{
  g_clear_object (&job->self);
  g_clear_object (&job->file);
  g_clear_pointer (&job->xml, g_bytes_unref);
  g_free (job->message_id);
  g_free (job->run_on);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static void
update_actions (IncomeSupportPaymentRuns *self)
{
  gboolean ready = self->context != NULL && !self->busy;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-payment-runs.create", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "income-support-payment-runs.save-again",
                                 ready);
}

static void
set_busy (IncomeSupportPaymentRuns *self, gboolean busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  gtk_widget_set_visible (GTK_WIDGET (self->busy_spinner), busy);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* What the last run or file came to, on the page until the next one; an
 * error in red. */
static void
show_message (IncomeSupportPaymentRuns *self, const char *message, gboolean error)
{
  if (g_strcmp0 (self->message, message) != 0)
    {
      g_free (self->message);
      self->message = g_strdup (message);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->message_row),
                                 message != NULL ? message : "");
  adw_action_row_set_icon_name (self->message_row,
                                error ? "dialog-error-symbolic" : "emblem-ok-symbolic");
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->message_row), message != NULL);
}

static void
show_error (IncomeSupportPaymentRuns *self, const GError *error)
{
  g_autofree char *text = kansio_database_error_dup_text (error);

  show_message (self, text, TRUE);
}

static void
fill_today (IncomeSupportPaymentRuns *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%-d.%-m.%Y");

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
}

static GtkWidget *
create_run_row_cb (gpointer item, gpointer user_data)
{
  return income_support_payment_run_row_new (item);
}

static void
on_runs_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (IncomeSupportPaymentRuns) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) runs = NULL;
  guint n_runs;

  runs = kansio_income_support_payment_run_list_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (runs == NULL)
    {
      g_autofree char *text = kansio_database_error_dup_text (error);

      gtk_list_box_bind_model (self->runs_list, NULL, NULL, NULL, NULL);
      adw_status_page_set_description (self->failed_page, text);
      gtk_stack_set_visible_child_name (self->list_stack, "failed");
      n_runs = 0;
    }
  else
    {
      n_runs = g_list_model_get_n_items (runs);
      gtk_list_box_bind_model (self->runs_list, runs, create_run_row_cb, NULL, NULL);
      gtk_stack_set_visible_child_name (self->list_stack, n_runs > 0 ? "list" : "empty");
    }

  if (self->n_runs != n_runs)
    {
      self->n_runs = n_runs;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RUNS]);
    }
}

static void
on_file_saved_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (Job) job = user_data;
  IncomeSupportPaymentRuns *self = job->self;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  g_autofree char *orders = NULL;
  g_autofree char *total = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (job->again)
        text = g_strdup_printf (_ ("The file could not be written: %s"), error->message);
      else
        /* Translators: the run's message id, then why its file was not written */
        text = g_strdup_printf (_ ("Payment run %s was made, but its file could not be written: "
                                   "%s. Save it again from the list below."),
                                job->message_id, error->message);
      show_message (self, text, TRUE);
      set_busy (self, FALSE);
      return;
    }

  name = g_file_get_basename (G_FILE (object));
  orders = _income_support_format_orders (job->n_orders);
  total = _income_support_format_money (job->total_cents);
  if (job->again)
    /* Translators: the run's message id, then the file's name */
    text = g_strdup_printf (_ ("The file of payment run %s was saved again as %s. Nothing new was "
                               "paid."),
                            job->message_id, name);
  else
    /* Translators: the run's message id, the number of orders ("2 orders"),
     * their sum in euros and the file's name */
    text = g_strdup_printf (_ ("Payment run %s: %s, %s, saved as %s."), job->message_id, orders,
                            total, name);
  show_message (self, text, FALSE);
  _income_support_show_toast (GTK_WIDGET (self), text);
  set_busy (self, FALSE);
}

static void
on_chooser_response_cb (IncomeSupportPaymentRuns *self, int response, GtkNativeDialog *chooser)
{
  Job *job = g_steal_pointer (&self->job);
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  g_assert (job != NULL);
  job->self = g_object_ref (self);

  if (file == NULL)
    {
      if (!job->again)
        {
          g_autofree char *text = NULL;

          /* Translators: the run's message id */
          text = g_strdup_printf (_ ("Payment run %s was made, but its file was not saved. Save "
                                     "it from the list below."),
                                  job->message_id);
          show_message (self, text, TRUE);
        }
      set_busy (self, FALSE);
      job_free (job);
      return;
    }

  job->file = g_steal_pointer (&file);
  save_file (job);
}

static void
ask_where_to_save (Job *job)
{
  IncomeSupportPaymentRuns *self = job->self;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = g_strdup_printf ("%s.xml", job->message_id);

  g_assert (self->chooser == NULL && self->job == NULL);

  self->job = job;
  self->chooser = gtk_file_chooser_native_new (
      _ ("Save Payment File"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
      GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Save"), _ ("_Cancel"));
  gtk_file_filter_set_name (filter, _ ("Payment files for the bank (pain.001)"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));

  /* Kept by the page while the dialog is open, without a reference back
   * to it: closing the window does not wait for the dialog. */
  g_clear_object (&job->self);
}

static void
save_file (Job *job)
{
  if (job->file == NULL)
    {
      ask_where_to_save (job);
      return;
    }
  g_file_replace_contents_bytes_async (job->file, job->xml, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, job->self->cancellable,
                                       on_file_saved_cb, job);
}

static void
on_file_built_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (Job) job = user_data;
  IncomeSupportPaymentRuns *self = job->self;
  g_autoptr (GError) error = NULL;

  job->xml = kansio_income_support_payment_run_build_file_finish (
      result, &job->n_orders, &job->total_cents, &job->message_id, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (job->xml == NULL)
    {
      show_error (self, error);
      set_busy (self, FALSE);
      return;
    }
  save_file (g_steal_pointer (&job));
}

static void
build_file (Job *job)
{
  kansio_income_support_payment_run_build_file_async (
      kansio_context_get_database (job->self->context), job->run_id, job->self->cancellable,
      on_file_built_cb, job);
}

static void
on_run_created_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (Job) job = user_data;
  IncomeSupportPaymentRuns *self = job->self;
  g_autoptr (GError) error = NULL;

  if (!kansio_income_support_payment_run_create_finish (result, &job->run_id, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      show_error (self, error);
      set_busy (self, FALSE);
      /* A lost connection may come after the run was committed. */
      income_support_payment_runs_reload (self);
      return;
    }
  if (job->run_id == 0)
    {
      /* Translators: %s is the day, d.m.yyyy */
      g_autofree char *text = g_strdup_printf (
          _ ("Nothing to pay by %s: every decided order is in a run already."), job->run_on);

      show_message (self, text, FALSE);
      set_busy (self, FALSE);
      return;
    }

  /* The run is made: listed whether or not its file gets saved. */
  income_support_payment_runs_reload (self);
  build_file (g_steal_pointer (&job));
}

static void
on_date_changed_cb (IncomeSupportPaymentRuns *self)
{
  _income_support_mark_error (GTK_WIDGET (self->date_row), FALSE);
}

static void
on_date_activated_cb (IncomeSupportPaymentRuns *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "income-support-payment-runs.create", NULL);
}

/* The day of the run as written, shown wrong unless it is a real day
 * from today on: the bank pays on it, and a past day it refuses. */
static gboolean
read_run_day (IncomeSupportPaymentRuns *self, GDate *day)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (!_income_support_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), day))
    show_message (self, _ ("Write the day to pay by as d.m.yyyy, e.g. 1.12.2026."), TRUE);
  else if (g_date_compare (day, &today) < 0)
    show_message (self, _ ("The day to pay by is today or later: the bank pays on that day."),
                  TRUE);
  else
    {
      _income_support_mark_error (GTK_WIDGET (self->date_row), FALSE);
      show_message (self, NULL, FALSE);
      return TRUE;
    }
  _income_support_mark_error (GTK_WIDGET (self->date_row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
  return FALSE;
}

static void
on_create_response_cb (AdwMessageDialog *dialog,
                       const char *response,
                       IncomeSupportPaymentRuns *self)
{
  if (g_str_equal (response, "make"))
    income_support_payment_runs_create_to (self, NULL, NULL);
}

/* Actions */

typedef struct
{
  IncomeSupportPaymentRuns *self;
  char *shown_day;
} Preview;

static void
on_preview_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Preview *preview = user_data;
  g_autoptr (IncomeSupportPaymentRuns) self = preview->self;
  g_autofree char *shown = preview->shown_day;
  g_autoptr (GError) error = NULL;
  GtkRoot *root;
  AdwMessageDialog *dialog;
  gint64 n_orders, total_cents;

  g_free (preview);
  if (!kansio_income_support_payment_run_preview_finish (result, &n_orders, &total_cents, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_busy (self, FALSE);
      show_error (self, error);
      return;
    }
  set_busy (self, FALSE);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = income_support_payment_run_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  shown, (guint) n_orders, total_cents);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_create_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A run cannot be taken back: asked first, with the day, the number of
 * orders and their total as the database counts them. */
static void
income_support_payment_runs_create_action (GtkWidget *widget,
                                           const char *action_name,
                                           GVariant *parameter)
{
  IncomeSupportPaymentRuns *self = INCOME_SUPPORT_PAYMENT_RUNS (widget);
  g_autofree char *iso = NULL;
  Preview *preview;
  GDate day;

  if (self->context == NULL || self->busy || !read_run_day (self, &day))
    return;
  iso = _income_support_iso_date (&day);
  preview = g_new0 (Preview, 1);
  preview->self = g_object_ref (self);
  preview->shown_day = _income_support_format_date (iso);
  set_busy (self, TRUE);
  kansio_income_support_payment_run_preview_async (kansio_context_get_database (self->context),
                                                   &day, self->cancellable, on_preview_cb, preview);
}

static void
income_support_payment_runs_save_again_action (GtkWidget *widget,
                                               const char *action_name,
                                               GVariant *parameter)
{
  income_support_payment_runs_save_again_to (INCOME_SUPPORT_PAYMENT_RUNS (widget),
                                             g_variant_get_int64 (parameter), NULL);
}

static void
income_support_payment_runs_reload_action (GtkWidget *widget,
                                           const char *action_name,
                                           GVariant *parameter)
{
  income_support_payment_runs_reload (INCOME_SUPPORT_PAYMENT_RUNS (widget));
}

/* Overrides */

static void
income_support_payment_runs_get_property (GObject *object,
                                          guint prop_id,
                                          GValue *value,
                                          GParamSpec *pspec)
{
  IncomeSupportPaymentRuns *self = INCOME_SUPPORT_PAYMENT_RUNS (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_N_RUNS:
      g_value_set_uint (value, self->n_runs);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The list is read when the page is first shown: only decision-makers
 * see it, and only they may read it. */
static void
income_support_payment_runs_map (GtkWidget *widget)
{
  IncomeSupportPaymentRuns *self = INCOME_SUPPORT_PAYMENT_RUNS (widget);

  GTK_WIDGET_CLASS (income_support_payment_runs_parent_class)->map (widget);

  if (!self->listed)
    income_support_payment_runs_reload (self);
}

static void
income_support_payment_runs_dispose (GObject *object)
{
  IncomeSupportPaymentRuns *self = INCOME_SUPPORT_PAYMENT_RUNS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->list_cancellable);
  g_clear_object (&self->list_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->job, job_free);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), INCOME_SUPPORT_TYPE_PAYMENT_RUNS);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (income_support_payment_runs_parent_class)->dispose (object);
}

static void
income_support_payment_runs_finalize (GObject *object)
{
  IncomeSupportPaymentRuns *self = INCOME_SUPPORT_PAYMENT_RUNS (object);

  g_free (self->message);

  G_OBJECT_CLASS (income_support_payment_runs_parent_class)->finalize (object);
}

static void
income_support_payment_runs_class_init (IncomeSupportPaymentRunsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = income_support_payment_runs_get_property;
  object_class->dispose = income_support_payment_runs_dispose;
  object_class->finalize = income_support_payment_runs_finalize;
  widget_class->map = income_support_payment_runs_map;

  /**
   * IncomeSupportPaymentRuns:busy:
   *
   * Whether a run is being made or a file saved.
   */
  properties[PROP_BUSY]
      = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * IncomeSupportPaymentRuns:message:
   *
   * What the last run or file came to, as the page says it.
   */
  properties[PROP_MESSAGE]
      = g_param_spec_string ("message", NULL, NULL, NULL,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * IncomeSupportPaymentRuns:n-runs:
   *
   * The number of runs listed.
   */
  properties[PROP_N_RUNS]
      = g_param_spec_uint ("n-runs", NULL, NULL, 0, G_MAXUINT, 0,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/fi/kansio/Kansio/income-support/income-support-payment-runs.ui");
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPaymentRuns, date_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPaymentRuns, message_row);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPaymentRuns, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPaymentRuns, list_stack);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPaymentRuns, failed_page);
  gtk_widget_class_bind_template_child (widget_class, IncomeSupportPaymentRuns, runs_list);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_activated_cb);

  gtk_widget_class_install_action (widget_class, "income-support-payment-runs.create", NULL,
                                   income_support_payment_runs_create_action);
  gtk_widget_class_install_action (widget_class, "income-support-payment-runs.save-again", "x",
                                   income_support_payment_runs_save_again_action);
  gtk_widget_class_install_action (widget_class, "income-support-payment-runs.reload", NULL,
                                   income_support_payment_runs_reload_action);
}

static void
income_support_payment_runs_init (IncomeSupportPaymentRuns *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  fill_today (self);
  update_actions (self);
}

/* Public API */

void
income_support_payment_runs_set_context (IncomeSupportPaymentRuns *self, KansioContext *context)
{
  g_return_if_fail (INCOME_SUPPORT_IS_PAYMENT_RUNS (self));
  g_return_if_fail (context == NULL || KANSIO_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;
  self->listed = FALSE;
  update_actions (self);
  if (context != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    income_support_payment_runs_reload (self);
}

/**
 * income_support_payment_runs_reload:
 *
 * Reads the latest runs again.
 */
void
income_support_payment_runs_reload (IncomeSupportPaymentRuns *self)
{
  g_return_if_fail (INCOME_SUPPORT_IS_PAYMENT_RUNS (self));

  if (self->context == NULL)
    return;

  g_cancellable_cancel (self->list_cancellable);
  g_clear_object (&self->list_cancellable);
  self->list_cancellable = g_cancellable_new ();
  self->listed = TRUE;

  /* The rows shown stay until the new ones are read; a first read spins. */
  if (self->n_runs == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "loading");
  kansio_income_support_payment_run_list_async (kansio_context_get_database (self->context),
                                                self->list_cancellable, on_runs_loaded_cb,
                                                g_object_ref (self));
}

gboolean
income_support_payment_runs_get_busy (IncomeSupportPaymentRuns *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_PAYMENT_RUNS (self), FALSE);
  return self->busy;
}

/**
 * income_support_payment_runs_get_message:
 *
 * Returns: (nullable): what the last run or file came to, as shown
 */
const char *
income_support_payment_runs_get_message (IncomeSupportPaymentRuns *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_PAYMENT_RUNS (self), NULL);
  return self->message;
}

guint
income_support_payment_runs_get_n_runs (IncomeSupportPaymentRuns *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_PAYMENT_RUNS (self), 0);
  return self->n_runs;
}

/**
 * income_support_payment_runs_create_to:
 * @run_on: (nullable): the day to pay, d.m.yyyy or yyyy-mm-dd, put in the
 *   date field; %NULL for the day in it
 * @file: (nullable): where to save the run's file; %NULL to ask the user
 *
 * Makes a payment run of the decided orders due by the day and saves its
 * file. What came of it is shown on the page (#IncomeSupportPaymentRuns:message),
 * nothing to pay included; #IncomeSupportPaymentRuns:busy is %TRUE until then.
 */
void
income_support_payment_runs_create_to (IncomeSupportPaymentRuns *self,
                                       const char *run_on,
                                       GFile *file)
{
  g_autoptr (Job) job = NULL;
  g_autofree char *iso = NULL;
  GDate day;

  g_return_if_fail (INCOME_SUPPORT_IS_PAYMENT_RUNS (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->context == NULL || self->busy)
    return;
  if (run_on != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->date_row), run_on);
  if (!read_run_day (self, &day))
    return;

  job = job_new (self, file, FALSE);
  iso = _income_support_iso_date (&day);
  job->run_on = _income_support_format_date (iso);
  set_busy (self, TRUE);
  kansio_income_support_payment_run_create_async (kansio_context_get_database (self->context), &day,
                                                  self->cancellable, on_run_created_cb,
                                                  g_steal_pointer (&job));
}

/**
 * income_support_payment_runs_save_again_to:
 * @run_id: a run listed
 * @file: (nullable): where to save its file; %NULL to ask the user
 *
 * Saves an earlier run's file again, with the same orders: nothing new is
 * paid.
 */
void
income_support_payment_runs_save_again_to (IncomeSupportPaymentRuns *self,
                                           gint64 run_id,
                                           GFile *file)
{
  Job *job;

  g_return_if_fail (INCOME_SUPPORT_IS_PAYMENT_RUNS (self));
  g_return_if_fail (run_id > 0);
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->context == NULL || self->busy)
    return;
  show_message (self, NULL, FALSE);

  job = job_new (self, file, TRUE);
  job->run_id = run_id;
  set_busy (self, TRUE);
  build_file (job);
}
