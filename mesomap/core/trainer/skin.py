"""Skin cross-section model for technique diagrams (Qt-free, millimetres).

Four layers from the surface down: epidermis, papillary (superficial) dermis, reticular (deep)
dermis and hypodermis, with a thickness per body area. Where the numbers come from:

- The **default** (``GENERIC``) follows the depth layers of French mesotherapy teaching given in
  DOMAIN.md: epidermis to about 0.5–1 mm, superficial dermis 1–2 mm, deep dermis 2–4 mm,
  hypodermis 4–10 mm. These are the layers the techniques are *named after* (IED, IDS, IDP,
  IDH), so a diagram shows each technique in the layer its name promises. Anatomically the
  living epidermis is thinner (about 0.1 mm); the teaching scheme counts the stratum corneum,
  the epidermis and the dermo-epidermal junction together.
- The **per-area** values scale that scheme with rough factors (thinner dermis on the face,
  eyelid-adjacent areas and the back of the hand; thicker on the back; more fat on the
  abdomen, buttocks and thighs). They are illustrative teaching values, not measurements:
  skin thickness varies with age, sex, body mass and site, and depth control is poor in
  practice (DOMAIN.md: Micheels & Goodman 2018). A trainer edits them; edits are kept in
  ``skin_layers.json`` in the user data folder (see :func:`load_layers` / :func:`save_layers`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from mesomap.core.i18n import QT_TRANSLATE_NOOP

LAYER_NAMES: tuple[tuple[str, str], ...] = (
    ("epidermis", QT_TRANSLATE_NOOP("Trainer", "Epidermis")),
    ("papillary", QT_TRANSLATE_NOOP("Trainer", "Papillary dermis")),
    ("reticular", QT_TRANSLATE_NOOP("Trainer", "Reticular dermis")),
    ("hypodermis", QT_TRANSLATE_NOOP("Trainer", "Hypodermis")),
)
LAYERS_FILE = "skin_layers.json"


@dataclass(frozen=True)
class SkinLayers:
    """Thicknesses in mm, surface first."""

    epidermis_mm: float
    papillary_mm: float
    reticular_mm: float
    hypodermis_mm: float

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if not (isinstance(value, (int, float)) and 0 < float(value) <= 100):
                raise ValueError(f"{name} must be a thickness between 0 and 100 mm, not {value!r}")

    @property
    def thicknesses(self) -> tuple[float, float, float, float]:
        return (self.epidermis_mm, self.papillary_mm, self.reticular_mm, self.hypodermis_mm)

    @property
    def total_mm(self) -> float:
        return float(sum(self.thicknesses))

    def boundaries(self) -> list[tuple[str, float, float]]:
        """``[(layer id, top depth mm, bottom depth mm)]`` from the surface down."""
        out = []
        top = 0.0
        for (layer_id, _), thick in zip(LAYER_NAMES, self.thicknesses, strict=True):
            out.append((layer_id, top, top + thick))
            top += thick
        return out

    def layer_at(self, depth_mm: float) -> str:
        """The layer at ``depth_mm`` below the surface (``"below"`` under the hypodermis)."""
        for layer_id, top, bottom in self.boundaries():
            if top <= depth_mm < bottom:
                return layer_id
        return "below" if depth_mm >= self.total_mm else "epidermis"

    def scaled(self, dermis: float, fat: float) -> SkinLayers:
        return SkinLayers(self.epidermis_mm, self.papillary_mm * dermis,
                          self.reticular_mm * dermis, self.hypodermis_mm * fat)


GENERIC = SkinLayers(epidermis_mm=0.8, papillary_mm=1.2, reticular_mm=2.0, hypodermis_mm=8.0)

# (dermis factor, hypodermis factor) per template body area: illustrative, editable.
_AREA_FACTORS: dict[str, tuple[float, float]] = {
    "face": (0.8, 0.8),
    "scalp": (1.0, 0.6),
    "neck": (0.8, 0.8),
    "hands": (0.7, 0.4),
    "arms": (0.9, 1.2),
    "back": (1.3, 1.2),
    "abdomen": (1.0, 2.0),
    "buttocks": (1.1, 2.2),
    "thighs": (1.0, 1.8),
    "legs": (0.9, 1.0),
    "knees": (0.9, 0.8),
    "whole_body": (1.0, 1.0),
}
DEFAULT_LAYERS: dict[str, SkinLayers] = {
    area: GENERIC.scaled(d, f) for area, (d, f) in _AREA_FACTORS.items()
}


def layers_for(area: str, overrides: Mapping[str, SkinLayers] | None = None) -> SkinLayers:
    """The layers of a body area (the trainer's edits first, then the defaults, then generic)."""
    if overrides and area in overrides:
        return overrides[area]
    return DEFAULT_LAYERS.get(area, GENERIC)


def load_layers(folder: Path) -> dict[str, SkinLayers]:
    """The trainer's edited layers from ``folder/skin_layers.json`` (empty when none or when
    the file is unreadable: the defaults apply)."""
    path = folder / LAYERS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): SkinLayers(**{f: float(v[f]) for f in (
            "epidermis_mm", "papillary_mm", "reticular_mm", "hypodermis_mm")})
            for k, v in data.get("areas", {}).items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def save_layers(folder: Path, layers: Mapping[str, SkinLayers]) -> Path:
    """Write the edited layers atomically; returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LAYERS_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"format": "mesomap-skin-layers/1",
                               "areas": {k: asdict(v) for k, v in layers.items()}}, indent=2),
                   encoding="utf-8")
    tmp.replace(path)
    return path


@dataclass(frozen=True)
class NeedleGeometry:
    """Where the needle goes, in mm: x along the skin from the entry point, depth down.

    ``inserted_mm`` is the needle length inside the skin (depth / sin angle);
    ``fits`` is False when that is longer than the needle. The bleb is an oblate spheroid
    (horizontal semi-axis ``bleb_a_mm``, vertical ``bleb_c_mm`` = a/2) of the injected volume,
    centred on the tip (zero when the volume is a trace).
    """

    angle_deg: float
    depth_mm: float
    needle_length_mm: float
    inserted_mm: float
    tip_x_mm: float
    fits: bool
    bleb_a_mm: float
    bleb_c_mm: float
    tip_layer: str

    @property
    def hub_x_mm(self) -> float:
        """x of the needle's outer end (the whole needle drawn, hub side above the skin)."""
        return self.tip_x_mm - self.needle_length_mm * math.cos(math.radians(self.angle_deg))

    @property
    def hub_height_mm(self) -> float:
        """Height of the needle's outer end above the surface (negative depth)."""
        return self.needle_length_mm * math.sin(math.radians(self.angle_deg)) - self.depth_mm


def needle_geometry(depth_mm: float, angle_deg: float, needle_length_mm: float,
                    volume_ml: float | None, layers: SkinLayers) -> NeedleGeometry:
    """The needle at ``angle_deg`` to the skin surface with its tip at ``depth_mm``."""
    if not (0 < angle_deg <= 90):
        raise ValueError("the angle must be between 0 and 90 degrees")
    if depth_mm <= 0 or needle_length_mm <= 0:
        raise ValueError("depth and needle length must be positive")
    a = math.radians(angle_deg)
    inserted = depth_mm / math.sin(a)
    tip_x = depth_mm / math.tan(a) if angle_deg < 90 else 0.0
    bleb_a = bleb_c = 0.0
    if volume_ml and volume_ml > 0:
        volume_mm3 = float(volume_ml) * 1000.0
        bleb_a = (3.0 * volume_mm3 / (2.0 * math.pi)) ** (1.0 / 3.0)
        bleb_c = bleb_a / 2.0
    return NeedleGeometry(angle_deg, depth_mm, needle_length_mm, inserted, tip_x,
                          inserted <= needle_length_mm + 1e-9, bleb_a, bleb_c,
                          layers.layer_at(depth_mm))
