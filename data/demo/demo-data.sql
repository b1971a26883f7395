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
        -- A person needs a few connections (a window's pool and its
        -- listener); a limit keeps one login from taking the server's.
        EXECUTE format ('CREATE ROLE %I LOGIN CONNECTION LIMIT 20', role_name);
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

-- The document service's login on the demo server (kansio-documentd);
-- a real server names its own, in the group kansio_document_service.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'kansio_documents') THEN
    BEGIN
      CREATE ROLE kansio_documents LOGIN CONNECTION LIMIT 10 IN ROLE kansio_document_service;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  END IF;
END
$$;

-- What the demo county's letters print: contact details, and a logo (a
-- plain "K", clearly no real county's).
UPDATE kansio.organisation_unit
SET phone = '+358 9 000 0000', email = 'kirjaamo@example.invalid', business_id = '0000000-0',
    street_address = 'PL 1', postal_code = '99900', post_office_fi = 'KUVITELMA',
    post_office_sv = 'FIKTIVA',
    logo_png = decode (
    '89504e470d0a1a0a0000000d49484452000000a0000000a00803000000bc11971f0000019e504c5445ffffff1c' ||
    '5fa82867ac5f8ec15587be2e6caf497fb9467db8ffffffdfe9f3316eb0dae5f1e5ecf53b74b3336fb0dce6f1e3' ||
    'ebf43973b3346fb1dee7f2e1eaf33772b23571b1e0e9f33671b2dee8f23470b13873b2e2eaf4dde7f23a74b3e4' ||
    'ecf4326eb03c75b4e6edf53d76b4e7eef6d8e4f02f6caf3f78b5e8eff6d6e2ef4179b6eaf0f7d5e1ee2d6bae43' ||
    '7ab7ebf1f7d3e0ee2c6aae447bb7edf2f8d1dfed2b69ad477db8eef3f8cfddec2a69ad487eb9eff4f9cedcec29' ||
    '68ad4b80baf0f4f9ccdbeb4c81baf1f5f9cad9ea2767ac4f83bbf2f6fac7d8e92666ac5184bcf3f6fac6d6e925' ||
    '65ab5385bdf5f8fbc4d5e82465abf6f8fbc1d3e72464ab5789bef6f9fbbfd2e62364aa5a8abfbed1e62263aa5c' ||
    '8cc0f8fafcbbcfe55e8ec1b9cee42162aaf9fbfcb6cce32062a9b5cae21f61a9b2c9e1afc7e01e60a9adc5dfab' ||
    'c4de1d60a8a8c2dda5c0dcacc4dfaec6e0b0c7e0b1c8e1b3c9e2b4cae2dbe5f1b6cbe3306dafd9e4f0b7cce3d7' ||
    'e3efb8cde4bacee4d4e0eebccfe5d2dfedbdd0e5d0deedceddecc0d3e7cddbebc2d4e7c3d4e8cbdaebc9d9eac5' ||
    'd6e8c8d8eaec5940bb0000000174524e530040e6d866000003474944415478daeddc675314411080e1e983d305' ||
    '5414c18c62e01405e1d453504e50504ec5803961ce39e79cfdd7fa19fbdc09dddb7345bf9fb76a9eaaa94d335b' ||
    '6b8ca6699af6df80bba87141c8cc747ec68c79ce44019f8b5084e74014f3590a057d3642519e0d51da970694e6' ||
    'a509a5716942695aaa505a96069486a509a559a94269551a501a952a9436d53c509a942a941629901b280d4a15' ||
    '4a7b14a840698f021528ed51a002a53d74c05cddd4eaab1e9baf439ac10c9c994cada1daa18d4dc9bfcd9a1d0d' ||
    '704e33e29b3bcf721c7e60cb7cc4d7da663b0e3b704103e25bb8c87a1c6e605b2be25bbcc47a186ee0d26588af' ||
    'bdc5dec70c5cbe02f1357738f878812b5721bea646171f2b70f51ac4d75970f27102d7ae437c5d79371f2370fd' ||
    '06c4d7dde3e8e3036eec457c7d45571f1b70d366c4b7a5e4ece3026edd86f8fa07dc7d4cc0ed3b10df60d9c3c7' ||
    '03dc3984f886733e3e16e0aedd886f64d4cbc701dcb317f18d55fc7c0cc07dfb11df81714f1f3df0e021c477f8' ||
    '88af8f1c583f81f88e1ef3f651038f9f407c274ff9fb8881a731df99b3013e5ae0b9f3886f32c8470abc80f92e' ||
    '5e0af25102272e23be2b57c37c9440ac6bd7037dccc01bc13e5ee0cd5bc13e56e06d021f27f0ce5d021f23f01e' ||
    '898f0f789f84c708a49960ce297e10f914ff3d89233f49e2bfcc24c9c3c82fd424b712e687857021333079142a' ||
    'e406268f038584c0de765418f8c845086c40b79492e449909012081db8f069889014088dcfc885b4407c633349' ||
    '9efb0b8981f0e2252af47fb9a30642a11315bef2159203a1f09a54480f843c2e7ce3276400424f172af45b04e1' ||
    '005613bef511b200a1d88d0a273d843c4028bea3123201a1d8870adf3b2f167201a1f801157e7415b201a1840b' ||
    '5d1784f98050fa44216404c2002e745bf4e70442b93f5cc80a84f26754f8c541c80b84f2202a74d87a620642ee' ||
    '2b2afc662de406426e18157eb715b20361f44790901f08a323a8d0728b360320547ea2c25f56c22c8050f9ed2f' ||
    'cc0408e363a8d0e643016f6056295081d2295081d22970da0163131a054e3f605c42a34006604c42539bc07884' ||
    'c6c42d34b50b8c43684cdc4263e2169a5a0746ff074759a1952ffebf884a11ed793242275ff644575eb6462f5d' ||
    '56c8109ca6695a787f007d7eddccc58bcd4e0000000049454e44ae426082', 'hex')
WHERE code = 'demo-county';

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
       -- A senior social worker keeps the office's decision templates: the
       -- editor's preview shows them with his own clients.
       ('demo_paattaja', 'letters:handler', 'demo-keskusta'),
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
        'KUVITELMA', '+358 40 555 0101', NULL, true),
       ('170775-981L', 'Johan Erik', 'Nyström', 'sv', 'Fiktiva', 'Sagovägen 21', '99930',
        'FIKTIVA', NULL, 'johan.nystrom@example.invalid', false),
       ('031008A9922', 'Helmi Sofia', 'Heikkinen', 'fi', 'Kuvitelma', 'Tarinatie 5', '99920',
        'KUVITELMA', NULL, NULL, false),
       -- Households of issue 13 (DOMAIN.md 2.2): a flatmate, children living
       -- with the other parent or alternately, a spouse's child, a lone
       -- parent with an adult son.
       ('110290-951L', 'Kalle Juhani', 'Laine', 'fi', 'Kuvitelma', 'Kuvakuja 4 C 30', '99910',
        'KUVITELMA', NULL, NULL, false),
       ('050992-9639', 'Ville', 'Salo', 'fi', 'Kuvitelma', 'Kuvakuja 4 C 30', '99910',
        'KUVITELMA', NULL, NULL, false),
       ('230485-975E', 'Jari Olavi', 'Niemi', 'fi', 'Kuvitelma', 'Unelmatie 8', '99920',
        'KUVITELMA', NULL, NULL, false),
       ('140714A982Y', 'Aada', 'Niemi', 'fi', 'Kuvitelma', 'Haavepolku 2', '99920',
        'KUVITELMA', NULL, NULL, false),
       ('030318A9942', 'Eetu', 'Niemi', 'fi', 'Kuvitelma', 'Unelmatie 8', '99920',
        'KUVITELMA', NULL, NULL, false),
       ('191087-917B', 'Sanna Maria', 'Koskinen', 'fi', 'Kuvitelma', 'Sadunmäki 11', '99910',
        'KUVITELMA', NULL, NULL, false),
       ('080888-9288', 'Tomi', 'Heino', 'fi', 'Kuvitelma', 'Sadunmäki 11', '99910',
        'KUVITELMA', NULL, NULL, false),
       ('270116A939M', 'Veera', 'Heino', 'fi', 'Kuvitelma', 'Sadunmäki 11', '99910',
        'KUVITELMA', NULL, NULL, false),
       ('021266-942C', 'Raija Hannele', 'Lehtonen', 'fi', 'Kuvitelma', 'Tarukatu 6', '99920',
        'KUVITELMA', NULL, NULL, false),
       ('160505A957H', 'Oskari', 'Lehtonen', 'fi', 'Kuvitelma', 'Tarukatu 6', '99920',
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
       ('051258-9694', 'income-support', 'demo-keskusta', 1000, 700),
       ('110290-951L', 'income-support', 'demo-keskusta', 50, NULL),
       ('230485-975E', 'income-support', 'demo-keskusta', 50, NULL),
       ('191087-917B', 'income-support', 'demo-keskusta', 50, NULL),
       ('021266-942C', 'income-support', 'demo-keskusta', 50, NULL),
       ('160505A957H', 'income-support', 'demo-keskusta', 50, NULL))
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

-- Where each lives (DOMAIN.md 2.2): Ville is Kalle's flatmate; Aada lives
-- with her mother and Eetu half of the time with Jari; Veera is Tomi's
-- daughter in Sanna's home; Oskari (21) lives with his mother Raija.
INSERT INTO kansio.relation (person_id, related_person_id, kind, residence, valid_from)
SELECT a.id, b.id, r.kind, r.residence, r.valid_from::date
FROM (VALUES
       ('110290-951L', '050992-9639', 'household', 'together', '2024-09-01'),
       ('230485-975E', '140714A982Y', 'guardian', 'apart', '2014-07-14'),
       ('230485-975E', '030318A9942', 'guardian', 'alternating', '2018-03-03'),
       ('191087-917B', '080888-9288', 'spouse', 'together', '2021-05-01'),
       ('080888-9288', '270116A939M', 'guardian', 'together', '2016-01-27'),
       ('021266-942C', '160505A957H', 'parent', 'together', '2005-05-16'))
       AS r (a_code, b_code, kind, residence, valid_from)
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
