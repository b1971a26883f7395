/* kansio-income-support-phrase.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-income-support-phrase"

#include "config.h"

#include "kansio-api-call-private.h"
#include "kansio-income-support-phrase-private.h"

/* A reason phrase of income support, as main users approved it in the
 * letters editor (api.phrases): a title and a text in Finnish and in
 * Swedish, which a handler starts the reasons of a decision from. */
struct _KansioIncomeSupportPhrase
{
  GObject parent_instance;

  KansioDatabase *database;
  char *name;
  char *title_fi;
  char *title_sv;
  char *body_fi;
  char *body_sv;
};

G_DEFINE_FINAL_TYPE (KansioIncomeSupportPhrase, kansio_income_support_phrase, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_TITLE_FI,
  PROP_TITLE_SV,
  PROP_BODY_FI,
  PROP_BODY_SV,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the language asked for, or in the other one where a main user has
 * not written it yet: a phrase to translate beats none. */
static const char *
in_language (const char *fi, const char *sv, KansioLanguage language)
{
  const char *text = language == KANSIO_LANGUAGE_SWEDISH ? sv : fi;

  if (text == NULL || *text == '\0')
    text = language == KANSIO_LANGUAGE_SWEDISH ? fi : sv;
  return text;
}

static void
kansio_income_support_phrase_get_property (GObject *object,
                                           guint prop_id,
                                           GValue *value,
                                           GParamSpec *pspec)
{
  KansioIncomeSupportPhrase *self = KANSIO_INCOME_SUPPORT_PHRASE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_TITLE_FI:
      g_value_set_string (value, self->title_fi);
      break;

    case PROP_TITLE_SV:
      g_value_set_string (value, self->title_sv);
      break;

    case PROP_BODY_FI:
      g_value_set_string (value, self->body_fi);
      break;

    case PROP_BODY_SV:
      g_value_set_string (value, self->body_sv);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kansio_income_support_phrase_dispose (GObject *object)
{
  KansioIncomeSupportPhrase *self = KANSIO_INCOME_SUPPORT_PHRASE (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (kansio_income_support_phrase_parent_class)->dispose (object);
}

static void
kansio_income_support_phrase_finalize (GObject *object)
{
  KansioIncomeSupportPhrase *self = KANSIO_INCOME_SUPPORT_PHRASE (object);

  g_free (self->name);
  g_free (self->title_fi);
  g_free (self->title_sv);
  g_free (self->body_fi);
  g_free (self->body_sv);

  G_OBJECT_CLASS (kansio_income_support_phrase_parent_class)->finalize (object);
}

static void
kansio_income_support_phrase_class_init (KansioIncomeSupportPhraseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kansio_income_support_phrase_get_property;
  object_class->dispose = kansio_income_support_phrase_dispose;
  object_class->finalize = kansio_income_support_phrase_finalize;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_TITLE_FI] = g_param_spec_string ("title-fi", NULL, NULL, NULL, flags);
  properties[PROP_TITLE_SV] = g_param_spec_string ("title-sv", NULL, NULL, NULL, flags);
  properties[PROP_BODY_FI] = g_param_spec_string ("body-fi", NULL, NULL, NULL, flags);
  properties[PROP_BODY_SV] = g_param_spec_string ("body-sv", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kansio_income_support_phrase_init (KansioIncomeSupportPhrase *self)
{
}

/* The columns of api.phrases, in one place: a KansioApiItemFunc (@owner_id unused). */
KansioIncomeSupportPhrase *
_kansio_income_support_phrase_new_from_row (KansioDatabase *database,
                                            KansioRows *rows,
                                            guint row,
                                            gint64 owner_id)
{
  KansioIncomeSupportPhrase *self = g_object_new (KANSIO_TYPE_INCOME_SUPPORT_PHRASE, NULL);

  self->database = g_object_ref (database);
  self->name = g_strdup (_kansio_api_text (rows, row, "name"));
  self->title_fi = g_strdup (_kansio_api_text (rows, row, "title_fi"));
  self->title_sv = g_strdup (_kansio_api_text (rows, row, "title_sv"));
  self->body_fi = g_strdup (_kansio_api_text (rows, row, "body_fi"));
  self->body_sv = g_strdup (_kansio_api_text (rows, row, "body_sv"));
  return self;
}

const char *
kansio_income_support_phrase_get_name (KansioIncomeSupportPhrase *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PHRASE (self), NULL);
  return self->name;
}

const char *
kansio_income_support_phrase_get_title_fi (KansioIncomeSupportPhrase *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PHRASE (self), NULL);
  return self->title_fi;
}

const char *
kansio_income_support_phrase_get_title_sv (KansioIncomeSupportPhrase *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PHRASE (self), NULL);
  return self->title_sv;
}

const char *
kansio_income_support_phrase_get_body_fi (KansioIncomeSupportPhrase *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PHRASE (self), NULL);
  return self->body_fi;
}

const char *
kansio_income_support_phrase_get_body_sv (KansioIncomeSupportPhrase *self)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PHRASE (self), NULL);
  return self->body_sv;
}

/**
 * kansio_income_support_phrase_get_title:
 *
 * Returns: (nullable): the title in @language, or in the other language
 *   where it has not been written in @language
 */
const char *
kansio_income_support_phrase_get_title (KansioIncomeSupportPhrase *self, KansioLanguage language)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PHRASE (self), NULL);
  return in_language (self->title_fi, self->title_sv, language);
}

/**
 * kansio_income_support_phrase_get_body:
 *
 * Returns: (nullable): the text in @language, or in the other language
 *   where it has not been written in @language
 */
const char *
kansio_income_support_phrase_get_body (KansioIncomeSupportPhrase *self, KansioLanguage language)
{
  g_return_val_if_fail (KANSIO_IS_INCOME_SUPPORT_PHRASE (self), NULL);
  return in_language (self->body_fi, self->body_sv, language);
}

/**
 * kansio_income_support_phrase_list_async:
 *
 * The reason phrases approved for income support.
 */
void
kansio_income_support_phrase_list_async (KansioDatabase *database,
                                         GCancellable *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer user_data)
{
  const char *params[] = { "income-support" };

  g_return_if_fail (KANSIO_IS_DATABASE (database));

  _kansio_api_call_list_async (NULL, kansio_income_support_phrase_list_async, database,
                               "SELECT * FROM api.phrases ($1)", params, G_N_ELEMENTS (params),
                               KANSIO_TYPE_INCOME_SUPPORT_PHRASE,
                               (KansioApiItemFunc) _kansio_income_support_phrase_new_from_row, 0,
                               cancellable, callback, user_data);
}

/**
 * kansio_income_support_phrase_list_finish:
 *
 * Returns: (transfer full) (nullable): a #GListModel of
 *   #KansioIncomeSupportPhrase
 */
GListModel *
kansio_income_support_phrase_list_finish (GAsyncResult *result, GError **error)
{
  return _kansio_api_call_finish (NULL, kansio_income_support_phrase_list_async, result, error);
}
