/* test-i18n.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The interface language follows the locale or the choice in Preferences.
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "kansio-database-error-private.h"
#include "kansio-test-util.h"

typedef struct
{
  const char *language;
  const char *demo_database;
  const char *income_support;
  const char *refusal;
} LanguageCase;

static const LanguageCase cases[] = {
  { "fi", "Demotietokanta", "Toimeentulotuki", "Et voi nähdä tätä hakemusta." },
  { "sv", "Demodatabas", "Utkomststöd", "Du får inte se denna ansökan." },
  { "en", "Demo database", "Income Support", "You may not see this application." },
};

static void
test_language_choice (gconstpointer data)
{
  const LanguageCase *expected = data;
  g_autoptr (GError) refusal = NULL;
  g_autoptr (GError) formatted = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  /* Under the C locale, as on a freshly installed machine. */
  g_setenv ("LC_ALL", "C", TRUE);
  kansio_i18n_init (expected->language);
  g_assert_cmpstr (_ ("Demo database"), ==, expected->demo_database);
  g_assert_cmpstr (kansio_service_area_get_name (KANSIO_SERVICE_AREA_INCOME_SUPPORT), ==,
                   expected->income_support);

  /* The database's fixed reasons are in the catalogues too; one it
   * formatted with values stays as written. */
  refusal = _kansio_database_error_new (KANSIO_DATABASE_ERROR_PERMISSION_DENIED, "denied", "42501",
                                        "You may not see this application.", NULL, NULL);
  g_assert_cmpstr (kansio_database_error_get_reason (refusal), ==, expected->refusal);
  g_assert_cmpuint (_kansio_server_messages_get_count (), >, 50);
  formatted = _kansio_database_error_new (KANSIO_DATABASE_ERROR_INVALID_INPUT, "invalid", "22023",
                                          "Recovery cannot exceed what was paid (100 cents).", NULL,
                                          NULL);
  g_assert_cmpstr (kansio_database_error_get_reason (formatted), ==,
                   "Recovery cannot exceed what was paid (100 cents).");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/i18n/language-choice/%s", cases[i].language);
      g_test_add_data_func (path, &cases[i], test_language_choice);
    }

  return g_test_run ();
}
