/* kansio-disclosure.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(KANSIO_INSIDE) && !defined(KANSIO_COMPILATION)
#error "Only <kansio.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

#define KANSIO_TYPE_DISCLOSURE (kansio_disclosure_get_type ())

G_DECLARE_FINAL_TYPE (KansioDisclosure, kansio_disclosure, KANSIO, DISCLOSURE, GObject)

const char *kansio_disclosure_get_logged_at (KansioDisclosure *self);
const char *kansio_disclosure_get_login_role (KansioDisclosure *self);
const char *kansio_disclosure_get_what (KansioDisclosure *self);
const char *kansio_disclosure_get_recipient (KansioDisclosure *self);
const char *kansio_disclosure_get_legal_basis (KansioDisclosure *self);

G_END_DECLS
