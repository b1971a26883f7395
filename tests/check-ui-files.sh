#!/usr/bin/env bash
# Every GtkBuilder file parses and names only types and properties that
# exist in GTK 4.8 and libadwaita 1.2.
set -euo pipefail
top="$1"
status=0
templates=()
for ui in $(find "$top/shell" "$top/plugins" "$top/libkansio" -name '*.ui' | sort); do
  # Templates need their class registered; check them as plain XML then.
  if grep -q '<template' "$ui"; then
    templates+=("$ui")
  elif ! gtk4-builder-tool validate "$ui"; then
    echo "$ui: invalid"
    status=1
  fi
done
# One interpreter for all the templates: a start each is slow on a busy machine.
python3 - "${templates[@]}" <<'PYTHON' || status=1
import sys, xml.dom.minidom
failed = False
for path in sys.argv[1:]:
    try:
        xml.dom.minidom.parse(path)
    except Exception as error:
        print(f"{path}: not well-formed ({error})")
        failed = True
sys.exit(1 if failed else 0)
PYTHON
exit $status
