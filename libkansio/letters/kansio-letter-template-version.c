/* kansio-letter-template-version.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-letter-template-version"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-letter-labels.h"
#include "kansio-letter-template-version.h"

/* One version of a template: both languages' texts, each with when it
 * last changed, who wrote and who approved it, and the row version a
 * save or a decision names. A version as listed has no texts: they come
 * with the version read alone. Plain data. */

/* The string and time properties, in the order of their property ids. */
enum
{
  STRING_STATUS,
  STRING_NOTE,
  STRING_BODY_FI,
  STRING_BODY_SV,
  STRING_CREATED_BY,
  STRING_EDITED_BY,
  STRING_APPROVED_BY,
  N_STRINGS
};

enum
{
  TIME_FI_REVISED_AT,
  TIME_SV_REVISED_AT,
  TIME_CREATED_AT,
  TIME_APPROVED_AT,
  N_TIMES
};

struct _KansioLetterTemplateVersion
{
  GObject parent_instance;

  gint64 version_id;
  int template_id;
  int version;
  int row_version;
  char *strings[N_STRINGS];
  GDateTime *times[N_TIMES];
};

G_DEFINE_FINAL_TYPE (KansioLetterTemplateVersion, kansio_letter_template_version, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_VERSION_ID,
  PROP_TEMPLATE_ID,
  PROP_VERSION,
  PROP_ROW_VERSION,
  PROP_STATUS, /* the strings */
  PROP_NOTE,
  PROP_BODY_FI,
  PROP_BODY_SV,
  PROP_CREATED_BY,
  PROP_EDITED_BY,
  PROP_APPROVED_BY,
  PROP_FI_REVISED_AT, /* the times */
  PROP_SV_REVISED_AT,
  PROP_CREATED_AT,
  PROP_APPROVED_AT,
  /* Read-only views for list columns */
  PROP_VERSION_LABEL,
  PROP_STATUS_LABEL,
  PROP_WRITER,
  PROP_WHEN,
  N_PROPS
};

G_STATIC_ASSERT (PROP_STATUS + N_STRINGS == PROP_FI_REVISED_AT);
G_STATIC_ASSERT (PROP_FI_REVISED_AT + N_TIMES == PROP_VERSION_LABEL);

static GParamSpec *properties[N_PROPS];

static void
notify (KansioLetterTemplateVersion *self, guint prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_int (KansioLetterTemplateVersion *self, int *field, int value, guint prop_id)
{
  if (*field == value)
    return;
  *field = value;
  notify (self, prop_id);
  if (prop_id == PROP_VERSION)
    notify (self, PROP_VERSION_LABEL);
}

static void
set_string (KansioLetterTemplateVersion *self, guint prop_id, const char *value)
{
  char **field = &self->strings[prop_id - PROP_STATUS];

  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  notify (self, prop_id);
  if (prop_id == PROP_STATUS)
    notify (self, PROP_STATUS_LABEL);
  if (prop_id == PROP_CREATED_BY || prop_id == PROP_EDITED_BY)
    notify (self, PROP_WRITER);
}

static void
set_time (KansioLetterTemplateVersion *self, guint prop_id, GDateTime *value)
{
  GDateTime **field = &self->times[prop_id - PROP_FI_REVISED_AT];

  if (*field == value || (*field != NULL && value != NULL && g_date_time_equal (*field, value)))
    return;
  g_clear_pointer (field, g_date_time_unref);
  *field = value != NULL ? g_date_time_ref (value) : NULL;
  notify (self, prop_id);
  if (prop_id == PROP_CREATED_AT || prop_id == PROP_APPROVED_AT)
    notify (self, PROP_WHEN);
}

static const char *
writer (KansioLetterTemplateVersion *self)
{
  if (self->strings[STRING_EDITED_BY] != NULL)
    return self->strings[STRING_EDITED_BY];
  if (self->strings[STRING_CREATED_BY] != NULL)
    return self->strings[STRING_CREATED_BY];
  /* The shipped versions were written by nobody in the database. */
  return _ ("Kansio");
}

static void
kansio_letter_template_version_get_property (GObject *object,
                                             guint prop_id,
                                             GValue *value,
                                             GParamSpec *pspec)
{
  KansioLetterTemplateVersion *self = KANSIO_LETTER_TEMPLATE_VERSION (object);

  switch (prop_id)
    {
    case PROP_VERSION_ID:
      g_value_set_int64 (value, self->version_id);
      break;

    case PROP_TEMPLATE_ID:
      g_value_set_int (value, self->template_id);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_ROW_VERSION:
      g_value_set_int (value, self->row_version);
      break;

    case PROP_STATUS:
    case PROP_NOTE:
    case PROP_BODY_FI:
    case PROP_BODY_SV:
    case PROP_CREATED_BY:
    case PROP_EDITED_BY:
    case PROP_APPROVED_BY:
      g_value_set_string (value, self->strings[prop_id - PROP_STATUS]);
      break;

    case PROP_FI_REVISED_AT:
    case PROP_SV_REVISED_AT:
    case PROP_CREATED_AT:
    case PROP_APPROVED_AT:
      g_value_set_boxed (value, self->times[prop_id - PROP_FI_REVISED_AT]);
      break;

    case PROP_VERSION_LABEL:
      g_value_take_string (value, g_strdup_printf ("%d", self->version));
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, kansio_letter_status_get_label (self->strings[STRING_STATUS]));
      break;

    case PROP_WRITER:
      g_value_set_string (value, writer (self));
      break;

    case PROP_WHEN:
      g_value_take_string (value, kansio_letter_format_time (self->times[TIME_APPROVED_AT] != NULL
                                                                 ? self->times[TIME_APPROVED_AT]
                                                                 : self->times[TIME_CREATED_AT]));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_letter_template_version_set_property (GObject *object,
                                             guint prop_id,
                                             const GValue *value,
                                             GParamSpec *pspec)
{
  KansioLetterTemplateVersion *self = KANSIO_LETTER_TEMPLATE_VERSION (object);

  switch (prop_id)
    {
    case PROP_VERSION_ID:
      if (self->version_id != g_value_get_int64 (value))
        {
          self->version_id = g_value_get_int64 (value);
          notify (self, prop_id);
        }
      break;

    case PROP_TEMPLATE_ID:
      set_int (self, &self->template_id, g_value_get_int (value), prop_id);
      break;

    case PROP_VERSION:
      set_int (self, &self->version, g_value_get_int (value), prop_id);
      break;

    case PROP_ROW_VERSION:
      set_int (self, &self->row_version, g_value_get_int (value), prop_id);
      break;

    case PROP_STATUS:
    case PROP_NOTE:
    case PROP_BODY_FI:
    case PROP_BODY_SV:
    case PROP_CREATED_BY:
    case PROP_EDITED_BY:
    case PROP_APPROVED_BY:
      set_string (self, prop_id, g_value_get_string (value));
      break;

    case PROP_FI_REVISED_AT:
    case PROP_SV_REVISED_AT:
    case PROP_CREATED_AT:
    case PROP_APPROVED_AT:
      set_time (self, prop_id, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_letter_template_version_finalize (GObject *object)
{
  KansioLetterTemplateVersion *self = KANSIO_LETTER_TEMPLATE_VERSION (object);

  for (guint i = 0; i < N_STRINGS; i++)
    g_free (self->strings[i]);
  for (guint i = 0; i < N_TIMES; i++)
    g_clear_pointer (&self->times[i], g_date_time_unref);

  G_OBJECT_CLASS (kansio_letter_template_version_parent_class)->finalize (object);
}

static void
kansio_letter_template_version_class_init (KansioLetterTemplateVersionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags view = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_letter_template_version_get_property;
  object_class->set_property = kansio_letter_template_version_set_property;
  object_class->finalize = kansio_letter_template_version_finalize;

  properties[PROP_VERSION_ID]
      = g_param_spec_int64 ("version-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TEMPLATE_ID]
      = g_param_spec_int ("template-id", NULL, NULL, 0, G_MAXINT, 0, flags);
  /**
   * KansioLetterTemplateVersion:version:
   *
   * The version's number within its template, from 1.
   */
  properties[PROP_VERSION] = g_param_spec_int ("version", NULL, NULL, 0, G_MAXINT, 0, flags);
  /**
   * KansioLetterTemplateVersion:row-version:
   *
   * The version as it was read: a save or a decision names it, so that
   * a version saved again meanwhile is neither overwritten nor approved
   * unread. 0 when the version was listed, not read.
   */
  properties[PROP_ROW_VERSION]
      = g_param_spec_int ("row-version", NULL, NULL, 0, G_MAXINT, 0, flags);
  /**
   * KansioLetterTemplateVersion:status:
   *
   * "draft", "submitted" or "approved".
   */
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_BODY_FI] = g_param_spec_string ("body-fi", NULL, NULL, NULL, flags);
  properties[PROP_BODY_SV] = g_param_spec_string ("body-sv", NULL, NULL, NULL, flags);
  properties[PROP_CREATED_BY] = g_param_spec_string ("created-by", NULL, NULL, NULL, flags);
  properties[PROP_EDITED_BY] = g_param_spec_string ("edited-by", NULL, NULL, NULL, flags);
  properties[PROP_APPROVED_BY] = g_param_spec_string ("approved-by", NULL, NULL, NULL, flags);
  properties[PROP_FI_REVISED_AT]
      = g_param_spec_boxed ("fi-revised-at", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_SV_REVISED_AT]
      = g_param_spec_boxed ("sv-revised-at", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_CREATED_AT]
      = g_param_spec_boxed ("created-at", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_APPROVED_AT]
      = g_param_spec_boxed ("approved-at", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_VERSION_LABEL] = g_param_spec_string ("version-label", NULL, NULL, NULL, view);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL, view);
  /**
   * KansioLetterTemplateVersion:writer:
   *
   * Who saved the version last, or else who began it.
   */
  properties[PROP_WRITER] = g_param_spec_string ("writer", NULL, NULL, NULL, view);
  /**
   * KansioLetterTemplateVersion:when:
   *
   * When the version was approved, or else when it was begun.
   */
  properties[PROP_WHEN] = g_param_spec_string ("when", NULL, NULL, NULL, view);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_letter_template_version_init (KansioLetterTemplateVersion *self)
{
}

gint64
kansio_letter_template_version_get_version_id (KansioLetterTemplateVersion *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), 0);
  return self->version_id;
}

int
kansio_letter_template_version_get_template_id (KansioLetterTemplateVersion *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), 0);
  return self->template_id;
}

int
kansio_letter_template_version_get_version (KansioLetterTemplateVersion *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), 0);
  return self->version;
}

/**
 * kansio_letter_template_version_get_status:
 *
 * Returns: "draft", "submitted" or "approved"
 */
const char *
kansio_letter_template_version_get_status (KansioLetterTemplateVersion *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), NULL);
  return self->strings[STRING_STATUS];
}

/**
 * kansio_letter_template_version_is_approved:
 *
 * Returns: whether documents may be made from the version; an approved
 *   version never changes
 */
gboolean
kansio_letter_template_version_is_approved (KansioLetterTemplateVersion *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), FALSE);
  return g_strcmp0 (self->strings[STRING_STATUS], "approved") == 0;
}

/**
 * kansio_letter_template_version_get_note:
 *
 * Returns: (nullable): the version's note: the writer's, or the reason
 *   it was returned
 */
const char *
kansio_letter_template_version_get_note (KansioLetterTemplateVersion *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), NULL);
  return self->strings[STRING_NOTE];
}

/**
 * kansio_letter_template_version_get_body:
 * @language: "fi" or "sv"
 *
 * Returns: (nullable): the text in @language; %NULL for a version as
 *   listed
 */
const char *
kansio_letter_template_version_get_body (KansioLetterTemplateVersion *self, const char *language)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), NULL);
  return self->strings[g_strcmp0 (language, "sv") == 0 ? STRING_BODY_SV : STRING_BODY_FI];
}

/**
 * kansio_letter_template_version_get_revised_at:
 * @language: "fi" or "sv"
 *
 * Returns: (transfer none) (nullable): when the text in @language last
 *   changed
 */
GDateTime *
kansio_letter_template_version_get_revised_at (KansioLetterTemplateVersion *self,
                                               const char *language)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), NULL);
  return self->times[g_strcmp0 (language, "sv") == 0 ? TIME_SV_REVISED_AT : TIME_FI_REVISED_AT];
}

/**
 * kansio_letter_template_version_get_created_by:
 *
 * Returns: (nullable): who began the version; %NULL for a shipped one
 */
const char *
kansio_letter_template_version_get_created_by (KansioLetterTemplateVersion *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), NULL);
  return self->strings[STRING_CREATED_BY];
}

/**
 * kansio_letter_template_version_get_created_at:
 *
 * Returns: (transfer none) (nullable): when the version was begun
 */
GDateTime *
kansio_letter_template_version_get_created_at (KansioLetterTemplateVersion *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), NULL);
  return self->times[TIME_CREATED_AT];
}

/**
 * kansio_letter_template_version_get_edited_by:
 *
 * Returns: (nullable): who saved the version last
 */
const char *
kansio_letter_template_version_get_edited_by (KansioLetterTemplateVersion *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), NULL);
  return self->strings[STRING_EDITED_BY];
}

/**
 * kansio_letter_template_version_get_approved_by:
 *
 * Returns: (nullable): the main user who approved the version
 */
const char *
kansio_letter_template_version_get_approved_by (KansioLetterTemplateVersion *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), NULL);
  return self->strings[STRING_APPROVED_BY];
}

/**
 * kansio_letter_template_version_get_approved_at:
 *
 * Returns: (transfer none) (nullable): when the version was approved
 */
GDateTime *
kansio_letter_template_version_get_approved_at (KansioLetterTemplateVersion *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), NULL);
  return self->times[TIME_APPROVED_AT];
}

/**
 * kansio_letter_template_version_get_row_version:
 *
 * Returns: the row version read, which a save or a decision names
 */
int
kansio_letter_template_version_get_row_version (KansioLetterTemplateVersion *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE_VERSION (self), 0);
  return self->row_version;
}
