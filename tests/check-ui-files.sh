#!/usr/bin/env bash
# Every GtkBuilder file parses and names only types and properties that
# exist in GTK 4.8 and libadwaita 1.2.
set -euo pipefail
top="$1"
status=0
for ui in $(find "$top/shell" "$top/plugins" "$top/libkansio" -name '*.ui' | sort); do
  # Templates need their class registered; check them as plain XML then.
  if grep -q '<template' "$ui"; then
    python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$ui" \
      || { echo "$ui: not well-formed"; status=1; }
  elif ! gtk4-builder-tool validate "$ui"; then
    echo "$ui: invalid"
    status=1
  fi
done
exit $status
