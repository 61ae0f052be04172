#!/usr/bin/env bash
# Adds the Debian suites that carry the Go toolchains Go Map Lab compares against
# (DESIGN.md "Versions"): bookworm-backports (golang-1.21/1.22/1.23), trixie (golang-1.24)
# and trixie-backports (golang-1.25/1.26/1.27), pinned low so nothing else is upgraded.
# Idempotent. Needs root. Reuses the mirror of the existing Debian entry.
set -euo pipefail
list=/etc/apt/sources.list.d/gomaplab-go.sources
pref=/etc/apt/preferences.d/gomaplab-go
mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null \
  | grep -E '^[[:space:]]*(URIs:|deb )' | grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n1 | tr -d ' ' || true)
mirror=${mirror%/}
[ -n "$mirror" ] || { echo "apt-go-suites: no Debian mirror entry found" >&2; exit 1; }
if [ ! -f "$list" ]; then
  cat >"$list" <<SRC
Types: deb
URIs: $mirror
Suites: bookworm-backports trixie trixie-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  cat >"$pref" <<PIN
Package: *
Pin: release n=bookworm-backports
Pin-Priority: 100

Package: *
Pin: release n=trixie
Pin-Priority: 50

Package: *
Pin: release n=trixie-backports
Pin-Priority: 50
PIN
fi
