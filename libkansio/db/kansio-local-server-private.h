/* kansio-local-server-private.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kansio-local-server.h"

G_BEGIN_DECLS

/* Only names the socket file: the server listens on no TCP port. */
#define SOCKET_PORT "5432"
#define DATABASE_NAME "kansio"
#define SUPERUSER "postgres"
#define SOCKET_PATH_MAX 100

/*
 * KansioLocalServer: a private PostgreSQL cluster under one directory.
 *
 *   DIR/data       the cluster (PGDATA), made by initdb on first start
 *   DIR/socket     the unix socket; no TCP at all
 *   DIR/start.lock held exclusively while a process starts or stops it
 *   DIR/users.lock held shared by every process using the server
 *   DIR/keep-running  present while "kansio-admin demo-server start" wants
 *                  the server to outlive its users
 *
 * The kernel drops a process's locks when it exits, crash or not, so the
 * last user to release finds it can take users.lock exclusively and stops
 * the server. initdb and postgres refuse to run as root; as root they are
 * run as the system user "postgres", who then owns data/ and socket/.
 */
struct _KansioLocalServer
{
  GObject parent_instance;

  char *directory;
  char *data_directory;
  char *socket_directory;
  gboolean durable;

  int users_fd;
  gboolean initialized_now;
  gboolean started_now;
};

gboolean _kansio_local_server_running_as_root (void);
gboolean _kansio_local_server_run_program (const char *program,
                                           const char *const *args,
                                           GCancellable *cancellable,
                                           GError **error);
gboolean _kansio_local_server_make_directory (const char *path,
                                              int mode,
                                              gboolean for_server,
                                              GError **error);
char *_kansio_local_server_superuser_conninfo (KansioLocalServer *self, const char *database);
gboolean _kansio_local_server_initialize_cluster (KansioLocalServer *self,
                                                  GCancellable *cancellable,
                                                  GError **error);
char *_kansio_local_server_command_line_settings (KansioLocalServer *self);
gboolean _kansio_local_server_write_settings (KansioLocalServer *self, GError **error);
gboolean _kansio_local_server_create_database (KansioLocalServer *self, GError **error);

G_END_DECLS
