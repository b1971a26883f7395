/* kansio-plugin-registry.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kansio-plugin-registry"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>

#include "kansio-plugin-private.h"
#include "kansio-plugin-registry.h"
#include "kansio-plugin.h"

/* Finds plugin modules, checks each before GIO loads it (so a broken one
 * is reported, not fatal), and makes one instance of each plugin type. */
struct _KansioPluginRegistry
{
  GObject parent_instance;

  GPtrArray *directories;
  GListStore *plugins;
  GPtrArray *failure_paths;
  GPtrArray *failure_reasons;
  GHashTable *known_extensions;
  GHashTable *module_names;
};

G_DEFINE_FINAL_TYPE (KansioPluginRegistry, kansio_plugin_registry, G_TYPE_OBJECT)

/* A module can be loaded once per process (its types stay registered), so
 * which extension each module path registered is remembered process-wide;
 * registries made later (tests, a second window) reuse it. */
static GHashTable *extension_for_path;

static void
add_failure (KansioPluginRegistry *self, const char *path, const char *reason)
{
  g_message ("Skipping plugin %s: %s", path, reason);
  g_ptr_array_add (self->failure_paths, g_strdup (path));
  g_ptr_array_add (self->failure_reasons, g_strdup (reason));
}

/* Opens the module on its own to read its ABI and entry point; only a
 * module that passes is handed to GIO, whose loader would only warn.
 * Opening runs the module's ELF constructors, if it has any: plugins are
 * installed by the helpdesk, and this check is against mismatched builds,
 * not against hostile code. */
static gboolean check_module_symbols (GModule *module, char **reason);

static gboolean
check_module (const char *path, char **reason)
{
  GModule *module;
  gboolean ok;

  module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      *reason = g_strdup_printf (_ ("The module could not be loaded: %s"), g_module_error ());
      return FALSE;
    }

  ok = check_module_symbols (module, reason);
  g_module_close (module);
  return ok;
}

static gboolean
check_module_symbols (GModule *module, char **reason)
{
  const guint *abi = NULL;
  gpointer load = NULL;

  if (!g_module_symbol (module, "kansio_plugin_abi_version", (gpointer *) &abi) || abi == NULL)
    {
      *reason = g_strdup (_ ("The module is not a Kansio plugin (it declares no ABI version)."));
      return FALSE;
    }

  if (*abi != KANSIO_PLUGIN_ABI_VERSION)
    {
      *reason = g_strdup_printf (_ ("The plugin was built for plugin ABI %u, but this Kansio has "
                                    "ABI %u. Install a matching version of the plugin."),
                                 *abi, (guint) KANSIO_PLUGIN_ABI_VERSION);
      return FALSE;
    }

  if (!g_module_symbol (module, "g_io_module_load", &load) || load == NULL)
    {
      *reason = g_strdup (_ ("The plugin has no entry point (g_io_module_load)."));
      return FALSE;
    }
  return TRUE;
}

static GPtrArray *
take_new_extensions (KansioPluginRegistry *self)
{
  GIOExtensionPoint *point = g_io_extension_point_lookup (KANSIO_PLUGIN_EXTENSION_POINT_NAME);
  GPtrArray *found = g_ptr_array_new ();

  for (GList *l = g_io_extension_point_get_extensions (point); l != NULL; l = l->next)
    {
      GIOExtension *extension = l->data;
      const char *name = g_io_extension_get_name (extension);

      if (g_hash_table_contains (self->known_extensions, name))
        continue;
      g_hash_table_add (self->known_extensions, g_strdup (name));
      g_ptr_array_add (found, extension);
    }
  return found;
}

static gboolean
has_plugin_id (KansioPluginRegistry *self, const char *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->plugins));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KansioPlugin) plugin = g_list_model_get_item (G_LIST_MODEL (self->plugins), i);
      if (g_strcmp0 (kansio_plugin_get_id (plugin), id) == 0)
        return TRUE;
    }
  return FALSE;
}

static GIOExtension *
register_module (KansioPluginRegistry *self, const char *path)
{
  GIOExtensionPoint *point = g_io_extension_point_lookup (KANSIO_PLUGIN_EXTENSION_POINT_NAME);
  g_autofree char *reason = NULL;
  g_autoptr (GPtrArray) extensions = NULL;
  const char *known_name;
  GIOExtension *extension;
  GIOModule *module;

  if (extension_for_path == NULL)
    extension_for_path = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  known_name = g_hash_table_lookup (extension_for_path, path);
  if (known_name != NULL)
    return g_io_extension_point_get_extension_by_name (point, known_name);

  if (!check_module (path, &reason))
    {
      add_failure (self, path, reason);
      return NULL;
    }

  /* GIO modules stay registered for the life of the process, as GTypes do. */
  module = g_io_module_new (path);
  if (!g_type_module_use (G_TYPE_MODULE (module)))
    {
      add_failure (self, path, _ ("The module could not be loaded."));
      return NULL;
    }
  extensions = take_new_extensions (self);
  g_type_module_unuse (G_TYPE_MODULE (module));

  if (extensions->len != 1)
    {
      add_failure (self, path,
                   extensions->len == 0 ? _ ("The module registered no plugin.")
                                        : _ ("The module registered more than one plugin."));
      return NULL;
    }

  extension = g_ptr_array_index (extensions, 0);
  g_hash_table_insert (extension_for_path, g_strdup (path),
                       g_strdup (g_io_extension_get_name (extension)));
  return extension;
}

static void
load_module (KansioPluginRegistry *self, const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  const char *first_path = g_hash_table_lookup (self->module_names, name);
  g_autoptr (GObject) instance = NULL;
  GIOExtension *extension;

  /* The first folder in the search path wins, as with PATH. */
  if (first_path != NULL)
    {
      g_autofree char *reason
          = g_strdup_printf (_ ("A module of the same name was already found in %s."), first_path);
      add_failure (self, path, reason);
      return;
    }
  g_hash_table_insert (self->module_names, g_strdup (name), g_strdup (path));

  extension = register_module (self, path);
  if (extension == NULL)
    return;

  instance = g_object_new (g_io_extension_get_type (extension), NULL);
  if (has_plugin_id (self, kansio_plugin_get_id (KANSIO_PLUGIN (instance))))
    {
      g_autofree char *duplicate
          = g_strdup_printf (_ ("A plugin with the id “%s” is already loaded."),
                             kansio_plugin_get_id (KANSIO_PLUGIN (instance)));
      add_failure (self, path, duplicate);
      return;
    }
  g_list_store_append (self->plugins, instance);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static void
load_directory (KansioPluginRegistry *self, const char *directory)
{
  g_autoptr (GDir) dir = g_dir_open (directory, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, "." G_MODULE_SUFFIX))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (directory, g_ptr_array_index (names, i), NULL);
      load_module (self, path);
    }
}

static void
kansio_plugin_registry_dispose (GObject *object)
{
  KansioPluginRegistry *self = (KansioPluginRegistry *) object;

  g_clear_object (&self->plugins);

  G_OBJECT_CLASS (kansio_plugin_registry_parent_class)->dispose (object);
}

static void
kansio_plugin_registry_finalize (GObject *object)
{
  KansioPluginRegistry *self = (KansioPluginRegistry *) object;

  g_clear_pointer (&self->directories, g_ptr_array_unref);
  g_clear_pointer (&self->failure_paths, g_ptr_array_unref);
  g_clear_pointer (&self->failure_reasons, g_ptr_array_unref);
  g_clear_pointer (&self->known_extensions, g_hash_table_unref);
  g_clear_pointer (&self->module_names, g_hash_table_unref);

  G_OBJECT_CLASS (kansio_plugin_registry_parent_class)->finalize (object);
}

static void
kansio_plugin_registry_class_init (KansioPluginRegistryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kansio_plugin_registry_dispose;
  object_class->finalize = kansio_plugin_registry_finalize;
}

static void
kansio_plugin_registry_init (KansioPluginRegistry *self)
{
  self->directories = g_ptr_array_new_with_free_func (g_free);
  self->plugins = g_list_store_new (KANSIO_TYPE_PLUGIN);
  self->failure_paths = g_ptr_array_new_with_free_func (g_free);
  self->failure_reasons = g_ptr_array_new_with_free_func (g_free);
  self->known_extensions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->module_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

KansioPluginRegistry *
kansio_plugin_registry_new (void)
{
  return g_object_new (KANSIO_TYPE_PLUGIN_REGISTRY, NULL);
}

void
kansio_plugin_registry_add_directory (KansioPluginRegistry *self, const char *directory)
{
  g_return_if_fail (KANSIO_IS_PLUGIN_REGISTRY (self));
  g_return_if_fail (directory != NULL);

  g_ptr_array_add (self->directories, g_strdup (directory));
}

/**
 * kansio_plugin_registry_add_default_directories:
 *
 * The folders of KANSIO_PLUGIN_PATH (how the build tree and the tests run),
 * then the installed plugin folder.
 */
void
kansio_plugin_registry_add_default_directories (KansioPluginRegistry *self)
{
  const char *path = g_getenv ("KANSIO_PLUGIN_PATH");

  g_return_if_fail (KANSIO_IS_PLUGIN_REGISTRY (self));

  if (path != NULL)
    {
      g_auto (GStrv) parts = g_strsplit (path, G_SEARCHPATH_SEPARATOR_S, -1);
      for (guint i = 0; parts[i] != NULL; i++)
        if (*parts[i] != '\0')
          kansio_plugin_registry_add_directory (self, parts[i]);
    }
  kansio_plugin_registry_add_directory (self, KANSIO_PLUGIN_DIR);
}

/**
 * kansio_plugin_registry_load:
 *
 * Loads every module in the folders. One that fails is skipped and listed
 * in the failures; the rest still load. Call once, on the main thread.
 */
void
kansio_plugin_registry_load (KansioPluginRegistry *self)
{

  g_autoptr (GPtrArray) built_in = NULL;

  _kansio_plugin_ensure_extension_point ();
  /* Anything registered before now did not come from a module here. */
  built_in = take_new_extensions (self);

  for (guint i = 0; i < self->directories->len; i++)
    load_directory (self, g_ptr_array_index (self->directories, i));
}

/**
 * kansio_plugin_registry_get_plugins:
 *
 * Returns: (transfer none): a list of #KansioPlugin
 */
GListModel *
kansio_plugin_registry_get_plugins (KansioPluginRegistry *self)
{
  g_return_val_if_fail (KANSIO_IS_PLUGIN_REGISTRY (self), NULL);
  return G_LIST_MODEL (self->plugins);
}

guint
kansio_plugin_registry_get_n_failures (KansioPluginRegistry *self)
{
  g_return_val_if_fail (KANSIO_IS_PLUGIN_REGISTRY (self), 0);
  return self->failure_paths->len;
}

const char *
kansio_plugin_registry_get_failure_path (KansioPluginRegistry *self, guint index)
{
  g_return_val_if_fail (KANSIO_IS_PLUGIN_REGISTRY (self), NULL);
  g_return_val_if_fail (index < self->failure_paths->len, NULL);
  return g_ptr_array_index (self->failure_paths, index);
}

const char *
kansio_plugin_registry_get_failure_reason (KansioPluginRegistry *self, guint index)
{
  g_return_val_if_fail (KANSIO_IS_PLUGIN_REGISTRY (self), NULL);
  g_return_val_if_fail (index < self->failure_reasons->len, NULL);
  return g_ptr_array_index (self->failure_reasons, index);
}

/**
 * kansio_plugin_registry_describe:
 *
 * Returns: (transfer full): the loaded and skipped plugins as text, for
 *   the About window and the helpdesk
 */
char *
kansio_plugin_registry_describe (KansioPluginRegistry *self)
{
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->plugins));

  g_return_val_if_fail (KANSIO_IS_PLUGIN_REGISTRY (self), NULL);

  g_string_append_printf (text, "%s\n", _ ("Loaded plugins:"));
  if (n == 0)
    g_string_append_printf (text, "  %s\n", _ ("none"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KansioPlugin) plugin = g_list_model_get_item (G_LIST_MODEL (self->plugins), i);
      g_string_append_printf (text, "  %s (%s)\n", kansio_plugin_get_name (plugin),
                              kansio_plugin_get_id (plugin));
    }

  if (self->failure_paths->len > 0)
    {
      g_string_append_printf (text, "\n%s\n", _ ("Plugins that could not be loaded:"));
      for (guint i = 0; i < self->failure_paths->len; i++)
        g_string_append_printf (text, "  %s\n    %s\n",
                                (const char *) g_ptr_array_index (self->failure_paths, i),
                                (const char *) g_ptr_array_index (self->failure_reasons, i));
    }
  return g_string_free (text, FALSE);
}
