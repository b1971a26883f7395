/* test-letters.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The letters flow through libkansio's KansioLetterTemplates, as the
 * letters plugin drives it, without widgets: a letters editor names a
 * template, saves its texts as a draft and submits it; a main user
 * returns it with a note and approves it again. And the refusals, each
 * the database's, as a GError a caller can act on: only a main user
 * decides, nobody approves a version they wrote any part of or a
 * template they named, a version saved meanwhile is neither overwritten
 * nor approved unread.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kansio-test-util.h"

#define WRITER "demo_kirjeet"        /* Kirsi Kirjoittaja, letters handler */
#define MAIN_USER "demo_paakayttaja" /* Pirjo Pääkäyttäjä, main user */
#define CASEWORKER "demo_kasittelija"

typedef struct
{
  KansioTestDatabase *database;
  KansioLetterTemplates *writer;
  KansioLetterTemplates *main_user;
} Fixture;

static KansioLetterTemplates *
templates_as (Fixture *fixture, const char *login_role)
{
  g_autoptr (KansioDatabase) database
      = kansio_test_database_connect_as (fixture->database, login_role);

  return kansio_letter_templates_new (database);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->database = kansio_test_database_new_with_demo_data ();
  /* The main user writes letters too, as in test-four-eyes. */
  g_object_unref (kansio_test_as (fixture->database, NULL,
                                  "INSERT INTO kansio.role_grant (staff_id, job_role, unit_id) "
                                  "SELECT id, 'letters:handler', unit_id FROM kansio.staff_member "
                                  "WHERE login_role = '" MAIN_USER "'"));
  fixture->writer = templates_as (fixture, WRITER);
  fixture->main_user = templates_as (fixture, MAIN_USER);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kansio_database_close (kansio_letter_templates_get_database (fixture->writer));
  kansio_database_close (kansio_letter_templates_get_database (fixture->main_user));
  g_assert_finalize_object (fixture->writer);
  g_assert_finalize_object (fixture->main_user);
  kansio_test_database_free (fixture->database);
}

/* One call each, waited for */

static int
create (KansioLetterTemplates *templates, const char *name, GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kansio_letter_templates_create_async (templates, name, NULL, "letter", "TESTIKIRJE", "TESTBREV",
                                        NULL, kansio_test_store_result_cb, &result);
  return kansio_letter_templates_create_finish (templates, kansio_test_wait (&result), error);
}

static GListModel *
list (KansioLetterTemplates *templates)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *model;

  kansio_letter_templates_list_async (templates, NULL, kansio_test_store_result_cb, &result);
  model = kansio_letter_templates_list_finish (templates, kansio_test_wait (&result), &error);
  g_assert_no_error (error);
  return model;
}

static GListModel *
list_versions (KansioLetterTemplates *templates, int template_id)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *model;

  kansio_letter_templates_list_versions_async (templates, template_id, NULL,
                                               kansio_test_store_result_cb, &result);
  model = kansio_letter_templates_list_versions_finish (templates, kansio_test_wait (&result),
                                                        &error);
  g_assert_no_error (error);
  return model;
}

static KansioLetterTemplateVersion *
get_version (KansioLetterTemplates *templates, gint64 version_id, GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kansio_letter_templates_get_version_async (templates, version_id, NULL,
                                             kansio_test_store_result_cb, &result);
  return kansio_letter_templates_get_version_finish (templates, kansio_test_wait (&result), error);
}

static KansioLetterTemplateVersion *
save_draft (KansioLetterTemplates *templates,
            int template_id,
            int row_version,
            const char *body_fi,
            GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kansio_letter_templates_save_draft_async (templates, template_id, row_version, body_fi,
                                            "Bästa {{client.full_name}}.", "uusi", NULL,
                                            kansio_test_store_result_cb, &result);
  return kansio_letter_templates_save_draft_finish (templates, kansio_test_wait (&result), error);
}

static gboolean
submit (KansioLetterTemplates *templates, gint64 version_id, GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kansio_letter_templates_submit_async (templates, version_id, NULL, kansio_test_store_result_cb,
                                        &result);
  return kansio_letter_templates_submit_finish (templates, kansio_test_wait (&result), error);
}

static gboolean
decide (KansioLetterTemplates *templates,
        KansioLetterTemplateVersion *version,
        gboolean approve,
        const char *note,
        GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kansio_letter_templates_decide_async (templates,
                                        kansio_letter_template_version_get_version_id (version),
                                        kansio_letter_template_version_get_row_version (version),
                                        approve, note, NULL, kansio_test_store_result_cb, &result);
  return kansio_letter_templates_decide_finish (templates, kansio_test_wait (&result), error);
}

/* The version as @templates reads it now. */
static KansioLetterTemplateVersion *
read_version (KansioLetterTemplates *templates, gint64 version_id)
{
  g_autoptr (GError) error = NULL;
  KansioLetterTemplateVersion *version = get_version (templates, version_id, &error);

  g_assert_no_error (error);
  g_assert_true (KANSIO_IS_LETTER_TEMPLATE_VERSION (version));
  return version;
}

static KansioLetterTemplate *
find_template (GListModel *templates, int template_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr (KansioLetterTemplate) template = g_list_model_get_item (templates, i);

      if (kansio_letter_template_get_template_id (template) == template_id)
        return g_steal_pointer (&template);
    }
  return NULL;
}

static int
existing_template (Fixture *fixture, const char *name)
{
  g_autofree char *sql
      = g_strdup_printf ("SELECT id FROM kansio.document_template WHERE name = '%s'", name);
  g_autofree char *id = kansio_test_value_as (fixture->database, NULL, sql);

  return atoi (id);
}

/* A refusal: the code a caller acts on, and the server's reason. */
static void
assert_refused (GError *error, KansioDatabaseError code, const char *reason)
{
  g_assert_error (error, KANSIO_DATABASE_ERROR, (int) code);
  g_test_message ("refused: %s (%s)", error->message,
                  kansio_database_error_get_server_message (error));
  if (reason != NULL)
    g_assert_nonnull (strstr (kansio_database_error_get_server_message (error), reason));
}

static void
test_flow (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) templates = NULL;
  g_autoptr (GListModel) versions = NULL;
  g_autoptr (KansioLetterTemplate) template = NULL;
  g_autoptr (KansioLetterTemplateVersion) draft = NULL;
  g_autoptr (KansioLetterTemplateVersion) again = NULL;
  g_autoptr (KansioLetterTemplateVersion) read = NULL;
  g_autoptr (KansioLetterTemplateVersion) listed = NULL;
  int template_id;
  gint64 version_id;

  /* Named: listed, nothing approved, nothing in the making. */
  template_id = create (fixture->writer, "testikirje", &error);
  g_assert_no_error (error);
  g_assert_cmpint (template_id, >, 0);
  templates = list (fixture->writer);
  g_assert_true (g_list_model_get_item_type (templates) == KANSIO_TYPE_LETTER_TEMPLATE);
  template = find_template (templates, template_id);
  g_assert_nonnull (template);
  g_assert_cmpstr (kansio_letter_template_get_name (template), ==, "testikirje");
  g_assert_null (kansio_letter_template_get_area (template));
  g_assert_cmpstr (kansio_letter_template_get_kind (template), ==, "letter");
  g_assert_cmpstr (kansio_letter_template_get_title_for (template, "fi"), ==, "TESTIKIRJE");
  g_assert_cmpstr (kansio_letter_template_get_title_for (template, "sv"), ==, "TESTBREV");
  g_assert_cmpint (kansio_letter_template_get_approved_version (template), ==, 0);
  g_assert_cmpint (kansio_letter_template_get_draft_version_id (template), ==, 0);
  g_assert_null (kansio_letter_template_get_draft_status (template));
  g_clear_object (&template);
  g_clear_object (&templates);

  /* A draft, saved again over the row version it has. */
  draft = save_draft (fixture->writer, template_id, 0, "Hyvä asiakas.", &error);
  g_assert_no_error (error);
  version_id = kansio_letter_template_version_get_version_id (draft);
  g_assert_cmpint (version_id, >, 0);
  g_assert_cmpint (kansio_letter_template_version_get_version (draft), ==, 1);
  g_assert_cmpstr (kansio_letter_template_version_get_status (draft), ==, "draft");
  again = save_draft (fixture->writer, template_id,
                      kansio_letter_template_version_get_row_version (draft),
                      "Hyvä {{client.full_name}}.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (kansio_letter_template_version_get_version_id (again), ==, version_id);
  g_assert_cmpint (kansio_letter_template_version_get_row_version (again), >,
                   kansio_letter_template_version_get_row_version (draft));

  read = read_version (fixture->writer, version_id);
  g_assert_cmpint (kansio_letter_template_version_get_template_id (read), ==, template_id);
  g_assert_cmpstr (kansio_letter_template_version_get_body (read, "fi"), ==,
                   "Hyvä {{client.full_name}}.");
  g_assert_cmpstr (kansio_letter_template_version_get_body (read, "sv"), ==,
                   "Bästa {{client.full_name}}.");
  g_assert_cmpstr (kansio_letter_template_version_get_note (read), ==, "uusi");
  g_assert_nonnull (kansio_letter_template_version_get_revised_at (read, "fi"));
  g_assert_nonnull (kansio_letter_template_version_get_revised_at (read, "sv"));
  g_assert_cmpint (kansio_letter_template_version_get_row_version (read), ==,
                   kansio_letter_template_version_get_row_version (again));

  templates = list (fixture->writer);
  template = find_template (templates, template_id);
  g_assert_cmpint (kansio_letter_template_get_draft_version_id (template), ==, version_id);
  g_assert_cmpstr (kansio_letter_template_get_draft_status (template), ==, "draft");
  g_clear_object (&template);
  g_clear_object (&templates);

  /* Submitted; returned by the main user with a note. */
  g_assert_true (submit (fixture->writer, version_id, &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = read_version (fixture->main_user, version_id);
  g_assert_cmpstr (kansio_letter_template_version_get_status (read), ==, "submitted");
  g_assert_true (decide (fixture->main_user, read, FALSE, "Korjaa tervehdys.", &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = read_version (fixture->writer, version_id);
  g_assert_cmpstr (kansio_letter_template_version_get_status (read), ==, "draft");
  g_assert_cmpstr (kansio_letter_template_version_get_note (read), ==, "Korjaa tervehdys.");

  /* Corrected, submitted again, approved. */
  g_clear_object (&again);
  again = save_draft (fixture->writer, template_id,
                      kansio_letter_template_version_get_row_version (read),
                      "Hyvä {{client.full_name}}!", &error);
  g_assert_no_error (error);
  g_assert_true (submit (fixture->writer, version_id, &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = read_version (fixture->main_user, version_id);
  g_assert_true (decide (fixture->main_user, read, TRUE, NULL, &error));
  g_assert_no_error (error);

  g_clear_object (&read);
  read = read_version (fixture->writer, version_id);
  g_assert_true (kansio_letter_template_version_is_approved (read));
  templates = list (fixture->writer);
  template = find_template (templates, template_id);
  g_assert_cmpint (kansio_letter_template_get_approved_version (template), ==, 1);
  g_assert_cmpint (kansio_letter_template_get_draft_version_id (template), ==, 0);

  /* The history: who wrote it, who approved it and when. */
  versions = list_versions (fixture->writer, template_id);
  g_assert_true (g_list_model_get_item_type (versions) == KANSIO_TYPE_LETTER_TEMPLATE_VERSION);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);
  listed = g_list_model_get_item (versions, 0);
  g_assert_cmpint (kansio_letter_template_version_get_version_id (listed), ==, version_id);
  g_assert_cmpint (kansio_letter_template_version_get_template_id (listed), ==, template_id);
  g_assert_cmpstr (kansio_letter_template_version_get_status (listed), ==, "approved");
  g_assert_cmpstr (kansio_letter_template_version_get_created_by (listed), ==, "Kirsi Kirjoittaja");
  g_assert_cmpstr (kansio_letter_template_version_get_approved_by (listed), ==,
                   "Pirjo Pääkäyttäjä");
  g_assert_nonnull (kansio_letter_template_version_get_created_at (listed));
  g_assert_nonnull (kansio_letter_template_version_get_approved_at (listed));
  /* A version as listed has no texts. */
  g_assert_null (kansio_letter_template_version_get_body (listed, "fi"));

  /* Saving over the approved version begins the next. */
  g_clear_object (&draft);
  draft = save_draft (fixture->writer, template_id, 0, "Hyvä asiakas, versio 2.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (kansio_letter_template_version_get_version (draft), ==, 2);
  g_assert_cmpint (kansio_letter_template_version_get_version_id (draft), !=, version_id);
}

/* Only a main user decides; nobody approves what they wrote any part of. */
static void
test_four_eyes (Fixture *fixture, gconstpointer data)
{
  int template_id = existing_template (fixture, "information-request");
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioLetterTemplateVersion) draft = NULL;
  g_autoptr (KansioLetterTemplateVersion) edited = NULL;
  g_autoptr (KansioLetterTemplateVersion) read = NULL;

  /* The main user begins the draft, the letters editor finishes it. */
  draft = save_draft (fixture->main_user, template_id, 0, "Pääkäyttäjän luonnos.", &error);
  g_assert_no_error (error);
  edited = save_draft (fixture->writer, template_id,
                       kansio_letter_template_version_get_row_version (draft),
                       "Selvitys pyydetään.", &error);
  g_assert_no_error (error);
  g_assert_true (
      submit (fixture->writer, kansio_letter_template_version_get_version_id (draft), &error));
  g_assert_no_error (error);

  /* The letters editor is no main user. */
  read = read_version (fixture->writer, kansio_letter_template_version_get_version_id (draft));
  g_assert_false (decide (fixture->writer, read, TRUE, NULL, &error));
  assert_refused (error, KANSIO_DATABASE_ERROR_PERMISSION_DENIED, "Only a main user");
  g_clear_error (&error);

  /* The main user wrote the first text. */
  g_clear_object (&read);
  read = read_version (fixture->main_user, kansio_letter_template_version_get_version_id (draft));
  g_assert_false (decide (fixture->main_user, read, TRUE, "hyväksytty", &error));
  assert_refused (error, KANSIO_DATABASE_ERROR_PERMISSION_DENIED, "You wrote part of this version");
  g_clear_error (&error);
  g_clear_object (&read);
  read = read_version (fixture->writer, kansio_letter_template_version_get_version_id (draft));
  g_assert_cmpstr (kansio_letter_template_version_get_status (read), ==, "submitted");

  /* Returning it is no approval: the main user may. */
  g_assert_true (decide (fixture->main_user, read, FALSE, "Toinen pääkäyttäjä hyväksyy.", &error));
  g_assert_no_error (error);
}

/* Whoever named a template does not approve its first version. */
static void
test_namer_does_not_approve (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioLetterTemplateVersion) draft = NULL;
  g_autoptr (KansioLetterTemplateVersion) read = NULL;
  int template_id = create (fixture->main_user, "maksukehotus", &error);

  g_assert_no_error (error);
  draft = save_draft (fixture->writer, template_id, 0, "Hyvä asiakas.", &error);
  g_assert_no_error (error);
  g_assert_true (
      submit (fixture->writer, kansio_letter_template_version_get_version_id (draft), &error));
  g_assert_no_error (error);
  read = read_version (fixture->main_user, kansio_letter_template_version_get_version_id (draft));
  g_assert_false (decide (fixture->main_user, read, TRUE, NULL, &error));
  assert_refused (error, KANSIO_DATABASE_ERROR_PERMISSION_DENIED, "You named this template");
}

/* A version saved meanwhile is neither overwritten nor approved unread. */
static void
test_saved_meanwhile (Fixture *fixture, gconstpointer data)
{
  int template_id = existing_template (fixture, "information-request");
  g_autoptr (GError) error = NULL;
  g_autoptr (KansioLetterTemplateVersion) draft = NULL;
  g_autoptr (KansioLetterTemplateVersion) stale = NULL;
  g_autoptr (KansioLetterTemplateVersion) read = NULL;
  g_autoptr (KansioLetterTemplateVersion) again = NULL;
  gint64 version_id;

  draft = save_draft (fixture->writer, template_id, 0, "Ensimmäinen.", &error);
  g_assert_no_error (error);
  version_id = kansio_letter_template_version_get_version_id (draft);

  /* Someone who began from nothing meanwhile. */
  stale = save_draft (fixture->main_user, template_id, 0, "Toinen.", &error);
  g_assert_null (stale);
  assert_refused (error, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT, "meanwhile");
  g_clear_error (&error);

  g_assert_true (submit (fixture->writer, version_id, &error));
  g_assert_no_error (error);
  read = read_version (fixture->main_user, version_id);

  /* Saved again with other text and submitted again after it was read. */
  again = save_draft (fixture->writer, template_id,
                      kansio_letter_template_version_get_row_version (read), "Maksakaa heti.",
                      &error);
  g_assert_no_error (error);
  g_assert_true (submit (fixture->writer, version_id, &error));
  g_assert_no_error (error);
  g_assert_false (decide (fixture->main_user, read, TRUE, NULL, &error));
  assert_refused (error, KANSIO_DATABASE_ERROR_CONCURRENT_EDIT, "meanwhile");
  g_clear_error (&error);

  /* Only a draft is submitted. */
  g_assert_false (submit (fixture->writer, version_id, &error));
  assert_refused (error, KANSIO_DATABASE_ERROR_NOT_FOUND, "Only a draft");
}

static void
test_other_refusals (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KansioLetterTemplates) caseworker = templates_as (fixture, CASEWORKER);
  g_autoptr (KansioLetterTemplateVersion) version = NULL;
  g_autoptr (GError) error = NULL;

  /* A name is taken once. */
  g_assert_cmpint (create (fixture->writer, "information-request", &error), ==, 0);
  assert_refused (error, KANSIO_DATABASE_ERROR_UNIQUE_VIOLATION, "exists already");
  g_clear_error (&error);

  /* A caseworker uses templates, and writes none. */
  g_assert_cmpint (create (caseworker, "oma-kirje", &error), ==, 0);
  assert_refused (error, KANSIO_DATABASE_ERROR_PERMISSION_DENIED, NULL);
  g_clear_error (&error);

  /* No such version. */
  version = get_version (fixture->writer, G_MAXINT32, &error);
  g_assert_null (version);
  assert_refused (error, KANSIO_DATABASE_ERROR_NOT_FOUND, "No such template version");
  g_clear_error (&error);

  kansio_database_close (kansio_letter_templates_get_database (caseworker));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, test)                                                                            \
  g_test_add ("/letters/" path, Fixture, NULL, fixture_set_up, test, fixture_tear_down)
  ADD ("flow", test_flow);
  ADD ("four-eyes", test_four_eyes);
  ADD ("namer-does-not-approve", test_namer_does_not_approve);
  ADD ("saved-meanwhile", test_saved_meanwhile);
  ADD ("other-refusals", test_other_refusals);
#undef ADD

  return g_test_run ();
}
