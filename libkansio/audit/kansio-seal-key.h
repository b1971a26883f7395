/* kansio-seal-key.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

G_BEGIN_DECLS

#define KANSIO_AUDIT_ERROR (kansio_audit_error_quark ())

/**
 * KansioAuditError:
 * @KANSIO_AUDIT_ERROR_TAMPERED: a log, its seal or a stored document
 *   disagrees with what was sealed and signed
 * @KANSIO_AUDIT_ERROR_KEY: the sealing key or its public half is missing or
 *   unreadable
 * @KANSIO_AUDIT_ERROR_ANCHORS: the anchors file cannot be read or written
 */
typedef enum
{
  KANSIO_AUDIT_ERROR_TAMPERED,
  KANSIO_AUDIT_ERROR_KEY,
  KANSIO_AUDIT_ERROR_ANCHORS,
} KansioAuditError;

GQuark kansio_audit_error_quark (void);

#define KANSIO_TYPE_SEAL_KEY (kansio_seal_key_get_type ())

G_DECLARE_FINAL_TYPE (KansioSealKey, kansio_seal_key, KANSIO, SEAL_KEY, GObject)

KansioSealKey *kansio_seal_key_load (const char *directory, gboolean create, GError **error);
const char *kansio_seal_key_get_public_hex (KansioSealKey *self);
char *kansio_seal_key_sign (KansioSealKey *self, const char *message);
char *kansio_seal_key_read_public (const char *directory, GError **error);
gboolean
kansio_seal_key_verify (const char *public_hex, const char *message, const char *signature_hex);

G_END_DECLS
