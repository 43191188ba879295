"""Every shipped technique preset can be performed as written: the needle reaches the depth."""

from __future__ import annotations

import math

import pytest

from mesomap.core.records.presets import SHIPPED_PRESETS


@pytest.mark.parametrize("preset", SHIPPED_PRESETS, ids=lambda p: p.code)
def test_needle_reaches_the_planned_depth(preset) -> None:
    reach_mm = preset.needle_length_mm * math.sin(math.radians(preset.angle_deg))
    assert reach_mm >= preset.depth_mm, (
        f"{preset.code}: a {preset.needle_length_mm} mm needle at {preset.angle_deg}° reaches "
        f"{reach_mm:.2f} mm, less than the planned {preset.depth_mm} mm"
    )


@pytest.mark.parametrize("preset", SHIPPED_PRESETS, ids=lambda p: p.code)
def test_spacing_inside_its_usual_range(preset) -> None:
    assert preset.spacing_min_cm <= preset.spacing_cm <= preset.spacing_max_cm
