/* kansio-log-chain.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-log-chain"

#include "config.h"

#include <string.h>

#include "kansio-log-chain-private.h"

/* The columns as text, with built-in casts only: the verifier must not
 * depend on any function the database's owner wrote. Keep in step with
 * kansio.seal_row_fields (0012). */
static const KansioLogChain chains[] = {
  { "usage", "kansio.usage_log",
    "t.id::text, (extract (epoch FROM t.logged_at) * 1000000)::bigint::text, t.login_role::text, "
    "t.staff_id::text, t.person_ids::text, t.view, t.purpose, t.area, t.emergency::text, "
    "t.object_id::text",
    10 },
  { "disclosure", "kansio.disclosure_log",
    "t.id::text, (extract (epoch FROM t.logged_at) * 1000000)::bigint::text, t.login_role::text, "
    "t.staff_id::text, t.person_id::text, t.what, t.recipient, t.legal_basis, t.case_id::text",
    9 },
  { "document", "kansio.document",
    "t.id::text, t.person_id::text, t.case_id::text, t.template_version_id::text, t.kind, "
    "t.language, t.title, t.sha256, t.page_count::text, t.created_by::text, "
    "(extract (epoch FROM t.created_at) * 1000000)::bigint::text",
    11 },
};

const KansioLogChain *
_kansio_log_chains (guint *n_chains)
{
  *n_chains = G_N_ELEMENTS (chains);
  return chains;
}

const KansioLogChain *
_kansio_log_chain_find (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (chains); i++)
    if (g_strcmp0 (chains[i].name, name) == 0)
      return &chains[i];
  return NULL;
}

void
_kansio_log_chain_hash (const guint8 *previous,
                        gsize previous_length,
                        const char *log,
                        gint64 position,
                        const char *const *fields,
                        const gboolean *is_null,
                        guint n_fields,
                        guint8 hash[KANSIO_LOG_HASH_SIZE])
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *header
      = g_strdup_printf ("kansio-log-v1\n%s\n%" G_GINT64_FORMAT "\n", log, position);
  gsize length = KANSIO_LOG_HASH_SIZE;

  if (previous != NULL && previous_length > 0)
    g_checksum_update (checksum, previous, previous_length);
  g_checksum_update (checksum, (const guchar *) header, -1);

  for (guint i = 0; i < n_fields; i++)
    {
      if (is_null[i])
        g_checksum_update (checksum, (const guchar *) "N", 1);
      else
        {
          g_autofree char *prefix = g_strdup_printf ("S%zu:", strlen (fields[i]));
          g_checksum_update (checksum, (const guchar *) prefix, -1);
          g_checksum_update (checksum, (const guchar *) fields[i], strlen (fields[i]));
        }
    }

  g_checksum_get_digest (checksum, hash, &length);
  g_assert (length == KANSIO_LOG_HASH_SIZE);
}

char *
_kansio_log_hash_to_hex (const guint8 *hash, gsize length)
{
  GString *hex = g_string_sized_new (length * 2);

  for (gsize i = 0; i < length; i++)
    g_string_append_printf (hex, "%02x", hash[i]);
  return g_string_free (hex, FALSE);
}

gboolean
_kansio_log_hash_from_hex (const char *hex, guint8 hash[KANSIO_LOG_HASH_SIZE])
{
  if (hex == NULL || strlen (hex) != KANSIO_LOG_HASH_SIZE * 2)
    return FALSE;
  for (guint i = 0; i < KANSIO_LOG_HASH_SIZE; i++)
    {
      int high = g_ascii_xdigit_value (hex[2 * i]);
      int low = g_ascii_xdigit_value (hex[2 * i + 1]);

      if (high < 0 || low < 0)
        return FALSE;
      hash[i] = (guint8) (high * 16 + low);
    }
  return TRUE;
}
