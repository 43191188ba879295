"""Where mesomap finds its shipped data (resources, body templates) and the user's folders.

Shipped data is located through ``importlib.resources`` (installed wheel: ``mesomap/_data``),
``sys._MEIPASS`` when frozen by PyInstaller, or the source checkout's top-level folders.
Never through the current directory.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "mesomap"
APP_AUTHOR = "mesomap"


def _shipped_dir(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        candidate = Path(frozen_root) / "mesomap" / "_data" / name
        if candidate.is_dir():
            return candidate
    packaged = Path(str(resources.files("mesomap"))) / "_data" / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"mesomap's shipped folder {name!r} is missing from this installation")


def resources_dir() -> Path:
    """Folder of icons, style sheets and translations shipped with mesomap."""
    return _shipped_dir("resources")


def body_templates_dir() -> Path:
    """Folder of the anatomical templates shipped with mesomap."""
    return _shipped_dir("body_templates")


def user_data_dir() -> Path:
    """Per-user data folder (the embedded database lives here). MESOMAP_DATA_DIR overrides it."""
    override = os.environ.get("MESOMAP_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_templates_dir() -> Path:
    """Folder where a clinic drops its own templates without touching the installation."""
    return user_data_dir() / "templates"


def user_log_dir() -> Path:
    """Per-user log folder. MESOMAP_LOG_DIR overrides it."""
    override = os.environ.get("MESOMAP_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
