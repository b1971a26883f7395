-- 0006-income-support-applications.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Income-support applications: registered in a client's income-support
-- case, with the months applied for, the household (taken from the family
-- relations, editable for the application), attachments, a status flow
-- and the statutory handling deadline counted in working days over the
-- Finnish public holidays (../shared/DOMAIN.md 2.1, 7). The holidays are
-- computed here as in libkansio/kansio-calendar.c; a test holds the two to
-- the same answers.

SET LOCAL ROLE kansio_owner;

----------------------------------------------------------------------------
-- Working days

-- Which doubtful days count as working days (DOMAIN.md 7.3 UNVERIFIED):
-- data a main user can correct.
INSERT INTO kansio.setting (key, value, description) VALUES
  ('working_day_may_day', '0', '1 when May Day counts as a working day in working-day periods.'),
  ('working_day_christmas_eve', '0',
   '1 when Christmas Eve counts as a working day in working-day periods.'),
  ('income_support_handling_days', '7',
   'Working days to decide an income-support application from its receipt.'),
  ('income_support_urgent_days', '1',
   'Working days to decide an urgent income-support application (the same or the next).');

CREATE FUNCTION kansio.easter_sunday (p_year integer) RETURNS date
  LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
  a integer := p_year % 19;
  b integer := p_year / 100;
  c integer := p_year % 100;
  d integer := b / 4;
  e integer := b % 4;
  f integer := (b + 8) / 25;
  g integer := (b - f + 1) / 3;
  h integer := (19 * a + b - d - g + 15) % 30;
  i integer := c / 4;
  k integer := c % 4;
  l integer := (32 + 2 * e + 2 * i - h - k + 7 * 30) % 7;
  m integer := (a + 11 * h + 22 * l) / 451;
BEGIN
  RETURN make_date (p_year, (h + l - 7 * m + 114) / 31, ((h + l - 7 * m + 114) % 31) + 1);
END
$$;

-- The public holiday or eve a day is (DOMAIN.md 7.1), or NULL.
CREATE FUNCTION kansio.holiday (p_day date) RETURNS text
  LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
  d integer := extract (day FROM p_day);
  m integer := extract (month FROM p_day);
  dow integer := extract (isodow FROM p_day);
  from_easter integer := p_day - kansio.easter_sunday (extract (year FROM p_day)::integer);
BEGIN
  RETURN CASE
    WHEN m = 1 AND d = 1 THEN 'new_years_day'
    WHEN m = 1 AND d = 6 THEN 'epiphany'
    WHEN m = 5 AND d = 1 THEN 'may_day'
    WHEN m = 6 AND dow = 5 AND d BETWEEN 19 AND 25 THEN 'midsummer_eve'
    WHEN m = 6 AND dow = 6 AND d BETWEEN 20 AND 26 THEN 'midsummer_day'
    WHEN dow = 6 AND ((m = 10 AND d = 31) OR (m = 11 AND d <= 6)) THEN 'all_saints_day'
    WHEN m = 12 AND d = 6 THEN 'independence_day'
    WHEN m = 12 AND d = 24 THEN 'christmas_eve'
    WHEN m = 12 AND d = 25 THEN 'christmas_day'
    WHEN m = 12 AND d = 26 THEN 'boxing_day'
    WHEN from_easter = -2 THEN 'good_friday'
    WHEN from_easter = 0 THEN 'easter_sunday'
    WHEN from_easter = 1 THEN 'easter_monday'
    WHEN from_easter = 39 THEN 'ascension_day'
    WHEN from_easter = 49 THEN 'pentecost'
  END;
END
$$;

CREATE FUNCTION kansio.is_working_day (p_day date) RETURNS boolean
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  holiday text := kansio.holiday (p_day);
BEGIN
  IF extract (isodow FROM p_day) IN (6, 7) THEN
    RETURN false;
  END IF;
  IF holiday = 'may_day' THEN
    RETURN kansio.setting_int ('working_day_may_day') = 1;
  END IF;
  IF holiday = 'christmas_eve' THEN
    RETURN kansio.setting_int ('working_day_christmas_eve') = 1;
  END IF;
  RETURN holiday IS NULL;
END
$$;

-- p_day moved by p_n working days; the starting day is not counted.
CREATE FUNCTION kansio.add_working_days (p_day date, p_n integer) RETURNS date
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  day date := p_day;
  left_to_count integer := p_n;
BEGIN
  WHILE left_to_count > 0 LOOP
    day := day + 1;
    IF kansio.is_working_day (day) THEN
      left_to_count := left_to_count - 1;
    END IF;
  END LOOP;
  RETURN day;
END
$$;

----------------------------------------------------------------------------
-- Applications

CREATE TABLE kansio.is_application (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id bigint NOT NULL REFERENCES kansio.client_case (id),
  received_on date NOT NULL,
  channel text NOT NULL CHECK (channel IN ('electronic', 'paper', 'in_person', 'phone')),
  first_month date NOT NULL CHECK (extract (day FROM first_month) = 1),
  last_month date NOT NULL CHECK (extract (day FROM last_month) = 1),
  kind text NOT NULL CHECK (kind IN ('supplementary', 'preventive')),
  urgent boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'received'
    CHECK (status IN ('received', 'in_processing', 'waiting_for_attachments', 'decided', 'paid',
                      'closed')),
  -- Counted from receipt, or from the last missing attachment's arrival.
  complete_on date NOT NULL,
  due_on date NOT NULL,
  notes text NOT NULL DEFAULT '',
  row_version integer NOT NULL DEFAULT 1,
  created_by integer REFERENCES kansio.staff_member (id),
  created_at timestamptz NOT NULL DEFAULT now (),
  CHECK (last_month >= first_month),
  CHECK (last_month < first_month + interval '12 months')
);
CREATE INDEX is_application_case_idx ON kansio.is_application (case_id);
CREATE INDEX is_application_open_idx ON kansio.is_application (due_on)
  WHERE status IN ('received', 'in_processing', 'waiting_for_attachments');

-- The household of this application: from the family relations when
-- registered, then the application's own.
CREATE TABLE kansio.is_application_member (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id bigint NOT NULL REFERENCES kansio.is_application (id),
  person_id bigint REFERENCES kansio.person (id),
  full_name text NOT NULL CHECK (full_name <> ''),
  role text NOT NULL
    CHECK (role IN ('living_alone', 'single_parent', 'adult', 'adult_with_parents', 'child')),
  birth_date date
);
CREATE INDEX is_application_member_idx ON kansio.is_application_member (application_id);

CREATE TABLE kansio.is_attachment (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id bigint NOT NULL REFERENCES kansio.is_application (id),
  description text NOT NULL CHECK (description <> ''),
  received_on date,
  created_at timestamptz NOT NULL DEFAULT now ()
);
CREATE INDEX is_attachment_application_idx ON kansio.is_attachment (application_id);

CREATE TABLE kansio.is_status_change (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id bigint NOT NULL REFERENCES kansio.is_application (id),
  from_status text,
  to_status text NOT NULL,
  changed_by integer REFERENCES kansio.staff_member (id),
  changed_at timestamptz NOT NULL DEFAULT now ()
);

-- When an application must be decided: 7 working days from when it was
-- complete, or the next working day when urgent (settings).
CREATE FUNCTION kansio.is_due_on (p_complete_on date, p_urgent boolean) RETURNS date
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  RETURN kansio.add_working_days (
    p_complete_on,
    kansio.setting_int (CASE WHEN p_urgent THEN 'income_support_urgent_days'
                             ELSE 'income_support_handling_days' END));
END
$$;

CREATE FUNCTION kansio.is_require_handler (p_staff integer, p_case kansio.client_case)
  RETURNS void
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  IF p_case.id IS NULL OR p_case.area <> 'income-support' OR p_case.closed_on IS NOT NULL
     OR NOT kansio.has_area_right (p_staff, 'income-support', 'handler', p_case.unit_id) THEN
    PERFORM kansio.deny ('Only a handler of this open income-support case may do this.');
  END IF;
END
$$;

-- The application, if the caller may see it; else permission denied.
CREATE FUNCTION kansio.is_visible_application (p_staff integer, p_application bigint)
  RETURNS kansio.is_application
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  a kansio.is_application;
  c kansio.client_case;
BEGIN
  SELECT * INTO a FROM kansio.is_application WHERE id = p_application;
  SELECT * INTO c FROM kansio.client_case WHERE id = a.case_id;
  IF a.id IS NULL
     OR NOT kansio.has_area_right (p_staff, 'income-support', 'reader', c.unit_id) THEN
    PERFORM kansio.deny ('You may not see this application.');
  END IF;
  PERFORM kansio.require_person_visible (p_staff, c.person_id);
  RETURN a;
END
$$;

-- A read of an application logged as a use of its client's data.
CREATE FUNCTION kansio.is_log_application (p_staff integer, p_application kansio.is_application,
                                           p_view text)
  RETURNS void
  LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM kansio.log_usage (p_staff, ARRAY (SELECT c.person_id FROM kansio.client_case c
                                            WHERE c.id = p_application.case_id),
                            p_view, NULL, 'income-support');
END
$$;

-- The household as the relations have it today: the client, a spouse or
-- partner and household members as adults, children under 18 in the
-- client's care; roles as the calculation wants them.
CREATE FUNCTION kansio.is_household_from_relations (p_application bigint, p_person bigint,
                                                    p_on date)
  RETURNS void
  LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO kansio.is_application_member (application_id, person_id, full_name, role,
                                            birth_date)
  WITH people AS (
    SELECT p.id, p.first_names || ' ' || p.surname AS full_name, p.birth_date,
           false AS is_child, 0 AS rank
    FROM kansio.person p WHERE p.id = p_person
    UNION
    SELECT p.id, p.first_names || ' ' || p.surname, p.birth_date,
           r.kind = 'guardian' AND r.person_id = p_person, 1
    FROM kansio.relation r
    JOIN kansio.person p ON p.id = CASE WHEN r.person_id = p_person THEN r.related_person_id
                                        ELSE r.person_id END
    WHERE (r.person_id = p_person OR (r.related_person_id = p_person AND r.kind <> 'guardian'))
      AND r.valid_from <= p_on AND (r.valid_until IS NULL OR r.valid_until >= p_on)
      AND (r.kind <> 'guardian' OR p.birth_date > p_on - interval '18 years')
      AND p.date_of_death IS NULL
  ),
  counted AS (
    SELECT people.*, count (*) FILTER (WHERE NOT is_child) OVER () AS n_adults,
           count (*) FILTER (WHERE is_child) OVER () AS n_children
    FROM people
  )
  SELECT p_application, id, full_name,
         CASE WHEN is_child THEN 'child'
              WHEN n_adults = 1 AND n_children > 0 THEN 'single_parent'
              WHEN n_adults = 1 THEN 'living_alone'
              ELSE 'adult' END,
         birth_date
  FROM counted
  ORDER BY rank, birth_date;
END
$$;

----------------------------------------------------------------------------
-- The api

CREATE FUNCTION api.is_application_register (p_case_id bigint, p_received_on date,
                                             p_channel text, p_first_month date,
                                             p_last_month date, p_kind text, p_urgent boolean,
                                             p_notes text)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  c kansio.client_case;
  new_id bigint;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = p_case_id;
  PERFORM kansio.is_require_handler (staff, c);
  IF p_received_on > current_date THEN
    RAISE EXCEPTION 'An application cannot be received in the future.'
      USING ERRCODE = 'invalid_parameter_value', COLUMN = 'received_on';
  END IF;
  INSERT INTO kansio.is_application (case_id, received_on, channel, first_month, last_month,
                                     kind, urgent, complete_on, due_on, notes, created_by)
  VALUES (c.id, p_received_on, p_channel, date_trunc ('month', p_first_month)::date,
          date_trunc ('month', coalesce (p_last_month, p_first_month))::date, p_kind,
          coalesce (p_urgent, false), p_received_on,
          kansio.is_due_on (p_received_on, coalesce (p_urgent, false)),
          coalesce (p_notes, ''), staff)
  RETURNING id INTO new_id;
  PERFORM kansio.is_household_from_relations (new_id, c.person_id, p_received_on);
  INSERT INTO kansio.is_status_change (application_id, to_status, changed_by)
  VALUES (new_id, 'received', staff);
  INSERT INTO kansio.case_event (case_id, kind, summary, created_by)
  VALUES (c.id, 'application', 'Toimeentulotukihakemus saapui ' || to_char (p_received_on,
                                                                            'FMDD.FMMM.YYYY'),
          staff);
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'is-application-register', NULL,
                            'income-support');
  RETURN new_id;
END
$$;
COMMENT ON FUNCTION api.is_application_register (bigint, date, text, date, date, text, boolean,
                                                 text) IS 'client-data';

CREATE FUNCTION api.is_applications (p_person_id bigint)
  RETURNS TABLE (application_id bigint, case_id bigint, received_on date, channel text,
                 first_month date, last_month date, kind text, urgent boolean, status text,
                 due_on date, is_late boolean, notes text, row_version integer)
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
           a.notes, a.row_version
    FROM kansio.is_application a JOIN kansio.client_case c ON c.id = a.case_id
    WHERE c.person_id = p_person_id
      AND kansio.has_area_right (staff, 'income-support', 'reader', c.unit_id)
    ORDER BY a.received_on DESC, a.id DESC;
END
$$;
COMMENT ON FUNCTION api.is_applications (bigint) IS 'client-data';

CREATE FUNCTION api.is_application_members (p_application_id bigint)
  RETURNS TABLE (member_id bigint, person_id bigint, full_name text, role text, birth_date date)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
BEGIN
  PERFORM kansio.is_log_application (staff, a, 'is-household');
  RETURN QUERY
    SELECT m.id, m.person_id, m.full_name, m.role, m.birth_date
    FROM kansio.is_application_member m WHERE m.application_id = a.id ORDER BY m.id;
END
$$;
COMMENT ON FUNCTION api.is_application_members (bigint) IS 'client-data';

-- The household of the application changed by its handler: a member's
-- role, or one added (p_member_id NULL) or removed (p_remove).
CREATE FUNCTION api.is_application_member_set (p_application_id bigint, p_member_id bigint,
                                               p_full_name text, p_role text, p_birth_date date,
                                               p_remove boolean DEFAULT false)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
  c kansio.client_case;
  result_id bigint := p_member_id;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = a.case_id;
  PERFORM kansio.is_require_handler (staff, c);
  IF a.status NOT IN ('received', 'in_processing', 'waiting_for_attachments') THEN
    PERFORM kansio.deny ('The household of a decided application does not change.');
  END IF;
  IF p_remove THEN
    DELETE FROM kansio.is_application_member WHERE id = p_member_id AND application_id = a.id;
  ELSIF p_member_id IS NULL THEN
    INSERT INTO kansio.is_application_member (application_id, full_name, role, birth_date)
    VALUES (a.id, p_full_name, p_role, p_birth_date)
    RETURNING id INTO result_id;
  ELSE
    UPDATE kansio.is_application_member
    SET full_name = coalesce (p_full_name, full_name), role = coalesce (p_role, role),
        birth_date = coalesce (p_birth_date, birth_date)
    WHERE id = p_member_id AND application_id = a.id;
  END IF;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'No such member in this application.' USING ERRCODE = 'no_data_found';
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'is-household-edit', NULL,
                            'income-support');
  RETURN result_id;
END
$$;
COMMENT ON FUNCTION api.is_application_member_set (bigint, bigint, text, text, date, boolean)
  IS 'client-data';

-- Attachments: asked for (p_received_on NULL) or received. When the last
-- missing one arrives, the application is complete again and its
-- deadline runs from that day.
CREATE FUNCTION api.is_attachment_set (p_application_id bigint, p_attachment_id bigint,
                                       p_description text, p_received_on date)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
  c kansio.client_case;
  result_id bigint := p_attachment_id;
BEGIN
  SELECT * INTO c FROM kansio.client_case WHERE id = a.case_id;
  PERFORM kansio.is_require_handler (staff, c);
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
    SET status = 'in_processing', complete_on = p_received_on,
        due_on = kansio.is_due_on (p_received_on, urgent), row_version = row_version + 1
    WHERE id = a.id;
    INSERT INTO kansio.is_status_change (application_id, from_status, to_status, changed_by)
    VALUES (a.id, a.status, 'in_processing', staff);
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[c.person_id], 'is-attachments', NULL, 'income-support');
  RETURN result_id;
END
$$;
COMMENT ON FUNCTION api.is_attachment_set (bigint, bigint, text, date) IS 'client-data';

CREATE FUNCTION api.is_attachments (p_application_id bigint)
  RETURNS TABLE (attachment_id bigint, description text, received_on date)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  a kansio.is_application := kansio.is_visible_application (staff, p_application_id);
BEGIN
  PERFORM kansio.is_log_application (staff, a, 'is-attachments');
  RETURN QUERY
    SELECT t.id, t.description, t.received_on FROM kansio.is_attachment t
    WHERE t.application_id = a.id ORDER BY t.id;
END
$$;
COMMENT ON FUNCTION api.is_attachments (bigint) IS 'client-data';

-- The status flow a handler moves by hand; decided and paid come from the
-- decision and the payment run.
CREATE FUNCTION api.is_application_set_status (p_application_id bigint, p_row_version integer,
                                               p_status text)
  RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
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
    RAISE EXCEPTION 'An application cannot go from % to % by hand.', a.status, p_status
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
COMMENT ON FUNCTION api.is_application_set_status (bigint, integer, text) IS 'client-data';

-- What is due and what is late: the caller's own registrations, or every
-- open application of the units they handle income support in.
CREATE FUNCTION api.is_work_queue (p_whose text DEFAULT 'mine')
  RETURNS TABLE (application_id bigint, person_id bigint, client_name text, unit_id integer,
                 received_on date, status text, urgent boolean, due_on date,
                 working_days_left integer, is_late boolean)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
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
  WHERE a.status IN ('received', 'in_processing', 'waiting_for_attachments')
    AND kansio.has_area_right (staff, 'income-support', 'handler', c.unit_id)
    AND (p_whose = 'office' OR a.created_by = staff);
  IF shown IS NOT NULL THEN
    PERFORM kansio.log_usage (staff, shown, 'is-work-queue', p_whose, 'income-support');
  END IF;
  RETURN QUERY
    SELECT a.id, p.id, p.surname || ', ' || p.first_names, c.unit_id, a.received_on, a.status,
           a.urgent, a.due_on,
           (SELECT count (*)::integer FROM generate_series (current_date + 1, a.due_on,
                                                            interval '1 day') g
            WHERE kansio.is_working_day (g::date)),
           a.due_on < current_date
    FROM kansio.is_application a
    JOIN kansio.client_case c ON c.id = a.case_id
    JOIN kansio.person p ON p.id = c.person_id
    WHERE a.id = ANY (coalesce (ids, '{}'))
    ORDER BY a.due_on, a.received_on, a.id;
END
$$;
COMMENT ON FUNCTION api.is_work_queue (text) IS 'client-data';

-- The working-day arithmetic itself, for the client's display and for
-- tests: no client data.
CREATE FUNCTION api.working_days_add (p_day date, p_n integer)
  RETURNS date
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  PERFORM kansio.caller ();
  IF p_n < 0 OR p_n > 366 THEN
    RAISE EXCEPTION 'Count 0 to 366 working days.' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  RETURN kansio.add_working_days (p_day, p_n);
END
$$;
COMMENT ON FUNCTION api.working_days_add (date, integer) IS 'no-client-data';

RESET ROLE;

REVOKE ALL ON ALL TABLES IN SCHEMA kansio FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA api TO kansio_user;
