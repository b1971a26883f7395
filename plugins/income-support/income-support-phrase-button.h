/* income-support-phrase-button.h
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <kansio.h>

G_BEGIN_DECLS

#define INCOME_SUPPORT_TYPE_PHRASE_BUTTON (income_support_phrase_button_get_type ())

G_DECLARE_FINAL_TYPE (
    IncomeSupportPhraseButton, income_support_phrase_button, INCOME_SUPPORT, PHRASE_BUTTON, AdwBin)

void income_support_phrase_button_set_context (IncomeSupportPhraseButton *self,
                                               KansioContext *context);
void income_support_phrase_button_set_language (IncomeSupportPhraseButton *self,
                                                KansioLanguage language);
void income_support_phrase_button_choose (IncomeSupportPhraseButton *self, guint index);

G_END_DECLS
