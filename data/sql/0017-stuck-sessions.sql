-- 0017-stuck-sessions.sql
--
-- Copyright 2026 The Kansio authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- No user holds a lock others wait on (found in issue 11's attack round).
-- The database gives every session a minute's idle_in_transaction and
-- statement timeouts (0012), but a user may set both to 0 for their own
-- session, open a transaction, write (a payment order locks its decision)
-- and wait: the decision-maker's decide then fails on its lock timeout,
-- again and again. A check when a function is called cannot stop it: the
-- session may set the timeouts off again after the call. So the server
-- ends such sessions itself: kansio_service.end_stuck_sessions, which the
-- document service runs every few seconds, ends any Kansio user's session
-- idle inside a transaction, or running one statement, longer than the
-- setting stuck_session_seconds (60), whatever the session set for itself.

INSERT INTO kansio.setting (key, value, description)
VALUES ('stuck_session_seconds', '60',
        'A user''s session idle inside a transaction, or running one statement, longer than '
        'this is ended by the document service, whatever the session set for itself.')
ON CONFLICT (key) DO NOTHING;

-- The owner may see every session's state and end a user's (never a
-- superuser's). Granting these takes a superuser: a migration run by
-- another role says so and goes on without them.
DO $$
BEGIN
  GRANT pg_read_all_stats, pg_signal_backend TO kansio_owner;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'kansio_owner was not granted pg_read_all_stats and pg_signal_backend: stuck '
               'sessions are not ended. A superuser grants them.';
END
$$;

SET LOCAL ROLE kansio_owner;

CREATE FUNCTION kansio_service.end_stuck_sessions ()
  RETURNS integer
  LANGUAGE sql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
AS $$
  SELECT count (*) FILTER (WHERE pg_terminate_backend (a.pid))::integer
  FROM pg_stat_activity a
  JOIN pg_roles r ON r.rolname = a.usename
  WHERE a.datname = current_database ()
    AND a.pid <> pg_backend_pid ()
    AND NOT r.rolsuper
    AND pg_has_role (r.oid, 'kansio_user', 'MEMBER')
    AND ((a.state IN ('idle in transaction', 'idle in transaction (aborted)')
          AND a.state_change < now () - make_interval (secs => kansio.setting_int ('stuck_session_seconds')))
         OR (a.state = 'active'
             AND a.query_start < now () - make_interval (secs => kansio.setting_int ('stuck_session_seconds'))))
$$;
REVOKE ALL ON FUNCTION kansio_service.end_stuck_sessions () FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kansio_service.end_stuck_sessions () TO kansio_document_service;

RESET ROLE;
