#!/usr/bin/env bash
# Runs the app on the demo tenant under Xvfb with Qt's AT-SPI bridge on, and reads it through the
# accessibility bus with atspi_check.py. Needs a D-Bus session (tests/run-headless.sh has one),
# Xvfb, at-spi2-core and python3-pyatspi (packaging/debian/install-build-deps.sh installs them).
# Usage: run-atspi-check.sh APP_EXECUTABLE
set -euo pipefail
app=$1
here=$(cd "$(dirname "$0")" && pwd)
for need in Xvfb /usr/bin/python3; do
  command -v "$need" >/dev/null || { echo "run-atspi-check: $need is missing"; exit 1; }
done
/usr/bin/python3 -c 'import pyatspi' || { echo "run-atspi-check: python3-pyatspi is missing"; exit 1; }
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { echo "run-atspi-check: no D-Bus session"; exit 1; }

scratch=$(mktemp -d)
exec 3>"$scratch/display"
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill "${app_pid:-}" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 50); do [ -s "$scratch/display" ] && break; sleep 0.1; done
display=":$(head -n1 "$scratch/display")"

export DISPLAY=$display QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
"$app" --demo >"$scratch/app.log" 2>&1 &
app_pid=$!
status=0
/usr/bin/python3 "$here/atspi_check.py" idp-token-inspector 40 || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- app log"; cat "$scratch/app.log"
fi
exit "$status"
