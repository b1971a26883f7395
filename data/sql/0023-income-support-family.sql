-- 0023-income-support-family.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The household of an income-support application is the toimeentulotuki
-- family: those who live together (issue 13, ../shared/DOMAIN.md 2.2).
--
-- A relation now says where the two live: together (in the same home),
-- apart (a spouse living elsewhere, a child living with the other parent)
-- or alternating (a child living half of the time in each parent's home).
-- A new kind, parent, links a parent to a child of any age (an adult
-- child), where guardian is a guardian of a child under 18. What was
-- recorded before meant living together: every existing relation is
-- "together", and a household relation (a flatmate, an adult sibling) is
-- no longer anyone's family.
--
-- The household is built from the relations on the day the application
-- arrives: the client, a spouse or partner living in the same home, and
-- the under-18 children of either who live there all or half of the time
-- (half: the member is marked "alternating", so the calculation can split
-- the child's perusosa). A flatmate is left out, and makes the client an
-- adult in a joint household; a lone parent living with an adult child
-- gets the living-alone amount (9 § 2 mom); an adult living with a
-- parent is a family of their own (adult_with_parents).
--
-- A household edited by hand is checked the same way: a change that would
-- leave it inconsistent is refused with the reason; adding or removing a
-- member moves the other adults' roles with it (a child added beside a
-- person living alone makes them a single parent).

SET LOCAL ROLE kansio_owner;

----------------------------------------------------------------------------
-- Relations: where the two live

ALTER TABLE kansio.relation DROP CONSTRAINT relation_kind_check;
ALTER TABLE kansio.relation ADD CONSTRAINT relation_kind_check
  -- guardian: person is the guardian of related_person (a child); parent:
  -- person is a parent of related_person (of any age)
  CHECK (kind IN ('guardian', 'parent', 'spouse', 'household'));
-- Where related_person lives seen from person: in the same home, elsewhere
-- or, a child, half of the time in each parent's home.
ALTER TABLE kansio.relation ADD COLUMN residence text NOT NULL DEFAULT 'together'
  CONSTRAINT relation_residence_check CHECK (residence IN ('together', 'apart', 'alternating'));
ALTER TABLE kansio.relation ADD CONSTRAINT relation_alternating_check
  CHECK (residence <> 'alternating' OR kind IN ('guardian', 'parent'));
ALTER TABLE kansio.relation ADD CONSTRAINT relation_household_check
  CHECK (kind <> 'household' OR residence = 'together');

-- Whether a relation holds on a day.
CREATE FUNCTION kansio.relation_holds (p_relation kansio.relation, p_on date) RETURNS boolean
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT p_relation.valid_from <= p_on
         AND (p_relation.valid_until IS NULL OR p_relation.valid_until >= p_on)
$$;

----------------------------------------------------------------------------
-- The household from the relations

ALTER TABLE kansio.is_application_member
  ADD COLUMN alternating boolean NOT NULL DEFAULT false;

-- The under-18 children of any of p_parents who live in their home, all
-- or half of the time: guardianship alone brings in nobody. Alternating
-- when every relation that brings the child in says so.
CREATE FUNCTION kansio.is_household_children (p_parents bigint[], p_on date)
  RETURNS TABLE (person_id bigint, alternating boolean)
  LANGUAGE sql STABLE
AS $$
  SELECT r.related_person_id, bool_and (r.residence = 'alternating')
  FROM kansio.relation r JOIN kansio.person c ON c.id = r.related_person_id
  WHERE r.kind IN ('guardian', 'parent') AND r.person_id = ANY (p_parents)
    AND r.related_person_id <> ALL (p_parents)
    AND r.residence IN ('together', 'alternating') AND kansio.relation_holds (r, p_on)
    AND c.birth_date > p_on - interval '18 years' AND c.date_of_death IS NULL
  GROUP BY r.related_person_id
$$;

CREATE OR REPLACE FUNCTION kansio.is_household_from_relations (p_application bigint,
                                                               p_person bigint, p_on date)
  RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  client kansio.person;
  spouse bigint;
  parents bigint[];
  n_children integer;
  with_adult_child boolean;
  with_parent boolean;
  with_flatmate boolean;
  client_role text;
BEGIN
  SELECT * INTO client FROM kansio.person WHERE id = p_person;

  -- A spouse or partner in the same home; one at a time (relation_add).
  SELECT o.id INTO spouse
  FROM kansio.relation r
  JOIN kansio.person o ON o.id = CASE WHEN r.person_id = p_person THEN r.related_person_id
                                      ELSE r.person_id END
  WHERE r.kind = 'spouse' AND p_person IN (r.person_id, r.related_person_id)
    AND r.residence = 'together' AND kansio.relation_holds (r, p_on) AND o.date_of_death IS NULL
  ORDER BY r.valid_from DESC, r.id DESC LIMIT 1;
  parents := ARRAY_REMOVE (ARRAY[p_person, spouse], NULL);
  SELECT count (*) INTO n_children FROM kansio.is_household_children (parents, p_on);

  -- Who else lives there, outside the family: an adult child, a parent,
  -- a flatmate or an adult sibling.
  SELECT EXISTS (SELECT 1 FROM kansio.relation r JOIN kansio.person c ON c.id = r.related_person_id
                 WHERE r.kind IN ('guardian', 'parent') AND r.person_id = p_person
                   AND r.residence = 'together' AND kansio.relation_holds (r, p_on)
                   AND c.birth_date <= p_on - interval '18 years' AND c.date_of_death IS NULL),
         client.birth_date <= p_on - interval '18 years'
         AND EXISTS (SELECT 1 FROM kansio.relation r JOIN kansio.person c ON c.id = r.person_id
                     WHERE r.kind IN ('guardian', 'parent') AND r.related_person_id = p_person
                       AND r.residence IN ('together', 'alternating')
                       AND kansio.relation_holds (r, p_on) AND c.date_of_death IS NULL),
         EXISTS (SELECT 1 FROM kansio.relation r
                 JOIN kansio.person o ON o.id = CASE WHEN r.person_id = p_person
                                                     THEN r.related_person_id
                                                     ELSE r.person_id END
                 WHERE r.kind = 'household' AND p_person IN (r.person_id, r.related_person_id)
                   AND kansio.relation_holds (r, p_on) AND o.date_of_death IS NULL)
  INTO with_adult_child, with_parent, with_flatmate;

  client_role := CASE WHEN spouse IS NOT NULL THEN 'adult'
                      WHEN n_children > 0 THEN 'single_parent'
                      WHEN with_parent THEN 'adult_with_parents'
                      -- 9 § 2 mom: a lone parent living with an adult child
                      WHEN with_adult_child THEN 'living_alone'
                      WHEN with_flatmate THEN 'adult'
                      ELSE 'living_alone' END;

  INSERT INTO kansio.is_application_member (application_id, person_id, full_name, role,
                                            birth_date, alternating)
  SELECT p_application, p.id, p.first_names || ' ' || p.surname, m.role, p.birth_date,
         m.alternating
  FROM (SELECT p_person AS id, client_role AS role, false AS alternating, 0 AS rank
        UNION ALL
        SELECT spouse, 'adult', false, 1 WHERE spouse IS NOT NULL
        UNION ALL
        SELECT h.person_id, 'child', h.alternating, 2
        FROM kansio.is_household_children (parents, p_on) h) m
  JOIN kansio.person p ON p.id = m.id
  ORDER BY m.rank, p.birth_date, p.id;
END
$$;

----------------------------------------------------------------------------
-- Consistency (DOMAIN.md 2.2): the household of an application as the
-- calculation may take it, or a refusal that says why.

CREATE FUNCTION kansio.is_household_check (p_application bigint) RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  n_all integer;
  n_adults integer;
  n_children integer;
  n_alone integer;
  n_with_parents integer;
  n_single integer;
BEGIN
  SELECT count (*), count (*) FILTER (WHERE role <> 'child'), count (*) FILTER (WHERE role = 'child'),
         count (*) FILTER (WHERE role = 'living_alone'),
         count (*) FILTER (WHERE role = 'adult_with_parents'),
         count (*) FILTER (WHERE role = 'single_parent')
  INTO n_all, n_adults, n_children, n_alone, n_with_parents, n_single
  FROM kansio.is_application_member WHERE application_id = p_application;
  IF n_children > 0 AND n_adults = 0 THEN
    RAISE EXCEPTION 'A child is in the household of a parent: add the parent first.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'role';
  END IF;
  IF n_alone > 0 AND n_all > 1 THEN
    RAISE EXCEPTION 'A person living alone is the only member of their household.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'role';
  END IF;
  IF n_with_parents > 0 AND n_all > 1 THEN
    RAISE EXCEPTION 'An adult living with their parents is a household of their own.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'role';
  END IF;
  IF n_single > 1 THEN
    RAISE EXCEPTION 'A household has one single parent, not two.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'role';
  END IF;
  IF n_single = 1 AND n_children = 0 THEN
    RAISE EXCEPTION 'A single parent has a child in the household.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'role';
  END IF;
  IF n_single = 1 AND n_adults > 1 THEN
    RAISE EXCEPTION 'A single parent has no spouse in the household.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'role';
  END IF;
  IF n_adults > 2 THEN
    RAISE EXCEPTION 'A family has at most two adults: other adults living in the home are households of their own.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'role';
  END IF;
  IF n_adults = 1 AND n_children > 0 AND n_single = 0 THEN
    RAISE EXCEPTION 'A parent with no spouse in the household is a single parent.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'role';
  END IF;
END
$$;

-- After a member is added or removed, the roles of the other adults that
-- the change makes wrong follow it: one adult with children is a single
-- parent, one without is no single parent, two adults are two adults.
CREATE FUNCTION kansio.is_household_follow (p_application bigint, p_except bigint) RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  n_adults integer;
  n_children integer;
BEGIN
  SELECT count (*) FILTER (WHERE role <> 'child'), count (*) FILTER (WHERE role = 'child')
  INTO n_adults, n_children
  FROM kansio.is_application_member WHERE application_id = p_application;
  UPDATE kansio.is_application_member
  SET role = CASE WHEN n_adults = 1 AND n_children > 0 THEN 'single_parent'
                  WHEN n_adults = 1 THEN 'living_alone'
                  ELSE 'adult' END
  WHERE application_id = p_application AND id IS DISTINCT FROM p_except AND role <> 'child'
    AND CASE WHEN n_adults = 1 AND n_children > 0 THEN role <> 'single_parent'
             WHEN n_adults = 1 THEN role = 'single_parent'
             ELSE role IN ('living_alone', 'single_parent', 'adult_with_parents') END;
END
$$;

----------------------------------------------------------------------------
-- The api: relations

DROP FUNCTION api.relation_add (bigint, text, text, date, date);
DROP FUNCTION kansio_impl.relation_add (bigint, text, text, date, date);

-- The other person is named by identity code, as in person_lookup, so a
-- relation cannot be used to read people by guessing their ids. The kind
-- and the residence are seen from the client: guardian and parent make
-- the client the guardian or parent of the other.
CREATE FUNCTION api.relation_add (p_person_id bigint, p_related_identity_code text, p_kind text,
                                  p_valid_from date DEFAULT current_date,
                                  p_valid_until date DEFAULT NULL,
                                  p_residence text DEFAULT 'together')
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  related bigint;
  other kansio.person;
  new_id bigint;
  residence text := coalesce (p_residence, 'together');
  from_day date := coalesce (p_valid_from, current_date);
BEGIN
  IF NOT kansio.can_handle_person (staff, p_person_id) THEN
    PERFORM kansio.deny ('You may not change this client''s relations.');
  END IF;
  -- What does not depend on the other person first: the kind, the days.
  IF p_kind IS NULL OR p_kind NOT IN ('guardian', 'parent', 'spouse', 'household') THEN
    RAISE EXCEPTION 'A relation is guardian, parent, spouse or household.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'kind';
  END IF;
  IF residence NOT IN ('together', 'apart', 'alternating') THEN
    RAISE EXCEPTION 'Someone lives in the same home, elsewhere or, a child, alternately in both.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'residence';
  END IF;
  IF residence = 'alternating' AND p_kind NOT IN ('guardian', 'parent') THEN
    RAISE EXCEPTION 'Only a child lives alternately with each parent.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'residence';
  END IF;
  IF residence <> 'together' AND p_kind = 'household' THEN
    RAISE EXCEPTION 'A household member lives in the same home.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'residence';
  END IF;
  IF p_valid_until < from_day THEN
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
  SELECT * INTO other FROM kansio.person WHERE id = related;
  IF related = p_person_id THEN
    RAISE EXCEPTION 'A person is not in a relation with themselves.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'identity_code';
  END IF;
  IF p_kind = 'guardian' AND other.birth_date <= from_day - interval '18 years' THEN
    RAISE EXCEPTION 'A guardian is a guardian of a child under 18: record an adult child as a child of a parent.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'kind';
  END IF;
  -- The same two people once in a period; a spouse one at a time.
  IF EXISTS (SELECT 1 FROM kansio.relation r
             WHERE ((r.person_id = p_person_id AND r.related_person_id = related)
                    OR (r.person_id = related AND r.related_person_id = p_person_id))
               AND r.valid_from <= coalesce (p_valid_until, 'infinity')
               AND coalesce (r.valid_until, 'infinity') >= from_day) THEN
    RAISE EXCEPTION 'These two already have a relation for that time: end it first.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'identity_code';
  END IF;
  IF p_kind = 'spouse'
     AND EXISTS (SELECT 1 FROM kansio.relation r
                 WHERE r.kind = 'spouse'
                   AND (p_person_id IN (r.person_id, r.related_person_id)
                        OR related IN (r.person_id, r.related_person_id))
                   AND r.valid_from <= coalesce (p_valid_until, 'infinity')
                   AND coalesce (r.valid_until, 'infinity') >= from_day) THEN
    RAISE EXCEPTION 'A person has one spouse or partner at a time: end the earlier relation first.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'kind';
  END IF;
  INSERT INTO kansio.relation (person_id, related_person_id, kind, residence, valid_from,
                               valid_until, created_by)
  VALUES (p_person_id, related, p_kind, residence, from_day, p_valid_until, staff)
  RETURNING id INTO new_id;
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id, related], 'relation-add');
  RETURN new_id;
END
$$;
COMMENT ON FUNCTION api.relation_add (bigint, text, text, date, date, text) IS 'client-write';
SELECT kansio.gate_function ('api.relation_add (bigint, text, text, date, date, text)'::regprocedure,
                             'write');

-- Ended by a handler of either person: a relation is both people's. An
-- ended relation stays as it ended.
CREATE OR REPLACE FUNCTION kansio_impl.relation_end (p_relation_id bigint, p_valid_until date)
  RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  rel kansio.relation;
BEGIN
  SELECT * INTO rel FROM kansio.relation WHERE id = p_relation_id;
  IF rel.id IS NULL OR NOT (kansio.can_handle_person (staff, rel.person_id)
                            OR kansio.can_handle_person (staff, rel.related_person_id)) THEN
    PERFORM kansio.deny ('You may not change this client''s relations.');
  END IF;
  IF rel.valid_until IS NOT NULL THEN
    RAISE EXCEPTION 'This relation has already ended.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'valid_until';
  END IF;
  IF p_valid_until IS NULL OR p_valid_until < rel.valid_from THEN
    RAISE EXCEPTION 'A relation ends on a date after it began.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'valid_until';
  END IF;
  UPDATE kansio.relation SET valid_until = p_valid_until WHERE id = p_relation_id;
  PERFORM kansio.log_usage (staff, ARRAY[rel.person_id, rel.related_person_id], 'relation-end');
END
$$;

DROP FUNCTION api.person_relations (bigint);
DROP FUNCTION kansio_impl.person_relations (bigint);

CREATE FUNCTION api.person_relations (p_person_id bigint)
  RETURNS TABLE (relation_id bigint, kind text, direction text, related_person_id bigint,
                 related_first_names text, related_surname text, related_birth_date date,
                 valid_from date, valid_until date, residence text)
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
           o.id, o.first_names, o.surname, o.birth_date, r.valid_from, r.valid_until,
           r.residence
    FROM kansio.relation r
    JOIN kansio.person o
      ON o.id = CASE WHEN r.person_id = p_person_id THEN r.related_person_id ELSE r.person_id END
    WHERE r.id = ANY (coalesce (relation_ids, '{}'))
    ORDER BY r.valid_until NULLS FIRST, r.kind, o.birth_date, r.id;
END
$$;
COMMENT ON FUNCTION api.person_relations (bigint) IS 'client-data';
SELECT kansio.gate_function ('api.person_relations (bigint)'::regprocedure, 'read');

----------------------------------------------------------------------------
-- The api: the household of an application

DROP FUNCTION api.is_application_members (bigint);
DROP FUNCTION kansio_impl.is_application_members (bigint);

CREATE FUNCTION api.is_application_members (p_application_id bigint)
  RETURNS TABLE (member_id bigint, person_id bigint, full_name text, role text, birth_date date,
                 alternating boolean)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
BEGIN
  PERFORM kansio.is_log_application (staff, a, 'is-household');
  RETURN QUERY
    SELECT m.id, m.person_id, m.full_name, m.role, m.birth_date, m.alternating
    FROM kansio.is_application_member m WHERE m.application_id = a.id ORDER BY m.id;
END
$$;
COMMENT ON FUNCTION api.is_application_members (bigint) IS 'client-data';
SELECT kansio.gate_function ('api.is_application_members (bigint)'::regprocedure, 'read');

DROP FUNCTION api.is_application_member_set (bigint, bigint, text, text, date, boolean);
DROP FUNCTION kansio_impl.is_application_member_set (bigint, bigint, text, text, date, boolean);

-- The household of the application changed by its handler: a member's
-- role, or one added (p_member_id NULL) or removed (p_remove); a child's
-- alternating residence (p_alternating). Refused when the household it
-- leaves is not one family (kansio.is_household_check).
CREATE FUNCTION api.is_application_member_set (p_application_id bigint, p_member_id bigint,
                                               p_full_name text, p_role text, p_birth_date date,
                                               p_remove boolean DEFAULT false,
                                               p_alternating boolean DEFAULT NULL)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
  c kansio.client_case;
  result_id bigint := p_member_id;
  role_now text;
  alternating_now boolean;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = a.case_id;
  PERFORM kansio.is_require_handler (staff, c);
  IF a.status NOT IN ('received', 'in_processing', 'waiting_for_attachments') THEN
    PERFORM kansio.deny ('The household of a decided application does not change.');
  END IF;
  IF p_role IS NOT NULL
     AND p_role NOT IN ('living_alone', 'single_parent', 'adult', 'adult_with_parents', 'child') THEN
    RAISE EXCEPTION 'A member is living alone, a single parent, an adult, an adult living with parents or a child.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'role';
  END IF;
  IF p_remove THEN
    DELETE FROM kansio.is_application_member WHERE id = p_member_id AND application_id = a.id;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'No such member in this application.' USING ERRCODE = 'no_data_found';
    END IF;
  ELSIF p_member_id IS NULL THEN
    IF coalesce (p_alternating, false) AND p_role IS DISTINCT FROM 'child' THEN
      RAISE EXCEPTION 'Only a child lives alternately with each parent.'
        USING ERRCODE = 'invalid_parameter_value', COLUMN = 'residence';
    END IF;
    INSERT INTO kansio.is_application_member (application_id, full_name, role, birth_date,
                                              alternating)
    VALUES (a.id, p_full_name, p_role, p_birth_date, coalesce (p_alternating, false))
    RETURNING id INTO result_id;
  ELSE
    UPDATE kansio.is_application_member
    SET full_name = coalesce (p_full_name, full_name), role = coalesce (p_role, role),
        birth_date = coalesce (p_birth_date, birth_date),
        alternating = coalesce (p_alternating, alternating)
    WHERE id = p_member_id AND application_id = a.id
    RETURNING role, alternating INTO role_now, alternating_now;
    IF role_now IS NULL THEN
      RAISE EXCEPTION 'No such member in this application.' USING ERRCODE = 'no_data_found';
    END IF;
    IF alternating_now AND role_now <> 'child' THEN
      RAISE EXCEPTION 'Only a child lives alternately with each parent.'
        USING ERRCODE = 'invalid_parameter_value', COLUMN = 'residence';
    END IF;
  END IF;
  -- Added or removed: the other adults follow; a role chosen is checked
  -- as it was chosen.
  IF p_remove OR p_member_id IS NULL THEN
    PERFORM kansio.is_household_follow (a.id, result_id);
  END IF;
  PERFORM kansio.is_household_check (a.id);
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'is-household-edit', NULL,
                            'income-support');
  RETURN result_id;
END
$$;
COMMENT ON FUNCTION api.is_application_member_set (bigint, bigint, text, text, date, boolean,
                                                   boolean) IS 'client-write';
SELECT kansio.gate_function (
  'api.is_application_member_set (bigint, bigint, text, text, date, boolean, boolean)'::regprocedure,
  'write');

RESET ROLE;
