/* kansio-rows.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-rows"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "kansio-pq-private.h"
#include "kansio-rows-private.h"

/* The rows one request returned, as text in PostgreSQL's output format.
 * Immutable and safe to hand between threads. */
struct _KansioRows
{
  GObject parent_instance;

  PGresult *result;
};

G_DEFINE_FINAL_TYPE (KansioRows, kansio_rows, G_TYPE_OBJECT)

static void
kansio_rows_finalize (GObject *object)
{
  KansioRows *self = (KansioRows *) object;

  g_clear_pointer (&self->result, PQclear);

  G_OBJECT_CLASS (kansio_rows_parent_class)->finalize (object);
}

static void
kansio_rows_class_init (KansioRowsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_rows_finalize;
}

static void
kansio_rows_init (KansioRows *self)
{
}

KansioRows *
_kansio_rows_new_take (PGresult *result)
{
  KansioRows *self = g_object_new (KANSIO_TYPE_ROWS, NULL);

  self->result = result;
  return self;
}

static gboolean
is_valid_cell (KansioRows *self, guint row, guint column)
{
  return row < (guint) PQntuples (self->result) && column < (guint) PQnfields (self->result);
}

guint
kansio_rows_get_n_rows (KansioRows *self)
{
  g_return_val_if_fail (KANSIO_IS_ROWS (self), 0);
  return PQntuples (self->result);
}

guint
kansio_rows_get_n_columns (KansioRows *self)
{
  g_return_val_if_fail (KANSIO_IS_ROWS (self), 0);
  return PQnfields (self->result);
}

const char *
kansio_rows_get_column_name (KansioRows *self, guint column)
{
  g_return_val_if_fail (KANSIO_IS_ROWS (self), NULL);
  g_return_val_if_fail (column < (guint) PQnfields (self->result), NULL);
  return PQfname (self->result, column);
}

/**
 * kansio_rows_find_column:
 *
 * Returns: the index of the column called @name, or -1
 */
int
kansio_rows_find_column (KansioRows *self, const char *name)
{
  g_return_val_if_fail (KANSIO_IS_ROWS (self), -1);
  g_return_val_if_fail (name != NULL, -1);

  for (int i = 0; i < PQnfields (self->result); i++)
    if (g_str_equal (PQfname (self->result, i), name))
      return i;
  return -1;
}

gboolean
kansio_rows_is_null (KansioRows *self, guint row, guint column)
{
  g_return_val_if_fail (KANSIO_IS_ROWS (self), TRUE);
  g_return_val_if_fail (is_valid_cell (self, row, column), TRUE);
  return PQgetisnull (self->result, row, column);
}

/**
 * kansio_rows_get_string:
 *
 * Returns: (nullable): the value as text, or %NULL for SQL NULL
 */
const char *
kansio_rows_get_string (KansioRows *self, guint row, guint column)
{
  g_return_val_if_fail (KANSIO_IS_ROWS (self), NULL);
  g_return_val_if_fail (is_valid_cell (self, row, column), NULL);

  if (PQgetisnull (self->result, row, column))
    return NULL;
  return PQgetvalue (self->result, row, column);
}

gint64
kansio_rows_get_int64 (KansioRows *self, guint row, guint column)
{
  const char *text = kansio_rows_get_string (self, row, column);
  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : 0;
}

gboolean
kansio_rows_get_boolean (KansioRows *self, guint row, guint column)
{
  const char *text = kansio_rows_get_string (self, row, column);
  return text != NULL && text[0] == 't';
}

/**
 * kansio_rows_get_affected:
 *
 * Returns: how many rows an INSERT, UPDATE or DELETE touched
 */
guint64
kansio_rows_get_affected (KansioRows *self)
{
  g_return_val_if_fail (KANSIO_IS_ROWS (self), 0);
  return g_ascii_strtoull (PQcmdTuples (self->result), NULL, 10);
}

/**
 * _kansio_rows_new_from_json:
 * @object: {"columns": [names], "rows": [[text or null, …], …]}, as the
 *   database records a document's inputs
 *
 * Rows that were read once and kept, to be read the same way again.
 *
 * Returns: (transfer full) (nullable): the rows, or %NULL if @object is
 *   not of that shape
 */
KansioRows *
_kansio_rows_new_from_json (JsonObject *object, GError **error)
{
  JsonArray *columns = NULL;
  JsonArray *rows = NULL;
  PGresult *result;
  g_autofree PGresAttDesc *attributes = NULL;
  guint n_columns;

  if (object != NULL && json_object_has_member (object, "columns")
      && JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "columns"))
      && json_object_has_member (object, "rows")
      && JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "rows")))
    {
      columns = json_object_get_array_member (object, "columns");
      rows = json_object_get_array_member (object, "rows");
    }
  if (columns == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not rows");
      return NULL;
    }
  n_columns = json_array_get_length (columns);
  result = PQmakeEmptyPGresult (NULL, PGRES_TUPLES_OK);
  attributes = g_new0 (PGresAttDesc, MAX (n_columns, 1));
  for (guint c = 0; c < n_columns; c++)
    {
      attributes[c].name = (char *) json_array_get_string_element (columns, c);
      attributes[c].typid = 25; /* text */
      attributes[c].typlen = -1;
      attributes[c].atttypmod = -1;
    }
  if (attributes[0].name == NULL && n_columns > 0)
    {
      PQclear (result);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "no column name");
      return NULL;
    }
  PQsetResultAttrs (result, (int) n_columns, attributes);
  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      JsonNode *row_node = json_array_get_element (rows, r);
      JsonArray *row = JSON_NODE_HOLDS_ARRAY (row_node) ? json_node_get_array (row_node) : NULL;

      if (row == NULL || json_array_get_length (row) != n_columns)
        {
          PQclear (result);
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "a row of wrong size");
          return NULL;
        }
      for (guint c = 0; c < n_columns; c++)
        {
          JsonNode *cell = json_array_get_element (row, c);
          const char *text
              = JSON_NODE_HOLDS_VALUE (cell) && json_node_get_value_type (cell) == G_TYPE_STRING
                    ? json_node_get_string (cell)
                    : NULL;

          /* A NULL is a length of -1; every other value is text. */
          PQsetvalue (result, (int) r, (int) c, (char *) text,
                      text != NULL ? (int) strlen (text) : -1);
        }
    }
  return _kansio_rows_new_take (result);
}
