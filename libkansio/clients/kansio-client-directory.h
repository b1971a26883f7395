/* kansio-client-directory.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kansio-database.h"
#include "kansio-person.h"
#include "kansio-service-area.h"

G_BEGIN_DECLS

#define KANSIO_TYPE_CLIENT_DIRECTORY (kansio_client_directory_get_type ())

G_DECLARE_FINAL_TYPE (
    KansioClientDirectory, kansio_client_directory, KANSIO, CLIENT_DIRECTORY, GObject)

/* The client register, through the api: each call is one api function,
 * checked and logged by the database. */

KansioClientDirectory *kansio_client_directory_new (KansioDatabase *database);

void kansio_client_directory_search_async (KansioClientDirectory *self,
                                           const char *query,
                                           guint offset,
                                           guint limit,
                                           GCancellable *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer user_data);
GPtrArray *kansio_client_directory_search_finish (KansioClientDirectory *self,
                                                  GAsyncResult *result,
                                                  GError **error);
void kansio_client_directory_open_async (KansioClientDirectory *self,
                                         gint64 person_id,
                                         const char *emergency_reason,
                                         GCancellable *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer user_data);
KansioPerson *kansio_client_directory_open_finish (KansioClientDirectory *self,
                                                   GAsyncResult *result,
                                                   GError **error);
void kansio_client_directory_list_relations_async (KansioClientDirectory *self,
                                                   gint64 person_id,
                                                   GCancellable *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer user_data);
GListModel *kansio_client_directory_list_relations_finish (KansioClientDirectory *self,
                                                           GAsyncResult *result,
                                                           GError **error);
void kansio_client_directory_list_cases_async (KansioClientDirectory *self,
                                               gint64 person_id,
                                               GCancellable *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer user_data);
GListModel *kansio_client_directory_list_cases_finish (KansioClientDirectory *self,
                                                       GAsyncResult *result,
                                                       GError **error);
void kansio_client_directory_list_viewings_async (KansioClientDirectory *self,
                                                  gint64 person_id,
                                                  GCancellable *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer user_data);
GListModel *kansio_client_directory_list_viewings_finish (KansioClientDirectory *self,
                                                          GAsyncResult *result,
                                                          GError **error);
void kansio_client_directory_list_disclosures_async (KansioClientDirectory *self,
                                                     gint64 person_id,
                                                     GCancellable *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer user_data);
GListModel *kansio_client_directory_list_disclosures_finish (KansioClientDirectory *self,
                                                             GAsyncResult *result,
                                                             GError **error);
void kansio_client_directory_list_documents_async (KansioClientDirectory *self,
                                                   gint64 person_id,
                                                   GCancellable *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer user_data);
GListModel *kansio_client_directory_list_documents_finish (KansioClientDirectory *self,
                                                           GAsyncResult *result,
                                                           GError **error);
void kansio_client_directory_save_async (KansioClientDirectory *self,
                                         KansioPerson *person,
                                         GCancellable *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer user_data);
int kansio_client_directory_save_finish (KansioClientDirectory *self,
                                         GAsyncResult *result,
                                         GError **error);
void kansio_client_directory_create_async (KansioClientDirectory *self,
                                           KansioPerson *person,
                                           KansioServiceArea area,
                                           int unit_id,
                                           gboolean similar_confirmed,
                                           GCancellable *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer user_data);
gint64 kansio_client_directory_create_finish (KansioClientDirectory *self,
                                              GAsyncResult *result,
                                              GError **error);

void kansio_client_directory_find_similar_async (KansioClientDirectory *self,
                                                 const char *first_names,
                                                 const char *surname,
                                                 const char *birth_date,
                                                 GCancellable *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer user_data);
GPtrArray *kansio_client_directory_find_similar_finish (KansioClientDirectory *self,
                                                        GAsyncResult *result,
                                                        GError **error);

void kansio_client_directory_open_case_async (KansioClientDirectory *self,
                                              const char *identity_code,
                                              KansioServiceArea area,
                                              int unit_id,
                                              const char *reason,
                                              GCancellable *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer user_data);
gint64 kansio_client_directory_open_case_finish (KansioClientDirectory *self,
                                                 GAsyncResult *result,
                                                 GError **error);

void kansio_client_directory_add_relation_async (KansioClientDirectory *self,
                                                 gint64 person_id,
                                                 const char *identity_code,
                                                 const char *kind,
                                                 const char *residence,
                                                 const GDate *valid_from,
                                                 GCancellable *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer user_data);
gint64 kansio_client_directory_add_relation_finish (KansioClientDirectory *self,
                                                    GAsyncResult *result,
                                                    GError **error);
void kansio_client_directory_end_relation_async (KansioClientDirectory *self,
                                                 gint64 relation_id,
                                                 const GDate *valid_until,
                                                 GCancellable *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer user_data);
gboolean kansio_client_directory_end_relation_finish (KansioClientDirectory *self,
                                                      GAsyncResult *result,
                                                      GError **error);

G_END_DECLS
