#!/usr/bin/env python3
"""Prints 'N passed, N failed, N skipped' from meson's testlog.json.

GLib test programs speak TAP, so each ok / not ok line is one test case;
a program with no TAP output (a script) counts as one case by its result.
Exits 1 when anything failed or nothing ran.
"""
import json
import re
import sys

TAP = re.compile(r"^(not ok|ok)\b(.*)$")


def count(entry):
    passed = failed = skipped = 0
    for line in (entry.get("stdout") or "").splitlines():
        match = TAP.match(line.strip())
        if not match:
            continue
        directive = match.group(2).upper()
        if match.group(1) == "not ok":
            if "# TODO" in directive:
                continue
            failed += 1
        elif "# SKIP" in directive:
            skipped += 1
        else:
            passed += 1
    result = entry.get("result", "")
    if passed + failed + skipped == 0:
        if result in ("OK", "EXPECTEDFAIL"):
            passed = 1
        elif result == "SKIP":
            skipped = 1
        else:
            failed = 1
    elif result not in ("OK", "EXPECTEDFAIL", "SKIP") and failed == 0:
        # Crashed or timed out after its last reported case.
        failed = 1
    return passed, failed, skipped


def main(path):
    totals = [0, 0, 0]
    try:
        with open(path, encoding="utf-8") as log:
            for line in log:
                if line.strip():
                    for i, n in enumerate(count(json.loads(line))):
                        totals[i] += n
    except OSError as error:
        print(f"test-summary: {error}", file=sys.stderr)
    passed, failed, skipped = totals
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
