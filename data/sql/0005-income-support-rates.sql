-- 0005-income-support-rates.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Income-support rates as data valid by date (../shared/DOMAIN.md 2.2-2.4).
-- A main user adds next year's rates, or corrects one, through the api:
-- no new release is needed. Values are cents, or a count for flags.

SET LOCAL ROLE kansio_owner;

CREATE TABLE kansio.income_support_rate (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]*$'),
  valid_from date NOT NULL,
  valid_until date,
  value bigint NOT NULL CHECK (value >= 0),
  source text NOT NULL CHECK (source <> ''),
  added_by integer REFERENCES kansio.staff_member (id),
  added_at timestamptz NOT NULL DEFAULT now (),
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX income_support_rate_key_idx ON kansio.income_support_rate (key, valid_from);

INSERT INTO kansio.income_support_rate (key, valid_from, valid_until, value, source)
SELECT r.key, p.valid_from, p.valid_until, r.value, p.source
FROM (VALUES
       ('2024', 'living_alone', 58771), ('2024', 'adult', 49955),
       ('2024', 'single_parent', 66999), ('2024', 'adult_with_parents', 42903),
       ('2024', 'child_10_17_1', 41140), ('2024', 'child_10_17_2', 38201),
       ('2024', 'child_10_17_3', 35263), ('2024', 'child_under_10_1', 37026),
       ('2024', 'child_under_10_2', 34087), ('2024', 'child_under_10_3', 31149),
       -- 2025 is derived (2024 × 1930/1911), UNVERIFIED: a main user corrects it.
       ('2025', 'living_alone', 59355), ('2025', 'adult', 50452),
       ('2025', 'single_parent', 67664), ('2025', 'adult_with_parents', 43329),
       ('2025', 'child_10_17_1', 41548), ('2025', 'child_10_17_2', 38581),
       ('2025', 'child_10_17_3', 35613), ('2025', 'child_under_10_1', 37394),
       ('2025', 'child_under_10_2', 34426), ('2025', 'child_under_10_3', 31458),
       ('2026a', 'living_alone', 59632), ('2026a', 'adult', 50687),
       ('2026a', 'single_parent', 67980), ('2026a', 'adult_with_parents', 43531),
       ('2026a', 'child_10_17_1', 41742), ('2026a', 'child_10_17_2', 38761),
       ('2026a', 'child_10_17_3', 35779), ('2026a', 'child_under_10_1', 37568),
       ('2026a', 'child_under_10_2', 34587), ('2026a', 'child_under_10_3', 31605),
       ('2026b', 'living_alone', 57843), ('2026b', 'adult', 49745),
       ('2026b', 'single_parent', 66519), ('2026b', 'adult_with_parents', 42225),
       ('2026b', 'child_10_17_1', 41763), ('2026b', 'child_10_17_2', 38870),
       ('2026b', 'child_10_17_3', 35978), ('2026b', 'child_under_10_1', 37598),
       ('2026b', 'child_under_10_2', 34706), ('2026b', 'child_under_10_3', 31814))
       AS r (period, key, value)
JOIN (VALUES
       ('2024', DATE '2024-01-01', DATE '2024-12-31', 'kela.fi perusosan määrä 15.3.2024'),
       ('2025', DATE '2025-01-01', DATE '2025-12-31',
        'UNVERIFIED: derived from 2024 by the pension index 1930/1911'),
       ('2026a', DATE '2026-01-01', DATE '2026-02-28', 'Kela 16.2.2026, sttinfo 71815459'),
       ('2026b', DATE '2026-03-01', NULL, 'Kela 16.2.2026, sttinfo 71815459'))
       AS p (period, valid_from, valid_until, source)
  ON p.period = r.period;

INSERT INTO kansio.income_support_rate (key, valid_from, valid_until, value, source) VALUES
  -- Kela's practice: 150 € a month per earner, all of a smaller wage; none
  -- from 1.3.2026.
  ('earned_income_disregard', '2015-01-01', '2026-02-28', 15000,
   'laki 940/2014; kela.fi; abolished from 1.3.2026 (Kela 18.12.2025)'),
  ('earned_income_disregard', '2026-03-01', NULL, 0, 'Kela 18.12.2025, sttinfo 71700347'),
  ('gift_limit_alone', '2015-01-01', NULL, 5000, 'kela.fi Tulot ja varat'),
  ('gift_limit_family', '2015-01-01', NULL, 10000, 'kela.fi Tulot ja varat'),
  -- A reduction of 50 per cent is possible from 1.2.2026 (1 = yes).
  ('reduction_percent_50', '2026-02-01', NULL, 1, 'Kela 28.1.2026, sttinfo 71766190');

-- The rates in force in a period, for calculations: no client data.
CREATE FUNCTION api.income_support_rates (p_from date DEFAULT NULL, p_to date DEFAULT NULL)
  RETURNS TABLE (key text, valid_from date, valid_until date, value bigint, source text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  PERFORM kansio.caller ();
  RETURN QUERY
    SELECT r.key, r.valid_from, r.valid_until, r.value, r.source
    FROM kansio.income_support_rate r
    WHERE (p_to IS NULL OR r.valid_from <= p_to)
      AND (p_from IS NULL OR r.valid_until IS NULL OR r.valid_until >= p_from)
    ORDER BY r.key, r.valid_from, r.id;
END
$$;
COMMENT ON FUNCTION api.income_support_rates (date, date) IS 'no-client-data';

-- A main user adds a rate (next year's, or a correction that overrides an
-- older one from its start).
CREATE FUNCTION api.income_support_rate_add (p_key text, p_valid_from date, p_valid_until date,
                                             p_value bigint, p_source text)
  RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  new_id integer;
BEGIN
  IF NOT kansio.has_special_right (staff, 'main_user') THEN
    PERFORM kansio.deny ('Only a main user may change income-support rates.');
  END IF;
  INSERT INTO kansio.income_support_rate (key, valid_from, valid_until, value, source, added_by)
  VALUES (p_key, p_valid_from, p_valid_until, p_value, p_source, staff)
  RETURNING id INTO new_id;
  RETURN new_id;
END
$$;
COMMENT ON FUNCTION api.income_support_rate_add (text, date, date, bigint, text)
  IS 'no-client-data';

RESET ROLE;

REVOKE ALL ON ALL TABLES IN SCHEMA kansio FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA api TO kansio_user;
