-- 0025: what a payment run would pay, asked before it is made (issue 13):
-- the confirmation shows the number of orders and the total, since a run
-- is not taken back.

-- The same orders kansio_impl.is_payment_run_create (0015) takes, counted
-- and summed without locking or changing anything; tests/test-payments.c
-- holds the two to the same answer. Counts only: nothing about a client
-- leaves, so it reads as no-client-data.
CREATE FUNCTION api.is_payment_run_preview (p_run_on date)
  RETURNS TABLE (n_orders bigint, total_cents bigint)
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  units integer[];
BEGIN
  IF NOT kansio.has_area_right (staff, 'income-support', 'decision_maker') THEN
    PERFORM kansio.deny ('Only income-support decision-makers make payment runs.');
  END IF;
  units := kansio.is_deciding_units (staff);
  RETURN QUERY
    SELECT count (*), coalesce (sum (o.amount_cents), 0)::bigint
    FROM kansio.is_payment_order o
    JOIN kansio.is_decision d ON d.id = o.decision_id
    JOIN kansio.is_application a ON a.id = d.application_id
    JOIN kansio.client_case c ON c.id = a.case_id
    WHERE o.run_id IS NULL AND d.decided_at IS NOT NULL AND o.due_on <= p_run_on
      AND c.unit_id = ANY (units)
      AND d.outcome <> 'rejected' AND d.decided_by IS DISTINCT FROM o.created_by
      AND (SELECT sum (o2.amount_cents) FROM kansio.is_payment_order o2
           WHERE o2.decision_id = d.id) <= d.support_cents
      AND NOT EXISTS (SELECT 1 FROM kansio.document_request q
                      WHERE q.subject = 'is-decision' AND q.subject_id = d.id
                        AND q.status = 'failed');
END
$$;
SELECT kansio.gate_function ('api.is_payment_run_preview (date)'::regprocedure, 'plain');
