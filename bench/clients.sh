#!/usr/bin/env bash
# Generates PERSONS clients (default 1,000,000) in a throwaway demo server
# and runs the client search and open benchmark over CALLS calls.
#   bench/clients.sh [PERSONS] [CALLS]
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
persons="${1:-1000000}"
calls="${2:-10000}"
admin="$top/build/tools/kansio-admin"
work="$(mktemp -d /tmp/kansio-bench-XXXXXX)"
chmod 755 "$work"
trap '"$admin" --demo-directory "$work/server" demo-server stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

"$admin" --demo-directory "$work/server" demo-server start >/dev/null
conninfo="host=$work/server/socket dbname=bench user=postgres"
psql -q "host=$work/server/socket dbname=postgres user=postgres" -c "CREATE DATABASE bench"
"$admin" --database "$conninfo" migrate
psql -q -v ON_ERROR_STOP=1 "$conninfo" -f "$top/data/demo/demo-data.sql"
echo "Generating $persons clients…"
start=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -v persons="$persons" "$conninfo" -f "$top/bench/generate-clients.sql" \
  | grep -v '^Time' || true
echo "generated in $(( $(date +%s) - start )) s"
"$top/build/bench/kansio-bench-clients" "$conninfo" "$calls"
