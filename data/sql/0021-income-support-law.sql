-- 0021-income-support-law.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The income-support calculation held closer to the law (issue 13,
-- ../shared/DOMAIN.md 2.2-2.5).
--
-- 1. Every perusosa period ends. The rates from 1.3.2026 end on
--    31.12.2026 (no 2027 rates were published by 2.12.2026), so a month
--    without rates is an error naming the rate and the month, not a silent
--    reuse of the last ones; adding a perusosa rate without an end date is
--    refused.
-- 2. The two 2025 amounts DOMAIN.md 2.3 corrects (593.55 × share rounded
--    half up, not 2024 × index): single parent 676.65 and child 10-17,
--    first child 415.49. The other 2025 rows already match the table.
-- 3. The choices DOMAIN.md leaves UNVERIFIED are settings with the rates, a
--    main user corrects them as any rate (a later row overrides from its
--    start); the calculation writes the rule applied in its notes:
--      reduction_rounding             0: round the reduction half up (as
--                                        before), 1: round the reduced amount
--      daily_rounding                 0: round the days' amount once,
--                                     1: round the daily amount first
--      child_expense_share            1: a child's share of the other basic
--                                        expenses is per capita, 0: none
--      child_benefit_childs           1: child benefit is the child's income
--                                        for the cap on it, 0: the family's
--      alternating_child_share_percent  the share of a child's basic amount
--                                        in each home (50)
-- 4. kansio.is_calculation_is_sound also refuses what DOMAIN.md 2.2 calls
--    inconsistent (a single-parent rate without a child, two of them, a
--    living-alone rate next to others, two reductions for one person), a
--    rent deposit without its exceptional reason, and malformed new input
--    (rules, the days of the period, alternating residence).

SET LOCAL ROLE kansio_owner;

UPDATE kansio.income_support_rate
SET valid_until = DATE '2026-12-31',
    source = source || '; ends 31.12.2026: no 2027 rates were published by 2.12.2026'
WHERE valid_from = DATE '2026-03-01' AND valid_until IS NULL
  AND (key IN ('living_alone', 'adult', 'single_parent', 'adult_with_parents')
       OR key LIKE 'child\_%');

UPDATE kansio.income_support_rate r
SET value = c.value,
    source = 'UNVERIFIED: derived, 593.55 × the share rounded half up (DOMAIN.md 2.3)'
FROM (VALUES ('single_parent', 67665::bigint), ('child_10_17_1', 41549::bigint)) AS c (key, value)
WHERE r.key = c.key AND r.valid_from = DATE '2025-01-01' AND r.valid_until = DATE '2025-12-31';

INSERT INTO kansio.income_support_rate (key, valid_from, valid_until, value, source) VALUES
  ('reduction_rounding', '2015-01-01', NULL, 0,
   'UNVERIFIED (DOMAIN.md 2.4): 0 rounds the reduction half up, 1 the reduced amount'),
  ('daily_rounding', '2015-01-01', NULL, 0,
   'UNVERIFIED (DOMAIN.md 2.2): 0 rounds the days'' amount once, 1 the daily amount first'),
  ('child_expense_share', '2015-01-01', NULL, 1,
   'UNVERIFIED (DOMAIN.md 2.2): 1 per capita, 0 no share of the other basic expenses'),
  ('child_benefit_childs', '2015-01-01', NULL, 1,
   'UNVERIFIED (DOMAIN.md 2.2): 1 child benefit is the child''s income for the cap, 0 not'),
  ('alternating_child_share_percent', '2015-01-01', NULL, 50,
   'UNVERIFIED (DOMAIN.md 2.2, kela.fi): presumably half in each home');

-- A main user adds a rate (next year's, or a correction that overrides an
-- older one from its start). A perusosa rate ends, and a setting is one
-- of the values the calculation knows.
CREATE OR REPLACE FUNCTION kansio_impl.income_support_rate_add (p_key text, p_valid_from date,
                                                                p_valid_until date,
                                                                p_value bigint, p_source text)
  RETURNS integer
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  new_id integer;
BEGIN
  IF NOT kansio.has_special_right (staff, 'main_user') THEN
    PERFORM kansio.deny ('Only a main user may change income-support rates.');
  END IF;
  IF p_valid_until IS NULL
     AND (p_key IN ('living_alone', 'adult', 'single_parent', 'adult_with_parents')
          OR p_key LIKE 'child\_%') THEN
    RAISE EXCEPTION 'A basic amount needs the last day of its period: a month after it is then an '
                    'error, not a silent reuse of old rates.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'valid_until';
  END IF;
  IF (p_key IN ('reduction_rounding', 'daily_rounding', 'child_expense_share',
                'child_benefit_childs') AND p_value NOT IN (0, 1))
     OR (p_key = 'alternating_child_share_percent' AND p_value NOT BETWEEN 0 AND 100) THEN
    RAISE EXCEPTION 'This setting of the calculation takes 0 or 1, and a share in per cent 0 to 100.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'value';
  END IF;
  INSERT INTO kansio.income_support_rate (key, valid_from, valid_until, value, source, added_by)
  VALUES (p_key, p_valid_from, p_valid_until, p_value, p_source, staff)
  RETURNING id INTO new_id;
  RETURN new_id;
END
$$;

-- The shape Kansio writes, and what DOMAIN.md 2.2 calls consistent.
CREATE OR REPLACE FUNCTION kansio.is_calculation_is_sound (p_json text) RETURNS boolean
  LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
  calculation jsonb;
  member jsonb;
  ids text[] := '{}';
  children text[] := '{}';
  n_single_parents integer := 0;
  n_alone integer := 0;
  reduced text[] := '{}';
  item jsonb;
BEGIN
  BEGIN
    calculation := p_json::jsonb;
  EXCEPTION WHEN OTHERS THEN
    RETURN false;
  END;
  IF jsonb_typeof (calculation) IS DISTINCT FROM 'object'
     OR coalesce (calculation ->> 'month', '') !~ '^[0-9]{4}-(0[1-9]|1[0-2])$'
     OR jsonb_typeof (calculation -> 'household') IS DISTINCT FROM 'array'
     OR jsonb_array_length (calculation -> 'household') NOT BETWEEN 1 AND 50 THEN
    RETURN false;
  END IF;
  IF (calculation ? 'rules' AND coalesce (calculation ->> 'rules', '') NOT IN ('1', '2'))
     OR (calculation ? 'first_day'
         AND coalesce (calculation ->> 'first_day', '') !~ '^([1-9]|[12][0-9]|3[01])$')
     OR (calculation ? 'last_day'
         AND coalesce (calculation ->> 'last_day', '') !~ '^([1-9]|[12][0-9]|3[01])$')
     OR (calculation ? 'first_day') <> (calculation ? 'last_day') THEN
    RETURN false;
  END IF;
  -- Days only once both are known to be days.
  IF calculation ? 'first_day'
     AND (calculation ->> 'first_day')::integer > (calculation ->> 'last_day')::integer THEN
    RETURN false;
  END IF;
  FOR member IN SELECT * FROM jsonb_array_elements (calculation -> 'household') LOOP
    IF jsonb_typeof (member) IS DISTINCT FROM 'object' OR coalesce (member ->> 'id', '') = ''
       OR coalesce (member ->> 'role', '') NOT IN ('living_alone', 'single_parent', 'adult',
                                                   'adult_with_parents', 'child')
       OR (member ->> 'role' = 'child'
           AND coalesce (member ->> 'birth_date', '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') THEN
      RETURN false;
    END IF;
    ids := ids || (member ->> 'id');
    IF member ->> 'role' = 'child' THEN
      children := children || (member ->> 'id');
    ELSIF member ->> 'role' = 'single_parent' THEN
      n_single_parents := n_single_parents + 1;
    ELSIF member ->> 'role' = 'living_alone' THEN
      n_alone := n_alone + 1;
    END IF;
  END LOOP;
  IF n_single_parents > 1 OR (n_single_parents = 1 AND cardinality (children) = 0)
     OR (n_alone > 0 AND cardinality (ids) > 1) THEN
    RETURN false;
  END IF;
  IF jsonb_typeof (calculation -> 'reductions') = 'array' THEN
    FOR item IN SELECT * FROM jsonb_array_elements (calculation -> 'reductions') LOOP
      IF jsonb_typeof (item) IS DISTINCT FROM 'object'
         OR coalesce (item ->> 'member', '') = ANY (reduced) THEN
        RETURN false;
      END IF;
      reduced := reduced || (item ->> 'member');
    END LOOP;
  END IF;
  IF calculation ? 'residence' THEN
    IF jsonb_typeof (calculation -> 'residence') IS DISTINCT FROM 'array' THEN
      RETURN false;
    END IF;
    FOR item IN SELECT * FROM jsonb_array_elements (calculation -> 'residence') LOOP
      IF jsonb_typeof (item) IS DISTINCT FROM 'object' OR item ->> 'type' IS DISTINCT FROM 'alternating'
         OR NOT coalesce (item ->> 'member', '') = ANY (children) THEN
        RETURN false;
      END IF;
    END LOOP;
  END IF;
  IF coalesce (calculation ->> 'rules', '1') = '2'
     AND jsonb_typeof (calculation -> 'expenses') = 'array'
     AND EXISTS (SELECT FROM jsonb_array_elements (calculation -> 'expenses') e
                 WHERE jsonb_typeof (e) = 'object' AND e ->> 'type' = 'rent_deposit'
                   AND coalesce (btrim (e ->> 'reason'), '') = '') THEN
    RETURN false;
  END IF;
  RETURN true;
END
$$;

RESET ROLE;
