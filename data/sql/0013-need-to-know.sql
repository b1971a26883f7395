-- 0013-need-to-know.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The security core, second pass (issue 10, part 4): need to know covers
-- documents, disclosures and case details; opening a case is flagged and
-- supervised as emergency access is; reasons are words, not padding;
-- nothing says whether a person is registered before a committed log row
-- names them; and a non-disclosure marking (turvakielto) protects contact
-- details and the documents stored before it.
--
-- Functions behind a gate (0012) are replaced in kansio_impl; each keeps
-- the SET clauses of 0012.

SET LOCAL ROLE kansio_owner;

----------------------------------------------------------------------------
-- Reasons

INSERT INTO kansio.setting (key, value, description)
VALUES ('emergency_access_per_day', '5',
        'Emergency accesses one user may make in 24 hours before they are refused and '
        'their supervisor is told.')
ON CONFLICT (key) DO NOTHING;

-- Control and format characters, fillers and other code points that
-- show nothing (zero-width spaces, direction marks, soft hyphens, Hangul
-- fillers, variation selectors, tags) go; every run of white space,
-- Unicode's included, is one space.
CREATE FUNCTION kansio.normalize_reason (p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT btrim (regexp_replace (
    regexp_replace (regexp_replace (normalize (coalesce (p_text, ''), NFC),
      '[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\U000E0000-\U000E007F\U000E0100-\U000E01EF]',
      '', 'g'),
      '[[:cntrl:]]', ' ', 'g'),
    '[[:space:]\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+', ' ', 'g'))
$$;

-- The reason as it is kept, or a refusal: long enough once normalised, at
-- least eight letters, and at least two words.
CREATE FUNCTION kansio.check_reason (p_reason text) RETURNS text
  LANGUAGE plpgsql
AS $$
DECLARE
  reason text := kansio.normalize_reason (p_reason);
BEGIN
  IF length (reason) > 1000 THEN
    RAISE EXCEPTION 'A reason is at most 1000 characters.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'reason';
  END IF;
  IF length (reason) < kansio.setting_int ('emergency_reason_min_length') THEN
    RAISE EXCEPTION 'The reason must be at least % characters of text.',
      kansio.setting_int ('emergency_reason_min_length')
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'reason';
  END IF;
  IF reason !~ '[[:alpha:]]{2,}[^[:alpha:]]+[[:alpha:]]{2,}'
     OR length (regexp_replace (reason, '[^[:alpha:]]', '', 'g')) < 8 THEN
    RAISE EXCEPTION 'Say in words why you need the data: the reason must have at least two words.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'reason';
  END IF;
  RETURN reason;
END
$$;

----------------------------------------------------------------------------
-- The supervisors' queue: a supervisor's own access goes to the others
-- and to the main users; items are marked handled.

ALTER TABLE kansio.work_queue_item DROP CONSTRAINT work_queue_item_kind_check;
ALTER TABLE kansio.work_queue_item ADD CONSTRAINT work_queue_item_kind_check
  CHECK (kind IN ('emergency_access', 'case_opened', 'emergency_limit'));
ALTER TABLE kansio.work_queue_item ADD COLUMN for_main_users boolean NOT NULL DEFAULT false;
ALTER TABLE kansio.work_queue_item ADD COLUMN resolution text;

CREATE FUNCTION kansio.queue_item (p_kind text, p_staff integer, p_person bigint, p_details text)
  RETURNS void
  LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO kansio.work_queue_item (kind, unit_id, person_id, caused_by, details, for_main_users)
  SELECT p_kind, s.unit_id, p_person, p_staff, p_details,
         kansio.has_special_right (p_staff, 'supervisor', s.unit_id)
  FROM kansio.staff_member s WHERE s.id = p_staff;
END
$$;

CREATE FUNCTION kansio.can_see_queue_item (p_staff integer, p_item kansio.work_queue_item)
  RETURNS boolean
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  RETURN (p_item.caused_by IS DISTINCT FROM p_staff
          AND kansio.has_special_right (p_staff, 'supervisor', p_item.unit_id))
         OR (p_item.for_main_users AND kansio.has_special_right (p_staff, 'main_user'));
END
$$;

CREATE OR REPLACE FUNCTION kansio_impl.work_queue()
 RETURNS TABLE(item_id bigint, kind text, created_at timestamp with time zone, person_id bigint, person_name text, caused_by text, details text)
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
  item_ids bigint[];
  shown bigint[];
BEGIN
  SELECT array_agg (i.id), array_agg (i.person_id) INTO item_ids, shown
  FROM kansio.work_queue_item i
  WHERE i.resolved_at IS NULL AND kansio.can_see_queue_item (staff, i);
  IF shown IS NOT NULL THEN
    PERFORM kansio.log_usage (staff, shown, 'work-queue', 'supervision');
  END IF;
  RETURN QUERY
    SELECT i.id, i.kind, i.created_at, p.id, p.surname || ', ' || p.first_names, s.full_name,
           i.details
    FROM kansio.work_queue_item i
    LEFT JOIN kansio.person p ON p.id = i.person_id
    LEFT JOIN kansio.staff_member s ON s.id = i.caused_by
    WHERE i.id = ANY (coalesce (item_ids, '{}'))
    ORDER BY i.created_at;
END
$function$;


-- Handled: who and when, and a word on what was done.
CREATE FUNCTION api.work_queue_item_handle (p_item_id bigint, p_resolution text DEFAULT NULL)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  item kansio.work_queue_item;
BEGIN
  -- NOWAIT: a colleague handling the same item right now is said at once
  -- (55P03), not waited for.
  SELECT * INTO item FROM kansio.work_queue_item WHERE id = p_item_id FOR UPDATE NOWAIT;
  IF item.id IS NULL OR NOT kansio.can_see_queue_item (staff, item) THEN
    RAISE EXCEPTION 'No such work-queue item.' USING ERRCODE = 'no_data_found';
  END IF;
  IF item.resolved_at IS NOT NULL THEN
    RAISE EXCEPTION 'Someone else handled this item already.' USING ERRCODE = 'KA409';
  END IF;
  UPDATE kansio.work_queue_item
  SET resolved_at = now (), resolved_by = staff,
      resolution = nullif (kansio.normalize_reason (left (p_resolution, 1000)), '')
  WHERE id = p_item_id;
  PERFORM kansio.log_usage (staff, ARRAY[item.person_id], 'work-queue-handle', 'supervision');
END
$$;
COMMENT ON FUNCTION api.work_queue_item_handle (bigint, text) IS 'client-data';

CREATE OR REPLACE FUNCTION kansio_impl.person_open_emergency(p_person_id bigint, p_reason text)
 RETURNS SETOF api.person_record
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
  reason text;
  used integer;
BEGIN
  IF NOT kansio.is_caseworker (staff) THEN
    PERFORM kansio.deny ('Only caseworkers may use emergency access.');
  END IF;
  reason := kansio.check_reason (p_reason);

  -- Past the day's limit: refused, and the supervisor told once (the item
  -- commits before the refusal: the gate asks again). Before anything
  -- about the person, so that the refusal says nothing of them.
  SELECT count (DISTINCT l.person_ids) INTO used FROM kansio.usage_log l
  WHERE l.login_role = session_user AND l.emergency AND l.view = 'person'
    AND l.logged_at > clock_timestamp () - interval '1 day'
    AND NOT l.person_ids @> ARRAY[p_person_id];
  IF used >= kansio.setting_int ('emergency_access_per_day') THEN
    IF NOT EXISTS (SELECT 1 FROM kansio.work_queue_item i
                   WHERE i.kind = 'emergency_limit' AND i.caused_by = staff
                     AND i.created_at > now () - interval '1 day') THEN
      PERFORM kansio.queue_item ('emergency_limit', staff,
                                 (SELECT p.id FROM kansio.person p WHERE p.id = p_person_id),
                                 reason);
      PERFORM kansio.ask_again ();
      RETURN;
    END IF;
    PERFORM kansio.deny ('You have used emergency access too often today. Your supervisor has been '
                         'told; ask them for access.');
  END IF;
  IF NOT EXISTS (SELECT 1 FROM kansio.person WHERE id = p_person_id) THEN
    RAISE EXCEPTION 'No such client.' USING ERRCODE = 'no_data_found';
  END IF;

  IF kansio.log_read (staff, ARRAY[p_person_id], 'person', reason, NULL, true) THEN
    PERFORM kansio.queue_item ('emergency_access', staff, p_person_id, reason);
  END IF;

  RETURN QUERY SELECT * FROM kansio.person_record (staff, p_person_id);
END
$function$;

CREATE OR REPLACE FUNCTION kansio_impl.case_open(p_identity_code text, p_area text, p_unit_id integer, p_reason text)
 RETURNS bigint
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
  reason text;
  already boolean;
  client bigint;
  new_id bigint;
BEGIN
  IF NOT kansio.has_area_right (staff, p_area, 'handler', p_unit_id) THEN
    PERFORM kansio.deny ('You may not open cases in this area and unit.');
  END IF;
  -- Opening a case opens the client's record to the unit: as with
  -- emergency access, only with a stated reason, put before the
  -- supervisors of the unit.
  reason := kansio.check_reason (p_reason);
  SELECT id INTO client FROM kansio.person WHERE identity_code = p_identity_code;
  IF kansio.confirm_lookup (staff, ARRAY_REMOVE (ARRAY[client], NULL), 'open a case') THEN
    RETURN NULL;
  END IF;
  IF client IS NULL THEN
    RAISE EXCEPTION 'No person has the identity code %.', p_identity_code
      USING ERRCODE = 'no_data_found', COLUMN = 'identity_code';
  END IF;
  -- A person who was not yet one's client: flagged in the log as
  -- emergency access is.
  already := kansio.can_see_person (staff, client);
  INSERT INTO kansio.client_case (person_id, area, unit_id, opened_by)
  VALUES (client, p_area, p_unit_id, staff)
  RETURNING id INTO new_id;
  INSERT INTO kansio.work_queue_item (kind, unit_id, person_id, caused_by, details, for_main_users)
  VALUES ('case_opened', p_unit_id, client, staff, reason,
          kansio.has_special_right (staff, 'supervisor', p_unit_id));
  PERFORM kansio.log_usage (staff, ARRAY[client], 'case-open', reason, p_area, NOT already);
  RETURN new_id;
END
$function$;


----------------------------------------------------------------------------
-- Whether a person is registered is told only after a committed log row

-- A change that names people by identity code (or by name and birth
-- date) answers differently when they are registered. Its first call with
-- these arguments logs whoever they name (if anyone), keeps a receipt
-- and answers only "ask again", the same either way; the answer comes with
-- the second call, once that row has committed. True: return now.
CREATE FUNCTION kansio.confirm_lookup (p_staff integer, p_person_ids bigint[], p_purpose text)
  RETURNS boolean
  LANGUAGE plpgsql
AS $$
DECLARE
  key bytea := decode (current_setting ('kansio.call_key', true), 'hex');
BEGIN
  IF kansio.call_covered (key) THEN
    RETURN false;
  END IF;
  IF cardinality (p_person_ids) > 0 THEN
    PERFORM kansio.log_read (p_staff, p_person_ids, 'lookup', p_purpose);
  END IF;
  INSERT INTO kansio.read_receipt VALUES (session_user, key, clock_timestamp (),
                                          pg_current_xact_id ());
  -- Not ask_again: this is a change's gate, which counts as written.
  RAISE NOTICE USING MESSAGE = 'The read was logged; ask again for the data.', ERRCODE = 'KL001';
  RETURN true;
END
$$;

CREATE OR REPLACE FUNCTION kansio_impl.person_create(p_identity_code text, p_first_names text, p_surname text, p_language text, p_area text, p_unit_id integer, p_home_municipality text DEFAULT NULL::text, p_street_address text DEFAULT NULL::text, p_postal_code text DEFAULT NULL::text, p_post_office text DEFAULT NULL::text, p_phone text DEFAULT NULL::text, p_email text DEFAULT NULL::text, p_non_disclosure boolean DEFAULT false, p_similar_confirmed boolean DEFAULT false)
 RETURNS bigint
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
  problem text := kansio.identity_code_problem (p_identity_code);
  new_id bigint;
  existing bigint[];
  similar_ids bigint[];
BEGIN
  IF NOT kansio.has_area_right (staff, p_area, 'handler', p_unit_id) THEN
    PERFORM kansio.deny ('You may not open cases in this area and unit.');
  END IF;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'The identity code is not valid (%).', problem
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'identity_code', DETAIL = problem;
  END IF;
  PERFORM kansio.check_person_fields (p_first_names, p_surname, p_language, p_postal_code,
                                      p_phone, p_email);
  existing := ARRAY (SELECT p.id FROM kansio.person p WHERE p.identity_code = p_identity_code);
  similar_ids := ARRAY (
    SELECT p.id FROM kansio.person p
    WHERE p.birth_date = kansio.identity_code_birth_date (p_identity_code)
      AND p.name_key = kansio.search_key (btrim (p_surname) || ' ' || btrim (p_first_names)));
  IF kansio.confirm_lookup (staff, existing || similar_ids, 'create a person') THEN
    RETURN NULL;
  END IF;
  IF cardinality (existing) > 0 THEN
    RAISE EXCEPTION 'A person with this identity code is already registered.'
      USING ERRCODE = 'unique_violation', COLUMN = 'identity_code';
  END IF;
  IF NOT coalesce (p_similar_confirmed, false) AND cardinality (similar_ids) > 0 THEN
    RAISE EXCEPTION 'A person with the same name and birth date is already registered.'
      USING ERRCODE = 'KA300', HINT = 'Check api.person_find_similar and confirm.';
  END IF;

  INSERT INTO kansio.person (identity_code, first_names, surname, language, home_municipality,
                             street_address, postal_code, post_office, phone, email,
                             non_disclosure, birth_date, is_temporary_code, updated_by)
  VALUES (p_identity_code, btrim (p_first_names), btrim (p_surname), p_language,
          p_home_municipality, p_street_address, p_postal_code, p_post_office, p_phone, p_email,
          coalesce (p_non_disclosure, false), kansio.identity_code_birth_date (p_identity_code),
          substr (p_identity_code, 8, 3)::integer >= 900, staff)
  RETURNING id INTO new_id;

  INSERT INTO kansio.client_case (person_id, area, unit_id, opened_by)
  VALUES (new_id, p_area, p_unit_id, staff);

  PERFORM kansio.log_usage (staff, ARRAY[new_id], 'person-create', NULL, p_area);
  RETURN new_id;
END
$function$;

CREATE OR REPLACE FUNCTION kansio_impl.person_find_similar(p_first_names text, p_surname text, p_birth_date date)
 RETURNS TABLE(person_id bigint, identity_code text, first_names text, surname text, birth_date date)
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
  found_ids bigint[];
BEGIN
  -- Those who may create people: a handler somewhere.
  IF NOT EXISTS (SELECT 1 FROM kansio.grants_in_force (staff) g
                 WHERE g.area IS NOT NULL AND g.area <> 'letters'
                   AND kansio.level_rank (g.level) >= 2) THEN
    PERFORM kansio.deny ('Only handlers may create people.');
  END IF;
  SELECT array_agg (p.id ORDER BY p.id) INTO found_ids
  FROM kansio.person p
  WHERE p.birth_date = p_birth_date
    AND p.name_key = kansio.search_key (btrim (p_surname) || ' ' || btrim (p_first_names));
  PERFORM kansio.log_usage (staff, coalesce (found_ids, '{}'), 'similar',
                            'avoid a duplicate person');
  IF found_ids IS NULL THEN
    RETURN;
  END IF;
  -- Name and birth date tell the user to look closer; the identity code
  -- only for their own clients.
  RETURN QUERY
    SELECT p.id, CASE WHEN kansio.can_see_person (staff, p.id) THEN p.identity_code END,
           p.first_names, p.surname, p.birth_date
    FROM kansio.person p WHERE p.id = ANY (found_ids) ORDER BY p.id;
END
$function$;


-- relation_add names the related person by identity code as well.
CREATE OR REPLACE FUNCTION kansio_impl.relation_add(p_person_id bigint, p_related_identity_code text, p_kind text, p_valid_from date DEFAULT CURRENT_DATE, p_valid_until date DEFAULT NULL::date)
 RETURNS bigint
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
  related bigint;
  new_id bigint;
BEGIN
  IF NOT kansio.can_handle_person (staff, p_person_id) THEN
    PERFORM kansio.deny ('You may not change this client''s relations.');
  END IF;
  -- What does not depend on the person first: the kind, the days.
  IF p_kind IS NULL OR p_kind NOT IN ('guardian', 'spouse', 'household') THEN
    RAISE EXCEPTION 'A relation is guardian, spouse or household.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'kind';
  END IF;
  IF p_valid_until < coalesce (p_valid_from, current_date) THEN
    RAISE EXCEPTION 'A relation cannot end before it begins.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'valid_until';
  END IF;
  SELECT id INTO related FROM kansio.person WHERE identity_code = p_related_identity_code;
  IF kansio.confirm_lookup (staff, ARRAY_REMOVE (ARRAY[related], NULL), 'add a relation') THEN
    RETURN NULL;
  END IF;
  IF related IS NULL THEN
    RAISE EXCEPTION 'No person has the identity code %.', p_related_identity_code
      USING ERRCODE = 'no_data_found', COLUMN = 'identity_code';
  END IF;
  INSERT INTO kansio.relation (person_id, related_person_id, kind, valid_from, valid_until,
                               created_by)
  VALUES (p_person_id, related, p_kind, coalesce (p_valid_from, current_date), p_valid_until,
          staff)
  RETURNING id INTO new_id;
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id, related], 'relation-add');
  RETURN new_id;
END
$function$;

----------------------------------------------------------------------------
-- Non-disclosure: contact details too, and the documents stored before

ALTER TABLE kansio.person ADD COLUMN non_disclosure_since timestamptz;
-- Marked before anyone noted when: every document so far counts as earlier.
UPDATE kansio.person SET non_disclosure_since = now () WHERE non_disclosure;

CREATE FUNCTION kansio.note_non_disclosure () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.non_disclosure AND (TG_OP = 'INSERT' OR NOT OLD.non_disclosure) THEN
    NEW.non_disclosure_since := now ();
  ELSIF NOT NEW.non_disclosure THEN
    NEW.non_disclosure_since := NULL;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER person_non_disclosure_since BEFORE INSERT OR UPDATE OF non_disclosure
  ON kansio.person FOR EACH ROW EXECUTE FUNCTION kansio.note_non_disclosure ();

CREATE OR REPLACE FUNCTION kansio.person_record (p_staff integer, p_person bigint)
  RETURNS SETOF api.person_record
  LANGUAGE sql STABLE
AS $$
  SELECT p.id, p.identity_code, p.is_temporary_code, p.first_names, p.surname, p.birth_date,
         p.language,
         CASE WHEN h.hidden THEN NULL ELSE p.home_municipality END,
         CASE WHEN h.hidden THEN NULL ELSE p.street_address END,
         CASE WHEN h.hidden THEN NULL ELSE p.postal_code END,
         CASE WHEN h.hidden THEN NULL ELSE p.post_office END,
         CASE WHEN h.hidden THEN NULL ELSE p.phone END,
         CASE WHEN h.hidden THEN NULL ELSE p.email END,
         p.date_of_death, p.non_disclosure, h.hidden, p.row_version
  FROM kansio.person p
  CROSS JOIN LATERAL (
    SELECT p.non_disclosure AND NOT kansio.has_special_right (p_staff, 'protected_address')
           AS hidden) h
  WHERE p.id = p_person
$$;

CREATE OR REPLACE FUNCTION kansio_impl.person_update(p_person_id bigint, p_row_version integer, p_first_names text, p_surname text, p_language text, p_home_municipality text, p_street_address text, p_postal_code text, p_post_office text, p_phone text, p_email text, p_date_of_death date, p_non_disclosure boolean)
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
  new_version integer;
  hidden boolean;
BEGIN
  IF NOT kansio.can_handle_person (staff, p_person_id) THEN
    PERFORM kansio.deny ('You may not change this client''s data.');
  END IF;
  PERFORM kansio.check_person_fields (p_first_names, p_surname, p_language, p_postal_code,
                                      p_phone, p_email);

  -- Someone who may not see a protected address may not change it, nor
  -- lift the marking: what they were shown (nothing) is not saved over it.
  hidden := (SELECT non_disclosure FROM kansio.person WHERE id = p_person_id)
            AND NOT kansio.has_special_right (staff, 'protected_address');

  UPDATE kansio.person
  SET first_names = btrim (p_first_names), surname = btrim (p_surname), language = p_language,
      home_municipality = CASE WHEN hidden THEN home_municipality ELSE p_home_municipality END,
      street_address = CASE WHEN hidden THEN street_address ELSE p_street_address END,
      postal_code = CASE WHEN hidden THEN postal_code ELSE p_postal_code END,
      post_office = CASE WHEN hidden THEN post_office ELSE p_post_office END,
      phone = CASE WHEN hidden THEN phone ELSE p_phone END,
      email = CASE WHEN hidden THEN email ELSE p_email END, date_of_death = p_date_of_death,
      non_disclosure = CASE WHEN hidden THEN non_disclosure
                            ELSE coalesce (p_non_disclosure, false) END,
      row_version = row_version + 1, updated_at = now (), updated_by = staff
  WHERE id = p_person_id AND row_version = p_row_version
  RETURNING row_version INTO new_version;

  IF new_version IS NULL THEN
    RAISE EXCEPTION 'Someone else changed this client''s data after you opened it.'
      USING ERRCODE = 'KA409';
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'person-update');
  RETURN new_version;
END
$function$;


----------------------------------------------------------------------------
-- Documents, disclosures and case details by the rule of person_cases: a
-- case of another area or unit is as if it did not exist.

CREATE FUNCTION kansio.can_see_case (p_staff integer, p_case bigint) RETURNS boolean
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM kansio.client_case c
                 WHERE c.id = p_case AND kansio.has_area_right (p_staff, c.area, 'reader', c.unit_id));
END
$$;

-- A client's usage report (kind report) tells which areas looked at the
-- client: the auditor's only.
CREATE FUNCTION kansio.can_see_document (p_staff integer, p_document kansio.document)
  RETURNS boolean
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  IF p_document.kind = 'report' THEN
    RETURN kansio.has_special_right (p_staff, 'auditor');
  END IF;
  IF p_document.case_id IS NULL THEN
    RETURN kansio.can_see_person (p_staff, p_document.person_id);
  END IF;
  RETURN kansio.can_see_case (p_staff, p_document.case_id);
END
$$;

CREATE OR REPLACE FUNCTION kansio.require_document_visible (p_staff integer,
                                                            p_document kansio.document)
  RETURNS void
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  IF p_document.id IS NULL OR NOT kansio.can_see_document (p_staff, p_document) THEN
    RAISE EXCEPTION 'No such document.' USING ERRCODE = 'no_data_found';
  END IF;
END
$$;

-- Stored before the client's non-disclosure marking, so it may show the
-- address: for those without the right, listed without its PDF or hash.
CREATE FUNCTION kansio.document_withheld (p_staff integer, p_document kansio.document)
  RETURNS boolean
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM kansio.person p
                 WHERE p.id = p_document.person_id AND p.non_disclosure
                   AND p_document.created_at < coalesce (p.non_disclosure_since, 'infinity'))
         AND NOT kansio.has_special_right (p_staff, 'protected_address');
END
$$;

CREATE OR REPLACE FUNCTION kansio_impl.person_documents(p_person_id bigint)
 RETURNS TABLE(document_id bigint, kind text, title text, language text, page_count integer, created_at timestamp with time zone, created_by text, sha256 text, template_name text, template_version integer, case_number text)
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  PERFORM kansio.require_person_visible (staff, p_person_id);
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'documents');
  RETURN QUERY
    SELECT d.id, d.kind, d.title, d.language, d.page_count, d.created_at, s.full_name,
           CASE WHEN NOT kansio.document_withheld (staff, d) THEN d.sha256 END,
           t.name, v.version, CASE WHEN c.id IS NOT NULL THEN kansio.case_number (c) END
    FROM kansio.document d
    LEFT JOIN kansio.staff_member s ON s.id = d.created_by
    LEFT JOIN kansio.template_version v ON v.id = d.template_version_id
    LEFT JOIN kansio.document_template t ON t.id = v.template_id
    LEFT JOIN kansio.client_case c ON c.id = d.case_id
    WHERE d.person_id = p_person_id AND kansio.can_see_document (staff, d)
    ORDER BY d.created_at DESC, d.id DESC;
END
$function$;

CREATE OR REPLACE FUNCTION kansio_impl.document_get(p_document_id bigint, p_purpose text DEFAULT NULL::text)
 RETURNS TABLE(document_id bigint, person_id bigint, kind text, title text, language text, pdf bytea, sha256 text, page_count integer, created_at timestamp with time zone)
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
  d kansio.document;
BEGIN
  SELECT * INTO d FROM kansio.document WHERE id = p_document_id;
  PERFORM kansio.require_document_visible (staff, d);
  -- Stored before the marking, it may show the address: listed, logged,
  -- but without its PDF for those who may not see protected addresses.
  IF kansio.document_withheld (staff, d) THEN
    -- Its hash too: with it, a guessed address could be checked by
    -- making the same PDF.
    d.pdf := NULL;
    d.sha256 := NULL;
  END IF;
  PERFORM kansio.log_read (staff, ARRAY[d.person_id], 'document', p_purpose, NULL, false, d.id);
  RETURN QUERY SELECT d.id, d.person_id, d.kind, d.title, d.language, d.pdf, d.sha256,
                      d.page_count, d.created_at;
END
$function$;

CREATE OR REPLACE FUNCTION kansio_impl.document_fields(p_person_id bigint, p_case_id bigint, p_language text)
 RETURNS TABLE(list text, item integer, name text, type text, value text)
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  PERFORM kansio.require_person_visible (staff, p_person_id);
  IF p_case_id IS NOT NULL AND NOT (
       kansio.can_see_case (staff, p_case_id)
       AND EXISTS (SELECT 1 FROM kansio.client_case c
                   WHERE c.id = p_case_id AND c.person_id = p_person_id)) THEN
    RAISE EXCEPTION 'No such case.' USING ERRCODE = 'no_data_found';
  END IF;
  PERFORM kansio.log_read (staff, ARRAY[p_person_id], 'document-fields', 'make a document', NULL,
                           false, p_case_id);
  RETURN QUERY SELECT * FROM kansio.document_fields (staff, p_person_id, p_case_id, p_language);
END
$function$;

CREATE OR REPLACE FUNCTION kansio_impl.disclosure_list(p_person_id bigint)
 RETURNS TABLE(logged_at timestamp with time zone, login_role name, what text, recipient text, legal_basis text)
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
  auditor boolean := kansio.has_special_right (staff, 'auditor');
BEGIN
  IF NOT auditor THEN
    PERFORM kansio.require_person_visible (staff, p_person_id);
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'disclosures');
  RETURN QUERY
    SELECT d.logged_at, d.login_role, d.what, d.recipient, d.legal_basis
    FROM kansio.disclosure_log d
    WHERE d.person_id = p_person_id
      AND (auditor OR kansio.can_see_case (staff, d.case_id)
           OR (d.case_id IS NULL AND d.staff_id = staff))
    ORDER BY d.logged_at, d.id;
END
$function$;


----------------------------------------------------------------------------
-- Statistics tell no one family's figures

CREATE OR REPLACE FUNCTION kansio_impl.is_statistics(p_year integer)
 RETURNS TABLE(kind text, households bigint, persons bigint, household_months bigint, euros_cents bigint)
 LANGUAGE plpgsql
 STABLE
AS $function$
DECLARE
  staff integer := kansio.caller ();
  units integer[];
  exact boolean := kansio.has_special_right (staff, 'auditor');
BEGIN
  -- The auditor reports the county's figures to THL: every unit.
  SELECT array_agg (u.id) INTO units FROM kansio.organisation_unit u
  WHERE exact OR kansio.has_area_right (staff, 'income-support', 'reader', u.id);
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
    ),
    cells AS (
      SELECT k.kind,
             (SELECT count (DISTINCT p.person_id) FROM paid p WHERE p.kind = k.kind) AS households,
             (SELECT count (*) FROM people x WHERE x.kind = k.kind) AS persons,
             (SELECT count (*) FROM months x WHERE x.kind = k.kind) AS household_months,
             (SELECT coalesce (sum (p.cents), 0)::bigint FROM paid p WHERE p.kind = k.kind)
               AS euros_cents
      FROM (VALUES ('supplementary'), ('preventive')) AS k (kind)
    )
    -- Fewer than five households would tell one family's figures: shown
    -- to the auditor only (who reports them to THL), to others as NULL.
    SELECT c.kind,
           CASE WHEN exact OR c.households NOT BETWEEN 1 AND 4 THEN c.households END,
           CASE WHEN exact OR c.households NOT BETWEEN 1 AND 4 THEN c.persons END,
           CASE WHEN exact OR c.households NOT BETWEEN 1 AND 4 THEN c.household_months END,
           CASE WHEN exact OR c.households NOT BETWEEN 1 AND 4 THEN c.euros_cents END
    FROM cells c
    ORDER BY c.kind DESC;
END
$function$;

----------------------------------------------------------------------------
-- A search that finds nobody is logged too (with no clients named), so
-- that probing for who is registered shows in the log.

CREATE OR REPLACE FUNCTION kansio_impl.person_search(p_query text, p_limit integer DEFAULT 50, p_offset integer DEFAULT 0)
 RETURNS TABLE(person_id bigint, identity_code text, first_names text, surname text, birth_date date, home_municipality text, is_visible boolean)
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
  scopes text[];
  exact text := upper (btrim (coalesce (p_query, '')));
  key text := kansio.search_key (btrim (coalesce (p_query, '')));
  upper_bound text;
  wanted integer;
  found_ids bigint[];
  hit_id bigint;
  hit kansio.person;
  protected_right boolean := kansio.has_special_right (staff, 'protected_address');
BEGIN
  -- A caseworker is someone with a client area to see.
  scopes := kansio.visible_scope_keys (staff);
  IF cardinality (scopes) = 0 THEN
    PERFORM kansio.deny ('Only caseworkers may search for clients.');
  END IF;
  IF length (key) < 2 THEN
    RETURN;
  END IF;
  p_limit := least (greatest (coalesce (p_limit, 50), 1), 200);
  p_offset := greatest (coalesce (p_offset, 0), 0);
  wanted := p_limit + p_offset;

  -- A prefix as a range: [key, key + U+10FFFF), so the user's text is
  -- never a pattern and the index is walked in order.
  upper_bound := key || chr (1114111);

  -- Something shaped like an identity code is looked up as one, and only so.
  IF exact ~ '^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Z]$' THEN
    SELECT array_agg (p.id) INTO found_ids FROM kansio.person p WHERE p.identity_code = exact;
  ELSE
    SELECT array_agg (ordered.id ORDER BY ordered.sort_key, ordered.id) INTO found_ids
    FROM (
      SELECT DISTINCT u.id, u.sort_key
      FROM (
        (SELECT p.id, p.name_key AS sort_key FROM kansio.person p
         WHERE p.identity_code = exact)
        UNION ALL
        (SELECT p.id, p.name_key FROM kansio.person p
         WHERE p.name_key >= key AND p.name_key < upper_bound
           AND kansio.person_in_scopes (p.id, scopes)
         ORDER BY p.name_key, p.id LIMIT wanted)
        UNION ALL
        (SELECT p.id, p.name_key FROM kansio.person p
         WHERE p.first_name_key >= key AND p.first_name_key < upper_bound
           AND kansio.person_in_scopes (p.id, scopes)
         ORDER BY p.first_name_key, p.id LIMIT wanted)
      ) u
      ORDER BY u.sort_key, u.id
      LIMIT p_limit OFFSET p_offset
    ) ordered;
  END IF;

  IF found_ids IS NULL THEN
    PERFORM kansio.log_usage (staff, '{}', 'search', 'search without results');
    RETURN;
  END IF;
  PERFORM kansio.log_usage (staff, found_ids, 'search', 'search results');

  -- One row at a time, in the order found: a plan that is made once.
  FOREACH hit_id IN ARRAY found_ids LOOP
    SELECT * INTO hit FROM kansio.person p WHERE p.id = hit_id;
    person_id := hit.id;
    identity_code := hit.identity_code;
    first_names := hit.first_names;
    surname := hit.surname;
    birth_date := hit.birth_date;
    -- Name hits passed the scope test already; only an identity-code hit
    -- may be someone outside the user's cases.
    is_visible := hit.identity_code <> exact OR kansio.person_in_scopes (hit.id, scopes);
    home_municipality := CASE WHEN is_visible AND NOT (hit.non_disclosure AND NOT protected_right)
                              THEN hit.home_municipality END;
    RETURN NEXT;
  END LOOP;
END
$function$;

CREATE OR REPLACE FUNCTION kansio_impl.person_lookup(p_identity_code text)
 RETURNS TABLE(person_id bigint, identity_code text, first_names text, surname text, birth_date date, is_temporary_code boolean, date_of_death date)
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  IF NOT kansio.is_caseworker (staff) THEN
    PERFORM kansio.deny ('Only caseworkers may look people up.');
  END IF;
  RETURN QUERY
    SELECT p.id, p.identity_code, p.first_names, p.surname, p.birth_date, p.is_temporary_code,
           p.date_of_death
    FROM kansio.person p WHERE p.identity_code = p_identity_code;
  PERFORM kansio.log_usage (staff, ARRAY (SELECT p.id FROM kansio.person p
                                          WHERE p.identity_code = p_identity_code),
                            'lookup', 'identify a person to start a case');
END
$function$;

----------------------------------------------------------------------------
-- A refusal of a change says no stored value (a status, what is left to
-- recover): those are read, and logged, through the reads.

CREATE OR REPLACE FUNCTION kansio_impl.is_application_set_status(p_application_id bigint, p_row_version integer, p_status text)
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
  c kansio.client_case;
  allowed boolean;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = a.case_id;
  PERFORM kansio.is_require_handler (staff, c);
  IF a.row_version <> p_row_version THEN
    RAISE EXCEPTION 'Someone else changed this application meanwhile.'
      USING ERRCODE = 'KA409', HINT = 'Reload the application.';
  END IF;
  allowed := (a.status, p_status) IN (('received', 'in_processing'),
                                      ('received', 'waiting_for_attachments'),
                                      ('in_processing', 'waiting_for_attachments'),
                                      ('waiting_for_attachments', 'in_processing'),
                                      ('decided', 'closed'), ('paid', 'closed'));
  IF NOT allowed THEN
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
$function$;

CREATE OR REPLACE FUNCTION kansio_impl.is_recovery_prepare(p_decision_id bigint, p_amount_cents bigint, p_reasons text)
 RETURNS bigint
 LANGUAGE plpgsql
AS $function$
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
    RAISE EXCEPTION 'Recovery cannot exceed what is left of what was paid on the decision.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'amount';
  END IF;
  INSERT INTO kansio.is_recovery (decision_id, amount_cents, reasons, prepared_by)
  VALUES (p_decision_id, p_amount_cents, p_reasons, staff)
  RETURNING id INTO new_id;
  PERFORM kansio.log_usage (staff, ARRAY[(x.c).person_id], 'is-recovery-prepare', NULL,
                            'income-support');
  RETURN new_id;
END
$function$;

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

-- The new change behind its gate, with Helsinki's today (0012).
SELECT kansio.gate_function ('api.work_queue_item_handle (bigint, text)'::regprocedure, 'write');

RESET ROLE;
