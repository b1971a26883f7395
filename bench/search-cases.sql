-- The name search cases of issue 18, on a database filled by
-- generate-clients.sql: a bench office of its own with a handler, whose
-- clients are only those seeded here, and a county-wide reader.
--   (a) "Näkyvä":   60 persons, all clients of the bench office
--   (b) "Aaltonen": thousands of persons, none of them the office's
--   (c) "Harvala":  5,000 persons, 3 of them clients of the bench office
--   and "Zzyxwv":   nobody at all
BEGIN;
INSERT INTO kansio.organisation_unit (code, kind, name_fi, name_sv, parent_id)
SELECT 'bench-office', 'office', 'Penkkitoimisto', 'Bänkkontoret', id
FROM kansio.organisation_unit WHERE kind = 'county'
ON CONFLICT (code) DO NOTHING;

DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench_handler') THEN
    CREATE ROLE bench_handler LOGIN IN ROLE kansio_user;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench_reader') THEN
    CREATE ROLE bench_reader LOGIN IN ROLE kansio_user;
  END IF;
END $$;
INSERT INTO kansio.staff_member (login_role, full_name, title_fi, title_sv, unit_id)
SELECT r.login, r.name, 'testi', 'test', u.id
FROM (VALUES ('bench_handler', 'Bench Handler', 'bench-office'),
             ('bench_reader', 'Bench Reader', NULL)) r (login, name, unit)
JOIN kansio.organisation_unit u ON u.code = r.unit OR (r.unit IS NULL AND u.kind = 'county')
ON CONFLICT DO NOTHING;
INSERT INTO kansio.role_grant (staff_id, job_role, unit_id)
SELECT s.id, g.job_role, s.unit_id
FROM (VALUES ('bench_handler', 'income-support:handler'),
             ('bench_reader', 'income-support:reader')) g (login, job_role)
JOIN kansio.staff_member s ON s.login_role = g.login;

-- Temporary identity codes 900-999 of the 1900s, not those generated.
CREATE TEMP TABLE seeded AS
SELECT n, surname,
       lpad ((1 + n % 28)::text, 2, '0') || lpad ((1 + n / 28 % 12)::text, 2, '0')
       || lpad ((n / 336 % 90 + 10)::text, 2, '0') || '-' || (900 + n % 100)::text AS stem
FROM (SELECT n, 'Näkyvä' AS surname FROM generate_series (1, 60) n
      UNION ALL
      SELECT 100 + n, 'Harvala' FROM generate_series (1, 5000) n) x;
INSERT INTO kansio.person (identity_code, first_names, surname, language, birth_date,
                           is_temporary_code)
SELECT code, 'Penkki', surname, 'fi', kansio.identity_code_birth_date (code), true
FROM (SELECT stem || substr ('0123456789ABCDEFHJKLMNPRSTUVWXY',
                             (replace (left (stem, 6) || substr (stem, 8, 3), '-', '')::bigint % 31)::integer + 1, 1)
             AS code, surname
      FROM seeded) c
ON CONFLICT (identity_code) DO NOTHING;
-- The bench office's clients: every Näkyvä, three Harvalas; the other
-- Harvalas are clients of other offices.
INSERT INTO kansio.client_case (person_id, area, unit_id, opened_on)
SELECT p.id, 'income-support',
       CASE WHEN p.surname = 'Näkyvä' OR p.id IN (SELECT id FROM kansio.person
                                                  WHERE surname = 'Harvala' ORDER BY id LIMIT 3)
            THEN (SELECT id FROM kansio.organisation_unit WHERE code = 'bench-office')
            ELSE (SELECT min (id) FROM kansio.organisation_unit WHERE kind = 'office'
                  AND code <> 'bench-office') END,
       current_date - 10
FROM kansio.person p WHERE p.surname IN ('Näkyvä', 'Harvala')
  AND NOT EXISTS (SELECT 1 FROM kansio.client_case c WHERE c.person_id = p.id);
COMMIT;
ANALYZE kansio.person;
ANALYZE kansio.client_case;
ANALYZE kansio.person_scope;
SELECT surname, count (*) FROM kansio.person
WHERE surname IN ('Näkyvä', 'Harvala', 'Aaltonen') GROUP BY surname ORDER BY surname;
