/* letters-version-item.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "letters-version-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-format.h"
#include "letters-version-item.h"

/* One row of api.template_versions (): who wrote a version, who approved
 * it and when. The texts are fetched only when a version is compared. */
struct _LettersVersionItem
{
  GObject parent_instance;

  gint64 version_id;
  int version;
  char *status;
  char *note;
  char *created_by;
  char *created_at;
  char *edited_by;
  char *approved_by;
  char *approved_at;
};

G_DEFINE_FINAL_TYPE (LettersVersionItem, letters_version_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_VERSION_LABEL,
  PROP_STATUS_LABEL,
  PROP_WRITER,
  PROP_APPROVER,
  PROP_WHEN,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
letters_version_item_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LettersVersionItem *self = LETTERS_VERSION_ITEM (object);

  switch (prop_id)
    {
    case PROP_VERSION_LABEL:
      g_value_take_string (value, g_strdup_printf ("%d", self->version));
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, _letters_status_label (self->status));
      break;

    case PROP_WRITER:
      /* The shipped versions were written by nobody in the database. */
      g_value_set_string (value, self->edited_by != NULL    ? self->edited_by
                                 : self->created_by != NULL ? self->created_by
                                                            : _ ("Kansio"));
      break;

    case PROP_APPROVER:
      g_value_set_string (value, self->approved_by != NULL ? self->approved_by : "");
      break;

    case PROP_WHEN:
      g_value_take_string (value, _letters_format_timestamp (self->approved_at != NULL
                                                                 ? self->approved_at
                                                                 : self->created_at));
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note != NULL ? self->note : "");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_version_item_finalize (GObject *object)
{
  LettersVersionItem *self = LETTERS_VERSION_ITEM (object);

  g_free (self->status);
  g_free (self->note);
  g_free (self->created_by);
  g_free (self->created_at);
  g_free (self->edited_by);
  g_free (self->approved_by);
  g_free (self->approved_at);

  G_OBJECT_CLASS (letters_version_item_parent_class)->finalize (object);
}

static void
letters_version_item_class_init (LettersVersionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = letters_version_item_get_property;
  object_class->finalize = letters_version_item_finalize;

  properties[PROP_VERSION_LABEL] = g_param_spec_string ("version-label", NULL, NULL, NULL,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL,
                                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WRITER]
      = g_param_spec_string ("writer", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_APPROVER] = g_param_spec_string ("approver", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * LettersVersionItem:when:
   *
   * When the version was approved, or else when it was begun.
   */
  properties[PROP_WHEN]
      = g_param_spec_string ("when", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE]
      = g_param_spec_string ("note", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
letters_version_item_init (LettersVersionItem *self)
{
}

/**
 * letters_version_item_new_from_row:
 * @rows: rows of api.template_versions ()
 */
LettersVersionItem *
letters_version_item_new_from_row (KansioRows *rows, guint row)
{
  LettersVersionItem *self;

  g_return_val_if_fail (KANSIO_IS_ROWS (rows), NULL);

  self = g_object_new (LETTERS_TYPE_VERSION_ITEM, NULL);
  self->version_id = _letters_column_int64 (rows, row, "version_id");
  self->version = (int) _letters_column_int64 (rows, row, "version");
  self->status = g_strdup (_letters_column (rows, row, "status"));
  self->note = g_strdup (_letters_column (rows, row, "note"));
  self->created_by = g_strdup (_letters_column (rows, row, "created_by"));
  self->created_at = g_strdup (_letters_column (rows, row, "created_at"));
  self->edited_by = g_strdup (_letters_column (rows, row, "edited_by"));
  self->approved_by = g_strdup (_letters_column (rows, row, "approved_by"));
  self->approved_at = g_strdup (_letters_column (rows, row, "approved_at"));
  return self;
}

gint64
letters_version_item_get_version_id (LettersVersionItem *self)
{
  g_return_val_if_fail (LETTERS_IS_VERSION_ITEM (self), 0);
  return self->version_id;
}

int
letters_version_item_get_version (LettersVersionItem *self)
{
  g_return_val_if_fail (LETTERS_IS_VERSION_ITEM (self), 0);
  return self->version;
}

/**
 * letters_version_item_get_status:
 *
 * Returns: "draft", "submitted" or "approved"
 */
const char *
letters_version_item_get_status (LettersVersionItem *self)
{
  g_return_val_if_fail (LETTERS_IS_VERSION_ITEM (self), NULL);
  return self->status;
}

/**
 * letters_version_item_get_note:
 *
 * Returns: (nullable): the version's note
 */
const char *
letters_version_item_get_note (LettersVersionItem *self)
{
  g_return_val_if_fail (LETTERS_IS_VERSION_ITEM (self), NULL);
  return self->note;
}
