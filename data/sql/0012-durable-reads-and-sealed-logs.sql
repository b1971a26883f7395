-- 0012-durable-reads-and-sealed-logs.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The security core, second pass (issue 10, parts 1, 2, 3 and 5).
--
-- 1. A read leaves a durable trace before any data leaves the server.
--
--    A row written in the caller's own transaction is not durable: the
--    caller may roll it back, fail a later statement, or drop the
--    connection after the data has been sent. So no read function returns
--    data on the strength of a log row of its own transaction. Every
--    client-data read is a gate (api.*) around its implementation
--    (kansio_impl.*). The implementation logs as before, through
--    kansio.log_read, which first looks for a *receipt*: a log row with the
--    same user, view, purpose and clients, committed by an earlier
--    transaction in the last 15 seconds. With a receipt, nothing new is
--    written and the gate lets the rows through. Without one, a log row and
--    its receipt are written, and the gate returns no rows and a NOTICE
--    (SQLSTATE KL001) saying "ask again". Kansio's database layer asks
--    again at once, in a new transaction, after the first one has
--    committed; a caller who rolls back, savepoints, fails a later
--    statement or is killed gets nothing, every time.
--
--    Why a receipt window rather than one ticket per read: a ticket
--    consumed by the read would be a write the caller can roll back, so
--    any ticket is reusable until it expires anyway. The window bounds how
--    far a read may be from the log row that names it (15 s), and ordinary
--    reading writes exactly one row per read.
--
-- 2. No shared lock. Log rows no longer take a position from a head row
--    locked until commit (one queue for the whole county, and one open
--    transaction froze every read). A log row is a plain INSERT with its
--    transaction id (xact). The chain is made afterwards by the sealer
--    (kansio-admin audit seal; Kansio itself for the demo server), which
--    reads committed rows that are not yet sealed, hashes them in C, and
--    appends them to kansio.log_seal under kansio.log_seal_head. Users never
--    touch the seal tables, and the sealer never waits for a user: it
--    seals whatever has committed, in the order it finds it, and remembers
--    as its watermark the oldest transaction that was still running, so a
--    row that commits late is found by a later run. Only one sealer runs at
--    a time (FOR UPDATE NOWAIT on the head; a second one skips).
--
-- 3. Tamper evidence against the database's own superuser: the sealer
--    signs each head with an Ed25519 key the database never sees and keeps
--    the signed heads (anchors) in files outside it; kansio-admin audit
--    verify recomputes every hash in C from the rows and checks every
--    anchor. Stored documents are a third sealed log: a document's SHA-256
--    is part of its sealed row, and the verifier hashes the PDF itself.
--
-- 5. "Today" is Helsinki's: every api function runs with TimeZone set to
--    Europe/Helsinki, whatever the session or the role says.

DO $$
DECLARE
  role_name text;
BEGIN
  FOREACH role_name IN ARRAY ARRAY['kansio_sealer'] LOOP
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = role_name) THEN
      BEGIN
        EXECUTE format ('CREATE ROLE %I NOLOGIN', role_name);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
      END;
    END IF;
  END LOOP;

  -- Server-side limits for every session of this database. A user's own
  -- SET can still lower them in a session; nothing a user holds delays
  -- another user any more, so these bound resources, not correctness.
  -- Tools that legitimately run long (migrate, the bench generator) set
  -- their own limits for their session.
  EXECUTE format ('ALTER DATABASE %I SET statement_timeout = ''60s''', current_database ());
  EXECUTE format ('ALTER DATABASE %I SET idle_in_transaction_session_timeout = ''60s''',
                  current_database ());
  EXECUTE format ('ALTER DATABASE %I SET lock_timeout = ''10s''', current_database ());

  -- And a connection limit for every login role there is now. New login
  -- roles get theirs from kansio.login_role_limits (demo data, and the
  -- main users' user management later).
  -- Roles are shared by the cluster's databases, which may be migrating
  -- at the same moment: one that loses the race finds the limit set.
  FOR role_name IN
    SELECT r.rolname FROM pg_catalog.pg_roles r
    WHERE r.rolcanlogin AND NOT r.rolsuper AND r.rolconnlimit = -1
      AND pg_catalog.pg_has_role (r.oid, 'kansio_user', 'MEMBER')
  LOOP
    BEGIN
      EXECUTE format ('ALTER ROLE %I CONNECTION LIMIT 20', role_name);
    EXCEPTION WHEN OTHERS THEN
      NULL;
    END;
  END LOOP;
END
$$;

GRANT USAGE ON SCHEMA kansio TO kansio_sealer;
DO $$
BEGIN
  EXECUTE format ('GRANT CONNECT ON DATABASE %I TO kansio_sealer', current_database ());
END
$$;

SET LOCAL ROLE kansio_owner;

CREATE SCHEMA kansio_impl;
REVOKE ALL ON SCHEMA kansio_impl FROM PUBLIC;

----------------------------------------------------------------------------
-- Logs: plain inserts, no head, no lock

DROP TRIGGER usage_log_chain ON kansio.usage_log;
DROP TRIGGER disclosure_log_chain ON kansio.disclosure_log;
DROP TRIGGER log_chain_head_fixed ON kansio.log_chain_head;
DROP FUNCTION kansio.chain_log_row ();
DROP FUNCTION api.audit_verify ();
DROP FUNCTION kansio.verify_chain (text);
DROP FUNCTION kansio.usage_log_text (kansio.usage_log);
DROP FUNCTION kansio.disclosure_log_text (kansio.disclosure_log);
DROP FUNCTION kansio.hash_text (text);
DROP TABLE kansio.log_chain_head;

-- The chain now lives in kansio.log_seal; the columns of the old in-row
-- chain go (their rows are sealed anew below, from their content).
ALTER TABLE kansio.usage_log DROP COLUMN position, DROP COLUMN prev_hash,
  DROP COLUMN row_hash;
ALTER TABLE kansio.disclosure_log DROP COLUMN position, DROP COLUMN prev_hash,
  DROP COLUMN row_hash;

-- The writing transaction, for the sealer's watermark and for telling a
-- row of one's own transaction from a committed one.
ALTER TABLE kansio.usage_log ADD COLUMN xact xid8 NOT NULL DEFAULT pg_current_xact_id ();
ALTER TABLE kansio.disclosure_log ADD COLUMN xact xid8 NOT NULL DEFAULT pg_current_xact_id ();
ALTER TABLE kansio.document ADD COLUMN xact xid8 NOT NULL DEFAULT pg_current_xact_id ();
-- A disclosure of a document names its case, so that it is shown by the
-- same need-to-know rule as the case (0013).
ALTER TABLE kansio.disclosure_log ADD COLUMN case_id bigint REFERENCES kansio.client_case (id);
-- What was read, where a view reads one thing (a document, a case).
ALTER TABLE kansio.usage_log ADD COLUMN object_id bigint;
CREATE INDEX usage_log_xact_idx ON kansio.usage_log (xact);
CREATE INDEX disclosure_log_xact_idx ON kansio.disclosure_log (xact);
CREATE INDEX document_xact_idx ON kansio.document (xact);

-- Who and when are the server's, whatever an insert says.
CREATE FUNCTION kansio.stamp_log_row () RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  NEW.logged_at := clock_timestamp ();
  NEW.login_role := session_user;
  NEW.xact := pg_current_xact_id ();
  RETURN NEW;
END
$$;
CREATE TRIGGER disclosure_log_stamp BEFORE INSERT ON kansio.disclosure_log
  FOR EACH ROW EXECUTE FUNCTION kansio.stamp_log_row ();

----------------------------------------------------------------------------
-- The seal: positions and hashes, appended by the sealer only

CREATE TABLE kansio.log_seal (
  log text NOT NULL CHECK (log IN ('usage', 'disclosure', 'document')),
  position bigint NOT NULL CHECK (position > 0),
  row_id bigint NOT NULL,
  row_hash bytea NOT NULL CHECK (length (row_hash) = 32),
  sealed_at timestamptz NOT NULL DEFAULT clock_timestamp (),
  PRIMARY KEY (log, position),
  UNIQUE (log, row_id)
);

CREATE TABLE kansio.log_seal_head (
  log text PRIMARY KEY CHECK (log IN ('usage', 'disclosure', 'document')),
  position bigint NOT NULL,
  hash bytea NOT NULL,
  -- No unsealed row can belong to a transaction older than this.
  watermark xid8 NOT NULL
);
INSERT INTO kansio.log_seal_head
VALUES ('usage', 0, '\x'::bytea, '0'::xid8), ('disclosure', 0, '\x'::bytea, '0'::xid8),
       ('document', 0, '\x'::bytea, '0'::xid8);

CREATE TRIGGER log_seal_insert_only BEFORE UPDATE OR DELETE ON kansio.log_seal
  FOR EACH ROW EXECUTE FUNCTION kansio.refuse_log_change ();
CREATE TRIGGER log_seal_no_truncate BEFORE TRUNCATE ON kansio.log_seal
  FOR EACH STATEMENT EXECUTE FUNCTION kansio.refuse_log_change ();
CREATE TRIGGER log_seal_head_fixed BEFORE DELETE ON kansio.log_seal_head
  FOR EACH ROW EXECUTE FUNCTION kansio.refuse_log_change ();
REVOKE UPDATE, DELETE, TRUNCATE ON kansio.log_seal FROM kansio_owner;

-- The sealer (and the verifier, which runs with the same technical role
-- on the database host) reads the logs and documents directly: it must
-- not depend on any function of ours.
GRANT SELECT ON kansio.usage_log, kansio.disclosure_log, kansio.document, kansio.log_seal
  TO kansio_sealer;
GRANT SELECT, UPDATE ON kansio.log_seal_head TO kansio_sealer;
GRANT INSERT ON kansio.log_seal TO kansio_sealer;

----------------------------------------------------------------------------
-- Receipts: which reads have a committed log row, for a short while

-- Unlogged: after a crash it is empty, which only means reads log again.
CREATE UNLOGGED TABLE kansio.read_receipt (
  login_role name NOT NULL,
  read_key bytea NOT NULL,
  logged_at timestamptz NOT NULL,
  xact xid8 NOT NULL
);
CREATE INDEX read_receipt_key_idx ON kansio.read_receipt (login_role, read_key, logged_at);
CREATE INDEX read_receipt_time_idx ON kansio.read_receipt (logged_at);
GRANT SELECT, DELETE ON kansio.read_receipt TO kansio_sealer;

INSERT INTO kansio.setting (key, value, description)
VALUES ('read_receipt_seconds', '15',
        'How long a committed usage-log row covers the same read by the same user again.')
ON CONFLICT (key) DO NOTHING;

-- Logs one read unless a committed row of an earlier transaction already
-- names it for the same call; true when it wrote a row now. The key holds
-- the call's own (kansio.call_key, set by the gate): each document, case
-- or period read is a row of its own.
CREATE FUNCTION kansio.log_read (p_staff integer, p_person_ids bigint[], p_view text,
                                 p_purpose text DEFAULT NULL, p_area text DEFAULT NULL,
                                 p_emergency boolean DEFAULT false, p_object bigint DEFAULT NULL)
  RETURNS boolean
  LANGUAGE plpgsql
AS $$
DECLARE
  key bytea := sha256 (convert_to (json_build_array (
                 p_staff, p_person_ids, p_view, p_purpose, p_area, p_emergency, p_object,
                 current_setting ('kansio.call_key', true))::text, 'UTF8'));
BEGIN
  IF kansio.call_covered (key) THEN
    RETURN false;
  END IF;
  INSERT INTO kansio.usage_log (staff_id, person_ids, view, purpose, area, emergency, logged_at,
                                login_role, object_id)
  VALUES (p_staff, p_person_ids, p_view, p_purpose, p_area, p_emergency, clock_timestamp (),
          session_user, p_object);
  INSERT INTO kansio.read_receipt VALUES (session_user, key, clock_timestamp (),
                                          pg_current_xact_id ());
  PERFORM set_config ('kansio.read_logged', 'yes', true);
  RETURN true;
END
$$;

CREATE OR REPLACE FUNCTION kansio.log_usage (p_staff integer, p_person_ids bigint[], p_view text,
                                             p_purpose text DEFAULT NULL,
                                             p_area text DEFAULT NULL,
                                             p_emergency boolean DEFAULT false) RETURNS void
  LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM kansio.log_read (p_staff, p_person_ids, p_view, p_purpose, p_area, p_emergency);
END
$$;

-- One call: which function, with which arguments.
CREATE FUNCTION kansio.call_key (p_function text, p_arguments text[]) RETURNS bytea
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT sha256 (convert_to (p_function || to_json (p_arguments)::text, 'UTF8'))
$$;

-- Whether a receipt of @p_key was committed by an earlier transaction of
-- this user within the window. A row visible here that another
-- transaction wrote has committed; one of this transaction (savepoints
-- included) has not.
CREATE FUNCTION kansio.call_covered (p_key bytea) RETURNS boolean
  LANGUAGE plpgsql STABLE
AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM kansio.read_receipt r
    WHERE r.login_role = session_user AND r.read_key = p_key
      AND r.logged_at > clock_timestamp ()
                        - make_interval (secs => kansio.setting_int ('read_receipt_seconds'))
      AND r.xact IS DISTINCT FROM pg_current_xact_id_if_assigned ());
END
$$;

-- Says "ask again" (once a transaction), unless this transaction changed
-- something already: asking again would repeat the change.
CREATE FUNCTION kansio.ask_again () RETURNS void
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
    RAISE NOTICE USING MESSAGE = 'The read was logged; ask again for the data.',
                       ERRCODE = 'KL001';
  END IF;
END
$$;

-- The first call of a read: a receipt for the call, "ask again", and
-- nothing left in the session that tells what the implementation found.
CREATE FUNCTION kansio.note_call (p_key bytea) RETURNS void
  LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO kansio.read_receipt VALUES (session_user, p_key, clock_timestamp (),
                                          pg_current_xact_id ());
  PERFORM set_config ('kansio.read_logged', '', true);
  PERFORM kansio.ask_again ();
END
$$;

-- Evaluated on each row a covered read returns, after the implementation
-- has run to the end (a function scan is materialised before its first
-- row is filtered): no rows if it had to write a new log row even now.
CREATE FUNCTION kansio.read_gate () RETURNS boolean
  LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
  IF coalesce (current_setting ('kansio.read_logged', true), '') <> 'yes' THEN
    RETURN true;
  END IF;
  PERFORM kansio.ask_again ();
  RETURN false;
END
$$;

-- True when a read earlier in this transaction (or nested in this
-- statement) waits for its log row to commit: then a read returns
-- nothing and a change is not made, so that asking again (which the
-- caller must) does everything exactly once.
CREATE FUNCTION kansio.read_pending () RETURNS boolean
  LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
  IF coalesce (current_setting ('kansio.read_pending', true), '') = 'yes' THEN
    PERFORM kansio.ask_again ();
    RETURN true;
  END IF;
  RETURN false;
END
$$;

-- Says no to a change that broke a table's own rule (a CHECK, a unique
-- key) without PostgreSQL's detail, which shows the failing row and its
-- internal ids. (A refusal the api raised itself names no constraint and
-- is raised again as it was.)
CREATE FUNCTION kansio.refuse_change (p_state text, p_rule text) RETURNS void
  LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'The data was not accepted: it breaks a rule of the database.'
    USING ERRCODE = p_state, DETAIL = p_rule;
END
$$;

-- What any argument may be, checked at every gate before anything else:
-- no text, document or date without a bound reaches the database
-- (issue 10, part 5). By argument name, else by type.
CREATE TABLE kansio.input_limit (
  argument text PRIMARY KEY,
  max_length integer NOT NULL CHECK (max_length > 0)
);
INSERT INTO kansio.input_limit VALUES
  ('p_body_fi', 200000), ('p_body_sv', 200000), ('p_pdf', 20000000), ('p_calculation', 200000),
  ('p_reasons', 20000), ('p_notes', 4000), ('p_note', 4000), ('p_purpose', 1000),
  ('p_reason', 4000), ('p_query', 200), ('p_resolution', 1000),
  -- Whole numbers by name: at most this.
  ('p_page_count', 2000), ('p_limit', 500), ('p_offset', 100000), ('p_year', 2200);

CREATE FUNCTION kansio.refuse_input (p_argument text, p_what text) RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  field text := regexp_replace (p_argument, '^p_', '');
BEGIN
  IF p_what = 'long' THEN
    RAISE EXCEPTION 'A value given is too long.'
      USING ERRCODE = 'string_data_right_truncation', COLUMN = field;
  ELSIF p_what = 'received' THEN
    RAISE EXCEPTION 'A day of receipt cannot be in the future or more than ten years ago.'
      USING ERRCODE = 'datetime_field_overflow', COLUMN = field;
  ELSIF p_what = 'date' THEN
    RAISE EXCEPTION 'A date given is outside the years 1850-2200.'
      USING ERRCODE = 'datetime_field_overflow', COLUMN = field;
  ELSE
    RAISE EXCEPTION 'A number given is out of range.'
      USING ERRCODE = 'numeric_value_out_of_range', COLUMN = field;
  END IF;
END
$$;

-- The checks of one function's arguments, as PL/pgSQL statements.
CREATE FUNCTION kansio.input_checks (p_function regprocedure) RETURNS text
  LANGUAGE plpgsql
AS $$
DECLARE
  f pg_proc;
  checks text := '';
  arg_name text;
  type_name text;
  limit_length integer;
BEGIN
  SELECT * INTO f FROM pg_proc WHERE oid = p_function;
  FOR i IN 1 .. f.pronargs LOOP
    arg_name := coalesce (f.proargnames[i], 'p_' || i);
    type_name := format_type (f.proargtypes[i - 1], NULL);
    limit_length := (SELECT l.max_length FROM kansio.input_limit l WHERE l.argument = arg_name);
    IF type_name IN ('text', 'name', 'character varying') THEN
      checks := checks || format ('IF length ($%s) > %s THEN PERFORM kansio.refuse_input (%L, '
                                  '''long''); END IF; ', i, coalesce (limit_length, 10000),
                                  arg_name);
    ELSIF type_name = 'bytea' THEN
      checks := checks || format ('IF octet_length ($%s) > %s THEN PERFORM kansio.refuse_input '
                                  '(%L, ''long''); END IF; ', i, coalesce (limit_length, 1000000),
                                  arg_name);
    ELSIF type_name = 'text[]' THEN
      checks := checks || format ('IF octet_length ($%s::text) > %s THEN PERFORM '
                                  'kansio.refuse_input (%L, ''long''); END IF; ', i,
                                  coalesce (limit_length, 100000), arg_name);
    ELSIF type_name = 'date' AND arg_name ~ 'received_on$' THEN
      -- Deadlines are counted from it: not in the future, nor decades back.
      checks := checks || format ('IF $%s NOT BETWEEN current_date - 3650 AND current_date + 1 '
                                  'THEN PERFORM kansio.refuse_input (%L, ''received''); END IF; ',
                                  i, arg_name);
    ELSIF type_name = 'date' THEN
      checks := checks || format ('IF $%s NOT BETWEEN ''1850-01-01'' AND ''2200-12-31'' THEN '
                                  'PERFORM kansio.refuse_input (%L, ''date''); END IF; ', i,
                                  arg_name);
    ELSIF type_name = 'timestamp with time zone' THEN
      checks := checks || format ('IF isfinite ($%s) AND $%s NOT BETWEEN ''1850-01-01'' AND '
                                  '''2200-12-31'' THEN PERFORM kansio.refuse_input (%L, '
                                  '''date''); END IF; ', i, i, arg_name);
    ELSIF type_name IN ('integer', 'bigint', 'smallint') AND limit_length IS NOT NULL THEN
      checks := checks || format ('IF abs ($%s) > %s THEN PERFORM kansio.refuse_input (%L, '
                                  '''amount''); END IF; ', i, limit_length, arg_name);
    ELSIF type_name = 'bigint' AND arg_name ~ '(cents|value)$' THEN
      -- Euros, as cents: a billion is more than any one payment.
      checks := checks || format ('IF abs ($%s) > 100000000000 THEN PERFORM kansio.refuse_input '
                                  '(%L, ''amount''); END IF; ', i, arg_name);
    END IF;
  END LOOP;
  RETURN checks;
END
$$;

-- Moves an api function into kansio_impl and puts a gate of the same
-- name, arguments and result in its place. Every gate checks the size of
-- what it is given. A read's gate (p_mode 'read') holds its rows back
-- until its log row has committed; a change's gate ('write') does nothing
-- while a read of the same statement waits; 'plain' only checks. Later
-- migrations replace the implementation (kansio_impl.NAME) and leave the
-- gate be; a new api function is gated with this too.
CREATE FUNCTION kansio.gate_function (p_function regprocedure, p_mode text) RETURNS void
  LANGUAGE plpgsql
AS $fn$
DECLARE
  name text;
  n_args integer;
  returns_set boolean;
  result_type oid;
  arguments text := pg_get_function_arguments (p_function);
  identity text := pg_get_function_identity_arguments (p_function);
  result text := pg_get_function_result (p_function);
  checks text := kansio.input_checks (p_function);
  is_void boolean;
  call text;
  arg_texts text;
  body text;
BEGIN
  SELECT p.proname, p.pronargs, p.proretset, p.prorettype
  INTO name, n_args, returns_set, result_type
  FROM pg_proc p WHERE p.oid = p_function;
  is_void := result_type = 'void'::regtype;
  SELECT format ('kansio_impl.%I (%s)', name, coalesce (string_agg ('$' || i, ', ' ORDER BY i), ''))
  INTO call FROM generate_series (1, n_args) i;

  EXECUTE format ('ALTER FUNCTION %s SET SCHEMA kansio_impl', p_function);
  EXECUTE format ('REVOKE ALL ON FUNCTION kansio_impl.%I (%s) FROM PUBLIC, kansio_user', name,
                  identity);
  -- Run only by its gate, which already runs as the owner with the
  -- search_path and time zone pinned: the implementation sets nothing
  -- again (measured: a fifth of a cached read's time).
  EXECUTE format ('ALTER FUNCTION kansio_impl.%I (%s) RESET ALL', name, identity);
  EXECUTE format ('ALTER FUNCTION kansio_impl.%I (%s) SECURITY INVOKER', name, identity);

  SELECT format ('ARRAY[%s]::text[]', coalesce (string_agg (format ('$%s::text', i), ', ' ORDER BY i), ''))
  INTO arg_texts FROM generate_series (1, n_args) i;

  IF p_mode = 'read' THEN
    -- A read. The first call of these arguments in the receipt window
    -- runs the implementation only for its log rows and answers nothing
    -- and "ask again", whatever it found and whatever it refused, so that
    -- an answer that is rolled back tells nothing (not even whether
    -- anything was found). The second call, once that has committed, gets
    -- the data or the refusal; a row that is new even then (the data
    -- changed) is held back too.
    body := format (
      'IF kansio.read_pending () THEN RETURN; END IF; '
      'call_key := kansio.call_key (%L, %s); '
      'PERFORM set_config (''kansio.call_key'', encode (call_key, ''hex''), true); '
      'IF NOT kansio.call_covered (call_key) THEN '
      '  BEGIN PERFORM count (*) FROM %s; '
      '  EXCEPTION WHEN OTHERS THEN NULL; END; '
      '  PERFORM kansio.note_call (call_key); '
      '  RETURN; '
      'END IF; '
      'RETURN QUERY SELECT r.* FROM %s r WHERE kansio.read_gate (); '
      'PERFORM set_config (''kansio.read_logged'', '''', true);',
      name, arg_texts, call, call);
  ELSIF p_mode = 'plain' THEN
    body := CASE WHEN returns_set THEN format ('RETURN QUERY SELECT * FROM %s;', call)
                 WHEN is_void THEN format ('PERFORM %s;', call)
                 ELSE format ('RETURN %s;', call) END;
  ELSE
    -- A change: nothing while a nested read waits; what a table's own rule
    -- refuses (a constraint, a column that may not be empty) is said
    -- without PostgreSQL's detail, which shows the failing row; what the
    -- change itself refuses passes as it is. Its own log row commits with
    -- the change and the change returns no client data.
    body := format (
      'IF kansio.read_pending () THEN RETURN %s; END IF; '
      'PERFORM set_config (''kansio.call_key'', encode (kansio.call_key (%L, %s), ''hex''), true); '
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
    CREATE FUNCTION api.%I (%s) RETURNS %s
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

----------------------------------------------------------------------------
-- Reads that change before they are gated

-- The disclosure log loses its in-row chain: the same two writers without it.
CREATE OR REPLACE FUNCTION api.disclosure_record (p_person_id bigint, p_what text,
                                                  p_recipient text, p_legal_basis text)
  RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  new_id bigint;
BEGIN
  PERFORM kansio.require_person_visible (staff, p_person_id);
  INSERT INTO kansio.disclosure_log (staff_id, person_id, what, recipient, legal_basis)
  VALUES (staff, p_person_id, p_what, p_recipient, p_legal_basis)
  RETURNING id INTO new_id;
  PERFORM kansio.log_usage (staff, ARRAY[p_person_id], 'disclosure-record');
  RETURN new_id;
END
$$;

CREATE OR REPLACE FUNCTION api.document_disclose (p_document_id bigint, p_how text,
                                                  p_recipient text, p_legal_basis text)
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
  INSERT INTO kansio.disclosure_log (staff_id, person_id, what, recipient, legal_basis, case_id)
  VALUES (staff, d.person_id,
          format ('%s: document %s "%s" (%s, sha256 %s)', p_how, d.id, d.title, d.language,
                  d.sha256),
          p_recipient, p_legal_basis, d.case_id)
  RETURNING id INTO new_id;
  PERFORM kansio.log_read (staff, ARRAY[d.person_id], 'document-' || p_how, NULL, NULL, false,
                           d.id);
  RETURN new_id;
END
$$;

-- The client's own usage report, numbered by time now that rows have no
-- position of their own.
CREATE OR REPLACE FUNCTION api.audit_report_fields (p_identity_code text, p_from timestamptz,
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
    FROM (SELECT u.*, (row_number () OVER (ORDER BY u.logged_at, u.id))::integer AS item
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
    FROM (SELECT x.*, (row_number () OVER (ORDER BY x.logged_at, x.id))::integer AS item
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
-- What one user viewed, by row id now that rows have no position.
CREATE OR REPLACE FUNCTION api.audit_user_views (p_login_role name, p_from timestamptz, p_to timestamptz)
  RETURNS TABLE (logged_at timestamptz, person_id bigint, identity_code text,
                 first_names text, surname text, view text, purpose text, area text,
                 emergency boolean)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  row_ids bigint[];
  seen bigint[];
BEGIN
  PERFORM kansio.require_auditor (staff);
  SELECT array_agg (l.id) INTO row_ids
  FROM kansio.usage_log l
  WHERE l.login_role = p_login_role AND l.logged_at >= p_from AND l.logged_at < p_to;
  SELECT array_agg (DISTINCT x) INTO seen
  FROM kansio.usage_log l, unnest (l.person_ids) x
  WHERE l.id = ANY (coalesce (row_ids, '{}'));
  PERFORM kansio.log_usage (staff, coalesce (seen, '{}'), 'audit-user-views', 'log review');
  RETURN QUERY
    SELECT l.logged_at, p.id, p.identity_code, p.first_names, p.surname, l.view, l.purpose,
           l.area, l.emergency
    FROM kansio.usage_log l
    CROSS JOIN LATERAL unnest (l.person_ids) x (id)
    JOIN kansio.person p ON p.id = x.id
    WHERE l.id = ANY (coalesce (row_ids, '{}'))
    ORDER BY l.logged_at, l.id, p.id;
END
$$;
CREATE OR REPLACE FUNCTION api.disclosure_list (p_person_id bigint)
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
    FROM kansio.disclosure_log d WHERE d.person_id = p_person_id ORDER BY d.logged_at, d.id;
END
$$;
CREATE OR REPLACE FUNCTION api.audit_person_views (p_person_id bigint, p_from timestamptz,
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
    ORDER BY l.logged_at, l.id;
END
$$;

----------------------------------------------------------------------------
-- The in-database check of the seal, for the audit page. It recomputes
-- the same hashes as the C verifier (libkansio/audit/kansio-log-chain.c)
-- but, being inside the database, proves nothing against its superuser:
-- kansio-admin audit verify, with the anchors, does.

CREATE FUNCTION kansio.seal_field (p_value text) RETURNS text
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT CASE WHEN p_value IS NULL THEN 'N' ELSE 'S' || octet_length (p_value) || ':' || p_value END
$$;

CREATE FUNCTION kansio.seal_row_fields (p_log text, p_id bigint) RETURNS text[]
  LANGUAGE plpgsql STABLE
AS $$
DECLARE
  fields text[];
BEGIN
  IF p_log = 'usage' THEN
    SELECT ARRAY[l.id::text, (extract (epoch FROM l.logged_at) * 1000000)::bigint::text,
                 l.login_role::text, l.staff_id::text, l.person_ids::text, l.view, l.purpose,
                 l.area, l.emergency::text, l.object_id::text]
    INTO fields FROM kansio.usage_log l WHERE l.id = p_id;
  ELSIF p_log = 'disclosure' THEN
    SELECT ARRAY[l.id::text, (extract (epoch FROM l.logged_at) * 1000000)::bigint::text,
                 l.login_role::text, l.staff_id::text, l.person_id::text, l.what, l.recipient,
                 l.legal_basis, l.case_id::text]
    INTO fields FROM kansio.disclosure_log l WHERE l.id = p_id;
  ELSE
    SELECT ARRAY[d.id::text, d.person_id::text, d.case_id::text, d.template_version_id::text,
                 d.kind, d.language, d.title, d.sha256, d.page_count::text, d.created_by::text,
                 (extract (epoch FROM d.created_at) * 1000000)::bigint::text]
    INTO fields FROM kansio.document d WHERE d.id = p_id;
  END IF;
  RETURN fields;
END
$$;

CREATE FUNCTION kansio.seal_hash (p_previous bytea, p_log text, p_position bigint,
                                  p_fields text[]) RETURNS bytea
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT sha256 (p_previous || convert_to (
    'kansio-log-v1' || chr (10) || p_log || chr (10) || p_position || chr (10)
    || (SELECT coalesce (string_agg (kansio.seal_field (f), '' ORDER BY n), '')
        FROM unnest (p_fields) WITH ORDINALITY AS u (f, n)), 'UTF8'))
$$;

CREATE FUNCTION api.audit_verify ()
  RETURNS TABLE (log text, rows_checked bigint, ok boolean, problem text)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  staff integer := kansio.caller ();
  s record;
  previous bytea;
  fields text[];
  head kansio.log_seal_head;
BEGIN
  IF NOT (kansio.has_special_right (staff, 'auditor')
          OR kansio.has_special_right (staff, 'main_user')) THEN
    PERFORM kansio.deny ('Only auditors and main users may verify the logs.');
  END IF;
  FOREACH log IN ARRAY ARRAY['usage', 'disclosure', 'document'] LOOP
    rows_checked := 0;
    ok := true;
    problem := NULL;
    previous := '\x'::bytea;
    SELECT * INTO head FROM kansio.log_seal_head h WHERE h.log = audit_verify.log;
    FOR s IN SELECT * FROM kansio.log_seal x WHERE x.log = audit_verify.log ORDER BY x.position
    LOOP
      rows_checked := rows_checked + 1;
      IF s.position <> rows_checked THEN
        ok := false;
        problem := format ('Row %s is missing (the next row found is %s).', rows_checked,
                           s.position);
        EXIT;
      END IF;
      fields := kansio.seal_row_fields (log, s.row_id);
      IF fields IS NULL THEN
        ok := false;
        problem := format ('Row %s is missing.', s.position);
        EXIT;
      END IF;
      IF kansio.seal_hash (previous, log, s.position, fields) <> s.row_hash THEN
        ok := false;
        problem := format ('Row %s was changed after it was written.', s.position);
        EXIT;
      END IF;
      previous := s.row_hash;
    END LOOP;
    IF ok AND (head.position <> rows_checked OR head.hash <> previous) THEN
      ok := false;
      problem := format ('The last %s rows were removed (the log ends at row %s).',
                         head.position - rows_checked, rows_checked);
    END IF;
    RETURN NEXT;
  END LOOP;
END
$$;
COMMENT ON FUNCTION api.audit_verify () IS 'no-client-data';
GRANT EXECUTE ON FUNCTION api.audit_verify () TO kansio_user;

----------------------------------------------------------------------------
-- Gate every function of client data: reads return rows only once their
-- log row has committed; changes (whose own log row commits with the
-- change, and which return only the id of what the caller wrote) wait
-- for a read nested in the same statement.

DO $$
DECLARE
  f regprocedure;
  mode text;
BEGIN
  -- Helsinki's today in every implementation too.
  FOR f IN
    SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'api'
  LOOP
    EXECUTE format ('ALTER FUNCTION %s SET TimeZone = %L', f, 'Europe/Helsinki');
  END LOOP;

  FOR f, mode IN
    SELECT p.oid::regprocedure,
           CASE WHEN coalesce (obj_description (p.oid, 'pg_proc'), '') <> 'client-data'
                THEN 'plain'
                WHEN p.proretset AND p.proname NOT IN ('document_store', 'audit_report_store')
                THEN 'read'
                ELSE 'write' END
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    -- server_info takes nothing and answers before login.
    WHERE n.nspname = 'api' AND p.proname <> 'server_info'
    ORDER BY p.proname
  LOOP
    PERFORM kansio.gate_function (f, mode);
  END LOOP;
END
$$;

RESET ROLE;
