-- 0014-four-eyes.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Four eyes over every euro (issue 11, part 1). The payment orders are
-- part of what is prepared: adding or removing one gives the decision a
-- new version, which the decision-maker names when deciding. Everyone who
-- wrote any part of a decision, or of a template version, is kept, and
-- none of them decides or approves it. A decision's orders never exceed
-- its support and a rejected decision has none: the tables' triggers
-- hold that under the decision's row lock, whoever writes, and a payment
-- run checks it again as it takes the orders. Payee names and messages
-- are of the SEPA character set.
--
-- Functions behind a gate (0012) are replaced in kansio_impl.

SET LOCAL ROLE kansio_owner;

----------------------------------------------------------------------------
-- Who wrote a decision

CREATE TABLE kansio.is_decision_author (
  decision_id bigint NOT NULL REFERENCES kansio.is_decision (id),
  staff_id integer NOT NULL REFERENCES kansio.staff_member (id),
  first_wrote_at timestamptz NOT NULL DEFAULT now (),
  PRIMARY KEY (decision_id, staff_id)
);
INSERT INTO kansio.is_decision_author (decision_id, staff_id)
SELECT id, prepared_by FROM kansio.is_decision
UNION
SELECT decision_id, created_by FROM kansio.is_payment_order WHERE created_by IS NOT NULL;

CREATE FUNCTION kansio.is_decision_note_author (p_decision bigint, p_staff integer)
  RETURNS void
  LANGUAGE sql
AS $$
  INSERT INTO kansio.is_decision_author (decision_id, staff_id)
  VALUES (p_decision, p_staff)
  ON CONFLICT DO NOTHING
$$;

-- Whoever prepares a decision wrote it.
CREATE FUNCTION kansio.is_decision_written () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM kansio.is_decision_note_author (NEW.id, NEW.prepared_by);
  RETURN NULL;
END
$$;
CREATE TRIGGER is_decision_written
  AFTER INSERT OR UPDATE OF outcome, support_cents, calculation, reasons, prepared_by
  ON kansio.is_decision
  FOR EACH ROW EXECUTE FUNCTION kansio.is_decision_written ();

-- What a decision's update may not do, whoever runs it: leave orders
-- above the support or on a rejection, or be decided by one who wrote it.
CREATE FUNCTION kansio.is_decision_guard () RETURNS trigger
  LANGUAGE plpgsql
AS $$
DECLARE
  ordered bigint;
BEGIN
  IF NEW.outcome IS DISTINCT FROM OLD.outcome OR NEW.support_cents IS DISTINCT FROM OLD.support_cents
  THEN
    SELECT coalesce (sum (o.amount_cents), 0) INTO ordered
    FROM kansio.is_payment_order o WHERE o.decision_id = NEW.id;
    IF NEW.outcome = 'rejected' AND ordered > 0 THEN
      RAISE EXCEPTION 'A rejected decision pays nothing: remove its payment orders first.'
        USING ERRCODE = 'invalid_parameter_value', COLUMN = 'outcome';
    END IF;
    IF ordered > NEW.support_cents THEN
      RAISE EXCEPTION 'The payment orders already add up to more than this support: remove or '
                      'lower them first.'
        USING ERRCODE = 'invalid_parameter_value', COLUMN = 'support';
    END IF;
  END IF;
  IF OLD.decided_by IS NULL AND NEW.decided_by IS NOT NULL
     AND EXISTS (SELECT 1 FROM kansio.is_decision_author w
                 WHERE w.decision_id = NEW.id AND w.staff_id = NEW.decided_by) THEN
    RAISE EXCEPTION 'You wrote part of this decision or its payments: another decision-maker '
                    'must decide it.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER is_decision_guarded
  BEFORE UPDATE OF outcome, support_cents, decided_by ON kansio.is_decision
  FOR EACH ROW EXECUTE FUNCTION kansio.is_decision_guard ();

----------------------------------------------------------------------------
-- The orders of a decision

-- An order of a decision not yet made may be removed; one in a payment
-- run stays as it is, and so does every order of a decided decision
-- (is_order_guard).
CREATE OR REPLACE FUNCTION kansio.keep_paid_orders () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  IF OLD.run_id IS NOT NULL THEN
    RAISE EXCEPTION 'A payment order in a payment run is never changed or removed.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- Every change to what an order pays takes the decision's row lock by
-- giving the decision a new version: two changes at once wait for each
-- other (or, in repeatable read, the second fails), and the sum is read
-- after the lock, so it counts what the other committed. The decision-
-- maker who read the old version decides nothing until they read again.
CREATE FUNCTION kansio.is_order_guard () RETURNS trigger
  LANGUAGE plpgsql
AS $$
DECLARE
  decision bigint := CASE TG_OP WHEN 'DELETE' THEN OLD.decision_id ELSE NEW.decision_id END;
  d kansio.is_decision;
  others bigint;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.decision_id <> OLD.decision_id THEN
    RAISE EXCEPTION 'A payment order stays with its decision.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE kansio.is_decision SET row_version = row_version + 1 WHERE id = decision
  RETURNING * INTO d;
  IF d.decided_at IS NOT NULL THEN
    RAISE EXCEPTION 'The payments of a decided decision do not change.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF d.outcome = 'rejected' THEN
      RAISE EXCEPTION 'A rejected decision pays nothing: it has no payment orders.'
        USING ERRCODE = 'invalid_parameter_value', COLUMN = 'amount';
    END IF;
    SELECT coalesce (sum (o.amount_cents), 0) INTO others
    FROM kansio.is_payment_order o
    WHERE o.decision_id = decision AND (TG_OP = 'INSERT' OR o.id <> NEW.id);
    IF others + NEW.amount_cents > d.support_cents THEN
      RAISE EXCEPTION 'The payments would exceed the support decided.'
        USING ERRCODE = 'invalid_parameter_value', COLUMN = 'amount';
    END IF;
    IF NEW.created_by IS NOT NULL THEN
      PERFORM kansio.is_decision_note_author (decision, NEW.created_by);
    END IF;
  END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;
-- A payment run sets run_id only: that is no change to what is paid.
CREATE TRIGGER is_payment_order_guarded
  BEFORE INSERT OR DELETE
         OR UPDATE OF decision_id, kind, payee_name, iban, reference, message, amount_cents, due_on
  ON kansio.is_payment_order
  FOR EACH ROW EXECUTE FUNCTION kansio.is_order_guard ();

----------------------------------------------------------------------------
-- The SEPA character set

-- What a bank takes in a name or a message: the EPC's Latin set (letters,
-- digits, / - ? : ( ) . , ' + and space), and the accented Latin letters
-- of Finnish, Swedish and their neighbours' names, each of which the
-- payment file writes as Latin letters (Ä as A, Æ as AE). Nothing else:
-- no control character, no markup, no letter the file could not write.
CREATE FUNCTION kansio.sepa_text_is_valid (p_text text) RETURNS boolean
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT p_text ~ '^[A-Za-z0-9/?:().,''+ ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŠšŽžŒœ-]*$'
$$;

CREATE FUNCTION kansio.require_sepa_text (p_text text, p_column text, p_max integer)
  RETURNS void
  LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
  IF p_text IS NULL THEN
    RETURN;
  END IF;
  IF length (p_text) > p_max AND p_column = 'payee_name' THEN
    RAISE EXCEPTION 'A bank takes at most 70 characters in a name.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = p_column;
  END IF;
  IF length (p_text) > p_max THEN
    RAISE EXCEPTION 'A bank takes at most 140 characters in a message.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = p_column;
  END IF;
  IF NOT kansio.sepa_text_is_valid (p_text) THEN
    RAISE EXCEPTION 'A bank takes only letters, digits, spaces and / - ? : ( ) . , '' + here.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = p_column;
  END IF;
END
$$;

----------------------------------------------------------------------------
-- The api

CREATE OR REPLACE FUNCTION kansio_impl.is_payment_order_add (p_decision_id bigint, p_kind text,
                                                             p_payee_name text, p_iban text,
                                                             p_reference text, p_message text,
                                                             p_amount_cents bigint, p_due_on date)
  RETURNS bigint
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  x record;
  payee text := btrim (regexp_replace (coalesce (p_payee_name, ''), '\s+', ' ', 'g'));
  message text := nullif (btrim (regexp_replace (coalesce (p_message, ''), '\s+', ' ', 'g')), '');
  new_id bigint;
BEGIN
  x := kansio.is_decision_context (staff, p_decision_id);
  PERFORM kansio.is_require_handler (staff, x.c);
  IF (x.d).decided_at IS NOT NULL THEN
    PERFORM kansio.deny ('The payments of a decided decision do not change.');
  END IF;
  IF payee = '' THEN
    RAISE EXCEPTION 'Write whom the support is paid to.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'payee_name';
  END IF;
  PERFORM kansio.require_sepa_text (payee, 'payee_name', 70);
  PERFORM kansio.require_sepa_text (message, 'message', 140);
  IF NOT kansio.iban_is_valid (p_iban) THEN
    RAISE EXCEPTION 'The account number is not a valid IBAN.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'iban';
  END IF;
  IF nullif (p_reference, '') IS NOT NULL AND NOT kansio.reference_is_valid (p_reference) THEN
    RAISE EXCEPTION 'The reference is not valid.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'reference';
  END IF;
  -- The sum and the lock: is_order_guard.
  INSERT INTO kansio.is_payment_order (decision_id, kind, payee_name, iban, reference, message,
                                       amount_cents, due_on, created_by)
  VALUES (p_decision_id, p_kind, payee,
          upper (regexp_replace (p_iban, '\s', '', 'g')),
          nullif (upper (regexp_replace (coalesce (p_reference, ''), '\s', '', 'g')), ''),
          message, p_amount_cents, p_due_on, staff)
  RETURNING id INTO new_id;
  PERFORM kansio.log_usage (staff, ARRAY[(x.c).person_id], 'is-payment-order', p_kind,
                            'income-support');
  RETURN new_id;
END
$$;

-- A payment order taken back before the decision is made: the decision
-- gets a new version, and whoever took it back wrote part of it.
CREATE FUNCTION api.is_payment_order_remove (p_order_id bigint)
  RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  decision bigint;
  x record;
BEGIN
  SELECT o.decision_id INTO decision FROM kansio.is_payment_order o WHERE o.id = p_order_id;
  IF decision IS NULL THEN
    RAISE EXCEPTION 'No such payment order.' USING ERRCODE = 'no_data_found';
  END IF;
  x := kansio.is_decision_context (staff, decision);
  PERFORM kansio.is_require_handler (staff, x.c);
  PERFORM kansio.is_decision_note_author (decision, staff);
  DELETE FROM kansio.is_payment_order WHERE id = p_order_id;
  PERFORM kansio.log_usage (staff, ARRAY[(x.c).person_id], 'is-payment-order-remove', NULL,
                            'income-support');
END
$$;

-- The decision-maker decides the version they read: someone with the
-- decision right in the case's unit who wrote no part of it (the guard
-- holds that too).
CREATE OR REPLACE FUNCTION kansio_impl.is_decision_decide (p_decision_id bigint,
                                                          p_row_version integer)
  RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  x record;
  d kansio.is_decision;
BEGIN
  x := kansio.is_decision_context (staff, p_decision_id);
  IF NOT kansio.has_area_right (staff, 'income-support', 'decision_maker', (x.c).unit_id) THEN
    PERFORM kansio.deny ('Only a decision-maker of this unit decides income support.');
  END IF;
  IF EXISTS (SELECT 1 FROM kansio.is_decision_author w
             WHERE w.decision_id = p_decision_id AND w.staff_id = staff) THEN
    PERFORM kansio.deny ('You wrote part of this decision or its payments: another '
                         'decision-maker must decide it.');
  END IF;
  -- The row, locked: what is decided is the version named, and nothing
  -- changes its orders meanwhile.
  SELECT * INTO d FROM kansio.is_decision WHERE id = p_decision_id FOR UPDATE;
  IF d.decided_at IS NOT NULL THEN
    PERFORM kansio.deny ('This decision has been made already.');
  END IF;
  IF d.row_version <> p_row_version THEN
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
  VALUES ((x.c).id, 'decision', 'Toimeentulotukipäätös: ' || d.outcome, staff);
  PERFORM kansio.log_usage (staff, ARRAY[(x.c).person_id], 'is-decision-decide', NULL,
                            'income-support');
END
$$;

-- The decision as 0011 shows it, and whether the caller wrote part of it
-- (then they may not decide it).
DROP FUNCTION api.is_decision_get (bigint);
DROP FUNCTION kansio_impl.is_decision_get (bigint);
CREATE FUNCTION api.is_decision_get (p_application_id bigint)
  RETURNS TABLE (decision_id bigint, outcome text, support_cents bigint, calculation text,
                 reasons text, prepared_by text, prepared_at timestamptz, decided_by text,
                 decided_at timestamptz, row_version integer, document_id bigint,
                 decided_by_me boolean, written_by_me boolean)
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
BEGIN
  PERFORM kansio.is_log_application (staff, a, 'is-decision');
  RETURN QUERY
    SELECT d.id, d.outcome, d.support_cents, d.calculation, d.reasons, p.full_name,
           d.prepared_at, m.full_name, d.decided_at, d.row_version, d.document_id,
           d.decided_by IS NOT DISTINCT FROM staff,
           EXISTS (SELECT 1 FROM kansio.is_decision_author w
                   WHERE w.decision_id = d.id AND w.staff_id = staff)
    FROM kansio.is_decision d
    JOIN kansio.staff_member p ON p.id = d.prepared_by
    LEFT JOIN kansio.staff_member m ON m.id = d.decided_by
    WHERE d.application_id = a.id;
END
$$;

-- A payment run takes only what the rules allow, checked again as it
-- takes the orders: a decided decision that is not a rejection and whose
-- orders do not exceed its support.
CREATE OR REPLACE FUNCTION kansio_impl.is_payment_run_create (p_run_on date)
  RETURNS bigint
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  orders bigint[];
  units integer[];
  paid_units integer[];
  new_run bigint;
  persons bigint[];
BEGIN
  IF NOT kansio.has_area_right (staff, 'income-support', 'decision_maker') THEN
    PERFORM kansio.deny ('Only income-support decision-makers make payment runs.');
  END IF;
  units := kansio.is_deciding_units (staff);
  -- Locked as they are taken: a run made at the same moment skips them.
  SELECT array_agg (t.id ORDER BY t.id), array_agg (DISTINCT t.person_id),
         array_agg (DISTINCT t.unit_id)
  INTO orders, persons, paid_units
  FROM (SELECT o.id, c.person_id, c.unit_id
        FROM kansio.is_payment_order o
        JOIN kansio.is_decision d ON d.id = o.decision_id
        JOIN kansio.is_application a ON a.id = d.application_id
        JOIN kansio.client_case c ON c.id = a.case_id
        WHERE o.run_id IS NULL AND d.decided_at IS NOT NULL AND o.due_on <= p_run_on
          AND c.unit_id = ANY (units)
          AND d.outcome <> 'rejected' AND d.decided_by IS DISTINCT FROM o.created_by
          AND (SELECT sum (o2.amount_cents) FROM kansio.is_payment_order o2
               WHERE o2.decision_id = d.id) <= d.support_cents
        FOR UPDATE OF o SKIP LOCKED) t;
  IF orders IS NULL THEN
    RETURN NULL;
  END IF;

  INSERT INTO kansio.is_payment_run (run_on, message_id, n_orders, total_cents, created_by,
                                     unit_ids)
  SELECT p_run_on, 'KANSIO-' || to_char (p_run_on, 'YYYYMMDD') || '-'
                   || (SELECT count (*) + 1 FROM kansio.is_payment_run r
                       WHERE r.run_on = p_run_on),
         cardinality (orders),
         (SELECT sum (amount_cents) FROM kansio.is_payment_order WHERE id = ANY (orders)), staff,
         paid_units
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

----------------------------------------------------------------------------
-- Who wrote a template version

CREATE TABLE kansio.template_version_author (
  version_id bigint NOT NULL REFERENCES kansio.template_version (id),
  staff_id integer NOT NULL REFERENCES kansio.staff_member (id),
  PRIMARY KEY (version_id, staff_id)
);
INSERT INTO kansio.template_version_author (version_id, staff_id)
SELECT id, created_by FROM kansio.template_version WHERE created_by IS NOT NULL
UNION
SELECT id, edited_by FROM kansio.template_version WHERE edited_by IS NOT NULL;

CREATE FUNCTION kansio.template_version_written () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO kansio.template_version_author (version_id, staff_id)
  SELECT NEW.id, s FROM unnest (ARRAY[NEW.created_by, NEW.edited_by]) s WHERE s IS NOT NULL
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER template_version_written
  AFTER INSERT OR UPDATE OF body_fi, body_sv, edited_by ON kansio.template_version
  FOR EACH ROW EXECUTE FUNCTION kansio.template_version_written ();

-- Nobody approves a version they wrote any of, whoever saved it last.
CREATE FUNCTION kansio.template_version_guard () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.status = 'approved' AND OLD.status <> 'approved'
     AND EXISTS (SELECT 1 FROM kansio.template_version_author w
                 WHERE w.version_id = NEW.id AND w.staff_id = NEW.approved_by) THEN
    RAISE EXCEPTION 'You wrote part of this version: another main user must approve it.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER template_version_guarded
  BEFORE UPDATE OF status ON kansio.template_version
  FOR EACH ROW EXECUTE FUNCTION kansio.template_version_guard ();

-- The new and the changed api behind their gates (0012).
SELECT kansio.gate_function ('api.is_payment_order_remove (bigint)'::regprocedure, 'write');
SELECT kansio.gate_function ('api.is_decision_get (bigint)'::regprocedure, 'read');

RESET ROLE;
