/* kansio.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#define KANSIO_INSIDE
#include "kansio-version.h"
#include "db/kansio-database.h"
#include "db/kansio-database-error.h"
#include "db/kansio-local-server.h"
#include "db/kansio-migrator.h"
#include "db/kansio-password-store.h"
#include "db/kansio-rows.h"
#include "db/kansio-server-settings.h"

#include "core/kansio-calendar.h"
#include "core/kansio-context.h"
#include "core/kansio-i18n.h"
#include "core/kansio-plugin.h"
#include "core/kansio-plugin-registry.h"
#include "core/kansio-service-area.h"
#include "core/kansio-user.h"
#include "core/kansio-validate.h"

#include "clients/kansio-client-case.h"
#include "clients/kansio-client-directory.h"
#include "clients/kansio-client-document.h"
#include "clients/kansio-client-relation.h"
#include "clients/kansio-client-viewing.h"
#include "clients/kansio-disclosure.h"
#include "clients/kansio-person.h"

#include "demo/kansio-demo-user.h"
#include "demo/kansio-demo-data.h"

#include "audit/kansio-audit-log-check.h"
#include "audit/kansio-audit-seal.h"
#include "audit/kansio-audit-verify.h"
#include "audit/kansio-seal-key.h"

#include "documents/kansio-document.h"
#include "documents/kansio-document-composer.h"
#include "documents/kansio-document-content.h"
#include "documents/kansio-document-format.h"
#include "documents/kansio-field-catalogue.h"
#include "documents/kansio-merge-data.h"
#include "documents/kansio-pdf-writer.h"
#include "documents/kansio-template.h"

#include "document-service/kansio-document-request.h"
#include "document-service/kansio-document-service.h"
#include "document-service/kansio-document-worker.h"

#include "payments/kansio-payment-file.h"

#include "widgets/kansio-document-view.h"
#include "widgets/kansio-document-window.h"

#include "letters/kansio-letter-labels.h"
#include "letters/kansio-letter-template.h"
#include "letters/kansio-letter-template-version.h"
#include "letters/kansio-letter-templates.h"

#include "income-support/kansio-income-support-calculation.h"
#include "income-support/kansio-income-support-rate.h"
#include "income-support/kansio-income-support-rates.h"
#include "income-support/kansio-income-support-statistics.h"
#include "income-support/kansio-income-support-document.h"
#include "income-support/kansio-income-support-payment-order.h"
#include "income-support/kansio-income-support-decision.h"
#include "income-support/kansio-income-support-payment-run.h"
#include "income-support/kansio-income-support-recovery.h"
#include "income-support/kansio-income-support-member.h"
#include "income-support/kansio-income-support-attachment.h"
#include "income-support/kansio-income-support-application.h"
#include "income-support/kansio-income-support-case.h"
#include "income-support/kansio-income-support-phrase.h"
#include "income-support/kansio-income-support-queue-item.h"
#include "income-support/kansio-income-support-rights.h"
#undef KANSIO_INSIDE
