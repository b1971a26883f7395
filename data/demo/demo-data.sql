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

INSERT INTO kansio.staff_member (login_role, full_name, title_fi, title_sv, unit_id, language,
                                 is_demo)
SELECT staff.login_role, staff.full_name, staff.title_fi, staff.title_sv, unit.id, staff.language,
       true
FROM (VALUES
       ('demo_kasittelija', 'Demo Käsittelijä', 'etuuskäsittelijä', 'förmånshandläggare',
        'demo-keskusta', 'fi'),
       ('demo_sosiaalityontekija', 'Demo Sosiaalityöntekijä', 'sosiaalityöntekijä',
        'socialarbetare', 'demo-pohjoinen', 'fi'),
       ('demo_lastenvalvoja', 'Demo Lastenvalvoja', 'lastenvalvoja', 'barnatillsyningsman',
        'demo-keskusta', 'fi'),
       ('demo_handlaggare', 'Demo Handläggare', 'förmånshandläggare', 'förmånshandläggare',
        'demo-rannikko', 'sv'),
       ('demo_esihenkilo', 'Demo Esihenkilö', 'johtava sosiaalityöntekijä',
        'ledande socialarbetare', 'demo-keskusta', 'fi'),
       ('demo_paakayttaja', 'Demo Pääkäyttäjä', 'pääkäyttäjä', 'huvudanvändare',
        'demo-keskusta', 'fi'))
       AS staff (login_role, full_name, title_fi, title_sv, unit_code, language)
JOIN kansio.organisation_unit unit ON unit.code = staff.unit_code;

INSERT INTO kansio.person (identity_code, first_names, surname, language, home_municipality)
VALUES ('140384-9027', 'Aino Maria', 'Virtanen', 'fi', 'Kuvitelma'),
       ('021181-913H', 'Mikko Juhani', 'Virtanen', 'fi', 'Kuvitelma'),
       ('210615A9242', 'Ella', 'Virtanen', 'fi', 'Kuvitelma'),
       ('090119A935N', 'Onni', 'Virtanen', 'fi', 'Kuvitelma'),
       ('300890-946J', 'Saga Elisabeth', 'Lindqvist', 'sv', 'Fiktiva'),
       ('120412A957X', 'Elias', 'Lindqvist', 'sv', 'Fiktiva'),
       ('051258-9694', 'Pekka Tapani', 'Korhonen', 'fi', 'Kuvitelma'),
       ('290296-970C', 'Liisa', 'Mäkinen', 'fi', 'Kuvitelma'),
       ('170775-981L', 'Johan Erik', 'Nyström', 'sv', 'Fiktiva'),
       ('031008A9922', 'Helmi Sofia', 'Heikkinen', 'fi', 'Kuvitelma');
