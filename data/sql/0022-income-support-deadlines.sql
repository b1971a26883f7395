-- 0022-income-support-deadlines.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The clocks of an income-support application as 14 a § sets them
-- (../shared/DOMAIN.md 2.1, 7.3, 7.4), issue 13:
--
-- * urgent: the same or the next working day after arrival, on the
--   information available; an attachment arriving later does not move it
--   (0006 recounted it from the attachment);
-- * complete: the 7th working day after arrival;
-- * incomplete: an itemised completion request by the 7th working day
--   after arrival, with a completion deadline; the decision by the 7th
--   working day after completion, or after the completion deadline when it
--   was not completed in time, whichever comes first;
-- * a personal discussion the client asks for: within 7 working days of
--   the request (UNVERIFIED: the day counted from; the request's date is
--   kept, so a correction is a change of this rule, not of the data).
--
-- The dates the law counts from are kept (arrival, request, completion
-- deadline, completion, discussion asked and held); every due date is
-- derived here, never sent by the workstation.
--
-- The four doubtful days of 7.3 (May Day, Midsummer Eve, Independence Day,
-- Christmas Eve) are settings a main user changes through the api; for
-- the authority's own clocks the default is the strict reading, the
-- earlier date: they count as working days.

SET LOCAL ROLE kansio_owner;

----------------------------------------------------------------------------
-- Working days: the doubtful days are settings (DOMAIN.md 7.3)

INSERT INTO kansio.setting (key, value, description) VALUES
  ('working_day_midsummer_eve', '1',
   '1 when Midsummer Eve counts as a working day in working-day periods.'),
  ('working_day_independence_day', '1',
   '1 when Independence Day counts as a working day in working-day periods.'),
  ('income_support_completion_days', '7',
   'Working days a client gets by default to complete an income-support application '
   '(UNVERIFIED: the law says only "within a set time").'),
  ('income_support_completion_max_days', '30',
   'The longest completion deadline, in calendar days after the request.'),
  ('income_support_discussion_days', '7',
   'Working days to hold a personal discussion a client asked for (UNVERIFIED).')
ON CONFLICT (key) DO NOTHING;

-- The strict reading by default: the earlier date (7.3). 0006 shipped the
-- lenient one; a main user who wants it back sets it again.
UPDATE kansio.setting SET value = '1'
WHERE key IN ('working_day_may_day', 'working_day_christmas_eve');

CREATE OR REPLACE FUNCTION kansio.is_working_day (p_day date) RETURNS boolean
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  holiday text := kansio.holiday (p_day);
BEGIN
  IF extract (isodow FROM p_day) IN (6, 7) THEN
    RETURN false;
  END IF;
  IF holiday IN ('may_day', 'midsummer_eve', 'independence_day', 'christmas_eve') THEN
    RETURN kansio.setting_int ('working_day_' || holiday) = 1;
  END IF;
  RETURN holiday IS NULL;
END
$$;

-- Working days after p_from up to and including p_to; negative when p_to
-- is before p_from (how far past a deadline is).
CREATE FUNCTION kansio.working_days_between (p_from date, p_to date) RETURNS integer
  LANGUAGE sql STABLE
AS $$
  SELECT CASE WHEN p_to >= p_from
    THEN (SELECT count (*)::integer FROM generate_series (p_from + 1, p_to, interval '1 day') g
          WHERE kansio.is_working_day (g::date))
    ELSE -(SELECT count (*)::integer FROM generate_series (p_to + 1, p_from, interval '1 day') g
           WHERE kansio.is_working_day (g::date)) END
$$;

----------------------------------------------------------------------------
-- The dates the clocks count from

ALTER TABLE kansio.is_application
  ADD COLUMN requested_on date,
  ADD COLUMN completion_due_on date,
  ADD COLUMN completed_on date,
  ADD COLUMN discussion_requested_on date,
  ADD COLUMN discussion_held_on date,
  ADD CHECK ((requested_on IS NULL) = (completion_due_on IS NULL)),
  ADD CHECK (requested_on IS NULL OR requested_on >= received_on),
  ADD CHECK (completion_due_on IS NULL OR completion_due_on > requested_on),
  ADD CHECK (completed_on IS NULL OR completed_on >= received_on),
  ADD CHECK (discussion_held_on IS NULL OR discussion_held_on >= discussion_requested_on);

-- The decision's due date (14 a §, DOMAIN.md 2.1, 7.4).
CREATE FUNCTION kansio.is_decision_due_on (p_received_on date, p_urgent boolean,
                                           p_requested_on date, p_completion_due_on date,
                                           p_completed_on date)
  RETURNS date
  LANGUAGE sql STABLE
AS $$
  SELECT CASE
    -- Urgent: from arrival, whatever arrives later.
    WHEN p_urgent THEN
      kansio.add_working_days (p_received_on, kansio.setting_int ('income_support_urgent_days'))
    -- No completion request: from arrival.
    WHEN p_requested_on IS NULL THEN
      kansio.add_working_days (p_received_on, kansio.setting_int ('income_support_handling_days'))
    -- Completed (in time or not) or not: from completion, or from the end
    -- of the completion deadline, whichever is first.
    ELSE
      kansio.add_working_days (least (coalesce (p_completed_on, p_completion_due_on),
                                      p_completion_due_on),
                               kansio.setting_int ('income_support_handling_days'))
  END
$$;

-- The decision's due date as 0006 named it: now with the application's
-- kept dates (an application row).
CREATE FUNCTION kansio.is_due_on (p_application kansio.is_application) RETURNS date
  LANGUAGE sql STABLE
AS $$
  SELECT kansio.is_decision_due_on (p_application.received_on, p_application.urgent,
                                    p_application.requested_on,
                                    p_application.completion_due_on, p_application.completed_on)
$$;

-- The stored due date is derived from the kept dates on every write, by
-- whatever path; the workstation never sends it.
CREATE FUNCTION kansio.is_application_derive_due () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  NEW.due_on := kansio.is_due_on (NEW);
  NEW.complete_on := coalesce (NEW.completed_on, NEW.received_on);
  RETURN NEW;
END
$$;
CREATE TRIGGER is_application_derives_due BEFORE INSERT OR UPDATE ON kansio.is_application
  FOR EACH ROW EXECUTE FUNCTION kansio.is_application_derive_due ();

-- Open applications counted again with today's rules (their kept dates
-- do not change, their due dates follow the rules).
UPDATE kansio.is_application SET due_on = due_on
WHERE status IN ('received', 'in_processing', 'waiting_for_attachments');

-- The clock that matters now, and each due date (the work queue and the
-- application page show the same).
CREATE FUNCTION kansio.is_clocks (p_application kansio.is_application)
  RETURNS TABLE (clock text, decision_due_on date, request_due_on date,
                 discussion_due_on date)
  LANGUAGE sql STABLE
AS $$
  SELECT CASE
           WHEN p_application.status NOT IN ('received', 'in_processing',
                                             'waiting_for_attachments') THEN 'none'
           WHEN p_application.urgent THEN 'decision'
           WHEN p_application.requested_on IS NOT NULL AND p_application.completed_on IS NULL
                AND p_application.completion_due_on >= current_date THEN 'completion'
           WHEN p_application.requested_on IS NULL
                AND (p_application.status = 'waiting_for_attachments'
                     OR EXISTS (SELECT 1 FROM kansio.is_attachment t
                                WHERE t.application_id = p_application.id
                                  AND t.received_on IS NULL)) THEN 'request'
           ELSE 'decision' END,
         kansio.is_due_on (p_application),
         CASE WHEN NOT p_application.urgent THEN
           kansio.add_working_days (p_application.received_on,
                                    kansio.setting_int ('income_support_handling_days')) END,
         CASE WHEN p_application.discussion_requested_on IS NOT NULL
                   AND p_application.discussion_held_on IS NULL THEN
           kansio.add_working_days (p_application.discussion_requested_on,
                                    kansio.setting_int ('income_support_discussion_days')) END
$$;

-- A day the workstation sends: not before p_first, not after today.
CREATE FUNCTION kansio.is_check_day (p_day date, p_first date, p_column text) RETURNS void
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  IF p_day IS NULL OR p_day < p_first OR p_day > current_date THEN
    RAISE EXCEPTION 'That day is before the application arrived or after today.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = p_column;
  END IF;
END
$$;

----------------------------------------------------------------------------
-- The completion request's letter (issue 13): what is asked, itemised
-- from the application's missing attachments (their descriptions are what
-- the handler typed), and the day by which, counted by the rules above.
-- It is a letter of the case like any other, composed by the document
-- service from the database's own data; the request names its application.

ALTER TABLE kansio.document_request
  ADD COLUMN application_id bigint REFERENCES kansio.is_application (id);

-- The fields a request prints: a report's, or the client's and the
-- case's, and for a completion request its application's.
CREATE OR REPLACE FUNCTION kansio.request_fields (p_request kansio.document_request)
  RETURNS TABLE (list text, item integer, name text, type text, value text)
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  IF p_request.subject = 'report' THEN
    RETURN QUERY SELECT * FROM kansio.audit_report_rows (p_request.requested_by,
                                                         p_request.person_id,
                                                         p_request.period_from,
                                                         p_request.period_to);
  ELSE
    RETURN QUERY SELECT * FROM kansio.document_fields (p_request.requested_by,
                                                       p_request.person_id, p_request.case_id,
                                                       p_request.language);
  END IF;
  IF p_request.application_id IS NOT NULL THEN
    RETURN QUERY
      SELECT NULL::text, NULL::integer, f.name, 'date', f.value
      FROM kansio.is_application a
      CROSS JOIN LATERAL (VALUES
        ('application.received_on', to_char (a.received_on, 'YYYY-MM-DD')),
        ('request.requested_on', to_char (a.requested_on, 'YYYY-MM-DD')),
        ('request.completion_due_on', to_char (a.completion_due_on, 'YYYY-MM-DD')))
        AS f (name, value)
      WHERE a.id = p_request.application_id
      UNION ALL
      SELECT 'request.items', t.item, 'description', 'text', t.description
      FROM (SELECT x.description, (row_number () OVER (ORDER BY x.id))::integer AS item
            FROM kansio.is_attachment x
            WHERE x.application_id = p_request.application_id AND x.received_on IS NULL) t;
  END IF;
END
$$;

WITH template AS (
  INSERT INTO kansio.document_template (name, area, kind, title_fi, title_sv)
  VALUES ('income-support-information-request', 'income-support', 'letter', 'TÄYDENNYSPYYNTÖ',
          'BEGÄRAN OM KOMPLETTERING')
  RETURNING id
)
INSERT INTO kansio.template_version (template_id, version, body_fi, body_sv, fi_revised_at,
                                     sv_revised_at, status, note, approved_at)
SELECT template.id, 1,
$fi$# Hakemuksen täydentäminen

Hyvä {{client.full_name}},

toimeentulotukihakemuksenne, joka saapui {{application.received_on}}, on puutteellinen. Sen käsittelemiseksi pyydämme teitä toimittamaan seuraavat selvitykset:

{{#each request.items as item}}
- {{item.description}}
{{/each}}

Toimittakaa selvitykset viimeistään **{{request.completion_due_on}}**. Jos hakemusta ei täydennetä määräajassa, se ratkaistaan käytettävissä olevien tietojen perusteella (laki toimeentulotuesta 14 a §).

Asianumero: {{case.number}}

{{> signature}}$fi$,
$sv$# Komplettering av ansökan

Bästa {{client.full_name}},

er ansökan om utkomststöd, som kom in {{application.received_on}}, är bristfällig. För att den ska kunna behandlas ber vi er lämna in följande utredningar:

{{#each request.items as item}}
- {{item.description}}
{{/each}}

Lämna in utredningarna senast **{{request.completion_due_on}}**. Om ansökan inte kompletteras inom utsatt tid avgörs den på basis av de uppgifter som finns tillgängliga (lagen om utkomststöd 14 a §).

Ärendenummer: {{case.number}}

{{> signature}}$sv$,
now (), now (), 'approved', 'Shipped with Kansio', now ()
FROM template;

----------------------------------------------------------------------------
-- The api

-- Attachments: asked for (p_received_on NULL) or received, not in the
-- future nor before the application. When the last missing one arrives
-- after a completion request, the application is complete on that day;
-- an urgent application's deadline never moves.
CREATE OR REPLACE FUNCTION kansio_impl.is_attachment_set (p_application_id bigint,
                                                          p_attachment_id bigint,
                                                          p_description text, p_received_on date)
  RETURNS bigint
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
  c kansio.client_case;
  result_id bigint := p_attachment_id;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = a.case_id;
  PERFORM kansio.is_require_handler (staff, c);
  IF a.status NOT IN ('received', 'in_processing', 'waiting_for_attachments') THEN
    PERFORM kansio.deny ('The attachments of a decided application do not change.');
  END IF;
  IF p_received_on IS NOT NULL THEN
    PERFORM kansio.is_check_day (p_received_on, a.received_on, 'received_on');
  END IF;
  IF p_attachment_id IS NULL THEN
    INSERT INTO kansio.is_attachment (application_id, description, received_on)
    VALUES (a.id, p_description, p_received_on)
    RETURNING id INTO result_id;
  ELSE
    UPDATE kansio.is_attachment
    SET received_on = p_received_on, description = coalesce (p_description, description)
    WHERE id = p_attachment_id AND application_id = a.id;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'No such attachment in this application.' USING ERRCODE = 'no_data_found';
    END IF;
  END IF;
  IF p_received_on IS NOT NULL AND a.status = 'waiting_for_attachments'
     AND NOT EXISTS (SELECT 1 FROM kansio.is_attachment t
                     WHERE t.application_id = a.id AND t.received_on IS NULL) THEN
    UPDATE kansio.is_application
    SET status = 'in_processing',
        completed_on = CASE WHEN requested_on IS NOT NULL
                            THEN (SELECT max (t.received_on) FROM kansio.is_attachment t
                                  WHERE t.application_id = a.id) END,
        row_version = row_version + 1
    WHERE id = a.id;
    INSERT INTO kansio.is_status_change (application_id, from_status, to_status, changed_by)
    VALUES (a.id, a.status, 'in_processing', staff);
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'is-attachments', NULL, 'income-support');
  RETURN result_id;
END
$$;

-- Found in this issue's attack round: a NULL row version passed the
-- version check (NULL <> 1 is not true), so a stale window's change went
-- through. The status flow as 0013 has it, with the check made strict.
CREATE OR REPLACE FUNCTION kansio_impl.is_application_set_status (p_application_id bigint,
                                                                  p_row_version integer,
                                                                  p_status text)
  RETURNS integer
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
  c kansio.client_case;
  allowed boolean;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = a.case_id;
  PERFORM kansio.is_require_handler (staff, c);
  IF a.row_version IS DISTINCT FROM p_row_version THEN
    RAISE EXCEPTION 'Someone else changed this application meanwhile.'
      USING ERRCODE = 'KA409', HINT = 'Reload the application.';
  END IF;
  allowed := (a.status, p_status) IN (('received', 'in_processing'),
                                      ('received', 'waiting_for_attachments'),
                                      ('in_processing', 'waiting_for_attachments'),
                                      ('waiting_for_attachments', 'in_processing'),
                                      ('decided', 'closed'), ('paid', 'closed'));
  IF allowed IS NOT TRUE THEN
    RAISE EXCEPTION 'This status cannot be set by hand: open the application again to see it.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'status';
  END IF;
  UPDATE kansio.is_application SET status = p_status, row_version = row_version + 1
  WHERE id = a.id;
  INSERT INTO kansio.is_status_change (application_id, from_status, to_status, changed_by)
  VALUES (a.id, a.status, p_status, staff);
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'is-status', p_status, 'income-support');
  RETURN a.row_version + 1;
END
$$;

-- The itemised completion request (14 a § 3 mom.): what is asked are the
-- application's missing attachments; sent on p_requested_on (today when
-- NULL), to be completed by p_completion_due_on (by default the setting's
-- working days after the request), and its letter asked of the document
-- service. Once per application: a second request would move the
-- decision's deadline.
CREATE FUNCTION api.is_completion_request (p_application_id bigint, p_row_version integer,
                                           p_requested_on date, p_completion_due_on date)
  RETURNS integer
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
  c kansio.client_case;
  requested date := coalesce (p_requested_on, current_date);
  completion date;
  letter bigint;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = a.case_id;
  PERFORM kansio.is_require_handler (staff, c);
  IF a.row_version IS DISTINCT FROM p_row_version THEN
    RAISE EXCEPTION 'Someone else changed this application meanwhile.'
      USING ERRCODE = 'KA409', HINT = 'Reload the application.';
  END IF;
  IF a.status NOT IN ('received', 'in_processing', 'waiting_for_attachments')
     OR a.requested_on IS NOT NULL THEN
    PERFORM kansio.deny ('A completion request is made once, while the application is open.');
  END IF;
  IF NOT EXISTS (SELECT 1 FROM kansio.is_attachment t
                 WHERE t.application_id = a.id AND t.received_on IS NULL) THEN
    RAISE EXCEPTION 'A completion request names what is asked: add the missing attachments first.'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM kansio.is_check_day (requested, a.received_on, 'requested_on');
  completion := coalesce (p_completion_due_on,
                          kansio.add_working_days (
                            requested, kansio.setting_int ('income_support_completion_days')));
  IF completion <= requested
     OR completion > requested + kansio.setting_int ('income_support_completion_max_days') THEN
    RAISE EXCEPTION 'The completion deadline is after the request and at most the set number '
                    'of days after it.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'completion_due_on';
  END IF;
  UPDATE kansio.is_application
  SET requested_on = requested, completion_due_on = completion,
      status = 'waiting_for_attachments', row_version = row_version + 1
  WHERE id = a.id;
  IF a.status <> 'waiting_for_attachments' THEN
    INSERT INTO kansio.is_status_change (application_id, from_status, to_status, changed_by)
    VALUES (a.id, a.status, 'waiting_for_attachments', staff);
  END IF;
  -- The letter that says it, in the client's language, from the newest
  -- approved version.
  letter := kansio.request_document (
              'letter', NULL, kansio.approved_version ('income-support-information-request'),
              c.id, kansio.client_language (c.id), staff);
  UPDATE kansio.document_request SET application_id = a.id WHERE id = letter;
  INSERT INTO kansio.case_event (case_id, kind, summary, created_by)
  VALUES (c.id, 'application',
          'Täydennyspyyntö ' || to_char (requested, 'FMDD.FMMM.YYYY') || ', täydennettävä '
          || to_char (completion, 'FMDD.FMMM.YYYY') || ' mennessä', staff);
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'is-completion-request', NULL,
                            'income-support');
  RETURN a.row_version + 1;
END
$$;
COMMENT ON FUNCTION api.is_completion_request (bigint, integer, date, date) IS 'client-write';

-- A personal discussion the client asked for (p_requested_on), and when it
-- was held (p_held_on): each recorded once, neither in the future.
CREATE FUNCTION api.is_discussion_set (p_application_id bigint, p_requested_on date,
                                       p_held_on date)
  RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
  c kansio.client_case;
  requested date := coalesce (a.discussion_requested_on, p_requested_on);
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = a.case_id;
  PERFORM kansio.is_require_handler (staff, c);
  IF (a.discussion_requested_on IS NOT NULL AND p_requested_on IS DISTINCT FROM
                                                 a.discussion_requested_on)
     OR (a.discussion_held_on IS NOT NULL AND p_held_on IS DISTINCT FROM a.discussion_held_on) THEN
    PERFORM kansio.deny ('When a discussion was asked for and held is recorded once.');
  END IF;
  -- Asked before the application is possible (at the office); not later
  -- than today, and not decades back.
  PERFORM kansio.is_check_day (requested, a.received_on - 31, 'discussion_requested_on');
  IF p_held_on IS NOT NULL THEN
    PERFORM kansio.is_check_day (p_held_on, requested, 'discussion_held_on');
  END IF;
  UPDATE kansio.is_application
  SET discussion_requested_on = requested, discussion_held_on = p_held_on,
      row_version = row_version + 1
  WHERE id = a.id;
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'is-discussion', NULL, 'income-support');
END
$$;
COMMENT ON FUNCTION api.is_discussion_set (bigint, date, date) IS 'client-write';

-- Before registering: the client's applications that cover any of the
-- months, with their decisions (issue 13: two applications for the same
-- month). Only a warning: the caseworker may still register.
CREATE FUNCTION api.is_applications_for_months (p_case_id bigint, p_first_month date,
                                                p_last_month date)
  RETURNS TABLE (application_id bigint, received_on date, first_month date, last_month date,
                 status text, outcome text, decided_on date)
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  c kansio.client_case;
  from_month date := date_trunc ('month', p_first_month)::date;
  to_month date := date_trunc ('month', coalesce (p_last_month, p_first_month))::date;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = p_case_id;
  PERFORM kansio.is_require_handler (staff, c);
  IF from_month IS NULL OR to_month < from_month THEN
    RAISE EXCEPTION 'The months run from the first to the last.'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'is-applications', 'same months',
                            'income-support');
  RETURN QUERY
    SELECT a.id, a.received_on, a.first_month, a.last_month, a.status, d.outcome,
           (d.decided_at AT TIME ZONE 'Europe/Helsinki')::date
    FROM kansio.is_application a
    JOIN kansio.client_case ac ON ac.id = a.case_id
    LEFT JOIN kansio.is_decision d ON d.application_id = a.id
    WHERE ac.person_id = c.person_id AND ac.area = 'income-support'
      AND a.first_month <= to_month AND a.last_month >= from_month
      AND (a.status <> 'closed' OR d.decided_by IS NOT NULL)
      AND kansio.has_area_right (staff, 'income-support', 'reader', ac.unit_id)
    ORDER BY a.received_on, a.id;
END
$$;
COMMENT ON FUNCTION api.is_applications_for_months (bigint, date, date) IS 'client-data';

-- The client's applications with every clock.
DROP FUNCTION api.is_applications (bigint);
DROP FUNCTION kansio_impl.is_applications (bigint);
CREATE FUNCTION api.is_applications (p_person_id bigint)
  RETURNS TABLE (application_id bigint, case_id bigint, received_on date, channel text,
                 first_month date, last_month date, kind text, urgent boolean, status text,
                 due_on date, is_late boolean, notes text, row_version integer,
                 working_days_left integer, clock text, requested_on date,
                 request_due_on date, completion_due_on date, completed_on date,
                 discussion_requested_on date, discussion_held_on date,
                 discussion_due_on date)
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  PERFORM kansio.require_person_visible (staff, p_person_id);
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'is-applications', NULL, 'income-support');
  RETURN QUERY
    SELECT a.id, a.case_id, a.received_on, a.channel, a.first_month, a.last_month, a.kind,
           a.urgent, a.status, k.decision_due_on,
           a.status IN ('received', 'in_processing', 'waiting_for_attachments')
             AND k.decision_due_on < current_date,
           a.notes, a.row_version,
           CASE WHEN a.status IN ('received', 'in_processing', 'waiting_for_attachments')
                THEN greatest (0, kansio.working_days_between (current_date, k.decision_due_on))
           END,
           k.clock, a.requested_on, k.request_due_on, a.completion_due_on, a.completed_on,
           a.discussion_requested_on, a.discussion_held_on, k.discussion_due_on
    FROM kansio.is_application a JOIN kansio.client_case c ON c.id = a.case_id
    CROSS JOIN LATERAL kansio.is_clocks (a) k
    WHERE c.person_id = p_person_id
      AND kansio.has_area_right (staff, 'income-support', 'reader', c.unit_id)
    ORDER BY a.received_on DESC, a.id DESC;
END
$$;
COMMENT ON FUNCTION api.is_applications (bigint) IS 'client-data';

-- The work queue: each open application with the clock that matters now
-- (the decision, the completion request, the client's completion
-- deadline while the decision's clock is paused, or a prepared decision
-- waiting for a decision-maker), the client's identity code, and the
-- discussion's clock beside it.
DROP FUNCTION api.is_work_queue (text);
DROP FUNCTION kansio_impl.is_work_queue (text);
CREATE FUNCTION api.is_work_queue (p_whose text DEFAULT 'mine')
  RETURNS TABLE (application_id bigint, person_id bigint, client_name text, unit_id integer,
                 received_on date, status text, urgent boolean, due_on date,
                 working_days_left integer, is_late boolean, identity_code text, clock text,
                 clock_due_on date, clock_days_left integer, clock_is_late boolean,
                 completion_due_on date, discussion_due_on date, discussion_days_left integer,
                 discussion_is_late boolean)
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  ids bigint[];
  shown bigint[];
BEGIN
  IF p_whose IS NULL OR p_whose NOT IN ('mine', 'office') THEN
    RAISE EXCEPTION 'The queue is mine or office.' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT array_agg (a.id), array_agg (DISTINCT c.person_id) INTO ids, shown
  FROM kansio.is_application a JOIN kansio.client_case c ON c.id = a.case_id
  WHERE (a.status IN ('received', 'in_processing', 'waiting_for_attachments')
         OR (a.status IN ('decided', 'paid')
             AND EXISTS (SELECT 1 FROM kansio.is_decision d
                         WHERE d.application_id = a.id AND d.sent_on IS NULL)))
    AND kansio.has_area_right (staff, 'income-support', 'handler', c.unit_id)
    AND (p_whose = 'office' OR a.created_by = staff
         OR EXISTS (SELECT 1 FROM kansio.is_decision d
                    WHERE d.application_id = a.id AND d.decided_by IS NULL
                      AND d.prepared_by <> staff
                      AND kansio.has_area_right (staff, 'income-support', 'decision_maker',
                                                 c.unit_id)));
  IF shown IS NOT NULL THEN
    PERFORM kansio.log_usage (staff, shown, 'is-work-queue', p_whose, 'income-support');
  END IF;
  RETURN QUERY
    SELECT q.id, q.person_id, q.client_name, q.unit_id, q.received_on, q.state, q.urgent,
           q.decision_due_on,
           greatest (0, kansio.working_days_between (current_date, q.decision_due_on)),
           q.decision_due_on < current_date AND q.state <> 'not_sent', q.identity_code,
           q.shown_clock, q.clock_due,
           kansio.working_days_between (current_date, q.clock_due),
           q.clock_due < current_date, q.completion_due_on, q.discussion_due_on,
           kansio.working_days_between (current_date, q.discussion_due_on),
           q.discussion_due_on < current_date
    FROM (SELECT a.id, p.id AS person_id, p.surname || ', ' || p.first_names AS client_name,
                 c.unit_id, a.received_on, a.urgent, a.completion_due_on, p.identity_code,
                 k.decision_due_on, k.discussion_due_on, s.state,
                 CASE WHEN s.state = 'not_sent' THEN 'none'
                      WHEN s.state = 'waiting_for_decision' THEN 'decision'
                      ELSE k.clock END AS shown_clock,
                 CASE WHEN s.state = 'not_sent' THEN NULL
                      WHEN s.state = 'waiting_for_decision' THEN k.decision_due_on
                      WHEN k.clock = 'request' THEN k.request_due_on
                      WHEN k.clock = 'completion' THEN a.completion_due_on
                      ELSE k.decision_due_on END AS clock_due
          FROM kansio.is_application a
          JOIN kansio.client_case c ON c.id = a.case_id
          JOIN kansio.person p ON p.id = c.person_id
          CROSS JOIN LATERAL kansio.is_clocks (a) k
          CROSS JOIN LATERAL (SELECT CASE
            WHEN a.status IN ('decided', 'paid') THEN 'not_sent'
            WHEN EXISTS (SELECT 1 FROM kansio.is_decision d
                         WHERE d.application_id = a.id AND d.decided_by IS NULL)
              THEN 'waiting_for_decision'
            ELSE a.status END AS state) s
          WHERE a.id = ANY (coalesce (ids, '{}'))) q
    ORDER BY coalesce (q.clock_due, q.decision_due_on), q.received_on, q.id;
END
$$;
COMMENT ON FUNCTION api.is_work_queue (text) IS 'client-data';

-- The doubtful days (DOMAIN.md 7.3), for everyone to read, and for a main
-- user to change. Open applications' stored due dates follow.
CREATE FUNCTION api.working_day_rules ()
  RETURNS TABLE (day text, is_working_day boolean)
  LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM kansio.caller ();
  RETURN QUERY
    SELECT d.day, kansio.setting_int ('working_day_' || d.day) = 1
    FROM unnest (ARRAY['may_day', 'midsummer_eve', 'independence_day', 'christmas_eve'])
         WITH ORDINALITY AS d (day, n)
    ORDER BY d.n;
END
$$;
COMMENT ON FUNCTION api.working_day_rules () IS 'no-client-data';

CREATE FUNCTION api.working_day_rule_set (p_day text, p_is_working_day boolean)
  RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  IF NOT kansio.has_special_right (staff, 'main_user') THEN
    PERFORM kansio.deny ('Only a main user may change the working-day calendar.');
  END IF;
  IF p_day IS NULL OR p_day NOT IN ('may_day', 'midsummer_eve', 'independence_day',
                                    'christmas_eve')
     OR p_is_working_day IS NULL THEN
    RAISE EXCEPTION 'Only May Day, Midsummer Eve, Independence Day and Christmas Eve are '
                    'doubtful.'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  UPDATE kansio.setting SET value = CASE WHEN p_is_working_day THEN '1' ELSE '0' END
  WHERE key = 'working_day_' || p_day;
  UPDATE kansio.is_application SET due_on = due_on
  WHERE status IN ('received', 'in_processing', 'waiting_for_attachments');
END
$$;
COMMENT ON FUNCTION api.working_day_rule_set (text, boolean) IS 'no-client-data';

SELECT kansio.gate_function ('api.is_completion_request (bigint, integer, date, date)'::regprocedure,
                             'write');
SELECT kansio.gate_function ('api.is_discussion_set (bigint, date, date)'::regprocedure, 'write');
SELECT kansio.gate_function ('api.is_applications_for_months (bigint, date, date)'::regprocedure,
                             'read');
SELECT kansio.gate_function ('api.is_applications (bigint)'::regprocedure, 'read');
SELECT kansio.gate_function ('api.is_work_queue (text)'::regprocedure, 'read');
SELECT kansio.gate_function ('api.working_day_rules ()'::regprocedure, 'plain');
SELECT kansio.gate_function ('api.working_day_rule_set (text, boolean)'::regprocedure, 'plain');

RESET ROLE;
