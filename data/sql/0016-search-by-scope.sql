-- 0016-search-by-scope.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A name search costs what the caller may see, not how many people share
-- the name (issue 18). The search walked person.name_key over every
-- person with the prefix and tested each for a visible case: for a handler
-- of one office, a common surname none of whose bearers are theirs read
-- them all (240-250 ms on 1M clients, against 2.7 ms for 50 visible hits),
-- and how long it took told how many invisible people bear the name.
--
-- Two ways were weighed:
--  - a bounded walk that stops after N rows and says "more than N outside
--    your clients": cheap to build, but the cost still grows with the
--    invisible matches up to N, the timing still tells "more or fewer than
--    N", and a caseworker can miss a client of theirs behind N others;
--  - a search index by scope (this migration): one row per case, keyed by
--    the case's area and unit (the caller's scopes are area:unit keys, see
--    kansio.visible_scope_keys) and the person's name keys, kept by
--    triggers as cases open, move and close and as names change. The
--    search walks, for each scope of the caller, only the rows of that
--    scope: the cost is the caller's own matches (bounded by the page)
--    plus one index probe a scope, whatever the rest of the county holds.
-- The second was chosen: it is exact, its cost does not depend on
-- invisible people at all (so the timing tells nothing of them), and a
-- case is one row more to keep (measured in bench/search.sh).

SET LOCAL ROLE kansio_owner;

CREATE TABLE kansio.person_scope (
  case_id bigint PRIMARY KEY REFERENCES kansio.client_case (id) ON DELETE CASCADE,
  scope text COLLATE "C" NOT NULL,        -- the case's area || ':' || unit_id
  person_id bigint NOT NULL REFERENCES kansio.person (id),
  name_key text COLLATE "C" NOT NULL,
  first_name_key text COLLATE "C" NOT NULL,
  closed_on date                           -- visible for recent_case_days after
);
CREATE INDEX person_scope_name_idx ON kansio.person_scope (scope, name_key, person_id);
CREATE INDEX person_scope_first_name_idx ON kansio.person_scope (scope, first_name_key, person_id);
CREATE INDEX person_scope_person_idx ON kansio.person_scope (person_id);

INSERT INTO kansio.person_scope (case_id, scope, person_id, name_key, first_name_key, closed_on)
SELECT c.id, c.area || ':' || c.unit_id, c.person_id, coalesce (p.name_key, ''),
       coalesce (p.first_name_key, ''), c.closed_on
FROM kansio.client_case c JOIN kansio.person p ON p.id = c.person_id;

-- A case opened, moved or closed: its row.
CREATE FUNCTION kansio.person_scope_of_case () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO kansio.person_scope (case_id, scope, person_id, name_key, first_name_key, closed_on)
  SELECT NEW.id, NEW.area || ':' || NEW.unit_id, NEW.person_id, coalesce (p.name_key, ''),
         coalesce (p.first_name_key, ''), NEW.closed_on
  FROM kansio.person p WHERE p.id = NEW.person_id
  ON CONFLICT (case_id) DO UPDATE
    SET scope = EXCLUDED.scope, person_id = EXCLUDED.person_id, name_key = EXCLUDED.name_key,
        first_name_key = EXCLUDED.first_name_key, closed_on = EXCLUDED.closed_on;
  RETURN NULL;
END
$$;
CREATE TRIGGER client_case_person_scope
  AFTER INSERT OR UPDATE OF area, unit_id, person_id, closed_on ON kansio.client_case
  FOR EACH ROW EXECUTE FUNCTION kansio.person_scope_of_case ();

-- A name changed: its rows. (The keys are generated from the names, so
-- the trigger watches the names.)
CREATE FUNCTION kansio.person_scope_of_person () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.name_key IS DISTINCT FROM OLD.name_key
     OR NEW.first_name_key IS DISTINCT FROM OLD.first_name_key THEN
    UPDATE kansio.person_scope
    SET name_key = coalesce (NEW.name_key, ''), first_name_key = coalesce (NEW.first_name_key, '')
    WHERE person_id = NEW.id;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER person_person_scope AFTER UPDATE OF surname, first_names ON kansio.person
  FOR EACH ROW EXECUTE FUNCTION kansio.person_scope_of_person ();

-- The search as 0013 makes it, walking the caller's scopes instead of
-- every person with the name.
CREATE OR REPLACE FUNCTION kansio_impl.person_search (p_query text, p_limit integer DEFAULT 50,
                                                     p_offset integer DEFAULT 0)
  RETURNS TABLE (person_id bigint, identity_code text, first_names text, surname text,
                 birth_date date, home_municipality text, is_visible boolean)
  LANGUAGE plpgsql
AS $function$
DECLARE
  staff integer := kansio.caller ();
  scopes text[];
  exact text := upper (btrim (coalesce (p_query, '')));
  key text := kansio.search_key (btrim (coalesce (p_query, '')));
  upper_bound text;
  wanted integer;
  cutoff date := current_date - kansio.setting_int ('recent_case_days');
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
    -- Each scope of the caller gives at most a page of its own matches,
    -- in order; the pages are merged, a person once.
    SELECT array_agg (ordered.id ORDER BY ordered.sort_key, ordered.id) INTO found_ids
    FROM (
      SELECT u.id, min (u.sort_key) AS sort_key
      FROM (
        (SELECT p.id, p.name_key AS sort_key FROM kansio.person p
         WHERE p.identity_code = exact)
        UNION ALL
        SELECT m.person_id, m.name_key
        FROM unnest (scopes) s (scope),
             LATERAL (SELECT ps.person_id, ps.name_key FROM kansio.person_scope ps
                      WHERE ps.scope = s.scope AND ps.name_key >= key
                        AND ps.name_key < upper_bound
                        AND (ps.closed_on IS NULL OR ps.closed_on >= cutoff)
                      ORDER BY ps.name_key, ps.person_id LIMIT wanted) m
        UNION ALL
        SELECT m.person_id, m.first_name_key
        FROM unnest (scopes) s (scope),
             LATERAL (SELECT ps.person_id, ps.first_name_key FROM kansio.person_scope ps
                      WHERE ps.scope = s.scope AND ps.first_name_key >= key
                        AND ps.first_name_key < upper_bound
                        AND (ps.closed_on IS NULL OR ps.closed_on >= cutoff)
                      ORDER BY ps.first_name_key, ps.person_id LIMIT wanted) m
      ) u
      GROUP BY u.id
      ORDER BY min (u.sort_key), u.id
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
    -- Name hits are the caller's clients; only an identity-code hit may
    -- be someone outside the caller's cases.
    is_visible := hit.identity_code <> exact OR kansio.person_in_scopes (hit.id, scopes);
    home_municipality := CASE WHEN is_visible AND NOT (hit.non_disclosure AND NOT protected_right)
                              THEN hit.home_municipality END;
    RETURN NEXT;
  END LOOP;
END
$function$;

RESET ROLE;
