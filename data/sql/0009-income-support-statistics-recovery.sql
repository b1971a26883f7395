-- 0009-income-support-statistics-recovery.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The yearly figures of supplementary and preventive income support the
-- county reports to THL (../shared/DOMAIN.md 8.1: households, persons,
-- months and euros by type), and recovery (takaisinperintä) of support
-- paid on wrong information, decided by two people like the decision.

SET LOCAL ROLE kansio_owner;

-- Aggregates only, never a client: so no usage-log row. What was paid in
-- the year (runs of the year), in the units the caller may read.
CREATE FUNCTION api.is_statistics (p_year integer)
  RETURNS TABLE (kind text, households bigint, persons bigint, household_months bigint,
                 euros_cents bigint)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  units integer[];
BEGIN
  SELECT array_agg (u.id) INTO units FROM kansio.organisation_unit u
  WHERE kansio.has_area_right (staff, 'income-support', 'reader', u.id);
  IF units IS NULL THEN
    PERFORM kansio.deny ('Only users with an income-support right see its statistics.');
  END IF;
  RETURN QUERY
    WITH paid AS (
      SELECT a.id AS application_id, a.kind, c.person_id, a.first_month, a.last_month,
             sum (o.amount_cents) AS cents
      FROM kansio.is_payment_order o
      JOIN kansio.is_payment_run r ON r.id = o.run_id
      JOIN kansio.is_decision d ON d.id = o.decision_id
      JOIN kansio.is_application a ON a.id = d.application_id
      JOIN kansio.client_case c ON c.id = a.case_id
      WHERE extract (year FROM r.run_on) = p_year AND c.unit_id = ANY (units)
      GROUP BY a.id, a.kind, c.person_id, a.first_month, a.last_month
    ),
    months AS (
      SELECT DISTINCT p.kind, p.person_id, m::date AS month
      FROM paid p,
           generate_series (p.first_month, p.last_month, interval '1 month') m
      WHERE extract (year FROM m) = p_year
    ),
    people AS (
      SELECT DISTINCT p.kind,
             coalesce (mb.person_id::text, 'a' || mb.application_id || ':' || mb.id) AS who
      FROM paid p JOIN kansio.is_application_member mb ON mb.application_id = p.application_id
    )
    SELECT k.kind,
           (SELECT count (DISTINCT p.person_id) FROM paid p WHERE p.kind = k.kind),
           (SELECT count (*) FROM people x WHERE x.kind = k.kind),
           (SELECT count (*) FROM months x WHERE x.kind = k.kind),
           (SELECT coalesce (sum (p.cents), 0)::bigint FROM paid p WHERE p.kind = k.kind)
    FROM (VALUES ('supplementary'), ('preventive')) AS k (kind)
    ORDER BY k.kind DESC;
END
$$;
COMMENT ON FUNCTION api.is_statistics (integer) IS 'no-client-data';

CREATE TABLE kansio.is_recovery (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  decision_id bigint NOT NULL REFERENCES kansio.is_decision (id),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  reasons text NOT NULL CHECK (reasons <> ''),
  prepared_by integer NOT NULL REFERENCES kansio.staff_member (id),
  prepared_at timestamptz NOT NULL DEFAULT now (),
  decided_by integer REFERENCES kansio.staff_member (id),
  decided_at timestamptz,
  CHECK (decided_by IS NULL OR decided_by <> prepared_by)
);

-- A handler prepares recovery of support paid on a decision, at most what
-- was paid on it.
CREATE FUNCTION api.is_recovery_prepare (p_decision_id bigint, p_amount_cents bigint,
                                         p_reasons text)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  x record;
  paid bigint;
  recovered bigint;
  new_id bigint;
BEGIN
  x := kansio.is_decision_context (staff, p_decision_id);
  IF NOT kansio.has_area_right (staff, 'income-support', 'handler', (x.c).unit_id) THEN
    PERFORM kansio.deny ('Only a handler of this unit prepares recovery.');
  END IF;
  SELECT coalesce (sum (amount_cents), 0) INTO paid FROM kansio.is_payment_order
  WHERE decision_id = p_decision_id AND run_id IS NOT NULL;
  SELECT coalesce (sum (amount_cents), 0) INTO recovered FROM kansio.is_recovery
  WHERE decision_id = p_decision_id;
  IF p_amount_cents + recovered > paid THEN
    RAISE EXCEPTION 'Recovery cannot exceed what was paid on the decision (% cents).',
      paid - recovered
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'amount';
  END IF;
  INSERT INTO kansio.is_recovery (decision_id, amount_cents, reasons, prepared_by)
  VALUES (p_decision_id, p_amount_cents, p_reasons, staff)
  RETURNING id INTO new_id;
  PERFORM kansio.log_usage (staff, ARRAY[(x.c).person_id], 'is-recovery-prepare', NULL,
                            'income-support');
  RETURN new_id;
END
$$;
COMMENT ON FUNCTION api.is_recovery_prepare (bigint, bigint, text) IS 'client-data';

CREATE FUNCTION api.is_recovery_decide (p_recovery_id bigint)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  r kansio.is_recovery;
  x record;
BEGIN
  SELECT * INTO r FROM kansio.is_recovery WHERE id = p_recovery_id;
  IF r.id IS NULL THEN
    RAISE EXCEPTION 'No such recovery.' USING ERRCODE = 'no_data_found';
  END IF;
  x := kansio.is_decision_context (staff, r.decision_id);
  IF NOT kansio.has_area_right (staff, 'income-support', 'decision_maker', (x.c).unit_id) THEN
    PERFORM kansio.deny ('Only a decision-maker of this unit decides recovery.');
  END IF;
  IF r.prepared_by = staff THEN
    PERFORM kansio.deny ('You prepared this recovery: another decision-maker must decide it.');
  END IF;
  IF r.decided_at IS NOT NULL THEN
    PERFORM kansio.deny ('This recovery has been decided already.');
  END IF;
  UPDATE kansio.is_recovery SET decided_by = staff, decided_at = now () WHERE id = r.id;
  INSERT INTO kansio.case_event (case_id, kind, summary, created_by)
  VALUES ((x.c).id, 'recovery',
          'Takaisinperintäpäätös: ' || to_char (r.amount_cents / 100.0, 'FM999999990.00') || ' €',
          staff);
  PERFORM kansio.log_usage (staff, ARRAY[(x.c).person_id], 'is-recovery-decide', NULL,
                            'income-support');
END
$$;
COMMENT ON FUNCTION api.is_recovery_decide (bigint) IS 'client-data';

RESET ROLE;

REVOKE ALL ON ALL TABLES IN SCHEMA kansio FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA api TO kansio_user;
