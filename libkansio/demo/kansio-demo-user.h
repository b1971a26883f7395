/* kansio-demo-user.h
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

#define KANSIO_TYPE_DEMO_USER (kansio_demo_user_get_type ())

G_DECLARE_FINAL_TYPE (KansioDemoUser, kansio_demo_user, KANSIO, DEMO_USER, GObject)

const char *kansio_demo_user_get_login_role (KansioDemoUser *self);
const char *kansio_demo_user_get_full_name (KansioDemoUser *self);
const char *kansio_demo_user_get_title_fi (KansioDemoUser *self);
const char *kansio_demo_user_get_title_sv (KansioDemoUser *self);
const char *kansio_demo_user_get_unit_name_fi (KansioDemoUser *self);
const char *kansio_demo_user_get_unit_name_sv (KansioDemoUser *self);
const char *kansio_demo_user_get_roles_fi (KansioDemoUser *self);
const char *kansio_demo_user_get_roles_sv (KansioDemoUser *self);

G_END_DECLS
