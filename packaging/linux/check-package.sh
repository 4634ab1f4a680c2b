#!/usr/bin/env bash
# Builds the Linux packages from a configured build folder, checks the desktop metadata, installs
# the .deb on this machine, starts the installed app (version, offscreen window, demo tenant),
# removes the package again, and compiles the Windows NSIS installer script to check its syntax.
# Needs root (or sudo) for apt-get. Usage: packaging/linux/check-package.sh [BUILD_DIR]
set -euo pipefail

build_dir=$(cd "${1:-build}" && pwd)
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
id=io.github.idp_token_inspector.IdPTokenInspector

if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get install -y --no-install-recommends desktop-file-utils appstream nsis >/dev/null

echo "== metadata"
desktop-file-validate "$source_dir/packaging/linux/$id.desktop"
appstreamcli validate --no-net "$source_dir/packaging/linux/$id.metainfo.xml"

echo "== packages"
(cd "$build_dir" && rm -f ./*.deb ./*.tar.gz && cpack -G "DEB;TGZ" >/dev/null)
deb=$(ls "$build_dir"/idp-token-inspector_*_*.deb)
# Capture first, then match: under pipefail, a reader that stops at its first match (grep -q)
# would kill dpkg-deb with SIGPIPE and fail the pipeline at random.
info=$(dpkg-deb -I "$deb")
printf '%s\n' "$info" | grep -E '^ (Package|Version|Depends|Recommends):'
case "$info" in *libsecret-1-0*) ;; *) echo "the package does not depend on libsecret-1-0"; exit 1 ;; esac
case "$info" in *qt6-qpa-plugins*) ;; *) echo "the package does not depend on qt6-qpa-plugins"; exit 1 ;; esac
# libcrypto (Debian's libssl3) signs Private Key JWT assertions; shlibdeps must have found it.
case "$info" in *libssl3*) ;; *) echo "the package does not depend on libssl3 (libcrypto)"; exit 1 ;; esac

echo "== install"
"${as_root[@]}" apt-get install -y --no-install-recommends "$deb" >/dev/null
trap '"${as_root[@]}" apt-get purge -y idp-token-inspector >/dev/null 2>&1 || true' EXIT
test -x /usr/bin/idp-token-inspector
test -x /usr/libexec/idp-token-inspector/fake-auth0-tenant
desktop-file-validate "/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$id.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  test -s "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
done
test -s "/usr/share/icons/hicolor/scalable/apps/$id.svg"

version=$(/usr/bin/idp-token-inspector --version)
echo "installed: $version"
expected=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
[ "$version" = "idp-token-inspector $expected" ] || { echo "expected version $expected"; exit 1; }

scratch=$(mktemp -d)
mkdir -p "$scratch/runtime" && chmod 700 "$scratch/runtime"
log="$scratch/app.log"
# An offscreen start that opens the main window, starts the bundled demo tenant from libexec and
# connects to it, then quits on its own.
XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" XDG_RUNTIME_DIR="$scratch/runtime" \
  QT_QPA_PLATFORM=offscreen /usr/bin/idp-token-inspector --demo --quit-after 4000 >"$log" 2>&1
grep -q 'demo tenant ready' "$log" || { cat "$log"; echo "the installed app did not start its demo tenant"; exit 1; }
grep -q 'Management API token valid until' "$log" || { cat "$log"; echo "the installed app did not connect"; exit 1; }
echo "installed app started, ran the demo tenant and connected"
# The headless check needs no display at all.
listing=$(env -u DISPLAY -u WAYLAND_DISPLAY XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" \
  /usr/bin/idp-token-inspector --list-profiles)
case "$listing" in *"No saved profiles"*) ;; *) echo "--list-profiles said: $listing"; exit 1 ;; esac
echo "installed app answers --list-profiles without a display"

echo "== remove"
"${as_root[@]}" apt-get purge -y idp-token-inspector >/dev/null
trap - EXIT
if [ -e /usr/bin/idp-token-inspector ] || [ -e "/usr/share/applications/$id.desktop" ]; then
  echo "files left behind after purge"; exit 1
fi
rm -rf "$scratch"

echo "== NSIS installer script (Windows)"
(cd "$build_dir" && cpack -G NSIS >/dev/null && ls ./*.exe >/dev/null)
echo "NSIS script compiled"
echo "package checks done"
