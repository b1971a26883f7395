/* test-plugins.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plugin loading: found, broken ones skipped with a reason, ABI mismatch
 * refused before any of its code runs.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kansio-test-util.h"

static KansioPluginRegistry *registry;
static char *garbage_directory;

static const char *
find_failure (const char *file_name)
{
  for (guint i = 0; i < kansio_plugin_registry_get_n_failures (registry); i++)
    {
      g_autofree char *base
          = g_path_get_basename (kansio_plugin_registry_get_failure_path (registry, i));
      if (g_str_equal (base, file_name))
        return kansio_plugin_registry_get_failure_reason (registry, i);
    }
  return NULL;
}

static void
test_found (void)
{
  GListModel *plugins = kansio_plugin_registry_get_plugins (registry);
  g_autoptr (KansioPlugin) plugin = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (plugins), ==, 1);
  plugin = g_list_model_get_item (plugins, 0);
  g_assert_cmpstr (kansio_plugin_get_id (plugin), ==, "test-area");
  g_assert_cmpstr (kansio_plugin_get_name (plugin), ==, "Test Area");
  g_assert_cmpstr (kansio_plugin_get_icon_name (plugin), ==, "applications-science-symbolic");
  g_assert_cmpint (kansio_plugin_get_service_area (plugin), ==, KANSIO_SERVICE_AREA_ADMINISTRATION);
  g_assert_null (kansio_plugin_get_required_rights (plugin));
  g_assert_true (g_action_group_has_action (kansio_plugin_get_action_group (plugin), "greet"));
}

static void
test_broken_skipped (void)
{
  const char *reason = find_failure ("broken-plugin.so");

  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (reason, "kansio_symbol_that_does_not_exist"));
}

static void
test_abi_mismatch_refused (void)
{
  const char *reason = find_failure ("old-abi-plugin.so");

  /* Its load function aborts: reaching this line proves it never ran.
   * (Opening a module runs its constructors, if it has any; the check
   * keeps out what a plugin does through the interface.) */
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (reason, "9999"));
}

static void
test_registers_nothing (void)
{
  g_assert_nonnull (find_failure ("empty-plugin.so"));
}

static void
test_not_a_module (void)
{
  g_assert_nonnull (find_failure ("garbage.so"));
}

static void
test_same_plugin_twice (void)
{
  const char *reason = NULL;

  /* The build folder is listed twice: each module of the second copy is
   * skipped with a reason, never loaded twice. */
  g_assert_cmpuint (kansio_plugin_registry_get_n_failures (registry), ==, 3 + 1 + 4);
  for (guint i = 0; i < kansio_plugin_registry_get_n_failures (registry); i++)
    if (g_str_has_suffix (kansio_plugin_registry_get_failure_path (registry, i), "/test-plugin.so"))
      reason = kansio_plugin_registry_get_failure_reason (registry, i);
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (reason, g_getenv ("KANSIO_TEST_PLUGIN_DIR")));
}

static void
test_describe (void)
{
  g_autofree char *text = kansio_plugin_registry_describe (registry);

  g_assert_nonnull (strstr (text, "Test Area (test-area)"));
  g_assert_nonnull (strstr (text, "broken-plugin.so"));
  g_assert_nonnull (strstr (text, "old-abi-plugin.so"));
}

static void
test_plugin_path (void)
{
  g_autoptr (KansioPluginRegistry) from_path = kansio_plugin_registry_new ();
  g_autofree char *path = g_strjoin (G_SEARCHPATH_SEPARATOR_S, "/nonexistent",
                                     g_getenv ("KANSIO_TEST_PLUGIN_DIR"), NULL);

  /* A second registry in the same process finds the module already loaded
   * and makes a plugin of its own from it. */
  g_setenv ("KANSIO_PLUGIN_PATH", path, TRUE);
  kansio_plugin_registry_add_default_directories (from_path);
  kansio_plugin_registry_load (from_path);
  g_assert_cmpuint (g_list_model_get_n_items (kansio_plugin_registry_get_plugins (from_path)), ==,
                    1);
  g_assert_cmpuint (kansio_plugin_registry_get_n_failures (from_path), ==, 3);
}

static void
make_garbage_module (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  garbage_directory = g_dir_make_tmp ("kansio-plugins-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (garbage_directory, "garbage.so", NULL);
  g_file_set_contents (path, "this is not an ELF file", -1, &error);
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  const char *plugin_dir = g_getenv ("KANSIO_TEST_PLUGIN_DIR");
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_assert_nonnull (plugin_dir);

  make_garbage_module ();
  registry = kansio_plugin_registry_new ();
  kansio_plugin_registry_add_directory (registry, plugin_dir);
  kansio_plugin_registry_add_directory (registry, garbage_directory);
  kansio_plugin_registry_add_directory (registry, plugin_dir);
  kansio_plugin_registry_load (registry);

  g_test_add_func ("/plugins/found", test_found);
  g_test_add_func ("/plugins/broken-skipped", test_broken_skipped);
  g_test_add_func ("/plugins/abi-mismatch-refused", test_abi_mismatch_refused);
  g_test_add_func ("/plugins/registers-nothing", test_registers_nothing);
  g_test_add_func ("/plugins/not-a-module", test_not_a_module);
  g_test_add_func ("/plugins/same-plugin-twice", test_same_plugin_twice);
  g_test_add_func ("/plugins/describe", test_describe);
  g_test_add_func ("/plugins/plugin-path", test_plugin_path);

  status = g_test_run ();
  g_clear_object (&registry);
  return status;
}
