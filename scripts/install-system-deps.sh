#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages mesomap needs and that are missing: Qt's runtime libraries
# (offscreen and X11), fonts, Xvfb for real-window screenshots, PostgreSQL for the multi-workstation
# tests, poppler for reading printed PDFs back, CUPS + cups-pdf for the real print-queue test.
# Usage: scripts/install-system-deps.sh [run|test]   ("run" installs only what the app needs)
set -euo pipefail
profile="${1:-test}"
runtime=(python3 python3-venv make libglib2.0-0 libgl1 libegl1 libfontconfig1 libfreetype6
  libxkbcommon0 libdbus-1-3 fonts-dejavu-core libx11-xcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0
  libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0)
testing=(xvfb xauth postgresql poppler-utils cups printer-driver-cups-pdf appstream binutils)
wanted=("${runtime[@]}")
[ "$profile" = "test" ] && wanted+=("${testing[@]}")

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "mesomap needs these system packages, and this is not a Debian/Ubuntu system: ${missing[*]}" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing system packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
