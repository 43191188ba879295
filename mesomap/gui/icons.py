"""Icons and style sheets shipped in ``resources/``, found by name.

``icon("patient-new")`` loads ``resources/icons/patient-new.svg`` (or ``.png``). An unknown
name is an error (``KeyError``) rather than a silently blank button, so a typo fails in tests.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from mesomap.paths import resources_dir


@cache
def _icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_path(name: str) -> Path:
    """Path of the icon file called ``name`` (SVG preferred)."""
    for suffix in (".svg", ".png"):
        candidate = _icons_dir() / f"{name}{suffix}"
        if candidate.is_file():
            return candidate
    raise KeyError(f"no icon named {name!r} in {_icons_dir()}")


@cache
def icon(name: str) -> QIcon:
    """The QIcon for ``name``; raises ``KeyError`` for an unknown name."""
    return QIcon(str(icon_path(name)))


def style_sheet(name: str = "app") -> str:
    """Text of ``resources/style/<name>.qss``; ``KeyError`` when missing."""
    path = resources_dir() / "style" / f"{name}.qss"
    if not path.is_file():
        raise KeyError(f"no style sheet named {name!r}")
    return path.read_text(encoding="utf-8")
