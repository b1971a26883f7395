-- generate-clients.sql: realistic client data at scale, for benchmarks.
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- psql -v persons=1000000 -f bench/generate-clients.sql "CONNINFO"
-- Run as a superuser on a migrated database with the demo data. Every
-- identity code is valid and in the temporary range 900-999; about one in
-- sixteen people is Swedish-speaking. Each person has one or two cases in
-- the four client areas across the three demo offices, some closed, each
-- case with a journal of 20 events; couples and children are linked as
-- spouses and guardians.

\set ON_ERROR_STOP on
\timing on
-- Generating a million clients takes longer than the limits a session of
-- the database has (0012).
SET statement_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
-- psql -v persons=N [-v events_per_case=M]

BEGIN;

CREATE TEMP TABLE name_list (kind text, n integer, name text);
INSERT INTO name_list
SELECT 'fi_surname', row_number () OVER (), x FROM unnest (ARRAY[
  'Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen',
  'Koskinen', 'Järvinen', 'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi',
  'Heikkilä', 'Kinnunen', 'Salonen', 'Turunen', 'Salo', 'Laitinen', 'Tuominen', 'Rantanen',
  'Karjalainen', 'Jokinen', 'Mattila', 'Savolainen', 'Lahtinen', 'Ahonen', 'Leinonen',
  'Hiltunen', 'Kettunen', 'Miettinen', 'Räsänen', 'Pitkänen', 'Väisänen', 'Aaltonen',
  'Peltonen', 'Lindholm', 'Öhman', 'Ylönen', 'Kärkkäinen', 'Åkerlund', 'Björklund', 'Söderberg']) x;
INSERT INTO name_list
SELECT 'sv_surname', row_number () OVER (), x FROM unnest (ARRAY[
  'Lindqvist', 'Nyström', 'Johansson', 'Andersson', 'Karlsson', 'Nyberg', 'Holmström',
  'Lindroos', 'Sjöberg', 'Wikström', 'Forsman', 'Grönholm', 'Eklund', 'Westerlund',
  'Backman', 'Sundström', 'Åström', 'Lundqvist']) x;
INSERT INTO name_list
SELECT 'fi_first', row_number () OVER (), x FROM unnest (ARRAY[
  'Aino', 'Eino', 'Helmi', 'Väinö', 'Sofia', 'Onni', 'Aada', 'Leo', 'Eevi', 'Elias', 'Venla',
  'Oliver', 'Ella', 'Eetu', 'Lilja', 'Niilo', 'Pihla', 'Toivo', 'Kerttu', 'Veeti', 'Maija',
  'Juhani', 'Anneli', 'Matti', 'Päivi', 'Jari', 'Sari', 'Timo', 'Tuula', 'Pekka', 'Liisa',
  'Antti', 'Ritva', 'Mikko', 'Hannele', 'Jukka', 'Marjatta', 'Ilkka', 'Sinikka', 'Kalle']) x;
INSERT INTO name_list
SELECT 'sv_first', row_number () OVER (), x FROM unnest (ARRAY[
  'Saga', 'Elias', 'Ebba', 'Oskar', 'Alva', 'Hugo', 'Wilma', 'Anton', 'Stella', 'Emil',
  'Linnea', 'Johan', 'Ingrid', 'Gustav', 'Astrid', 'Henrik', 'Karin', 'Fredrik']) x;

CREATE TEMP TABLE names AS
SELECT (SELECT array_agg (name ORDER BY n) FROM name_list WHERE kind = 'fi_first') AS fi_first,
       (SELECT array_agg (name ORDER BY n) FROM name_list WHERE kind = 'sv_first') AS sv_first,
       (SELECT array_agg (name ORDER BY n) FROM name_list WHERE kind = 'fi_surname') AS fi_surname,
       (SELECT array_agg (name ORDER BY n) FROM name_list WHERE kind = 'sv_surname') AS sv_surname;

-- Person g: born on day (g mod 36500) after 1.1.1925, individual number
-- 900 + g / 36500: unique for up to 3.65 million people.
INSERT INTO kansio.person (identity_code, first_names, surname, language, home_municipality,
                           street_address, postal_code, post_office, birth_date,
                           is_temporary_code)
SELECT code, first_names, surname, lang,
       CASE WHEN lang = 'sv' THEN 'Fiktiva' ELSE 'Kuvitelma' END,
       'Testikatu ' || (g % 200 + 1), '999' || lpad ((g % 90 + 10)::text, 2, '0'),
       CASE WHEN lang = 'sv' THEN 'FIKTIVA' ELSE 'KUVITELMA' END, born, true
FROM (
  SELECT g, born, lang,
         to_char (born, 'DDMMYY') || CASE WHEN born < date '2000-01-01' THEN '-' ELSE 'A' END
           || individual
           || substr ('0123456789ABCDEFHJKLMNPRSTUVWXY',
                      ((to_char (born, 'DDMMYY') || individual)::bigint % 31)::integer + 1, 1)
           AS code,
         -- Swedish speakers are every sixteenth g: index them by g / 16 so
         -- every Swedish name occurs.
         CASE WHEN lang = 'sv'
              THEN sv_first[g / 16 * 7 % cardinality (sv_first) + 1] || ' '
                   || sv_first[g / 16 * 13 % cardinality (sv_first) + 1]
              ELSE fi_first[g * 7 % cardinality (fi_first) + 1] || ' '
                   || fi_first[g * 13 % cardinality (fi_first) + 1]
         END AS first_names,
         CASE WHEN lang = 'sv' THEN sv_surname[g / 16 * 31 % cardinality (sv_surname) + 1]
              ELSE fi_surname[g * 31 % cardinality (fi_surname) + 1]
         END AS surname
  FROM (
    SELECT g, date '1925-01-01' + (g % 36500) AS born, (900 + g / 36500)::text AS individual,
           CASE WHEN g % 16 = 0 THEN 'sv' ELSE 'fi' END AS lang
    FROM generate_series (1, :persons) AS g
  ) base, names
) people
ON CONFLICT (identity_code) DO NOTHING;

-- Cases: everyone has one; a third a second one; a tenth of them closed.
INSERT INTO kansio.client_case (person_id, area, unit_id, opened_on, closed_on)
SELECT p.id,
       (ARRAY['income-support', 'child-welfare', 'maintenance', 'disability'])[(p.id + k) % 4 + 1],
       offices.ids[(p.id * 7 + k) % 3 + 1],
       current_date - (p.id % 2000)::integer,
       CASE WHEN (p.id + k) % 10 = 0 THEN current_date - (p.id % 400)::integer END
FROM kansio.person p
CROSS JOIN (SELECT array_agg (id ORDER BY id) AS ids FROM kansio.organisation_unit
            WHERE kind = 'office') offices
CROSS JOIN generate_series (0, 1) AS k
WHERE p.identity_code NOT IN (SELECT identity_code FROM kansio.person WHERE id <= 10)
  AND (k = 0 OR p.id % 3 = 0);

-- The case journal: :events_per_case events a case (20 by default),
-- spread over the time the case has been open.
\if :{?events_per_case}
\else
  \set events_per_case 20
\endif
INSERT INTO kansio.case_event (case_id, occurred_at, kind, summary)
SELECT c.id,
       c.opened_on + ((coalesce (c.closed_on, current_date) - c.opened_on) * n / :events_per_case),
       (ARRAY['note', 'application', 'attachment', 'phone-call', 'meeting', 'decision', 'letter'])[n % 7 + 1],
       (ARRAY['Muistiinpano', 'Hakemus saapui', 'Liite saapui', 'Puhelu', 'Tapaaminen',
              'Päätös tehty', 'Kirje lähetetty'])[n % 7 + 1]
FROM kansio.client_case c
CROSS JOIN generate_series (1, :events_per_case) AS n
WHERE c.person_id > 10;

-- Families: neighbours in the generated order pair up.
INSERT INTO kansio.relation (person_id, related_person_id, kind, valid_from)
SELECT p.id, p.id + 1, CASE WHEN p.id % 20 = 0 THEN 'spouse' ELSE 'guardian' END,
       current_date - 1000
FROM kansio.person p
WHERE p.id % 10 = 0 AND p.id > 10
  AND EXISTS (SELECT 1 FROM kansio.person q WHERE q.id = p.id + 1);

COMMIT;
ANALYZE kansio.person;
ANALYZE kansio.client_case;
ANALYZE kansio.relation;

ANALYZE kansio.case_event;

SELECT (SELECT count (*) FROM kansio.person) AS persons,
       (SELECT count (*) FROM kansio.client_case) AS cases,
       (SELECT count (*) FROM kansio.case_event) AS events,
       (SELECT count (*) FROM kansio.relation) AS relations;
