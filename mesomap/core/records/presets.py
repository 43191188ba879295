"""The protocol library shipped with mesomap: DOMAIN.md's technique table as editable presets.

These are a starting library the clinic edits, not recommendations: each value is the middle or
the usual figure of the table's range (depth, needle, angle, volume per point, spacing with its
usual range), plus a setup time and seconds per papule for the duration estimate. Each preset is
geometrically possible: the needle at its angle reaches the planned depth
(``needle_length_mm * sin(angle_deg) >= depth_mm``); a 4 mm needle at 45° reaches 2.8 mm, so the
deep intradermal presets plan 2.5 mm, inside DOMAIN.md's 2–4 mm.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from mesomap.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ShippedPreset:
    code: str
    name: str
    technique_code: str
    pattern: str
    depth_mm: float
    needle_gauge: int
    needle_length_mm: float
    angle_deg: float
    volume_per_papule_ml: Decimal | None
    spacing_cm: float
    spacing_min_cm: float
    spacing_max_cm: float
    nappage_density_per_cm2: float | None
    seconds_per_papule: float
    setup_minutes: float


SHIPPED_PRESETS: tuple[ShippedPreset, ...] = (
    ShippedPreset("ied", QT_TRANSLATE_NOOP("records", "Intra-epidermal (IED), lines"), "IED",
                  "line", 0.5, 32, 4.0, 15.0, None, 0.3, 0.1, 0.5, None, 1.0, 5.0),
    ShippedPreset("ids_nappage", QT_TRANSLATE_NOOP("records", "Superficial intradermal / nappage "
                  "(IDS)"), "IDS", "nappage", 1.5, 32, 4.0, 45.0, Decimal("0.0150"), 0.3, 0.2,
                  0.4, 8.0, 0.5, 5.0),
    ShippedPreset("idp", QT_TRANSLATE_NOOP("records", "Papules, deep intradermal (IDP)"), "IDP",
                  "auto", 2.5, 30, 4.0, 45.0, Decimal("0.0300"), 1.5, 1.0, 2.0, None, 4.0, 10.0),
    ShippedPreset("idp_pain", QT_TRANSLATE_NOOP("records", "Papules for pain (IDP, 2–3 cm)"),
                  "IDP", "auto", 2.5, 27, 4.0, 45.0, Decimal("0.1000"), 2.5, 2.0, 3.0, None,
                  5.0, 10.0),
    ShippedPreset("idh", QT_TRANSLATE_NOOP("records", "Point-by-point intradermo-hypodermic"),
                  "IDH", "hex", 7.0, 30, 13.0, 60.0, Decimal("0.1500"), 2.0, 1.5, 2.5, None,
                  6.0, 10.0),
)
