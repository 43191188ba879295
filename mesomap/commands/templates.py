"""``mesomap templates``: list the anatomical templates, or check template files for authors.

- ``mesomap templates``: one line per template (newest version), then any file that was skipped.
- ``--json``: every template with id, version, title, view, sex, size in cm, zone ids,
  danger-zone ids and landmark coordinates (cm), plus the errors of skipped files.
- ``--check PATH``: validate one template file or a folder; exit code 1 if any file is invalid.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_INVALID = 1


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "templates",
        help="list the anatomical templates or check template files",
        description=(
            "List the anatomical templates mesomap can use (shipped ones and those in the user "
            "templates folder), or check template files before adding them. The file format is "
            "described in docs/templates.md."
        ),
    )
    parser.add_argument("--json", action="store_true",
                        help="print machine-readable JSON (ids, sizes, zones, danger zones, landmarks)")
    parser.add_argument("--check", metavar="PATH",
                        help="validate a template file or every template in a folder; exit code 1 on errors")
    parser.add_argument("--all-versions", action="store_true",
                        help="list every version of each template, not only the newest")
    parser.set_defaults(func=run)


def describe(template: Any, versions: tuple[int, ...] = ()) -> dict[str, Any]:
    """The JSON description of one template (used by --json and by --check --json)."""
    return {
        "id": template.id,
        "version": template.version,
        "versions": list(versions) or [template.version],
        "title": template.title("en"),
        "titles": dict(template.titles),
        "view": template.view,
        "sex": template.sex,
        "body_area": template.body_area,
        "width_cm": template.width_cm,
        "height_cm": template.height_cm,
        "zones": [z.id for z in template.zones],
        "danger_zones": [d.id for d in template.danger_zones],
        "landmarks": {k: [x, y] for k, (x, y) in template.landmarks.items()},
        "measurements": [m.id for m in template.measurements],
        "relief": template.relief.kind,
        "content_hash": template.content_hash,
        "path": template.path,
    }


def _error(exc: Any) -> dict[str, str]:
    return {"path": exc.path, "element": exc.element, "problem": exc.problem, "message": exc.message}


def run(args: argparse.Namespace) -> int:
    from mesomap.core.templates import check_path, load_library

    if args.check:
        templates, errors = check_path(args.check)
        if args.json:
            print(json.dumps({"templates": [describe(t) for t in templates],
                              "errors": [_error(e) for e in errors]}, indent=2, ensure_ascii=False))
        else:
            for t in templates:
                print(f"OK     {t.path}: {t.id} version {t.version} ({len(t.zones)} zones, "
                      f"{len(t.danger_zones)} danger zones)")
            for e in errors:
                print(f"ERROR  {e.message}")
            if not templates and not errors:
                print(f"ERROR  {args.check}: no template files (*.json) found there")
            print(f"{len(templates)} valid, {len(errors)} invalid")
        return EXIT_INVALID if errors or not templates else 0

    library = load_library()
    chosen = library.all_templates() if args.all_versions else library.templates()
    if args.json:
        print(json.dumps({"templates": [describe(t, library.versions(t.id)) for t in chosen],
                          "errors": [_error(e) for e in library.errors]}, indent=2, ensure_ascii=False))
        return 0
    for t in chosen:
        print(f"{t.id:<28} v{t.version:<3} {t.view:<6} {t.sex:<8} {t.width_cm:6.1f} × "
              f"{t.height_cm:5.1f} cm  {t.title('en')}")
    for e in library.errors:
        print(f"skipped: {e.message}", file=sys.stderr)
    return 0
