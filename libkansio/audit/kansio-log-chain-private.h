/* kansio-log-chain-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KANSIO_LOG_HASH_SIZE 32

/*
 * The sealed logs and how one row of each is hashed into its chain. The
 * sealer and the verifier both read rows through _kansio_log_chain_select ()
 * and hash them with _kansio_log_chain_hash (), so they cannot disagree;
 * api.audit_verify (0012) computes the same text in SQL, and a test holds
 * the two to the same answers.
 *
 * A row's hash is SHA-256 over: the previous row's hash (nothing for the
 * first), "kansio-log-v1\n", the log's name, "\n", the position, "\n",
 * then each field as "N" (NULL) or "S<bytes>:<text>". The fields are the
 * columns' own text output (times as microseconds since the epoch), so no
 * session setting changes them.
 */
typedef struct
{
  const char *name;  /* "usage", "disclosure", "document" */
  const char *table; /* kansio.usage_log … */
  const char *fields;
  guint n_fields;
} KansioLogChain;

const KansioLogChain *_kansio_log_chains (guint *n_chains);
const KansioLogChain *_kansio_log_chain_find (const char *name);

void _kansio_log_chain_hash (const guint8 *previous,
                             gsize previous_length,
                             const char *log,
                             gint64 position,
                             const char *const *fields,
                             const gboolean *is_null,
                             guint n_fields,
                             guint8 hash[KANSIO_LOG_HASH_SIZE]);

char *_kansio_log_hash_to_hex (const guint8 *hash, gsize length);
gboolean _kansio_log_hash_from_hex (const char *hex, guint8 hash[KANSIO_LOG_HASH_SIZE]);

G_END_DECLS
