#!/usr/bin/env bash
# 100,000 income-support calculations, and a payment run of 20,000 decided
# orders into a pain.001 file, on a throwaway demo server.
#   bench/income-support.sh [ORDERS]
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
orders="${1:-20000}"
admin="$top/build/tools/kansio-admin"
work="$(mktemp -d /tmp/kansio-bench-XXXXXX)"
chmod 755 "$work"
trap '"$admin" --demo-directory "$work/server" demo-server stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

"$top/build/bench/kansio-bench-income-support"

"$admin" --demo-directory "$work/server" demo-server start >/dev/null
conninfo="host=$work/server/socket dbname=bench"
psql -q "host=$work/server/socket dbname=postgres user=postgres" -c "CREATE DATABASE bench"
"$admin" --database "$conninfo user=postgres" migrate >/dev/null
psql -q -v ON_ERROR_STOP=1 "$conninfo user=postgres" -f "$top/data/demo/demo-data.sql"
echo "Seeding $orders decided payment orders…"
psql -q -v ON_ERROR_STOP=1 -v orders="$orders" "$conninfo user=postgres" <<'SQL'
INSERT INTO kansio.is_application (case_id, received_on, channel, first_month, last_month, kind,
                                   complete_on, due_on, status, created_by)
SELECT c.id, current_date, 'paper', date_trunc ('month', current_date)::date,
       date_trunc ('month', current_date)::date, 'supplementary', current_date, current_date,
       'decided', s.id
FROM generate_series (1, :orders) n,
     kansio.client_case c JOIN kansio.person p ON p.id = c.person_id,
     kansio.staff_member s
WHERE p.identity_code = '140384-9027' AND c.area = 'income-support'
  AND s.login_role = 'demo_kasittelija';
-- Prepared, given their orders, then decided: a decided decision's
-- orders do not change (0014).
INSERT INTO kansio.is_decision (application_id, outcome, support_cents, calculation, reasons,
                                prepared_by)
SELECT a.id, 'granted', 50000, '{}', 'bench', a.created_by FROM kansio.is_application a;
INSERT INTO kansio.is_payment_order (decision_id, kind, payee_name, iban, reference, amount_cents,
                                     due_on, created_by)
SELECT d.id, 'commitment', 'Vuokranantaja ' || d.id, 'FI4950009420028730', '1232',
       10000 + d.id % 40000, current_date, d.prepared_by
FROM kansio.is_decision d;
UPDATE kansio.is_decision d SET decided_by = m.id, decided_at = now ()
FROM kansio.staff_member m WHERE m.login_role = 'demo_paattaja';
SQL
start=$(date +%s.%N)
"$admin" --database "$conninfo" --user demo_paattaja payment-run -o "$work/run.xml"
end=$(date +%s.%N)
printf 'Payment run of %s orders (run made, orders read, pain.001 written): %.2f s, file %s bytes\n' \
  "$orders" "$(echo "$end - $start" | bc)" "$(stat -c %s "$work/run.xml")"
# No pain.001.001.03 schema ships in a Debian package: the file is checked
# for well-formed XML 1.0 here, and for its structure, counts and sums by
# tests/test-payments.c.
if xmllint --noout "$work/run.xml"; then
  echo "The file is well-formed XML (xmllint); no pain.001.001.03 schema is packaged to validate against"
fi
start=$(date +%s.%N)
"$admin" --database "$conninfo" --user demo_paattaja payment-run -o "$work/again.xml"
end=$(date +%s.%N)
printf 'The same run repeated (nothing to pay): %.2f s\n' "$(echo "$end - $start" | bc)"

# The Payment Runs tab's list, with the run of $orders orders in it: each
# run is checked to lie in the caller's deciding units.
psql -q -t -A -v ON_ERROR_STOP=1 "$conninfo user=postgres" <<'SQL'
SET SESSION AUTHORIZATION demo_paattaja;
DO $$
DECLARE
  started timestamptz := clock_timestamp ();
  n integer;
BEGIN
  FOR i IN 1 .. 20 LOOP
    SELECT count (*) INTO n FROM api.is_payment_runs ();
  END LOOP;
  RAISE NOTICE 'Payment runs listed (% run(s), the big one included): % ms a list', n,
    round (extract (epoch FROM clock_timestamp () - started) * 1000 / 20, 1);
END
$$;
SQL
