#!/usr/bin/env bash
# Logged reads by 1…128 concurrent sessions next to the floor of any
# durable logged read (issue 10). Generates PERSONS clients (default
# 1,000,000) in a demo server of its own, or reuses the one in
# KANSIO_BENCH_DIR when that folder already holds one.
#   bench/concurrency.sh [PERSONS] [SECONDS] [SESSIONS,…]
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
persons="${1:-1000000}"
seconds="${2:-10}"
levels="${3:-1,4,16,64,128}"
admin="$top/build/tools/kansio-admin"
work="${KANSIO_BENCH_DIR:-}"
if [ -z "$work" ]; then
  work="$(mktemp -d /tmp/kansio-bench-XXXXXX)"
  trap '"$admin" --demo-directory "$work/server" demo-server stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
fi
mkdir -p "$work"
chmod 755 "$work"
socket="$work/server/socket"
conninfo="host=$socket dbname=bench user=postgres"

"$admin" --demo-directory "$work/server" demo-server start >/dev/null
# 128 sessions of the api and as many of the floor, one after the other.
if [ "$(psql -XAtq "host=$socket dbname=postgres user=postgres" -c 'SHOW max_connections')" -lt 300 ]; then
  psql -Xq "host=$socket dbname=postgres user=postgres" -c "ALTER SYSTEM SET max_connections = 300"
  "$admin" --demo-directory "$work/server" demo-server stop >/dev/null
  "$admin" --demo-directory "$work/server" demo-server start >/dev/null
fi

if ! psql -XAtq "host=$socket dbname=postgres user=postgres" \
     -c "SELECT 1 FROM pg_database WHERE datname = 'bench'" | grep -q 1; then
  psql -Xq "host=$socket dbname=postgres user=postgres" -c "CREATE DATABASE bench"
  "$admin" --database "$conninfo" migrate
  psql -Xq -v ON_ERROR_STOP=1 "$conninfo" -f "$top/data/demo/demo-data.sql"
  echo "Generating $persons clients…"
  start=$(date +%s)
  psql -Xq -v ON_ERROR_STOP=1 -v persons="$persons" "$conninfo" \
    -f "$top/bench/generate-clients.sql" | grep -v '^Time' || true
  echo "generated in $(( $(date +%s) - start )) s"
fi

# One session, as before (and it makes the bench user and the floor table).
"$top/build/bench/kansio-bench-clients" "$conninfo" 2000
"$top/build/bench/kansio-bench-concurrency" "$conninfo" "$seconds" "$levels"
