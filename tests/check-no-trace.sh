#!/usr/bin/env bash
# Run after the suite, inside the same D-Bus session and XDG folders (tests/run-headless.sh does):
# fails if any test left something under the app's own names, which only the app itself may
# use. Tests build their own AppContext (their own settings file, audit log and keychain
# service), so the app's keychain service, settings and audit log must be untouched.
set -euo pipefail
app_service=idp-token-inspector
label_prefix="IdP Token Inspector"
organization="IdP Token Inspector"
found=0

# QtKeychain files a secret with the attributes server (the service), user (the key) and type,
# under its schema org.qt.keychain. The app's entries have its service name (the health check,
# older versions) or, for profiles, a label that starts with "$label_prefix: ".
# The output is captured first and matched afterwards: nothing closes a pipe early.
entries=$(secret-tool search --all xdg:schema org.qt.keychain 2>&1 || true)
while IFS= read -r line; do
  case "$line" in
    "attribute.server = $app_service" | "attribute.server = $label_prefix: "*)
      # The attribute only: secret-tool also prints each secret, which stays out of logs.
      echo "check-no-trace: an entry of the app's own is in the keyring: $line" >&2
      found=1
      ;;
  esac
done <<<"$entries"

for dir in "${XDG_CONFIG_HOME:?}/$organization" "${XDG_DATA_HOME:?}/$organization"; do
  if [ -e "$dir" ]; then
    echo "check-no-trace: the app's own settings or data were written: $dir" >&2
    find "$dir" >&2
    found=1
  fi
done

if [ "$found" -ne 0 ]; then
  exit 1
fi
echo "check-no-trace: the app's keychain service, settings and audit log hold nothing the tests made"
