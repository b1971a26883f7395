/* kansio-client-document.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-client-document"

#include "config.h"

#include "kansio-client-document.h"

/* A stored document of a client, as api.person_documents lists them
 * (without the PDF: kansio_document_composer_open_async() opens it). Plain data, made by the
 * service that asked; no database. */
struct _KansioClientDocument
{
  GObject parent_instance;

  gint64 id;
  char *kind;
  char *title;
  char *language;
  int page_count;
  char *created_at;
  char *created_by;
  char *sha256;
  char *template_name;
  int template_version;
  char *case_number;
};

G_DEFINE_FINAL_TYPE (KansioClientDocument, kansio_client_document, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_LANGUAGE,
  PROP_PAGE_COUNT,
  PROP_CREATED_AT,
  PROP_CREATED_BY,
  PROP_SHA256,
  PROP_TEMPLATE_NAME,
  PROP_TEMPLATE_VERSION,
  PROP_CASE_NUMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kansio_client_document_get_property (GObject *object,
                                     guint prop_id,
                                     GValue *value,
                                     GParamSpec *pspec)
{
  KansioClientDocument *self = KANSIO_CLIENT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_PAGE_COUNT:
      g_value_set_int (value, self->page_count);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    case PROP_CREATED_BY:
      g_value_set_string (value, self->created_by);
      break;

    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;

    case PROP_TEMPLATE_NAME:
      g_value_set_string (value, self->template_name);
      break;

    case PROP_TEMPLATE_VERSION:
      g_value_set_int (value, self->template_version);
      break;

    case PROP_CASE_NUMBER:
      g_value_set_string (value, self->case_number);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_client_document_set_property (GObject *object,
                                     guint prop_id,
                                     const GValue *value,
                                     GParamSpec *pspec)
{
  KansioClientDocument *self = KANSIO_CLIENT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_KIND:
      g_free (self->kind);
      self->kind = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      break;

    case PROP_LANGUAGE:
      g_free (self->language);
      self->language = g_value_dup_string (value);
      break;

    case PROP_PAGE_COUNT:
      self->page_count = g_value_get_int (value);
      break;

    case PROP_CREATED_AT:
      g_free (self->created_at);
      self->created_at = g_value_dup_string (value);
      break;

    case PROP_CREATED_BY:
      g_free (self->created_by);
      self->created_by = g_value_dup_string (value);
      break;

    case PROP_SHA256:
      g_free (self->sha256);
      self->sha256 = g_value_dup_string (value);
      break;

    case PROP_TEMPLATE_NAME:
      g_free (self->template_name);
      self->template_name = g_value_dup_string (value);
      break;

    case PROP_TEMPLATE_VERSION:
      self->template_version = g_value_get_int (value);
      break;

    case PROP_CASE_NUMBER:
      g_free (self->case_number);
      self->case_number = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_client_document_finalize (GObject *object)
{
  KansioClientDocument *self = KANSIO_CLIENT_DOCUMENT (object);

  g_free (self->kind);
  g_free (self->title);
  g_free (self->language);
  g_free (self->created_at);
  g_free (self->created_by);
  g_free (self->sha256);
  g_free (self->template_name);
  g_free (self->case_number);

  G_OBJECT_CLASS (kansio_client_document_parent_class)->finalize (object);
}

static void
kansio_client_document_class_init (KansioClientDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                      | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_client_document_get_property;
  object_class->set_property = kansio_client_document_set_property;
  object_class->finalize = kansio_client_document_finalize;

  /**
   * KansioClientDocument:id:
   *
   * The document's id.
   */
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  /**
   * KansioClientDocument:kind:
   *
   * The document's kind.
   */
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  /**
   * KansioClientDocument:title:
   *
   * The document's title.
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  /**
   * KansioClientDocument:language:
   *
   * "fi" or "sv".
   */
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, flags);
  /**
   * KansioClientDocument:page-count:
   *
   * How many pages the PDF has.
   */
  properties[PROP_PAGE_COUNT]
      = g_param_spec_int ("page-count", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  /**
   * KansioClientDocument:created-at:
   *
   * When it was made, as the database gives a timestamp.
   */
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, flags);
  /**
   * KansioClientDocument:created-by:
   *
   * Who made it.
   */
  properties[PROP_CREATED_BY] = g_param_spec_string ("created-by", NULL, NULL, NULL, flags);
  /**
   * KansioClientDocument:sha256:
   *
   * The PDF's SHA-256, in hexadecimal.
   */
  properties[PROP_SHA256] = g_param_spec_string ("sha256", NULL, NULL, NULL, flags);
  /**
   * KansioClientDocument:template-name:
   *
   * The template it was made from, or %NULL.
   */
  properties[PROP_TEMPLATE_NAME] = g_param_spec_string ("template-name", NULL, NULL, NULL, flags);
  /**
   * KansioClientDocument:template-version:
   *
   * The template's version, or 0.
   */
  properties[PROP_TEMPLATE_VERSION]
      = g_param_spec_int ("template-version", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  /**
   * KansioClientDocument:case-number:
   *
   * The case's number, or %NULL.
   */
  properties[PROP_CASE_NUMBER] = g_param_spec_string ("case-number", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_client_document_init (KansioClientDocument *self)
{
}

gint64
kansio_client_document_get_id (KansioClientDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_DOCUMENT (self), 0);
  return self->id;
}

const char *
kansio_client_document_get_kind (KansioClientDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_DOCUMENT (self), NULL);
  return self->kind;
}

const char *
kansio_client_document_get_title (KansioClientDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_DOCUMENT (self), NULL);
  return self->title;
}

const char *
kansio_client_document_get_language (KansioClientDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_DOCUMENT (self), NULL);
  return self->language;
}

int
kansio_client_document_get_page_count (KansioClientDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_DOCUMENT (self), 0);
  return self->page_count;
}

const char *
kansio_client_document_get_created_at (KansioClientDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_DOCUMENT (self), NULL);
  return self->created_at;
}

const char *
kansio_client_document_get_created_by (KansioClientDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_DOCUMENT (self), NULL);
  return self->created_by;
}

const char *
kansio_client_document_get_sha256 (KansioClientDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_DOCUMENT (self), NULL);
  return self->sha256;
}

const char *
kansio_client_document_get_template_name (KansioClientDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_DOCUMENT (self), NULL);
  return self->template_name;
}

int
kansio_client_document_get_template_version (KansioClientDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_DOCUMENT (self), 0);
  return self->template_version;
}

const char *
kansio_client_document_get_case_number (KansioClientDocument *self)
{
  g_return_val_if_fail (KANSIO_IS_CLIENT_DOCUMENT (self), NULL);
  return self->case_number;
}
