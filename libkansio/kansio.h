/* kansio.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#define KANSIO_INSIDE
#include "kansio-version.h"
#include "kansio-calendar.h"
#include "audit/kansio-audit-seal.h"
#include "audit/kansio-audit-verify.h"
#include "audit/kansio-seal-key.h"
#include "payments/kansio-payment-file.h"
#include "income-support/kansio-income-support-calculation.h"
#include "income-support/kansio-income-support-rates.h"
#include "income-support/kansio-income-support-statistics.h"
#include "income-support/kansio-income-support-document.h"
#include "income-support/kansio-income-support-payment-order.h"
#include "income-support/kansio-income-support-decision.h"
#include "income-support/kansio-income-support-payment-run.h"
#include "income-support/kansio-income-support-recovery.h"
#include "service/kansio-document-request.h"
#include "service/kansio-document-service.h"
#include "kansio-client-directory.h"
#include "kansio-context.h"
#include "kansio-database.h"
#include "kansio-database-error.h"
#include "kansio-demo-data.h"
#include "kansio-i18n.h"
#include "kansio-local-server.h"
#include "kansio-migrator.h"
#include "kansio-person.h"
#include "kansio-password-store.h"
#include "kansio-plugin.h"
#include "kansio-plugin-registry.h"
#include "kansio-rows.h"
#include "kansio-server-settings.h"
#include "kansio-service-area.h"
#include "kansio-user.h"
#include "kansio-validate.h"
#include "documents/kansio-document.h"
#include "documents/kansio-document-composer.h"
#include "documents/kansio-document-content.h"
#include "documents/kansio-document-format.h"
#include "documents/kansio-field-catalogue.h"
#include "documents/kansio-merge-data.h"
#include "documents/kansio-pdf-writer.h"
#include "documents/kansio-template.h"
#include "widgets/kansio-document-view.h"
#include "widgets/kansio-document-window.h"
#undef KANSIO_INSIDE
