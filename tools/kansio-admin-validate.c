/* kansio-admin-validate.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * validate: the checks of identity codes, account numbers and references.
 */
#define G_LOG_DOMAIN "kansio-admin"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "kansio-admin-private.h"

int
_kansio_admin_validate_command (KansioAdminOptions *options, char **args)
{
  g_autoptr (GError) error = NULL;
  const char *kind = args[0];
  const char *value = kind != NULL ? args[1] : NULL;
  GDate birth_date;
  gboolean is_temporary = FALSE;
  gboolean ok;

  if (kind == NULL || value == NULL || args[2] != NULL)
    {
      g_printerr ("%s\n",
                  _ ("Usage: kansio-admin validate hetu|iban|reference|rf|business-id VALUE"));
      return 2;
    }

  g_date_clear (&birth_date, 1);
  if (g_str_equal (kind, "hetu"))
    ok = kansio_validate_identity_code (value, KANSIO_IDENTITY_CODE_ALLOW_TEMPORARY, &birth_date,
                                        &is_temporary, &error);
  else if (g_str_equal (kind, "iban"))
    ok = kansio_validate_iban (value, &error);
  else if (g_str_equal (kind, "reference"))
    ok = kansio_validate_reference (value, &error);
  else if (g_str_equal (kind, "rf"))
    ok = kansio_validate_rf_reference (value, &error);
  else if (g_str_equal (kind, "business-id"))
    ok = kansio_validate_business_id (value, &error);
  else
    {
      g_printerr (_ ("kansio-admin: unknown kind “%s”. Use hetu, iban, reference, rf or "
                     "business-id.\n"),
                  kind);
      return 2;
    }

  if (!ok)
    {
      g_print (_ ("Not valid: %s\n"), error->message);
      return EXIT_FAILURE;
    }

  if (g_str_equal (kind, "hetu"))
    {
      char date[32];
      g_date_strftime (date, sizeof date, "%-d.%-m.%Y", &birth_date);
      if (is_temporary)
        g_print (_ ("Valid, a temporary identity code (born %s).\n"), date);
      else
        g_print (_ ("Valid (born %s).\n"), date);
    }
  else if (g_str_equal (kind, "iban"))
    {
      g_autofree char *formatted = kansio_format_iban (value);
      g_print (_ ("Valid: %s\n"), formatted);
    }
  else
    g_print ("%s\n", _ ("Valid."));
  return EXIT_SUCCESS;
}
