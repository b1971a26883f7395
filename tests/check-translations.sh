#!/usr/bin/env bash
# Every catalogue is complete and valid: every message in the sources has
# a translation in fi and sv, none fuzzy, and msgfmt --check passes.
set -euo pipefail
top="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$top"
xgettext --files-from=po/POTFILES.in --from-code=UTF-8 --keyword=_ --keyword=N_ \
  --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --add-comments \
  --output="$work/kansio.pot" 2>"$work/xgettext.log" \
  || { cat "$work/xgettext.log"; exit 1; }

# Every translatable file is listed in POTFILES.in.
unlisted=$(grep -rlE '_\("|N_\("|translatable="yes"' libkansio shell tools plugins data \
  --include='*.c' --include='*.ui' --include='*.in' --include='*.xml' 2>/dev/null \
  | grep -v 'gresource.xml' | sort | comm -23 - <(grep -v '^#' po/POTFILES.in | sort) || true)
if [ -n "$unlisted" ]; then
  echo "Files with translatable strings missing from po/POTFILES.in:"
  echo "$unlisted"
  exit 1
fi

status=0
for lang in $(cat po/LINGUAS); do
  po="po/$lang.po"
  if ! msgfmt --check --output-file=/dev/null "$po"; then
    echo "$po: msgfmt --check failed"
    status=1
    continue
  fi
  stats=$(LC_ALL=C msgfmt --statistics --output-file=/dev/null "$po" 2>&1)
  case "$stats" in
    *fuzzy*|*untranslated*) echo "$po: $stats"; status=1 ;;
  esac
  if ! msgcmp "$po" "$work/kansio.pot" 2>"$work/msgcmp.log"; then
    echo "$po lacks messages from the sources (run: ninja -C build kansio-update-po):"
    head -20 "$work/msgcmp.log"
    status=1
  fi
  echo "$po: $stats"
done
exit $status
