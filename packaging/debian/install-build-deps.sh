#!/usr/bin/env bash
# Installs what building, running and testing IdP Token Inspector needs on Debian 12 (bookworm)
# or a derivative. Run as root, or as a user who may use sudo.
set -euo pipefail

packages=(
  # toolchain and Qt 6 (Widgets, Network, Test), QtKeychain
  g++ cmake ninja-build pkgconf dpkg-dev file
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
  libssl-dev openssl ca-certificates fonts-dejavu-core
  # the keychain at run time and a headless Secret Service for the tests
  libsecret-1-0 dbus gnome-keyring libsecret-tools
  # the accessibility test: the app under Xvfb, read through AT-SPI as a screen reader does
  xvfb at-spi2-core python3-pyatspi gir1.2-atspi-2.0
)

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-build-deps: run this as root or install sudo" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
"${as_root[@]}" apt-get install -y --no-install-recommends "${packages[@]}"
