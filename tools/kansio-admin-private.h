/* kansio-admin-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the command groups of kansio-admin share with its dispatcher.
 */
#pragma once

#include <kansio.h>

G_BEGIN_DECLS

/* The options before the command, which every command may use. */
typedef struct
{
  char *conninfo;
  char *demo_directory;
  char *user;
  gboolean no_sync;
} KansioAdminOptions;

/* A command's arguments are what follows its name; returns the exit status. */
typedef int (*KansioAdminCommand) (KansioAdminOptions *options, char **args);

/* Runs the main loop until an async call calls back. */
typedef struct
{
  GMainLoop *loop;
  GAsyncResult *result;
} KansioAdminWait;

KansioAdminWait _kansio_admin_wait_new (void);
void _kansio_admin_on_done_cb (GObject *object, GAsyncResult *result, gpointer user_data);
GAsyncResult *_kansio_admin_wait_for (KansioAdminWait *wait);
void _kansio_admin_wait_clear (KansioAdminWait *wait);

int _kansio_admin_fail (const GError *error);
KansioLocalServer *_kansio_admin_demo_server_new (KansioAdminOptions *options);
gboolean _kansio_admin_start_demo_server (KansioLocalServer *server, GError **error);
KansioDatabase *_kansio_admin_open_database (KansioAdminOptions *options,
                                             KansioLocalServer **server_out,
                                             GError **error);
void _kansio_admin_release_server (KansioLocalServer *server);

/* The command groups, one file each. */
int _kansio_admin_migrate_command (KansioAdminOptions *options, char **args);
int _kansio_admin_status_command (KansioAdminOptions *options, char **args);
int _kansio_admin_demo_server_command (KansioAdminOptions *options, char **args);
int _kansio_admin_validate_command (KansioAdminOptions *options, char **args);
int _kansio_admin_audit_command (KansioAdminOptions *options, char **args);
int _kansio_admin_document_command (KansioAdminOptions *options, char **args);
int _kansio_admin_calculate_command (KansioAdminOptions *options, char **args);
int _kansio_admin_payment_run_command (KansioAdminOptions *options, char **args);
int _kansio_admin_statistics_command (KansioAdminOptions *options, char **args);
int _kansio_admin_rates_command (KansioAdminOptions *options, char **args);

G_END_DECLS
