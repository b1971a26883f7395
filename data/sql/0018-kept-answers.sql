-- 0018-kept-answers.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A durable read at the cost of one (issue 10, part 2).
--
-- 0012 made a read of client data two calls: the first logs and answers
-- "ask again" (KL001), the second, once the log row has committed, gets
-- the data. Measured, the second call cost as much as the first: it ran
-- the whole implementation again (rights, receipts, the query), and each
-- log row wrote two receipts besides. Logged reads did a third of what
-- the floor (SELECT plus INSERT, committed) did.
--
-- Now the first call keeps its answer. It runs the implementation once,
-- rights and query and log rows together, and writes one receipt that
-- holds the answer (as jsonb) and the keys of the log rows it wrote. The
-- session remembers the call (kansio.answer, a session setting, set in
-- that transaction: a rollback forgets it). The second call with the same
-- arguments finds its committed receipt by one index probe and returns the
-- kept answer; nothing is run again.
--
-- Why this is still durable: the kept answer is returned only from a
-- receipt committed by an earlier transaction of the same login role, so
-- its log rows committed with it. Why it is not stale: it is returned only
-- to the call that comes next for these arguments (the session forgets it
-- at the next gate call, whatever that asks) and at most
-- kept_answer_seconds (3) after it was made. Any other read, a reopened
-- client after a colleague's save among them, runs the implementation as
-- before. Kept
-- answers are client data at rest for those seconds: the table is
-- unlogged (not in the WAL, backups or standbys), readable by its owner
-- only, and emptied by the sealer.
--
-- A read covered by a receipt of the window (the same call within 15 s)
-- runs the implementation; its log rows whose keys the receipt lists are
-- not written again (the gate hands them to kansio.log_read in
-- kansio.covered, set by every gate on entry, so a caller's own setting
-- never counts). A row new even then (the data changed) holds the rows
-- back and writes a receipt naming it, as before.
--
-- A refused first call keeps no answer: it says "ask again" as before,
-- and the second call runs the implementation and says the refusal. Nor
-- does an answer over about 2 kB (a page of search results): writing
-- kilobytes aside from many sessions at once cost more than running the
-- search again.

SET LOCAL ROLE kansio_owner;

INSERT INTO kansio.setting (key, value, description)
VALUES ('kept_answer_seconds', '3',
        'How long the answer of a logged read waits for the caller to ask again.')
ON CONFLICT (key) DO NOTHING;

-- One receipt a call: who, which call, when, which log rows it wrote and,
-- for the first call, its answer. The key includes the login role.
DROP INDEX kansio.read_receipt_key_idx;
DROP INDEX kansio.read_receipt_time_idx;
ALTER TABLE kansio.read_receipt ADD COLUMN log_keys text NOT NULL DEFAULT '',
  ADD COLUMN answer jsonb;
CREATE INDEX read_receipt_key_idx ON kansio.read_receipt (read_key, logged_at);
-- Kept answers are small (see the gate: a bigger one is not kept) and
-- live for seconds: stored as they are, never compressed.
ALTER TABLE kansio.read_receipt ALTER COLUMN answer SET STORAGE EXTERNAL;
ALTER TABLE kansio.read_receipt SET (toast_tuple_target = 8160);

CREATE OR REPLACE FUNCTION kansio.call_key (p_function text, p_arguments text[]) RETURNS bytea
  LANGUAGE sql STABLE
AS $$
  SELECT sha256 (convert_to (session_user || ':' || p_function || to_json (p_arguments)::text,
                             'UTF8'))
$$;

CREATE OR REPLACE FUNCTION kansio.call_covered (p_key bytea) RETURNS boolean
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM kansio.read_receipt r
    WHERE r.read_key = p_key AND r.login_role = session_user
      AND r.logged_at > clock_timestamp ()
                        - make_interval (secs => kansio.setting_int ('read_receipt_seconds'))
      AND r.xact IS DISTINCT FROM pg_current_xact_id_if_assigned ());
END
$$;

-- The key of one log row of the call being made (kansio.call_key is the
-- gate's): what a receipt lists of the rows it wrote.
CREATE FUNCTION kansio.log_key (p_staff integer, p_person_ids bigint[], p_view text,
                                p_purpose text, p_area text, p_emergency boolean,
                                p_object bigint)
  RETURNS text
  LANGUAGE sql STABLE
AS $$
  SELECT encode (sha256 (convert_to (json_build_array (
           p_staff, p_person_ids, p_view, p_purpose, p_area, p_emergency, p_object,
           current_setting ('kansio.call_key', true))::text, 'UTF8')), 'hex')
$$;

-- Logs one read unless the call's committed receipt lists it (in
-- kansio.covered, which every gate sets on entry: a change's gate to
-- nothing); true when it wrote a row now. Every row written is noted, so
-- that the gate holds back what it read (issue 10 attack round: a row
-- written unnoted let a covered read through in a transaction that was
-- then rolled back).
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
  INSERT INTO kansio.usage_log (staff_id, person_ids, view, purpose, area, emergency, logged_at,
                                login_role, object_id)
  VALUES (p_staff, p_person_ids, p_view, p_purpose, p_area, p_emergency, clock_timestamp (),
          session_user, p_object);
  PERFORM set_config ('kansio.logged_keys',
                      coalesce (current_setting ('kansio.logged_keys', true), '') || key || ' ',
                      true);
  PERFORM set_config ('kansio.read_logged', 'yes', true);
  RETURN true;
END
$$;

-- The first call of a change that names people by identity code (0013):
-- covered only by a committed receipt of the call that logged whoever it
-- finds now, so that someone registered between the two calls is logged
-- before the change says so (attack round).
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
  -- Not ask_again: this is a change's gate, which counts as written.
  RAISE NOTICE USING MESSAGE = 'The read was logged; ask again for the data.', ERRCODE = 'KL001';
  RETURN true;
END
$$;

-- The rows of a kept answer, as the function's own result type: by the
-- type's name, or by a column list for a function that returns a table.
CREATE FUNCTION kansio.kept_rows_source (p_function regprocedure) RETURNS text
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  f pg_proc;
  columns text;
BEGIN
  SELECT * INTO f FROM pg_proc WHERE oid = p_function;
  IF f.prorettype <> 'record'::regtype THEN
    RETURN format ('jsonb_populate_recordset (NULL::%s, kept)', f.prorettype::regtype);
  END IF;
  SELECT string_agg (format ('%I %s', f.proargnames[i], format_type (f.proallargtypes[i], NULL)),
                     ', ' ORDER BY i)
  INTO columns
  FROM generate_subscripts (f.proallargtypes, 1) i
  WHERE f.proargmodes[i] IN ('t', 'o');
  RETURN format ('jsonb_to_recordset (kept) AS x (%s)', columns);
END
$$;

-- Writes the gate api.NAME in front of kansio_impl.NAME (same arguments
-- and result). See 0012 for the modes; a read now keeps its answer.
CREATE FUNCTION kansio.gate_write (p_impl regprocedure, p_mode text) RETURNS void
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
      '    PERFORM set_config (''kansio.read_logged'', '''', true); '
      '    PERFORM kansio.ask_again (); '
      '  END IF; '
      '  RETURN; '
      'END IF; '
      -- The first call: log, keep the answer, and say "ask again".
      -- A refusal too says only "ask again" now, so that a first call
      -- rolled back tells nothing; the second call says it.
      'BEGIN '
      '  SELECT coalesce (jsonb_agg (to_jsonb (r) ORDER BY r.ordinality), ''[]'') INTO kept '
      '  FROM %s WITH ORDINALITY r; '
      'EXCEPTION WHEN OTHERS THEN '
      '  kept := NULL; '
      'END; '
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
      'PERFORM set_config (''kansio.answer'', key_hex, false); '
      'PERFORM set_config (''kansio.read_logged'', '''', true); '
      'PERFORM kansio.ask_again ();',
      name, arg_texts, kansio.kept_rows_source (p_impl), call, call);
  ELSIF p_mode = 'plain' THEN
    body := 'PERFORM set_config (''kansio.covered'', '''', true); '
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

-- Moves an api function into kansio_impl and writes its gate (0012; the
-- gate itself is now kansio.gate_write's).
CREATE OR REPLACE FUNCTION kansio.gate_function (p_function regprocedure, p_mode text)
  RETURNS void
  LANGUAGE plpgsql
AS $fn$
DECLARE
  name text := (SELECT p.proname FROM pg_proc p WHERE p.oid = p_function);
  identity text := pg_get_function_identity_arguments (p_function);
BEGIN
  EXECUTE format ('ALTER FUNCTION %s SET SCHEMA kansio_impl', p_function);
  EXECUTE format ('REVOKE ALL ON FUNCTION kansio_impl.%I (%s) FROM PUBLIC, kansio_user', name,
                  identity);
  -- Run only by its gate, which already runs as the owner with the
  -- search_path and time zone pinned: the implementation sets nothing
  -- again (measured: a fifth of a cached read's time).
  EXECUTE format ('ALTER FUNCTION kansio_impl.%I (%s) RESET ALL', name, identity);
  EXECUTE format ('ALTER FUNCTION kansio_impl.%I (%s) SECURITY INVOKER', name, identity);
  PERFORM kansio.gate_write (p_function, p_mode);
END
$fn$;

-- Every gate there is, written anew.
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

-- The read gate's filter is kansio.read_gate, as before; nothing else of
-- 0012's first-call path is used.
DROP FUNCTION kansio.note_call (bytea);

RESET ROLE;
