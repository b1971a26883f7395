/* kansio-merge-data.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The values a template's merge fields take, typed, so that each is
 * written the way the document's language writes it: a date, an amount in
 * cents, a number, yes or no, or text. A list (the rows of a payment
 * table) holds items that are merge data of their own.
 */
#define G_LOG_DOMAIN "kansio-merge-data"

#include "config.h"

#include <stdio.h>

#include "kansio-merge-data-private.h"

typedef struct
{
  KansioFieldType type;
  union
  {
    char *text;
    GDate date;
    gint64 integer; /* money in cents, number */
    gboolean boolean;
    GPtrArray *items; /* of KansioMergeData */
  };
} Value;

struct _KansioMergeData
{
  GObject parent_instance;

  GHashTable *values; /* name → Value */
};

G_DEFINE_FINAL_TYPE (KansioMergeData, kansio_merge_data, G_TYPE_OBJECT)

static void
value_free (Value *value)
{
  if (value->type == KANSIO_FIELD_TEXT)
    g_free (value->text);
  else if (value->type == KANSIO_FIELD_LIST)
    g_ptr_array_unref (value->items);
  g_free (value);
}

static Value *
replace_value (KansioMergeData *self, const char *name, KansioFieldType type)
{
  Value *value = g_new0 (Value, 1);

  value->type = type;
  g_hash_table_replace (self->values, g_strdup (name), value);
  return value;
}

static void
kansio_merge_data_finalize (GObject *object)
{
  KansioMergeData *self = KANSIO_MERGE_DATA (object);

  g_clear_pointer (&self->values, g_hash_table_unref);

  G_OBJECT_CLASS (kansio_merge_data_parent_class)->finalize (object);
}

static void
kansio_merge_data_class_init (KansioMergeDataClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_merge_data_finalize;
}

static void
kansio_merge_data_init (KansioMergeData *self)
{
  self->values
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) value_free);
}

KansioMergeData *
kansio_merge_data_new (void)
{
  return g_object_new (KANSIO_TYPE_MERGE_DATA, NULL);
}

/**
 * kansio_merge_data_set_text:
 * @value: (nullable): the text; %NULL or "" leaves the field empty
 */
void
kansio_merge_data_set_text (KansioMergeData *self, const char *name, const char *value)
{
  g_return_if_fail (KANSIO_IS_MERGE_DATA (self));
  g_return_if_fail (name != NULL);

  replace_value (self, name, KANSIO_FIELD_TEXT)->text = g_strdup (value != NULL ? value : "");
}

void
kansio_merge_data_set_date (KansioMergeData *self, const char *name, const GDate *date)
{
  g_return_if_fail (KANSIO_IS_MERGE_DATA (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  replace_value (self, name, KANSIO_FIELD_DATE)->date = *date;
}

/**
 * kansio_merge_data_set_iso_date:
 * @iso: (nullable): a date as 2026-11-22
 *
 * Returns: whether @iso was a date; if not (or %NULL), the field is empty.
 */
gboolean
kansio_merge_data_set_iso_date (KansioMergeData *self, const char *name, const char *iso)
{
  guint year, month, day;
  GDate date;

  g_return_val_if_fail (KANSIO_IS_MERGE_DATA (self), FALSE);

  if (iso == NULL || sscanf (iso, "%4u-%2u-%2u", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    {
      kansio_merge_data_set_text (self, name, NULL);
      return FALSE;
    }
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  kansio_merge_data_set_date (self, name, &date);
  return TRUE;
}

void
kansio_merge_data_set_money (KansioMergeData *self, const char *name, gint64 cents)
{
  g_return_if_fail (KANSIO_IS_MERGE_DATA (self));

  replace_value (self, name, KANSIO_FIELD_MONEY)->integer = cents;
}

void
kansio_merge_data_set_number (KansioMergeData *self, const char *name, gint64 number)
{
  g_return_if_fail (KANSIO_IS_MERGE_DATA (self));

  replace_value (self, name, KANSIO_FIELD_NUMBER)->integer = number;
}

void
kansio_merge_data_set_boolean (KansioMergeData *self, const char *name, gboolean value)
{
  g_return_if_fail (KANSIO_IS_MERGE_DATA (self));

  replace_value (self, name, KANSIO_FIELD_BOOLEAN)->boolean = value;
}

/**
 * kansio_merge_data_add_item:
 *
 * Appends an item to the list @list_name, which is created when missing.
 *
 * Returns: (transfer none): the new item, to fill with the item's fields
 * by their short names ("amount" for "decision.payments.amount").
 */
KansioMergeData *
kansio_merge_data_add_item (KansioMergeData *self, const char *list_name)
{
  Value *value;
  KansioMergeData *item;

  g_return_val_if_fail (KANSIO_IS_MERGE_DATA (self), NULL);

  value = g_hash_table_lookup (self->values, list_name);
  if (value == NULL || value->type != KANSIO_FIELD_LIST)
    {
      value = replace_value (self, list_name, KANSIO_FIELD_LIST);
      value->items = g_ptr_array_new_with_free_func (g_object_unref);
    }
  item = kansio_merge_data_new ();
  g_ptr_array_add (value->items, item);
  return item;
}

/**
 * kansio_merge_data_get_text:
 *
 * Returns: (nullable): the text of a text field
 */
const char *
kansio_merge_data_get_text (KansioMergeData *self, const char *name)
{
  Value *value;

  g_return_val_if_fail (KANSIO_IS_MERGE_DATA (self), NULL);

  value = g_hash_table_lookup (self->values, name);
  return value != NULL && value->type == KANSIO_FIELD_TEXT ? value->text : NULL;
}

gboolean
kansio_merge_data_get_boolean (KansioMergeData *self, const char *name)
{
  Value *value;

  g_return_val_if_fail (KANSIO_IS_MERGE_DATA (self), FALSE);

  value = g_hash_table_lookup (self->values, name);
  return value != NULL && value->type == KANSIO_FIELD_BOOLEAN && value->boolean;
}

/* The day of a date field, or FALSE for none. */
gboolean
_kansio_merge_data_get_date (KansioMergeData *self, const char *name, GDate *date)
{
  Value *value = g_hash_table_lookup (self->values, name);

  if (value == NULL || value->type != KANSIO_FIELD_DATE)
    return FALSE;
  *date = value->date;
  return TRUE;
}

gboolean
_kansio_merge_data_has (KansioMergeData *self, const char *name)
{
  return g_hash_table_contains (self->values, name);
}

/* The value as the document writes it; "" for a field without a value.
 * @format is NULL, or "long" for a date written out. */
char *
_kansio_merge_data_format (KansioMergeData *self,
                           const char *name,
                           const char *format,
                           KansioLanguage language)
{
  Value *value = g_hash_table_lookup (self->values, name);

  if (value == NULL)
    return g_strdup ("");
  switch (value->type)
    {
    case KANSIO_FIELD_TEXT:
      return g_strdup (value->text);
    case KANSIO_FIELD_DATE:
      if (g_strcmp0 (format, "long") == 0)
        return kansio_format_date_long (language, &value->date);
      return kansio_format_date (language, &value->date);
    case KANSIO_FIELD_MONEY:
      return kansio_format_money (language, value->integer);
    case KANSIO_FIELD_NUMBER:
      return kansio_format_number (language, value->integer);
    case KANSIO_FIELD_BOOLEAN:
      return g_strdup (kansio_format_boolean (language, value->boolean));
    case KANSIO_FIELD_LIST:
      return kansio_format_number (language, value->items->len);
    default:
      g_assert_not_reached ();
    }
}

/* What {{#if name}} tests: yes, a text that is not empty, an amount or
 * number that is not zero, a list with items, any date. */
gboolean
_kansio_merge_data_is_true (KansioMergeData *self, const char *name)
{
  Value *value = g_hash_table_lookup (self->values, name);

  if (value == NULL)
    return FALSE;
  switch (value->type)
    {
    case KANSIO_FIELD_TEXT:
      return value->text[0] != '\0';
    case KANSIO_FIELD_DATE:
      return TRUE;
    case KANSIO_FIELD_MONEY:
    case KANSIO_FIELD_NUMBER:
      return value->integer != 0;
    case KANSIO_FIELD_BOOLEAN:
      return value->boolean;
    case KANSIO_FIELD_LIST:
      return value->items->len > 0;
    default:
      g_assert_not_reached ();
    }
}

/* (transfer none) (nullable) */
GPtrArray *
_kansio_merge_data_get_items (KansioMergeData *self, const char *list_name)
{
  Value *value = g_hash_table_lookup (self->values, list_name);

  return value != NULL && value->type == KANSIO_FIELD_LIST ? value->items : NULL;
}
