-- 0024-income-support-documents.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- What an income-support decision and the client's usage report print
-- (issue 13; ../shared/DOMAIN.md 2.5, 6.1-6.3):
--
-- * The decision's inputs carry the kind of support (preventive support
--   is its own, 13 §), its payments (when, to whom, which account) and,
--   when known as it is composed, the day and channel it was sent: the
--   rectification date printed runs from those, never from the day of
--   printing; without them the decision prints the rule alone.
-- * The decision template, version 2: the outcome as a result row,
--   incomes as their own block with a minus sign, the payment.
-- * Two templates never share a title; a decision in the client's list
--   says the matter, the month and the outcome.
-- * The usage report: one row per person, day and matter, views in
--   words, disclosures as recipient and channel, no file paths.

SET LOCAL ROLE kansio_owner;

----------------------------------------------------------------------------
-- Titles

UPDATE kansio.document_template SET title_fi = 'Toimeentulotukipäätös',
                                    title_sv = 'Beslut om utkomststöd'
WHERE name = 'income-support-decision';
UPDATE kansio.document_template SET title_fi = 'Toimeentulotuen takaisinperintäpäätös',
                                    title_sv = 'Beslut om återkrav av utkomststöd'
WHERE name = 'income-support-recovery-decision';

CREATE UNIQUE INDEX document_template_title_fi_idx
  ON kansio.document_template (lower (btrim (title_fi)));
CREATE UNIQUE INDEX document_template_title_sv_idx
  ON kansio.document_template (lower (btrim (title_sv)));

CREATE OR REPLACE FUNCTION kansio_impl.template_create (p_name text, p_area text, p_kind text,
                                                        p_title_fi text, p_title_sv text)
  RETURNS integer
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  new_id integer;
BEGIN
  PERFORM kansio.require_letters_editor (staff);
  IF EXISTS (SELECT 1 FROM kansio.document_template WHERE name = p_name) THEN
    RAISE EXCEPTION 'A template named % exists already.', p_name
      USING ERRCODE = 'unique_violation';
  END IF;
  IF EXISTS (SELECT 1 FROM kansio.document_template t
             WHERE lower (btrim (t.title_fi)) = lower (btrim (p_title_fi))
                OR lower (btrim (t.title_sv)) = lower (btrim (p_title_sv))) THEN
    RAISE EXCEPTION 'Another template has this title: give each its own.'
      USING ERRCODE = 'unique_violation';
  END IF;
  INSERT INTO kansio.document_template (name, area, kind, title_fi, title_sv, created_by)
  VALUES (p_name, nullif (p_area, ''), p_kind, p_title_fi, p_title_sv, staff)
  RETURNING id INTO new_id;
  RETURN new_id;
END
$$;

-- "3/2026", "3–5/2026", "11/2026–1/2027".
CREATE FUNCTION kansio.month_period (p_first date, p_last date) RETURNS text
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT CASE
    WHEN p_last IS NULL OR p_last = p_first THEN to_char (p_first, 'FMMM/YYYY')
    WHEN extract (year FROM p_first) = extract (year FROM p_last)
      THEN to_char (p_first, 'FMMM') || '–' || to_char (p_last, 'FMMM/YYYY')
    ELSE to_char (p_first, 'FMMM/YYYY') || '–' || to_char (p_last, 'FMMM/YYYY') END
$$;

-- A document as the client's list names it: a decision says the matter,
-- the months and the outcome ("Toimeentulotukipäätös 3/2026,
-- myönteinen"), in the document's language; others keep their title.
CREATE FUNCTION kansio.document_list_title (p_document kansio.document) RETURNS text
  LANGUAGE sql STABLE
AS $$
  SELECT coalesce (
    (SELECT CASE WHEN p_document.language = 'sv' THEN t.title_sv ELSE t.title_fi END
            || ' ' || kansio.month_period (a.first_month, a.last_month)
            || CASE WHEN r.subject = 'is-recovery-decision' THEN ''
                    WHEN p_document.language = 'sv'
                      THEN CASE d.outcome WHEN 'granted' THEN ', bifall'
                                          WHEN 'partial' THEN ', delvis bifall'
                                          ELSE ', avslag' END
                    ELSE CASE d.outcome WHEN 'granted' THEN ', myönteinen'
                                        WHEN 'partial' THEN ', osittain myönteinen'
                                        ELSE ', kielteinen' END END
     FROM kansio.document_request r
     JOIN kansio.template_version v ON v.id = p_document.template_version_id
     JOIN kansio.document_template t ON t.id = v.template_id
     LEFT JOIN kansio.is_recovery x ON r.subject = 'is-recovery-decision' AND x.id = r.subject_id
     JOIN kansio.is_decision d
       ON d.id = CASE WHEN r.subject = 'is-decision' THEN r.subject_id ELSE x.decision_id END
     JOIN kansio.is_application a ON a.id = d.application_id
     WHERE r.id = p_document.request_id
       AND r.subject IN ('is-decision', 'is-recovery-decision')),
    p_document.title)
$$;

CREATE OR REPLACE FUNCTION kansio_impl.person_documents (p_person_id bigint)
  RETURNS TABLE (document_id bigint, kind text, title text, language text, page_count integer,
                 created_at timestamptz, created_by text, sha256 text, template_name text,
                 template_version integer, case_number text)
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  PERFORM kansio.require_person_visible (staff, p_person_id);
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'documents');
  RETURN QUERY
    SELECT d.id, d.kind, kansio.document_list_title (d), d.language, d.page_count, d.created_at,
           s.full_name, CASE WHEN NOT kansio.document_withheld (staff, d) THEN d.sha256 END,
           t.name, v.version, CASE WHEN c.id IS NOT NULL THEN kansio.case_number (c) END
    FROM kansio.document d
    LEFT JOIN kansio.staff_member s ON s.id = d.created_by
    LEFT JOIN kansio.template_version v ON v.id = d.template_version_id
    LEFT JOIN kansio.document_template t ON t.id = v.template_id
    LEFT JOIN kansio.client_case c ON c.id = d.case_id
    WHERE d.person_id = p_person_id AND kansio.can_see_document (staff, d)
    ORDER BY d.created_at DESC, d.id DESC;
END
$$;

----------------------------------------------------------------------------
-- What a decision is composed from

-- A client's own account is printed masked (a letter may be read by
-- others on the way); a payee's account (a landlord's) in full, so the
-- client can check where the money went.
CREATE FUNCTION kansio.print_iban (p_iban text, p_masked boolean) RETURNS text
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT CASE WHEN p_masked
              THEN left (x.iban, 2) || repeat ('*', greatest (length (x.iban) - 6, 0))
                   || right (x.iban, 4)
              ELSE x.iban END
  FROM (SELECT upper (regexp_replace (coalesce (p_iban, ''), '\s', '', 'g')) AS iban) x
$$;

-- Grouped by four, as an account number is written.
CREATE FUNCTION kansio.group_by_four (p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT btrim (regexp_replace (p_text, '(.{4})', '\1 ', 'g'))
$$;

-- The inputs as 0015 records them, and for an income-support decision
-- its kind, its payments and its sending as far as known.
ALTER FUNCTION kansio.document_inputs (kansio.document_request)
  RENAME TO document_inputs_before_0024;

CREATE FUNCTION kansio.document_inputs (p_request kansio.document_request) RETURNS jsonb
  LANGUAGE plpgsql
AS $$
DECLARE
  inputs jsonb := kansio.document_inputs_before_0024 (p_request);
  extra jsonb;
BEGIN
  IF inputs -> 'subject_data' IS NULL THEN
    RETURN inputs;
  END IF;
  -- A recovery says which kind of support is recovered.
  IF p_request.subject = 'is-recovery-decision' THEN
    SELECT jsonb_build_object ('kind', a.kind) INTO extra
    FROM kansio.is_recovery r JOIN kansio.is_decision d ON d.id = r.decision_id
    JOIN kansio.is_application a ON a.id = d.application_id
    WHERE r.id = p_request.subject_id;
    RETURN jsonb_set (inputs, '{subject_data}',
                      (inputs -> 'subject_data') || coalesce (extra, '{}'));
  END IF;
  IF p_request.subject <> 'is-decision' THEN
    RETURN inputs;
  END IF;
  SELECT jsonb_build_object (
           'kind', a.kind,
           'sent_on', d.sent_on::text,
           'sent_channel', d.sent_channel,
           'payments', coalesce (
             (SELECT jsonb_agg (jsonb_build_object (
                       'due_on', o.due_on::text, 'payee', o.payee_name,
                       'account', kansio.group_by_four (
                                    kansio.print_iban (o.iban, o.kind = 'client')),
                       'amount_cents', o.amount_cents::text)
                     ORDER BY o.due_on, o.id)
              FROM kansio.is_payment_order o WHERE o.decision_id = d.id), '[]'))
  INTO extra
  FROM kansio.is_decision d JOIN kansio.is_application a ON a.id = d.application_id
  WHERE d.id = p_request.subject_id;
  RETURN jsonb_set (inputs, '{subject_data}',
                    (inputs -> 'subject_data') || jsonb_strip_nulls (coalesce (extra, '{}')));
END
$$;

----------------------------------------------------------------------------
-- The decision, version 2

INSERT INTO kansio.template_version (template_id, version, body_fi, body_sv, fi_revised_at,
                                     sv_revised_at, status, note, approved_at)
SELECT t.id, (SELECT max (v.version) + 1 FROM kansio.template_version v WHERE v.template_id = t.id),
$fi$# Toimeentulotukipäätös

Hakija: **{{client.full_name}}**, {{client.identity_code}}\
Hakemus saapunut: {{application.received_on}}\
Haettu ajalle: {{application.period}}

## Päätös

{{#if decision.preventive}}
{{#if decision.granted}}
Teille myönnetään ehkäisevää toimeentulotukea **{{decision.support}}**.
{{else}}
Hakemuksenne ehkäisevästä toimeentulotuesta hylätään.
{{/if}}
{{else}}
{{#if decision.granted}}
Teille myönnetään täydentävää toimeentulotukea **{{decision.support}}**.
{{else}}
Hakemuksenne hylätään.
{{/if}}
{{/if}}

| Ratkaisu | Tuki |
|---|--:|
| **{{decision.outcome}}** | **{{decision.support}}** |

## Laskelma

| Menot | Henkilö | Euroa |
|---|---|--:|
{{#each calculation.expense_lines as line}}
| {{line.label}} | {{line.member}} | {{line.amount}} |
{{/each}}
| **Menot yhteensä** | | **{{calculation.total_expenses}}** |

### Tulot

| Tulot (vähennetään) | Henkilö | Euroa |
|---|---|--:|
{{#each calculation.income_lines as line}}
| {{line.label}} | {{line.member}} | {{line.amount}} |
{{/each}}
| **Tulot yhteensä** | | **{{calculation.income_deducted}}** |
{{#if calculation.not_counted_lines}}

### Tulot, joita ei oteta huomioon

| Tulo | Henkilö | Euroa |
|---|---|--:|
{{#each calculation.not_counted_lines as line}}
| {{line.label}} | {{line.member}} | {{line.amount}} |
{{/each}}
{{/if}}

### Tulos

| | Euroa |
|---|--:|
| Menot yhteensä | {{calculation.total_expenses}} |
| Tulot yhteensä | {{calculation.income_deducted}} |
| Menot vähennettynä tuloilla | {{calculation.difference}} |
| **Myönnettävä tuki** | **{{decision.support}}** |
{{#if decision.payments}}

## Tuen maksaminen

| Maksupäivä | Maksetaan | Tili | Euroa |
|---|---|---|--:|
{{#each decision.payments as payment}}
| {{payment.date}} | {{payment.payee}} | {{payment.account}} | {{payment.amount}} |
{{/each}}
{{/if}}

## Perustelut

{{decision.reasons}}

## Sovelletut oikeusohjeet

{{#if decision.preventive}}
Laki toimeentulotuesta (1412/1997) 1, 2 ja 13 § (ehkäisevä toimeentulotuki).
{{else}}
Laki toimeentulotuesta (1412/1997), erityisesti 1, 2, 7 c, 9 ja 11 § (täydentävä toimeentulotuki).
{{/if}}

{{> signature}}

{{pagebreak}}
{{> rectification-instructions}}$fi$,
$sv$# Beslut om utkomststöd

Sökande: **{{client.full_name}}**, {{client.identity_code}}\
Ansökan inkom: {{application.received_on}}\
Ansökt för: {{application.period}}

## Beslut

{{#if decision.preventive}}
{{#if decision.granted}}
Ni beviljas förebyggande utkomststöd **{{decision.support}}**.
{{else}}
Er ansökan om förebyggande utkomststöd avslås.
{{/if}}
{{else}}
{{#if decision.granted}}
Ni beviljas kompletterande utkomststöd **{{decision.support}}**.
{{else}}
Er ansökan avslås.
{{/if}}
{{/if}}

| Avgörande | Stöd |
|---|--:|
| **{{decision.outcome}}** | **{{decision.support}}** |

## Beräkning

| Utgifter | Person | Euro |
|---|---|--:|
{{#each calculation.expense_lines as line}}
| {{line.label}} | {{line.member}} | {{line.amount}} |
{{/each}}
| **Utgifter sammanlagt** | | **{{calculation.total_expenses}}** |

### Inkomster

| Inkomster (dras av) | Person | Euro |
|---|---|--:|
{{#each calculation.income_lines as line}}
| {{line.label}} | {{line.member}} | {{line.amount}} |
{{/each}}
| **Inkomster sammanlagt** | | **{{calculation.income_deducted}}** |
{{#if calculation.not_counted_lines}}

### Inkomster som inte beaktas

| Inkomst | Person | Euro |
|---|---|--:|
{{#each calculation.not_counted_lines as line}}
| {{line.label}} | {{line.member}} | {{line.amount}} |
{{/each}}
{{/if}}

### Resultat

| | Euro |
|---|--:|
| Utgifter sammanlagt | {{calculation.total_expenses}} |
| Inkomster sammanlagt | {{calculation.income_deducted}} |
| Utgifter minskade med inkomster | {{calculation.difference}} |
| **Stöd som beviljas** | **{{decision.support}}** |
{{#if decision.payments}}

## Utbetalning av stödet

| Betalningsdag | Betalas till | Konto | Euro |
|---|---|---|--:|
{{#each decision.payments as payment}}
| {{payment.date}} | {{payment.payee}} | {{payment.account}} | {{payment.amount}} |
{{/each}}
{{/if}}

## Motivering

{{decision.reasons}}

## Tillämpade bestämmelser

{{#if decision.preventive}}
Lagen om utkomststöd (1412/1997) 1, 2 och 13 § (förebyggande utkomststöd).
{{else}}
Lagen om utkomststöd (1412/1997), särskilt 1, 2, 7 c, 9 och 11 § (kompletterande utkomststöd).
{{/if}}

{{> signature}}

{{pagebreak}}
{{> rectification-instructions}}$sv$,
now (), now (), 'approved', 'Shipped with Kansio: result row, incomes, payment, preventive support',
now ()
FROM kansio.document_template t WHERE t.name = 'income-support-decision';

-- The recovery decision, version 2: preventive support recovered is
-- called preventive.
INSERT INTO kansio.template_version (template_id, version, body_fi, body_sv, fi_revised_at,
                                     sv_revised_at, status, note, approved_at)
SELECT t.id, (SELECT max (v.version) + 1 FROM kansio.template_version v WHERE v.template_id = t.id),
replace (v.body_fi, $l$Teille on {{decision.decided_on}} tehdyllä päätöksellä myönnetty täydentävää toimeentulotukea **{{decision.support}}**, josta on maksettu **{{recovery.paid}}**.$l$,
         $l${{#if decision.preventive}}
Teille on {{decision.decided_on}} tehdyllä päätöksellä myönnetty ehkäisevää toimeentulotukea **{{decision.support}}**, josta on maksettu **{{recovery.paid}}**.
{{else}}
Teille on {{decision.decided_on}} tehdyllä päätöksellä myönnetty täydentävää toimeentulotukea **{{decision.support}}**, josta on maksettu **{{recovery.paid}}**.
{{/if}}$l$),
replace (v.body_sv, $l$Genom beslut av den {{decision.decided_on}} har ni beviljats kompletterande utkomststöd **{{decision.support}}**, av vilket **{{recovery.paid}}** har betalats ut.$l$,
         $l${{#if decision.preventive}}
Genom beslut av den {{decision.decided_on}} har ni beviljats förebyggande utkomststöd **{{decision.support}}**, av vilket **{{recovery.paid}}** har betalats ut.
{{else}}
Genom beslut av den {{decision.decided_on}} har ni beviljats kompletterande utkomststöd **{{decision.support}}**, av vilket **{{recovery.paid}}** har betalats ut.
{{/if}}$l$),
now (), now (), 'approved', 'Shipped with Kansio: preventive support named so', now ()
FROM kansio.document_template t
JOIN kansio.template_version v ON v.template_id = t.id AND v.version = 1
WHERE t.name = 'income-support-recovery-decision';

----------------------------------------------------------------------------
-- The client's usage report

-- A view in words a client understands; never the code, whatever code a
-- later area logs (its kind is told from its prefix).
CREATE OR REPLACE FUNCTION kansio.view_label (p_view text, p_language text) RETURNS text
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT coalesce (
    (SELECT CASE WHEN p_language = 'sv' THEN v.sv ELSE v.fi END
     FROM (VALUES
       ('search', 'asiakashaku', 'klientsökning'),
       ('lookup', 'henkilön tunnistaminen', 'identifiering av person'),
       ('similar', 'samannimisten tarkistus', 'kontroll av personer med samma namn'),
       ('person', 'henkilötiedot', 'personuppgifter'),
       ('emergency', 'henkilötiedot kiireellisessä tilanteessa',
        'personuppgifter i ett brådskande fall'),
       ('person-create', 'asiakkaaksi kirjaaminen', 'registrering som klient'),
       ('person-update', 'henkilötietojen muutos', 'ändring av personuppgifter'),
       ('relations', 'perhe ja kotitalous', 'familj och hushåll'),
       ('cases', 'asiat', 'ärenden'),
       ('case-open', 'asian avaaminen', 'öppnande av ärende'),
       ('case-close', 'asian päättäminen', 'avslutande av ärende'),
       ('case-events', 'asian tapahtumat', 'ärendets händelser'),
       ('documents', 'asiakirjaluettelo', 'dokumentförteckning'),
       ('document', 'asiakirja', 'dokument'),
       ('document-fields', 'asiakirjan laatiminen', 'upprättande av dokument'),
       ('document-request', 'asiakirjan laatiminen', 'upprättande av dokument'),
       ('document-store', 'asiakirjan tallennus', 'arkivering av dokument'),
       ('document-print', 'asiakirjan tulostus', 'utskrift av dokument'),
       ('document-export', 'asiakirjan tallennus tiedostoksi', 'dokument sparat som fil'),
       ('document-send', 'asiakirjan lähetys', 'sändning av dokument'),
       ('work-queue', 'työjono', 'arbetskö'),
       ('work-queue-handle', 'työjonon tehtävä', 'uppgift i arbetskön'),
       ('disclosures', 'luovutustiedot', 'uppgifter om utlämnanden'),
       ('disclosure-record', 'luovutuksen kirjaus', 'registrering av utlämnande'),
       ('audit-report', 'käyttölokiotteen laatiminen', 'upprättande av loggutdrag'),
       ('audit-report-store', 'käyttölokiotteen tallennus', 'arkivering av loggutdrag'),
       ('audit-person-views', 'käyttölokin tarkastus', 'granskning av loggen'),
       ('is-applications', 'toimeentulotukihakemukset', 'ansökningar om utkomststöd'),
       ('is-application-register', 'hakemuksen kirjaaminen', 'registrering av ansökan'),
       ('is-attachments', 'hakemuksen liitteet', 'bilagor till ansökan'),
       ('is-status', 'hakemuksen käsittelyvaihe', 'ansökans behandlingsskede'),
       ('is-household-edit', 'kotitalouden tiedot', 'uppgifter om hushållet'),
       ('is-decision', 'päätös', 'beslut'),
       ('is-decision-prepare', 'päätöksen valmistelu', 'beredning av beslut'),
       ('is-decision-decide', 'päätöksenteko', 'beslutsfattande'),
       ('is-decision-document', 'päätösasiakirja', 'beslutsdokument'),
       ('is-decision-sent', 'päätöksen lähettäminen', 'sändning av beslut'),
       ('is-payment-order', 'maksumääräys', 'betalningsorder'),
       ('is-payment-orders', 'maksumääräykset', 'betalningsorder'),
       ('is-payment-order-remove', 'maksumääräyksen poisto', 'borttagning av betalningsorder'),
       ('is-payment-run', 'maksuajo', 'betalningskörning'),
       ('is-recoveries', 'takaisinperintä', 'återkrav'),
       ('is-recovery-prepare', 'takaisinperinnän valmistelu', 'beredning av återkrav'),
       ('is-recovery-decide', 'takaisinperintäpäätös', 'beslut om återkrav'),
       ('is-recovery-document', 'takaisinperintäpäätöksen asiakirja',
        'dokument om återkrav'),
       ('is-work-queue', 'toimeentulotuen työjono', 'arbetskö för utkomststöd'))
       AS v (view, fi, sv)
     WHERE v.view = p_view),
    CASE WHEN p_view LIKE 'is-%'
           THEN CASE WHEN p_language = 'sv' THEN 'uppgifter om utkomststöd'
                     ELSE 'toimeentulotuen tiedot' END
         WHEN p_view LIKE 'document%'
           THEN CASE WHEN p_language = 'sv' THEN 'dokument' ELSE 'asiakirjat' END
         WHEN p_view LIKE 'audit%'
           THEN CASE WHEN p_language = 'sv' THEN 'granskning av loggen'
                     ELSE 'käyttölokin tarkastus' END
         ELSE CASE WHEN p_language = 'sv' THEN 'klientuppgifter' ELSE 'asiakastiedot' END END)
$$;

-- The matter a view belongs to: its service area, or the client register.
CREATE FUNCTION kansio.view_matter (p_view text, p_area text, p_language text) RETURNS text
  LANGUAGE sql STABLE
AS $$
  SELECT coalesce (
    (SELECT CASE WHEN p_language = 'sv' THEN a.name_sv ELSE a.name_fi END
     FROM kansio.service_area a
     WHERE a.code = coalesce (p_area, CASE WHEN p_view LIKE 'is-%' THEN 'income-support' END)),
    CASE WHEN p_language = 'sv' THEN 'Klientuppgifter' ELSE 'Asiakastiedot' END)
$$;

-- A disclosure's recipient without any path of the worker's machine: an
-- export logs "recipient (file /home/…)".
CREATE FUNCTION kansio.without_paths (p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT nullif (btrim (regexp_replace (
           regexp_replace (p_text, '\s*\((file|tiedosto|fil)\s[^)]*\)', '', 'gi'),
           '(~|[A-Za-z]:\\|/)[^\s,;()]*[/\\][^\s,;()]*', '…', 'g')), '')
$$;

CREATE OR REPLACE FUNCTION kansio.audit_report_rows (p_staff integer, p_person bigint,
                                                     p_from timestamptz, p_to timestamptz)
  RETURNS TABLE (list text, item integer, name text, type text, value text)
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  p kansio.person;
  sv boolean;
BEGIN
  SELECT * INTO p FROM kansio.person WHERE id = p_person;
  sv := p.language = 'sv';
  RETURN QUERY
    SELECT * FROM kansio.document_fields (p_staff, p.id, NULL, p.language)
    UNION ALL
    SELECT NULL, NULL, 'client.id', 'text', p.id::text
    UNION ALL
    SELECT NULL, NULL, 'report.period_start', 'date',
           to_char (p_from AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD')
    UNION ALL
    SELECT NULL, NULL, 'report.period_end', 'date',
           to_char ((p_to - interval '1 microsecond') AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD')
    UNION ALL
    -- One row per person, day and matter: what they looked at, in words.
    SELECT 'report.views', g.item, f.name, f.type, f.value
    FROM (SELECT x.day, x.viewer, x.unit, x.matter,
                 string_agg (DISTINCT x.what, ', ') AS what,
                 (row_number () OVER (ORDER BY x.day, min (x.first_at), x.viewer, x.matter))::integer
                   AS item
          FROM (SELECT (l.logged_at AT TIME ZONE 'Europe/Helsinki')::date AS day,
                       l.logged_at AS first_at,
                       coalesce (s.full_name,
                                 CASE WHEN sv THEN 'okänd användare'
                                      ELSE 'tuntematon käyttäjä' END) AS viewer,
                       CASE WHEN sv THEN u.name_sv ELSE u.name_fi END AS unit,
                       kansio.view_matter (l.view, l.area, p.language) AS matter,
                       kansio.view_label (l.view, p.language)
                         || CASE WHEN l.emergency
                                 THEN CASE WHEN sv THEN ' (brådskande)'
                                           ELSE ' (kiireellinen)' END
                                 ELSE '' END AS what
                FROM kansio.usage_log l
                LEFT JOIN kansio.staff_member s ON s.id = l.staff_id
                LEFT JOIN kansio.organisation_unit u ON u.id = s.unit_id
                WHERE l.person_ids @> ARRAY[p.id] AND l.logged_at >= p_from
                  AND l.logged_at < p_to) x
          GROUP BY x.day, x.viewer, x.unit, x.matter) g
    CROSS JOIN LATERAL (VALUES
      ('time', 'text', to_char (g.day, 'FMDD.FMMM.YYYY')),
      ('viewer', 'text', g.viewer),
      ('unit', 'text', coalesce (g.unit, '')),
      ('matter', 'text', g.matter),
      ('view', 'text', g.what))
      AS f (name, type, value)
    UNION ALL
    -- A disclosure: to whom, how, what and on what grounds.
    SELECT 'report.disclosures', d.item, f.name, f.type, f.value
    FROM (SELECT x.*, (row_number () OVER (ORDER BY x.logged_at, x.id))::integer AS item,
                 doc.document
          FROM kansio.disclosure_log x
          LEFT JOIN LATERAL (
            SELECT kansio.document_list_title (k) AS document FROM kansio.document k
            WHERE x.what ~ '^(print|export|send): document [0-9]+ '
              AND k.id = substring (x.what FROM '^[a-z]+: document ([0-9]+) ')::bigint) doc
            ON true
          WHERE x.person_id = p.id AND x.logged_at >= p_from AND x.logged_at < p_to) d
    CROSS JOIN LATERAL (VALUES
      ('time', 'text',
       to_char (d.logged_at AT TIME ZONE 'Europe/Helsinki', 'FMDD.FMMM.YYYY HH24.MI')),
      ('recipient', 'text',
       coalesce (kansio.without_paths (d.recipient),
                 CASE WHEN sv THEN 'okänd mottagare' ELSE 'tuntematon vastaanottaja' END)),
      ('channel', 'text',
       CASE split_part (d.what, ':', 1)
         WHEN 'print' THEN CASE WHEN sv THEN 'utskrift på papper' ELSE 'tulostettu paperille' END
         WHEN 'export' THEN CASE WHEN sv THEN 'som fil' ELSE 'tiedostona' END
         WHEN 'send' THEN CASE WHEN sv THEN 'sänt' ELSE 'lähetetty' END
         ELSE CASE WHEN sv THEN 'annat sätt' ELSE 'muu tapa' END END),
      ('what', 'text', coalesce (d.document, kansio.without_paths (d.what), '')),
      ('legal_basis', 'text', coalesce (kansio.without_paths (d.legal_basis), '')))
      AS f (name, type, value);
END
$$;

-- The desktop's draft of the report prints the same rows as the service.
CREATE OR REPLACE FUNCTION kansio_impl.audit_report_fields (p_identity_code text,
                                                            p_from timestamptz,
                                                            p_to timestamptz)
  RETURNS TABLE (list text, item integer, name text, type text, value text)
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  p kansio.person;
BEGIN
  PERFORM kansio.require_auditor (staff);
  SELECT * INTO p FROM kansio.person WHERE identity_code = upper (btrim (p_identity_code));
  IF p.id IS NULL THEN
    RAISE EXCEPTION 'No person has this identity code.' USING ERRCODE = 'no_data_found';
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[p.id], 'audit-report', 'client''s request');
  RETURN QUERY SELECT * FROM kansio.audit_report_rows (staff, p.id, p_from, p_to);
END
$$;

INSERT INTO kansio.template_version (template_id, version, body_fi, body_sv, fi_revised_at,
                                     sv_revised_at, status, note, approved_at)
SELECT t.id, (SELECT max (v.version) + 1 FROM kansio.template_version v WHERE v.template_id = t.id),
$fi$# Tietojenne käsittely: katselut ja luovutukset

Pyyntönne mukaisesti tässä otteessa ovat merkinnät siitä, kuka on käsitellyt tietojanne {{organisation.name}} sosiaalipalveluiden asiakastietojärjestelmässä ajalla {{report.period_start}}–{{report.period_end}} (asiakastietolaki 703/2023). Kustakin henkilöstä on yksi rivi päivää ja asiaa kohden.

## Kuka on katsonut tietojanne

{{#if report.views}}
| Päivä | Kuka | Asia | Mitä tietoja |
|---|---|---|---|
{{#each report.views as view}}
| {{view.time}} | {{view.viewer}}, {{view.unit}} | {{view.matter}} | {{view.view}} |
{{/each}}
{{else}}
Ajalta ei ole katselumerkintöjä.
{{/if}}

## Kenelle tietojanne on luovutettu

{{#if report.disclosures}}
| Aika | Vastaanottaja | Tapa | Mitä | Peruste |
|---|---|---|---|---|
{{#each report.disclosures as disclosure}}
| {{disclosure.time}} | {{disclosure.recipient}} | {{disclosure.channel}} | {{disclosure.what}} | {{disclosure.legal_basis}} |
{{/each}}
{{else}}
Ajalta ei ole luovutusmerkintöjä.
{{/if}}

{{> signature}}$fi$,
$sv$# Behandlingen av era uppgifter: visningar och utlämnanden

På er begäran innehåller detta utdrag anteckningarna om vem som har behandlat era uppgifter i klientdatasystemet för socialvården vid {{organisation.name}} under tiden {{report.period_start}}–{{report.period_end}} (klientdatalagen 703/2023). Varje person har en rad per dag och ärende.

## Vem har sett era uppgifter

{{#if report.views}}
| Dag | Vem | Ärende | Vilka uppgifter |
|---|---|---|---|
{{#each report.views as view}}
| {{view.time}} | {{view.viewer}}, {{view.unit}} | {{view.matter}} | {{view.view}} |
{{/each}}
{{else}}
Det finns inga visningar under perioden.
{{/if}}

## Till vem era uppgifter har lämnats ut

{{#if report.disclosures}}
| Tid | Mottagare | Sätt | Vad | Grund |
|---|---|---|---|---|
{{#each report.disclosures as disclosure}}
| {{disclosure.time}} | {{disclosure.recipient}} | {{disclosure.channel}} | {{disclosure.what}} | {{disclosure.legal_basis}} |
{{/each}}
{{else}}
Det finns inga utlämnanden under perioden.
{{/if}}

{{> signature}}$sv$,
now (), now (), 'approved', 'Shipped with Kansio: one row per person, day and matter', now ()
FROM kansio.document_template t WHERE t.name = 'usage-report';

RESET ROLE;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA kansio FROM PUBLIC;
