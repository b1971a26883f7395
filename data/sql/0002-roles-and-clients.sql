-- 0002-roles-and-clients.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The security core: who may see what, and who did see what.
--
-- * kansio_owner (NOLOGIN) owns every table and every api function. The
--   api functions are SECURITY DEFINER with a pinned search_path; they
--   check the caller (session_user) against the rights tables, do the
--   work and write the usage log in the same transaction.
-- * kansio_user (NOLOGIN) is the group of every Kansio login role. It may
--   use the api schema and execute its functions; nothing else.
-- * No login role has any privilege on schema kansio: a plain SELECT,
--   INSERT, UPDATE or DELETE on a table fails with 42501.
--
-- Roles are cluster-wide, so they are created only when missing. Running
-- this migration needs a superuser (or CREATEROLE and database owner).

-- Another database of the same cluster may be creating them right now
-- (tests migrate many at once): losing that race is fine.
DO $$
DECLARE
  role_name text;
BEGIN
  FOREACH role_name IN ARRAY ARRAY['kansio_owner', 'kansio_user'] LOOP
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = role_name) THEN
      BEGIN
        EXECUTE format ('CREATE ROLE %I NOLOGIN', role_name);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
      END;
    END IF;
  END LOOP;
  EXECUTE format ('GRANT CREATE, CONNECT ON DATABASE %I TO kansio_owner', current_database ());
  EXECUTE format ('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database ());
  EXECUTE format ('GRANT CONNECT, TEMPORARY ON DATABASE %I TO kansio_user', current_database ());
END
$$;

REVOKE ALL ON SCHEMA public FROM PUBLIC;

ALTER SCHEMA kansio OWNER TO kansio_owner;
ALTER SCHEMA api OWNER TO kansio_owner;
ALTER TABLE kansio.organisation_unit OWNER TO kansio_owner;
ALTER TABLE kansio.staff_member OWNER TO kansio_owner;
ALTER TABLE kansio.person OWNER TO kansio_owner;
ALTER FUNCTION api.server_info () OWNER TO kansio_owner;
GRANT USAGE ON SCHEMA kansio_meta TO kansio_owner;
GRANT SELECT ON kansio_meta.schema_migration TO kansio_owner;

-- Everything below is created by, and so owned by, kansio_owner.
--
-- The helpers in schema kansio carry no SET search_path of their own:
-- nobody but the owner may execute them, they run only inside an api
-- function whose search_path is pinned, and without the SET clause
-- PostgreSQL can inline the SQL ones into the calling query. Helpers
-- called on their own for every request are PL/pgSQL, whose plans are
-- kept for the session; a SQL function called that way is planned anew
-- on every call (measured: 0.2-0.4 ms each).
SET LOCAL ROLE kansio_owner;

-- New functions are executable by PUBLIC unless this says otherwise; api
-- functions are granted to kansio_user at the end, one by one.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

----------------------------------------------------------------------------
-- Settings a main user may change (through the api, in a later issue)

CREATE TABLE kansio.setting (
  key text PRIMARY KEY,
  value text NOT NULL,
  description text NOT NULL
);

-- Policy, not law: how long after a case closes its workers still see the
-- client (need to know). THL 1/2017 asks for access by client
-- relationship; the length of "recent" is the county's decision.
INSERT INTO kansio.setting (key, value, description)
VALUES ('recent_case_days', '90',
        'Days after a case closes during which workers of its area and unit still see the client.'),
       ('emergency_reason_min_length', '10',
        'Shortest reason accepted for emergency access to a client outside one''s cases.');

CREATE FUNCTION kansio.setting_int (p_key text) RETURNS integer
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  RETURN (SELECT value::integer FROM kansio.setting WHERE key = p_key);
END
$$;

----------------------------------------------------------------------------
-- Identity codes (DOMAIN.md 1.1)

-- NULL when valid; otherwise why not, as a short code the client maps to
-- a message in the user's language.
CREATE FUNCTION kansio.identity_code_problem (p_code text, p_allow_temporary boolean DEFAULT true)
  RETURNS text
  LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
  parts text[];
  century integer;
  individual integer;
  birth date;
BEGIN
  IF p_code IS NULL THEN
    RETURN 'format';
  END IF;
  parts := regexp_match (p_code, '^([0-9]{2})([0-9]{2})([0-9]{2})(.)([0-9]{3})([0-9A-Z])$');
  IF parts IS NULL THEN
    RETURN 'format';
  END IF;

  century := CASE
    WHEN parts[4] = '+' THEN 1800
    WHEN parts[4] IN ('-', 'Y', 'X', 'W', 'V', 'U') THEN 1900
    WHEN parts[4] IN ('A', 'B', 'C', 'D', 'E', 'F') THEN 2000
  END;
  IF century IS NULL THEN
    RETURN 'century';
  END IF;

  BEGIN
    birth := make_date (century + parts[3]::integer, parts[2]::integer, parts[1]::integer);
  EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format OR data_exception THEN
    RETURN 'date';
  END;

  individual := parts[5]::integer;
  IF individual < 2 THEN
    RETURN 'individual_number';
  END IF;
  IF individual >= 900 AND NOT p_allow_temporary THEN
    RETURN 'temporary';
  END IF;

  IF substr ('0123456789ABCDEFHJKLMNPRSTUVWXY',
             ((parts[1] || parts[2] || parts[3] || parts[5])::integer % 31) + 1, 1) <> parts[6] THEN
    RETURN 'checksum';
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION kansio.identity_code_birth_date (p_code text) RETURNS date
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT make_date (CASE
                      WHEN substr (p_code, 7, 1) = '+' THEN 1800
                      WHEN substr (p_code, 7, 1) IN ('A', 'B', 'C', 'D', 'E', 'F') THEN 2000
                      ELSE 1900
                    END + substr (p_code, 5, 2)::integer,
                    substr (p_code, 3, 2)::integer, substr (p_code, 1, 2)::integer)
$$;

-- Search folds case and the Finnish and Swedish letters, so "makinen"
-- finds Mäkinen and "nystrom" Nyström.
CREATE FUNCTION kansio.search_key (p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT translate (lower (p_text), 'äöåáàâãéèêëíìîïóòôõúùûüýÿšžæøðñç',
                                    'aoaaaaaeeeeiiiioooouuuuyyszaodnc')
$$;

----------------------------------------------------------------------------
-- Persons (client register)

ALTER TABLE kansio.person
  ADD COLUMN birth_date date,
  ADD COLUMN is_temporary_code boolean NOT NULL DEFAULT false,
  ADD COLUMN street_address text,
  ADD COLUMN postal_code text CHECK (postal_code ~ '^[0-9]{5}$'),
  ADD COLUMN post_office text,
  ADD COLUMN phone text CHECK (phone ~ '^\+?[0-9 ()-]{5,20}$'),
  ADD COLUMN email text CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  ADD COLUMN date_of_death date,
  ADD COLUMN non_disclosure boolean NOT NULL DEFAULT false,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now (),
  ADD COLUMN updated_by integer REFERENCES kansio.staff_member (id);

UPDATE kansio.person
SET birth_date = kansio.identity_code_birth_date (identity_code),
    is_temporary_code = substr (identity_code, 8, 3)::integer >= 900;

ALTER TABLE kansio.person
  ALTER COLUMN birth_date SET NOT NULL,
  ADD CONSTRAINT person_identity_code_valid CHECK (kansio.identity_code_problem (identity_code) IS NULL),
  -- Byte order ("C"), so one index serves both the prefix match and the
  -- ordering, and a search stops after the first page of hits.
  ADD COLUMN name_key text COLLATE "C" GENERATED ALWAYS AS
    (kansio.search_key (surname || ' ' || first_names)) STORED,
  ADD COLUMN first_name_key text COLLATE "C" GENERATED ALWAYS AS
    (kansio.search_key (first_names || ' ' || surname)) STORED;

DROP INDEX kansio.person_surname_idx;
CREATE INDEX person_name_key_idx ON kansio.person (name_key, id);
CREATE INDEX person_first_name_key_idx ON kansio.person (first_name_key, id);
CREATE INDEX person_birth_date_idx ON kansio.person (birth_date);

CREATE TABLE kansio.relation (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES kansio.person (id),
  related_person_id bigint NOT NULL REFERENCES kansio.person (id),
  -- guardian: person is the guardian of related_person
  kind text NOT NULL CHECK (kind IN ('guardian', 'spouse', 'household')),
  valid_from date NOT NULL DEFAULT current_date,
  valid_until date,
  created_by integer REFERENCES kansio.staff_member (id),
  created_at timestamptz NOT NULL DEFAULT now (),
  CHECK (person_id <> related_person_id),
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX relation_person_idx ON kansio.relation (person_id);
CREATE INDEX relation_related_idx ON kansio.relation (related_person_id);

----------------------------------------------------------------------------
-- Units: a county, its offices, their teams. Rights cover the units below
-- a granted one, and kansio.visible_scopes relies on there being three
-- levels at most.

CREATE FUNCTION kansio.check_unit_level () RETURNS trigger
  LANGUAGE plpgsql
AS $$
DECLARE
  parent_kind text;
BEGIN
  SELECT kind INTO parent_kind FROM kansio.organisation_unit WHERE id = NEW.parent_id;
  IF (NEW.kind = 'office' AND parent_kind IS DISTINCT FROM 'county')
     OR (NEW.kind = 'team' AND parent_kind IS DISTINCT FROM 'office') THEN
    RAISE EXCEPTION 'An office belongs to a county and a team to an office.'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER organisation_unit_level BEFORE INSERT OR UPDATE ON kansio.organisation_unit
  FOR EACH ROW EXECUTE FUNCTION kansio.check_unit_level ();

----------------------------------------------------------------------------
-- Rights: job roles are data, granted per unit, with an end date

ALTER TABLE kansio.staff_member ADD COLUMN is_active boolean NOT NULL DEFAULT true;

CREATE TABLE kansio.service_area (
  code text PRIMARY KEY,
  name_fi text NOT NULL,
  name_sv text NOT NULL
);
INSERT INTO kansio.service_area VALUES
  ('income-support', 'Toimeentulotuki', 'Utkomststöd'),
  ('child-welfare', 'Lastensuojelu', 'Barnskydd'),
  ('maintenance', 'Elatus', 'Underhåll'),
  ('disability', 'Vammaispalvelut', 'Funktionshinderservice'),
  ('letters', 'Kirjeet ja lomakkeet', 'Brev och blanketter');

CREATE TABLE kansio.job_role (
  code text PRIMARY KEY,
  level text NOT NULL CHECK (level IN ('reader', 'handler', 'decision_maker', 'supervisor',
                                       'main_user', 'auditor', 'protected_address')),
  area text REFERENCES kansio.service_area (code),
  name_fi text NOT NULL,
  name_sv text NOT NULL,
  CHECK ((area IS NULL) = (level IN ('supervisor', 'main_user', 'auditor', 'protected_address')))
);

INSERT INTO kansio.job_role (code, level, area, name_fi, name_sv)
SELECT area.code || ':' || level.level, level.level, area.code,
       area.name_fi || ': ' || level.name_fi, area.name_sv || ': ' || level.name_sv
FROM kansio.service_area area,
     (VALUES ('reader', 'lukija', 'läsare'),
             ('handler', 'käsittelijä', 'handläggare'),
             ('decision_maker', 'päätöksentekijä', 'beslutsfattare')) AS level (level, name_fi, name_sv);

INSERT INTO kansio.job_role (code, level, area, name_fi, name_sv) VALUES
  ('supervisor', 'supervisor', NULL, 'Esihenkilö', 'Förman'),
  ('main_user', 'main_user', NULL, 'Pääkäyttäjä', 'Huvudanvändare'),
  ('auditor', 'auditor', NULL, 'Lokien tarkastaja', 'Logggranskare'),
  ('protected_address', 'protected_address', NULL, 'Turvakieltoisen osoitteen katselu',
   'Visning av spärrad adress');

CREATE TABLE kansio.role_grant (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  staff_id integer NOT NULL REFERENCES kansio.staff_member (id),
  job_role text NOT NULL REFERENCES kansio.job_role (code),
  unit_id integer NOT NULL REFERENCES kansio.organisation_unit (id),
  valid_from date NOT NULL DEFAULT current_date,
  valid_until date,
  granted_by integer REFERENCES kansio.staff_member (id),
  granted_at timestamptz NOT NULL DEFAULT now (),
  revoked_at timestamptz,
  revoked_by integer REFERENCES kansio.staff_member (id),
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX role_grant_staff_idx ON kansio.role_grant (staff_id);

CREATE TABLE kansio.client_case (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES kansio.person (id),
  area text NOT NULL REFERENCES kansio.service_area (code) CHECK (area <> 'letters'),
  unit_id integer NOT NULL REFERENCES kansio.organisation_unit (id),
  opened_on date NOT NULL DEFAULT current_date,
  closed_on date,
  opened_by integer REFERENCES kansio.staff_member (id),
  CHECK (closed_on IS NULL OR closed_on >= opened_on)
);
CREATE INDEX client_case_person_idx ON kansio.client_case (person_id, area);

-- What happened in a case, in order: the case journal that the service
-- areas write to (applications, notes, decisions, letters sent).
CREATE TABLE kansio.case_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id bigint NOT NULL REFERENCES kansio.client_case (id),
  occurred_at timestamptz NOT NULL DEFAULT now (),
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9-]*$'),
  summary text NOT NULL CHECK (summary <> ''),
  created_by integer REFERENCES kansio.staff_member (id)
);
CREATE INDEX case_event_case_idx ON kansio.case_event (case_id, occurred_at);

CREATE TABLE kansio.work_queue_item (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('emergency_access', 'case_opened')),
  unit_id integer NOT NULL REFERENCES kansio.organisation_unit (id),
  person_id bigint REFERENCES kansio.person (id),
  caused_by integer REFERENCES kansio.staff_member (id),
  details text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now (),
  resolved_at timestamptz,
  resolved_by integer REFERENCES kansio.staff_member (id)
);

----------------------------------------------------------------------------
-- Logs: insert-only for everyone, each row chained to the previous one

CREATE TABLE kansio.log_chain_head (
  log text PRIMARY KEY CHECK (log IN ('usage', 'disclosure')),
  position bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO kansio.log_chain_head VALUES ('usage', 0, ''), ('disclosure', 0, '');

-- Käyttöloki: every read of client data.
CREATE TABLE kansio.usage_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  position bigint NOT NULL UNIQUE,
  logged_at timestamptz NOT NULL DEFAULT clock_timestamp (),
  login_role name NOT NULL DEFAULT session_user,
  staff_id integer REFERENCES kansio.staff_member (id),
  person_ids bigint[] NOT NULL,
  view text NOT NULL,
  purpose text,
  area text,
  emergency boolean NOT NULL DEFAULT false,
  prev_hash text NOT NULL,
  row_hash text NOT NULL
);
CREATE INDEX usage_log_person_idx ON kansio.usage_log USING gin (person_ids);
CREATE INDEX usage_log_staff_idx ON kansio.usage_log (login_role, logged_at);

-- Luovutusloki: everything that left the system, to whom, on what grounds.
CREATE TABLE kansio.disclosure_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  position bigint NOT NULL UNIQUE,
  logged_at timestamptz NOT NULL DEFAULT clock_timestamp (),
  login_role name NOT NULL DEFAULT session_user,
  staff_id integer REFERENCES kansio.staff_member (id),
  person_id bigint NOT NULL REFERENCES kansio.person (id),
  what text NOT NULL CHECK (what <> ''),
  recipient text NOT NULL CHECK (recipient <> ''),
  legal_basis text NOT NULL CHECK (legal_basis <> ''),
  prev_hash text NOT NULL,
  row_hash text NOT NULL
);
CREATE INDEX disclosure_log_person_idx ON kansio.disclosure_log (person_id, logged_at);

-- The text a row's hash covers: a JSON array, so no two different rows
-- give the same text (NULLs and separators in user text included). Times
-- as microseconds since the epoch, so the session's time zone plays no part.
CREATE FUNCTION kansio.usage_log_text (r kansio.usage_log) RETURNS text
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT json_build_array (r.position, r.id, (extract (epoch FROM r.logged_at) * 1000000)::bigint,
                           r.login_role, r.staff_id, r.person_ids, r.view, r.purpose, r.area,
                           r.emergency, r.prev_hash)::text
$$;

CREATE FUNCTION kansio.disclosure_log_text (r kansio.disclosure_log) RETURNS text
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT json_build_array (r.position, r.id, (extract (epoch FROM r.logged_at) * 1000000)::bigint,
                           r.login_role, r.staff_id, r.person_id, r.what, r.recipient,
                           r.legal_basis, r.prev_hash)::text
$$;

CREATE FUNCTION kansio.hash_text (p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT encode (sha256 (convert_to (p_text, 'UTF8')), 'hex')
$$;

-- Chains a new row to the head. The head row is locked until commit, so
-- logging transactions take their positions one at a time and a rolled
-- back one leaves no gap.
CREATE FUNCTION kansio.chain_log_row () RETURNS trigger
  LANGUAGE plpgsql
AS $$
DECLARE
  head kansio.log_chain_head;
BEGIN
  -- A transaction left open after logging holds the head until it ends;
  -- the others wait a bounded time and fail with a clear error rather than
  -- hang. (Known limit: sealing the chain in a separate step would remove
  -- the shared lock altogether.)
  PERFORM set_config ('lock_timeout', '5s', true);
  SELECT * INTO head FROM kansio.log_chain_head WHERE log = TG_ARGV[0] FOR UPDATE;
  NEW.position := head.position + 1;
  NEW.prev_hash := head.hash;
  NEW.logged_at := clock_timestamp ();
  NEW.login_role := session_user;
  IF TG_ARGV[0] = 'usage' THEN
    NEW.row_hash := kansio.hash_text (kansio.usage_log_text (NEW));
  ELSE
    NEW.row_hash := kansio.hash_text (kansio.disclosure_log_text (NEW));
  END IF;
  UPDATE kansio.log_chain_head SET position = NEW.position, hash = NEW.row_hash
  WHERE log = TG_ARGV[0];
  RETURN NEW;
END
$$;

CREATE FUNCTION kansio.refuse_log_change () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'The % is insert-only: rows are never changed or removed.', TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER usage_log_chain BEFORE INSERT ON kansio.usage_log
  FOR EACH ROW EXECUTE FUNCTION kansio.chain_log_row ('usage');
CREATE TRIGGER disclosure_log_chain BEFORE INSERT ON kansio.disclosure_log
  FOR EACH ROW EXECUTE FUNCTION kansio.chain_log_row ('disclosure');
CREATE TRIGGER usage_log_insert_only BEFORE UPDATE OR DELETE ON kansio.usage_log
  FOR EACH ROW EXECUTE FUNCTION kansio.refuse_log_change ();
CREATE TRIGGER usage_log_no_truncate BEFORE TRUNCATE ON kansio.usage_log
  FOR EACH STATEMENT EXECUTE FUNCTION kansio.refuse_log_change ();
CREATE TRIGGER disclosure_log_insert_only BEFORE UPDATE OR DELETE ON kansio.disclosure_log
  FOR EACH ROW EXECUTE FUNCTION kansio.refuse_log_change ();
CREATE TRIGGER disclosure_log_no_truncate BEFORE TRUNCATE ON kansio.disclosure_log
  FOR EACH STATEMENT EXECUTE FUNCTION kansio.refuse_log_change ();
-- The head moves only with an insert.
CREATE TRIGGER log_chain_head_fixed BEFORE DELETE ON kansio.log_chain_head
  FOR EACH ROW EXECUTE FUNCTION kansio.refuse_log_change ();

-- Even the owner's own functions: take the privileges away as well.
REVOKE UPDATE, DELETE, TRUNCATE ON kansio.usage_log, kansio.disclosure_log FROM kansio_owner;

----------------------------------------------------------------------------
-- Who is calling, and what may they do

CREATE FUNCTION kansio.deny (p_message text) RETURNS void
  LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION '%', p_message USING ERRCODE = 'insufficient_privilege';
END
$$;

-- The staff member behind the session's login role.
CREATE FUNCTION kansio.caller () RETURNS integer
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  staff integer;
BEGIN
  SELECT id INTO staff FROM kansio.staff_member WHERE login_role = session_user AND is_active;
  IF staff IS NULL THEN
    PERFORM kansio.deny (format ('%s is not an active Kansio user.', session_user));
  END IF;
  RETURN staff;
END
$$;

CREATE FUNCTION kansio.unit_ancestors (p_unit integer) RETURNS SETOF integer
  LANGUAGE sql STABLE
AS $$
  WITH RECURSIVE up (id, parent_id) AS (
    SELECT id, parent_id FROM kansio.organisation_unit WHERE id = p_unit
    UNION ALL
    SELECT u.id, u.parent_id FROM kansio.organisation_unit u JOIN up ON u.id = up.parent_id
  )
  SELECT id FROM up
$$;

CREATE FUNCTION kansio.level_rank (p_level text) RETURNS integer
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT CASE p_level WHEN 'reader' THEN 1 WHEN 'handler' THEN 2 WHEN 'decision_maker' THEN 3 END
$$;

-- The caller's grants in force today.
CREATE FUNCTION kansio.grants_in_force (p_staff integer)
  RETURNS TABLE (job_role text, level text, area text, unit_id integer)
  LANGUAGE sql STABLE
AS $$
  SELECT g.job_role, r.level, r.area, g.unit_id
  FROM kansio.role_grant g JOIN kansio.job_role r ON r.code = g.job_role
  WHERE g.staff_id = p_staff AND g.revoked_at IS NULL AND g.valid_from <= current_date
    AND (g.valid_until IS NULL OR g.valid_until >= current_date)
$$;

-- Whether the caller holds at least p_level in p_area for p_unit (or a
-- unit above it). A NULL p_unit means "in any unit".
CREATE FUNCTION kansio.has_area_right (p_staff integer, p_area text, p_level text,
                                       p_unit integer DEFAULT NULL) RETURNS boolean
  LANGUAGE sql STABLE
AS $$
  SELECT EXISTS (
    SELECT 1 FROM kansio.grants_in_force (p_staff) g
    WHERE g.area = p_area AND kansio.level_rank (g.level) >= kansio.level_rank (p_level)
      AND (p_unit IS NULL OR g.unit_id IN (SELECT kansio.unit_ancestors (p_unit))))
$$;

CREATE FUNCTION kansio.has_special_right (p_staff integer, p_level text,
                                          p_unit integer DEFAULT NULL) RETURNS boolean
  LANGUAGE sql STABLE
AS $$
  SELECT EXISTS (
    SELECT 1 FROM kansio.grants_in_force (p_staff) g
    WHERE g.level = p_level
      AND (p_unit IS NULL OR g.unit_id IN (SELECT kansio.unit_ancestors (p_unit))))
$$;

-- A caseworker holds a right in an area that has clients; the letters
-- area (templates) has none.
CREATE FUNCTION kansio.is_caseworker (p_staff integer) RETURNS boolean
  LANGUAGE sql STABLE
AS $$
  SELECT EXISTS (SELECT 1 FROM kansio.grants_in_force (p_staff)
                 WHERE area IS NOT NULL AND area <> 'letters')
$$;

-- The (area, unit) pairs whose clients the caller may see: each grant of
-- reader or more in a client area covers its unit and the units below it
-- (a county has offices, an office may have teams: three levels).
CREATE FUNCTION kansio.visible_scopes (p_staff integer)
  RETURNS TABLE (area text, unit_id integer)
  LANGUAGE sql STABLE
AS $$
  SELECT DISTINCT g.area, u.id
  FROM kansio.grants_in_force (p_staff) g
  JOIN kansio.organisation_unit u ON g.unit_id IN (u.id, u.parent_id)
    OR g.unit_id = (SELECT p.parent_id FROM kansio.organisation_unit p WHERE p.id = u.parent_id)
  WHERE g.area IS NOT NULL AND g.area <> 'letters' AND kansio.level_rank (g.level) >= 1
$$;

-- The same, as 'area:unit' keys, computed once per request.
CREATE FUNCTION kansio.visible_scope_keys (p_staff integer) RETURNS text[]
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  keys text[];
BEGIN
  SELECT coalesce (array_agg (v.area || ':' || v.unit_id), '{}') INTO keys
  FROM kansio.visible_scopes (p_staff) v;
  RETURN keys;
END
$$;

-- Need to know: the person has an open or recently closed case in an area
-- and unit the caller has rights to.
CREATE FUNCTION kansio.person_in_scopes (p_person bigint, p_scopes text[]) RETURNS boolean
  LANGUAGE sql STABLE
AS $$
  SELECT EXISTS (
    SELECT 1 FROM kansio.client_case c
    WHERE c.person_id = p_person
      AND (c.area || ':' || c.unit_id) = ANY (p_scopes)
      AND (c.closed_on IS NULL
           OR c.closed_on >= current_date - kansio.setting_int ('recent_case_days')))
$$;

CREATE FUNCTION kansio.can_see_person (p_staff integer, p_person bigint) RETURNS boolean
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  scopes text[] := kansio.visible_scope_keys (p_staff);
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM kansio.client_case c
    WHERE c.person_id = p_person
      AND (c.area || ':' || c.unit_id) = ANY (scopes)
      AND (c.closed_on IS NULL
           OR c.closed_on >= current_date - kansio.setting_int ('recent_case_days')));
END
$$;

CREATE FUNCTION kansio.can_handle_person (p_staff integer, p_person bigint) RETURNS boolean
  LANGUAGE sql STABLE
AS $$
  SELECT EXISTS (
    SELECT 1 FROM kansio.client_case c
    WHERE c.person_id = p_person AND c.closed_on IS NULL
      AND kansio.has_area_right (p_staff, c.area, 'handler', c.unit_id))
$$;

CREATE FUNCTION kansio.require_person_visible (p_staff integer, p_person bigint) RETURNS void
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  IF NOT kansio.can_see_person (p_staff, p_person) THEN
    PERFORM kansio.deny ('You have no case with this client. Use emergency access, with a reason, '
                         'if you must see the client''s data.');
  END IF;
END
$$;

CREATE FUNCTION kansio.log_usage (p_staff integer, p_person_ids bigint[], p_view text,
                                  p_purpose text DEFAULT NULL, p_area text DEFAULT NULL,
                                  p_emergency boolean DEFAULT false) RETURNS void
  LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO kansio.usage_log (staff_id, person_ids, view, purpose, area, emergency, position,
                                prev_hash, row_hash)
  VALUES (p_staff, p_person_ids, p_view, p_purpose, p_area, p_emergency, 0, '', '');
END
$$;

----------------------------------------------------------------------------
-- The api. Every function: SECURITY DEFINER, pinned search_path, checks
-- the caller first, logs every read of client data in the same
-- transaction. COMMENT ON FUNCTION says 'client-data' or 'no-client-data';
-- a test holds every function to its word.

-- Who am I, and what may I do (the shell's sidebar follows this).
CREATE FUNCTION api.whoami ()
  RETURNS TABLE (staff_id integer, login_role name, full_name text, language text,
                 unit_id integer, unit_name_fi text, unit_name_sv text)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT s.id, s.login_role, s.full_name, s.language, u.id, u.name_fi, u.name_sv
  FROM kansio.staff_member s JOIN kansio.organisation_unit u ON u.id = s.unit_id
  WHERE s.id = kansio.caller ()
$$;
COMMENT ON FUNCTION api.whoami () IS 'no-client-data';

CREATE FUNCTION api.my_rights ()
  RETURNS TABLE (job_role text, level text, area text, unit_id integer)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT * FROM kansio.grants_in_force (kansio.caller ()) ORDER BY 3, 2, 4
$$;
COMMENT ON FUNCTION api.my_rights () IS 'no-client-data';

CREATE FUNCTION api.job_roles ()
  RETURNS TABLE (code text, level text, area text, name_fi text, name_sv text)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT code, level, area, name_fi, name_sv FROM kansio.job_role
  WHERE kansio.caller () IS NOT NULL ORDER BY area NULLS LAST, code
$$;
COMMENT ON FUNCTION api.job_roles () IS 'no-client-data';

-- Any caseworker may find a person by the exact identity code, to start a
-- new case: identity data only, and logged.
CREATE FUNCTION api.person_lookup (p_identity_code text)
  RETURNS TABLE (person_id bigint, identity_code text, first_names text, surname text,
                 birth_date date, is_temporary_code boolean, date_of_death date)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
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
  IF FOUND THEN
    PERFORM kansio.log_usage (staff, ARRAY (SELECT p.id FROM kansio.person p
                                            WHERE p.identity_code = p_identity_code),
                              'lookup', 'identify a person to start a case');
  END IF;
END
$$;
COMMENT ON FUNCTION api.person_lookup (text) IS 'client-data';

-- Search by identity code or name prefix among the people the caller may
-- see. An exact identity code also finds anyone, as person_lookup does.
CREATE FUNCTION api.person_search (p_query text, p_limit integer DEFAULT 50,
                                   p_offset integer DEFAULT 0)
  RETURNS TABLE (person_id bigint, identity_code text, first_names text, surname text,
                 birth_date date, home_municipality text, is_visible boolean)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
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
    is_visible := hit.identity_code <> exact OR kansio.can_see_person (staff, hit.id);
    home_municipality := CASE WHEN is_visible AND NOT (hit.non_disclosure AND NOT protected_right)
                              THEN hit.home_municipality END;
    RETURN NEXT;
  END LOOP;
END
$$;
COMMENT ON FUNCTION api.person_search (text, integer, integer) IS 'client-data';

-- A client's record as the api returns it.
CREATE TYPE api.person_record AS (
  person_id bigint,
  identity_code text,
  is_temporary_code boolean,
  first_names text,
  surname text,
  birth_date date,
  language text,
  home_municipality text,
  street_address text,
  postal_code text,
  post_office text,
  phone text,
  email text,
  date_of_death date,
  non_disclosure boolean,
  address_hidden boolean,
  row_version integer
);

-- The full record, with the address held back under a non-disclosure
-- marking (turvakielto) from everyone without the specific right.
CREATE FUNCTION kansio.person_record (p_staff integer, p_person bigint)
  RETURNS SETOF api.person_record
  LANGUAGE sql STABLE
AS $$
  SELECT p.id, p.identity_code, p.is_temporary_code, p.first_names, p.surname, p.birth_date,
         p.language,
         CASE WHEN h.hidden THEN NULL ELSE p.home_municipality END,
         CASE WHEN h.hidden THEN NULL ELSE p.street_address END,
         CASE WHEN h.hidden THEN NULL ELSE p.postal_code END,
         CASE WHEN h.hidden THEN NULL ELSE p.post_office END,
         p.phone, p.email, p.date_of_death, p.non_disclosure, h.hidden, p.row_version
  FROM kansio.person p
  CROSS JOIN LATERAL (
    SELECT p.non_disclosure AND NOT kansio.has_special_right (p_staff, 'protected_address')
           AS hidden) h
  WHERE p.id = p_person
$$;

CREATE FUNCTION api.person_get (p_person_id bigint, p_purpose text DEFAULT NULL)
  RETURNS SETOF api.person_record
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  PERFORM kansio.require_person_visible (staff, p_person_id);
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'person', p_purpose);
  RETURN QUERY SELECT * FROM kansio.person_record (staff, p_person_id);
END
$$;
COMMENT ON FUNCTION api.person_get (bigint, text) IS 'client-data';

-- Opening a client outside one's cases: only with a typed reason, logged
-- as emergency access, and put before the supervisors of one's unit.
CREATE FUNCTION api.person_open_emergency (p_person_id bigint, p_reason text)
  RETURNS SETOF api.person_record
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  reason text := btrim (coalesce (p_reason, ''));
BEGIN
  IF NOT kansio.is_caseworker (staff) THEN
    PERFORM kansio.deny ('Only caseworkers may use emergency access.');
  END IF;
  IF length (reason) < kansio.setting_int ('emergency_reason_min_length') THEN
    RAISE EXCEPTION 'Emergency access needs a reason of at least % characters.',
      kansio.setting_int ('emergency_reason_min_length')
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'reason';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM kansio.person WHERE id = p_person_id) THEN
    RAISE EXCEPTION 'No such client.' USING ERRCODE = 'no_data_found';
  END IF;

  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'person', reason, NULL, true);
  INSERT INTO kansio.work_queue_item (kind, unit_id, person_id, caused_by, details)
  SELECT 'emergency_access', s.unit_id, p_person_id, staff, reason
  FROM kansio.staff_member s WHERE s.id = staff;

  RETURN QUERY SELECT * FROM kansio.person_record (staff, p_person_id);
END
$$;
COMMENT ON FUNCTION api.person_open_emergency (bigint, text) IS 'client-data';

CREATE FUNCTION kansio.check_person_fields (p_first_names text, p_surname text, p_language text,
                                            p_postal_code text, p_phone text, p_email text)
  RETURNS void
  LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
  IF btrim (coalesce (p_first_names, '')) = '' THEN
    RAISE EXCEPTION 'First names are required.' USING ERRCODE = 'invalid_parameter_value',
      COLUMN = 'first_names';
  END IF;
  IF btrim (coalesce (p_surname, '')) = '' THEN
    RAISE EXCEPTION 'The surname is required.' USING ERRCODE = 'invalid_parameter_value',
      COLUMN = 'surname';
  END IF;
  IF p_language IS NULL OR p_language NOT IN ('fi', 'sv') THEN
    RAISE EXCEPTION 'The language must be fi or sv.' USING ERRCODE = 'invalid_parameter_value',
      COLUMN = 'language';
  END IF;
  IF p_postal_code IS NOT NULL AND p_postal_code !~ '^[0-9]{5}$' THEN
    RAISE EXCEPTION 'A postal code has five digits.' USING ERRCODE = 'invalid_parameter_value',
      COLUMN = 'postal_code';
  END IF;
  IF p_phone IS NOT NULL AND p_phone !~ '^\+?[0-9 ()-]{5,20}$' THEN
    RAISE EXCEPTION 'The phone number is not valid.' USING ERRCODE = 'invalid_parameter_value',
      COLUMN = 'phone';
  END IF;
  IF p_email IS NOT NULL AND p_email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' THEN
    RAISE EXCEPTION 'The e-mail address is not valid.' USING ERRCODE = 'invalid_parameter_value',
      COLUMN = 'email';
  END IF;
END
$$;

-- People with the same name and birth date: shown before a new person is
-- created, so nobody gets two records.
CREATE FUNCTION api.person_find_similar (p_first_names text, p_surname text, p_birth_date date)
  RETURNS TABLE (person_id bigint, identity_code text, first_names text, surname text,
                 birth_date date)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  found_ids bigint[];
BEGIN
  -- Those who may create people: a handler somewhere.
  IF NOT EXISTS (SELECT 1 FROM kansio.grants_in_force (staff) g
                 WHERE g.area IS NOT NULL AND kansio.level_rank (g.level) >= 2) THEN
    PERFORM kansio.deny ('Only handlers may create people.');
  END IF;
  SELECT array_agg (p.id ORDER BY p.id) INTO found_ids
  FROM kansio.person p
  WHERE p.birth_date = p_birth_date
    AND p.name_key = kansio.search_key (btrim (p_surname) || ' ' || btrim (p_first_names));
  IF found_ids IS NULL THEN
    RETURN;
  END IF;
  PERFORM kansio.log_usage (staff, found_ids, 'similar', 'avoid a duplicate person');
  -- Name and birth date tell the user to look closer; the identity code
  -- only for their own clients.
  RETURN QUERY
    SELECT p.id, CASE WHEN kansio.can_see_person (staff, p.id) THEN p.identity_code END,
           p.first_names, p.surname, p.birth_date
    FROM kansio.person p WHERE p.id = ANY (found_ids) ORDER BY p.id;
END
$$;
COMMENT ON FUNCTION api.person_find_similar (text, text, date) IS 'client-data';

-- A new person, with a case in the caller's area and unit (a person is
-- created to be served). Refuses an identity code already registered, and
-- unless p_similar_confirmed, a person whose name and birth date match.
CREATE FUNCTION api.person_create (p_identity_code text, p_first_names text, p_surname text,
                                   p_language text, p_area text, p_unit_id integer,
                                   p_home_municipality text DEFAULT NULL,
                                   p_street_address text DEFAULT NULL,
                                   p_postal_code text DEFAULT NULL,
                                   p_post_office text DEFAULT NULL, p_phone text DEFAULT NULL,
                                   p_email text DEFAULT NULL,
                                   p_non_disclosure boolean DEFAULT false,
                                   p_similar_confirmed boolean DEFAULT false)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  problem text := kansio.identity_code_problem (p_identity_code);
  new_id bigint;
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
  IF EXISTS (SELECT 1 FROM kansio.person WHERE identity_code = p_identity_code) THEN
    RAISE EXCEPTION 'A person with this identity code is already registered.'
      USING ERRCODE = 'unique_violation', COLUMN = 'identity_code';
  END IF;
  IF NOT coalesce (p_similar_confirmed, false) AND EXISTS (
       SELECT 1 FROM kansio.person p
       WHERE p.birth_date = kansio.identity_code_birth_date (p_identity_code)
         AND p.name_key = kansio.search_key (btrim (p_surname) || ' ' || btrim (p_first_names)))
  THEN
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
$$;
COMMENT ON FUNCTION api.person_create (text, text, text, text, text, integer, text, text, text,
                                       text, text, text, boolean, boolean) IS 'client-data';

-- Saves only over the version the caller read: a concurrent edit is
-- refused (KA409) and the caller keeps what they typed.
CREATE FUNCTION api.person_update (p_person_id bigint, p_row_version integer,
                                   p_first_names text, p_surname text, p_language text,
                                   p_home_municipality text, p_street_address text,
                                   p_postal_code text, p_post_office text, p_phone text,
                                   p_email text, p_date_of_death date, p_non_disclosure boolean)
  RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
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
      phone = p_phone, email = p_email, date_of_death = p_date_of_death,
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
$$;
COMMENT ON FUNCTION api.person_update (bigint, integer, text, text, text, text, text, text, text,
                                       text, text, date, boolean) IS 'client-data';

-- The family member is named by identity code, as in person_lookup, so a
-- relation cannot be used to read people by guessing their ids.
CREATE FUNCTION api.relation_add (p_person_id bigint, p_related_identity_code text, p_kind text,
                                  p_valid_from date DEFAULT current_date,
                                  p_valid_until date DEFAULT NULL)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  related bigint;
  new_id bigint;
BEGIN
  IF NOT kansio.can_handle_person (staff, p_person_id) THEN
    PERFORM kansio.deny ('You may not change this client''s relations.');
  END IF;
  SELECT id INTO related FROM kansio.person WHERE identity_code = p_related_identity_code;
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
$$;
COMMENT ON FUNCTION api.relation_add (bigint, text, text, date, date) IS 'client-data';

CREATE FUNCTION api.relation_end (p_relation_id bigint, p_valid_until date)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  rel kansio.relation;
BEGIN
  SELECT * INTO rel FROM kansio.relation WHERE id = p_relation_id;
  IF rel.id IS NULL OR NOT kansio.can_handle_person (staff, rel.person_id) THEN
    PERFORM kansio.deny ('You may not change this client''s relations.');
  END IF;
  IF p_valid_until IS NULL OR p_valid_until < rel.valid_from THEN
    RAISE EXCEPTION 'A relation ends on a date after it began.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'valid_until';
  END IF;
  UPDATE kansio.relation SET valid_until = p_valid_until WHERE id = p_relation_id;
  PERFORM kansio.log_usage (staff, ARRAY[rel.person_id, rel.related_person_id], 'relation-end');
END
$$;
COMMENT ON FUNCTION api.relation_end (bigint, date) IS 'client-data';

CREATE FUNCTION api.person_relations (p_person_id bigint)
  RETURNS TABLE (relation_id bigint, kind text, direction text, related_person_id bigint,
                 related_first_names text, related_surname text, related_birth_date date,
                 valid_from date, valid_until date)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  relation_ids bigint[];
  related bigint[];
BEGIN
  PERFORM kansio.require_person_visible (staff, p_person_id);
  -- The relations are fixed first and only those are returned, so what is
  -- logged is exactly what is shown, whatever commits meanwhile.
  SELECT array_agg (r.id),
         array_agg (CASE WHEN r.person_id = p_person_id THEN r.related_person_id
                         ELSE r.person_id END)
  INTO relation_ids, related
  FROM kansio.relation r WHERE p_person_id IN (r.person_id, r.related_person_id);
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id] || coalesce (related, '{}'), 'relations');

  RETURN QUERY
    SELECT r.id, r.kind,
           CASE WHEN r.person_id = p_person_id THEN 'to' ELSE 'from' END,
           o.id, o.first_names, o.surname, o.birth_date, r.valid_from, r.valid_until
    FROM kansio.relation r
    JOIN kansio.person o
      ON o.id = CASE WHEN r.person_id = p_person_id THEN r.related_person_id ELSE r.person_id END
    WHERE r.id = ANY (coalesce (relation_ids, '{}'))
    ORDER BY r.valid_until NULLS FIRST, r.kind, o.birth_date;
END
$$;
COMMENT ON FUNCTION api.person_relations (bigint) IS 'client-data';

-- Opening a case starts a client relationship, and with it the right to
-- see the client: the client is named by identity code, never by a
-- guessable id.
CREATE FUNCTION api.case_open (p_identity_code text, p_area text, p_unit_id integer,
                               p_reason text)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  reason text := btrim (coalesce (p_reason, ''));
  client bigint;
  new_id bigint;
BEGIN
  IF NOT kansio.has_area_right (staff, p_area, 'handler', p_unit_id) THEN
    PERFORM kansio.deny ('You may not open cases in this area and unit.');
  END IF;
  -- Opening a case opens the client's record to the unit: as with
  -- emergency access, only with a stated reason, put before the
  -- supervisors of the unit.
  IF length (reason) < kansio.setting_int ('emergency_reason_min_length') THEN
    RAISE EXCEPTION 'Opening a case needs a reason of at least % characters.',
      kansio.setting_int ('emergency_reason_min_length')
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'reason';
  END IF;
  SELECT id INTO client FROM kansio.person WHERE identity_code = p_identity_code;
  IF client IS NULL THEN
    RAISE EXCEPTION 'No person has the identity code %.', p_identity_code
      USING ERRCODE = 'no_data_found', COLUMN = 'identity_code';
  END IF;
  INSERT INTO kansio.client_case (person_id, area, unit_id, opened_by)
  VALUES (client, p_area, p_unit_id, staff)
  RETURNING id INTO new_id;
  INSERT INTO kansio.work_queue_item (kind, unit_id, person_id, caused_by, details)
  VALUES ('case_opened', p_unit_id, client, staff, reason);
  PERFORM kansio.log_usage (staff, ARRAY[client], 'case-open', reason, p_area);
  RETURN new_id;
END
$$;
COMMENT ON FUNCTION api.case_open (text, text, integer, text) IS 'client-data';

CREATE FUNCTION api.case_close (p_case_id bigint, p_closed_on date DEFAULT current_date)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  c kansio.client_case;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = p_case_id;
  IF c.id IS NULL OR NOT kansio.has_area_right (staff, c.area, 'handler', c.unit_id) THEN
    PERFORM kansio.deny ('You may not close this case.');
  END IF;
  -- The date decides how long the case keeps the client visible: not in
  -- the future, not before the case began, and a closed case stays closed.
  IF c.closed_on IS NOT NULL THEN
    RAISE EXCEPTION 'The case is already closed.' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF coalesce (p_closed_on, current_date) NOT BETWEEN c.opened_on AND current_date THEN
    RAISE EXCEPTION 'A case closes between its opening and today.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'closed_on';
  END IF;
  UPDATE kansio.client_case SET closed_on = coalesce (p_closed_on, current_date)
  WHERE id = p_case_id;
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'case-close', NULL, c.area);
END
$$;
COMMENT ON FUNCTION api.case_close (bigint, date) IS 'client-data';

-- The client's cases in the areas the caller has rights to; other areas'
-- cases are not even mentioned.
CREATE FUNCTION api.person_cases (p_person_id bigint)
  RETURNS TABLE (case_id bigint, area text, unit_id integer, unit_name_fi text,
                 unit_name_sv text, opened_on date, closed_on date)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  PERFORM kansio.require_person_visible (staff, p_person_id);
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'cases');
  RETURN QUERY
    SELECT c.id, c.area, c.unit_id, u.name_fi, u.name_sv, c.opened_on, c.closed_on
    FROM kansio.client_case c JOIN kansio.organisation_unit u ON u.id = c.unit_id
    WHERE c.person_id = p_person_id
      AND kansio.has_area_right (staff, c.area, 'reader', c.unit_id)
    ORDER BY c.closed_on NULLS FIRST, c.opened_on DESC;
END
$$;
COMMENT ON FUNCTION api.person_cases (bigint) IS 'client-data';

-- The journal of one case, newest first, for those who may see the case.
CREATE FUNCTION api.case_events (p_case_id bigint, p_limit integer DEFAULT 100)
  RETURNS TABLE (event_id bigint, occurred_at timestamptz, kind text, summary text,
                 created_by text)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  c kansio.client_case;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = p_case_id;
  IF c.id IS NULL OR NOT kansio.has_area_right (staff, c.area, 'reader', c.unit_id)
     OR NOT kansio.can_see_person (staff, c.person_id) THEN
    PERFORM kansio.deny ('You may not see this case.');
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'case-events', NULL, c.area);
  RETURN QUERY
    SELECT e.id, e.occurred_at, e.kind, e.summary, s.full_name
    FROM kansio.case_event e LEFT JOIN kansio.staff_member s ON s.id = e.created_by
    WHERE e.case_id = p_case_id
    ORDER BY e.occurred_at DESC, e.id DESC
    LIMIT least (greatest (coalesce (p_limit, 100), 1), 500);
END
$$;
COMMENT ON FUNCTION api.case_events (bigint, integer) IS 'client-data';

----------------------------------------------------------------------------
-- Logs: who viewed a client, what a user viewed, and whether the chain holds

CREATE FUNCTION kansio.require_auditor (p_staff integer) RETURNS void
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  IF NOT kansio.has_special_right (p_staff, 'auditor') THEN
    PERFORM kansio.deny ('Only auditors may read the logs.');
  END IF;
END
$$;

CREATE FUNCTION api.audit_person_views (p_person_id bigint, p_from timestamptz,
                                        p_to timestamptz)
  RETURNS TABLE (logged_at timestamptz, login_role name, full_name text, view text,
                 purpose text, area text, emergency boolean)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  PERFORM kansio.require_auditor (staff);
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'audit-person-views', 'log review');
  RETURN QUERY
    SELECT l.logged_at, l.login_role, s.full_name, l.view, l.purpose, l.area, l.emergency
    FROM kansio.usage_log l LEFT JOIN kansio.staff_member s ON s.id = l.staff_id
    WHERE l.person_ids @> ARRAY[p_person_id] AND l.logged_at >= p_from AND l.logged_at < p_to
    ORDER BY l.logged_at, l.position;
END
$$;
COMMENT ON FUNCTION api.audit_person_views (bigint, timestamptz, timestamptz) IS 'client-data';

CREATE FUNCTION api.audit_user_views (p_login_role name, p_from timestamptz, p_to timestamptz)
  RETURNS TABLE (logged_at timestamptz, person_id bigint, identity_code text,
                 first_names text, surname text, view text, purpose text, area text,
                 emergency boolean)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  positions bigint[];
  seen bigint[];
BEGIN
  PERFORM kansio.require_auditor (staff);
  SELECT array_agg (l.position) INTO positions
  FROM kansio.usage_log l
  WHERE l.login_role = p_login_role AND l.logged_at >= p_from AND l.logged_at < p_to;
  SELECT array_agg (DISTINCT x) INTO seen
  FROM kansio.usage_log l, unnest (l.person_ids) x
  WHERE l.position = ANY (coalesce (positions, '{}'));
  PERFORM kansio.log_usage (staff, coalesce (seen, '{}'), 'audit-user-views', 'log review');
  RETURN QUERY
    SELECT l.logged_at, p.id, p.identity_code, p.first_names, p.surname, l.view, l.purpose,
           l.area, l.emergency
    FROM kansio.usage_log l
    CROSS JOIN LATERAL unnest (l.person_ids) x (id)
    JOIN kansio.person p ON p.id = x.id
    WHERE l.position = ANY (coalesce (positions, '{}'))
    ORDER BY l.logged_at, l.position, p.id;
END
$$;
COMMENT ON FUNCTION api.audit_user_views (name, timestamptz, timestamptz) IS 'client-data';

-- Walks both chains: every row's hash, every link, no missing position,
-- and the head where the last row is. A row a superuser changed or removed
-- in place shows here. One who rewrites the whole chain from that row on,
-- head included, does not: that needs the head hash kept outside the
-- database as well (a later step).
CREATE FUNCTION kansio.verify_chain (p_log text)
  RETURNS TABLE (log text, rows_checked bigint, ok boolean, problem text)
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  expected_position bigint := 1;
  previous text := '';
  r record;
  computed text;
  head kansio.log_chain_head;
BEGIN
  log := p_log;
  rows_checked := 0;
  ok := true;
  FOR r IN EXECUTE format (
      'SELECT l AS whole, l.position, l.prev_hash, l.row_hash FROM kansio.%I l ORDER BY l.position',
      p_log || '_log')
  LOOP
    rows_checked := rows_checked + 1;
    IF r.position <> expected_position THEN
      ok := false;
      problem := format ('Row %s is missing (the next row found is %s).', expected_position,
                         r.position);
      RETURN NEXT;
      RETURN;
    END IF;
    IF r.prev_hash <> previous THEN
      ok := false;
      problem := format ('Row %s does not follow row %s.', r.position, r.position - 1);
      RETURN NEXT;
      RETURN;
    END IF;
    IF p_log = 'usage' THEN
      computed := kansio.hash_text (kansio.usage_log_text (r.whole));
    ELSE
      computed := kansio.hash_text (kansio.disclosure_log_text (r.whole));
    END IF;
    IF computed <> r.row_hash THEN
      ok := false;
      problem := format ('Row %s was changed after it was written.', r.position);
      RETURN NEXT;
      RETURN;
    END IF;
    previous := r.row_hash;
    expected_position := expected_position + 1;
  END LOOP;

  SELECT * INTO head FROM kansio.log_chain_head h WHERE h.log = p_log;
  IF head.position <> expected_position - 1 OR head.hash <> previous THEN
    ok := false;
    problem := format ('The last %s rows were removed (the log ends at row %s).',
                       head.position - (expected_position - 1), expected_position - 1);
  END IF;
  RETURN NEXT;
END
$$;

CREATE FUNCTION api.audit_verify ()
  RETURNS TABLE (log text, rows_checked bigint, ok boolean, problem text)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  IF NOT (kansio.has_special_right (staff, 'auditor')
          OR kansio.has_special_right (staff, 'main_user')) THEN
    PERFORM kansio.deny ('Only auditors and main users may verify the logs.');
  END IF;
  RETURN QUERY SELECT * FROM kansio.verify_chain ('usage')
               UNION ALL SELECT * FROM kansio.verify_chain ('disclosure');
END
$$;
COMMENT ON FUNCTION api.audit_verify () IS 'no-client-data';

-- Disclosures: later issues call this when a document is printed,
-- exported or sent.
CREATE FUNCTION api.disclosure_record (p_person_id bigint, p_what text, p_recipient text,
                                       p_legal_basis text)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  new_id bigint;
BEGIN
  PERFORM kansio.require_person_visible (staff, p_person_id);
  INSERT INTO kansio.disclosure_log (staff_id, person_id, what, recipient, legal_basis, position,
                                     prev_hash, row_hash)
  VALUES (staff, p_person_id, p_what, p_recipient, p_legal_basis, 0, '', '')
  RETURNING id INTO new_id;
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'disclosure-record');
  RETURN new_id;
END
$$;
COMMENT ON FUNCTION api.disclosure_record (bigint, text, text, text) IS 'client-data';

CREATE FUNCTION api.disclosure_list (p_person_id bigint)
  RETURNS TABLE (logged_at timestamptz, login_role name, what text, recipient text,
                 legal_basis text)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  IF NOT kansio.has_special_right (staff, 'auditor') THEN
    PERFORM kansio.require_person_visible (staff, p_person_id);
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'disclosures');
  RETURN QUERY
    SELECT d.logged_at, d.login_role, d.what, d.recipient, d.legal_basis
    FROM kansio.disclosure_log d WHERE d.person_id = p_person_id ORDER BY d.position;
END
$$;
COMMENT ON FUNCTION api.disclosure_list (bigint) IS 'client-data';

----------------------------------------------------------------------------
-- Granting rights: main users only, and only through here

CREATE FUNCTION api.grant_role (p_login_role name, p_job_role text, p_unit_id integer,
                                p_valid_until date DEFAULT NULL)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  grantee integer;
  new_id bigint;
BEGIN
  IF NOT kansio.has_special_right (staff, 'main_user', p_unit_id) THEN
    PERFORM kansio.deny ('Only a main user of this unit may grant rights.');
  END IF;
  SELECT id INTO grantee FROM kansio.staff_member WHERE login_role = p_login_role;
  IF grantee IS NULL THEN
    RAISE EXCEPTION 'No such user: %', p_login_role USING ERRCODE = 'no_data_found';
  END IF;
  -- Four eyes: nobody widens their own rights.
  IF grantee = staff THEN
    PERFORM kansio.deny ('A main user may not grant rights to themselves.');
  END IF;
  INSERT INTO kansio.role_grant (staff_id, job_role, unit_id, valid_until, granted_by)
  VALUES (grantee, p_job_role, p_unit_id, p_valid_until, staff)
  RETURNING id INTO new_id;
  RETURN new_id;
END
$$;
COMMENT ON FUNCTION api.grant_role (name, text, integer, date) IS 'no-client-data';

CREATE FUNCTION api.revoke_grant (p_grant_id bigint)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  g kansio.role_grant;
BEGIN
  SELECT * INTO g FROM kansio.role_grant WHERE id = p_grant_id;
  IF g.id IS NULL OR NOT kansio.has_special_right (staff, 'main_user', g.unit_id) THEN
    PERFORM kansio.deny ('Only a main user of this unit may revoke rights.');
  END IF;
  UPDATE kansio.role_grant SET revoked_at = now (), revoked_by = staff WHERE id = p_grant_id;
END
$$;
COMMENT ON FUNCTION api.revoke_grant (bigint) IS 'no-client-data';

CREATE FUNCTION api.staff_grants ()
  RETURNS TABLE (grant_id bigint, login_role name, full_name text, job_role text, unit_id integer,
                 valid_from date, valid_until date, revoked_at timestamptz)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
BEGIN
  IF NOT (kansio.has_special_right (staff, 'main_user')
          OR kansio.has_special_right (staff, 'supervisor')) THEN
    PERFORM kansio.deny ('Only main users and supervisors may list rights.');
  END IF;
  RETURN QUERY
    SELECT g.id, s.login_role, s.full_name, g.job_role, g.unit_id, g.valid_from, g.valid_until,
           g.revoked_at
    FROM kansio.role_grant g JOIN kansio.staff_member s ON s.id = g.staff_id
    ORDER BY s.full_name, g.job_role;
END
$$;
COMMENT ON FUNCTION api.staff_grants () IS 'no-client-data';

-- The supervisor's queue: emergency access in the units they lead.
CREATE FUNCTION api.work_queue ()
  RETURNS TABLE (item_id bigint, kind text, created_at timestamptz, person_id bigint,
                 person_name text, caused_by text, details text)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  item_ids bigint[];
  shown bigint[];
BEGIN
  SELECT array_agg (i.id), array_agg (i.person_id) INTO item_ids, shown
  FROM kansio.work_queue_item i
  WHERE i.resolved_at IS NULL AND kansio.has_special_right (staff, 'supervisor', i.unit_id);
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
$$;
COMMENT ON FUNCTION api.work_queue () IS 'client-data';

COMMENT ON FUNCTION api.server_info () IS 'no-client-data';

----------------------------------------------------------------------------
-- The door: kansio_user may use the api and nothing else.

RESET ROLE;

REVOKE ALL ON ALL TABLES IN SCHEMA kansio FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA kansio FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA kansio FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
REVOKE ALL ON SCHEMA kansio FROM PUBLIC;
GRANT USAGE ON SCHEMA api TO kansio_user;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA api TO kansio_user;

-- Which migrations are applied is no secret: the app checks, as the user,
-- that it knows the schema before anything else.
GRANT USAGE ON SCHEMA kansio_meta TO kansio_user;
GRANT SELECT ON kansio_meta.schema_migration TO kansio_user;
