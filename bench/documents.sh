#!/usr/bin/env bash
# Documents per second for a two-page decision, the time from the click to
# the stored PDF on a throwaway demo server, and peak memory.
#   bench/documents.sh [RENDERS]
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
renders="${1:-500}"
admin="$top/build/tools/kansio-admin"
work="$(mktemp -d /tmp/kansio-bench-XXXXXX)"
chmod 755 "$work"
trap '"$admin" --demo-directory "$work/server" demo-server stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

"$admin" --demo-directory "$work/server" demo-server start >/dev/null
conninfo="host=$work/server/socket dbname=bench"
psql -q "host=$work/server/socket dbname=postgres user=postgres" -c "CREATE DATABASE bench"
"$admin" --database "$conninfo user=postgres" migrate >/dev/null
psql -q -v ON_ERROR_STOP=1 "$conninfo user=postgres" -f "$top/data/demo/demo-data.sql"
"$top/build/bench/kansio-bench-documents" "$conninfo" "$renders"
