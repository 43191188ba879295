#!/usr/bin/env bash
# Build mesomap as a one-folder application with PyInstaller: build/pyinstaller/dist/mesomap/
# holds the programs `mesomap` (desktop) and `mesomap-cli` (subcommands) and everything they need.
#
#   packaging/build.sh            build (compiles translations and renders icons first)
#   PYTHON=/path/python packaging/build.sh
#
# Prints the build time and the folder size at the end. Works on Linux and macOS; on Windows
# run the pyinstaller command below by hand (see packaging/README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
OUT="$ROOT/build/pyinstaller"

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "PyInstaller is missing: $PYTHON -m pip install 'pyinstaller>=6.10' (or pip install -e '.[dev]')" >&2
    exit 2
fi

start=$(date +%s.%N)
# Translations (.ts -> .qm) and icons are generated files: bring them up to date first, when
# the tools are there (the build still works without them, in English, with the SVG icon).
if [ -x "$ROOT/packaging/translations.sh" ]; then
    "$ROOT/packaging/translations.sh" release || echo "build.sh: translations not compiled" >&2
fi
if [ ! -f "$ROOT/packaging/icons/png/mesomap-256.png" ]; then
    QT_QPA_PLATFORM=offscreen "$PYTHON" "$ROOT/packaging/render_icons.py" \
        || echo "build.sh: icons not rendered" >&2
fi

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" "$ROOT/packaging/mesomap.spec"
end=$(date +%s.%N)

APP="$OUT/dist/mesomap"
"$PYTHON" -c "import sys; print(f'build time: {float(sys.argv[2]) - float(sys.argv[1]):.1f} s')" "$start" "$end"
echo "folder: $APP"
echo "folder size: $(du -sh "$APP" | cut -f1) ($(du -sb "$APP" | cut -f1) bytes, $(find "$APP" -type f | wc -l) files)"
