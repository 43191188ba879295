#!/usr/bin/env bash
# Install the frozen one-folder mesomap (built by packaging/build.sh) for the current user, or
# system-wide with PREFIX=/usr/local (as root). Puts the folder in PREFIX/lib/mesomap, the two
# programs on PATH (PREFIX/bin), the .desktop file, the AppStream metainfo and the hicolor icons.
#
#   packaging/linux/install.sh              # PREFIX defaults to ~/.local
#   PREFIX=/usr/local packaging/linux/install.sh
#   packaging/linux/install.sh --uninstall
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
APP_ID=io.mesomap.Mesomap
DIST="${DIST:-$ROOT/build/pyinstaller/dist/mesomap}"
SIZES="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$PREFIX/lib/mesomap"
    rm -f "$PREFIX/bin/mesomap" "$PREFIX/bin/mesomap-cli" \
        "$PREFIX/share/applications/$APP_ID.desktop" "$PREFIX/share/metainfo/$APP_ID.metainfo.xml" \
        "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    for s in $SIZES; do rm -f "$PREFIX/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png"; done
    echo "mesomap removed from $PREFIX (your database and settings were left in place)"
    exit 0
fi

if [ ! -x "$DIST/mesomap" ]; then
    echo "No built application in $DIST: run packaging/build.sh first." >&2
    exit 1
fi
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo"
rm -rf "$PREFIX/lib/mesomap"
cp -a "$DIST" "$PREFIX/lib/mesomap"
ln -sf "$PREFIX/lib/mesomap/mesomap" "$PREFIX/bin/mesomap"
ln -sf "$PREFIX/lib/mesomap/mesomap-cli" "$PREFIX/bin/mesomap-cli"
# Exec with the full path: ~/.local/bin is not on every desktop session's PATH.
sed -e "s|^Exec=mesomap|Exec=$PREFIX/bin/mesomap|" -e "s|^TryExec=mesomap|TryExec=$PREFIX/bin/mesomap|" \
    "$HERE/$APP_ID.desktop" > "$PREFIX/share/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/"
install -D -m 644 "$ROOT/packaging/icons/mesomap.svg" "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for s in $SIZES; do
    install -D -m 644 "$ROOT/packaging/icons/png/mesomap-$s.png" \
        "$PREFIX/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "mesomap installed in $PREFIX (menu entry: mesomap; command line: mesomap-cli)"
