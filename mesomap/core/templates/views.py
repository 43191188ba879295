"""Moving points between views of one surface (the face front and its profiles).

Templates whose mesh relief names the same ``frame`` (the face templates: ``"mediapipe_face"``)
are pictures of one 3D surface. In the front view's 3D frame a point is ``(x, y, depth)``; a
view's picture frame is related to it by the view: left profile ``(-depth, y, x)``, right profile
``(depth, y, -x)``, back ``(-x, y, -depth)``. :func:`transfer_points` lifts picture points onto
the surface in one view and projects them into another, saying which are visible there.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from .model import Template
from .relief import MeshRelief

FloatArray = npt.NDArray[np.float64]


def front_to_view(points3: npt.ArrayLike, view: str) -> FloatArray:
    """Front-frame ``(x, y, depth)`` → the ``view``'s ``(picture x, picture y, depth)``."""
    p = np.atleast_2d(np.asarray(points3, dtype=float))
    x, y, z = p[:, 0], p[:, 1], p[:, 2]
    if view == "front":
        return p.copy()
    if view == "left":
        return np.column_stack([-z, y, x])
    if view == "right":
        return np.column_stack([z, y, -x])
    if view == "back":
        return np.column_stack([-x, y, -z])
    raise ValueError(f"no 3D relation between the front and the {view!r} view")


def view_to_front(points3: npt.ArrayLike, view: str) -> FloatArray:
    """Inverse of :func:`front_to_view`."""
    p = np.atleast_2d(np.asarray(points3, dtype=float))
    a, b, c = p[:, 0], p[:, 1], p[:, 2]
    if view == "front":
        return p.copy()
    if view == "left":
        return np.column_stack([c, b, -a])
    if view == "right":
        return np.column_stack([-c, b, a])
    if view == "back":
        return np.column_stack([-a, b, -c])
    raise ValueError(f"no 3D relation between the front and the {view!r} view")


def shares_surface(a: Template, b: Template) -> bool:
    """True when both templates are views of the same meshed surface."""
    ra, rb = a.relief, b.relief
    return (
        isinstance(ra, MeshRelief) and isinstance(rb, MeshRelief)
        and ra.frame is not None and ra.frame == rb.frame
    )


def transfer_points(
    xy: npt.ArrayLike, source: Template, target: Template, tolerance_cm: float = 0.3
) -> tuple[FloatArray, npt.NDArray[np.bool_]]:
    """Picture points of ``source`` → picture points of ``target`` and whether each is visible.

    A point is visible in the target when the target's surface nearest the viewer at the
    projected position is the same surface point (within ``tolerance_cm`` in depth).
    """
    if not shares_surface(source, target):
        raise ValueError(f"{source.id} and {target.id} are not views of the same surface")
    lifted = source.relief.lift(xy, extrapolate=True)
    moved = front_to_view(view_to_front(lifted, source.view), target.view)
    seen = target.relief.depth_at(moved[:, :2])
    visible = np.isfinite(seen) & (np.abs(seen - moved[:, 2]) <= tolerance_cm)
    return moved[:, :2], visible
