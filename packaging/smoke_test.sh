#!/usr/bin/env bash
# Smoke test of the frozen one-folder build, runnable by hand or in a release job:
# builds it (packaging/build.sh) unless --no-build, then, offscreen, with fresh user folders:
#   1. mesomap-cli --version and templates --json (every shipped template, read from the
#      frozen folder, none skipped);
#   2. the desktop program creates its embedded database and quits once its window is ready;
#   3. a demo database seeded by the frozen mesomap-cli opens in the desktop program;
#   4. `mesomap-cli print` writes a signed session's sheet from that database to a PDF.
# Prints build time, folder size and start times. Exit code 0 when every step passed.
#
#   packaging/smoke_test.sh [--no-build]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
APP="${MESOMAP_FROZEN_APP:-$ROOT/build/pyinstaller/dist/mesomap}"

if [ "${1:-}" != "--no-build" ]; then
    "$ROOT/packaging/build.sh"
fi
[ -x "$APP/mesomap" ] || { echo "smoke_test: no build in $APP" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
export MESOMAP_DATA_DIR="$WORK/data" MESOMAP_LOG_DIR="$WORK/log" MESOMAP_SETTINGS_DIR="$WORK/settings"
unset MESOMAP_DB PYTHONPATH
cd "$WORK"

now() { "$PYTHON" -c 'import time; print(time.time())'; }
elapsed() { "$PYTHON" -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f} s')" "$1" "$2"; }
fail() { echo "smoke_test: FAILED: $*" >&2; exit 1; }

echo "== $("$APP/mesomap-cli" --version)"

t0=$(now)
"$APP/mesomap-cli" templates --json > templates.json
t1=$(now)
"$PYTHON" - "$APP" templates.json <<'PY' || fail "templates"
import json, sys
from pathlib import Path
app, listed = Path(sys.argv[1]).resolve(), json.load(open(sys.argv[2]))
shipped = sorted((app / "_internal/mesomap/_data/body_templates").glob("*.json"))
assert not listed["errors"], listed["errors"]
assert listed["templates"], "no template listed"
outside = [t["path"] for t in listed["templates"] if not Path(t["path"]).is_relative_to(app)]
assert not outside, f"templates read from outside the frozen folder: {outside}"
print(f"== templates: {len(listed['templates'])} listed from {len(shipped)} shipped files, no error")
PY

t2=$(now)
out=$(MESOMAP_QUIT_WHEN_READY=1 "$APP/mesomap") || fail "desktop program on a new database: $out"
t3=$(now)
grep -q '^MESOMAP_READY 0' <<<"$out" || fail "desktop program did not report ready: $out"
ls "$MESOMAP_DATA_DIR"/*.sqlite >/dev/null || fail "no embedded database was created"
echo "== embedded database created: $(ls "$MESOMAP_DATA_DIR"/*.sqlite)"
t4=$(now)
MESOMAP_QUIT_WHEN_READY=1 "$APP/mesomap" >/dev/null || fail "second start"
t5=$(now)

DEMO="sqlite:///$WORK/demo.sqlite"
"$APP/mesomap-cli" --db "$DEMO" seed-demo --patients 5 --quiet || fail "seed-demo"
out=$(MESOMAP_QUIT_WHEN_READY=1 "$APP/mesomap" --db "$DEMO") || fail "demo database: $out"
grep -q '^MESOMAP_READY 5' <<<"$out" || fail "demo database did not list its 5 patients: $out"
echo "== demo database opened with its 5 patients"

if "$APP/mesomap-cli" --help | grep -qE '^    print '; then
    session=$("$PYTHON" -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
        \"SELECT id FROM session WHERE status = 'signed' ORDER BY id LIMIT 1\").fetchone()[0])" \
        "$WORK/demo.sqlite")
    t6=$(now)
    "$APP/mesomap-cli" --db "$DEMO" print "$session" --output "$WORK/sheet.pdf" --aftercare \
        || fail "print"
    t7=$(now)
    head -c 4 "$WORK/sheet.pdf" | grep -q '%PDF' || fail "print wrote no PDF"
    if command -v pdfinfo >/dev/null; then
        echo "== session $session printed: $(pdfinfo "$WORK/sheet.pdf" | grep -E '^Pages')"
    else
        echo "== session $session printed to a PDF"
    fi
    echo "print one sheet: $(elapsed "$t6" "$t7")"
else
    echo "== no 'print' command in this mesomap: sheet printing not checked"
fi

echo "templates --json: $(elapsed "$t0" "$t1")"
echo "start, new database: $(elapsed "$t2" "$t3")"
echo "start, existing database: $(elapsed "$t4" "$t5")"
echo "folder size: $(du -sh "$APP" | cut -f1)"
echo "smoke_test: passed"
