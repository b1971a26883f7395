#!/usr/bin/env bash
# Measures the demo server's first and later start, and the app's time
# from launch to its first frame and to the login page, on this machine.
#   bench/startup.sh [ROUNDS]
# Needs a build (build-aux/build.sh) and Xvfb. Prints medians in ms.
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-5}"
admin="$top/build/tools/kansio-admin"
work="$(mktemp -d /tmp/kansio-bench-XXXXXX)"
chmod 755 "$work"
trap '"$admin" --demo-directory "$work/server" demo-server stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

first=() later=()
for i in $(seq "$rounds"); do
  rm -rf "$work/server"
  t0=$(now_ms); "$admin" --demo-directory "$work/server" migrate >/dev/null; t1=$(now_ms)
  first+=($((t1 - t0)))
  t0=$(now_ms); "$admin" --demo-directory "$work/server" status >/dev/null; t1=$(now_ms)
  later+=($((t1 - t0)))
done
echo "demo server first start (initdb, start, create, migrate, stop): $(printf '%s\n' "${first[@]}" | median) ms"
echo "demo server later start (start, inspect, stop):                 $(printf '%s\n' "${later[@]}" | median) ms"

# The app on a demo server it starts itself: the first round creates it.
frame=() workspace=() cold=()
for i in $(seq "$((rounds + 1))"); do
  out=$(KANSIO_DEMO_DIRECTORY="$work/app-server" KANSIO_REPORT_STARTUP=1 GSETTINGS_BACKEND=memory \
        timeout 60 xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- \
        bash -c '"$0" "$1" & pid=$!; sleep 4; kill -TERM $pid; wait $pid' \
        "$top/build-aux/run-uninstalled" "$top/build/shell/kansio" 2>/dev/null || true)
  f=$(sed -n 's/^kansio-startup: first frame \([0-9.]*\) ms/\1/p' <<<"$out")
  w=$(sed -n 's/^kansio-startup: login shown \([0-9.]*\) ms/\1/p' <<<"$out")
  if [ "$i" -eq 1 ]; then cold+=("$w"); else frame+=("$f"); workspace+=("$w"); fi
done
echo "app, first run (creates the demo server): login page after ${cold[0]} ms"
echo "app launch to first frame:                $(printf '%s\n' "${frame[@]}" | median) ms"
echo "app launch to the login page (server started, migrated, demo users listed): $(printf '%s\n' "${workspace[@]}" | median) ms"
