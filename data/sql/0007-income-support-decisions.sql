-- 0007-income-support-decisions.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Decisions on income-support applications, made by two people: a
-- handler prepares (outcome, amount, the calculation, reasons, payment
-- orders), a decision-maker who did not prepare it decides. Payment
-- orders go to the client's account, or as a payment commitment to a
-- landlord or a pharmacy; a payment run takes the decided orders due by a
-- day, each order once: an order in a run never joins another, and a run
-- can be read again to write its file again after an interruption.

SET LOCAL ROLE kansio_owner;

INSERT INTO kansio.setting (key, value, description) VALUES
  ('payment_debtor_iban', 'FI2112345600000785',
   'The county''s account income support is paid from (UNVERIFIED demo value).'),
  ('payment_debtor_bic', '', 'The BIC of the county''s bank; empty when not needed.');

----------------------------------------------------------------------------
-- Account and reference checks, as in libkansio/kansio-validate.c

-- ISO 13616: move the first four characters to the end, letters to
-- numbers, the whole modulo 97 is 1. Finnish IBANs are 18 characters.
CREATE FUNCTION kansio.iban_is_valid (p_iban text) RETURNS boolean
  LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
  iban text := upper (regexp_replace (coalesce (p_iban, ''), '\s', '', 'g'));
  moved text;
  remainder integer := 0;
  ch text;
  digits text;
BEGIN
  IF iban !~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$' OR (iban LIKE 'FI%' AND length (iban) <> 18)
  THEN
    RETURN false;
  END IF;
  moved := substr (iban, 5) || substr (iban, 1, 4);
  FOR i IN 1 .. length (moved) LOOP
    ch := substr (moved, i, 1);
    digits := CASE WHEN ch ~ '[0-9]' THEN ch ELSE (ascii (ch) - 55)::text END;
    FOR j IN 1 .. length (digits) LOOP
      remainder := (remainder * 10 + substr (digits, j, 1)::integer) % 97;
    END LOOP;
  END LOOP;
  RETURN remainder = 1;
END
$$;

-- A Finnish reference (7-3-1 weights from the right) or an RF reference.
CREATE FUNCTION kansio.reference_is_valid (p_reference text) RETURNS boolean
  LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
  ref text := upper (regexp_replace (coalesce (p_reference, ''), '\s', '', 'g'));
  body text;
  total integer := 0;
  weights integer[] := ARRAY[7, 3, 1];
BEGIN
  IF ref LIKE 'RF%' THEN
    RETURN ref ~ '^RF[0-9]{2}[A-Z0-9]{1,21}$'
           AND kansio.iban_is_valid_mod97 (substr (ref, 5) || substr (ref, 1, 4));
  END IF;
  IF ref !~ '^[0-9]{4,20}$' THEN
    RETURN false;
  END IF;
  body := substr (ref, 1, length (ref) - 1);
  FOR i IN 1 .. length (body) LOOP
    total := total + substr (body, length (body) - i + 1, 1)::integer * weights[((i - 1) % 3) + 1];
  END LOOP;
  RETURN (10 - total % 10) % 10 = right (ref, 1)::integer;
END
$$;

CREATE FUNCTION kansio.iban_is_valid_mod97 (p_text text) RETURNS boolean
  LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
  remainder integer := 0;
  ch text;
  digits text;
BEGIN
  FOR i IN 1 .. length (p_text) LOOP
    ch := substr (p_text, i, 1);
    digits := CASE WHEN ch ~ '[0-9]' THEN ch ELSE (ascii (ch) - 55)::text END;
    FOR j IN 1 .. length (digits) LOOP
      remainder := (remainder * 10 + substr (digits, j, 1)::integer) % 97;
    END LOOP;
  END LOOP;
  RETURN remainder = 1;
END
$$;

----------------------------------------------------------------------------
-- Decisions, orders, runs

CREATE TABLE kansio.is_decision (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id bigint NOT NULL UNIQUE REFERENCES kansio.is_application (id),
  outcome text NOT NULL CHECK (outcome IN ('granted', 'partial', 'rejected')),
  support_cents bigint NOT NULL CHECK (support_cents >= 0),
  calculation text NOT NULL,
  reasons text NOT NULL CHECK (reasons <> ''),
  prepared_by integer NOT NULL REFERENCES kansio.staff_member (id),
  prepared_at timestamptz NOT NULL DEFAULT now (),
  decided_by integer REFERENCES kansio.staff_member (id),
  decided_at timestamptz,
  document_id bigint REFERENCES kansio.document (id),
  row_version integer NOT NULL DEFAULT 1,
  CHECK ((outcome = 'rejected') = (support_cents = 0)),
  CHECK (decided_by IS NULL OR decided_by <> prepared_by)
);

CREATE TABLE kansio.is_payment_run (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_on date NOT NULL,
  message_id text NOT NULL UNIQUE,
  n_orders integer NOT NULL,
  total_cents bigint NOT NULL,
  created_by integer REFERENCES kansio.staff_member (id),
  created_at timestamptz NOT NULL DEFAULT now ()
);

CREATE TABLE kansio.is_payment_order (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  decision_id bigint NOT NULL REFERENCES kansio.is_decision (id),
  kind text NOT NULL CHECK (kind IN ('client', 'commitment')),
  payee_name text NOT NULL CHECK (payee_name <> ''),
  -- Checked by api.is_payment_order_add: a CHECK here would be checked
  -- again on every row a payment run updates.
  iban text NOT NULL,
  reference text,
  message text,
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  due_on date NOT NULL,
  run_id bigint REFERENCES kansio.is_payment_run (id),
  created_by integer REFERENCES kansio.staff_member (id),
  created_at timestamptz NOT NULL DEFAULT now ()
);
CREATE INDEX is_payment_order_unpaid_idx ON kansio.is_payment_order (due_on) WHERE run_id IS NULL;
CREATE INDEX is_payment_order_run_idx ON kansio.is_payment_order (run_id);
CREATE INDEX is_payment_order_decision_idx ON kansio.is_payment_order (decision_id);

-- An order is paid once: in a run it stays there, and does not change.
CREATE FUNCTION kansio.keep_paid_orders () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.run_id IS NOT NULL THEN
    RAISE EXCEPTION 'A payment order in a payment run is never changed or removed.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER is_payment_order_kept BEFORE UPDATE OR DELETE ON kansio.is_payment_order
  FOR EACH ROW EXECUTE FUNCTION kansio.keep_paid_orders ();

CREATE FUNCTION kansio.is_decision_context (p_staff integer, p_decision bigint,
                                            OUT d kansio.is_decision, OUT a kansio.is_application,
                                            OUT c kansio.client_case)
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  SELECT * INTO d FROM kansio.is_decision WHERE id = p_decision;
  IF d.id IS NULL THEN
    RAISE EXCEPTION 'No such decision.' USING ERRCODE = 'no_data_found';
  END IF;
  a := kansio.is_visible_application (p_staff, d.application_id);
  SELECT * INTO c FROM kansio.client_case WHERE id = a.case_id;
END
$$;

----------------------------------------------------------------------------
-- The api

-- The handler prepares: outcome, the support, the calculation (its JSON,
-- as libkansio computed it) and the reasons.
CREATE FUNCTION api.is_decision_prepare (p_application_id bigint, p_outcome text,
                                         p_support_cents bigint, p_calculation text,
                                         p_reasons text)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
  c kansio.client_case;
  new_id bigint;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = a.case_id;
  PERFORM kansio.is_require_handler (staff, c);
  IF a.status NOT IN ('received', 'in_processing') THEN
    RAISE EXCEPTION 'Only an application in processing is decided (this one is %).', a.status
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  INSERT INTO kansio.is_decision (application_id, outcome, support_cents, calculation, reasons,
                                  prepared_by)
  VALUES (a.id, p_outcome, p_support_cents, p_calculation, p_reasons, staff)
  ON CONFLICT (application_id) DO UPDATE
    SET outcome = EXCLUDED.outcome, support_cents = EXCLUDED.support_cents,
        calculation = EXCLUDED.calculation, reasons = EXCLUDED.reasons,
        prepared_by = staff, prepared_at = now (),
        row_version = kansio.is_decision.row_version + 1
    WHERE kansio.is_decision.decided_at IS NULL
  RETURNING id INTO new_id;
  IF new_id IS NULL THEN
    PERFORM kansio.deny ('This application is decided already.');
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'is-decision-prepare', p_outcome,
                            'income-support');
  RETURN new_id;
END
$$;
COMMENT ON FUNCTION api.is_decision_prepare (bigint, text, bigint, text, text) IS 'client-data';

-- A payment order of a decision being prepared: to the client's own
-- account, or a payment commitment to a landlord or a pharmacy.
CREATE FUNCTION api.is_payment_order_add (p_decision_id bigint, p_kind text, p_payee_name text,
                                          p_iban text, p_reference text, p_message text,
                                          p_amount_cents bigint, p_due_on date)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  x record;
  ordered bigint;
  new_id bigint;
BEGIN
  x := kansio.is_decision_context (staff, p_decision_id);
  PERFORM kansio.is_require_handler (staff, x.c);
  IF (x.d).decided_at IS NOT NULL THEN
    PERFORM kansio.deny ('The payments of a decided decision do not change.');
  END IF;
  IF NOT kansio.iban_is_valid (p_iban) THEN
    RAISE EXCEPTION 'The account number % is not a valid IBAN.', p_iban
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'iban';
  END IF;
  IF nullif (p_reference, '') IS NOT NULL AND NOT kansio.reference_is_valid (p_reference) THEN
    RAISE EXCEPTION 'The reference % is not valid.', p_reference
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'reference';
  END IF;
  SELECT coalesce (sum (amount_cents), 0) INTO ordered FROM kansio.is_payment_order
  WHERE decision_id = p_decision_id;
  IF ordered + p_amount_cents > (x.d).support_cents THEN
    RAISE EXCEPTION 'The payments would exceed the support decided.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'amount';
  END IF;
  INSERT INTO kansio.is_payment_order (decision_id, kind, payee_name, iban, reference, message,
                                       amount_cents, due_on, created_by)
  VALUES (p_decision_id, p_kind, p_payee_name,
          upper (regexp_replace (p_iban, '\s', '', 'g')),
          nullif (upper (regexp_replace (coalesce (p_reference, ''), '\s', '', 'g')), ''),
          nullif (p_message, ''), p_amount_cents, p_due_on, staff)
  RETURNING id INTO new_id;
  PERFORM kansio.log_usage (staff, ARRAY[(x.c).person_id], 'is-payment-order', p_kind,
                            'income-support');
  RETURN new_id;
END
$$;
COMMENT ON FUNCTION api.is_payment_order_add (bigint, text, text, text, text, text, bigint, date)
  IS 'client-data';

-- The decision-maker decides: someone with the decision right in the
-- case's unit, who did not prepare it (maker and checker).
CREATE FUNCTION api.is_decision_decide (p_decision_id bigint, p_row_version integer)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  x record;
BEGIN
  x := kansio.is_decision_context (staff, p_decision_id);
  IF NOT kansio.has_area_right (staff, 'income-support', 'decision_maker', (x.c).unit_id) THEN
    PERFORM kansio.deny ('Only a decision-maker of this unit decides income support.');
  END IF;
  IF (x.d).prepared_by = staff THEN
    PERFORM kansio.deny ('You prepared this decision: another decision-maker must decide it.');
  END IF;
  IF (x.d).decided_at IS NOT NULL THEN
    PERFORM kansio.deny ('This decision has been made already.');
  END IF;
  IF (x.d).row_version <> p_row_version THEN
    RAISE EXCEPTION 'The decision was changed after you opened it.'
      USING ERRCODE = 'KA409', HINT = 'Reload the decision.';
  END IF;
  UPDATE kansio.is_decision SET decided_by = staff, decided_at = now (),
                                row_version = row_version + 1
  WHERE id = p_decision_id;
  UPDATE kansio.is_application SET status = 'decided', row_version = row_version + 1
  WHERE id = (x.a).id;
  INSERT INTO kansio.is_status_change (application_id, from_status, to_status, changed_by)
  VALUES ((x.a).id, (x.a).status, 'decided', staff);
  INSERT INTO kansio.case_event (case_id, kind, summary, created_by)
  VALUES ((x.c).id, 'decision', 'Toimeentulotukipäätös: ' || (x.d).outcome, staff);
  PERFORM kansio.log_usage (staff, ARRAY[(x.c).person_id], 'is-decision-decide', NULL,
                            'income-support');
END
$$;
COMMENT ON FUNCTION api.is_decision_decide (bigint, integer) IS 'client-data';

CREATE FUNCTION api.is_decision_get (p_application_id bigint)
  RETURNS TABLE (decision_id bigint, outcome text, support_cents bigint, calculation text,
                 reasons text, prepared_by text, prepared_at timestamptz, decided_by text,
                 decided_at timestamptz, row_version integer)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
BEGIN
  PERFORM kansio.is_log_application (staff, a, 'is-decision');
  RETURN QUERY
    SELECT d.id, d.outcome, d.support_cents, d.calculation, d.reasons, p.full_name,
           d.prepared_at, m.full_name, d.decided_at, d.row_version
    FROM kansio.is_decision d
    JOIN kansio.staff_member p ON p.id = d.prepared_by
    LEFT JOIN kansio.staff_member m ON m.id = d.decided_by
    WHERE d.application_id = a.id;
END
$$;
COMMENT ON FUNCTION api.is_decision_get (bigint) IS 'client-data';

-- A payment run: every decided, unpaid order due by p_run_on in the units
-- where the caller decides, in one new run. Nothing to pay: NULL.
CREATE FUNCTION api.is_payment_run_create (p_run_on date)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  orders bigint[];
  units integer[];
  new_run bigint;
  persons bigint[];
BEGIN
  IF NOT kansio.has_area_right (staff, 'income-support', 'decision_maker') THEN
    PERFORM kansio.deny ('Only income-support decision-makers make payment runs.');
  END IF;
  -- The units where the caller decides, once, not once an order.
  SELECT array_agg (u.id) INTO units FROM kansio.organisation_unit u
  WHERE kansio.has_area_right (staff, 'income-support', 'decision_maker', u.id);
  -- Locked as they are taken: a run made at the same moment skips them.
  SELECT array_agg (t.id ORDER BY t.id), array_agg (DISTINCT t.person_id) INTO orders, persons
  FROM (SELECT o.id, c.person_id
        FROM kansio.is_payment_order o
        JOIN kansio.is_decision d ON d.id = o.decision_id
        JOIN kansio.is_application a ON a.id = d.application_id
        JOIN kansio.client_case c ON c.id = a.case_id
        WHERE o.run_id IS NULL AND d.decided_at IS NOT NULL AND o.due_on <= p_run_on
          AND c.unit_id = ANY (coalesce (units, '{}'))
        FOR UPDATE OF o SKIP LOCKED) t;
  IF orders IS NULL THEN
    RETURN NULL;
  END IF;

  INSERT INTO kansio.is_payment_run (run_on, message_id, n_orders, total_cents, created_by)
  SELECT p_run_on, 'KANSIO-' || to_char (p_run_on, 'YYYYMMDD') || '-'
                   || (SELECT count (*) + 1 FROM kansio.is_payment_run r
                       WHERE r.run_on = p_run_on),
         cardinality (orders),
         (SELECT sum (amount_cents) FROM kansio.is_payment_order WHERE id = ANY (orders)), staff
  RETURNING id INTO new_run;
  UPDATE kansio.is_payment_order o SET run_id = new_run WHERE o.id = ANY (orders) AND o.run_id IS NULL;

  -- An application is paid when none of its orders waits any more.
  UPDATE kansio.is_application a SET status = 'paid', row_version = a.row_version + 1
  FROM (SELECT DISTINCT d.application_id FROM kansio.is_decision d
        JOIN kansio.is_payment_order o ON o.decision_id = d.id
        WHERE o.run_id = new_run) paid
  WHERE a.id = paid.application_id AND a.status = 'decided'
    AND NOT EXISTS (SELECT 1 FROM kansio.is_decision d
                    JOIN kansio.is_payment_order o ON o.decision_id = d.id
                    WHERE d.application_id = a.id AND o.run_id IS NULL);
  PERFORM kansio.log_usage (staff, persons, 'is-payment-run', NULL, 'income-support');
  RETURN new_run;
END
$$;
COMMENT ON FUNCTION api.is_payment_run_create (date) IS 'client-data';

-- A run's orders, for its file: the same whenever asked, so an
-- interrupted file is written again without paying anything twice.
CREATE FUNCTION api.is_payment_run_orders (p_run_id bigint)
  RETURNS TABLE (order_id bigint, message_id text, run_on date, payee_name text, iban text,
                 reference text, message text, amount_cents bigint, debtor_name text,
                 debtor_iban text, debtor_bic text)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  persons bigint[];
BEGIN
  IF NOT kansio.has_area_right (staff, 'income-support', 'decision_maker') THEN
    PERFORM kansio.deny ('Only income-support decision-makers read payment runs.');
  END IF;
  SELECT array_agg (DISTINCT c.person_id) INTO persons
  FROM kansio.is_payment_order o
  JOIN kansio.is_decision d ON d.id = o.decision_id
  JOIN kansio.is_application a ON a.id = d.application_id
  JOIN kansio.client_case c ON c.id = a.case_id
  WHERE o.run_id = p_run_id;
  IF persons IS NOT NULL THEN
    PERFORM kansio.log_usage (staff, persons, 'is-payment-run', NULL, 'income-support');
  END IF;
  RETURN QUERY
    SELECT o.id, r.message_id, r.run_on, o.payee_name, o.iban, o.reference, o.message,
           o.amount_cents,
           (SELECT u.name_fi FROM kansio.organisation_unit u WHERE u.kind = 'county'
            ORDER BY u.id LIMIT 1),
           (SELECT s.value FROM kansio.setting s WHERE s.key = 'payment_debtor_iban'),
           nullif ((SELECT s.value FROM kansio.setting s WHERE s.key = 'payment_debtor_bic'), '')
    FROM kansio.is_payment_order o JOIN kansio.is_payment_run r ON r.id = o.run_id
    WHERE o.run_id = p_run_id
    ORDER BY o.id;
END
$$;
COMMENT ON FUNCTION api.is_payment_run_orders (bigint) IS 'client-data';

RESET ROLE;

REVOKE ALL ON ALL TABLES IN SCHEMA kansio FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA api TO kansio_user;
