/* kansio-letter-template.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-letter-template"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kansio-i18n.h"
#include "kansio-letter-labels.h"
#include "kansio-letter-template.h"

/* A letter or decision template as listed: its names, its newest approved
 * version and the version in the making, if any. Plain data; the texts
 * are in its versions (#KansioLetterTemplateVersion). */
struct _KansioLetterTemplate
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

G_DEFINE_FINAL_TYPE (KansioLetterTemplate, kansio_letter_template, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TEMPLATE_ID,
  PROP_NAME,
  PROP_AREA,
  PROP_KIND,
  PROP_TITLE_FI,
  PROP_TITLE_SV,
  PROP_APPROVED_VERSION,
  PROP_DRAFT_VERSION_ID,
  PROP_DRAFT_STATUS,
  /* Read-only views for list columns */
  PROP_TITLE,
  PROP_KIND_LABEL,
  PROP_AREA_LABEL,
  PROP_APPROVED_LABEL,
  PROP_DRAFT_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Sets @field, notifying @prop and the view @derived (0: none) made from it. */
static void
set_string (KansioLetterTemplate *self, char **field, const char *value, guint prop, guint derived)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  if (derived != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[derived]);
}

static void
kansio_letter_template_get_property (GObject *object,
                                     guint prop_id,
                                     GValue *value,
                                     GParamSpec *pspec)
{
  KansioLetterTemplate *self = KANSIO_LETTER_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE_ID:
      g_value_set_int (value, self->template_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_AREA:
      g_value_set_string (value, self->area);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_TITLE_FI:
      g_value_set_string (value, self->title_fi);
      break;

    case PROP_TITLE_SV:
      g_value_set_string (value, self->title_sv);
      break;

    case PROP_APPROVED_VERSION:
      g_value_set_int (value, self->approved_version);
      break;

    case PROP_DRAFT_VERSION_ID:
      g_value_set_int64 (value, self->draft_version_id);
      break;

    case PROP_DRAFT_STATUS:
      g_value_set_string (value, self->draft_status);
      break;

    case PROP_TITLE:
      g_value_set_string (value, kansio_letter_template_get_title (self));
      break;

    case PROP_KIND_LABEL:
      g_value_set_string (value, kansio_letter_kind_get_label (self->kind));
      break;

    case PROP_AREA_LABEL:
      g_value_set_string (value, kansio_letter_area_get_label (self->area));
      break;

    case PROP_APPROVED_LABEL:
      if (self->approved_version > 0)
        g_value_take_string (value, g_strdup_printf ("%d", self->approved_version));
      else
        g_value_set_string (value, _ ("None"));
      break;

    case PROP_DRAFT_LABEL:
      g_value_set_string (value, kansio_letter_status_get_label (self->draft_status));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_letter_template_set_property (GObject *object,
                                     guint prop_id,
                                     const GValue *value,
                                     GParamSpec *pspec)
{
  KansioLetterTemplate *self = KANSIO_LETTER_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE_ID:
      if (self->template_id != g_value_get_int (value))
        {
          self->template_id = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_NAME:
      set_string (self, &self->name, g_value_get_string (value), prop_id, 0);
      break;

    case PROP_AREA:
      set_string (self, &self->area, g_value_get_string (value), prop_id, PROP_AREA_LABEL);
      break;

    case PROP_KIND:
      set_string (self, &self->kind, g_value_get_string (value), prop_id, PROP_KIND_LABEL);
      break;

    case PROP_TITLE_FI:
      set_string (self, &self->title_fi, g_value_get_string (value), prop_id, PROP_TITLE);
      break;

    case PROP_TITLE_SV:
      set_string (self, &self->title_sv, g_value_get_string (value), prop_id, PROP_TITLE);
      break;

    case PROP_APPROVED_VERSION:
      if (self->approved_version != g_value_get_int (value))
        {
          self->approved_version = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
          g_object_notify_by_pspec (object, properties[PROP_APPROVED_LABEL]);
        }
      break;

    case PROP_DRAFT_VERSION_ID:
      if (self->draft_version_id != g_value_get_int64 (value))
        {
          self->draft_version_id = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_DRAFT_STATUS:
      set_string (self, &self->draft_status, g_value_get_string (value), prop_id, PROP_DRAFT_LABEL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_letter_template_finalize (GObject *object)
{
  KansioLetterTemplate *self = KANSIO_LETTER_TEMPLATE (object);

  g_free (self->name);
  g_free (self->area);
  g_free (self->kind);
  g_free (self->title_fi);
  g_free (self->title_sv);
  g_free (self->draft_status);

  G_OBJECT_CLASS (kansio_letter_template_parent_class)->finalize (object);
}

static void
kansio_letter_template_class_init (KansioLetterTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags view = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_letter_template_get_property;
  object_class->set_property = kansio_letter_template_set_property;
  object_class->finalize = kansio_letter_template_finalize;

  properties[PROP_TEMPLATE_ID]
      = g_param_spec_int ("template-id", NULL, NULL, 0, G_MAXINT, 0, flags);
  /**
   * KansioLetterTemplate:name:
   *
   * The name documents ask for the template by, as "information-request".
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  /**
   * KansioLetterTemplate:area:
   *
   * The service area id, %NULL for a template of every area.
   */
  properties[PROP_AREA] = g_param_spec_string ("area", NULL, NULL, NULL, flags);
  /**
   * KansioLetterTemplate:kind:
   *
   * "decision", "letter", "block", "phrase" or "report".
   */
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_TITLE_FI] = g_param_spec_string ("title-fi", NULL, NULL, NULL, flags);
  properties[PROP_TITLE_SV] = g_param_spec_string ("title-sv", NULL, NULL, NULL, flags);
  /**
   * KansioLetterTemplate:approved-version:
   *
   * The newest approved version's number, 0 when none is approved.
   */
  properties[PROP_APPROVED_VERSION]
      = g_param_spec_int ("approved-version", NULL, NULL, 0, G_MAXINT, 0, flags);
  /**
   * KansioLetterTemplate:draft-version-id:
   *
   * The version in the making, 0 when there is none (or the user may
   * not read drafts).
   */
  properties[PROP_DRAFT_VERSION_ID]
      = g_param_spec_int64 ("draft-version-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /**
   * KansioLetterTemplate:draft-status:
   *
   * "draft" or "submitted"; %NULL without a version in the making.
   */
  properties[PROP_DRAFT_STATUS] = g_param_spec_string ("draft-status", NULL, NULL, NULL, flags);
  /**
   * KansioLetterTemplate:title:
   *
   * The title in the interface language.
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, view);
  properties[PROP_KIND_LABEL] = g_param_spec_string ("kind-label", NULL, NULL, NULL, view);
  properties[PROP_AREA_LABEL] = g_param_spec_string ("area-label", NULL, NULL, NULL, view);
  properties[PROP_APPROVED_LABEL] = g_param_spec_string ("approved-label", NULL, NULL, NULL, view);
  properties[PROP_DRAFT_LABEL] = g_param_spec_string ("draft-label", NULL, NULL, NULL, view);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_letter_template_init (KansioLetterTemplate *self)
{
}

int
kansio_letter_template_get_template_id (KansioLetterTemplate *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE (self), 0);
  return self->template_id;
}

const char *
kansio_letter_template_get_name (KansioLetterTemplate *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE (self), NULL);
  return self->name;
}

/**
 * kansio_letter_template_get_area:
 *
 * Returns: (nullable): the service area id, %NULL for every area
 */
const char *
kansio_letter_template_get_area (KansioLetterTemplate *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE (self), NULL);
  return self->area;
}

const char *
kansio_letter_template_get_kind (KansioLetterTemplate *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE (self), NULL);
  return self->kind;
}

/**
 * kansio_letter_template_get_title:
 *
 * Returns: the title in the interface language
 */
const char *
kansio_letter_template_get_title (KansioLetterTemplate *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE (self), NULL);
  return kansio_letter_template_get_title_for (self,
                                               kansio_i18n_interface_is_swedish () ? "sv" : "fi");
}

/**
 * kansio_letter_template_get_title_for:
 * @language: "fi" or "sv"
 *
 * Returns: the title documents in @language carry
 */
const char *
kansio_letter_template_get_title_for (KansioLetterTemplate *self, const char *language)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE (self), NULL);
  return g_strcmp0 (language, "sv") == 0 ? self->title_sv : self->title_fi;
}

/**
 * kansio_letter_template_get_approved_version:
 *
 * Returns: the newest approved version's number, 0 when none is approved
 */
int
kansio_letter_template_get_approved_version (KansioLetterTemplate *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE (self), 0);
  return self->approved_version;
}

/**
 * kansio_letter_template_get_draft_version_id:
 *
 * Returns: the version in the making, 0 when there is none
 */
gint64
kansio_letter_template_get_draft_version_id (KansioLetterTemplate *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE (self), 0);
  return self->draft_version_id;
}

/**
 * kansio_letter_template_get_draft_status:
 *
 * Returns: (nullable): "draft" or "submitted"; %NULL without a draft
 */
const char *
kansio_letter_template_get_draft_status (KansioLetterTemplate *self)
{
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE (self), NULL);
  return self->draft_status;
}

/**
 * kansio_letter_template_compare:
 *
 * The order templates are listed in: by area (every area's templates
 * first), then kind, then title.
 */
int
kansio_letter_template_compare (KansioLetterTemplate *a, KansioLetterTemplate *b)
{
  int area_a, area_b, kind_a, kind_b;

  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE (a), 0);
  g_return_val_if_fail (KANSIO_IS_LETTER_TEMPLATE (b), 0);

  area_a = kansio_letter_area_get_rank (a->area);
  area_b = kansio_letter_area_get_rank (b->area);
  kind_a = kansio_letter_kind_get_rank (a->kind);
  kind_b = kansio_letter_kind_get_rank (b->kind);
  if (area_a != area_b)
    return area_a < area_b ? -1 : 1;
  if (kind_a != kind_b)
    return kind_a < kind_b ? -1 : 1;
  return g_utf8_collate (kansio_letter_template_get_title (a),
                         kansio_letter_template_get_title (b));
}
