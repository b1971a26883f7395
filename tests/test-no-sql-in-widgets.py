#!/usr/bin/env python3
# test-no-sql-in-widgets.py
#
# Copyright 2026 The Kansio authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# No widget holds a PGconn, writes SQL or reads result rows (DESIGN.md):
# a service area's SQL lives in its domain objects in libkansio/. Fails
# for any C file under the folders given that has an SQL string or an api
# function call in its code, or that uses KansioRows or queries the
# database itself. Comments may name api functions; they are left out.
#
# Usage: test-no-sql-in-widgets.py TOP FOLDER...

import pathlib
import re
import sys

RULES = [
    ("SQL string", re.compile(r'"\s*(SELECT|INSERT|UPDATE|DELETE|CALL|WITH)\b')),
    ("api function call", re.compile(r"\bapi\.[a-z_]+\s*\(")),
    ("result rows", re.compile(r"\bKansioRows\b|\bkansio_rows_[a-z_]+")),
    ("query of its own", re.compile(r"\bkansio_database_query(_async|_finish)?\b")),
]

# Comments out, strings kept: one pass over the text, so "/*" inside a
# string is a string.
TOKENS = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)


def code_of(text):
    def keep(match):
        token = match.group(0)
        if token.startswith("/"):
            # Keep the line numbers.
            return "\n" * token.count("\n")
        return token

    return TOKENS.sub(keep, text)


def problems(text):
    code = code_of(text)
    for number, line in enumerate(code.split("\n"), start=1):
        for name, rule in RULES:
            if rule.search(line):
                yield number, name, line.strip()


def check_rules():
    """The rules catch what they are for, and not what comments say."""
    caught = list(
        problems(
            '/* api.is_applications () */\n'
            'q ("SELECT * FROM api.is_applications ($1)");\n'
            "KansioRows *rows;\n"
            "kansio_database_query_async (db);\n"
        )
    )
    names = {name for _, name, _ in caught}
    assert all(number > 1 for number, _, _ in caught), caught
    assert names == {rule for rule, _ in RULES}, names


def main(argv):
    check_rules()
    top = pathlib.Path(argv[1])
    failed = 0
    checked = 0
    for folder in argv[2:]:
        for path in sorted((top / folder).rglob("*")):
            if path.suffix not in (".c", ".h"):
                continue
            checked += 1
            for number, name, line in problems(path.read_text(encoding="utf-8")):
                print(f"{path.relative_to(top)}:{number}: {name}: {line}")
                failed += 1
    if checked == 0:
        print("no C files found under", " ".join(argv[2:]))
        return 1
    if failed:
        print(f"{failed} lines write SQL or read rows outside libkansio/")
        return 1
    print(f"{checked} files checked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
