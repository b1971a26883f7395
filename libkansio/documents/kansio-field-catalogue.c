/* kansio-field-catalogue.c
 *
 * Copyright 2026 The Kansio authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The merge fields a template may use, with their types: a template that
 * names a field not in the catalogue is refused when it is saved, with
 * the line and column. The fields of a list's items are named after the
 * list: "decision.payments" (a list) has "decision.payments.amount".
 * Plugins add the fields of their own decisions.
 */
#define G_LOG_DOMAIN "kansio-field-catalogue"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <stdlib.h>
#include <string.h>

#include "kansio-field-catalogue.h"

typedef struct
{
  KansioFieldType type;
  const char *description; /* untranslated; shown through gettext */
} Field;

struct _KansioFieldCatalogue
{
  GObject parent_instance;

  GHashTable *fields; /* name → Field */
};

G_DEFINE_FINAL_TYPE (KansioFieldCatalogue, kansio_field_catalogue, G_TYPE_OBJECT)

static const struct
{
  const char *name;
  KansioFieldType type;
  const char *description;
} standard_fields[] = {
  { "client.full_name", KANSIO_FIELD_TEXT, N_ ("Client’s first names and surname") },
  { "client.first_names", KANSIO_FIELD_TEXT, N_ ("Client’s first names") },
  { "client.surname", KANSIO_FIELD_TEXT, N_ ("Client’s surname") },
  { "client.identity_code", KANSIO_FIELD_TEXT, N_ ("Client’s identity code") },
  { "client.birth_date", KANSIO_FIELD_DATE, N_ ("Client’s date of birth") },
  { "client.street_address", KANSIO_FIELD_TEXT,
    N_ ("Client’s street address (empty under a non-disclosure marking)") },
  { "client.postal_code", KANSIO_FIELD_TEXT, N_ ("Client’s postal code") },
  { "client.post_office", KANSIO_FIELD_TEXT, N_ ("Client’s post office") },
  { "client.non_disclosure", KANSIO_FIELD_BOOLEAN,
    N_ ("Whether the client’s address is under a non-disclosure marking") },
  { "case.number", KANSIO_FIELD_TEXT, N_ ("Case number") },
  { "case.area", KANSIO_FIELD_TEXT, N_ ("Service area of the case") },
  { "case.opened_on", KANSIO_FIELD_DATE, N_ ("Date the case was opened") },
  { "decision.date", KANSIO_FIELD_DATE, N_ ("Date of the decision") },
  { "decision.delivery_date", KANSIO_FIELD_DATE,
    N_ ("Day the decision is deemed received: the 7th day after posting, the 3rd after "
        "electronic sending; empty while the sending is not known") },
  { "decision.rectification_deadline", KANSIO_FIELD_DATE,
    N_ ("Last day for a rectification request") },
  { "user.full_name", KANSIO_FIELD_TEXT, N_ ("Your name") },
  { "user.title", KANSIO_FIELD_TEXT, N_ ("Your title, in the document’s language") },
  { "user.phone", KANSIO_FIELD_TEXT, N_ ("Your phone number") },
  { "user.email", KANSIO_FIELD_TEXT, N_ ("Your e-mail address") },
  { "organisation.name", KANSIO_FIELD_TEXT, N_ ("Name of the organisation") },
  { "organisation.unit", KANSIO_FIELD_TEXT, N_ ("Name of your unit") },
  { "organisation.street_address", KANSIO_FIELD_TEXT, N_ ("Organisation’s street address") },
  { "organisation.postal_code", KANSIO_FIELD_TEXT, N_ ("Organisation’s postal code") },
  { "organisation.post_office", KANSIO_FIELD_TEXT, N_ ("Organisation’s post office") },
  { "organisation.phone", KANSIO_FIELD_TEXT, N_ ("Organisation’s phone number") },
  { "organisation.email", KANSIO_FIELD_TEXT, N_ ("Organisation’s e-mail address") },
  { "organisation.business_id", KANSIO_FIELD_TEXT, N_ ("Organisation’s business ID") },
  { "document.date", KANSIO_FIELD_DATE, N_ ("Date of the document") },
};

static int
compare_names (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
kansio_field_catalogue_finalize (GObject *object)
{
  KansioFieldCatalogue *self = KANSIO_FIELD_CATALOGUE (object);

  g_clear_pointer (&self->fields, g_hash_table_unref);

  G_OBJECT_CLASS (kansio_field_catalogue_parent_class)->finalize (object);
}

static void
kansio_field_catalogue_class_init (KansioFieldCatalogueClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kansio_field_catalogue_finalize;
}

static void
kansio_field_catalogue_init (KansioFieldCatalogue *self)
{
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

KansioFieldCatalogue *
kansio_field_catalogue_new (void)
{
  return g_object_new (KANSIO_TYPE_FIELD_CATALOGUE, NULL);
}

/* The auditor's report's own fields, and where rectification is asked
 * (the standard blocks print it). */
static const struct
{
  const char *name;
  KansioFieldType type;
  const char *description;
} report_fields[] = {
  { "report.period_start", KANSIO_FIELD_DATE, N_ ("First day of the report’s period") },
  { "report.period_end", KANSIO_FIELD_DATE, N_ ("Last day of the report’s period") },
  { "report.views", KANSIO_FIELD_LIST, N_ ("Who viewed the client’s data") },
  { "report.views.time", KANSIO_FIELD_TEXT, N_ ("The day the data was viewed") },
  { "report.views.viewer", KANSIO_FIELD_TEXT, N_ ("Who viewed the data") },
  { "report.views.unit", KANSIO_FIELD_TEXT, N_ ("The viewer’s unit") },
  { "report.views.matter", KANSIO_FIELD_TEXT, N_ ("The matter the data was viewed in") },
  { "report.views.view", KANSIO_FIELD_TEXT, N_ ("What was viewed") },
  { "report.disclosures", KANSIO_FIELD_LIST, N_ ("What was disclosed, and to whom") },
  { "report.disclosures.time", KANSIO_FIELD_TEXT, N_ ("When it was disclosed") },
  { "report.disclosures.recipient", KANSIO_FIELD_TEXT, N_ ("To whom") },
  { "report.disclosures.channel", KANSIO_FIELD_TEXT, N_ ("How: printed, as a file, sent") },
  { "report.disclosures.what", KANSIO_FIELD_TEXT, N_ ("What was disclosed") },
  { "report.disclosures.legal_basis", KANSIO_FIELD_TEXT, N_ ("On what grounds") },
  { "organisation.rectification_body", KANSIO_FIELD_TEXT,
    N_ ("Where rectification requests are addressed") },
  { "organisation.rectification_address", KANSIO_FIELD_TEXT,
    N_ ("Address for rectification requests") },
  /* An income-support completion request's letter (14 a § 3 mom.): what is
   * asked, and by when. */
  { "application.received_on", KANSIO_FIELD_DATE, N_ ("When the application arrived") },
  { "request.requested_on", KANSIO_FIELD_DATE, N_ ("When completion was asked for") },
  { "request.completion_due_on", KANSIO_FIELD_DATE,
    N_ ("The day by which the application is to be completed") },
  { "request.items", KANSIO_FIELD_LIST, N_ ("What is asked for") },
  { "request.items.description", KANSIO_FIELD_TEXT, N_ ("One thing asked for") },
};

/**
 * kansio_field_catalogue_new_standard:
 *
 * Returns: (transfer full): the fields every document has: the client,
 * the case, the user, the organisation and the document itself.
 */
KansioFieldCatalogue *
kansio_field_catalogue_new_standard (void)
{
  KansioFieldCatalogue *self = kansio_field_catalogue_new ();

  for (guint i = 0; i < G_N_ELEMENTS (standard_fields); i++)
    kansio_field_catalogue_add (self, standard_fields[i].name, standard_fields[i].type,
                                standard_fields[i].description);
  for (guint i = 0; i < G_N_ELEMENTS (report_fields); i++)
    kansio_field_catalogue_add (self, report_fields[i].name, report_fields[i].type,
                                report_fields[i].description);
  return self;
}

/**
 * kansio_field_catalogue_add:
 * @description: a static, untranslated string marked with N_()
 */
void
kansio_field_catalogue_add (KansioFieldCatalogue *self,
                            const char *name,
                            KansioFieldType type,
                            const char *description)
{
  Field *field;

  g_return_if_fail (KANSIO_IS_FIELD_CATALOGUE (self));
  g_return_if_fail (name != NULL);

  field = g_new0 (Field, 1);
  field->type = type;
  field->description = description;
  g_hash_table_replace (self->fields, g_strdup (name), field);
}

gboolean
kansio_field_catalogue_lookup (KansioFieldCatalogue *self, const char *name, KansioFieldType *type)
{
  Field *field;

  g_return_val_if_fail (KANSIO_IS_FIELD_CATALOGUE (self), FALSE);

  field = g_hash_table_lookup (self->fields, name);
  if (field != NULL && type != NULL)
    *type = field->type;
  return field != NULL;
}

/**
 * kansio_field_catalogue_get_description:
 *
 * Returns: (nullable): the description in the interface language
 */
const char *
kansio_field_catalogue_get_description (KansioFieldCatalogue *self, const char *name)
{
  Field *field;

  g_return_val_if_fail (KANSIO_IS_FIELD_CATALOGUE (self), NULL);

  field = g_hash_table_lookup (self->fields, name);
  return field != NULL && field->description != NULL ? _ (field->description) : NULL;
}

/**
 * kansio_field_catalogue_dup_names:
 *
 * Returns: (transfer full): the field names in alphabetical order
 */
GStrv
kansio_field_catalogue_dup_names (KansioFieldCatalogue *self)
{
  g_autofree const char **keys = NULL;
  GStrvBuilder *builder;
  GStrv names;
  guint n = 0;

  g_return_val_if_fail (KANSIO_IS_FIELD_CATALOGUE (self), NULL);

  keys = (const char **) g_hash_table_get_keys_as_array (self->fields, &n);
  qsort (keys, n, sizeof (char *), compare_names);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, keys[i]);
  names = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return names;
}
