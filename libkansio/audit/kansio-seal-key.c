/* kansio-seal-key.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-seal-key"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <sodium.h>
#include <string.h>

#include "kansio-seal-key.h"

/*
 * KansioSealKey: the Ed25519 key that signs the heads of the sealed logs.
 *
 * Why Ed25519 with libsodium: small deterministic signatures, no
 * parameters to get wrong, and one small library that Debian ships. The
 * key lives in a folder outside the database (seal.key, readable by its
 * owner only, and seal.pub); the database never sees it, so nobody who
 * controls the database can sign a rewritten chain.
 */
struct _KansioSealKey
{
  GObject parent_instance;

  guint8 secret[crypto_sign_SECRETKEYBYTES];
  char *public_hex;
};

G_DEFINE_FINAL_TYPE (KansioSealKey, kansio_seal_key, G_TYPE_OBJECT)
G_DEFINE_QUARK (kansio - audit - error - quark, kansio_audit_error)

static gboolean
ensure_sodium (GError **error)
{
  if (sodium_init () >= 0)
    return TRUE;
  g_set_error_literal (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_KEY,
                       _ ("The cryptography library could not be started."));
  return FALSE;
}

static char *
to_hex (const guint8 *bytes, gsize length)
{
  char *hex = g_malloc (length * 2 + 1);

  sodium_bin2hex (hex, length * 2 + 1, bytes, length);
  return hex;
}

static gboolean
from_hex (const char *hex, guint8 *bytes, gsize length)
{
  gsize written = 0;

  return hex != NULL && strlen (hex) == length * 2
         && sodium_hex2bin (bytes, length, hex, strlen (hex), NULL, &written, NULL) == 0
         && written == length;
}

static gboolean
write_new_key (KansioSealKey *self, const char *key_path, const char *public_path, GError **error)
{
  guint8 public_key[crypto_sign_PUBLICKEYBYTES];
  g_autofree char *secret_hex = NULL;
  g_autofree char *secret_line = NULL;
  g_autofree char *public_line = NULL;
  gboolean ok;

  crypto_sign_keypair (public_key, self->secret);
  secret_hex = to_hex (self->secret, sizeof self->secret);
  secret_line = g_strconcat (secret_hex, "\n", NULL);
  self->public_hex = to_hex (public_key, sizeof public_key);
  public_line = g_strconcat (self->public_hex, "\n", NULL);

  ok = g_file_set_contents_full (key_path, secret_line, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                 error)
       && g_file_set_contents_full (public_path, public_line, -1, G_FILE_SET_CONTENTS_CONSISTENT,
                                    0644, error);
  sodium_memzero (secret_hex, strlen (secret_hex));
  sodium_memzero (secret_line, strlen (secret_line));
  return ok;
}

static void
kansio_seal_key_finalize (GObject *object)
{
  KansioSealKey *self = KANSIO_SEAL_KEY (object);

  sodium_memzero (self->secret, sizeof self->secret);
  g_free (self->public_hex);

  G_OBJECT_CLASS (kansio_seal_key_parent_class)->finalize (object);
}

static void
kansio_seal_key_class_init (KansioSealKeyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_seal_key_finalize;
}

static void
kansio_seal_key_init (KansioSealKey *self)
{
}

/**
 * kansio_seal_key_load:
 * @directory: the folder of seal.key and seal.pub
 * @create: whether to make a new key when the folder has none
 *
 * A folder with seal.pub but no seal.key is an error even with @create:
 * a new key there would make every earlier anchor unverifiable.
 */
KansioSealKey *
kansio_seal_key_load (const char *directory, gboolean create, GError **error)
{
  g_autoptr (KansioSealKey) self = NULL;
  g_autofree char *key_path = NULL;
  g_autofree char *public_path = NULL;
  g_autofree char *contents = NULL;
  guint8 public_key[crypto_sign_PUBLICKEYBYTES];

  g_return_val_if_fail (directory != NULL, NULL);

  if (!ensure_sodium (error))
    return NULL;

  self = g_object_new (KANSIO_TYPE_SEAL_KEY, NULL);
  key_path = g_build_filename (directory, "seal.key", NULL);
  public_path = g_build_filename (directory, "seal.pub", NULL);

  if (!g_file_test (key_path, G_FILE_TEST_EXISTS))
    {
      if (!create || g_file_test (public_path, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_KEY,
                       _ ("There is no sealing key in “%s”."), directory);
          return NULL;
        }
      if (g_mkdir_with_parents (directory, 0700) != 0)
        {
          g_set_error (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_KEY,
                       _ ("The folder “%s” could not be made: %s"), directory, g_strerror (errno));
          return NULL;
        }
      if (!write_new_key (self, key_path, public_path, error))
        return NULL;
      return g_steal_pointer (&self);
    }

  if (!g_file_get_contents (key_path, &contents, NULL, error))
    return NULL;
  g_strstrip (contents);
  if (!from_hex (contents, self->secret, sizeof self->secret))
    {
      sodium_memzero (contents, strlen (contents));
      g_set_error (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_KEY,
                   _ ("The sealing key in “%s” is damaged."), key_path);
      return NULL;
    }
  sodium_memzero (contents, strlen (contents));

  crypto_sign_ed25519_sk_to_pk (public_key, self->secret);
  self->public_hex = to_hex (public_key, sizeof public_key);
  return g_steal_pointer (&self);
}

const char *
kansio_seal_key_get_public_hex (KansioSealKey *self)
{
  g_return_val_if_fail (KANSIO_IS_SEAL_KEY (self), NULL);
  return self->public_hex;
}

/* The detached signature of @message, as hex. */
char *
kansio_seal_key_sign (KansioSealKey *self, const char *message)
{
  guint8 signature[crypto_sign_BYTES];

  g_return_val_if_fail (KANSIO_IS_SEAL_KEY (self), NULL);
  g_return_val_if_fail (message != NULL, NULL);

  crypto_sign_detached (signature, NULL, (const guchar *) message, strlen (message), self->secret);
  return to_hex (signature, sizeof signature);
}

/* The public key kept beside the anchors (seal.pub), as hex. */
char *
kansio_seal_key_read_public (const char *directory, GError **error)
{
  g_autofree char *path = g_build_filename (directory, "seal.pub", NULL);
  g_autofree char *contents = NULL;
  guint8 public_key[crypto_sign_PUBLICKEYBYTES];

  if (!ensure_sodium (error))
    return NULL;
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_set_error (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_KEY,
                   _ ("There is no public sealing key in “%s”."), directory);
      return NULL;
    }
  g_strstrip (contents);
  if (!from_hex (contents, public_key, sizeof public_key))
    {
      g_set_error (error, KANSIO_AUDIT_ERROR, KANSIO_AUDIT_ERROR_KEY,
                   _ ("The public sealing key in “%s” is damaged."), path);
      return NULL;
    }
  return g_steal_pointer (&contents);
}

gboolean
kansio_seal_key_verify (const char *public_hex, const char *message, const char *signature_hex)
{
  guint8 public_key[crypto_sign_PUBLICKEYBYTES];
  guint8 signature[crypto_sign_BYTES];

  g_return_val_if_fail (message != NULL, FALSE);

  if (sodium_init () < 0 || !from_hex (public_hex, public_key, sizeof public_key)
      || !from_hex (signature_hex, signature, sizeof signature))
    return FALSE;
  return crypto_sign_verify_detached (signature, (const guchar *) message, strlen (message),
                                      public_key)
         == 0;
}
