#!/usr/bin/env python3
# The fixed messages the database gives users: the texts of kansio.deny ()
# and of RAISE EXCEPTION without parameters, in every migration. They are
# listed in libkansio/db/kansio-server-messages.c so that xgettext finds them
# and the fi and sv catalogues translate them.
#
#   server-messages.py            print libkansio/db/kansio-server-messages.c
#   server-messages.py --check    exit 1 if that file is not up to date
import pathlib
import re
import sys

top = pathlib.Path(__file__).resolve().parent.parent
literal = r"'(?:[^']|'')*'"
call = re.compile(r"(?:kansio\.deny\s*\(|RAISE\s+EXCEPTION)\s*((?:" + literal + r"\s*)+)",
                  re.IGNORECASE)


def messages():
    found = set()
    for path in sorted((top / "data" / "sql").glob("*.sql")):
        for match in call.finditer(path.read_text(encoding="utf-8")):
            parts = re.findall(literal, match.group(1))
            text = "".join(part[1:-1].replace("''", "'") for part in parts)
            rest = match.string[match.end():match.end() + 1]
            # A text with parameters (%) is formatted by the server: it
            # cannot be looked up, and stays as the server wrote it.
            if "%" in text or rest == ",":
                continue
            found.add(text)
    return sorted(found)


def c_file():
    lines = [
        "/* kansio-server-messages.c",
        " *",
        " * Copyright 2026 The Kansio authors",
        " * SPDX-License-Identifier: GPL-3.0-or-later",
        " *",
        " * Written by build-aux/server-messages.py from data/sql; do not edit.",
        " * The fixed messages the database gives users, so that xgettext finds",
        " * them: kansio_database_error_get_reason () translates them.",
        " */",
        '#include "config.h"',
        "",
        "#include <glib/gi18n-lib.h>",
        "",
        '#include "kansio-database-error-private.h"',
        "",
        "/* One message a line, as the database writes it. */",
        "/* clang-format off */",
        "static const char *const server_messages[] = {",
    ]
    for text in messages():
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'  N_ ("{escaped}"),')
    lines += [
        "};",
        "/* clang-format on */",
        "",
        "guint",
        "_kansio_server_messages_get_count (void)",
        "{",
        "  return G_N_ELEMENTS (server_messages);",
        "}",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    target = top / "libkansio" / "db" / "kansio-server-messages.c"
    if sys.argv[1:] == ["--check"]:
        if not target.exists() or target.read_text(encoding="utf-8") != c_file():
            print("libkansio/db/kansio-server-messages.c is out of date: run "
                  "build-aux/server-messages.py > libkansio/db/kansio-server-messages.c",
                  file=sys.stderr)
            sys.exit(1)
        sys.exit(0)
    sys.stdout.write(c_file())
