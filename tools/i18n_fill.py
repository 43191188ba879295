"""Fill mesomap's Qt Linguist catalogues from the per-language dictionaries.

``pyside6-lupdate`` (``packaging/translations.sh update``) extracts every translatable string
into ``resources/translations/mesomap_<lang>.ts``; the translations themselves live in
``tools/translations/<lang>.json`` (``{"English source": "translation"}``, or a list of forms
``["singular", "plural"]`` for ``%n`` strings). This script writes each dictionary's
translations into its ``.ts`` and marks them finished, so a re-run of lupdate followed by this
script keeps every translation:

    .venv/bin/python tools/i18n_fill.py            # fill fr, it, es, pt_BR (then `release`)
    .venv/bin/python tools/i18n_fill.py --check    # exit 1 when a source has no translation
    .venv/bin/python tools/i18n_fill.py --pseudo OUT.ts   # pseudo-locale catalogue for tests
    .venv/bin/python tools/i18n_fill.py --list-missing NEW.json  # sources still untranslated

A source string without a translation, or a translation whose placeholders (``%1``, ``%n``,
``{name}``) differ from its source, makes the script fail loudly (exit 1, every problem
listed) without writing anything.

The pseudo-locale wraps every string in ``⟦…⟧`` and lengthens it by about 30 %, keeping its
placeholders and ``&`` mnemonics, so a test can see text that escaped translation and labels
too narrow for longer languages.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
DICT_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("fr", "it", "es", "pt_BR")

PSEUDO_OPEN = "⟦"
PSEUDO_CLOSE = "⟧"
PSEUDO_PAD = "·"

_PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")

Translation = str | list[str]


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text`` (``%1``, ``%L1``, ``%n``, ``{name}``), sorted, with repeats."""
    return sorted(_PLACEHOLDER.findall(text))


def load_dictionary(lang: str) -> dict[str, Translation]:
    path = DICT_DIR / f"{lang}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: expected an object of source -> translation")
    return data


def messages(tree: ET.ElementTree) -> Iterator[tuple[str, ET.Element]]:
    """(context name, message element) for every message of a .ts tree."""
    root = tree.getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _is_obsolete(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") in ("obsolete", "vanished")


def _forms_count(translation: ET.Element) -> int:
    return max(1, len(translation.findall("numerusform")))


def check_translation(source: str, value: Translation, numerus: bool) -> list[str]:
    """Problems of one translation (empty list when it is fine)."""
    problems: list[str] = []
    if numerus:
        forms = value if isinstance(value, list) else [value]
        if not forms or any(not f.strip() for f in forms):
            problems.append(f"empty plural form for {source!r}")
        # Every form keeps the source's placeholders (a form may drop %n only if the source
        # has none, which lupdate would not mark as numerus).
        for form in forms:
            if placeholders(form) != placeholders(source):
                problems.append(f"placeholders differ in {form!r} (source {source!r})")
    else:
        if isinstance(value, list):
            problems.append(f"plural forms given for a non-plural source {source!r}")
        elif not value.strip():
            problems.append(f"empty translation for {source!r}")
        elif placeholders(value) != placeholders(source):
            problems.append(f"placeholders differ in {value!r} (source {source!r})")
    return problems


def fill_tree(tree: ET.ElementTree, table: dict[str, Translation]) -> list[str]:
    """Write the table's translations into the tree; returns the problems (missing, mismatched)."""
    problems: list[str] = []
    for context, message in messages(tree):
        if _is_obsolete(message):
            continue
        source = message.findtext("source") or ""
        numerus = message.get("numerus") == "yes"
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source not in table:
            problems.append(f"no translation for [{context}] {source!r}")
            continue
        value = table[source]
        found = check_translation(source, value, numerus)
        if found:
            problems.extend(f"[{context}] {p}" for p in found)
            continue
        _set(translation, value, numerus)
    return problems


def _set(translation: ET.Element, value: Translation, numerus: bool) -> None:
    translation.attrib.pop("type", None)
    if numerus:
        forms = value if isinstance(value, list) else [value]
        count = _forms_count(translation)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for i in range(count):
            form = ET.SubElement(translation, "numerusform")
            form.text = forms[min(i, len(forms) - 1)]
    else:
        for child in list(translation):
            translation.remove(child)
        translation.text = value if isinstance(value, str) else value[0]


def pseudo(text: str) -> str:
    """``text`` wrapped in ⟦…⟧ and lengthened by about 30 % (placeholders and & kept)."""
    pad = PSEUDO_PAD * max(1, round(len(text) * 0.3))
    return f"{PSEUDO_OPEN}{text}{pad}{PSEUDO_CLOSE}"


def write_tree(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def fill(languages: tuple[str, ...], write: bool) -> int:
    all_problems: list[str] = []
    trees: dict[str, ET.ElementTree] = {}
    for lang in languages:
        tree = ET.parse(TS_DIR / f"mesomap_{lang}.ts")
        problems = fill_tree(tree, load_dictionary(lang))
        all_problems.extend(f"{lang}: {p}" for p in problems)
        trees[lang] = tree
    if all_problems:
        print("\n".join(all_problems), file=sys.stderr)
        print(f"i18n_fill: {len(all_problems)} problem(s); nothing written. Add the missing "
              f"translations to tools/translations/<lang>.json.", file=sys.stderr)
        return 1
    if write:
        for lang, tree in trees.items():
            write_tree(tree, TS_DIR / f"mesomap_{lang}.ts")
            count = sum(1 for _c, m in messages(tree) if not _is_obsolete(m))
            print(f"{lang}: {count} messages filled")
    return 0


def write_pseudo(out: Path, source: Path | None = None) -> None:
    """A pseudo-locale .ts with every message of ``source`` (default: the French catalogue)."""
    tree = ET.parse(source or TS_DIR / "mesomap_fr.ts")
    tree.getroot().set("language", "en")
    for _context, message in messages(tree):
        source = message.findtext("source") or ""
        numerus = message.get("numerus") == "yes"
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if numerus:
            for child in list(translation):
                translation.remove(child)
            for _ in range(2):
                ET.SubElement(translation, "numerusform")
            _set(translation, [pseudo(source)], True)
        else:
            _set(translation, pseudo(source), False)
    write_tree(tree, out)


def list_missing(languages: tuple[str, ...], out: Path) -> int:
    """Write the sources some language lacks (JSON list, index = line number of a batch)."""
    missing: list[str] = []
    for lang in languages:
        table = load_dictionary(lang)
        tree = ET.parse(TS_DIR / f"mesomap_{lang}.ts")
        for context, message in messages(tree):
            source = message.findtext("source") or ""
            if not _is_obsolete(message) and source not in table and source not in missing:
                missing.append(source)
                print(f"{len(missing) - 1}\t{context}\t{json.dumps(source, ensure_ascii=False)}")
    out.write_text(json.dumps(missing, ensure_ascii=False), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; write nothing")
    parser.add_argument("--pseudo", type=Path, help="write the pseudo-locale .ts to this path")
    parser.add_argument("--from", dest="source", type=Path,
                        help="with --pseudo: the .ts to take the messages from")
    parser.add_argument("--list-missing", type=Path,
                        help="write the untranslated sources (JSON list) to this path, for translators")
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args(argv)
    if args.list_missing:
        return list_missing(tuple(args.languages), args.list_missing)
    if args.pseudo:
        write_pseudo(args.pseudo, args.source)
        return 0
    return fill(tuple(args.languages), write=not args.check)


if __name__ == "__main__":
    sys.exit(main())
