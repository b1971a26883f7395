-- 0015-document-service.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A stored document is what the database decided (issue 11, part 2).
-- The workstation is not trusted, so nothing it uploads becomes the
-- record: api.document_store is gone. A document is asked for (a letter
-- from an approved letter template; a decision by being decided), and
-- the document service (kansio-documentd), which runs beside PostgreSQL
-- under its own role, composes it from the inputs the database records
-- for the request: the fields of the client and the case as the
-- requester may print them, the approved template versions, the subject
-- (the decision, its calculation and the rates), and the moment. The
-- same inputs compose the same bytes again: kansio-admin document verify.
--
-- The decision as sent is linked by the service; when and how it was
-- sent (post, or an electronic channel) is recorded, since the
-- rectification deadline runs from it.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'kansio_document_service') THEN
    BEGIN
      CREATE ROLE kansio_document_service NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  END IF;
  EXECUTE format ('GRANT CONNECT ON DATABASE %I TO kansio_document_service', current_database ());
END
$$;

SET LOCAL ROLE kansio_owner;

----------------------------------------------------------------------------
-- Requests

CREATE TABLE kansio.document_request (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- What the document is of: a letter (its own request), or a decision.
  subject text NOT NULL
    CHECK (subject IN ('letter', 'report', 'is-decision', 'is-recovery-decision')),
  subject_id bigint,
  template_version_id bigint NOT NULL REFERENCES kansio.template_version (id),
  person_id bigint NOT NULL REFERENCES kansio.person (id),
  case_id bigint REFERENCES kansio.client_case (id), -- none for an auditor's report
  language text NOT NULL CHECK (language IN ('fi', 'sv')),
  -- Whose document it is: the fields say "user", the signature is theirs.
  requested_by integer NOT NULL REFERENCES kansio.staff_member (id),
  requested_at timestamptz NOT NULL DEFAULT now (),
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'taken', 'done', 'failed')),
  taken_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  error text,
  -- What the document was composed from, recorded by the database when
  -- the service first took the request.
  inputs jsonb,
  document_id bigint REFERENCES kansio.document (id),
  -- An auditor's "who has viewed my data" report: over [from, to).
  period_from timestamptz,
  period_to timestamptz,
  UNIQUE (subject, subject_id),
  CHECK ((subject = 'report') = (case_id IS NULL))
);
CREATE INDEX document_request_open_idx ON kansio.document_request (requested_at)
  WHERE status IN ('waiting', 'taken');

ALTER TABLE kansio.document ADD COLUMN request_id bigint REFERENCES kansio.document_request (id);

-- A request, and a word to the service.
CREATE FUNCTION kansio.request_document (p_subject text, p_subject_id bigint,
                                         p_template_version bigint, p_case bigint,
                                         p_language text, p_staff integer)
  RETURNS bigint
  LANGUAGE plpgsql
AS $$
DECLARE
  new_id bigint;
BEGIN
  INSERT INTO kansio.document_request (subject, subject_id, template_version_id, person_id,
                                       case_id, language, requested_by)
  SELECT p_subject, p_subject_id, p_template_version, c.person_id, c.id, p_language, p_staff
  FROM kansio.client_case c WHERE c.id = p_case
  RETURNING id INTO new_id;
  IF p_subject = 'letter' THEN
    UPDATE kansio.document_request SET subject_id = new_id WHERE id = new_id;
  END IF;
  PERFORM pg_notify ('kansio_documents', new_id::text);
  RETURN new_id;
END
$$;

-- The newest approved version of a template.
CREATE FUNCTION kansio.approved_version (p_template text) RETURNS bigint
  LANGUAGE sql STABLE
AS $$
  SELECT v.id FROM kansio.document_template t
  JOIN kansio.template_version v ON v.template_id = t.id AND v.status = 'approved'
  WHERE t.name = p_template ORDER BY v.version DESC LIMIT 1
$$;

-- The client's language for correspondence.
CREATE FUNCTION kansio.client_language (p_case bigint) RETURNS text
  LANGUAGE sql STABLE
AS $$
  SELECT CASE WHEN p.language = 'sv' THEN 'sv' ELSE 'fi' END
  FROM kansio.client_case c JOIN kansio.person p ON p.id = c.person_id WHERE c.id = p_case
$$;

-- Deciding asks for the decision's document in the same transaction: a
-- decision made always has one coming.
CREATE FUNCTION kansio.is_decision_request_document () RETURNS trigger
  LANGUAGE plpgsql
AS $$
DECLARE
  case_id bigint;
  template text := CASE TG_TABLE_NAME WHEN 'is_decision' THEN 'income-support-decision'
                                      ELSE 'income-support-recovery-decision' END;
  version bigint := kansio.approved_version (template);
BEGIN
  IF OLD.decided_by IS NOT NULL OR NEW.decided_by IS NULL THEN
    RETURN NULL;
  END IF;
  -- A decision is its own; a recovery names its decision.
  SELECT a.case_id INTO case_id FROM kansio.is_application a
  JOIN kansio.is_decision d ON d.application_id = a.id
  WHERE d.id = coalesce ((to_jsonb (NEW) ->> 'decision_id')::bigint, NEW.id);
  IF version IS NULL THEN
    RAISE EXCEPTION 'The template % has no approved version.', template
      USING ERRCODE = 'no_data_found';
  END IF;
  PERFORM kansio.request_document (CASE TG_TABLE_NAME WHEN 'is_decision' THEN 'is-decision'
                                                      ELSE 'is-recovery-decision' END,
                                   NEW.id, version, case_id, kansio.client_language (case_id),
                                   NEW.decided_by);
  RETURN NULL;
END
$$;
CREATE TRIGGER is_decision_requests_document AFTER UPDATE OF decided_by ON kansio.is_decision
  FOR EACH ROW EXECUTE FUNCTION kansio.is_decision_request_document ();
CREATE TRIGGER is_recovery_requests_document AFTER UPDATE OF decided_by ON kansio.is_recovery
  FOR EACH ROW EXECUTE FUNCTION kansio.is_decision_request_document ();

-- Decisions made before the service: their documents are asked for now.
INSERT INTO kansio.document_request (subject, subject_id, template_version_id, person_id, case_id,
                                     language, requested_by, requested_at)
SELECT 'is-decision', d.id, kansio.approved_version ('income-support-decision'), c.person_id,
       c.id, kansio.client_language (c.id), d.decided_by, d.decided_at
FROM kansio.is_decision d JOIN kansio.is_application a ON a.id = d.application_id
JOIN kansio.client_case c ON c.id = a.case_id
WHERE d.decided_by IS NOT NULL AND d.document_id IS NULL
  AND kansio.approved_version ('income-support-decision') IS NOT NULL;
INSERT INTO kansio.document_request (subject, subject_id, template_version_id, person_id, case_id,
                                     language, requested_by, requested_at)
SELECT 'is-recovery-decision', r.id, kansio.approved_version ('income-support-recovery-decision'),
       c.person_id, c.id, kansio.client_language (c.id), r.decided_by, r.decided_at
FROM kansio.is_recovery r JOIN kansio.is_decision d ON d.id = r.decision_id
JOIN kansio.is_application a ON a.id = d.application_id
JOIN kansio.client_case c ON c.id = a.case_id
WHERE r.decided_by IS NOT NULL AND r.document_id IS NULL
  AND kansio.approved_version ('income-support-recovery-decision') IS NOT NULL;

----------------------------------------------------------------------------
-- What a document is composed from

-- Rows as the composer reads them: column names, and every value as text.
CREATE FUNCTION kansio.rows_json (p_columns text[], p_rows jsonb) RETURNS jsonb
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT jsonb_build_object ('columns', to_jsonb (p_columns), 'rows', coalesce (p_rows, '[]'))
$$;

-- What the client's usage report prints, for the auditor who asked for it
-- (api.audit_report_fields as 0012 makes it, without the asking).
CREATE FUNCTION kansio.audit_report_rows (p_staff integer, p_person bigint, p_from timestamptz,
                                          p_to timestamptz)
  RETURNS TABLE (list text, item integer, name text, type text, value text)
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  p kansio.person;
BEGIN
  SELECT * INTO p FROM kansio.person WHERE id = p_person;
  RETURN QUERY
    SELECT * FROM kansio.document_fields (p_staff, p.id, NULL, p.language)
    UNION ALL
    SELECT NULL, NULL, 'client.id', 'text', p.id::text
    UNION ALL
    SELECT NULL, NULL, 'report.period_start', 'date',
           to_char (p_from AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD')
    UNION ALL
    SELECT NULL, NULL, 'report.period_end', 'date',
           to_char ((p_to - interval '1 microsecond') AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD')
    UNION ALL
    SELECT 'report.views', l.item, f.name, f.type, f.value
    FROM (SELECT u.*, (row_number () OVER (ORDER BY u.logged_at, u.id))::integer AS item
          FROM kansio.usage_log u
          WHERE u.person_ids @> ARRAY[p.id] AND u.logged_at >= p_from AND u.logged_at < p_to) l
    LEFT JOIN kansio.staff_member s ON s.id = l.staff_id
    LEFT JOIN kansio.organisation_unit u ON u.id = s.unit_id
    CROSS JOIN LATERAL (VALUES
      ('time', 'text',
       to_char (l.logged_at AT TIME ZONE 'Europe/Helsinki', 'FMDD.FMMM.YYYY HH24.MI')),
      ('viewer', 'text', coalesce (s.full_name, l.login_role::text)),
      ('unit', 'text', CASE WHEN p.language = 'sv' THEN u.name_sv ELSE u.name_fi END),
      ('view', 'text', kansio.view_label (l.view, p.language)
                       || CASE WHEN l.emergency THEN ' (!)' ELSE '' END))
      AS f (name, type, value)
    UNION ALL
    SELECT 'report.disclosures', d.item, f.name, f.type, f.value
    FROM (SELECT x.*, (row_number () OVER (ORDER BY x.logged_at, x.id))::integer AS item
          FROM kansio.disclosure_log x
          WHERE x.person_id = p.id AND x.logged_at >= p_from AND x.logged_at < p_to) d
    CROSS JOIN LATERAL (VALUES
      ('time', 'text',
       to_char (d.logged_at AT TIME ZONE 'Europe/Helsinki', 'FMDD.FMMM.YYYY HH24.MI')),
      ('recipient', 'text', d.recipient),
      ('legal_basis', 'text', d.legal_basis))
      AS f (name, type, value);
END
$$;

-- The fields a request prints: a report's, or the client's and the case's.
CREATE FUNCTION kansio.request_fields (p_request kansio.document_request)
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
END
$$;

CREATE FUNCTION kansio.document_inputs (p_request kansio.document_request) RETURNS jsonb
  LANGUAGE plpgsql
AS $$
DECLARE
  template text;
  subject jsonb := '{}';
  rates jsonb := kansio.rows_json (ARRAY['key', 'valid_from', 'valid_until', 'value', 'source'],
                                   NULL);
BEGIN
  SELECT t.name INTO template FROM kansio.template_version v
  JOIN kansio.document_template t ON t.id = v.template_id WHERE v.id = p_request.template_version_id;

  IF p_request.subject = 'is-decision' THEN
    SELECT jsonb_build_object (
             'outcome', d.outcome, 'support_cents', d.support_cents::text,
             'reasons', d.reasons, 'calculation', d.calculation,
             'received_on', a.received_on::text,
             'first_month', a.first_month::text, 'last_month', a.last_month::text)
    INTO subject
    FROM kansio.is_decision d JOIN kansio.is_application a ON a.id = d.application_id
    WHERE d.id = p_request.subject_id;
  ELSIF p_request.subject = 'is-recovery-decision' THEN
    SELECT jsonb_build_object (
             'amount_cents', r.amount_cents::text, 'reasons', r.reasons,
             'paid_cents', kansio.is_decision_paid (d.id)::text,
             'support_cents', d.support_cents::text,
             'decided_on', (d.decided_at AT TIME ZONE 'Europe/Helsinki')::date::text,
             'received_on', a.received_on::text,
             'first_month', a.first_month::text, 'last_month', a.last_month::text)
    INTO subject
    FROM kansio.is_recovery r JOIN kansio.is_decision d ON d.id = r.decision_id
    JOIN kansio.is_application a ON a.id = d.application_id
    WHERE r.id = p_request.subject_id;
  END IF;
  IF p_request.subject IN ('is-decision', 'is-recovery-decision') THEN
    SELECT kansio.rows_json (ARRAY['key', 'valid_from', 'valid_until', 'value', 'source'],
                             jsonb_agg (jsonb_build_array (r.key, r.valid_from::text,
                                                           r.valid_until::text, r.value::text,
                                                           r.source)
                                        ORDER BY r.key, r.valid_from, r.id))
    INTO rates FROM kansio.income_support_rate r;
  END IF;

  RETURN jsonb_build_object (
    'request', p_request.id::text,
    'subject', p_request.subject,
    'template', template,
    'language', p_request.language,
    'person_id', p_request.person_id::text,
    'case_id', coalesce (p_request.case_id, 0)::text,
    -- The moment of the request, in UTC to the second: the document's
    -- date (Helsinki's) and, for a decision, the start of its
    -- rectification period.
    'at', to_char (p_request.requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || 'Z',
    'fields', (SELECT kansio.rows_json (ARRAY['list', 'item', 'name', 'type', 'value'],
                                        jsonb_agg (jsonb_build_array (f.list, f.item::text, f.name,
                                                                      f.type, f.value)
                                                   ORDER BY f.n))
               FROM kansio.request_fields (p_request)
                    WITH ORDINALITY f (list, item, name, type, value, n)),
    -- The version asked for, and the newest approved standard blocks.
    'templates', (SELECT kansio.rows_json (
                           ARRAY['name', 'kind', 'area', 'version_id', 'version', 'title_fi',
                                 'title_sv', 'body_fi', 'body_sv'],
                           jsonb_agg (jsonb_build_array (x.name, x.kind, x.area, x.id::text,
                                                         x.version::text, x.title_fi, x.title_sv,
                                                         x.body_fi, x.body_sv)
                                      ORDER BY x.name))
                  FROM (SELECT t.name, t.kind, t.area, v.id, v.version, t.title_fi, t.title_sv,
                               v.body_fi, v.body_sv
                        FROM kansio.template_version v
                        JOIN kansio.document_template t ON t.id = v.template_id
                        WHERE v.id = p_request.template_version_id
                        UNION ALL
                        (SELECT DISTINCT ON (t.id) t.name, t.kind, t.area, v.id, v.version,
                                t.title_fi, t.title_sv, v.body_fi, v.body_sv
                         FROM kansio.document_template t
                         JOIN kansio.template_version v
                           ON v.template_id = t.id AND v.status = 'approved'
                         WHERE t.kind = 'block'
                         ORDER BY t.id, v.version DESC)) x),
    'subject_data', subject,
    'rates', rates);
END
$$;

----------------------------------------------------------------------------
-- The service's own functions: only its role runs them

CREATE SCHEMA kansio_service;
REVOKE ALL ON SCHEMA kansio_service FROM PUBLIC;

-- The oldest request waiting (or taken over a minute ago by a service
-- that died), with what to compose it from. Inputs are recorded the first
-- time: a retry composes the same document.
CREATE FUNCTION kansio_service.take_request ()
  RETURNS TABLE (request_id bigint, inputs jsonb)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  SET TimeZone = 'Europe/Helsinki'
AS $$
DECLARE
  r kansio.document_request;
BEGIN
  SELECT * INTO r FROM kansio.document_request q
  WHERE q.status = 'waiting'
     OR (q.status = 'taken' AND q.taken_at < now () - interval '1 minute')
  ORDER BY q.requested_at, q.id
  LIMIT 1
  FOR UPDATE SKIP LOCKED;
  IF r.id IS NULL THEN
    RETURN;
  END IF;
  UPDATE kansio.document_request q
  SET status = 'taken', taken_at = clock_timestamp (), attempts = q.attempts + 1,
      inputs = coalesce (q.inputs, kansio.document_inputs (r))
  WHERE q.id = r.id
  RETURNING q.inputs INTO r.inputs;
  RETURN QUERY SELECT r.id, r.inputs;
END
$$;

-- The document composed: checked, stored with its hash, linked to what
-- it is of, and the request done.
CREATE FUNCTION kansio_service.store (p_request_id bigint, p_pdf bytea, p_page_count integer)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  SET TimeZone = 'Europe/Helsinki'
AS $$
DECLARE
  r kansio.document_request;
  t kansio.document_template;
  d kansio.document;
BEGIN
  SELECT * INTO r FROM kansio.document_request WHERE id = p_request_id FOR UPDATE;
  IF r.id IS NULL OR r.status <> 'taken' THEN
    RAISE EXCEPTION 'The request is not taken.' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF p_pdf IS NULL OR octet_length (p_pdf) > 20000000 OR substring (p_pdf FROM 1 FOR 5) <> '%PDF-'
     OR p_page_count NOT BETWEEN 1 AND 2000 THEN
    RAISE EXCEPTION 'That is not a document.' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT t2.* INTO t FROM kansio.template_version v
  JOIN kansio.document_template t2 ON t2.id = v.template_id WHERE v.id = r.template_version_id;
  INSERT INTO kansio.document (person_id, case_id, template_version_id, kind, language, title,
                               pdf, sha256, page_count, created_by, request_id)
  VALUES (r.person_id, r.case_id, r.template_version_id, t.kind, r.language,
          CASE WHEN r.language = 'sv' THEN t.title_sv ELSE t.title_fi END, p_pdf,
          encode (sha256 (p_pdf), 'hex'), p_page_count, r.requested_by, r.id)
  RETURNING * INTO d;
  UPDATE kansio.document_request SET status = 'done', document_id = d.id, error = NULL
  WHERE id = r.id;
  IF r.subject = 'is-decision' THEN
    UPDATE kansio.is_decision SET document_id = d.id, row_version = row_version + 1
    WHERE id = r.subject_id;
  ELSIF r.subject = 'is-recovery-decision' THEN
    UPDATE kansio.is_recovery SET document_id = d.id WHERE id = r.subject_id;
  END IF;
  IF r.case_id IS NOT NULL THEN
    INSERT INTO kansio.case_event (case_id, kind, summary, created_by)
    VALUES (r.case_id, 'document', d.title || ' (' || upper (r.language) || ')', r.requested_by);
  END IF;
  PERFORM pg_notify ('kansio_document_ready', r.id::text);
  RETURN d.id;
END
$$;

-- A request that could not be composed: tried again up to three times,
-- then left failed with the reason, for the helpdesk.
CREATE FUNCTION kansio_service.fail (p_request_id bigint, p_message text)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  UPDATE kansio.document_request
  SET status = CASE WHEN attempts >= 3 THEN 'failed' ELSE 'waiting' END,
      error = left (p_message, 2000)
  WHERE id = p_request_id AND status = 'taken';
  PERFORM pg_notify ('kansio_document_ready', p_request_id::text);
END
$$;

-- A stored document and the inputs it was composed from, to compose it
-- again and compare.
CREATE FUNCTION kansio_service.document_for_verify (p_document_id bigint)
  RETURNS TABLE (inputs jsonb, pdf bytea, sha256 text)
  LANGUAGE sql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT r.inputs, d.pdf, d.sha256 FROM kansio.document d
  JOIN kansio.document_request r ON r.id = d.request_id
  WHERE d.id = p_document_id
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA kansio_service FROM PUBLIC;
GRANT USAGE ON SCHEMA kansio_service TO kansio_document_service;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA kansio_service TO kansio_document_service;

----------------------------------------------------------------------------
-- The api

-- Gone: a document from the workstation, and the links a decision-maker
-- made to one.
DROP FUNCTION api.document_store (bigint, bigint, text, bytea, integer);
DROP FUNCTION kansio_impl.document_store (bigint, bigint, text, bytea, integer);
DROP FUNCTION api.is_decision_document_set (bigint, bigint);
DROP FUNCTION kansio_impl.is_decision_document_set (bigint, bigint);
DROP FUNCTION api.is_recovery_document_set (bigint, bigint);
DROP FUNCTION kansio_impl.is_recovery_document_set (bigint, bigint);
DROP FUNCTION api.audit_report_store (bigint, bigint, text, bytea, integer);
DROP FUNCTION kansio_impl.audit_report_store (bigint, bigint, text, bytea, integer);

-- A client's "who has viewed my data" report, asked for by an auditor
-- and made by the service like any document; the auditor's own.
CREATE FUNCTION api.audit_report_request (p_identity_code text, p_from timestamptz,
                                          p_to timestamptz)
  RETURNS bigint
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  p kansio.person;
  version bigint := kansio.approved_version ('usage-report');
  new_id bigint;
BEGIN
  PERFORM kansio.require_auditor (staff);
  SELECT * INTO p FROM kansio.person WHERE identity_code = upper (btrim (p_identity_code));
  IF p.id IS NULL THEN
    RAISE EXCEPTION 'No person has this identity code.' USING ERRCODE = 'no_data_found';
  END IF;
  IF p_from IS NULL OR p_to IS NULL OR p_from >= p_to THEN
    RAISE EXCEPTION 'The report is over a period that ends after it starts.'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[p.id], 'audit-report', 'client''s request');
  INSERT INTO kansio.document_request (subject, template_version_id, person_id, language,
                                       requested_by, period_from, period_to)
  VALUES ('report', version, p.id, CASE WHEN p.language = 'sv' THEN 'sv' ELSE 'fi' END, staff,
          p_from, p_to)
  RETURNING id INTO new_id;
  UPDATE kansio.document_request SET subject_id = new_id WHERE id = new_id;
  PERFORM pg_notify ('kansio_documents', new_id::text);
  RETURN new_id;
END
$$;

-- A letter for the client, from an approved letter template of the case's
-- area: by a handler of the open case. Decisions come by being decided.
CREATE FUNCTION api.document_request (p_case_id bigint, p_template_version_id bigint,
                                      p_language text)
  RETURNS bigint
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  c kansio.client_case;
  t kansio.document_template;
  v kansio.template_version;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = p_case_id;
  IF c.id IS NULL OR c.closed_on IS NOT NULL
     OR NOT kansio.has_area_right (staff, c.area, 'handler', c.unit_id) THEN
    PERFORM kansio.deny ('Only a handler of this open case may make documents in it.');
  END IF;
  SELECT * INTO v FROM kansio.template_version WHERE id = p_template_version_id;
  SELECT * INTO t FROM kansio.document_template WHERE id = v.template_id;
  IF v.status IS DISTINCT FROM 'approved' OR t.kind <> 'letter' THEN
    PERFORM kansio.deny ('Letters are made only from approved letter templates; a decision''s '
                         'document is made when it is decided.');
  END IF;
  -- An approved version replaced by a newer one is no longer used.
  IF v.id <> kansio.approved_version (t.name) THEN
    PERFORM kansio.deny ('A letter is made from the newest approved version of its template.');
  END IF;
  IF t.area IS NOT NULL AND t.area <> c.area THEN
    PERFORM kansio.deny ('This template belongs to another service area.');
  END IF;
  IF p_language NOT IN ('fi', 'sv') THEN
    RAISE EXCEPTION 'A document is in Finnish or Swedish.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'language';
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'document-request', 'make a document',
                            c.area);
  RETURN kansio.request_document ('letter', NULL, v.id, c.id, p_language, staff);
END
$$;

-- How a request stands: for those who may see its case.
CREATE FUNCTION api.document_request_state (p_subject text, p_subject_id bigint)
  RETURNS TABLE (request_id bigint, status text, document_id bigint, requested_at timestamptz)
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  r kansio.document_request;
BEGIN
  SELECT * INTO r FROM kansio.document_request q
  WHERE q.subject = p_subject AND q.subject_id = p_subject_id;
  IF r.id IS NULL
     OR (r.case_id IS NULL AND r.requested_by <> staff)
     OR (r.case_id IS NOT NULL AND NOT kansio.can_see_case (staff, r.case_id)) THEN
    RETURN;
  END IF;
  RETURN QUERY SELECT r.id, r.status, r.document_id, r.requested_at;
END
$$;

-- When and how a decision was sent: printed for post, or handed to an
-- electronic channel. Once, after its document is stored, by a handler
-- or decision-maker of its unit.
ALTER TABLE kansio.is_decision ADD COLUMN sent_on date;
ALTER TABLE kansio.is_decision ADD COLUMN sent_channel text
  CHECK (sent_channel IN ('post', 'electronic'));
ALTER TABLE kansio.is_decision ADD COLUMN sent_by integer REFERENCES kansio.staff_member (id);

CREATE FUNCTION api.is_decision_sent (p_decision_id bigint, p_channel text, p_sent_on date)
  RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  x record;
  d kansio.is_decision;
BEGIN
  x := kansio.is_decision_context (staff, p_decision_id);
  IF NOT kansio.has_area_right (staff, 'income-support', 'handler', (x.c).unit_id) THEN
    PERFORM kansio.deny ('Only a handler or decision-maker of this unit records the sending.');
  END IF;
  -- Locked, and read again: two recordings at once are one and a refusal.
  SELECT * INTO d FROM kansio.is_decision WHERE id = p_decision_id FOR UPDATE;
  IF d.document_id IS NULL THEN
    RAISE EXCEPTION 'The decision is sent once its document is stored.'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF d.sent_on IS NOT NULL THEN
    PERFORM kansio.deny ('The sending of this decision is recorded already.');
  END IF;
  IF p_channel IS NULL OR p_channel NOT IN ('post', 'electronic') THEN
    RAISE EXCEPTION 'A decision is sent by post or electronically.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'channel';
  END IF;
  IF p_sent_on IS NULL OR p_sent_on > current_date
     OR p_sent_on < (d.decided_at AT TIME ZONE 'Europe/Helsinki')::date THEN
    RAISE EXCEPTION 'The day of sending is between the day of the decision and today.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'sent_on';
  END IF;
  UPDATE kansio.is_decision SET sent_on = p_sent_on, sent_channel = p_channel, sent_by = staff,
                                row_version = row_version + 1
  WHERE id = p_decision_id;
  INSERT INTO kansio.case_event (case_id, kind, summary, created_by)
  VALUES ((x.c).id, 'document',
          'Toimeentulotukipäätös lähetetty: ' || CASE p_channel WHEN 'post' THEN 'posti'
                                                                 ELSE 'sähköinen' END,
          staff);
  PERFORM kansio.log_usage (staff, ARRAY[(x.c).person_id], 'is-decision-sent', p_channel,
                            'income-support');
END
$$;

-- The decision as 0014 shows it, and its sending.
DROP FUNCTION api.is_decision_get (bigint);
DROP FUNCTION kansio_impl.is_decision_get (bigint);
CREATE FUNCTION api.is_decision_get (p_application_id bigint)
  RETURNS TABLE (decision_id bigint, outcome text, support_cents bigint, calculation text,
                 reasons text, prepared_by text, prepared_at timestamptz, decided_by text,
                 decided_at timestamptz, row_version integer, document_id bigint,
                 decided_by_me boolean, written_by_me boolean, sent_on date, sent_channel text)
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
                   WHERE w.decision_id = d.id AND w.staff_id = staff),
           d.sent_on, d.sent_channel
    FROM kansio.is_decision d
    JOIN kansio.staff_member p ON p.id = d.prepared_by
    LEFT JOIN kansio.staff_member m ON m.id = d.decided_by
    WHERE d.application_id = a.id;
END
$$;

-- The work queue as 0006 makes it, with the decisions made but not yet
-- sent: they stay in the queue, as "not_sent", until the sending is
-- recorded.
CREATE OR REPLACE FUNCTION kansio_impl.is_work_queue (p_whose text DEFAULT 'mine')
  RETURNS TABLE (application_id bigint, person_id bigint, client_name text, unit_id integer,
                 received_on date, status text, urgent boolean, due_on date,
                 working_days_left integer, is_late boolean)
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  ids bigint[];
  shown bigint[];
BEGIN
  IF p_whose NOT IN ('mine', 'office') THEN
    RAISE EXCEPTION 'The queue is mine or office, not %.', p_whose
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT array_agg (a.id), array_agg (DISTINCT c.person_id) INTO ids, shown
  FROM kansio.is_application a JOIN kansio.client_case c ON c.id = a.case_id
  WHERE (a.status IN ('received', 'in_processing', 'waiting_for_attachments')
         OR (a.status IN ('decided', 'paid')
             AND EXISTS (SELECT 1 FROM kansio.is_decision d
                         WHERE d.application_id = a.id AND d.sent_on IS NULL)))
    AND kansio.has_area_right (staff, 'income-support', 'handler', c.unit_id)
    AND (p_whose = 'office' OR a.created_by = staff);
  IF shown IS NOT NULL THEN
    PERFORM kansio.log_usage (staff, shown, 'is-work-queue', p_whose, 'income-support');
  END IF;
  RETURN QUERY
    SELECT a.id, p.id, p.surname || ', ' || p.first_names, c.unit_id, a.received_on,
           CASE WHEN a.status IN ('decided', 'paid') THEN 'not_sent' ELSE a.status END,
           a.urgent, a.due_on,
           (SELECT count (*)::integer FROM generate_series (current_date + 1, a.due_on,
                                                            interval '1 day') g
            WHERE kansio.is_working_day (g::date)),
           a.due_on < current_date AND a.status NOT IN ('decided', 'paid')
    FROM kansio.is_application a
    JOIN kansio.client_case c ON c.id = a.case_id
    JOIN kansio.person p ON p.id = c.person_id
    WHERE a.id = ANY (coalesce (ids, '{}'))
    ORDER BY a.due_on, a.received_on, a.id;
END
$$;

-- Found in an attack round: a calculation the document service cannot
-- read (a handler's psql sent 'x') left a decision decided, paid and never
-- documented. A calculation is checked for the shape Kansio writes when
-- the decision is prepared, and a decision whose document failed is not
-- paid.
CREATE FUNCTION kansio.is_calculation_is_sound (p_json text) RETURNS boolean
  LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
  calculation jsonb;
  member jsonb;
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
  FOR member IN SELECT * FROM jsonb_array_elements (calculation -> 'household') LOOP
    IF jsonb_typeof (member) IS DISTINCT FROM 'object' OR coalesce (member ->> 'id', '') = ''
       OR coalesce (member ->> 'role', '') NOT IN ('living_alone', 'single_parent', 'adult',
                                                   'adult_with_parents', 'child')
       OR (member ->> 'role' = 'child'
           AND coalesce (member ->> 'birth_date', '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') THEN
      RETURN false;
    END IF;
  END LOOP;
  RETURN true;
END
$$;

CREATE OR REPLACE FUNCTION kansio_impl.is_decision_prepare(p_application_id bigint, p_outcome text, p_support_cents bigint, p_calculation text, p_reasons text)
 RETURNS bigint
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
  c kansio.client_case;
  new_id bigint;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = a.case_id;
  PERFORM kansio.is_require_handler (staff, c);
  IF a.status NOT IN ('received', 'in_processing') THEN
    RAISE EXCEPTION 'Only an application received or in processing is decided.'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF NOT kansio.is_calculation_is_sound (p_calculation) THEN
    RAISE EXCEPTION 'The calculation is not one Kansio made: calculate again on the Calculation '
                    'tab and prepare the decision again.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'calculation';
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
$function$;

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
          -- A decision whose document could not be made is not paid.
          AND NOT EXISTS (SELECT 1 FROM kansio.document_request q
                          WHERE q.subject = 'is-decision' AND q.subject_id = d.id
                            AND q.status = 'failed')
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

-- Found in an attack round: a template's title, printed as every letter's
-- heading, was outside four eyes. Whoever named a template does not
-- approve its first version; after that the title has been read by
-- another, and it never changes.
ALTER TABLE kansio.document_template ADD COLUMN created_by integer
  REFERENCES kansio.staff_member (id);

CREATE OR REPLACE FUNCTION kansio_impl.template_create (p_name text, p_area text, p_kind text,
                                                        p_title_fi text, p_title_sv text)
  RETURNS integer
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  new_id integer;
BEGIN
  PERFORM kansio.require_letters_editor (staff);
  IF EXISTS (SELECT 1 FROM kansio.document_template WHERE name = p_name) THEN
    RAISE EXCEPTION 'A template named % exists already.', p_name
      USING ERRCODE = 'unique_violation';
  END IF;
  INSERT INTO kansio.document_template (name, area, kind, title_fi, title_sv, created_by)
  VALUES (p_name, nullif (p_area, ''), p_kind, p_title_fi, p_title_sv, staff)
  RETURNING id INTO new_id;
  RETURN new_id;
END
$$;

CREATE OR REPLACE FUNCTION kansio.template_version_guard () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.status = 'approved' AND OLD.status <> 'approved'
     AND EXISTS (SELECT 1 FROM kansio.template_version_author w
                 WHERE w.version_id = NEW.id AND w.staff_id = NEW.approved_by) THEN
    RAISE EXCEPTION 'You wrote part of this version: another main user must approve it.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.status = 'approved' AND OLD.status <> 'approved'
     AND EXISTS (SELECT 1 FROM kansio.document_template t
                 WHERE t.id = NEW.template_id AND t.created_by = NEW.approved_by)
     AND NOT EXISTS (SELECT 1 FROM kansio.template_version v
                     WHERE v.template_id = NEW.template_id AND v.status = 'approved') THEN
    RAISE EXCEPTION 'You named this template: another main user approves its first version.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;

-- A main user approves the version they read: one saved again after that
-- (by its writer, say, with other text) is not approved unread.
DROP FUNCTION api.template_decide (bigint, boolean, text);
DROP FUNCTION kansio_impl.template_decide (bigint, boolean, text);
CREATE FUNCTION api.template_decide (p_version_id bigint, p_row_version integer,
                                     p_approve boolean, p_note text)
  RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  v kansio.template_version;
BEGIN
  IF NOT kansio.has_special_right (staff, 'main_user') THEN
    PERFORM kansio.deny ('Only a main user may approve templates.');
  END IF;
  SELECT * INTO v FROM kansio.template_version WHERE id = p_version_id FOR UPDATE;
  IF v.id IS NULL OR v.status <> 'submitted' THEN
    RAISE EXCEPTION 'Only a version submitted for approval can be approved or returned.'
      USING ERRCODE = 'no_data_found';
  END IF;
  IF v.row_version <> p_row_version THEN
    RAISE EXCEPTION 'Someone else saved this template meanwhile.'
      USING ERRCODE = 'KA409', HINT = 'Reload the template; your text is kept in the editor.';
  END IF;
  IF p_approve AND EXISTS (SELECT 1 FROM kansio.template_version_author w
                           WHERE w.version_id = v.id AND w.staff_id = staff) THEN
    PERFORM kansio.deny ('You wrote part of this version: another main user must approve it.');
  END IF;
  IF p_approve THEN
    UPDATE kansio.template_version
    SET status = 'approved', approved_by = staff, approved_at = now (),
        note = coalesce (nullif (p_note, ''), note), row_version = row_version + 1
    WHERE id = p_version_id;
  ELSE
    UPDATE kansio.template_version
    SET status = 'draft', submitted_at = NULL, note = p_note, row_version = row_version + 1
    WHERE id = p_version_id;
  END IF;
END
$$;

SELECT kansio.gate_function ('api.template_decide (bigint, integer, boolean, text)'::regprocedure,
                             'plain');
SELECT kansio.gate_function ('api.document_request (bigint, bigint, text)'::regprocedure, 'write');
SELECT kansio.gate_function ('api.audit_report_request (text, timestamptz, timestamptz)'::regprocedure,
                             'write');
SELECT kansio.gate_function ('api.document_request_state (text, bigint)'::regprocedure, 'plain');
SELECT kansio.gate_function ('api.is_decision_sent (bigint, text, date)'::regprocedure, 'write');
SELECT kansio.gate_function ('api.is_decision_get (bigint)'::regprocedure, 'read');

RESET ROLE;
