-- 0004-documents.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Decisions and letters: versioned templates with a Finnish and a Swedish
-- text, approved by a main user before use; the documents made from them,
-- stored as the PDF that was sent and never changed.
--
-- * Templates are no client data: every Kansio user may read the approved
--   versions (documents are made from them). Drafts are for those with a
--   letters right. Editing needs letters handler or more; approving needs
--   a main user who did not write the version (four eyes).
-- * A document is stored with its SHA-256, computed here, and is
--   insert-only like the logs. Reading one is logged as a view; printing,
--   exporting or sending one is logged as a disclosure.

SET LOCAL ROLE kansio_owner;

----------------------------------------------------------------------------
-- What documents print about the organisation and the user

ALTER TABLE kansio.organisation_unit
  ADD COLUMN phone text,
  ADD COLUMN email text,
  ADD COLUMN business_id text,
  ADD COLUMN logo_png bytea;

ALTER TABLE kansio.staff_member
  ADD COLUMN phone text,
  ADD COLUMN email text;

-- Case numbers read as TOTU-2026-000123.
ALTER TABLE kansio.service_area ADD COLUMN case_prefix text;
UPDATE kansio.service_area SET case_prefix = CASE code
  WHEN 'income-support' THEN 'TOTU'
  WHEN 'child-welfare' THEN 'LS'
  WHEN 'maintenance' THEN 'EL'
  WHEN 'disability' THEN 'VP'
  ELSE 'KIRJ' END;
ALTER TABLE kansio.service_area ALTER COLUMN case_prefix SET NOT NULL;

CREATE FUNCTION kansio.case_number (p_case kansio.client_case) RETURNS text
  LANGUAGE sql STABLE
AS $$
  SELECT a.case_prefix || '-' || extract (year FROM p_case.opened_on) || '-'
         || lpad (p_case.id::text, 6, '0')
  FROM kansio.service_area a WHERE a.code = p_case.area
$$;

-- Where a rectification request goes: the county's board decides it, and
-- each county names its own (hallintolaki 49 d §). UNVERIFIED example
-- values; a main user sets the county's own.
INSERT INTO kansio.setting (key, value, description) VALUES
  ('rectification_body_fi', 'Sosiaali- ja terveyslautakunnan yksilöasioiden jaosto',
   'The body a rectification request is addressed to, in Finnish.'),
  ('rectification_body_sv', 'Social- och hälsovårdsnämndens sektion för individärenden',
   'The body a rectification request is addressed to, in Swedish.'),
  ('rectification_address', 'PL/PB 1, 00001, kirjaamo@example.invalid',
   'Postal and e-mail address for rectification requests.');

----------------------------------------------------------------------------
-- Templates

CREATE TABLE kansio.document_template (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE CHECK (name ~ '^[a-z][a-z0-9-]*$'),
  area text REFERENCES kansio.service_area (code),
  kind text NOT NULL CHECK (kind IN ('decision', 'letter', 'block', 'report')),
  title_fi text NOT NULL CHECK (title_fi <> ''),
  title_sv text NOT NULL CHECK (title_sv <> ''),
  created_at timestamptz NOT NULL DEFAULT now ()
);

-- A version holds both texts. Each language remembers when its text last
-- changed, so an editor can warn that one is older than the other.
CREATE TABLE kansio.template_version (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  template_id integer NOT NULL REFERENCES kansio.document_template (id),
  version integer NOT NULL CHECK (version > 0),
  body_fi text NOT NULL DEFAULT '',
  body_sv text NOT NULL DEFAULT '',
  fi_revised_at timestamptz,
  sv_revised_at timestamptz,
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'submitted', 'approved')),
  note text,
  created_by integer REFERENCES kansio.staff_member (id),
  created_at timestamptz NOT NULL DEFAULT now (),
  edited_by integer REFERENCES kansio.staff_member (id),
  submitted_at timestamptz,
  approved_by integer REFERENCES kansio.staff_member (id),
  approved_at timestamptz,
  row_version integer NOT NULL DEFAULT 1,
  UNIQUE (template_id, version),
  CHECK ((status = 'approved') = (approved_at IS NOT NULL))
);
-- At most one version in the making per template.
CREATE UNIQUE INDEX template_version_one_draft_idx ON kansio.template_version (template_id)
  WHERE status <> 'approved';

-- An approved version is what documents were made from: it never changes.
CREATE FUNCTION kansio.keep_approved_versions () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.status = 'approved' THEN
    RAISE EXCEPTION 'An approved template version is never changed or removed.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER template_version_kept BEFORE UPDATE OR DELETE ON kansio.template_version
  FOR EACH ROW EXECUTE FUNCTION kansio.keep_approved_versions ();

----------------------------------------------------------------------------
-- Documents: the PDF as sent, with its hash; insert-only

CREATE TABLE kansio.document (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES kansio.person (id),
  case_id bigint REFERENCES kansio.client_case (id),
  template_version_id bigint REFERENCES kansio.template_version (id),
  kind text NOT NULL CHECK (kind IN ('decision', 'letter', 'report')),
  language text NOT NULL CHECK (language IN ('fi', 'sv')),
  title text NOT NULL CHECK (title <> ''),
  pdf bytea NOT NULL CHECK (substring (pdf FROM 1 FOR 5) = '%PDF-'::bytea),
  sha256 text NOT NULL,
  page_count integer NOT NULL CHECK (page_count > 0),
  created_by integer REFERENCES kansio.staff_member (id),
  created_at timestamptz NOT NULL DEFAULT now (),
  CHECK (sha256 = encode (sha256 (pdf), 'hex'))
);
CREATE INDEX document_person_idx ON kansio.document (person_id, created_at);

CREATE TRIGGER document_insert_only BEFORE UPDATE OR DELETE ON kansio.document
  FOR EACH ROW EXECUTE FUNCTION kansio.refuse_log_change ();
CREATE TRIGGER document_no_truncate BEFORE TRUNCATE ON kansio.document
  FOR EACH STATEMENT EXECUTE FUNCTION kansio.refuse_log_change ();
REVOKE UPDATE, DELETE, TRUNCATE ON kansio.document FROM kansio_owner;

----------------------------------------------------------------------------
-- Rights

-- Writing templates: letters handler or more.
CREATE FUNCTION kansio.require_letters_editor (p_staff integer) RETURNS void
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  IF NOT kansio.has_area_right (p_staff, 'letters', 'handler') THEN
    PERFORM kansio.deny ('Only users with the letters handler right may edit templates.');
  END IF;
END
$$;

CREATE FUNCTION kansio.may_read_drafts (p_staff integer) RETURNS boolean
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  RETURN kansio.has_area_right (p_staff, 'letters', 'reader')
         OR kansio.has_special_right (p_staff, 'main_user');
END
$$;

----------------------------------------------------------------------------
-- The api: templates

CREATE FUNCTION api.template_list ()
  RETURNS TABLE (template_id integer, name text, area text, kind text, title_fi text,
                 title_sv text, approved_version integer, draft_version_id bigint,
                 draft_status text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  drafts boolean := kansio.may_read_drafts (staff);
BEGIN
  RETURN QUERY
    SELECT t.id, t.name, t.area, t.kind, t.title_fi, t.title_sv,
           (SELECT max (v.version) FROM kansio.template_version v
            WHERE v.template_id = t.id AND v.status = 'approved'),
           d.id, d.status
    FROM kansio.document_template t
    LEFT JOIN kansio.template_version d
      ON drafts AND d.template_id = t.id AND d.status <> 'approved'
    ORDER BY t.area NULLS FIRST, t.kind, t.name;
END
$$;
COMMENT ON FUNCTION api.template_list () IS 'no-client-data';

CREATE FUNCTION api.template_versions (p_template_id integer)
  RETURNS TABLE (version_id bigint, version integer, status text, note text, created_by text,
                 created_at timestamptz, edited_by text, approved_by text,
                 approved_at timestamptz, fi_revised_at timestamptz, sv_revised_at timestamptz)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  drafts boolean := kansio.may_read_drafts (staff);
BEGIN
  RETURN QUERY
    SELECT v.id, v.version, v.status, v.note, c.full_name, v.created_at, e.full_name,
           a.full_name, v.approved_at, v.fi_revised_at, v.sv_revised_at
    FROM kansio.template_version v
    LEFT JOIN kansio.staff_member c ON c.id = v.created_by
    LEFT JOIN kansio.staff_member e ON e.id = v.edited_by
    LEFT JOIN kansio.staff_member a ON a.id = v.approved_by
    WHERE v.template_id = p_template_id AND (drafts OR v.status = 'approved')
    ORDER BY v.version DESC;
END
$$;
COMMENT ON FUNCTION api.template_versions (integer) IS 'no-client-data';

CREATE FUNCTION api.template_version_get (p_version_id bigint)
  RETURNS TABLE (version_id bigint, template_id integer, name text, kind text, version integer,
                 status text, body_fi text, body_sv text, fi_revised_at timestamptz,
                 sv_revised_at timestamptz, note text, row_version integer)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  drafts boolean := kansio.may_read_drafts (staff);
BEGIN
  RETURN QUERY
    SELECT v.id, t.id, t.name, t.kind, v.version, v.status, v.body_fi, v.body_sv,
           v.fi_revised_at, v.sv_revised_at, v.note, v.row_version
    FROM kansio.template_version v JOIN kansio.document_template t ON t.id = v.template_id
    WHERE v.id = p_version_id AND (drafts OR v.status = 'approved');
  IF NOT FOUND THEN
    RAISE EXCEPTION 'No such template version.' USING ERRCODE = 'no_data_found';
  END IF;
END
$$;
COMMENT ON FUNCTION api.template_version_get (bigint) IS 'no-client-data';

-- What a document is made from: the newest approved version of the
-- template, and of every block, in one call.
CREATE FUNCTION api.templates_for_use (p_name text)
  RETURNS TABLE (name text, kind text, area text, version_id bigint, version integer,
                 title_fi text, title_sv text, body_fi text, body_sv text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  PERFORM kansio.caller ();
  RETURN QUERY
    SELECT DISTINCT ON (t.id) t.name, t.kind, t.area, v.id, v.version, t.title_fi, t.title_sv,
           v.body_fi, v.body_sv
    FROM kansio.document_template t
    JOIN kansio.template_version v ON v.template_id = t.id AND v.status = 'approved'
    WHERE t.name = p_name OR t.kind = 'block'
    ORDER BY t.id, v.version DESC;
END
$$;
COMMENT ON FUNCTION api.templates_for_use (text) IS 'no-client-data';

CREATE FUNCTION api.template_create (p_name text, p_area text, p_kind text, p_title_fi text,
                                     p_title_sv text)
  RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
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
  INSERT INTO kansio.document_template (name, area, kind, title_fi, title_sv)
  VALUES (p_name, nullif (p_area, ''), p_kind, p_title_fi, p_title_sv)
  RETURNING id INTO new_id;
  RETURN new_id;
END
$$;
COMMENT ON FUNCTION api.template_create (text, text, text, text, text) IS 'no-client-data';

-- Saves the texts of the template's version in the making, starting one
-- when there is none. p_row_version is what the editor loaded (0 for a
-- new version): a version saved meanwhile by someone else is not
-- overwritten (KA409).
CREATE FUNCTION api.template_save_draft (p_template_id integer, p_row_version integer,
                                         p_body_fi text, p_body_sv text, p_note text)
  RETURNS TABLE (version_id bigint, version integer, row_version integer)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  draft kansio.template_version;
  base kansio.template_version;
BEGIN
  PERFORM kansio.require_letters_editor (staff);
  PERFORM 1 FROM kansio.document_template WHERE id = p_template_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'No such template.' USING ERRCODE = 'no_data_found';
  END IF;
  SELECT * INTO draft FROM kansio.template_version v
  WHERE v.template_id = p_template_id AND v.status <> 'approved';
  IF coalesce (draft.row_version, 0) <> p_row_version THEN
    RAISE EXCEPTION 'Someone else saved this template meanwhile.'
      USING ERRCODE = 'KA409', HINT = 'Reload the template; your text is kept in the editor.';
  END IF;

  -- What each language's text is compared with: the draft, or else the
  -- newest approved version.
  IF draft.id IS NOT NULL THEN
    base := draft;
  ELSE
    SELECT * INTO base FROM kansio.template_version v
    WHERE v.template_id = p_template_id ORDER BY v.version DESC LIMIT 1;
  END IF;

  IF draft.id IS NULL THEN
    INSERT INTO kansio.template_version (template_id, version, body_fi, body_sv, fi_revised_at,
                                         sv_revised_at, note, created_by, edited_by)
    VALUES (p_template_id, coalesce (base.version, 0) + 1, p_body_fi, p_body_sv,
            CASE WHEN p_body_fi IS DISTINCT FROM base.body_fi THEN now () ELSE base.fi_revised_at END,
            CASE WHEN p_body_sv IS DISTINCT FROM base.body_sv THEN now () ELSE base.sv_revised_at END,
            p_note, staff, staff)
    RETURNING * INTO draft;
  ELSE
    UPDATE kansio.template_version v
    SET body_fi = p_body_fi, body_sv = p_body_sv, note = p_note, edited_by = staff,
        status = 'draft', submitted_at = NULL,
        fi_revised_at = CASE WHEN p_body_fi <> v.body_fi THEN now () ELSE v.fi_revised_at END,
        sv_revised_at = CASE WHEN p_body_sv <> v.body_sv THEN now () ELSE v.sv_revised_at END,
        row_version = v.row_version + 1
    WHERE v.id = draft.id
    RETURNING * INTO draft;
  END IF;
  RETURN QUERY SELECT draft.id, draft.version, draft.row_version;
END
$$;
COMMENT ON FUNCTION api.template_save_draft (integer, integer, text, text, text)
  IS 'no-client-data';

CREATE FUNCTION api.template_submit (p_version_id bigint)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  PERFORM kansio.require_letters_editor (staff);
  UPDATE kansio.template_version SET status = 'submitted', submitted_at = now (),
                                     row_version = row_version + 1
  WHERE id = p_version_id AND status = 'draft';
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Only a draft can be submitted for approval.' USING ERRCODE = 'no_data_found';
  END IF;
END
$$;
COMMENT ON FUNCTION api.template_submit (bigint) IS 'no-client-data';

-- A main user approves a submitted version, or sends it back as a draft
-- with a note. Nobody approves a version they wrote.
CREATE FUNCTION api.template_decide (p_version_id bigint, p_approve boolean, p_note text)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
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
  IF p_approve AND staff IN (v.created_by, v.edited_by) THEN
    PERFORM kansio.deny ('You wrote this version: another main user must approve it.');
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
COMMENT ON FUNCTION api.template_decide (bigint, boolean, text) IS 'no-client-data';

----------------------------------------------------------------------------
-- The api: documents

-- Everything a document about this client in this case may print, in
-- p_language (NULL: the client's language for correspondence), as
-- (list, item, name, type, value) rows: a list's items carry its name and
-- their number. The address is never given under a non-disclosure
-- marking, whatever the caller's rights: it must not reach paper.
CREATE FUNCTION kansio.document_fields (p_staff integer, p_person bigint, p_case bigint,
                                        p_language text)
  RETURNS TABLE (list text, item integer, name text, type text, value text)
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  p kansio.person;
  c kansio.client_case;
  s kansio.staff_member;
  unit kansio.organisation_unit;
  county kansio.organisation_unit;
  sv boolean;
BEGIN
  SELECT * INTO p FROM kansio.person WHERE id = p_person;
  -- The client's own language unless the caller asks for the other.
  sv := coalesce (p_language, p.language) = 'sv';
  SELECT * INTO c FROM kansio.client_case WHERE id = p_case;
  SELECT * INTO s FROM kansio.staff_member WHERE id = p_staff;
  SELECT * INTO unit FROM kansio.organisation_unit
  WHERE id = coalesce (c.unit_id, s.unit_id);
  SELECT * INTO county FROM kansio.organisation_unit
  WHERE kind = 'county' ORDER BY id LIMIT 1;

  RETURN QUERY
    SELECT NULL::text, NULL::integer, f.name, f.type, f.value
    FROM (VALUES
      ('client.full_name', 'text', p.first_names || ' ' || p.surname),
      ('client.first_names', 'text', p.first_names),
      ('client.surname', 'text', p.surname),
      ('client.identity_code', 'text', p.identity_code),
      ('client.birth_date', 'date', to_char (p.birth_date, 'YYYY-MM-DD')),
      ('client.language', 'text', p.language),
      ('document.language', 'text', CASE WHEN sv THEN 'sv' ELSE 'fi' END),
      ('client.non_disclosure', 'boolean', p.non_disclosure::text),
      ('client.street_address', 'text', CASE WHEN NOT p.non_disclosure THEN p.street_address END),
      ('client.postal_code', 'text', CASE WHEN NOT p.non_disclosure THEN p.postal_code END),
      ('client.post_office', 'text', CASE WHEN NOT p.non_disclosure THEN p.post_office END),
      ('case.number', 'text', CASE WHEN c.id IS NOT NULL THEN kansio.case_number (c) END),
      ('case.area', 'text', c.area),
      ('case.opened_on', 'date', to_char (c.opened_on, 'YYYY-MM-DD')),
      ('user.full_name', 'text', s.full_name),
      ('user.title', 'text', CASE WHEN sv THEN s.title_sv ELSE s.title_fi END),
      ('user.phone', 'text', coalesce (s.phone, unit.phone, county.phone)),
      ('user.email', 'text', coalesce (s.email, unit.email, county.email)),
      ('organisation.name', 'text', CASE WHEN sv THEN county.name_sv ELSE county.name_fi END),
      ('organisation.unit', 'text', CASE WHEN sv THEN unit.name_sv ELSE unit.name_fi END),
      ('organisation.street_address', 'text', coalesce (unit.street_address,
                                                        county.street_address)),
      ('organisation.postal_code', 'text', coalesce (unit.postal_code, county.postal_code)),
      ('organisation.post_office', 'text',
       CASE WHEN sv THEN coalesce (unit.post_office_sv, county.post_office_sv)
            ELSE coalesce (unit.post_office_fi, county.post_office_fi) END),
      ('organisation.phone', 'text', coalesce (unit.phone, county.phone)),
      ('organisation.email', 'text', coalesce (unit.email, county.email)),
      ('organisation.business_id', 'text', county.business_id),
      ('organisation.logo', 'png', encode (county.logo_png, 'hex')),
      ('organisation.rectification_body', 'text',
       (SELECT st.value FROM kansio.setting st
        WHERE st.key = CASE WHEN sv THEN 'rectification_body_sv'
                            ELSE 'rectification_body_fi' END)),
      ('organisation.rectification_address', 'text',
       (SELECT st.value FROM kansio.setting st WHERE st.key = 'rectification_address')),
      ('document.date', 'date', to_char (current_date, 'YYYY-MM-DD')))
      AS f (name, type, value)
    WHERE f.value IS NOT NULL;
END
$$;

CREATE FUNCTION api.document_fields (p_person_id bigint, p_case_id bigint, p_language text)
  RETURNS TABLE (list text, item integer, name text, type text, value text)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  PERFORM kansio.require_person_visible (staff, p_person_id);
  IF p_case_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kansio.client_case c
                                           WHERE c.id = p_case_id AND c.person_id = p_person_id)
  THEN
    RAISE EXCEPTION 'This case is not the client''s.' USING ERRCODE = 'no_data_found';
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'document-fields', 'make a document');
  RETURN QUERY SELECT * FROM kansio.document_fields (staff, p_person_id, p_case_id, p_language);
END
$$;
COMMENT ON FUNCTION api.document_fields (bigint, bigint, text) IS 'client-data';

-- Stores a finished document. The caller must be able to handle the case
-- (handler or more in its area and unit, case open), and the template
-- version must be approved and of the case's area.
CREATE FUNCTION api.document_store (p_case_id bigint, p_template_version_id bigint,
                                    p_language text, p_pdf bytea, p_page_count integer)
  RETURNS TABLE (document_id bigint, sha256 text)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  c kansio.client_case;
  t kansio.document_template;
  v kansio.template_version;
  d kansio.document;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = p_case_id;
  IF c.id IS NULL OR c.closed_on IS NOT NULL
     OR NOT kansio.has_area_right (staff, c.area, 'handler', c.unit_id) THEN
    PERFORM kansio.deny ('Only a handler of this open case may make documents in it.');
  END IF;
  SELECT * INTO v FROM kansio.template_version WHERE id = p_template_version_id;
  SELECT * INTO t FROM kansio.document_template WHERE id = v.template_id;
  IF v.status IS DISTINCT FROM 'approved' OR t.kind NOT IN ('decision', 'letter') THEN
    PERFORM kansio.deny ('Documents are made only from approved templates.');
  END IF;
  IF t.area IS NOT NULL AND t.area <> c.area THEN
    PERFORM kansio.deny ('This template belongs to another service area.');
  END IF;
  INSERT INTO kansio.document (person_id, case_id, template_version_id, kind, language, title,
                               pdf, sha256, page_count, created_by)
  VALUES (c.person_id, c.id, v.id, t.kind, p_language,
          CASE WHEN p_language = 'sv' THEN t.title_sv ELSE t.title_fi END, p_pdf,
          encode (sha256 (p_pdf), 'hex'), p_page_count, staff)
  RETURNING * INTO d;
  INSERT INTO kansio.case_event (case_id, kind, summary, created_by)
  VALUES (c.id, 'document', d.title || ' (' || upper (p_language) || ')', staff);
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'document-store', 'make a document',
                            c.area);
  RETURN QUERY SELECT d.id, d.sha256;
END
$$;
COMMENT ON FUNCTION api.document_store (bigint, bigint, text, bytea, integer) IS 'client-data';

-- Who may see a stored document: whoever may see its client, and the
-- auditors for the reports they made.
CREATE FUNCTION kansio.require_document_visible (p_staff integer, p_document kansio.document)
  RETURNS void
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  IF p_document.id IS NULL THEN
    RAISE EXCEPTION 'No such document.' USING ERRCODE = 'no_data_found';
  END IF;
  IF p_document.kind = 'report' AND kansio.has_special_right (p_staff, 'auditor') THEN
    RETURN;
  END IF;
  PERFORM kansio.require_person_visible (p_staff, p_document.person_id);
END
$$;

CREATE FUNCTION api.person_documents (p_person_id bigint)
  RETURNS TABLE (document_id bigint, kind text, title text, language text, page_count integer,
                 created_at timestamptz, created_by text, sha256 text, template_name text,
                 template_version integer, case_number text)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  PERFORM kansio.require_person_visible (staff, p_person_id);
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'documents');
  RETURN QUERY
    SELECT d.id, d.kind, d.title, d.language, d.page_count, d.created_at, s.full_name, d.sha256,
           t.name, v.version, CASE WHEN c.id IS NOT NULL THEN kansio.case_number (c) END
    FROM kansio.document d
    LEFT JOIN kansio.staff_member s ON s.id = d.created_by
    LEFT JOIN kansio.template_version v ON v.id = d.template_version_id
    LEFT JOIN kansio.document_template t ON t.id = v.template_id
    LEFT JOIN kansio.client_case c ON c.id = d.case_id
    WHERE d.person_id = p_person_id
    ORDER BY d.created_at DESC, d.id DESC;
END
$$;
COMMENT ON FUNCTION api.person_documents (bigint) IS 'client-data';

-- The stored PDF, exactly as it was made.
CREATE FUNCTION api.document_get (p_document_id bigint, p_purpose text DEFAULT NULL)
  RETURNS TABLE (document_id bigint, person_id bigint, kind text, title text, language text,
                 pdf bytea, sha256 text, page_count integer, created_at timestamptz)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  d kansio.document;
BEGIN
  SELECT * INTO d FROM kansio.document WHERE id = p_document_id;
  PERFORM kansio.require_document_visible (staff, d);
  PERFORM kansio.log_usage (staff, ARRAY[d.person_id], 'document', p_purpose);
  RETURN QUERY SELECT d.id, d.person_id, d.kind, d.title, d.language, d.pdf, d.sha256,
                      d.page_count, d.created_at;
END
$$;
COMMENT ON FUNCTION api.document_get (bigint, text) IS 'client-data';

-- A document left the system: printed, exported to a file or sent.
CREATE FUNCTION api.document_disclose (p_document_id bigint, p_how text, p_recipient text,
                                       p_legal_basis text)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  d kansio.document;
  new_id bigint;
BEGIN
  IF p_how NOT IN ('print', 'export', 'send') THEN
    RAISE EXCEPTION 'A document is printed, exported or sent, not %.', p_how
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT * INTO d FROM kansio.document WHERE id = p_document_id;
  PERFORM kansio.require_document_visible (staff, d);
  INSERT INTO kansio.disclosure_log (staff_id, person_id, what, recipient, legal_basis, position,
                                     prev_hash, row_hash)
  VALUES (staff, d.person_id,
          format ('%s: document %s "%s" (%s, sha256 %s)', p_how, d.id, d.title, d.language,
                  d.sha256),
          p_recipient, p_legal_basis, 0, '', '')
  RETURNING id INTO new_id;
  PERFORM kansio.log_usage (staff, ARRAY[d.person_id], 'document-' || p_how);
  RETURN new_id;
END
$$;
COMMENT ON FUNCTION api.document_disclose (bigint, text, text, text) IS 'client-data';

-- The client's "who has viewed my data" report: an auditor makes it from
-- the logs and stores it as a document of the client's.
-- What a view of the usage log was, in words a client understands.
CREATE FUNCTION kansio.view_label (p_view text, p_language text) RETURNS text
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT coalesce (
    (SELECT CASE WHEN p_language = 'sv' THEN v.sv ELSE v.fi END
     FROM (VALUES
       ('search', 'haku', 'sökning'),
       ('lookup', 'henkilön tunnistaminen', 'identifiering av person'),
       ('person', 'asiakastiedot', 'klientuppgifter'),
       ('emergency', 'asiakastiedot', 'klientuppgifter'),
       ('relations', 'perhe ja kotitalous', 'familj och hushåll'),
       ('cases', 'asiat', 'ärenden'),
       ('case-events', 'asian tapahtumat', 'ärendets händelser'),
       ('documents', 'asiakirjaluettelo', 'dokumentförteckning'),
       ('document', 'asiakirja', 'dokument'),
       ('document-fields', 'asiakirjan laatiminen', 'upprättande av dokument'),
       ('document-store', 'asiakirjan tallennus', 'arkivering av dokument'),
       ('document-print', 'asiakirjan tulostus', 'utskrift av dokument'),
       ('document-export', 'asiakirjan vienti', 'export av dokument'),
       ('document-send', 'asiakirjan lähetys', 'sändning av dokument'),
       ('work-queue', 'esihenkilön työjono', 'förmannens arbetskö'),
       ('disclosures', 'luovutusloki', 'utlämnandelogg'),
       ('disclosure-record', 'luovutuksen kirjaus', 'registrering av utlämnande'),
       ('audit-report', 'käyttölokiotteen laatiminen', 'upprättande av loggutdrag'),
       ('audit-report-store', 'käyttölokiotteen tallennus', 'arkivering av loggutdrag'))
       AS v (view, fi, sv)
     WHERE v.view = p_view),
    p_view)
$$;

CREATE FUNCTION api.audit_report_fields (p_identity_code text, p_from timestamptz,
                                         p_to timestamptz)
  RETURNS TABLE (list text, item integer, name text, type text, value text)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  p kansio.person;
  p_person_id bigint;
BEGIN
  PERFORM kansio.require_auditor (staff);
  SELECT * INTO p FROM kansio.person WHERE identity_code = upper (btrim (p_identity_code));
  IF p.id IS NULL THEN
    RAISE EXCEPTION 'No person has this identity code.' USING ERRCODE = 'no_data_found';
  END IF;
  p_person_id := p.id;
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'audit-report', 'client''s request');
  RETURN QUERY
    SELECT * FROM kansio.document_fields (staff, p_person_id, NULL, p.language)
    UNION ALL
    SELECT NULL, NULL, 'client.id', 'text', p.id::text
    UNION ALL
    SELECT NULL, NULL, 'report.period_start', 'date',
           to_char (p_from AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD')
    UNION ALL
    SELECT NULL, NULL, 'report.period_end', 'date',
           to_char ((p_to - interval '1 microsecond') AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD')
    UNION ALL
    -- Number the log rows first: each becomes one item of several fields.
    SELECT 'report.views', l.item, f.name, f.type, f.value
    FROM (SELECT u.*, (row_number () OVER (ORDER BY u.position))::integer AS item
          FROM kansio.usage_log u
          WHERE u.person_ids @> ARRAY[p_person_id] AND u.logged_at >= p_from
            AND u.logged_at < p_to) l
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
    FROM (SELECT x.*, (row_number () OVER (ORDER BY x.position))::integer AS item
          FROM kansio.disclosure_log x
          WHERE x.person_id = p_person_id AND x.logged_at >= p_from AND x.logged_at < p_to) d
    CROSS JOIN LATERAL (VALUES
      ('time', 'text',
       to_char (d.logged_at AT TIME ZONE 'Europe/Helsinki', 'FMDD.FMMM.YYYY HH24.MI')),
      ('recipient', 'text', d.recipient),
      ('legal_basis', 'text', d.legal_basis))
      AS f (name, type, value);
END
$$;
COMMENT ON FUNCTION api.audit_report_fields (text, timestamptz, timestamptz) IS 'client-data';

CREATE FUNCTION api.audit_report_store (p_person_id bigint, p_template_version_id bigint,
                                        p_language text, p_pdf bytea, p_page_count integer)
  RETURNS TABLE (document_id bigint, sha256 text)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  t kansio.document_template;
  v kansio.template_version;
  d kansio.document;
BEGIN
  PERFORM kansio.require_auditor (staff);
  SELECT * INTO v FROM kansio.template_version WHERE id = p_template_version_id;
  SELECT * INTO t FROM kansio.document_template WHERE id = v.template_id;
  IF v.status IS DISTINCT FROM 'approved' OR t.kind <> 'report' THEN
    PERFORM kansio.deny ('Reports are made only from approved report templates.');
  END IF;
  INSERT INTO kansio.document (person_id, template_version_id, kind, language, title, pdf,
                               sha256, page_count, created_by)
  VALUES (p_person_id, v.id, 'report', p_language,
          CASE WHEN p_language = 'sv' THEN t.title_sv ELSE t.title_fi END, p_pdf,
          encode (sha256 (p_pdf), 'hex'), p_page_count, staff)
  RETURNING * INTO d;
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'audit-report-store',
                            'client''s request');
  RETURN QUERY SELECT d.id, d.sha256;
END
$$;
COMMENT ON FUNCTION api.audit_report_store (bigint, bigint, text, bytea, integer)
  IS 'client-data';

----------------------------------------------------------------------------
-- The standard blocks and templates, approved as shipped. Their wording is
-- a starting point (hallintolaki 49 b-49 e §, 59 §; ../shared/DOMAIN.md
-- 6.3): a main user adapts it to the county through new versions.

CREATE FUNCTION kansio.ship_template (p_name text, p_area text, p_kind text, p_title_fi text,
                                      p_title_sv text, p_body_fi text, p_body_sv text)
  RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  new_id integer;
BEGIN
  INSERT INTO kansio.document_template (name, area, kind, title_fi, title_sv)
  VALUES (p_name, p_area, p_kind, p_title_fi, p_title_sv)
  RETURNING id INTO new_id;
  INSERT INTO kansio.template_version (template_id, version, body_fi, body_sv, fi_revised_at,
                                       sv_revised_at, status, note, approved_at)
  VALUES (new_id, 1, p_body_fi, p_body_sv, now (), now (), 'approved',
          'Shipped with Kansio', now ());
END
$$;

SELECT kansio.ship_template ('signature', NULL, 'block', 'Allekirjoitus', 'Underskrift',
$fi${{organisation.unit}}

{{user.full_name}}\
{{user.title}}

**Lisätietoja antaa**\
{{user.full_name}}\
{{#if user.phone}}
puh. {{user.phone}}\
{{/if}}
{{#if user.email}}
{{user.email}}
{{/if}}$fi$,
$sv${{organisation.unit}}

{{user.full_name}}\
{{user.title}}

**Närmare upplysningar ger**\
{{user.full_name}}\
{{#if user.phone}}
tfn {{user.phone}}\
{{/if}}
{{#if user.email}}
{{user.email}}
{{/if}}$sv$);

SELECT kansio.ship_template ('rectification-instructions', NULL, 'block',
                             'Oikaisuvaatimusohje', 'Anvisning om hur man begär omprövning',
$fi$## Oikaisuvaatimusohje

Tähän päätökseen tyytymätön voi hakea siihen oikaisua tekemällä kirjallisen oikaisuvaatimuksen. Päätökseen ei saa hakea muutosta valittamalla tuomioistuimeen ennen oikaisuvaatimusta.

**Oikaisuvaatimusaika**\
Oikaisuvaatimus on tehtävä 30 päivän kuluessa päätöksen tiedoksisaannista. Tiedoksisaantipäivää ei lueta oikaisuvaatimusaikaan. Jos määräajan viimeinen päivä on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai juhannusaatto tai arkilauantai, oikaisuvaatimuksen saa tehdä ensimmäisenä arkipäivänä sen jälkeen.

**Tiedoksisaanti**\
Kun päätös lähetetään tavallisena kirjeenä, asianosaisen katsotaan saaneen siitä tiedon seitsemäntenä päivänä kirjeen lähettämisestä, jollei muuta näytetä. Sähköisesti lähetetyn päätöksen katsotaan tulleen tiedoksi kolmantena päivänä viestin lähettämisestä.
{{#if decision.rectification_deadline}}

Tämän päätöksen oikaisuvaatimusaika päättyy {{decision.rectification_deadline}}, jos päätös on saatu tiedoksi {{decision.delivery_date}}.
{{/if}}

**Oikaisuvaatimuksen sisältö**\
Oikaisuvaatimuksessa on ilmoitettava päätös, johon haetaan oikaisua, millaista oikaisua vaaditaan ja millä perusteilla. Siinä on ilmoitettava myös vaatimuksen tekijän nimi ja yhteystiedot.

**Oikaisuvaatimuksen toimittaminen**\
Oikaisuvaatimus osoitetaan toimielimelle: {{organisation.rectification_body}}\
{{organisation.rectification_address}}

Oikaisuvaatimuksen voi toimittaa postitse, sähköpostitse tai henkilökohtaisesti virka-aikana. Lähettäjä vastaa siitä, että oikaisuvaatimus saapuu määräajassa.$fi$,
$sv$## Anvisning om hur man begär omprövning

Den som är missnöjd med detta beslut kan begära omprövning av det skriftligen. Ändring i beslutet får inte sökas genom besvär hos domstol innan omprövning har begärts.

**Tid för begäran om omprövning**\
Begäran om omprövning ska framställas inom 30 dagar från delfåendet av beslutet. Delfåendedagen räknas inte in i tidsfristen. Om den sista dagen är en helgdag, självständighetsdagen, första maj, julafton, midsommarafton eller en helgfri lördag, får begäran framställas den första vardagen därefter.

**Delfående**\
När beslutet sänds som vanligt brev anses parten ha fått del av det den sjunde dagen efter att brevet sändes, om inte något annat visas. Ett beslut som har sänts elektroniskt anses ha kommit till partens kännedom den tredje dagen efter att meddelandet sändes.
{{#if decision.rectification_deadline}}

Tiden för att begära omprövning av detta beslut går ut {{decision.rectification_deadline}}, om beslutet har delgetts {{decision.delivery_date}}.
{{/if}}

**Innehållet i begäran**\
I begäran ska anges det beslut som begäran gäller, hurdan omprövning som yrkas och på vilka grunder. I begäran ska också anges namn och kontaktuppgifter för den som framställer den.

**Inlämning av begäran**\
Begäran om omprövning riktas till: {{organisation.rectification_body}}\
{{organisation.rectification_address}}

Begäran kan lämnas in per post, per e-post eller personligen under tjänstetid. Avsändaren ansvarar för att begäran kommer fram inom tidsfristen.$sv$);

SELECT kansio.ship_template ('information-request', NULL, 'letter', 'SELVITYSPYYNTÖ',
                             'BEGÄRAN OM UTREDNING',
$fi$# Selvityspyyntö

Hyvä {{client.full_name}},

asianne käsittelyä varten tarvitsemme teiltä lisäselvitystä. Toimittakaa pyydetyt tiedot kahden viikon kuluessa tämän kirjeen päiväyksestä. Jos selvitystä ei saada, asia ratkaistaan käytettävissä olevien tietojen perusteella.

Asianumero: {{case.number}}

{{> signature}}$fi$,
$sv$# Begäran om utredning

Bästa {{client.full_name}},

för att kunna behandla ert ärende behöver vi ytterligare utredning av er. Lämna in de begärda uppgifterna inom två veckor från dagen för detta brev. Om utredningen inte lämnas in avgörs ärendet på basis av de uppgifter som finns tillgängliga.

Ärendenummer: {{case.number}}

{{> signature}}$sv$);

SELECT kansio.ship_template ('usage-report', NULL, 'report', 'KÄYTTÖLOKIOTE',
                             'UTDRAG UR LOGGREGISTRET',
$fi$# Tietojenne käsittely: katselut ja luovutukset

Pyyntönne mukaisesti tässä otteessa ovat merkinnät siitä, kuka on käsitellyt tietojanne {{organisation.name}} sosiaalipalveluiden asiakastietojärjestelmässä ajalla {{report.period_start}}–{{report.period_end}} (asiakastietolaki 703/2023).

## Katselut

{{#if report.views}}
| Aika | Katsoja | Yksikkö | Näkymä |
|---|---|---|---|
{{#each report.views as view}}
| {{view.time}} | {{view.viewer}} | {{view.unit}} | {{view.view}} |
{{/each}}
{{else}}
Ajalta ei ole katselumerkintöjä.
{{/if}}

## Luovutukset

{{#if report.disclosures}}
| Aika | Vastaanottaja | Peruste |
|---|---|---|
{{#each report.disclosures as disclosure}}
| {{disclosure.time}} | {{disclosure.recipient}} | {{disclosure.legal_basis}} |
{{/each}}
{{else}}
Ajalta ei ole luovutusmerkintöjä.
{{/if}}

{{> signature}}$fi$,
$sv$# Behandlingen av era uppgifter: visningar och utlämnanden

På er begäran innehåller detta utdrag anteckningarna om vem som har behandlat era uppgifter i klientdatasystemet för socialvården vid {{organisation.name}} under tiden {{report.period_start}}–{{report.period_end}} (klientdatalagen 703/2023).

## Visningar

{{#if report.views}}
| Tid | Visad av | Enhet | Vy |
|---|---|---|---|
{{#each report.views as view}}
| {{view.time}} | {{view.viewer}} | {{view.unit}} | {{view.view}} |
{{/each}}
{{else}}
Det finns inga visningar under perioden.
{{/if}}

## Utlämnanden

{{#if report.disclosures}}
| Tid | Mottagare | Grund |
|---|---|---|
{{#each report.disclosures as disclosure}}
| {{disclosure.time}} | {{disclosure.recipient}} | {{disclosure.legal_basis}} |
{{/each}}
{{else}}
Det finns inga utlämnanden under perioden.
{{/if}}

{{> signature}}$sv$);

DROP FUNCTION kansio.ship_template (text, text, text, text, text, text, text);

RESET ROLE;

REVOKE ALL ON ALL TABLES IN SCHEMA kansio FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA kansio FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA api TO kansio_user;
