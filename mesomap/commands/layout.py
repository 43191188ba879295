"""``mesomap layout``: lay out papules over a template zone or a GeoJSON region and print them.

- ``--template ID --zone ZONE_ID``: the zone of an anatomical template (template cm, no patient
  fit); the template's ``avoid`` danger zones are excluded with their margins.
- ``--region FILE.geojson``: a Polygon/MultiPolygon (or LineString for ``line``, Point for
  ``rings``), bare or as a Feature/FeatureCollection, in cm. Features whose properties say
  ``"role": "exclusion"`` are danger zones (optional ``"margin_cm"``); the others are unioned
  into the region.
Prints the papules (cm) in injection order, the path length and the metrics; ``--json`` for
machines. User errors are one sentence on stderr and exit code 1.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

EXIT_ERROR = 1


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "layout",
        help="lay out papules over a template zone or a GeoJSON region",
        description=(
            "Place papules at the given spacing over a treatment region, away from danger "
            "zones, and print them in injection order with quality figures. Coordinates are "
            "centimetres, x to the right, y up."
        ),
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--template", metavar="ID", help="template id (see `mesomap templates`)")
    source.add_argument("--region", metavar="FILE", help="GeoJSON file with the region in cm")
    parser.add_argument("--zone", metavar="ZONE_ID", help="zone of the template to lay out")
    parser.add_argument(
        "--spacing", metavar="CM", type=float, required=True, help="papule spacing, 0.2–5 cm"
    )
    parser.add_argument(
        "--margin", metavar="CM", type=float, default=0.0,
        help="keep papules this far inside the region's edge (default 0)",
    )
    parser.add_argument(
        "--pattern", choices=["auto", "hex", "square", "line", "rings"], default="auto",
        help="layout pattern (default auto)",
    )
    parser.add_argument(
        "--start-corner", choices=["top_left", "top_right", "bottom_left", "bottom_right"],
        default="top_left", help="where the injection order starts (default top_left)",
    )
    parser.add_argument("--rings", metavar="N", type=int, help="number of rings for --pattern rings")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


class _UserError(Exception):
    pass


def _read_region(path_text: str) -> tuple[Any, list[tuple[Any, float]]]:
    import shapely
    from shapely.geometry import shape

    path = Path(path_text)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _UserError(f"The region file {path} does not exist; check the path.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _UserError(f"The region file {path} cannot be read ({exc}).") from None
    except json.JSONDecodeError as exc:
        raise _UserError(
            f"The region file {path} is not valid JSON (line {exc.lineno}); save it as GeoJSON."
        ) from None
    features: list[dict[str, Any]]
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        features = list(doc.get("features") or [])
    elif isinstance(doc, dict) and doc.get("type") == "Feature":
        features = [doc]
    else:
        features = [{"type": "Feature", "geometry": doc, "properties": {}}]
    parts: list[Any] = []
    exclusions: list[tuple[Any, float]] = []
    for feat in features:
        try:
            geom = shape(feat["geometry"])
        except Exception:  # noqa: BLE001 - any malformed geometry is the same user error
            raise _UserError(
                f"The region file {path} holds a geometry that is not valid GeoJSON."
            ) from None
        props = feat.get("properties") or {}
        if props.get("role") == "exclusion":
            try:
                margin = float(props.get("margin_cm", 0.0))
            except (TypeError, ValueError):
                raise _UserError(
                    f"A danger zone in {path} has a margin_cm that is not a number."
                ) from None
            exclusions.append((geom, margin))
        else:
            parts.append(geom)
    if not parts:
        raise _UserError(f"The region file {path} holds no region; add a Polygon feature.")
    region = parts[0] if len(parts) == 1 else shapely.union_all(parts)
    return region, exclusions


def _from_template(template_id: str, zone_id: str | None) -> tuple[Any, list[tuple[Any, float]]]:
    from mesomap.core.templates import load_library

    if not zone_id:
        raise _UserError("Give the zone to lay out with --zone (see `mesomap templates --json`).")
    library = load_library()
    if template_id not in library:
        known = ", ".join(library.ids()) or "none"
        raise _UserError(
            f"There is no template '{template_id}'. Known templates: {known}."
        )
    template = library.get(template_id)
    try:
        zone = template.zone(zone_id)
    except KeyError:
        known = ", ".join(z.id for z in template.zones) or "none"
        raise _UserError(
            f"Template '{template_id}' has no zone '{zone_id}'. Its zones: {known}."
        ) from None
    return zone.geometry, template.avoid_exclusions()


def _num(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), 6)


def run(args: argparse.Namespace) -> int:
    from mesomap.core.layout import LayoutError, LayoutRequest, plan_layout

    try:
        if args.template:
            region, exclusions = _from_template(args.template, args.zone)
            source = f"template {args.template}, zone {args.zone}"
        else:
            if args.zone:
                raise _UserError("--zone goes with --template, not with --region.")
            region, exclusions = _read_region(args.region)
            source = f"region {args.region}"
        result = plan_layout(
            LayoutRequest(
                region=region,
                spacing_cm=args.spacing,
                margin_cm=args.margin,
                exclusions=tuple(exclusions),
                pattern=args.pattern,
                start_corner=args.start_corner,
                rings_count=args.rings,
            )
        )
    except _UserError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_ERROR
    except LayoutError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_ERROR

    pts = result.points
    rank = {int(i): n for n, i in enumerate(result.order.tolist(), start=1)}
    m = result.metrics
    metrics: dict[str, Any] = {}
    if m is not None:
        metrics = {
            "count": m.count,
            "min_distance_cm": _num(m.min_distance_cm),
            "outside_count": m.outside_count,
            "covering_radius_cm": _num(m.covering_radius_cm),
            "interior_covering_radius_cm": _num(m.interior_covering_radius_cm),
            "distance_p99_cm": _num(m.distance_p99_cm),
            "valid_area_cm2": _num(m.valid_area_cm2),
            "hex_ideal_count": _num(m.hex_ideal_count),
            "count_vs_hex_ideal": _num(m.count_vs_hex_ideal),
        }
    if args.json:
        doc = {
            "source": source,
            "pattern": args.pattern,
            "pattern_used": result.pattern_used,
            "spacing_cm": args.spacing,
            "margin_cm": args.margin,
            "papules": [
                {
                    "n": rank[i],
                    "x_cm": _num(float(pts[i, 0])),
                    "y_cm": _num(float(pts[i, 1])),
                }
                for i in result.order.tolist()
            ],
            "path_length_cm": _num(result.path_length_cm),
            "metrics": metrics,
            "notes": list(result.notes),
        }
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return 0
    print(f"{source}: {len(pts)} papules, pattern {args.pattern}"
          + (f" ({result.pattern_used})" if result.pattern_used != args.pattern else "")
          + f", spacing {args.spacing:g} cm, margin {args.margin:g} cm")
    print(f"{'#':>5} {'x_cm':>10} {'y_cm':>10}")
    for i in result.order.tolist():
        print(f"{rank[i]:>5} {pts[i, 0]:>10.3f} {pts[i, 1]:>10.3f}")
    print(f"path length: {result.path_length_cm:.1f} cm")
    for key, value in metrics.items():
        print(f"{key}: {'-' if value is None else value}")
    for note in result.notes:
        print(f"note: {note}")
    return 0
