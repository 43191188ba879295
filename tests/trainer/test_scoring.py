"""Scoring a practice attempt: a known attempt reports exactly its two rule violations."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely.geometry import Point

from mesomap.core.templates import load_library
from mesomap.core.trainer import AttemptStore, Exercise, compare, score_attempt, trainee_key


@pytest.fixture(scope="module")
def face():  # type: ignore[no-untyped-def]
    return load_library().get("face_front")


def _known_attempt(face, spacing):  # type: ignore[no-untyped-def]
    """The cheek's automatic layout, one papule moved to 0.5 cm from its neighbour and another
    moved into the vermilion. Returns (points, moved pair, vermilion papule)."""
    # measured on the picture (surface=False): the moves below are picture distances
    ex = Exercise.from_preset("face_front", "cheek_left", "idp", spacing_cm=spacing, surface=False)
    auto, _ = ex.automatic_layout(face)
    pts = auto.copy()
    lip = face.danger_zone("vermilion").geometry
    target = lip.representative_point()
    # the papule nearest the lip goes into it (its old place is left empty)
    k = int(np.argmin(np.hypot(pts[:, 0] - target.x, pts[:, 1] - target.y)))
    pts[k] = (target.x, target.y)
    others = [i for i in range(len(pts)) if i != k]
    # In a full lattice any point 0.5 cm from a papule is also too close to a second one, except
    # just outside an edge papule: try directions around each papule j for another papule i.
    for j in others:
        for angle in np.linspace(0, 2 * math.pi, 72, endpoint=False):
            new = pts[j] + 0.5 * np.array([math.cos(angle), math.sin(angle)])
            for i in others:
                if i == j:
                    continue
                rest = np.delete(pts, [i, j], axis=0)
                if np.hypot(*(rest - new).T).min() < spacing:
                    break
                near_danger = any(shapely.dwithin(dz.geometry, Point(new), dz.margin_cm + 1e-6)
                                  for dz in face.danger_zones if dz.severity == "avoid")
                if near_danger:
                    break
                pts[i] = new
                return ex, auto, pts, (min(i, j), max(i, j)), k
    raise AssertionError("no papule could be moved 0.5 cm from a neighbour alone")


def test_automatic_layout_breaks_no_rule(face) -> None:  # type: ignore[no-untyped-def]
    ex = Exercise.from_preset("face_front", "cheek_left", "idp", spacing_cm=1.0)
    auto, order = ex.automatic_layout(face)
    score = score_attempt(face, ex, auto)
    assert len(auto) > 20
    assert score.violations == ()
    assert score.count == score.automatic_count == len(auto)
    assert score.outside == ()
    assert score.covering_radius_cm < 1.0


def test_known_attempt_reports_exactly_the_two_violations(face) -> None:  # type: ignore[no-untyped-def]
    ex, auto, pts, pair, k = _known_attempt(face, 1.0)
    score = score_attempt(face, ex, pts)
    kinds = sorted((v.kind, v.papules, v.zone_id) for v in score.violations)
    assert kinds == sorted([("spacing", pair, ""), ("avoid", (k,), "vermilion")])
    spacing = score.spacing_violations[0]
    assert spacing.distance_cm == pytest.approx(0.5, abs=1e-9)
    assert k in score.outside and set(score.outside) <= {k, *pair}  # the lip is off the cheek
    assert {k, *pair} <= score.flagged_papules
    # the hole left in the cheek shows in the coverage figures
    base = score_attempt(face, ex, auto)
    assert score.covering_radius_cm > base.covering_radius_cm
    assert score.uncovered_cm2 > base.uncovered_cm2
    assert score.points < base.points
    text = " ".join(m.format() for m in score.summary(face))
    assert "Pairs closer than 1 cm: 1 (closest 0.50 cm)" in text
    assert "Papules inside an avoid zone: 1 (" in text
    assert "Vermilion" in text or "vermilion" in text


def test_margin_and_caution_are_told_apart(face) -> None:  # type: ignore[no-untyped-def]
    ex = Exercise.from_preset("face_front", "cheek_left", "idp", spacing_cm=1.0)
    lip = face.danger_zone("vermilion")
    # just outside the lip, inside its 0.2 cm margin
    ring = shapely.buffer(lip.geometry, lip.margin_cm / 2).exterior
    p = ring.interpolate(0.0)
    score = score_attempt(face, ex, [(p.x, p.y)])
    assert [(v.kind, v.zone_id) for v in score.violations] == [("avoid_margin", "vermilion")]
    caution = next(d for d in face.danger_zones if d.severity == "caution"
                   and d.geometry.geom_type in ("Polygon", "LineString"))
    c = caution.geometry.representative_point() if caution.geometry.geom_type == "Polygon" \
        else caution.geometry.interpolate(0.5, normalized=True)
    score = score_attempt(face, ex, [(c.x, c.y)])
    assert any(v.zone_id == caution.id for v in score.cautions)
    assert all(v.kind.startswith("caution") for v in score.cautions)


def test_uncovered_area_is_exact_for_a_single_papule(face) -> None:  # type: ignore[no-untyped-def]
    ex = Exercise.from_preset("face_front", "cheek_left", "idp", spacing_cm=1.0, surface=False)
    valid = ex.valid_area(face)
    c = valid.representative_point()
    score = score_attempt(face, ex, [(c.x, c.y)])
    disc = shapely.intersection(valid, c.buffer(0.65, quad_segs=64)).area
    assert score.uncovered_cm2 == pytest.approx(valid.area - disc, rel=1e-3)
    empty = score_attempt(face, ex, np.zeros((0, 2)))
    assert math.isinf(empty.covering_radius_cm)
    assert empty.uncovered_fraction == pytest.approx(1.0)


def test_attempts_saved_per_trainee_and_compared(face, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ex, auto, pts, _, _ = _known_attempt(face, 1.0)
    store = AttemptStore(tmp_path / "attempts")
    good = store.save("Anne Élève", auto, score_attempt(face, ex, auto))
    bad = store.save("Bruno", pts, score_attempt(face, ex, pts))
    again = store.save("Anne Élève", pts, score_attempt(face, ex, pts))
    assert trainee_key("Anne Élève") == "anne-eleve"
    assert sorted(store.trainees()) == ["Anne Élève", "Bruno"]
    anne = store.attempts("Anne Élève")
    assert [a.mark for a in anne] == [good.mark, again.mark]
    np.testing.assert_array_equal(anne[1].points, pts)
    assert anne[1].exercise == ex
    rows = compare(store.attempts())
    assert rows[0]["mark"] == good.mark and rows[0]["trainee"] == "Anne Élève"
    assert rows[-1]["mark"] == min(bad.mark, again.mark)
    (tmp_path / "attempts" / "bruno" / "broken.json").write_text("{", encoding="utf-8")
    assert len(store.attempts("Bruno")) == 1
