/* kansio-payment-file.h
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

#define KANSIO_TYPE_PAYMENT_FILE (kansio_payment_file_get_type ())

G_DECLARE_FINAL_TYPE (KansioPaymentFile, kansio_payment_file, KANSIO, PAYMENT_FILE, GObject)

KansioPaymentFile *kansio_payment_file_new (const char *message_id,
                                            GDateTime *created,
                                            const GDate *execution_date,
                                            const char *debtor_name,
                                            const char *debtor_iban,
                                            const char *debtor_bic);
gboolean kansio_payment_file_add (KansioPaymentFile *self,
                                  const char *end_to_end_id,
                                  const char *creditor_name,
                                  const char *creditor_iban,
                                  const char *reference,
                                  const char *message,
                                  gint64 cents,
                                  GError **error);
guint kansio_payment_file_get_n_transactions (KansioPaymentFile *self);
gint64 kansio_payment_file_get_control_sum (KansioPaymentFile *self);
GBytes *kansio_payment_file_to_xml (KansioPaymentFile *self);

G_END_DECLS
