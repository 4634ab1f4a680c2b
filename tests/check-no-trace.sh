#!/usr/bin/env bash
# Run after the suite, inside the same D-Bus session and XDG folders (tests/run-headless.sh does):
# fails if any test left something under the app's own names, which only the app itself may
# use. Tests build their own AppContext (their own settings file, audit log and keychain
# service), so the app's keychain service, settings and audit log must be untouched.
set -euo pipefail
app_service=idp-token-inspector
organization="IdP Token Inspector"
found=0

# QtKeychain files a secret with the attributes server (the service), user (the key) and type.
# The output is captured first and matched afterwards: nothing closes a pipe early.
entries=$(secret-tool search --all server "$app_service" 2>&1 || true)
case "$entries" in
  *attribute.user*)
    echo "check-no-trace: the app's keychain service '$app_service' holds entries:" >&2
    # Their attributes only: secret-tool also prints each secret, which stays out of logs.
    while IFS= read -r line; do
      case "$line" in attribute.*) echo "  $line" >&2 ;; esac
    done <<<"$entries"
    found=1
    ;;
esac

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
