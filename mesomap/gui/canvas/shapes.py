"""Shapely geometry (cm) to Qt painter paths, for every canvas item that draws areas or lines."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import shapely
from PySide6 import QtCore, QtGui


def _ring(path: QtGui.QPainterPath, coords: Iterable[tuple[float, ...]], close: bool) -> None:
    pts = np.asarray(list(coords), dtype=float)
    if len(pts) == 0:
        return
    poly = QtGui.QPolygonF([QtCore.QPointF(float(x), float(y)) for x, y in pts[:, :2]])
    if close:
        path.addPolygon(poly)
        path.closeSubpath()
    else:
        path.addPolygon(poly)


def geometry_path(geom: shapely.Geometry | None, point_radius_cm: float = 0.15) -> QtGui.QPainterPath:
    """A painter path for ``geom`` (polygons with holes use the odd-even rule)."""
    path = QtGui.QPainterPath()
    path.setFillRule(QtCore.Qt.FillRule.OddEvenFill)
    if geom is None or geom.is_empty:
        return path
    gt = geom.geom_type
    if gt == "Polygon":
        _ring(path, geom.exterior.coords, True)
        for hole in geom.interiors:
            _ring(path, hole.coords, True)
    elif gt in ("LineString", "LinearRing"):
        _ring(path, geom.coords, gt == "LinearRing")
    elif gt == "Point":
        path.addEllipse(QtCore.QPointF(geom.x, geom.y), point_radius_cm, point_radius_cm)
    elif hasattr(geom, "geoms"):
        for part in geom.geoms:
            path.addPath(geometry_path(part, point_radius_cm))
    return path


def polygon_vertices(geom: shapely.Geometry) -> list[tuple[float, float]]:
    """Editable vertices of a region: exterior ring without the closing point, or line points."""
    if geom.geom_type == "Polygon":
        return [(float(x), float(y)) for x, y in list(geom.exterior.coords)[:-1]]
    if geom.geom_type == "LineString":
        return [(float(x), float(y)) for x, y in geom.coords]
    if geom.geom_type == "Point":
        return [(float(geom.x), float(geom.y))]
    if geom.geom_type == "MultiPolygon":
        big = max(geom.geoms, key=lambda g: g.area)
        return polygon_vertices(big)
    return []
