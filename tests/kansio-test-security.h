/* kansio-test-security.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo database the security tests attack (test-security-*.c), seeded
 * the same for each of them: the demo clients, a stored document, a
 * version waiting for approval, applications, decisions, a payment run and
 * recoveries, and views that name rows the attackers cannot reach.
 */
#pragma once

#include "kansio-test-util.h"

G_BEGIN_DECLS

/* The demo clients, by identity code. */
#define AINO "140384-9027"
#define MIKKO "021181-913H"
#define ELLA "210615A9242"
#define SAGA "300890-946J"
#define KORHONEN "051258-9694"
#define LIISA "290296-970C"
#define NYSTROM "170775-981L"
#define HELMI "031008A9922"

/* A row kansio_test_security_set_up() seeded, by its name in
 * kansio_test_seed. */
#define SEEDED(name) "(SELECT id FROM kansio_test_seed WHERE name = '" name "')"

extern const char *const kansio_test_security_roles[];

void kansio_test_security_set_up (void);
void kansio_test_security_tear_down (void);
KansioTestDatabase *kansio_test_security_get_demo (void);
const char *kansio_test_security_id_of (const char *identity_code);
KansioDatabase *kansio_test_security_connect_as (const char *role);
KansioRows *kansio_test_security_run_as_superuser (const char *sql);
gint64 kansio_test_security_count_usage_rows (void);
void kansio_test_security_forget_receipts (void);

G_END_DECLS
