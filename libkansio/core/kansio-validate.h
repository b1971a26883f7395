/* kansio-validate.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/* Finnish identifiers, checked as ../shared/DOMAIN.md section 1 gives the
 * rules. Each returns FALSE with a reason in the user's language. The
 * database checks identity codes with the same rules
 * (kansio.identity_code_problem); a test holds the two together. */

#define KANSIO_VALIDATION_ERROR (kansio_validation_error_quark ())

typedef enum
{
  KANSIO_VALIDATION_ERROR_EMPTY,
  KANSIO_VALIDATION_ERROR_FORMAT,
  KANSIO_VALIDATION_ERROR_LENGTH,
  KANSIO_VALIDATION_ERROR_CENTURY,
  KANSIO_VALIDATION_ERROR_DATE,
  KANSIO_VALIDATION_ERROR_INDIVIDUAL_NUMBER,
  KANSIO_VALIDATION_ERROR_TEMPORARY,
  KANSIO_VALIDATION_ERROR_CHECKSUM,
} KansioValidationError;

typedef enum
{
  KANSIO_IDENTITY_CODE_DEFAULT = 0,
  KANSIO_IDENTITY_CODE_ALLOW_TEMPORARY = 1 << 0,
} KansioIdentityCodeFlags;

GQuark kansio_validation_error_quark (void);

gboolean kansio_validate_identity_code (const char *code,
                                        KansioIdentityCodeFlags flags,
                                        GDate *birth_date,
                                        gboolean *is_temporary,
                                        GError **error);
gboolean kansio_validate_iban (const char *iban, GError **error);
char *kansio_format_iban (const char *iban);
gboolean kansio_validate_reference (const char *reference, GError **error);
gboolean kansio_validate_rf_reference (const char *reference, GError **error);
gboolean kansio_validate_business_id (const char *business_id, GError **error);
gboolean kansio_validate_sepa_text (const char *text, guint max_length, GError **error);

G_END_DECLS
