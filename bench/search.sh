#!/usr/bin/env bash
# The name search cases of issue 18 on PERSONS generated clients (default
# 1,000,000), CALLS calls each (default 1000).
#   bench/search.sh [PERSONS] [CALLS]
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
persons="${1:-1000000}"
calls="${2:-1000}"
admin="$top/build/tools/kansio-admin"
work="${KANSIO_BENCH_DIR:-$(mktemp -d /tmp/kansio-bench-XXXXXX)}"
chmod 755 "$work"
conninfo="host=$work/server/socket dbname=bench user=postgres"
if [ -z "${KANSIO_BENCH_DIR:-}" ]; then
  trap '"$admin" --demo-directory "$work/server" demo-server stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
fi

"$admin" --demo-directory "$work/server" demo-server start >/dev/null
if ! psql -q -t "$conninfo" -c "SELECT 1 FROM kansio.person_scope LIMIT 1" >/dev/null 2>&1; then
  psql -q "host=$work/server/socket dbname=postgres user=postgres" -c "CREATE DATABASE bench"
  "$admin" --database "$conninfo" migrate
  psql -q -v ON_ERROR_STOP=1 "$conninfo" -f "$top/data/demo/demo-data.sql"
  echo "Generating $persons clients…"
  start=$(date +%s)
  psql -q -v ON_ERROR_STOP=1 -v persons="$persons" -v events_per_case=0 "$conninfo" \
    -f "$top/bench/generate-clients.sql" | grep -v '^Time' || true
  psql -q -v ON_ERROR_STOP=1 "$conninfo" -f "$top/bench/search-cases.sql"
  echo "generated in $(( $(date +%s) - start )) s"
fi
"$top/build/bench/kansio-bench-search" "$conninfo" "$calls"
