"""Generate every anatomical template except the face into body_templates/ (JSON, cm).

Regional templates are drawn with smooth Bézier curves to ANSUR II mean dimensions
(tools/body_head.py, body_trunk.py, body_limbs.py); the whole-body overviews are converted
from the MIT-licensed body-outline charts (tools/body_whole.py). Each file is validated with
mesomap's own loader before it is written. Run from the repository root:

    .venv/bin/python tools/build_body_templates.py [--only ID ...] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from body_spec import TemplateSpec  # noqa: E402


def builders() -> list[tuple[str, Callable[[], TemplateSpec]]]:
    """(template id, builder) for every template, in gallery order."""
    import body_head
    import body_limbs
    import body_trunk
    import body_whole

    out: list[tuple[str, Callable[[], TemplateSpec]]] = [
        ("scalp_top", body_head.scalp_top), ("submental_neck", body_head.submental_neck)]
    out += [(f"neck_decollete_{s}", lambda s=s: body_trunk.neck_decollete(s)) for s in ("female", "male")]
    out += [(f"hand_dorsum_{s}", lambda s=s: body_limbs.hand_dorsum(s)) for s in ("left", "right")]
    out += [("abdomen_flanks", body_trunk.abdomen_flanks), ("upper_back_shoulders", body_trunk.upper_back_shoulders),
            ("lower_back", body_trunk.lower_back), ("buttocks_posterior_thighs", body_limbs.buttocks_posterior_thighs),
            ("thighs_anterior", body_limbs.thighs_anterior)]
    out += [(f"thigh_lateral_{s}", lambda s=s: body_limbs.thigh_lateral(s)) for s in ("left", "right")]
    out += [(f"knee_{'anterior' if v == 'front' else 'posterior'}_{s}", lambda s=s, v=v: body_limbs.knee(s, v))
            for v in ("front", "back") for s in ("left", "right")]
    out += [("lower_legs_front", body_limbs.lower_legs_front), ("lower_legs_back", body_limbs.lower_legs_back)]
    out += [(f"upper_arm_posterior_{s}", lambda s=s: body_limbs.upper_arm_posterior(s)) for s in ("left", "right")]
    out += [(f"body_{v}_{sex}", lambda sex=sex, v=v: body_whole.whole_body(sex, v)) for sex in ("female", "male")
            for v in ("front", "back")]
    return out


def dump(doc: dict[str, object]) -> str:
    """JSON with one top-level key (and one zone, danger zone, artwork item) per line."""
    def c(v: object) -> str:
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"))

    lines = []
    for k, v in doc.items():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            inner = ",\n  ".join(c(x) for x in v)
            lines.append(f"{c(k)}: [\n  {inner}\n ]")
        else:
            lines.append(f"{c(k)}: {c(v)}")
    return "{\n " + ",\n ".join(lines) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    from mesomap.core.templates.errors import TemplateError
    from mesomap.core.templates.schema import build_template

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="template ids to build")
    ap.add_argument("--out", default=str(ROOT / "body_templates"))
    args = ap.parse_args(argv)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    for tid, build in builders():
        if args.only and tid not in args.only:
            continue
        spec = build()
        assert spec.id == tid, (spec.id, tid)
        doc = spec.to_json()
        path = out_dir / f"{spec.id}.json"
        try:
            t = build_template(doc, str(path))
        except TemplateError as exc:
            print(f"INVALID {exc.message}", file=sys.stderr)
            failed += 1
            continue
        text = dump(doc)
        path.write_text(text, encoding="utf-8")
        print(f"{spec.id:28s} {t.width_cm:6.1f} x {t.height_cm:6.1f} cm  zones {len(t.zones):2d}  "
              f"dangers {len(t.danger_zones):2d}  {len(text) // 1024:4d} KiB")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
