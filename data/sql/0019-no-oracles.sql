-- 0019-no-oracles.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- What the attack round on 0018 found besides the read gates (issue 10).
--
-- 1. Side channels. A first call rolled back answers only "ask again",
--    but PostgreSQL's statistics told the rest to anyone: the
--    transaction's own tuple counters (pg_stat_get_xact_tuples_inserted
--    on kansio.usage_log: 1 for a registered identity code, 0 for none),
--    the cumulative table and index counters (another user saw them
--    move), the locks a session holds (pg_locks), and relation sizes. The
--    database's users call the api and nothing else, so these functions
--    are revoked from PUBLIC in this database and granted to the owner
--    (end_stuck_sessions reads pg_stat_activity). Revoking takes a
--    superuser; a migration run by another role warns and goes on.
--
-- 2. Emergency access counted the day's uses without a lock: eight
--    sessions of one user at once each counted below the limit. The count
--    now waits for the same user's other emergency access to end.
--
-- 3. The auditor's usage report said "No person has this identity code"
--    at once, so a rolled-back call told whether a code is registered
--    without a log row. It now confirms the lookup first, as creating a
--    person does (0013).

DO $$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN
    SELECT p.oid::regprocedure FROM pg_proc p
    WHERE p.pronamespace = 'pg_catalog'::regnamespace
      AND (p.proname LIKE 'pg\_stat\_get\_%'
           OR p.proname IN ('pg_stat_have_stats', 'pg_lock_status', 'pg_blocking_pids',
                            'pg_safe_snapshot_blocking_pids',
                            'pg_isolation_test_session_is_blocked', 'pg_relation_size',
                            'pg_total_relation_size', 'pg_table_size', 'pg_indexes_size',
                            'pg_database_size', 'pg_tablespace_size', 'pg_xact_status',
                            'pg_relation_filenode', 'pg_relation_filepath',
                            'pg_stat_file', 'pg_ls_dir', 'pg_current_wal_lsn',
                            'pg_current_wal_insert_lsn', 'pg_current_wal_flush_lsn'))
  LOOP
    EXECUTE format ('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    EXECUTE format ('GRANT EXECUTE ON FUNCTION %s TO kansio_owner', f);
  END LOOP;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'Statistics functions were left to every user: revoking them takes a superuser.';
END
$$;

SET LOCAL ROLE kansio_owner;

CREATE FUNCTION kansio.emergency_lock_class () RETURNS integer
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT 812000
$$;

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
  -- One emergency access of this user at a time, so that sessions at once
  -- cannot each count below the day's limit. Only this user's own
  -- sessions ever wait here.
  PERFORM pg_advisory_xact_lock (kansio.emergency_lock_class (), staff);

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

CREATE OR REPLACE FUNCTION kansio_impl.audit_report_request (p_identity_code text,
                                                             p_from timestamptz,
                                                             p_to timestamptz)
  RETURNS bigint
  LANGUAGE plpgsql
AS $$
DECLARE
  staff integer := kansio.caller ();
  p kansio.person;
  version bigint := kansio.approved_version ('usage-report');
  new_id bigint;
BEGIN
  PERFORM kansio.require_auditor (staff);
  IF p_from IS NULL OR p_to IS NULL OR p_from >= p_to THEN
    RAISE EXCEPTION 'The report is over a period that ends after it starts.'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT * INTO p FROM kansio.person WHERE identity_code = upper (btrim (p_identity_code));
  -- Whether the code is registered is told only after a committed row.
  IF kansio.confirm_lookup (staff, CASE WHEN p.id IS NULL THEN '{}' ELSE ARRAY[p.id] END,
                            'audit report') THEN
    RETURN NULL;
  END IF;
  IF p.id IS NULL THEN
    RAISE EXCEPTION 'No person has this identity code.' USING ERRCODE = 'no_data_found';
  END IF;
  PERFORM kansio.log_usage (staff, ARRAY[p.id], 'audit-report', 'client''s request');
  INSERT INTO kansio.document_request (subject, template_version_id, person_id, language,
                                       requested_by, period_from, period_to)
  VALUES ('report', version, p.id, CASE WHEN p.language = 'sv' THEN 'sv' ELSE 'fi' END, staff,
          p_from, p_to)
  RETURNING id INTO new_id;
  UPDATE kansio.document_request SET subject_id = new_id WHERE id = new_id;
  PERFORM pg_notify ('kansio_documents', new_id::text);
  RETURN new_id;
END
$$;

RESET ROLE;
