#!/usr/bin/python3
# test-keyboard-atspi.py
#
# Copyright 2026 The Kansio authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A caseworker's day by keyboard only (issue 13): Kansio runs as a user
# runs it, on its own demo database, and is driven with synthesised key
# presses (xdotool, through the X server as a keyboard would); every step
# is checked through the accessibility tree, as a screen reader sees it:
# search -> open the client -> edit a field and save -> new application ->
# calculate -> prepare the decision. It also checks that every icon-only
# button it meets has an accessible name.
#
# Needs an X display and a session bus (build-aux/kansio-test gives both).

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402

BUILD = os.environ.get("KANSIO_BUILD_DIR", os.path.join(os.path.dirname(__file__), "..", "build"))
TIMEOUT = 60
steps = 0


def tap(line):
    print(line, flush=True)


def fail(message):
    tap("not ok %d %s" % (steps + 1, message))
    tap("1..%d" % (steps + 1))
    raise SystemExit(1)


def ok(message):
    global steps
    steps += 1
    tap("ok %d %s" % (steps, message))


def key(*keys):
    """Presses keys as a keyboard does: 'ctrl+k', 'Return', 'Tab'."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", "--delay", "40"] + list(keys),
                   check=True)
    time.sleep(0.15)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "30", text], check=True)
    time.sleep(0.2)


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def showing(node):
    # GTK 4.8 says VISIBLE for a widget that is visible, mapped or not
    # (a stack's hidden pages too), and SHOWING for windows only: the
    # steps below wait for what only the state they expect has.
    try:
        return node.getState().contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def find(app, predicate):
    for node in walk(app):
        try:
            if predicate(node):
                return node
        except Exception:
            continue
    return None


def wait_for(what, function, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = function()
        if result:
            return result
        time.sleep(0.25)
    fail("timed out waiting for " + what)


def named(app, name, role=None):
    return find(app, lambda n: n.name == name and showing(n)
                and (role is None or n.getRole() == role))


def focused(app):
    return find(app, lambda n: n.getState().contains(pyatspi.STATE_FOCUSED))


def focus_name(app):
    node = focused(app)
    return node.name if node is not None else None


def focus_on(app, part):
    """Whether the focused object's name has part (GTK 4.8 names a button
    by its mnemonic label and its label: "_Edit… Edit…")."""
    name = focus_name(app)
    return name is not None and part in name


def text_of(node):
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except Exception:
        return None


def has_label_containing(app, part):
    return find(app, lambda n: showing(n) and n.getRole() == pyatspi.ROLE_LABEL
                and part in (n.name or ""))


def count_amounts(app):
    """Labels that show a sum of money, as 1 234,56 €."""
    return sum(1 for n in walk(app)
               if n.getRole() == pyatspi.ROLE_LABEL and re.search(r"\d,\d\d\s?€", n.name or ""))


def tab_to(app, predicate, what, limit=40, backwards=False):
    """Tab until the focus is on what predicate accepts: the keyboard way."""
    seen = []
    for _ in range(limit):
        node = focused(app)
        if node is not None and predicate(node):
            return node
        seen.append("%s:%s" % (node.getRoleName(), node.name) if node is not None else "-")
        key("shift+Tab" if backwards else "Tab")
    fail("Tab never reached %s (focus went %s)" % (what, " | ".join(seen)))


def nameless_icon_buttons(app):
    """Buttons shown with no accessible name: a screen reader says nothing."""
    found = []
    for node in walk(app):
        try:
            if node.getRole() == pyatspi.ROLE_PUSH_BUTTON and showing(node) and not node.name:
                found.append(node)
        except Exception:
            continue
    return found


def check_names(app, where):
    nameless = nameless_icon_buttons(app)
    if nameless:
        fail("%d button(s) without an accessible name on %s" % (len(nameless), where))


def find_app(process):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and (app.get_process_id() == process.pid
                                    or "kansio" in (app.name or "").lower()):
                return app
        except Exception:
            continue
    return None


def main():
    if shutil.which("xdotool") is None or "DISPLAY" not in os.environ:
        tap("1..0 # SKIP needs xdotool and an X display")
        return
    work = tempfile.mkdtemp(prefix="kansio-atspi-")
    os.chmod(work, 0o755)
    env = dict(os.environ)
    env.update({
        "GSETTINGS_SCHEMA_DIR": os.path.join(BUILD, "data"),
        "GSETTINGS_BACKEND": "memory",
        "KANSIO_LOCALEDIR": os.path.join(BUILD, "po"),
        "KANSIO_PLUGIN_PATH": os.path.join(BUILD, "plugins"),
        "KANSIO_DOCUMENTD": os.path.join(BUILD, "tools", "kansio-documentd"),
        "KANSIO_DEMO_DIRECTORY": os.path.join(work, "demo"),
        "LANGUAGE": "en", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        "GTK_A11Y": "atspi", "GDK_BACKEND": "x11", "GSK_RENDERER": "cairo",
    })
    env.pop("NO_AT_BRIDGE", None)
    process = subprocess.Popen([os.path.join(BUILD, "shell", "kansio")], env=env)
    try:
        run(process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        admin = os.path.join(BUILD, "tools", "kansio-admin")
        subprocess.run([admin, "--demo-directory", os.path.join(work, "demo"), "demo-server",
                        "stop"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        shutil.rmtree(work, ignore_errors=True)


def run(process):
    app = wait_for("Kansio in the accessibility tree", lambda: find_app(process), 90)
    # The private demo database is made on first start: give it time.
    wait_for("the demo users", lambda: named(app, "Kaisa Käsittelijä"), 180)
    subprocess.run(["xdotool", "search", "--sync", "--pid", str(process.pid), "windowfocus"],
                   stdout=subprocess.DEVNULL)
    check_names(app, "the login page")
    tab_to(app, lambda n: n.name == "Kaisa Käsittelijä", "the handler's demo user")
    key("Return")
    wait_for("the search entry", lambda: find(app, lambda n: n.name == "Search clients"
                                               and n.getState().contains(pyatspi.STATE_VISIBLE)
                                               and n.getRole() != pyatspi.ROLE_LABEL))
    ok("logged in as the handler by keyboard")

    # Ctrl+K, the code, Enter: the client opens, the focus goes with it.
    key("ctrl+k")
    wait_for("focus in the search", lambda: focus_on(app, "Search clients"))
    type_text("140384-9027")
    key("Return")
    wait_for("the client page", lambda: has_label_containing(app, "Virtanen, Aino Maria"))
    wait_for("the focus on Edit", lambda: focus_on(app, "Edit…"))
    check_names(app, "the client page")
    ok("search, Enter: the client is open and the focus is on it")

    # Ctrl+K again keeps the client, with the old text selected.
    key("ctrl+k")
    wait_for("focus in the search", lambda: focus_on(app, "Search clients"))
    if not has_label_containing(app, "Virtanen, Aino Maria"):
        fail("Ctrl+K replaced the client page")
    key("F6", "F6")  # sidebar, then the page
    wait_for("the focus back on the client page",
             lambda: focus_name(app) not in (None, "Search clients", "Clients"))
    ok("Ctrl+K keeps the client page; F6 goes back to it")

    # Ctrl+E: the editor; a field changed and saved with Ctrl+S. GTK 4.8
    # does not tell AT-SPI which entry row's text has the focus, so the
    # phone field is reached by counting: five rows after the language.
    key("ctrl+e")
    tab_to(app, lambda n: n.name == "Language for correspondence"
           and n.getRole() == pyatspi.ROLE_COMBO_BOX, "the language of the editor")
    key("Tab", "Tab", "Tab", "Tab", "Tab")
    key("ctrl+a")
    type_text("+358 40 765 4321")
    key("ctrl+s")
    wait_for("the saved phone on the client page",
             lambda: find(app, lambda n: "+358 40 765 4321" in (n.name or "")))
    ok("edited and saved by keyboard")

    # New application, straight from the client page (its mnemonic): the
    # client is found without the identity code typed again.
    key("alt+a")
    wait_for("the client found in the income-support form",
             lambda: find(app, lambda n: n.getRole() == pyatspi.ROLE_LIST_ITEM
                          and "Virtanen, Aino Maria" in (n.name or "")))
    check_names(app, "the new application")
    # The open case is looked up before the form may be saved: Ctrl+S does
    # nothing until then, so it is pressed again as a user would.
    # Registered: the application page opens with the focus on its back
    # button (lasting, unlike the toast, on a slow machine).
    def registered():
        return focus_on(app, "Back to the Work Queue") or has_label_containing(
            app, "Application registered")

    for _ in range(10):
        key("ctrl+s")
        wait_until = time.monotonic() + 6
        while time.monotonic() < wait_until and not registered():
            time.sleep(0.25)
        if registered():
            break
    else:
        fail("Ctrl+S never registered the application")
    ok("registered a new application without typing the identity code again")

    tab_to(app, lambda n: "Start Processing" in (n.name or ""), "Start Processing")
    key("Return")
    key("alt+c")
    tab_to(app, lambda n: n.getRole() == pyatspi.ROLE_PUSH_BUTTON
           and "_Calculate" in (n.name or ""), "Calculate")
    before = count_amounts(app)
    key("Return")
    wait_for("a calculated result (more amounts in euros)", lambda: count_amounts(app) > before)
    check_names(app, "the calculation")
    ok("calculated by keyboard")

    key("alt+d")
    tab_to(app, lambda n: n.name == "Reasons" and n.getRole() != pyatspi.ROLE_LABEL,
           "the reasons")
    type_text("Tuki myonnetaan laskelman mukaisesti.")
    tab_to(app, lambda n: "Prepare Decision" in (n.name or ""), "Prepare Decision")
    key("Return")
    deadline = time.monotonic() + TIMEOUT
    while not has_label_containing(app, "Decision prepared"):
        if time.monotonic() > deadline:
            told = [n.name for n in walk(app) if n.getRole() == pyatspi.ROLE_LABEL
                    and re.search(r"^(Write|Calculate the month|Choose|The )", n.name or "")]
            fail("no decision prepared; the page says: " + " / ".join(told))
        time.sleep(0.25)
    ok("prepared the decision by keyboard")
    tap("1..%d" % steps)


if __name__ == "__main__":
    try:
        main()
    except SystemExit:
        raise
    except Exception as error:  # a failure, not a crash of the runner
        fail("%s: %s" % (type(error).__name__, error))
