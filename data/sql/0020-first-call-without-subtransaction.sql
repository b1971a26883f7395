-- 0020-first-call-without-subtransaction.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The first call of a read, cheaper under load (issue 10, part 2).
--
-- The first call runs the implementation inside a plpgsql EXCEPTION block
-- (0018), so that a refusal answers only "ask again", like a read that
-- was allowed (a first call rolled back must tell nothing). The block is
-- a subtransaction, and the log row the implementation wrote inside it
-- gave that subtransaction a transaction id of its own: each read then
-- also wrote pg_subtrans and a bigger commit record, and under many
-- sessions they queued on the subtrans buffers. Measured on the bench
-- (1M clients, 16 sessions), a first call without the block did 40 % more
-- reads a second.
--
-- Now, inside the block, kansio.log_read only notes the row it would
-- write (in kansio.pending_log, a setting local to the transaction, so a
-- refusal's subtransaction abort forgets it with everything else), and
-- the gate writes the noted rows right after the block, in the
-- transaction itself. The rows, their keys and the receipt are the same
-- as before and commit together, so a read is exactly as durable. The
-- block still catches a refusal; it only no longer writes in the common
-- case. A caller's own settings count for nothing: every gate clears
-- kansio.defer_log on entry, and the first call clears kansio.pending_log
-- before the block.
--
-- Two attack rounds on the above found what a call could still leave
-- behind (issue 10). None let client data out; each told, without a log
-- row, whether a person exists.
--
-- 1. The keys of the log rows a call wrote stayed in kansio.logged_keys
--    after its gate returned, where the caller reads them with
--    current_setting: empty or not told whether the person exists (or is
--    one's client), and as the caller can compute the keys, which id an
--    identity code has. Every gate now empties it before it returns, and
--    so does kansio.confirm_lookup.
--
-- 2. Emergency access wrote its supervisor item inside the first call's
--    subtransaction, so a first call rolled back used one transaction id
--    more for an existing person, which pg_current_xact_id told the next
--    transaction. The item is now noted and written after the block, as
--    the log rows are (above): nothing in a first call's block writes. And
--    the functions that tell transaction ids (and the temporary tables
--    and large objects whose xmin would) are the owner's and the
--    sealer's only.
--
-- 3. Emergency access takes the user's own advisory lock
--    inside the first call's block; a refusal ("No such client") gave it
--    back at once, so another session of the same user saw whether the
--    person exists (pg_try_advisory_xact_lock, or an emergency call of its
--    own that waited or not). The gate now takes such a lock before the
--    block (kansio.first_call_locks), so it is held whatever the call
--    finds.

DO $$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN
    SELECT p.oid::regprocedure FROM pg_proc p
    WHERE p.pronamespace = 'pg_catalog'::regnamespace
      AND p.proname IN ('pg_current_xact_id', 'pg_current_xact_id_if_assigned', 'txid_current',
                        'txid_current_if_assigned', 'pg_current_snapshot',
                        'txid_current_snapshot', 'age', 'mxid_age', 'pg_last_committed_xact',
                        'pg_xact_commit_timestamp', 'pg_xact_commit_timestamp_origin',
                        'pg_snapshot_xmin', 'pg_snapshot_xmax', 'txid_snapshot_xmin',
                        'txid_snapshot_xmax', 'txid_status', 'pg_snapshot_xip',
                        'txid_snapshot_xip', 'pg_visible_in_snapshot',
                        'txid_visible_in_snapshot',
                        -- A large object's row carries an xmin too.
                        'lo_create', 'lo_creat', 'lo_from_bytea', 'lo_import')
      -- age and mxid_age of a transaction id only, not of a date.
      AND (p.proname NOT IN ('age', 'mxid_age')
           OR (p.pronargs = 1 AND p.proargtypes[0] = 'xid'::regtype))
  LOOP
    EXECUTE format ('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    EXECUTE format ('GRANT EXECUTE ON FUNCTION %s TO kansio_owner, kansio_sealer', f);
  END LOOP;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'Transaction-id functions were left to every user: revoking them takes a superuser.';
END
$$;

-- A row's xmin is a transaction id too: users make no tables, not even
-- temporary ones.
DO $$
BEGIN
  EXECUTE format ('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC, kansio_user', current_database ());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'Temporary tables were left to every user: revoking them takes the database owner.';
END
$$;

SET LOCAL ROLE kansio_owner;

CREATE OR REPLACE FUNCTION kansio.log_read (p_staff integer, p_person_ids bigint[], p_view text,
                                            p_purpose text DEFAULT NULL,
                                            p_area text DEFAULT NULL,
                                            p_emergency boolean DEFAULT false,
                                            p_object bigint DEFAULT NULL)
  RETURNS boolean
  LANGUAGE plpgsql
AS $$
DECLARE
  key text := kansio.log_key (p_staff, p_person_ids, p_view, p_purpose, p_area, p_emergency,
                              p_object);
BEGIN
  IF strpos (coalesce (current_setting ('kansio.covered', true), ''), key) > 0 THEN
    RETURN false;
  END IF;
  IF coalesce (current_setting ('kansio.defer_log', true), '') = 'yes' THEN
    PERFORM set_config ('kansio.pending_log',
                        coalesce (current_setting ('kansio.pending_log', true), '')
                          || json_build_array (p_staff, p_person_ids, p_view, p_purpose, p_area,
                                               p_emergency, clock_timestamp (), p_object)::text
                          || ',',
                        true);
  ELSE
    INSERT INTO kansio.usage_log (staff_id, person_ids, view, purpose, area, emergency,
                                  logged_at, login_role, object_id)
    VALUES (p_staff, p_person_ids, p_view, p_purpose, p_area, p_emergency, clock_timestamp (),
            session_user, p_object);
  END IF;
  PERFORM set_config ('kansio.logged_keys',
                      coalesce (current_setting ('kansio.logged_keys', true), '') || key || ' ',
                      true);
  PERFORM set_config ('kansio.read_logged', 'yes', true);
  RETURN true;
END
$$;

-- "Ask again", saying with it (DETAIL read) when the caller may send the
-- same call twice without waiting for the first answer: a read gate's
-- first call, whose second call changes nothing. Kansio's client then
-- sends this read and its second call together in one pipeline, each in
-- a transaction of its own (one round trip instead of two; the second
-- still runs only after the first has committed). A change never says it,
-- so is never sent twice.
CREATE FUNCTION kansio.ask_again (p_detail text) RETURNS void
  LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM set_config ('kansio.read_pending', 'yes', true);
  IF coalesce (current_setting ('kansio.wrote', true), '') = 'yes' THEN
    RAISE EXCEPTION 'Client data cannot be read after a change in the same transaction.'
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF coalesce (current_setting ('kansio.read_told', true), '') <> 'yes' THEN
    PERFORM set_config ('kansio.read_told', 'yes', true);
    IF p_detail = '' THEN
      RAISE NOTICE USING MESSAGE = 'The read was logged; ask again for the data.',
                         ERRCODE = 'KL001';
    ELSE
      RAISE NOTICE USING MESSAGE = 'The read was logged; ask again for the data.',
                         ERRCODE = 'KL001', DETAIL = p_detail;
    END IF;
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION kansio.ask_again () RETURNS void
  LANGUAGE sql
AS $$
  SELECT kansio.ask_again ('')
$$;

-- What a read's first call locks before its block, for the function
-- named: the locks its implementation takes whatever it finds. Inlined
-- into the gate when it is written; a new area adds its cases here.
CREATE FUNCTION kansio.first_call_locks (p_function text) RETURNS text
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT CASE p_function
           WHEN 'person_open_emergency'
             THEN 'PERFORM pg_advisory_xact_lock (kansio.emergency_lock_class (), kansio.caller ()); '
           ELSE ''
         END
$$;

-- Inside a first call's block, an item is noted with the log rows (in
-- kansio.pending_log, as an object beside the rows' arrays).
CREATE OR REPLACE FUNCTION kansio.queue_item (p_kind text, p_staff integer, p_person bigint,
                                              p_details text)
  RETURNS void
  LANGUAGE plpgsql
AS $$
BEGIN
  IF coalesce (current_setting ('kansio.defer_log', true), '') = 'yes' THEN
    PERFORM set_config ('kansio.pending_log',
                        coalesce (current_setting ('kansio.pending_log', true), '')
                          || json_build_object ('kind', p_kind, 'staff', p_staff, 'person',
                                                p_person, 'details', p_details)::text
                          || ',',
                        true);
    RETURN;
  END IF;
  INSERT INTO kansio.work_queue_item (kind, unit_id, person_id, caused_by, details, for_main_users)
  SELECT p_kind, s.unit_id, p_person, p_staff, p_details,
         kansio.has_special_right (p_staff, 'supervisor', s.unit_id)
  FROM kansio.staff_member s WHERE s.id = p_staff;
END
$$;

-- The noted log rows, then the noted items, in the order noted.
CREATE OR REPLACE FUNCTION kansio.write_deferred_log () RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  pending text := coalesce (current_setting ('kansio.pending_log', true), '');
  noted jsonb;
  item jsonb;
BEGIN
  PERFORM set_config ('kansio.defer_log', '', true);
  PERFORM set_config ('kansio.pending_log', '', true);
  IF pending = '' THEN
    RETURN;
  END IF;
  noted := ('[' || rtrim (pending, ',') || ']')::jsonb;
  INSERT INTO kansio.usage_log (staff_id, person_ids, view, purpose, area, emergency, logged_at,
                                login_role, object_id)
  SELECT (e ->> 0)::integer,
         CASE WHEN jsonb_typeof (e -> 1) = 'array' THEN
           ARRAY (SELECT p::bigint FROM jsonb_array_elements_text (e -> 1) WITH ORDINALITY AS x (p, n)
                  ORDER BY n)
         END,
         e ->> 2, e ->> 3, e ->> 4, (e ->> 5)::boolean, (e ->> 6)::timestamptz, session_user,
         (e ->> 7)::bigint
  FROM jsonb_array_elements (noted) WITH ORDINALITY AS r (e, n)
  WHERE jsonb_typeof (e) = 'array'
  ORDER BY n;
  FOR item IN SELECT e FROM jsonb_array_elements (noted) e WHERE jsonb_typeof (e) = 'object' LOOP
    PERFORM kansio.queue_item (item ->> 'kind', (item ->> 'staff')::integer,
                               (item ->> 'person')::bigint, item ->> 'details');
  END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION kansio.confirm_lookup (p_staff integer, p_person_ids bigint[],
                                                  p_purpose text)
  RETURNS boolean
  LANGUAGE plpgsql
AS $$
DECLARE
  key bytea := decode (current_setting ('kansio.call_key', true), 'hex');
  logged text;
BEGIN
  SELECT r.log_keys INTO logged FROM kansio.read_receipt r
  WHERE r.read_key = key AND r.login_role = session_user
    AND r.logged_at > clock_timestamp ()
                      - make_interval (secs => kansio.setting_int ('read_receipt_seconds'))
    AND r.xact IS DISTINCT FROM pg_current_xact_id_if_assigned ()
  ORDER BY r.logged_at DESC LIMIT 1;
  IF FOUND AND (cardinality (p_person_ids) = 0
                OR strpos (logged, kansio.log_key (p_staff, p_person_ids, 'lookup', p_purpose,
                                                   NULL, false, NULL)) > 0) THEN
    RETURN false;
  END IF;
  PERFORM set_config ('kansio.logged_keys', '', true);
  IF cardinality (p_person_ids) > 0 THEN
    PERFORM kansio.log_read (p_staff, p_person_ids, 'lookup', p_purpose);
  END IF;
  INSERT INTO kansio.read_receipt (login_role, read_key, logged_at, xact, log_keys)
  VALUES (session_user, key, clock_timestamp (), pg_current_xact_id (),
          current_setting ('kansio.logged_keys'));
  PERFORM set_config ('kansio.logged_keys', '', true);
  -- Not ask_again: this is a change's gate, which counts as written.
  RAISE NOTICE USING MESSAGE = 'The read was logged; ask again for the data.', ERRCODE = 'KL001';
  RETURN true;
END
$$;

-- Writes the gate api.NAME in front of kansio_impl.NAME (same arguments
-- and result). See 0012 for the modes and 0018 for the kept answer; this
-- migration's first call is above. No gate leaves the keys of the rows
-- it logged behind.
CREATE OR REPLACE FUNCTION kansio.gate_write (p_impl regprocedure, p_mode text) RETURNS void
  LANGUAGE plpgsql
AS $fn$
DECLARE
  name text;
  n_args integer;
  returns_set boolean;
  result_type oid;
  arguments text := pg_get_function_arguments (p_impl);
  identity text := pg_get_function_identity_arguments (p_impl);
  result text := pg_get_function_result (p_impl);
  checks text := kansio.input_checks (p_impl);
  is_void boolean;
  call text;
  arg_texts text;
  body text;
BEGIN
  SELECT p.proname, p.pronargs, p.proretset, p.prorettype
  INTO name, n_args, returns_set, result_type
  FROM pg_proc p WHERE p.oid = p_impl;
  is_void := result_type = 'void'::regtype;
  SELECT format ('kansio_impl.%I (%s)', name, coalesce (string_agg ('$' || i, ', ' ORDER BY i), ''))
  INTO call FROM generate_series (1, n_args) i;
  -- As jsonb, not ::text: a date's text follows the caller's DateStyle,
  -- and two calls that differ must never share a key (attack round).
  SELECT format ('ARRAY[%s]::text[]',
                 coalesce (string_agg (format ('to_jsonb ($%s)::text', i), ', ' ORDER BY i), ''))
  INTO arg_texts FROM generate_series (1, n_args) i;

  IF p_mode = 'read' THEN
    body := format (
      'IF kansio.read_pending () THEN RETURN; END IF; '
      'call_key := kansio.call_key (%L, %s); '
      'key_hex := encode (call_key, ''hex''); '
      'PERFORM set_config (''kansio.call_key'', key_hex, true); '
      'PERFORM set_config (''kansio.logged_keys'', '''', true); '
      'PERFORM set_config (''kansio.defer_log'', '''', true); '
      'SELECT r.log_keys, r.answer, r.logged_at INTO covered_keys, kept, kept_at '
      'FROM kansio.read_receipt r '
      'WHERE r.read_key = call_key AND r.login_role = session_user '
      '  AND r.logged_at > clock_timestamp () '
      '      - make_interval (secs => kansio.setting_int (''read_receipt_seconds'')) '
      '  AND r.xact IS DISTINCT FROM pg_current_xact_id_if_assigned () '
      'ORDER BY r.logged_at DESC LIMIT 1; '
      'covered := FOUND; '
      -- The answer kept for this call, if it is the one asked next.
      'IF coalesce (current_setting (''kansio.answer'', true), '''') <> '''' THEN '
      '  asked := current_setting (''kansio.answer'') = key_hex; '
      '  PERFORM set_config (''kansio.answer'', '''', false); '
      '  IF asked AND kept IS NOT NULL AND kept_at > clock_timestamp () '
      '     - make_interval (secs => kansio.setting_int (''kept_answer_seconds'')) THEN '
      '    RETURN QUERY SELECT * FROM %s; '
      '    RETURN; '
      '  END IF; '
      'END IF; '
      'PERFORM set_config (''kansio.covered'', coalesce (covered_keys, ''''), true); '
      'IF covered THEN '
      '  RETURN QUERY SELECT r.* FROM %s r WHERE kansio.read_gate (); '
      '  IF coalesce (current_setting (''kansio.read_logged'', true), '''') = ''yes'' THEN '
      '    INSERT INTO kansio.read_receipt (login_role, read_key, logged_at, xact, log_keys) '
      '    VALUES (session_user, call_key, clock_timestamp (), pg_current_xact_id (), '
      '            covered_keys || current_setting (''kansio.logged_keys'')); '
      '    PERFORM set_config (''kansio.logged_keys'', '''', true); '
      '    PERFORM set_config (''kansio.read_logged'', '''', true); '
      '    PERFORM kansio.ask_again (); '
      '  END IF; '
      '  RETURN; '
      'END IF; '
      -- The first call: log, keep the answer, and say "ask again".
      -- A refusal too says only "ask again" now, so that a first call
      -- rolled back tells nothing; the second call says it.
      -- Its log rows are written after the block (0020), so that the
      -- block's subtransaction writes nothing in the common case.
      '%s'
      'PERFORM set_config (''kansio.pending_log'', '''', true); '
      'PERFORM set_config (''kansio.defer_log'', ''yes'', true); '
      'BEGIN '
      '  SELECT coalesce (jsonb_agg (to_jsonb (r) ORDER BY r.ordinality), ''[]'') INTO kept '
      '  FROM %s WITH ORDINALITY r; '
      'EXCEPTION WHEN OTHERS THEN '
      '  kept := NULL; '
      'END; '
      'PERFORM kansio.write_deferred_log (); '
      -- An implementation that asked again itself wants to be run again;
      -- and an answer too big to keep in the row itself (a page of
      -- search results) is made again rather than written aside: measured,
      -- sessions writing kilobytes at once queue on the table's growth.
      'IF coalesce (current_setting (''kansio.read_pending'', true), '''') = ''yes'' '
      '   OR pg_column_size (kept) > 1800 THEN '
      '  kept := NULL; '
      'END IF; '
      'INSERT INTO kansio.read_receipt (login_role, read_key, logged_at, xact, log_keys, answer) '
      'VALUES (session_user, call_key, clock_timestamp (), pg_current_xact_id (), '
      '        coalesce (current_setting (''kansio.logged_keys'', true), ''''), kept); '
      'PERFORM set_config (''kansio.logged_keys'', '''', true); '
      'PERFORM set_config (''kansio.answer'', key_hex, false); '
      'PERFORM set_config (''kansio.read_logged'', '''', true); '
      'PERFORM kansio.ask_again (''read'');',
      name, arg_texts, kansio.kept_rows_source (p_impl), call, kansio.first_call_locks (name),
      call);
  ELSIF p_mode = 'plain' THEN
    body := 'PERFORM set_config (''kansio.covered'', '''', true); '
            'PERFORM set_config (''kansio.defer_log'', '''', true); '
            'PERFORM set_config (''kansio.answer'', '''', false); '
            || CASE WHEN returns_set THEN format ('RETURN QUERY SELECT * FROM %s;', call)
                    WHEN is_void THEN format ('PERFORM %s;', call)
                    ELSE format ('RETURN %s;', call) END;
  ELSE
    body := format (
      'IF kansio.read_pending () THEN RETURN %s; END IF; '
      'PERFORM set_config (''kansio.call_key'', encode (kansio.call_key (%L, %s), ''hex''), true); '
      'PERFORM set_config (''kansio.covered'', '''', true); '
      'PERFORM set_config (''kansio.logged_keys'', '''', true); '
      'PERFORM set_config (''kansio.defer_log'', '''', true); '
      'PERFORM set_config (''kansio.answer'', '''', false); '
      'PERFORM set_config (''kansio.wrote'', ''yes'', true); '
      'BEGIN %s '
      'EXCEPTION WHEN integrity_constraint_violation THEN '
      '  GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, rule = CONSTRAINT_NAME, '
      '    table_name = TABLE_NAME, column_name = COLUMN_NAME; '
      '  IF coalesce (rule, '''') = '''' AND coalesce (table_name, '''') = '''' THEN RAISE; END IF; '
      '  PERFORM kansio.refuse_change (state, coalesce (nullif (rule, ''''), column_name)); '
      'END; '
      'PERFORM set_config (''kansio.read_logged'', '''', true); '
      'PERFORM set_config (''kansio.logged_keys'', '''', true); '
      'RETURN %s;',
      CASE WHEN returns_set OR is_void THEN '' ELSE 'NULL' END,
      name, arg_texts,
      CASE WHEN returns_set THEN format ('RETURN QUERY SELECT * FROM %s;', call)
           WHEN is_void THEN format ('PERFORM %s;', call)
           ELSE format ('written := %s;', call) END,
      CASE WHEN returns_set OR is_void THEN '' ELSE 'written' END);
  END IF;

  EXECUTE format ($f$
    CREATE OR REPLACE FUNCTION api.%I (%s) RETURNS %s
      LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp
      SET TimeZone = 'Europe/Helsinki'
      SET client_min_messages = notice
      SET debug_print_plan = off
      SET debug_print_parse = off
      SET debug_print_rewritten = off
    AS $gate$
    DECLARE
      written %s;
      call_key bytea;
      key_hex text;
      covered boolean;
      covered_keys text;
      kept jsonb;
      kept_at timestamptz;
      asked boolean;
      state text;
      rule text;
      table_name text;
      column_name text;
    BEGIN
      %s
      %s
    END
    $gate$$f$, name, arguments, result,
    CASE WHEN returns_set OR is_void THEN 'integer' ELSE format_type (result_type, NULL) END,
    checks, body);
  EXECUTE format ('COMMENT ON FUNCTION api.%I (%s) IS %L', name, identity,
                  CASE p_mode WHEN 'read' THEN 'client-data' WHEN 'write' THEN 'client-write'
                              ELSE 'no-client-data' END);
  EXECUTE format ('REVOKE ALL ON FUNCTION api.%I (%s) FROM PUBLIC', name, identity);
  EXECUTE format ('GRANT EXECUTE ON FUNCTION api.%I (%s) TO kansio_user', name, identity);
END
$fn$;

-- Every gate written anew.
DO $$
DECLARE
  f regprocedure;
  mode text;
BEGIN
  FOR f, mode IN
    SELECT i.oid::regprocedure,
           CASE coalesce (obj_description (p.oid, 'pg_proc'), '')
             WHEN 'client-data' THEN 'read' WHEN 'client-write' THEN 'write' ELSE 'plain' END
    FROM pg_proc p
    JOIN pg_proc i ON i.proname = p.proname AND i.proargtypes = p.proargtypes
      AND i.pronamespace = 'kansio_impl'::regnamespace
    WHERE p.pronamespace = 'api'::regnamespace
    ORDER BY p.proname
  LOOP
    PERFORM kansio.gate_write (f, mode);
  END LOOP;
END
$$;

RESET ROLE;
