"""Map document values: papule sets, mixtures, equality, derived totals and validation."""

from __future__ import annotations

import warnings
from decimal import Decimal

import numpy as np
import pytest
from shapely.geometry import Polygon, box

from mesomap.core.document import (
    MapDocument,
    MixtureItem,
    Papule,
    PapuleSet,
    Region,
    Technique,
    map_totals,
    nappage_injections,
    new_papule_ids,
    region_totals,
    validate_document,
    validate_region,
)
from tests.document.helpers import sample_document, template_ref


def test_papule_set_is_an_immutable_sequence_of_papules() -> None:
    ps = PapuleSet(["a", "b", "c"], [(0, 0), (1, 0.5), (2, 1)], [3, 1, 2], [True, False, False],
                   [False, True, False])
    assert len(ps) == 3
    assert ps[1] == Papule("b", 1.0, 0.5, 1, False, True)
    assert [p.id for p in ps] == ["a", "b", "c"]
    assert ps.index_of("c") == 2
    assert "b" in ps and "z" not in ps
    assert ps[0].fixed and ps[1].fixed and not ps[2].fixed
    with pytest.raises(ValueError):
        ps.xy[0, 0] = 5.0
    with pytest.raises(ValueError):
        ps.order[0] = 9
    assert list(ps.in_injection_order()) == [1, 2, 0]
    assert PapuleSet.from_papules(list(ps)) == ps
    assert ps != ps.with_xy(ps.xy + 1e-12)


def test_deleting_keeps_relative_order_when_renumbering() -> None:
    ps = PapuleSet(["a", "b", "c", "d"], np.zeros((4, 2)), [4, 2, 1, 3])
    kept = ps.take([0, 1, 3]).renumbered()
    assert kept.order.tolist() == [3, 1, 2]


def test_volumes_are_exact_four_decimal_decimals() -> None:
    item = MixtureItem(1, None, "HA", "", Decimal("0.05"))
    assert str(item.volume_per_papule_ml) == "0.0500"
    assert MixtureItem(1, None, "HA", "", Decimal("0.0500")) == item
    with pytest.raises(ValueError, match="four decimals"):
        MixtureItem(1, None, "HA", "", Decimal("0.00005"))
    with pytest.raises(ValueError):
        MixtureItem(1, None, "HA", "", Decimal("NaN"))


def test_region_equality_is_exact_on_geometry() -> None:
    a = Region("r" * 32, "x", "#000000", Polygon([(0, 0), (1, 0), (1, 1)]))
    same = Region("r" * 32, "x", "#000000", Polygon([(0, 0), (1, 0), (1, 1)]))
    rotated = Region("r" * 32, "x", "#000000", Polygon([(1, 0), (1, 1), (0, 0)]))
    nudged = Region("r" * 32, "x", "#000000", Polygon([(0, 0), (1, 0), (1, 1 + 1e-15)]))
    assert a == same
    assert a != rotated  # same shape, different vertex order: not identical
    assert a != nudged
    assert a.changed_aspects(nudged) == {"geometry"}


def test_region_totals_multiply_count_by_volume_per_product() -> None:
    doc = sample_document()
    cheek = doc.regions[0]
    totals = region_totals(cheek)
    n = len(cheek.papules)
    assert n > 30
    assert totals.injections == n
    volumes = {p.product_name: p.volume_ml for p in totals.products}
    assert volumes == {"Product 0": Decimal("0.05") * n, "Product 1": Decimal("0.0125") * n}
    assert totals.duration_seconds == pytest.approx(6 * 60 + 4.5 * n)


def test_nappage_estimates_injections_from_area_less_margin_and_density() -> None:
    doc = sample_document()
    neck = doc.regions[4]
    assert len(neck.papules) == 0
    totals = region_totals(neck)
    expected = round((8 - 0.4) * (6 - 0.4) * 4)  # 8 x 6 cm box, 0.2 cm margin, 4 per cm²
    assert totals.injections == expected
    assert {p.product_name: p.volume_ml for p in totals.products} == {
        "Product 0": Decimal("0.01") * expected, "Product 1": Decimal("0.005") * expected}
    hole = box(-9.0, -19.0, -7.0, -17.0)
    assert region_totals(neck, exclusions=[(hole, 0.0)]).injections == round(
        ((8 - 0.4) * (6 - 0.4) - 4) * 4)
    no_density = neck.replace(technique=neck.technique.replace(nappage_density_per_cm2=None))
    assert nappage_injections(no_density) == 0


def test_map_totals_sum_products_across_regions_and_count_setup_once() -> None:
    tech = Technique(spacing_cm=1.0, seconds_per_papule=2.0, setup_minutes=3.0)
    shared = MixtureItem(7, 1, "Vit", "A", Decimal("0.02"))
    other_lot = MixtureItem(7, 2, "Vit", "B", Decimal("0.03"))
    r1 = Region("1" * 32, "a", "#000000", box(0, 0, 1, 1), "auto", tech, (shared,),
                PapuleSet(["p1", "p2"], [(0, 0), (1, 1)]))
    r2 = Region("2" * 32, "b", "#000000", box(5, 5, 6, 6), "auto",
                tech.replace(setup_minutes=5.0), (other_lot,),
                PapuleSet(["p3", "p4", "p5"], [(5, 5), (6, 6), (5, 6)]))
    totals = map_totals(MapDocument(template_ref(), [r1, r2]))
    assert totals.papules == 5
    assert len(totals.products) == 1
    vit = totals.products[0]
    assert vit.volume_ml == Decimal("0.04") + Decimal("0.09")
    assert vit.lot_numbers == ("A", "B")
    assert totals.duration_seconds == 5 * 60 + 5 * 2.0
    assert totals.region("2" * 32).duration_seconds == 5 * 60 + 3 * 2.0


def test_validation_speaks_in_sentences() -> None:
    doc = sample_document()
    assert [p for p in validate_document(doc) if p.severity == "error"] == []
    bad = doc.regions[0].replace(
        mixture=(MixtureItem(1, None, "HA", "", Decimal("-0.05")),),
        technique=doc.regions[0].technique.replace(spacing_cm=7.0, margin_cm=-1.0),
        color="red",
    )
    problems = validate_region(bad)
    fields = {p.field for p in problems}
    assert {"mixture[0].volume_per_papule_ml", "technique.spacing_cm", "technique.margin_cm",
            "color"} <= fields
    negative = next(p for p in problems if p.field.startswith("mixture"))
    assert "negative" in negative.text() and "HA" in negative.text()
    assert all(p.text().endswith(".") for p in problems)
    assert all(p.region_id == bad.id for p in problems)


def test_validation_checks_pattern_specific_parameters() -> None:
    doc = sample_document()
    rings = doc.regions[3].replace(technique=doc.regions[3].technique.replace(rings_count=None))
    assert any(p.field == "technique.rings_count" for p in validate_region(rings))
    napp = doc.regions[4].replace(
        technique=doc.regions[4].technique.replace(nappage_density_per_cm2=0.0))
    assert any(p.field == "technique.nappage_density_per_cm2" for p in validate_region(napp))
    line_as_area = doc.regions[2].replace(pattern="auto")
    assert any(p.field == "geometry" for p in validate_region(line_as_area))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # shapely notes the NaN it was given
        nan_polygon = Polygon([(0, 0), (1, 0), (float("nan"), 1)])
    nan = doc.regions[0].replace(geometry=nan_polygon)
    assert any(p.field == "geometry" and p.severity == "error" for p in validate_region(nan))
    bowtie = doc.regions[0].replace(geometry=Polygon([(0, 0), (2, 2), (2, 0), (0, 2)]))
    geometry_problems = [p for p in validate_region(bowtie) if p.field == "geometry"]
    assert geometry_problems and geometry_problems[0].severity == "warning"


def test_duplicate_papule_ids_across_regions_are_an_error() -> None:
    doc = sample_document()
    r0, r1 = doc.regions[0], doc.regions[1]
    stolen = r1.replace(papules=PapuleSet([r0.papules.ids[0]], [(21.0, 1.0)]))
    bad = MapDocument(doc.template, [r0, stolen])
    assert any(p.severity == "error" and p.region_id == stolen.id for p in validate_document(bad))


def test_document_equality_and_copy() -> None:
    doc = sample_document()
    other = doc.copy()
    assert other == doc and other is not doc
    other.set_notes("changed")
    assert other != doc
    with pytest.raises(ValueError):
        MapDocument(doc.template, [doc.regions[0], doc.regions[0]])


def test_fresh_id_blocks_behave_like_tuples_of_strings() -> None:
    block = new_papule_ids(4)
    as_tuple = tuple(block)
    assert len(set(as_tuple)) == 4 and all(isinstance(i, str) for i in as_tuple)
    ps = PapuleSet(block, np.zeros((4, 2)))
    same = PapuleSet(as_tuple, np.zeros((4, 2)))
    assert ps == same and same == ps
    assert ps.index_of(as_tuple[2]) == 2 and same.index_of(as_tuple[2]) == 2
    assert as_tuple[3] in ps and f"{as_tuple[0]}0" not in ps
    with pytest.raises(KeyError):
        ps.index_of(as_tuple[0][:-1] + "7")
    assert PapuleSet(new_papule_ids(4), np.zeros((4, 2))) != ps  # other ids
    assert list(block[1:3]) == list(as_tuple[1:3])


def test_region_accepts_lists_for_mixture_and_papules() -> None:
    items = [MixtureItem(1, None, "HA", "", Decimal("0.02"))]
    papules = [Papule("p1", 1.0, 2.0, 1), Papule("p2", 2.0, 2.0, 2, locked=True)]
    region = Region("r" * 32, "x", "#000000", box(0, 0, 3, 3), mixture=items,  # type: ignore[arg-type]
                    papules=papules)  # type: ignore[arg-type]
    assert region.mixture == tuple(items)
    assert isinstance(region.papules, PapuleSet) and list(region.papules) == papules
    assert region.replace(mixture=items).mixture == tuple(items)  # type: ignore[arg-type]


def test_ids_too_long_for_the_database_are_errors() -> None:
    doc = sample_document()
    long_region = doc.regions[1].replace(id="x" * 33)
    assert any(p.field == "id" for p in validate_region(long_region))
    long_papule = doc.regions[1].replace(papules=PapuleSet(["p" * 40], [(21.0, 1.0)]))
    assert any(p.field == "papules" for p in validate_region(long_papule))
    too_long = doc.regions[1].replace(
        name="n" * 201, technique=doc.regions[1].technique.replace(code=""),
        mixture=(MixtureItem(None, None, "p" * 201, "L" * 65, Decimal("0.01")),))
    fields = {p.field for p in validate_region(too_long)}
    assert {"name", "technique.code", "mixture[0].product_name", "mixture[0].lot_number"} <= fields
