#!/usr/bin/env bash
# Documents per second for a two-page decision, the time from the click to
# the stored PDF on a throwaway demo server with its document service,
# the service's own throughput of decisions, and peak memory.
#   bench/documents.sh [RENDERS] [DECISIONS]
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
renders="${1:-500}"
decisions="${2:-1000}"
admin="$top/build/tools/kansio-admin"
documentd="$top/build/tools/kansio-documentd"
work="$(mktemp -d /tmp/kansio-bench-XXXXXX)"
chmod 755 "$work"
service=""
cleanup() {
  [ -n "$service" ] && kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true
  "$admin" --demo-directory "$work/server" demo-server stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"$admin" --demo-directory "$work/server" demo-server start >/dev/null
conninfo="host=$work/server/socket dbname=bench"
psql -q "host=$work/server/socket dbname=postgres user=postgres" -c "CREATE DATABASE bench"
"$admin" --database "$conninfo user=postgres" migrate >/dev/null
psql -q -v ON_ERROR_STOP=1 "$conninfo user=postgres" -f "$top/data/demo/demo-data.sql"
# 105 decisions prepared, for Decide to stored (the first five warm up).
psql -q -v ON_ERROR_STOP=1 "$conninfo user=postgres" <<'SQL'
INSERT INTO kansio.is_application (case_id, received_on, channel, first_month, last_month, kind,
                                   complete_on, due_on, status, created_by)
SELECT c.id, current_date, 'paper', date_trunc ('month', current_date)::date,
       date_trunc ('month', current_date)::date, 'supplementary', current_date, current_date,
       'in_processing', s.id
FROM generate_series (1, 105) n,
     kansio.client_case c JOIN kansio.person p ON p.id = c.person_id,
     kansio.staff_member s
WHERE p.identity_code = '140384-9027' AND c.area = 'income-support'
  AND s.login_role = 'demo_kasittelija';
INSERT INTO kansio.is_decision (application_id, outcome, support_cents, calculation, reasons,
                                prepared_by)
SELECT a.id, 'granted', 57843,
       '{"month": "2026-03", "household": [{"id": "a", "role": "living_alone"}], '
       '"expenses": [{"type": "rent", "amount": "620.00"}]}',
       'Vuokra on kohtuullinen ja tulot on selvitetty.', a.created_by
FROM kansio.is_application a;
SQL
"$documentd" --database "$conninfo user=kansio_documents" &
service=$!
"$top/build/bench/kansio-bench-documents" "$conninfo" "$renders"
kill "$service"
wait "$service" || true
service=""

# The service alone: $decisions two-page decisions decided at once (the
# deciding asks for their documents), composed and stored by one service
# process, which uses one core.
echo "Seeding $decisions decided decisions…"
psql -q -v ON_ERROR_STOP=1 -v n="$decisions" "$conninfo user=postgres" <<'SQL'
INSERT INTO kansio.is_application (case_id, received_on, channel, first_month, last_month, kind,
                                   complete_on, due_on, status, created_by)
SELECT c.id, current_date, 'paper', date_trunc ('month', current_date)::date,
       date_trunc ('month', current_date)::date, 'supplementary', current_date, current_date,
       'in_processing', s.id
FROM generate_series (1, :n) n,
     kansio.client_case c JOIN kansio.person p ON p.id = c.person_id,
     kansio.staff_member s
WHERE p.identity_code = '140384-9027' AND c.area = 'income-support'
  AND s.login_role = 'demo_kasittelija';
INSERT INTO kansio.is_decision (application_id, outcome, support_cents, calculation, reasons,
                                prepared_by)
SELECT a.id, 'granted', 57843,
       '{"month": "2026-03", "household": [{"id": "a", "role": "living_alone"}], '
       '"expenses": [{"type": "rent", "amount": "620.00"}]}',
       'Vuokra on kohtuullinen ja tulot on selvitetty.', a.created_by
FROM kansio.is_application a
WHERE NOT EXISTS (SELECT 1 FROM kansio.is_decision d WHERE d.application_id = a.id);
UPDATE kansio.is_decision d SET decided_by = m.id, decided_at = now ()
FROM kansio.staff_member m WHERE m.login_role = 'demo_paattaja' AND d.decided_by IS NULL;
SQL
start=$(date +%s.%N)
"$documentd" --database "$conninfo user=kansio_documents" --once
end=$(date +%s.%N)
stored=$(psql -t -A "$conninfo user=postgres" -c \
  "SELECT count (*) || ' stored, ' || round (avg (page_count), 1) || ' pages each' FROM kansio.document WHERE kind = 'decision'")
# And with the service on one core, as the issue measures it.
psql -q "$conninfo user=postgres" -c "UPDATE kansio.document_request SET status = 'waiting', attempts = 0 WHERE subject = 'is-decision'"
one_start=$(date +%s.%N)
taskset -c 0 "$documentd" --database "$conninfo user=kansio_documents" --once
one_end=$(date +%s.%N)
printf 'Document service: %s decisions in %.2f s: %.0f decisions per second (%s)\n' \
  "$decisions" "$(echo "$end - $start" | bc)" "$(echo "$decisions / ($end - $start)" | bc -l)" "$stored"
printf 'The same again with the service on one core (taskset -c 0): %.0f decisions per second\n' \
  "$(echo "($decisions + 105) / ($one_end - $one_start)" | bc -l)"
