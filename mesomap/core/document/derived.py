"""Values derived from the map document: injections, planned volume per product, duration.

Nothing here is stored; the canvas totals panel, the session editor's limit checks, the printed
sheet and trainer playback all compute the same figures from the same functions.

- Injections of a region: its papule count; for nappage, the layout engine's estimate
  (``nappage_estimate``: area less margin and exclusions, × density, rounded half up). Where
  the template has relief (issue 10) the area is the **skin** area
  (``mesomap.core.surface.surface_nappage_estimate``): :func:`map_totals` finds the surface
  of the document's template (installed, same content) itself; ``surface=False`` keeps the
  picture area.
- Planned volume of a mixture item: injections × its volume per papule (``Decimal``, exact).
- Estimated duration of a region: setup time + injections × seconds per papule. For the whole
  map the setup is counted once (the largest of the regions' setups, as the practitioner
  prepares once per session), plus every region's injection time.

mesomap never suggests a dose: these are the clinic's own protocol values multiplied out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from mesomap.core.document.model import MapDocument, MixtureItem, Region
from mesomap.core.layout import LayoutError, nappage_estimate
from mesomap.core.layout.types import ExclusionSpec

if TYPE_CHECKING:
    from mesomap.core.surface.model import SurfaceModel


@dataclass(frozen=True, slots=True)
class ProductVolume:
    """Planned volume of one product (summed over its lots and regions)."""

    product_key: str
    product_id: int | None
    product_name: str
    volume_ml: Decimal
    lot_numbers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RegionTotals:
    region_id: str
    papules: int  # papules with positions (0 for nappage)
    injections: int  # papules, or the nappage estimate
    products: tuple[ProductVolume, ...]
    setup_seconds: float
    injection_seconds: float

    @property
    def duration_seconds(self) -> float:
        return self.setup_seconds + self.injection_seconds

    @property
    def volume_ml(self) -> Decimal:
        return sum((p.volume_ml for p in self.products), Decimal("0.0000"))


@dataclass(frozen=True, slots=True)
class MapTotals:
    regions: tuple[RegionTotals, ...]
    papules: int
    injections: int
    products: tuple[ProductVolume, ...]
    duration_seconds: float

    @property
    def volume_ml(self) -> Decimal:
        return sum((p.volume_ml for p in self.products), Decimal("0.0000"))

    def region(self, region_id: str) -> RegionTotals:
        for totals in self.regions:
            if totals.region_id == region_id:
                return totals
        raise KeyError(region_id)


def nappage_injections(region: Region, exclusions: Sequence[ExclusionSpec] = (),
                       surface: SurfaceModel | None = None) -> int:
    """Estimated injections of a nappage region: the layout engine's estimate over the region
    less its margin (and the exclusions, when given) times the density — over the skin area
    when ``surface`` has relief."""
    density = region.technique.nappage_density_per_cm2
    if density is None or not density > 0:
        return 0
    try:
        if surface is not None and surface.has_relief:
            from mesomap.core.surface.honesty import surface_nappage_estimate

            estimate, _ = surface_nappage_estimate(
                region.geometry, surface, repr(density), Decimal("0"),
                margin_cm=region.technique.margin_cm, exclusions=exclusions)
        else:
            estimate = nappage_estimate(
                region.geometry, repr(density), Decimal("0"),
                margin_cm=region.technique.margin_cm, exclusions=exclusions,
            )
    except LayoutError:
        return 0
    return estimate.injections


def region_injections(region: Region, exclusions: Sequence[ExclusionSpec] = (),
                      surface: SurfaceModel | None = None) -> int:
    if region.pattern == "nappage":
        return nappage_injections(region, exclusions, surface)
    return len(region.papules)


def _sum_products(items: Iterable[tuple[MixtureItem, int]]) -> tuple[ProductVolume, ...]:
    volumes: dict[str, Decimal] = {}
    names: dict[str, tuple[int | None, str]] = {}
    lots: dict[str, list[str]] = {}
    for item, injections in items:
        key = item.product_key
        volumes[key] = volumes.get(key, Decimal("0.0000")) + item.volume_per_papule_ml * injections
        names.setdefault(key, (item.product_id, item.product_name))
        key_lots = lots.setdefault(key, [])
        if item.lot_number and item.lot_number not in key_lots:
            key_lots.append(item.lot_number)
    return tuple(
        ProductVolume(key, names[key][0], names[key][1], volumes[key], tuple(lots[key]))
        for key in volumes
    )


def region_totals(region: Region, exclusions: Sequence[ExclusionSpec] = (),
                  surface: SurfaceModel | None = None) -> RegionTotals:
    injections = region_injections(region, exclusions, surface)
    return RegionTotals(
        region_id=region.id,
        papules=len(region.papules),
        injections=injections,
        products=_sum_products((item, injections) for item in region.mixture),
        setup_seconds=max(0.0, region.technique.setup_minutes) * 60.0,
        injection_seconds=injections * max(0.0, region.technique.seconds_per_papule),
    )


def map_totals(
    document: MapDocument | Iterable[Region], exclusions: Sequence[ExclusionSpec] = (),
    surface: SurfaceModel | bool = True,
) -> MapTotals:
    """Totals of every region and of the map; ``exclusions`` (the template's avoid zones) only
    matter for nappage estimates. ``surface``: nappage over the skin area — True (default) =
    the surface of a document's template when it is installed and has relief, a
    ``SurfaceModel`` = that one, False = the picture area."""
    regions = document.regions if isinstance(document, MapDocument) else tuple(document)
    skin: SurfaceModel | None = None
    if surface is True:
        if isinstance(document, MapDocument) and any(r.pattern == "nappage" for r in regions):
            from mesomap.core.surface.layouter import surface_for_ref

            skin = surface_for_ref(document.template)
    elif surface is not False:
        skin = surface
    per_region = tuple(region_totals(r, exclusions, skin) for r in regions)
    injections_by_region = {r.id: t.injections for r, t in zip(regions, per_region, strict=True)}
    products = _sum_products(
        (item, injections_by_region[r.id]) for r in regions for item in r.mixture
    )
    setup = max((t.setup_seconds for t in per_region), default=0.0)
    return MapTotals(
        regions=per_region,
        papules=sum(t.papules for t in per_region),
        injections=sum(t.injections for t in per_region),
        products=products,
        duration_seconds=setup + sum(t.injection_seconds for t in per_region),
    )
