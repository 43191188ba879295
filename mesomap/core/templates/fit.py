"""Fitting a template to the patient: a uniform or per-axis scale from measured dimensions.

Map coordinates are template coordinates scaled about the template origin:
``x_patient = x_template * scale_x``, ``y_patient = y_template * scale_y``; relief depth scales
with x (a cross-section grows with the breadth). The fit is stored with the session
(:meth:`PatientFit.to_dict` / :meth:`PatientFit.from_dict`) and printed on the sheet.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt
from shapely import affinity
from shapely.geometry.base import BaseGeometry

from mesomap.core.i18n import QT_TRANSLATE_NOOP

from .model import Template

SCALE_RANGE = (0.5, 2.0)
MODES = ("auto", "uniform", "per_axis")


class FitError(ValueError):
    """A measurement that cannot be used; the message is a sentence for the practitioner."""


@dataclass(frozen=True)
class PatientFit:
    """Scale factors from template to patient, and the measurements they came from (cm)."""

    scale_x: float = 1.0
    scale_y: float = 1.0
    measurements: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    mode: str = "identity"

    def __post_init__(self) -> None:
        frozen = MappingProxyType({str(k): float(v) for k, v in dict(self.measurements).items()})
        object.__setattr__(self, "measurements", frozen)

    def __reduce__(self) -> tuple[Any, ...]:
        return (PatientFit, (self.scale_x, self.scale_y, dict(self.measurements), self.mode))

    def __hash__(self) -> int:
        return hash((self.scale_x, self.scale_y, tuple(sorted(self.measurements.items())), self.mode))

    @property
    def scale_depth(self) -> float:
        """Relief depth (z) scales with x."""
        return self.scale_x

    @property
    def is_identity(self) -> bool:
        return self.scale_x == 1.0 and self.scale_y == 1.0

    @classmethod
    def identity(cls) -> PatientFit:
        return cls()

    @classmethod
    def uniform(cls, scale: float) -> PatientFit:
        _check_scale(scale)
        return cls(scale, scale, MappingProxyType({}), "uniform")

    @classmethod
    def from_measurements(
        cls, template: Template, measured_cm: Mapping[str, float], mode: str = "auto"
    ) -> PatientFit:
        """Scale from one or two measured dimensions (``{measurement_id: cm}``).

        ``auto``: per axis when both x and y were measured, else uniform. ``uniform``: one scale,
        the geometric mean of the ratios. ``per_axis``: an axis without a measurement keeps 1.
        """
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        if not measured_cm:
            raise FitError(QT_TRANSLATE_NOOP("PatientFit", "Enter at least one measurement to fit the template."))
        ratios: dict[str, list[float]] = {"x": [], "y": [], "xy": []}
        for mid, value in measured_cm.items():
            try:
                m = template.measurement(mid)
            except KeyError:
                raise FitError(
                    QT_TRANSLATE_NOOP("PatientFit", "This template has no measurement named")
                    + f" {mid!r}."
                ) from None
            v = float(value)
            if not math.isfinite(v) or v <= 0:
                raise FitError(
                    QT_TRANSLATE_NOOP("PatientFit", "A measurement must be a positive length in cm:")
                    + f" {m.name()}."
                )
            ref = m.template_value_cm(template)
            ratio = v / ref
            if not SCALE_RANGE[0] <= ratio <= SCALE_RANGE[1]:
                raise FitError(
                    QT_TRANSLATE_NOOP(
                        "PatientFit",
                        "The measurement is too far from the template's size to be right; check "
                        "that it is in centimetres and taken between the right points:",
                    )
                    + f" {m.name()} = {v:g} cm, template {ref:.1f} cm."
                )
            ratios[m.axis].append(ratio)
        for axis in ("x", "y"):
            if len(ratios[axis]) > 1:
                raise FitError(
                    QT_TRANSLATE_NOOP("PatientFit", "Give only one measurement per direction (width or height).")
                )
        everything = ratios["x"] + ratios["y"] + ratios["xy"]
        uniform = float(np.exp(np.mean(np.log(everything))))
        chosen = mode
        if mode == "auto":
            chosen = "per_axis" if ratios["x"] and ratios["y"] else "uniform"
        if chosen == "uniform":
            sx = sy = uniform
        else:
            xy = ratios["xy"]
            sx_list = ratios["x"] + xy
            sy_list = ratios["y"] + xy
            sx = float(np.exp(np.mean(np.log(sx_list)))) if sx_list else 1.0
            sy = float(np.exp(np.mean(np.log(sy_list)))) if sy_list else 1.0
        frozen = MappingProxyType({k: float(v) for k, v in measured_cm.items()})
        return cls(sx, sy, frozen, chosen)

    def apply(self, points: npt.ArrayLike) -> npt.NDArray[np.float64]:
        """Template → patient: ``(N, 2)`` (or ``(N, 3)`` with depth) points scaled about the origin."""
        pts = np.array(points, dtype=float)
        factors = np.array([self.scale_x, self.scale_y, self.scale_depth][: pts.shape[-1]])
        out: npt.NDArray[np.float64] = pts * factors
        return out

    def invert(self, points: npt.ArrayLike) -> npt.NDArray[np.float64]:
        """Patient → template."""
        pts = np.array(points, dtype=float)
        factors = np.array([self.scale_x, self.scale_y, self.scale_depth][: pts.shape[-1]])
        out: npt.NDArray[np.float64] = pts / factors
        return out

    def apply_geometry(self, geom: BaseGeometry) -> BaseGeometry:
        """A shapely geometry (zone, danger zone, outline) scaled from template to patient cm."""
        if self.is_identity:
            return geom
        return affinity.scale(geom, self.scale_x, self.scale_y, origin=(0.0, 0.0))

    def invert_geometry(self, geom: BaseGeometry) -> BaseGeometry:
        """Patient cm → template cm."""
        if self.is_identity:
            return geom
        return affinity.scale(geom, 1.0 / self.scale_x, 1.0 / self.scale_y, origin=(0.0, 0.0))

    def to_dict(self) -> dict[str, Any]:
        return {
            "scale_x": self.scale_x,
            "scale_y": self.scale_y,
            "mode": self.mode,
            "measurements": dict(self.measurements),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PatientFit:
        sx, sy = float(data.get("scale_x", 1.0)), float(data.get("scale_y", 1.0))
        _check_scale(sx)
        _check_scale(sy)
        meas = data.get("measurements") or {}
        return cls(sx, sy, MappingProxyType({str(k): float(v) for k, v in meas.items()}), str(data.get("mode", "uniform")))


def _check_scale(scale: float) -> None:
    if not (math.isfinite(scale) and SCALE_RANGE[0] <= scale <= SCALE_RANGE[1]):
        raise FitError(
            QT_TRANSLATE_NOOP("PatientFit", "A template can be scaled between 0.5 and 2 times only.")
        )
