-- demo-data.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Clearly fictitious demo data for the private demo server only. Every
-- identity code is in the temporary range 900-999, which the population
-- register never issues to real people. Loaded once, in one transaction.

INSERT INTO kansio.organisation_unit (code, kind, name_fi, name_sv)
VALUES ('demo-county', 'county', 'Kuvitelman hyvinvointialue (demo)',
        'Fiktiva välfärdsområdet (demo)');

INSERT INTO kansio.organisation_unit (parent_id, code, kind, name_fi, name_sv, street_address,
                                      postal_code, post_office_fi, post_office_sv)
SELECT county.id, office.code, 'office', office.name_fi, office.name_sv, office.street,
       office.postal_code, office.post_fi, office.post_sv
FROM kansio.organisation_unit county,
     (VALUES
       ('demo-keskusta', 'Keskustan sosiaalitoimisto', 'Centrums socialbyrå',
        'Kuvitelmankatu 1', '99910', 'KUVITELMA', 'FIKTIVA'),
       ('demo-pohjoinen', 'Pohjoisen sosiaalitoimisto', 'Norra socialbyrån',
        'Revontulentie 12', '99920', 'KUVITELMA', 'FIKTIVA'),
       ('demo-rannikko', 'Rannikon sosiaalitoimisto', 'Kustens socialbyrå',
        'Strandvägen 4', '99930', 'KUVITELMA', 'FIKTIVA'))
       AS office (code, name_fi, name_sv, street, postal_code, post_fi, post_sv)
WHERE county.code = 'demo-county';

-- Every demo user is a login role of its own, as real users are; on the
-- private demo server they log in over its socket without a password.
DO $$
DECLARE
  role_name text;
BEGIN
  FOREACH role_name IN ARRAY ARRAY['demo_kasittelija', 'demo_paattaja', 'demo_lukija',
                                   'demo_sosiaalityontekija', 'demo_lastenvalvoja',
                                   'demo_vammaispalvelu', 'demo_handlaggare', 'demo_esihenkilo',
                                   'demo_paakayttaja', 'demo_tarkastaja', 'demo_kirjeet']
  LOOP
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = role_name) THEN
      BEGIN
        EXECUTE format ('CREATE ROLE %I LOGIN', role_name);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- created meanwhile for another database of the cluster
      END;
    END IF;
    IF NOT pg_has_role (role_name, 'kansio_user', 'MEMBER') THEN
      BEGIN
        EXECUTE format ('GRANT kansio_user TO %I', role_name);
      EXCEPTION WHEN unique_violation OR duplicate_object THEN
        NULL;
      END;
    END IF;
  END LOOP;
END
$$;

INSERT INTO kansio.staff_member (login_role, full_name, title_fi, title_sv, unit_id, language,
                                 is_demo)
SELECT staff.login_role, staff.full_name, staff.title_fi, staff.title_sv, unit.id, staff.language,
       true
FROM (VALUES
       ('demo_kasittelija', 'Kaisa Käsittelijä', 'etuuskäsittelijä', 'förmånshandläggare',
        'demo-keskusta', 'fi'),
       ('demo_paattaja', 'Paavo Päättäjä', 'johtava sosiaalityöntekijä', 'ledande socialarbetare',
        'demo-keskusta', 'fi'),
       ('demo_lukija', 'Lauri Lukija', 'sosiaaliohjaaja', 'socialhandledare', 'demo-keskusta',
        'fi'),
       ('demo_sosiaalityontekija', 'Sanna Sosiaalityöntekijä', 'sosiaalityöntekijä',
        'socialarbetare', 'demo-pohjoinen', 'fi'),
       ('demo_lastenvalvoja', 'Leena Lastenvalvoja', 'lastenvalvoja', 'barnatillsyningsman',
        'demo-keskusta', 'fi'),
       ('demo_vammaispalvelu', 'Ville Vammaispalvelu', 'vammaispalvelujen sosiaalityöntekijä',
        'socialarbetare inom funktionshinderservice', 'demo-keskusta', 'fi'),
       ('demo_handlaggare', 'Hanna Handläggare', 'förmånshandläggare', 'förmånshandläggare',
        'demo-rannikko', 'sv'),
       ('demo_esihenkilo', 'Eero Esihenkilö', 'palvelupäällikkö', 'servicechef', 'demo-county',
        'fi'),
       ('demo_paakayttaja', 'Pirjo Pääkäyttäjä', 'pääkäyttäjä', 'huvudanvändare', 'demo-county',
        'fi'),
       ('demo_tarkastaja', 'Tuula Tarkastaja', 'tietosuojavastaava', 'dataskyddsansvarig',
        'demo-county', 'fi'),
       ('demo_kirjeet', 'Kirsi Kirjoittaja', 'viestintäsuunnittelija', 'kommunikationsplanerare',
        'demo-county', 'fi'))
       AS staff (login_role, full_name, title_fi, title_sv, unit_code, language)
JOIN kansio.organisation_unit unit ON unit.code = staff.unit_code;

INSERT INTO kansio.role_grant (staff_id, job_role, unit_id)
SELECT s.id, g.job_role, u.id
FROM (VALUES
       ('demo_kasittelija', 'income-support:handler', 'demo-keskusta'),
       ('demo_paattaja', 'income-support:decision_maker', 'demo-keskusta'),
       ('demo_lukija', 'income-support:reader', 'demo-keskusta'),
       ('demo_sosiaalityontekija', 'child-welfare:decision_maker', 'demo-pohjoinen'),
       ('demo_lastenvalvoja', 'maintenance:decision_maker', 'demo-keskusta'),
       ('demo_vammaispalvelu', 'disability:decision_maker', 'demo-county'),
       ('demo_handlaggare', 'income-support:handler', 'demo-rannikko'),
       ('demo_esihenkilo', 'supervisor', 'demo-county'),
       ('demo_esihenkilo', 'income-support:reader', 'demo-county'),
       ('demo_esihenkilo', 'protected_address', 'demo-county'),
       ('demo_paakayttaja', 'main_user', 'demo-county'),
       ('demo_paakayttaja', 'letters:decision_maker', 'demo-county'),
       ('demo_tarkastaja', 'auditor', 'demo-county'),
       ('demo_kirjeet', 'letters:handler', 'demo-county'))
       AS g (login_role, job_role, unit_code)
JOIN kansio.staff_member s ON s.login_role = g.login_role
JOIN kansio.organisation_unit u ON u.code = g.unit_code;

INSERT INTO kansio.person (identity_code, first_names, surname, language, home_municipality,
                           street_address, postal_code, post_office, phone, email,
                           non_disclosure, birth_date, is_temporary_code)
SELECT p.code, p.first_names, p.surname, p.language, p.municipality, p.street, p.postal_code,
       p.post_office, p.phone, p.email, p.non_disclosure,
       kansio.identity_code_birth_date (p.code), true
FROM (VALUES
       ('140384-9027', 'Aino Maria', 'Virtanen', 'fi', 'Kuvitelma', 'Mielikuvituksentie 3 B 12',
        '99910', 'KUVITELMA', '+358 40 000 0001', 'aino.virtanen@example.invalid', false),
       ('021181-913H', 'Mikko Juhani', 'Virtanen', 'fi', 'Kuvitelma', 'Mielikuvituksentie 3 B 12',
        '99910', 'KUVITELMA', NULL, NULL, false),
       ('210615A9242', 'Ella', 'Virtanen', 'fi', 'Kuvitelma', 'Mielikuvituksentie 3 B 12',
        '99910', 'KUVITELMA', NULL, NULL, false),
       ('090119A935N', 'Onni', 'Virtanen', 'fi', 'Kuvitelma', 'Mielikuvituksentie 3 B 12',
        '99910', 'KUVITELMA', NULL, NULL, false),
       ('300890-946J', 'Saga Elisabeth', 'Lindqvist', 'sv', 'Fiktiva', 'Drömgatan 7 A 2',
        '99930', 'FIKTIVA', '+358 50 000 0002', NULL, false),
       ('120412A957X', 'Elias', 'Lindqvist', 'sv', 'Fiktiva', 'Drömgatan 7 A 2', '99930',
        'FIKTIVA', NULL, NULL, false),
       ('051258-9694', 'Pekka Tapani', 'Korhonen', 'fi', 'Kuvitelma', 'Satukuja 9', '99920',
        'KUVITELMA', '+358 44 000 0003', NULL, false),
       ('290296-970C', 'Liisa', 'Mäkinen', 'fi', 'Kuvitelma', 'Salainen polku 1', '99910',
        'KUVITELMA', NULL, NULL, true),
       ('170775-981L', 'Johan Erik', 'Nyström', 'sv', 'Fiktiva', 'Sagovägen 21', '99930',
        'FIKTIVA', NULL, 'johan.nystrom@example.invalid', false),
       ('031008A9922', 'Helmi Sofia', 'Heikkinen', 'fi', 'Kuvitelma', 'Tarinatie 5', '99920',
        'KUVITELMA', NULL, NULL, false))
       AS p (code, first_names, surname, language, municipality, street, postal_code,
             post_office, phone, email, non_disclosure);

INSERT INTO kansio.client_case (person_id, area, unit_id, opened_on, closed_on)
SELECT p.id, c.area, u.id, current_date - c.opened_days_ago,
       CASE WHEN c.closed_days_ago IS NOT NULL THEN current_date - c.closed_days_ago END
FROM (VALUES
       ('140384-9027', 'income-support', 'demo-keskusta', 120, NULL::integer),
       ('021181-913H', 'income-support', 'demo-keskusta', 120, NULL),
       ('210615A9242', 'child-welfare', 'demo-pohjoinen', 40, NULL),
       ('090119A935N', 'child-welfare', 'demo-pohjoinen', 40, NULL),
       ('300890-946J', 'income-support', 'demo-rannikko', 60, NULL),
       ('120412A957X', 'maintenance', 'demo-keskusta', 200, NULL),
       ('051258-9694', 'disability', 'demo-keskusta', 400, NULL),
       ('290296-970C', 'income-support', 'demo-keskusta', 30, NULL),
       ('170775-981L', 'maintenance', 'demo-keskusta', 200, NULL),
       ('031008A9922', 'child-welfare', 'demo-pohjoinen', 700, 30),
       ('051258-9694', 'income-support', 'demo-keskusta', 1000, 700))
       AS c (code, area, unit_code, opened_days_ago, closed_days_ago)
JOIN kansio.person p ON p.identity_code = c.code
JOIN kansio.organisation_unit u ON u.code = c.unit_code;

INSERT INTO kansio.relation (person_id, related_person_id, kind, valid_from)
SELECT a.id, b.id, r.kind, r.valid_from::date
FROM (VALUES
       ('140384-9027', '021181-913H', 'spouse', '2012-06-16'),
       ('140384-9027', '210615A9242', 'guardian', '2015-06-21'),
       ('021181-913H', '210615A9242', 'guardian', '2015-06-21'),
       ('140384-9027', '090119A935N', 'guardian', '2019-01-09'),
       ('021181-913H', '090119A935N', 'guardian', '2019-01-09'),
       ('300890-946J', '120412A957X', 'guardian', '2012-04-12'))
       AS r (a_code, b_code, kind, valid_from)
JOIN kansio.person a ON a.identity_code = r.a_code
JOIN kansio.person b ON b.identity_code = r.b_code;

INSERT INTO kansio.case_event (case_id, occurred_at, kind, summary)
SELECT c.id, c.opened_on + e.day_offset, e.kind, e.summary
FROM kansio.client_case c
CROSS JOIN (VALUES
       (0, 'opened', 'Asia tuli vireille.'),
       (2, 'note', 'Asiakas toimitti puuttuvat liitteet.'),
       (5, 'note', 'Puhelinkeskustelu asiakkaan kanssa.'))
       AS e (day_offset, kind, summary);
