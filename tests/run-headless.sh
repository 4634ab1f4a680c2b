#!/usr/bin/env bash
# Runs the whole test suite without a display or a desktop session:
#  - a private D-Bus session bus with gnome-keyring's Secret Service, unlocked with a throw-away
#    password, so the keychain tests talk to a real keychain and never to yours;
#  - Qt's offscreen platform for the widget tests;
#  - throw-away XDG folders, so no test touches your settings or keyrings;
#  - afterwards, a check that no test wrote under the app's own keychain service or settings.
# Usage: tests/run-headless.sh [BUILD_DIR] [extra ctest arguments...]
set -euo pipefail

build_dir=${1:-build}
shift || true
build_dir=$(cd "$build_dir" && pwd)
source_dir=$(cd "$(dirname "$0")/.." && pwd)
export source_dir

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

dbus-run-session -- bash -c '
  set -euo pipefail
  build_dir=$1; shift
  head -c 32 /dev/urandom | base64 | tr -d "\n" \
    | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  status=0
  ctest --test-dir "$build_dir" --output-on-failure --timeout 600 "$@" || status=$?
  "$source_dir/tests/check-no-trace.sh" || status=1
  exit "$status"
' run-headless "$build_dir" "$@"
