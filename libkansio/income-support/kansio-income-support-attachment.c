/* kansio-income-support-attachment.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-attachment"

#include "config.h"

#include "kansio-api-call-private.h"
#include "kansio-income-support-attachment-private.h"

/* An attachment asked for on an application, as api.is_attachments gives
 * it: what the client must still send, and the day it arrived. It is asked
 * for with kansio_income_support_application_ask_attachment_async() and
 * marked received here; the database moves the application's deadline. */
struct _KansioIncomeSupportAttachment
{
  GObject parent_instance;

  KansioDatabase *database;
  gint64 application_id;
  gint64 id;
  char *description;
  char *received_on;
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportAttachment, kansio_income_support_attachment, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_DESCRIPTION,
  PROP_RECEIVED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_income_support_attachment_get_property (GObject *object,
                                               guint prop_id,
                                               GValue *value,
                                               GParamSpec *pspec)
{
  KansioIncomeSupportAttachment *self = KANSIO_INCOME_SUPPORT_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_RECEIVED_ON:
      g_value_set_string (value, self->received_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_income_support_attachment_dispose (GObject *object)
{
  KansioIncomeSupportAttachment *self = KANSIO_INCOME_SUPPORT_ATTACHMENT (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (kansio_income_support_attachment_parent_class)->dispose (object);
}

static void
kansio_income_support_attachment_finalize (GObject *object)
{
  KansioIncomeSupportAttachment *self = KANSIO_INCOME_SUPPORT_ATTACHMENT (object);

  g_free (self->description);
  g_free (self->received_on);

  G_OBJECT_CLASS (kansio_income_support_attachment_parent_class)->finalize (object);
}

static void
kansio_income_support_attachment_class_init (KansioIncomeSupportAttachmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_income_support_attachment_get_property;
  object_class->dispose = kansio_income_support_attachment_dispose;
  object_class->finalize = kansio_income_support_attachment_finalize;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  /* yyyy-mm-dd; NULL while it is missing */
  properties[PROP_RECEIVED_ON] = g_param_spec_string ("received-on", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_income_support_attachment_init (KansioIncomeSupportAttachment *self)
{
}

/* The columns of api.is_attachments, in one place: a KansioApiItemFunc. */
KansioIncomeSupportAttachment *
_kansio_income_support_attachment_new_from_row (KansioDatabase *database,
                                                KansioRows *rows,
                                                guint row,
                                                gint64 application_id)
{
  KansioIncomeSupportAttachment *self = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_ATTACHMENT, NULL);

  self->database = g_object_ref (database);
  self->application_id = application_id;
  self->id = _kansio_api_int64 (rows, row, "attachment_id");
  self->description = g_strdup (_kansio_api_text (rows, row, "description"));
  self->received_on = g_strdup (_kansio_api_text (rows, row, "received_on"));
  return self;
}

gint64
kansio_income_support_attachment_get_id (KansioIncomeSupportAttachment *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_ATTACHMENT (self), 0);
  return self->id;
}

const char *
kansio_income_support_attachment_get_description (KansioIncomeSupportAttachment *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_ATTACHMENT (self), NULL);
  return self->description;
}

const char *
kansio_income_support_attachment_get_received_on (KansioIncomeSupportAttachment *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_ATTACHMENT (self), NULL);
  return self->received_on;
}

/**
 * kansio_income_support_attachment_mark_received_async:
 * @received_on: the day it arrived
 *
 * Records that the attachment arrived.
 */
void
kansio_income_support_attachment_mark_received_async (KansioIncomeSupportAttachment *self,
                                                      const GDate *received_on,
                                                      GCancellable *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer user_data)
{
  g_autofree char *application_id = NULL;
  g_autofree char *id = NULL;
  g_autofree char *day = NULL;
  const char *params[3];

  g_return_if_fail (KANSIO_IS_INCOME_SUPPORT_ATTACHMENT (self));
  g_return_if_fail (received_on != NULL && g_date_valid (received_on));

  application_id = _kansio_api_int64_text (self->application_id);
  id = _kansio_api_int64_text (self->id);
  day = _kansio_api_date_text (received_on);
  params[0] = application_id;
  params[1] = id;
  params[2] = day;
  _kansio_api_call_async (self, kansio_income_support_attachment_mark_received_async,
                          self->database, "SELECT api.is_attachment_set ($1, $2, NULL, $3::date)",
                          params, G_N_ELEMENTS (params), _kansio_api_map_done, NULL, NULL, NULL,
                          cancellable, callback, user_data);
}

gboolean
kansio_income_support_attachment_mark_received_finish (KansioIncomeSupportAttachment *self,
                                                       GAsyncResult *result,
                                                       GError **error)
{
  return _kansio_api_call_finish_done (self, kansio_income_support_attachment_mark_received_async,
                                       result, error);
}
