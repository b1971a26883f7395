/* income-support-queue-item.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "income-support-queue-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "income-support-format.h"
#include "income-support-queue-item.h"

/* An open application of the work queue (KansioIncomeSupportQueueItem),
 * when it must be decided and whether it is late, worded for the columns
 * of the queue's GtkColumnView. */
struct _IncomeSupportQueueItem
{
  GObject parent_instance;

  gint64 application_id;
  gint64 person_id;
  char *client_name;
  char *received_on;
  char *status;
  char *due_on;
  int working_days_left;
  gboolean urgent;
  gboolean is_late;
  char *identity_code;
  char *clock;
  char *completion_due_on;
  char *discussion_due_on;
  int discussion_days_left;
  gboolean discussion_is_late;
};

G_DEFINE_FINAL_TYPE (IncomeSupportQueueItem, income_support_queue_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CLIENT_NAME,
  PROP_RECEIVED_ON,
  PROP_RECEIVED_LABEL,
  PROP_STATUS_LABEL,
  PROP_DUE_ON,
  PROP_DUE_LABEL,
  PROP_WORKING_DAYS_LEFT,
  PROP_DAYS_LEFT_LABEL,
  PROP_IS_LATE,
  PROP_LATE_LABEL,
  PROP_URGENT,
  PROP_URGENT_LABEL,
  PROP_IDENTITY_CODE,
  PROP_DUE_CSS_CLASSES,
  PROP_DISCUSSION_LABEL,
  PROP_DISCUSSION_CSS_CLASSES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How near a deadline is, as the libadwaita style classes say it: "error"
 * once it has passed, "warning" on its last working day and the one
 * before. */
static GStrv
deadline_css_classes (gboolean is_late, int working_days_left, gboolean paused)
{
  const char *style = NULL;

  if (paused)
    style = "dim-label";
  else if (is_late)
    style = "error";
  else if (working_days_left <= 1)
    style = "warning";
  return g_strdupv ((char *[]){ "numeric", (char *) style, NULL });
}

static char *
due_label (IncomeSupportQueueItem *self)
{
  g_autofree char *date = NULL;

  if (g_strcmp0 (self->clock, "completion") == 0)
    {
      date = _income_support_format_date (self->completion_due_on);
      /* Translators: the decision's clock of an application waiting for the
       * client's attachments; %s is the completion deadline, d.m.yyyy. */
      return g_strdup_printf (_ ("Paused, recounted when the attachments arrive (by %s)"), date);
    }
  date = _income_support_format_date (self->due_on);
  if (g_strcmp0 (self->clock, "request") == 0)
    /* Translators: the completion request is due; %s is a date, d.m.yyyy. */
    return g_strdup_printf (_ ("Completion request by %s"), date);
  return g_steal_pointer (&date);
}

static void
income_support_queue_item_get_property (GObject *object,
                                        guint prop_id,
                                        GValue *value,
                                        GParamSpec *pspec)
{
  IncomeSupportQueueItem *self = INCOME_SUPPORT_QUEUE_ITEM (object);

  switch (prop_id)
    {
    case PROP_CLIENT_NAME:
      g_value_set_string (value, self->client_name);
      break;

    case PROP_RECEIVED_ON:
      g_value_set_string (value, self->received_on);
      break;

    case PROP_RECEIVED_LABEL:
      g_value_take_string (value, _income_support_format_date (self->received_on));
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (
          value, _income_support_choice_label (INCOME_SUPPORT_CHOICE_STATUS, self->status));
      break;

    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;

    case PROP_DUE_LABEL:
      g_value_take_string (value, due_label (self));
      break;

    case PROP_IDENTITY_CODE:
      g_value_set_string (value, self->identity_code);
      break;

    case PROP_DUE_CSS_CLASSES:
      g_value_take_boxed (value, deadline_css_classes (self->is_late, self->working_days_left,
                                                       g_strcmp0 (self->clock, "completion") == 0));
      break;

    case PROP_DISCUSSION_LABEL:
      g_value_take_string (value, _income_support_format_date (self->discussion_due_on));
      break;

    case PROP_DISCUSSION_CSS_CLASSES:
      g_value_take_boxed (value, deadline_css_classes (self->discussion_is_late,
                                                       self->discussion_days_left, FALSE));
      break;

    case PROP_WORKING_DAYS_LEFT:
      g_value_set_int (value, self->working_days_left);
      break;

    case PROP_DAYS_LEFT_LABEL:
      if (g_strcmp0 (self->clock, "completion") == 0 || g_strcmp0 (self->clock, "none") == 0)
        g_value_set_string (value, "");
      else
        g_value_take_string (value, g_strdup_printf ("%d", self->working_days_left));
      break;

    case PROP_IS_LATE:
      g_value_set_boolean (value, self->is_late);
      break;

    case PROP_LATE_LABEL:
      g_value_set_string (value, self->is_late ? _ ("Late") : "");
      break;

    case PROP_URGENT:
      g_value_set_boolean (value, self->urgent);
      break;

    case PROP_URGENT_LABEL:
      g_value_set_string (value, self->urgent ? _ ("Urgent") : "");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
income_support_queue_item_finalize (GObject *object)
{
  IncomeSupportQueueItem *self = INCOME_SUPPORT_QUEUE_ITEM (object);

  g_free (self->client_name);
  g_free (self->received_on);
  g_free (self->status);
  g_free (self->due_on);
  g_free (self->identity_code);
  g_free (self->clock);
  g_free (self->completion_due_on);
  g_free (self->discussion_due_on);

  G_OBJECT_CLASS (income_support_queue_item_parent_class)->finalize (object);
}

static void
income_support_queue_item_class_init (IncomeSupportQueueItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = income_support_queue_item_get_property;
  object_class->finalize = income_support_queue_item_finalize;

  properties[PROP_CLIENT_NAME] = g_param_spec_string ("client-name", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECEIVED_ON] = g_param_spec_string ("received-on", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECEIVED_LABEL] = g_param_spec_string ("received-label", NULL, NULL, NULL,
                                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL,
                                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE_ON]
      = g_param_spec_string ("due-on", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE_LABEL] = g_param_spec_string ("due-label", NULL, NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKING_DAYS_LEFT]
      = g_param_spec_int ("working-days-left", NULL, NULL, G_MININT, G_MAXINT, 0,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAYS_LEFT_LABEL] = g_param_spec_string (
      "days-left-label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_LATE] = g_param_spec_boolean ("is-late", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LATE_LABEL] = g_param_spec_string ("late-label", NULL, NULL, NULL,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_URGENT] = g_param_spec_boolean ("urgent", NULL, NULL, FALSE,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_URGENT_LABEL] = g_param_spec_string ("urgent-label", NULL, NULL, NULL,
                                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_IDENTITY_CODE] = g_param_spec_string ("identity-code", NULL, NULL, NULL,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE_CSS_CLASSES] = g_param_spec_boxed ("due-css-classes", NULL, NULL, G_TYPE_STRV,
                                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISCUSSION_LABEL] = g_param_spec_string (
      "discussion-label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISCUSSION_CSS_CLASSES] = g_param_spec_boxed (
      "discussion-css-classes", NULL, NULL, G_TYPE_STRV, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
income_support_queue_item_init (IncomeSupportQueueItem *self)
{
}

/**
 * income_support_queue_item_new:
 * @item: an application of the work queue, as libkansio reads it
 */
IncomeSupportQueueItem *
income_support_queue_item_new (KansioIncomeSupportQueueItem *item)
{
  IncomeSupportQueueItem *self;

  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_QUEUE_ITEM (item), NULL);

  self = g_object_new (INCOME_SUPPORT_TYPE_QUEUE_ITEM, NULL);
  self->application_id = kansio_income_support_queue_item_get_application_id (item);
  self->person_id = kansio_income_support_queue_item_get_person_id (item);
  self->client_name = g_strdup (kansio_income_support_queue_item_get_client_name (item));
  self->received_on = g_strdup (kansio_income_support_queue_item_get_received_on (item));
  self->status = g_strdup (kansio_income_support_queue_item_get_status (item));
  self->clock = g_strdup (kansio_income_support_queue_item_get_clock (item));
  /* The deadline shown is the clock that matters now (DOMAIN.md 2.1). */
  if (kansio_income_support_queue_item_get_clock_due_on (item) != NULL)
    {
      self->due_on = g_strdup (kansio_income_support_queue_item_get_clock_due_on (item));
      self->working_days_left = kansio_income_support_queue_item_get_clock_days_left (item);
      self->is_late = kansio_income_support_queue_item_get_clock_is_late (item);
    }
  else
    {
      self->due_on = g_strdup (kansio_income_support_queue_item_get_due_on (item));
      self->working_days_left = kansio_income_support_queue_item_get_working_days_left (item);
      self->is_late = kansio_income_support_queue_item_get_is_late (item);
    }
  self->urgent = kansio_income_support_queue_item_get_urgent (item);
  self->identity_code = g_strdup (kansio_income_support_queue_item_get_identity_code (item));
  self->completion_due_on
      = g_strdup (kansio_income_support_queue_item_get_completion_due_on (item));
  self->discussion_due_on
      = g_strdup (kansio_income_support_queue_item_get_discussion_due_on (item));
  self->discussion_days_left = kansio_income_support_queue_item_get_discussion_days_left (item);
  self->discussion_is_late = kansio_income_support_queue_item_get_discussion_is_late (item);
  return self;
}

gint64
income_support_queue_item_get_application_id (IncomeSupportQueueItem *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_QUEUE_ITEM (self), 0);
  return self->application_id;
}

gint64
income_support_queue_item_get_person_id (IncomeSupportQueueItem *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_QUEUE_ITEM (self), 0);
  return self->person_id;
}

const char *
income_support_queue_item_get_client_name (IncomeSupportQueueItem *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_QUEUE_ITEM (self), NULL);
  return self->client_name;
}

const char *
income_support_queue_item_get_status (IncomeSupportQueueItem *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_QUEUE_ITEM (self), NULL);
  return self->status;
}

const char *
income_support_queue_item_get_due_on (IncomeSupportQueueItem *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_QUEUE_ITEM (self), NULL);
  return self->due_on;
}

int
income_support_queue_item_get_working_days_left (IncomeSupportQueueItem *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_QUEUE_ITEM (self), 0);
  return self->working_days_left;
}

gboolean
income_support_queue_item_get_is_late (IncomeSupportQueueItem *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_QUEUE_ITEM (self), FALSE);
  return self->is_late;
}

gboolean
income_support_queue_item_get_urgent (IncomeSupportQueueItem *self)
{
  g_return_val_if_fail (INCOME_SUPPORT_IS_QUEUE_ITEM (self), FALSE);
  return self->urgent;
}
