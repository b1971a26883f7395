/* letters-template-item.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "letters-template-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "letters-format.h"
#include "letters-template-item.h"

/* One row of api.template_list (): a template, its newest approved
 * version and the version in the making, if any. */
struct _LettersTemplateItem
{
  GObject parent_instance;

  int template_id;
  char *name;
  char *area;
  char *kind;
  char *title_fi;
  char *title_sv;
  int approved_version;
  gint64 draft_version_id;
  char *draft_status;
};

G_DEFINE_FINAL_TYPE (LettersTemplateItem, letters_template_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TEMPLATE_ID,
  PROP_NAME,
  PROP_TITLE,
  PROP_KIND_LABEL,
  PROP_AREA_LABEL,
  PROP_APPROVED_LABEL,
  PROP_DRAFT_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
letters_template_item_get_property (GObject *object,
                                    guint prop_id,
                                    GValue *value,
                                    GParamSpec *pspec)
{
  LettersTemplateItem *self = LETTERS_TEMPLATE_ITEM (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE_ID:
      g_value_set_int (value, self->template_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_TITLE:
      g_value_set_string (value, letters_template_item_get_title (self));
      break;

    case PROP_KIND_LABEL:
      g_value_set_string (value, _letters_kind_label (self->kind));
      break;

    case PROP_AREA_LABEL:
      g_value_set_string (value, _letters_area_label (self->area));
      break;

    case PROP_APPROVED_LABEL:
      if (self->approved_version > 0)
        g_value_take_string (value, g_strdup_printf ("%d", self->approved_version));
      else
        g_value_set_string (value, _ ("None"));
      break;

    case PROP_DRAFT_LABEL:
      g_value_set_string (value, _letters_status_label (self->draft_status));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
letters_template_item_finalize (GObject *object)
{
  LettersTemplateItem *self = LETTERS_TEMPLATE_ITEM (object);

  g_free (self->name);
  g_free (self->area);
  g_free (self->kind);
  g_free (self->title_fi);
  g_free (self->title_sv);
  g_free (self->draft_status);

  G_OBJECT_CLASS (letters_template_item_parent_class)->finalize (object);
}

static void
letters_template_item_class_init (LettersTemplateItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = letters_template_item_get_property;
  object_class->finalize = letters_template_item_finalize;

  properties[PROP_TEMPLATE_ID] = g_param_spec_int ("template-id", NULL, NULL, 0, G_MAXINT, 0,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME]
      = g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * LettersTemplateItem:title:
   *
   * The title in the interface language.
   */
  properties[PROP_TITLE]
      = g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND_LABEL] = g_param_spec_string ("kind-label", NULL, NULL, NULL,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREA_LABEL] = g_param_spec_string ("area-label", NULL, NULL, NULL,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_APPROVED_LABEL] = g_param_spec_string ("approved-label", NULL, NULL, NULL,
                                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DRAFT_LABEL] = g_param_spec_string ("draft-label", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
letters_template_item_init (LettersTemplateItem *self)
{
}

/**
 * letters_template_item_new_from_row:
 * @rows: rows of api.template_list ()
 */
LettersTemplateItem *
letters_template_item_new_from_row (KansioRows *rows, guint row)
{
  LettersTemplateItem *self;

  g_return_val_if_fail (KANSIO_IS_ROWS (rows), NULL);

  self = g_object_new (LETTERS_TYPE_TEMPLATE_ITEM, NULL);
  self->template_id = (int) _letters_column_int64 (rows, row, "template_id");
  self->name = g_strdup (_letters_column (rows, row, "name"));
  self->area = g_strdup (_letters_column (rows, row, "area"));
  self->kind = g_strdup (_letters_column (rows, row, "kind"));
  self->title_fi = g_strdup (_letters_column (rows, row, "title_fi"));
  self->title_sv = g_strdup (_letters_column (rows, row, "title_sv"));
  self->approved_version = (int) _letters_column_int64 (rows, row, "approved_version");
  self->draft_version_id = _letters_column_int64 (rows, row, "draft_version_id");
  self->draft_status = g_strdup (_letters_column (rows, row, "draft_status"));
  return self;
}

int
letters_template_item_get_template_id (LettersTemplateItem *self)
{
  g_return_val_if_fail (LETTERS_IS_TEMPLATE_ITEM (self), 0);
  return self->template_id;
}

const char *
letters_template_item_get_name (LettersTemplateItem *self)
{
  g_return_val_if_fail (LETTERS_IS_TEMPLATE_ITEM (self), NULL);
  return self->name;
}

/**
 * letters_template_item_get_area:
 *
 * Returns: (nullable): the service area id, %NULL for every area
 */
const char *
letters_template_item_get_area (LettersTemplateItem *self)
{
  g_return_val_if_fail (LETTERS_IS_TEMPLATE_ITEM (self), NULL);
  return self->area;
}

const char *
letters_template_item_get_kind (LettersTemplateItem *self)
{
  g_return_val_if_fail (LETTERS_IS_TEMPLATE_ITEM (self), NULL);
  return self->kind;
}

/**
 * letters_template_item_get_title:
 *
 * Returns: the title in the interface language
 */
const char *
letters_template_item_get_title (LettersTemplateItem *self)
{
  g_return_val_if_fail (LETTERS_IS_TEMPLATE_ITEM (self), NULL);
  return letters_template_item_get_title_for (self,
                                              kansio_i18n_interface_is_swedish () ? "sv" : "fi");
}

/**
 * letters_template_item_get_title_for:
 * @language: "fi" or "sv"
 *
 * Returns: the title documents in @language carry
 */
const char *
letters_template_item_get_title_for (LettersTemplateItem *self, const char *language)
{
  g_return_val_if_fail (LETTERS_IS_TEMPLATE_ITEM (self), NULL);
  return g_strcmp0 (language, "sv") == 0 ? self->title_sv : self->title_fi;
}

/**
 * letters_template_item_get_approved_version:
 *
 * Returns: the newest approved version's number, 0 when none is approved
 */
int
letters_template_item_get_approved_version (LettersTemplateItem *self)
{
  g_return_val_if_fail (LETTERS_IS_TEMPLATE_ITEM (self), 0);
  return self->approved_version;
}

/**
 * letters_template_item_get_draft_version_id:
 *
 * Returns: the version in the making, 0 when there is none
 */
gint64
letters_template_item_get_draft_version_id (LettersTemplateItem *self)
{
  g_return_val_if_fail (LETTERS_IS_TEMPLATE_ITEM (self), 0);
  return self->draft_version_id;
}

/**
 * letters_template_item_get_draft_status:
 *
 * Returns: (nullable): "draft" or "submitted"; %NULL without a draft
 */
const char *
letters_template_item_get_draft_status (LettersTemplateItem *self)
{
  g_return_val_if_fail (LETTERS_IS_TEMPLATE_ITEM (self), NULL);
  return self->draft_status;
}

/**
 * letters_template_item_compare:
 *
 * The list's order: by area (every area's templates first), then kind,
 * then title.
 */
int
letters_template_item_compare (LettersTemplateItem *a, LettersTemplateItem *b)
{
  int area_a = _letters_area_rank (a->area);
  int area_b = _letters_area_rank (b->area);
  int kind_a = _letters_kind_rank (a->kind);
  int kind_b = _letters_kind_rank (b->kind);

  if (area_a != area_b)
    return area_a < area_b ? -1 : 1;
  if (kind_a != kind_b)
    return kind_a < kind_b ? -1 : 1;
  return g_utf8_collate (letters_template_item_get_title (a), letters_template_item_get_title (b));
}
