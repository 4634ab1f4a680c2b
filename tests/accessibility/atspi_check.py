#!/usr/bin/python3
"""Reads the running app through AT-SPI, as a screen reader does, and drives it the same way.

Finds the app on the accessibility bus, checks that search, results, the identities tree, the
inspector, Reveal and Copy are there by name, searches for a demo user through the search box's
editable text and the Search button's action, and checks that a token cell reads as its kind and
length. Exits 0 when all is found, 1 with what is missing.
Usage: atspi_check.py APP_NAME [TIMEOUT_SECONDS]
"""

import sys
import time

import pyatspi

APP = sys.argv[1] if len(sys.argv) > 1 else "idp-token-inspector"
TIMEOUT = float(sys.argv[2]) if len(sys.argv) > 2 else 30.0


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(min(count, 2000)):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name and APP.lower() in app.name.lower():
            return app
    return None


def wait_for(what, predicate):
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.5)
    print(f"atspi-check: timed out waiting for {what}")
    sys.exit(1)


def named(app, name, roles=None):
    for node in walk(app):
        try:
            if node.name == name and (roles is None or node.getRole() in roles):
                return node
        except Exception:
            continue
    return None


def main():
    app = wait_for(f"the app {APP!r} on the accessibility bus", find_app)
    print(f"atspi-check: found {app.name!r}")
    search = wait_for("an editable 'Search users' (the demo tenant connected)",
                      lambda: next((n for n in walk(app) if n.name == "Search users"
                                    and n.getState().contains(pyatspi.STATE_ENABLED)), None))
    missing = [name for name in ("Search results", "Identities and tokens", "Token inspector",
                                 "Reveal", "Copy")
               if named(app, name) is None]
    if missing:
        print("atspi-check: no accessible named " + ", ".join(missing))
        for node in walk(app):
            try:
                print(f"  {node.getRoleName()}: {node.name!r}")
            except Exception:
                pass
        return 1
    description = search.description or ""
    if "Enter searches" not in description:
        print(f"atspi-check: the search box's description says {description!r}")
        return 1

    # Drive it as a screen reader user would: type into the box, press the Search button.
    search.queryEditableText().setTextContents("jordan.lee@example.com")
    button = named(app, "Search", {pyatspi.ROLE_PUSH_BUTTON})
    if button is None:
        print("atspi-check: no Search button")
        return 1
    button.queryAction().doAction(0)
    cell = wait_for("a cell reading 'masked access token, 187 characters'",
                    lambda: named(app, "masked access token, 187 characters"))
    print(f"atspi-check: token cell role {cell.getRoleName()!r}, name {cell.name!r}")
    for node in walk(app):
        try:
            text = node.name or ""
        except Exception:
            continue
        if "ya29." in text or "DEMO" in text and "token" not in text.lower():
            print(f"atspi-check: a token's characters are readable: {node.getRoleName()}")
            return 1
    print("atspi-check: search, results, tree, inspector, Reveal and Copy reachable; tokens read "
          "by kind and length")
    return 0


if __name__ == "__main__":
    sys.exit(main())
