"""Anatomical templates in centimetres: model, loader, validator, patient fit and library.

The file format is documented in ``docs/templates.md``. Qt-free.
"""

from __future__ import annotations

from .errors import TemplateError, TemplateNotFound
from .fit import FitError, PatientFit
from .geometry import FLATTEN_TOLERANCE_CM
from .loader import TemplateLibrary, check_path, load_library, load_template, read_json
from .model import (
    BODY_AREAS,
    LANGUAGES,
    SEXES,
    VIEWS,
    ArtworkItem,
    DangerZone,
    Measurement,
    Source,
    Template,
    Zone,
)
from .relief import CrossSectionBody, CrossSectionRelief, FlatRelief, MeshRelief, Relief, Station
from .schema import build_template, canonical_bytes, content_hash
from .views import front_to_view, shares_surface, transfer_points, view_to_front

__all__ = [
    "BODY_AREAS",
    "FLATTEN_TOLERANCE_CM",
    "LANGUAGES",
    "SEXES",
    "VIEWS",
    "ArtworkItem",
    "CrossSectionBody",
    "CrossSectionRelief",
    "DangerZone",
    "FitError",
    "FlatRelief",
    "Measurement",
    "MeshRelief",
    "PatientFit",
    "Relief",
    "Source",
    "Station",
    "Template",
    "TemplateError",
    "TemplateLibrary",
    "TemplateNotFound",
    "Zone",
    "build_template",
    "canonical_bytes",
    "check_path",
    "content_hash",
    "front_to_view",
    "load_library",
    "load_template",
    "read_json",
    "shares_surface",
    "transfer_points",
    "view_to_front",
]
