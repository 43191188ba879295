"""Paths, curve flattening and relief: the geometry primitives of the template format."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import distance, points

from mesomap.core.templates import (
    FLATTEN_TOLERANCE_CM,
    CrossSectionBody,
    CrossSectionRelief,
    FlatRelief,
    Station,
)
from mesomap.core.templates.geometry import (
    GeometryProblem,
    ellipse_polygon,
    line_from_path,
    parse_path,
    polygon_from_path,
)
from mesomap.core.templates.relief import ellipse_perimeter, mesh_relief

coord = st.floats(-20, 20, allow_nan=False)


def _bezier(p: np.ndarray, t: np.ndarray) -> np.ndarray:
    t = t[:, None]
    return (1 - t) ** 3 * p[0] + 3 * (1 - t) ** 2 * t * p[1] + 3 * (1 - t) * t**2 * p[2] + t**3 * p[3]


@settings(max_examples=60, deadline=None)
@given(st.lists(coord, min_size=8, max_size=8))
def test_flattened_cubic_stays_within_tolerance(values: list[float]) -> None:
    p = np.array(values).reshape(4, 2)
    text = "M {} {} C {} {} {} {} {} {}".format(*values)
    line = line_from_path(text) if np.ptp(p, axis=0).max() > 1e-6 else None
    if line is None or line.length == 0:
        return
    exact = _bezier(p, np.linspace(0, 1, 2001))
    d = distance(points(exact), line)
    assert d.max() <= FLATTEN_TOLERANCE_CM + 1e-9


def test_relative_and_absolute_commands_agree() -> None:
    a = polygon_from_path("M 1 1 L 5 1 C 6 2 6 4 5 5 H 1 V 1 Z")
    b = polygon_from_path("m 1 1 l 4 0 c 1 1 1 3 0 4 h -4 v -4 z")
    assert a.equals_exact(b, 1e-9)
    s = polygon_from_path("M 0 0 C 0 2 2 2 2 0 S 4 -2 4 0 L 4 -3 L 0 -3 Z")
    assert s.is_valid and s.area > 0


def test_path_with_holes() -> None:
    p = polygon_from_path("M 0 0 L 10 0 L 10 10 L 0 10 Z M 4 4 L 6 4 L 6 6 L 4 6 Z")
    assert len(p.interiors) == 1 and p.area == pytest.approx(96)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("", "empty"), ("L 1 1", "start with M"), ("M 0 0 C 1 1", "missing numbers"),
     ("M 0 0 L 1 0 L 1 1 Z 3", "numbers after Z"), ("M 0 0 Q 1 1 2 0 T 3 3 Z", "'T' is not supported")],
)
def test_bad_paths(text: str, fragment: str) -> None:
    with pytest.raises(GeometryProblem) as info:
        parse_path(text)
    assert fragment in str(info.value)


def test_ellipse_flattening_within_tolerance() -> None:
    poly = ellipse_polygon(1.0, 2.0, 5.0, 5.0)
    assert math.pi * 25 - poly.area < 2 * math.pi * 5 * FLATTEN_TOLERANCE_CM
    assert poly.area < math.pi * 25


def test_flat_relief_is_zero() -> None:
    z = FlatRelief().depth_at([[1, 2], [3, 4]])
    assert z.tolist() == [0.0, 0.0]
    assert FlatRelief().lift([[1, 2]]).tolist() == [[1.0, 2.0, 0.0]]


def test_mesh_relief_interpolates_and_picks_the_nearest_surface() -> None:
    # two overlapping triangles: the one nearer the viewer (larger z) is the visible surface
    relief = mesh_relief([[0, 0, 0], [4, 0, 0], [0, 4, 0], [0, 0, 2], [4, 0, 2], [0, 4, 2]],
                         [[0, 1, 2], [3, 4, 5]])
    assert relief.depth_at([[1, 1]])[0] == pytest.approx(2.0)
    assert math.isnan(relief.depth_at([[5, 5]])[0])
    tilted = mesh_relief([[0, 0, 0], [4, 0, 4], [0, 4, 0]], [[0, 1, 2]])
    assert tilted.depth_at([[1, 1], [2, 0.5]]).tolist() == pytest.approx([1.0, 2.0])
    assert tilted.surface_area_cm2() == pytest.approx(8 * math.sqrt(2))


def test_cross_sections_give_circle_depth_and_circumference() -> None:
    body = CrossSectionBody("limb", "y", (Station(0, 2, 5, 5), Station(10, 2, 5, 5)))
    relief = CrossSectionRelief((body,))
    z = relief.depth_at([[2, 5], [5, 5], [7, 5], [8, 5], [2, 12]])
    assert z[0] == pytest.approx(5) and z[1] == pytest.approx(4) and z[2] == pytest.approx(0)
    assert math.isnan(z[3]) and math.isnan(z[4])
    assert body.stations[0].circumference_cm() == pytest.approx(2 * math.pi * 5)
    # Ramanujan's perimeter of a 2:1 ellipse
    assert ellipse_perimeter(2, 1) == pytest.approx(9.688448, rel=1e-5)
    station = body.station_at(5)
    assert station is not None and station.half_width == 5
    assert body.station_at(11) is None


def test_mesh_relief_extrapolates_only_when_asked() -> None:
    relief = mesh_relief([[0, 0, 1], [4, 0, 1], [0, 4, 3]], [[0, 1, 2]])
    assert math.isnan(relief.depth_at([[5, 5]])[0])
    assert relief.depth_at([[0, 5]], extrapolate=True)[0] == pytest.approx(3.0)
    assert relief.lift([[1, 1]])[0].tolist() == pytest.approx([1, 1, 1.5])


def test_stretch_is_skin_area_per_picture_area() -> None:
    assert FlatRelief().stretch_at([[0, 0], [5, 5]]).tolist() == [1.0, 1.0]
    tilted = mesh_relief([[0, 0, 0], [4, 0, 4], [0, 4, 0]], [[0, 1, 2]])
    assert tilted.stretch_at([[1, 1]])[0] == pytest.approx(math.sqrt(2))
    assert tilted.triangle_at([[1, 1], [9, 9]]).tolist() == [0, -1]
    body = CrossSectionBody("limb", "y", (Station(0, 0, 5, 3), Station(10, 0, 5, 3)))
    relief = CrossSectionRelief((body,))
    u = 0.6  # analytic slope of z = 3 sqrt(1 - (x/5)^2) at x = 3
    slope = 3 * u / (5 * math.sqrt(1 - u * u))
    assert relief.stretch_at([[3.0, 5.0]])[0] == pytest.approx(math.sqrt(1 + slope**2), rel=1e-3)
    assert relief.stretch_at([[0.0, 5.0]])[0] == pytest.approx(1.0)
