-- 0003-faster-rights-and-log.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The same rules as 0002, made cheaper per request (bench/clients.sh):
--
-- * The rights checks that run on every api call become single PL/pgSQL
--   queries, whose plans are kept for the session. As SQL functions layered
--   on grants_in_force they were planned anew on each call: 0.25-0.4 ms
--   each, more than the lookup they guarded.
-- * Chaining a log row takes the head with one UPDATE instead of a locking
--   SELECT and an UPDATE, and sets the lock wait in the function's own
--   SET clause.

SET LOCAL ROLE kansio_owner;

-- A unit and the units above it: three levels at most (check_unit_level).
CREATE OR REPLACE FUNCTION kansio.unit_and_ancestors (p_unit integer) RETURNS integer[]
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  parent integer;
  grandparent integer;
BEGIN
  SELECT u.parent_id, p.parent_id INTO parent, grandparent
  FROM kansio.organisation_unit u LEFT JOIN kansio.organisation_unit p ON p.id = u.parent_id
  WHERE u.id = p_unit;
  RETURN ARRAY[p_unit, parent, grandparent];
END
$$;

CREATE OR REPLACE FUNCTION kansio.has_area_right (p_staff integer, p_area text, p_level text,
                                                  p_unit integer DEFAULT NULL) RETURNS boolean
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  units integer[] := CASE WHEN p_unit IS NOT NULL THEN kansio.unit_and_ancestors (p_unit) END;
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM kansio.role_grant g JOIN kansio.job_role r ON r.code = g.job_role
    WHERE g.staff_id = p_staff AND g.revoked_at IS NULL AND g.valid_from <= current_date
      AND (g.valid_until IS NULL OR g.valid_until >= current_date)
      AND r.area = p_area AND kansio.level_rank (r.level) >= kansio.level_rank (p_level)
      AND (units IS NULL OR g.unit_id = ANY (units)));
END
$$;

CREATE OR REPLACE FUNCTION kansio.has_special_right (p_staff integer, p_level text,
                                                     p_unit integer DEFAULT NULL) RETURNS boolean
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  units integer[] := CASE WHEN p_unit IS NOT NULL THEN kansio.unit_and_ancestors (p_unit) END;
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM kansio.role_grant g JOIN kansio.job_role r ON r.code = g.job_role
    WHERE g.staff_id = p_staff AND g.revoked_at IS NULL AND g.valid_from <= current_date
      AND (g.valid_until IS NULL OR g.valid_until >= current_date)
      AND r.level = p_level
      AND (units IS NULL OR g.unit_id = ANY (units)));
END
$$;

CREATE OR REPLACE FUNCTION kansio.is_caseworker (p_staff integer) RETURNS boolean
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM kansio.role_grant g JOIN kansio.job_role r ON r.code = g.job_role
    WHERE g.staff_id = p_staff AND g.revoked_at IS NULL AND g.valid_from <= current_date
      AND (g.valid_until IS NULL OR g.valid_until >= current_date)
      AND r.area IS NOT NULL AND r.area <> 'letters');
END
$$;

-- As visible_scopes, in one query: each grant of reader or more in a
-- client area covers its unit and the units below it.
CREATE OR REPLACE FUNCTION kansio.visible_scope_keys (p_staff integer) RETURNS text[]
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  keys text[];
BEGIN
  SELECT coalesce (array_agg (DISTINCT r.area || ':' || u.id), '{}') INTO keys
  FROM kansio.role_grant g
  JOIN kansio.job_role r ON r.code = g.job_role
  JOIN kansio.organisation_unit u
    ON g.unit_id IN (u.id, u.parent_id)
    OR g.unit_id = (SELECT p.parent_id FROM kansio.organisation_unit p WHERE p.id = u.parent_id)
  WHERE g.staff_id = p_staff AND g.revoked_at IS NULL AND g.valid_from <= current_date
    AND (g.valid_until IS NULL OR g.valid_until >= current_date)
    AND r.area IS NOT NULL AND r.area <> 'letters' AND kansio.level_rank (r.level) >= 1;
  RETURN keys;
END
$$;

CREATE OR REPLACE FUNCTION kansio.chain_log_row () RETURNS trigger
  LANGUAGE plpgsql
  -- A transaction left open after logging holds the head until it ends;
  -- the others wait a bounded time and fail with a clear error.
  SET lock_timeout = '5s'
AS $$
BEGIN
  NEW.logged_at := clock_timestamp ();
  NEW.login_role := session_user;
  UPDATE kansio.log_chain_head SET position = position + 1 WHERE log = TG_ARGV[0]
  RETURNING position, hash INTO NEW.position, NEW.prev_hash;
  IF TG_ARGV[0] = 'usage' THEN
    NEW.row_hash := kansio.hash_text (kansio.usage_log_text (NEW));
  ELSE
    NEW.row_hash := kansio.hash_text (kansio.disclosure_log_text (NEW));
  END IF;
  UPDATE kansio.log_chain_head SET hash = NEW.row_hash WHERE log = TG_ARGV[0];
  RETURN NEW;
END
$$;

-- The hashed text of a log row, as PL/pgSQL: a SQL function taking the
-- row is not inlined into the trigger and was planned on every insert.
CREATE OR REPLACE FUNCTION kansio.usage_log_text (r kansio.usage_log) RETURNS text
  LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
  RETURN json_build_array (r.position, r.id, (extract (epoch FROM r.logged_at) * 1000000)::bigint,
                           r.login_role, r.staff_id, r.person_ids, r.view, r.purpose, r.area,
                           r.emergency, r.prev_hash)::text;
END
$$;

CREATE OR REPLACE FUNCTION kansio.disclosure_log_text (r kansio.disclosure_log) RETURNS text
  LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
  RETURN json_build_array (r.position, r.id, (extract (epoch FROM r.logged_at) * 1000000)::bigint,
                           r.login_role, r.staff_id, r.person_id, r.what, r.recipient,
                           r.legal_basis, r.prev_hash)::text;
END
$$;

CREATE OR REPLACE FUNCTION kansio.hash_text (p_text text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
  RETURN encode (sha256 (convert_to (p_text, 'UTF8')), 'hex');
END
$$;

-- The foreign key made every logged read lock its user's staff row (FOR
-- KEY SHARE): a write on each read, and contention between one user's
-- windows. Staff rows are never deleted (is_active), and the log names
-- the login role as well.
ALTER TABLE kansio.usage_log DROP CONSTRAINT usage_log_staff_id_fkey;

-- Unchanged but for the visibility of an identity-code hit, which now
-- reuses the scopes computed once for the request.
CREATE OR REPLACE FUNCTION api.person_search (p_query text, p_limit integer DEFAULT 50,
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
    is_visible := hit.identity_code <> exact OR kansio.person_in_scopes (hit.id, scopes);
    home_municipality := CASE WHEN is_visible AND NOT (hit.non_disclosure AND NOT protected_right)
                              THEN hit.home_municipality END;
    RETURN NEXT;
  END LOOP;
END
$$;

RESET ROLE;
