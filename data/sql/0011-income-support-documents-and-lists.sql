-- 0011-income-support-documents-and-lists.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The PDF of a decision and of a recovery decision linked to them once
-- they are made, the lists the income-support pages show (a decision's
-- payment orders and recoveries, the payment runs) and the recovery
-- decision as shipped, approved, in Finnish and Swedish.

SET LOCAL ROLE kansio_owner;

-- A row that references a document locks it FOR KEY SHARE, as the
-- document table's owner, and that takes an UPDATE right on one of its
-- columns: 0004 took them all away, so no reference to a document could
-- be set. The id is enough and changes nothing: it is generated always,
-- and the insert-only trigger refuses every update anyway.
GRANT UPDATE (id) ON kansio.document TO kansio_owner;

ALTER TABLE kansio.is_recovery ADD COLUMN document_id bigint REFERENCES kansio.document (id);

-- The document a decision or a recovery links to as sent: the copy its
-- decision-maker composed and saved in the case after deciding, from the
-- template named p_template; the signature is theirs. Any other document
-- is a wrong argument, not a missing right.
CREATE FUNCTION kansio.is_require_document (p_document bigint, p_case bigint, p_template text,
                                            p_made_by integer, p_made_after timestamptz)
  RETURNS void
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM kansio.document d
                 JOIN kansio.template_version v ON v.id = d.template_version_id
                 JOIN kansio.document_template t ON t.id = v.template_id
                 WHERE d.id = p_document AND d.case_id = p_case AND t.name = p_template
                   AND d.created_by = p_made_by AND d.created_at >= p_made_after)
  THEN
    RAISE EXCEPTION 'The document is not the decision-maker''s own copy, saved in this case '
                    'after deciding, from the template %.', p_template
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'document';
  END IF;
END
$$;

-- What has been paid on a decision: its orders in payment runs.
CREATE FUNCTION kansio.is_decision_paid (p_decision bigint) RETURNS bigint
  LANGUAGE sql STABLE
AS $$
  SELECT coalesce (sum (o.amount_cents), 0)::bigint FROM kansio.is_payment_order o
  WHERE o.decision_id = p_decision AND o.run_id IS NOT NULL
$$;

----------------------------------------------------------------------------
-- The api

DROP FUNCTION api.is_decision_get (bigint);
CREATE FUNCTION api.is_decision_get (p_application_id bigint)
  RETURNS TABLE (decision_id bigint, outcome text, support_cents bigint, calculation text,
                 reasons text, prepared_by text, prepared_at timestamptz, decided_by text,
                 decided_at timestamptz, row_version integer, document_id bigint,
                 decided_by_me boolean)
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
           d.prepared_at, m.full_name, d.decided_at, d.row_version, d.document_id,
           d.decided_by IS NOT DISTINCT FROM staff
    FROM kansio.is_decision d
    JOIN kansio.staff_member p ON p.id = d.prepared_by
    LEFT JOIN kansio.staff_member m ON m.id = d.decided_by
    WHERE d.application_id = a.id;
END
$$;
COMMENT ON FUNCTION api.is_decision_get (bigint) IS 'client-data';

-- The decision as sent: the PDF its decision-maker saved after deciding,
-- linked once, by them.
CREATE FUNCTION api.is_decision_document_set (p_decision_id bigint, p_document_id bigint)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  x record;
  linked bigint;
BEGIN
  x := kansio.is_decision_context (staff, p_decision_id);
  IF (x.d).decided_at IS NULL THEN
    PERFORM kansio.deny ('A decision''s document is linked once the decision has been made.');
  END IF;
  IF (x.d).decided_by <> staff THEN
    PERFORM kansio.deny ('Only the decision-maker who made the decision saves it as sent.');
  END IF;
  PERFORM kansio.is_require_document (p_document_id, (x.c).id, 'income-support-decision', staff,
                                      (x.d).decided_at);
  PERFORM kansio.log_usage (staff, ARRAY[(x.c).person_id], 'is-decision-document', NULL,
                            'income-support');
  UPDATE kansio.is_decision SET document_id = p_document_id, row_version = row_version + 1
  WHERE id = p_decision_id AND document_id IS NULL;
  IF NOT FOUND THEN
    SELECT d.document_id INTO linked FROM kansio.is_decision d WHERE d.id = p_decision_id;
    IF linked IS DISTINCT FROM p_document_id THEN
      PERFORM kansio.deny ('The decision''s document has been linked already.');
    END IF;
  END IF;
END
$$;
COMMENT ON FUNCTION api.is_decision_document_set (bigint, bigint) IS 'client-data';

-- A decision's payment orders, and when each was paid (its run's day).
CREATE FUNCTION api.is_decision_orders (p_decision_id bigint)
  RETURNS TABLE (order_id bigint, kind text, payee_name text, iban text, reference text,
                 message text, amount_cents bigint, due_on date, run_id bigint, paid_on date)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  x record;
BEGIN
  x := kansio.is_decision_context (staff, p_decision_id);
  PERFORM kansio.log_usage (staff, ARRAY[(x.c).person_id], 'is-payment-orders', NULL,
                            'income-support');
  RETURN QUERY
    SELECT o.id, o.kind, o.payee_name, o.iban, o.reference, o.message, o.amount_cents, o.due_on,
           o.run_id, r.run_on
    FROM kansio.is_payment_order o
    LEFT JOIN kansio.is_payment_run r ON r.id = o.run_id
    WHERE o.decision_id = p_decision_id
    ORDER BY o.due_on, o.id;
END
$$;
COMMENT ON FUNCTION api.is_decision_orders (bigint) IS 'client-data';

-- A decision's recoveries. paid_cents, the same in every row, is what
-- has been paid on the decision: with the recoveries' amounts, the most
-- that can still be recovered.
CREATE FUNCTION api.is_recoveries (p_decision_id bigint)
  RETURNS TABLE (recovery_id bigint, amount_cents bigint, reasons text, prepared_by text,
                 prepared_at timestamptz, decided_by text, decided_at timestamptz,
                 document_id bigint, paid_cents bigint, decided_by_me boolean)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  x record;
  paid bigint;
BEGIN
  x := kansio.is_decision_context (staff, p_decision_id);
  paid := kansio.is_decision_paid (p_decision_id);
  PERFORM kansio.log_usage (staff, ARRAY[(x.c).person_id], 'is-recoveries', NULL,
                            'income-support');
  RETURN QUERY
    SELECT r.id, r.amount_cents, r.reasons, p.full_name, r.prepared_at, m.full_name,
           r.decided_at, r.document_id, paid, r.decided_by IS NOT DISTINCT FROM staff
    FROM kansio.is_recovery r
    JOIN kansio.staff_member p ON p.id = r.prepared_by
    LEFT JOIN kansio.staff_member m ON m.id = r.decided_by
    WHERE r.decision_id = p_decision_id
    ORDER BY r.prepared_at, r.id;
END
$$;
COMMENT ON FUNCTION api.is_recoveries (bigint) IS 'client-data';

-- The recovery decision as sent, linked as a decision's is.
CREATE FUNCTION api.is_recovery_document_set (p_recovery_id bigint, p_document_id bigint)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  r kansio.is_recovery;
  x record;
  linked bigint;
BEGIN
  SELECT * INTO r FROM kansio.is_recovery WHERE id = p_recovery_id;
  IF r.id IS NULL THEN
    RAISE EXCEPTION 'No such recovery.' USING ERRCODE = 'no_data_found';
  END IF;
  x := kansio.is_decision_context (staff, r.decision_id);
  IF r.decided_at IS NULL THEN
    PERFORM kansio.deny ('A recovery decision''s document is linked once the recovery has '
                         'been decided.');
  END IF;
  IF r.decided_by <> staff THEN
    PERFORM kansio.deny ('Only the decision-maker who decided the recovery saves it as sent.');
  END IF;
  PERFORM kansio.is_require_document (p_document_id, (x.c).id,
                                      'income-support-recovery-decision', staff, r.decided_at);
  PERFORM kansio.log_usage (staff, ARRAY[(x.c).person_id], 'is-recovery-document', NULL,
                            'income-support');
  UPDATE kansio.is_recovery SET document_id = p_document_id
  WHERE id = p_recovery_id AND document_id IS NULL;
  IF NOT FOUND THEN
    SELECT v.document_id INTO linked FROM kansio.is_recovery v WHERE v.id = p_recovery_id;
    IF linked IS DISTINCT FROM p_document_id THEN
      PERFORM kansio.deny ('The recovery decision''s document has been linked already.');
    END IF;
  END IF;
END
$$;
COMMENT ON FUNCTION api.is_recovery_document_set (bigint, bigint) IS 'client-data';

-- The units where a staff member decides income support.
CREATE FUNCTION kansio.is_deciding_units (p_staff integer)
  RETURNS integer[]
  LANGUAGE sql STABLE
AS $$
  SELECT coalesce (array_agg (u.id), '{}') FROM kansio.organisation_unit u
  WHERE kansio.has_area_right (p_staff, 'income-support', 'decision_maker', u.id)
$$;

-- The units a run pays orders of, kept with the run when it is made, so
-- that listing runs does not read every order of every run.
ALTER TABLE kansio.is_payment_run ADD COLUMN unit_ids integer[] NOT NULL DEFAULT '{}';
UPDATE kansio.is_payment_run r
SET unit_ids = (SELECT coalesce (array_agg (DISTINCT c.unit_id), '{}')
                FROM kansio.is_payment_order o
                JOIN kansio.is_decision d ON d.id = o.decision_id
                JOIN kansio.is_application a ON a.id = d.application_id
                JOIN kansio.client_case c ON c.id = a.case_id
                WHERE o.run_id = r.id);

-- Whether a run pays orders, every one of them of the units given: a run
-- is read only by those who decide for all it pays.
CREATE FUNCTION kansio.is_run_within (p_run bigint, p_units integer[])
  RETURNS boolean
  LANGUAGE sql STABLE
AS $$
  SELECT cardinality (r.unit_ids) > 0 AND r.unit_ids <@ p_units
  FROM kansio.is_payment_run r WHERE r.id = p_run
$$;

-- A payment run as 0007 makes it, now keeping the units it pays.
CREATE OR REPLACE FUNCTION api.is_payment_run_create (p_run_on date)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
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
COMMENT ON FUNCTION api.is_payment_run_create (date) IS 'client-data';

-- The payment runs of the caller's units, newest first: totals only, no
-- client.
CREATE FUNCTION api.is_payment_runs (p_limit integer DEFAULT 50)
  RETURNS TABLE (run_id bigint, run_on date, message_id text, n_orders integer,
                 total_cents bigint, created_by text, created_at timestamptz)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  units integer[];
BEGIN
  IF NOT kansio.has_area_right (staff, 'income-support', 'decision_maker') THEN
    PERFORM kansio.deny ('Only income-support decision-makers read payment runs.');
  END IF;
  units := kansio.is_deciding_units (staff);
  IF p_limit IS NULL OR p_limit NOT BETWEEN 1 AND 500 THEN
    RAISE EXCEPTION 'Between 1 and 500 payment runs are listed at a time, not %.', p_limit
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'limit';
  END IF;
  RETURN QUERY
    SELECT r.id, r.run_on, r.message_id, r.n_orders, r.total_cents, s.full_name, r.created_at
    FROM kansio.is_payment_run r
    LEFT JOIN kansio.staff_member s ON s.id = r.created_by
    WHERE cardinality (r.unit_ids) > 0 AND r.unit_ids <@ units
    ORDER BY r.created_at DESC, r.id DESC
    LIMIT p_limit;
END
$$;
COMMENT ON FUNCTION api.is_payment_runs (integer) IS 'no-client-data';

-- A run's orders, for its file, now only to those who decide for every
-- order in it (0007 let any income-support decision-maker read any run).
CREATE OR REPLACE FUNCTION api.is_payment_run_orders (p_run_id bigint)
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
  IF NOT kansio.is_run_within (p_run_id, kansio.is_deciding_units (staff)) THEN
    PERFORM kansio.deny ('This payment run pays orders of units where you do not decide.');
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

-- Recovery prepared with the decision locked: two handlers at the same
-- moment cannot together recover more than was paid.
CREATE OR REPLACE FUNCTION api.is_recovery_prepare (p_decision_id bigint, p_amount_cents bigint,
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
  PERFORM 1 FROM kansio.is_decision WHERE id = p_decision_id FOR UPDATE;
  paid := kansio.is_decision_paid (p_decision_id);
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

----------------------------------------------------------------------------
-- Working days from tomorrow to the deadline, as the work queue counts
-- them, with the calendar settings of the database (May Day, Christmas
-- Eve): the application page shows what the queue shows.
CREATE FUNCTION kansio.working_days_left (p_due date)
  RETURNS integer
  LANGUAGE sql STABLE
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT count (*)::integer
  FROM generate_series (current_date + 1, p_due, interval '1 day') g
  WHERE kansio.is_working_day (g::date)
$$;

-- The client's applications, now with the working days left of the open
-- ones.
DROP FUNCTION api.is_applications (bigint);
CREATE FUNCTION api.is_applications (p_person_id bigint)
  RETURNS TABLE (application_id bigint, case_id bigint, received_on date, channel text,
                 first_month date, last_month date, kind text, urgent boolean, status text,
                 due_on date, is_late boolean, notes text, row_version integer,
                 working_days_left integer)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  PERFORM kansio.require_person_visible (staff, p_person_id);
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'is-applications', NULL, 'income-support');
  RETURN QUERY
    SELECT a.id, a.case_id, a.received_on, a.channel, a.first_month, a.last_month, a.kind,
           a.urgent, a.status, a.due_on,
           a.status IN ('received', 'in_processing', 'waiting_for_attachments')
             AND a.due_on < current_date,
           a.notes, a.row_version,
           CASE WHEN a.status IN ('received', 'in_processing', 'waiting_for_attachments')
                THEN kansio.working_days_left (a.due_on) END
    FROM kansio.is_application a JOIN kansio.client_case c ON c.id = a.case_id
    WHERE c.person_id = p_person_id
      AND kansio.has_area_right (staff, 'income-support', 'reader', c.unit_id)
    ORDER BY a.received_on DESC, a.id DESC;
END
$$;
COMMENT ON FUNCTION api.is_applications (bigint) IS 'client-data';

-- The recovery decision as shipped, approved (laki toimeentulotuesta
-- 1412/1997 20 §). A main user adapts it with new versions.

WITH template AS (
  INSERT INTO kansio.document_template (name, area, kind, title_fi, title_sv)
  VALUES ('income-support-recovery-decision', 'income-support', 'decision', 'PÄÄTÖS', 'BESLUT')
  RETURNING id
)
INSERT INTO kansio.template_version (template_id, version, body_fi, body_sv, fi_revised_at,
                                     sv_revised_at, status, note, approved_at)
SELECT template.id, 1,
$fi$# Toimeentulotuen takaisinperintä

Asianosainen: **{{client.full_name}}**, {{client.identity_code}}\
Hakemus saapunut: {{application.received_on}}\
Tukijakso: {{application.period}}

## Asia

Teille on {{decision.decided_on}} tehdyllä päätöksellä myönnetty täydentävää toimeentulotukea **{{decision.support}}**, josta on maksettu **{{recovery.paid}}**.

## Päätös

Teiltä peritään takaisin toimeentulotukea **{{recovery.amount}}**.

## Perustelut

{{recovery.reasons}}

Toimeentulotuesta annetun lain 20 §:n mukaan toimeentulotuki voidaan periä takaisin, jos se on myönnetty tuen hakijan antamien virheellisten tai puutteellisten tietojen perusteella.

## Sovelletut oikeusohjeet

Laki toimeentulotuesta (1412/1997) 20 §.

## Maksaminen

Takaisinperittävästä määrästä lähetetään erillinen lasku.

{{> signature}}

{{pagebreak}}
{{> rectification-instructions}}$fi$,
$sv$# Återkrav av utkomststöd

Part: **{{client.full_name}}**, {{client.identity_code}}\
Ansökan inkom: {{application.received_on}}\
Stödperiod: {{application.period}}

## Ärende

Genom beslut av den {{decision.decided_on}} har ni beviljats kompletterande utkomststöd **{{decision.support}}**, av vilket **{{recovery.paid}}** har betalats ut.

## Beslut

Av er återkrävs utkomststöd **{{recovery.amount}}**.

## Motivering

{{recovery.reasons}}

Enligt 20 § i lagen om utkomststöd kan utkomststöd återkrävas om det har beviljats på grundval av felaktiga eller bristfälliga uppgifter som sökanden har lämnat.

## Tillämpade bestämmelser

Lagen om utkomststöd (1412/1997) 20 §.

## Betalning

För det belopp som återkrävs skickas en separat faktura.

{{> signature}}

{{pagebreak}}
{{> rectification-instructions}}$sv$,
now (), now (), 'approved', 'Shipped with Kansio', now ()
FROM template;

RESET ROLE;

REVOKE ALL ON ALL TABLES IN SCHEMA kansio FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA kansio FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA api TO kansio_user;
