"""Merge a translator's tab-separated batch into the per-language dictionaries.

Each line of the batch is ``<index>\t<fr>\t<it>\t<es>\t<pt_BR>`` where ``<index>`` points into a
JSON list of English sources (as printed by ``tools/i18n_fill.py --list-missing``); plural forms
are separated by ``||`` and a line break is written ``\\n``.

    .venv/bin/python tools/translations/merge_tsv.py SOURCES.json BATCH.tsv
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

LANGUAGES = ("fr", "it", "es", "pt_BR")
HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    sources = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    tables = {lang: json.loads((HERE / f"{lang}.json").read_text(encoding="utf-8")) for lang in LANGUAGES}
    for line in Path(argv[1]).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 1 + len(LANGUAGES):
            raise SystemExit(f"line {parts[0]}: expected {1 + len(LANGUAGES)} fields, got {len(parts)}")
        source = sources[int(parts[0])]
        for lang, text in zip(LANGUAGES, parts[1:], strict=True):
            text = text.replace("\\n", "\n")
            tables[lang][source] = text.split("||") if "||" in text else text
    for lang, table in tables.items():
        (HERE / f"{lang}.json").write_text(
            json.dumps(dict(sorted(table.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
