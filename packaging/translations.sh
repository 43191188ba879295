#!/usr/bin/env bash
# mesomap's translation pipeline (Qt Linguist tools shipped in the PySide6-Essentials wheel).
#
#   packaging/translations.sh update    extract every tr() / QCoreApplication.translate() /
#                                       QT_TRANSLATE_NOOP string of mesomap/ into
#                                       resources/translations/mesomap_<lang>.ts (merging: existing
#                                       translations are kept, vanished strings marked obsolete)
#   packaging/translations.sh release   compile each .ts to the .qm that mesomap loads at start
#   packaging/translations.sh stats     per language: strings, finished, unfinished
#   packaging/translations.sh check     exit 1 unless every .ts holds every current string of
#                                       mesomap/ and none is unfinished (for release builds)
#   packaging/translations.sh           update, then release
#
# Translators edit the .ts files with pyside6-linguist (or any TS editor), then run `release`.
# Template and zone names are not here: they come from each template's own "titles"/"names".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV_BIN="${VENV_BIN:-$ROOT/.venv/bin}"
LUPDATE="${LUPDATE:-$VENV_BIN/pyside6-lupdate}"
LRELEASE="${LRELEASE:-$VENV_BIN/pyside6-lrelease}"
LANGUAGES="${MESOMAP_LANGUAGES:-fr it es pt_BR}"
# Overridable for tests of the pipeline itself.
OUT="${MESOMAP_TRANSLATIONS_DIR:-$ROOT/resources/translations}"
SOURCES="${MESOMAP_TRANSLATION_SOURCES:-$ROOT/mesomap}"

need() {
    if [ ! -x "$1" ]; then
        echo "translations.sh: $1 is missing. It comes with PySide6-Essentials (pip install" \
             "PySide6-Essentials); Qt's own lupdate/lrelease from a Qt installation also work:" \
             "set LUPDATE=... LRELEASE=..." >&2
        exit 2
    fi
}

update() {
    need "$LUPDATE"
    mkdir -p "$OUT"
    cd "$OUT"
    for lang in $LANGUAGES; do
        # Relative locations: line numbers stored as offsets, so unrelated edits in a source
        # file change few lines of the .ts files.
        "$LUPDATE" -silent -extensions py -locations relative "$SOURCES" \
            -source-language en -target-language "$lang" -ts "$OUT/mesomap_$lang.ts"
        echo "updated $OUT/mesomap_$lang.ts"
    done
}

release() {
    need "$LRELEASE"
    for lang in $LANGUAGES; do
        ts="$OUT/mesomap_$lang.ts"
        if [ ! -f "$ts" ]; then
            echo "translations.sh: $ts is missing; run 'packaging/translations.sh update' first" >&2
            exit 1
        fi
        "$LRELEASE" -silent "$ts" -qm "$OUT/mesomap_$lang.qm"
        echo "compiled $OUT/mesomap_$lang.qm"
    done
}

stats() {
    for lang in $LANGUAGES; do
        ts="$OUT/mesomap_$lang.ts"
        [ -f "$ts" ] || { echo "$lang: no .ts file"; continue; }
        total=$(grep -c '<source>' "$ts" || true)
        unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
        obsolete=$(grep -c -E 'type="(obsolete|vanished)"' "$ts" || true)
        echo "$lang: $((total - obsolete)) strings, $((total - obsolete - unfinished)) finished," \
             "$unfinished unfinished, $obsolete obsolete"
    done
}

check() {
    need "$LUPDATE"
    local fresh status=0
    fresh="$(mktemp -d)"
    for lang in $LANGUAGES; do
        ts="$OUT/mesomap_$lang.ts"
        [ -f "$ts" ] || { echo "$lang: no .ts file"; status=1; continue; }
        cp "$ts" "$fresh/"
        (cd "$fresh" && "$LUPDATE" -silent -extensions py -locations relative "$SOURCES" \
            -source-language en -target-language "$lang" -ts "$fresh/mesomap_$lang.ts")
        "$VENV_BIN/python" - "$ts" "$fresh/mesomap_$lang.ts" "$lang" <<'PY' || status=1
import sys
import xml.etree.ElementTree as ET

def live(path):
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            kind = message.find("translation").get("type")
            if kind not in ("obsolete", "vanished"):
                found[(context.findtext("name"), message.findtext("source"))] = kind
    return found

committed, current, lang = live(sys.argv[1]), live(sys.argv[2]), sys.argv[3]
missing = sorted(set(current) - set(committed))
unfinished = sorted(k for k, kind in current.items() if kind == "unfinished")
print(f"{lang}: {len(current)} strings, {len(missing)} missing from the .ts, "
      f"{len(unfinished)} unfinished")
for context, source in (missing + unfinished)[:5]:
    print(f"    {context}: {source[:70]!r}")
sys.exit(1 if missing or unfinished else 0)
PY
    done
    rm -rf "$fresh"
    return $status
}

case "${1:-all}" in
    update) update ;;
    release) release ;;
    stats) stats ;;
    check) check ;;
    all) update; release ;;
    *) echo "usage: packaging/translations.sh [update|release|stats|check]" >&2; exit 2 ;;
esac
