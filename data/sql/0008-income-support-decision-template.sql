-- 0008-income-support-decision-template.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The income-support decision as shipped, approved, in Finnish and
-- Swedish: the outcome, the calculation line by line, the reasons, the
-- provisions applied, the signature and the rectification instructions
-- (../shared/DOMAIN.md 6.1-6.3). A main user adapts it with new versions.

SET LOCAL ROLE kansio_owner;

WITH template AS (
  INSERT INTO kansio.document_template (name, area, kind, title_fi, title_sv)
  VALUES ('income-support-decision', 'income-support', 'decision', 'PÄÄTÖS', 'BESLUT')
  RETURNING id
)
INSERT INTO kansio.template_version (template_id, version, body_fi, body_sv, fi_revised_at,
                                     sv_revised_at, status, note, approved_at)
SELECT template.id, 1,
$fi$# Toimeentulotukipäätös

Hakija: **{{client.full_name}}**, {{client.identity_code}}\
Hakemus saapunut: {{application.received_on}}\
Haettu ajalle: {{application.period}}

## Päätös

{{#if decision.granted}}
Teille myönnetään täydentävää toimeentulotukea **{{decision.support}}**.
{{else}}
Hakemuksenne hylätään.
{{/if}}

## Laskelma

| Erä | Henkilö | Euroa |
|---|---|--:|
{{#each calculation.lines as line}}
| {{line.label}} | {{line.member}} | {{line.amount}} |
{{/each}}
| **Menot yhteensä** | | **{{calculation.total_expenses}}** |
| **Tulot yhteensä** | | **{{calculation.total_income}}** |

## Perustelut

{{decision.reasons}}

## Sovelletut oikeusohjeet

Laki toimeentulotuesta (1412/1997), erityisesti 1, 2, 7 c, 9 ja 11 §.

{{> signature}}

{{pagebreak}}
{{> rectification-instructions}}$fi$,
$sv$# Beslut om utkomststöd

Sökande: **{{client.full_name}}**, {{client.identity_code}}\
Ansökan inkom: {{application.received_on}}\
Ansökt för: {{application.period}}

## Beslut

{{#if decision.granted}}
Ni beviljas kompletterande utkomststöd **{{decision.support}}**.
{{else}}
Er ansökan avslås.
{{/if}}

## Beräkning

| Post | Person | Euro |
|---|---|--:|
{{#each calculation.lines as line}}
| {{line.label}} | {{line.member}} | {{line.amount}} |
{{/each}}
| **Utgifter sammanlagt** | | **{{calculation.total_expenses}}** |
| **Inkomster sammanlagt** | | **{{calculation.total_income}}** |

## Motivering

{{decision.reasons}}

## Tillämpade bestämmelser

Lagen om utkomststöd (1412/1997), särskilt 1, 2, 7 c, 9 och 11 §.

{{> signature}}

{{pagebreak}}
{{> rectification-instructions}}$sv$,
now (), now (), 'approved', 'Shipped with Kansio', now ()
FROM template;

RESET ROLE;
