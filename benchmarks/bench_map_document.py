"""Benchmark: the map document with 3,000 papules — storage and document operations.

- ``save_map`` / ``load_map`` of a map with one 3,000-papule region plus four small regions, on
  a fresh SQLite file (targets: save ≤ 150 ms, load ≤ 100 ms) and, when PostgreSQL binaries are
  installed, on a throw-away PostgreSQL server;
- document operations on a 50 × 60 cm back at 1 cm (≈ 2,500 papules): a MoveVertex drag step with
  the fast layout, the full re-layout, undo, ``canonical_bytes`` and ``map_totals``.

Figures only (medians over repeats); nothing fails on time.
Run: ``.venv/bin/python benchmarks/bench_map_document.py``
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import shapely  # noqa: E402
from shapely.geometry import box  # noqa: E402

from mesomap.core.document import (  # noqa: E402
    EngineLayouter,
    MapDocument,
    MixtureItem,
    PapuleSet,
    Region,
    Technique,
    TemplateRef,
    VertexRef,
    canonical_bytes,
    map_totals,
    new_papule_ids,
)
from mesomap.core.document import commands as c  # noqa: E402
from mesomap.core.templates import PatientFit  # noqa: E402

REPEAT = 20


def median_ms(fn: Callable[[], Any], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def storage_document(count: int = 3000) -> MapDocument:
    side = int(np.ceil(np.sqrt(count)))
    xy = np.array([(i % side + 0.5, i // side + 0.5) for i in range(count)], dtype=float)
    mix = (MixtureItem(None, None, "Vitamin blend", "VB-1", Decimal("0.05")),
           MixtureItem(None, None, "Lidocaine", "L-7", Decimal("0.0125")))
    tech = Technique(spacing_cm=1.0, margin_cm=0.2)
    big = Region("a" * 32, "Back", "#ff8800", box(0, 0, side, side), "auto", tech, mix,
                 PapuleSet(new_papule_ids(count), xy, np.arange(1, count + 1),
                           np.arange(count) % 17 == 0, np.arange(count) % 23 == 0))
    small = [Region(f"{i:032d}", f"R{i}", "#0088ff", box(100 + 5 * i, 0, 103 + 5 * i, 3), "auto",
                    tech, mix[:1], PapuleSet(new_papule_ids(9), [(100 + 5 * i + x, y)
                                             for x in (0.5, 1.5, 2.5) for y in (0.5, 1.5, 2.5)]))
             for i in range(4)]
    fit = PatientFit(1.0, 1.0, {}, "identity")
    return MapDocument(TemplateRef("upper_back", 1, "0" * 64, fit), [big, *small])


def bench_storage(url: str, label: str) -> None:
    import sqlalchemy as sa

    from mesomap.storage.engine import open_database
    from mesomap.storage.maps import load_map, save_map
    from mesomap.storage.models import Patient, TreatmentSession

    doc = storage_document()
    with open_database(url) as db:
        with db.session() as s:
            patient = Patient(family_name="Bench")
            s.add(patient)
            s.flush()
            ts = TreatmentSession(patient_id=patient.id, scheduled_at=dt.datetime.now(dt.UTC))
            s.add(ts)
            s.flush()
            sid = ts.id

        def save() -> None:
            with db.session() as s:
                save_map(s, sid, doc)

        def load() -> MapDocument:
            with db.session(read_only=True) as s:
                return load_map(s, sid)

        save()
        assert load() == doc
        save_ms, load_ms = median_ms(save), median_ms(load)
        with db.engine.connect() as conn:
            n = conn.execute(sa.text("SELECT count(*) FROM papule")).scalar()
    print(f"{label:<11} save_map {save_ms:6.1f} ms (target ≤ 150)   "
          f"load_map {load_ms:6.1f} ms (target ≤ 100)   [{n} papule rows]")


def back_region() -> shapely.Polygon:
    outer = [(-25, 30), (25, 30), (24, 10), (21, -10), (22, -30), (-22, -30), (-21, -10),
             (-24, 10)]
    holes = [[(-1.5, 28), (1.5, 28), (1.5, -28), (-1.5, -28)],
             [(8, 5), (13, 5), (13, 9), (8, 9)],
             [(-14, -15), (-10, -15), (-10, -11), (-14, -11)]]
    return shapely.Polygon(outer, holes)


def bench_document() -> None:
    layouter = EngineLayouter()
    region = Region("b" * 32, "Back", "#ff8800", back_region(), "auto", Technique(spacing_cm=1.0),
                    (MixtureItem(None, None, "P", "L", Decimal("0.05")),))
    region = region.replace(papules=layouter.layout(region, PapuleSet.empty()))
    doc = MapDocument(TemplateRef("upper_back", 1, "0" * 64, PatientFit.identity()), [region])
    history = c.History(doc)
    step = [0]

    def drag_step() -> None:
        step[0] += 1
        history.push(c.MoveVertex(doc, region.id, VertexRef(0, 0, 1), 25 + 0.01 * step[0], 30,
                                  layouter=layouter, fast=True, gesture="drag"))

    def full() -> None:
        history.push(c.Relayout(doc, region.id, layouter))
        history.undo()

    def move_region() -> None:
        history.push(c.MoveRegion(doc, region.id, 0.1, 0.0))
        history.undo()

    print(f"document: back 50 × 60 cm at 1 cm, {len(region.papules)} papules")
    print(f"  MoveVertex step with fast layout (merged drag) {median_ms(drag_step, 60):7.2f} ms")
    print(f"  Relayout (full) + undo                         {median_ms(full, 10):7.2f} ms")
    print(f"  MoveRegion + undo (no layout)                  {median_ms(move_region):7.2f} ms")
    print(f"  canonical_bytes                                {median_ms(lambda: canonical_bytes(doc)):7.2f} ms")
    print(f"  map_totals                                     {median_ms(lambda: map_totals(doc)):7.2f} ms")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        bench_storage(f"sqlite:///{Path(tmp) / 'bench.sqlite'}", "SQLite")
    try:
        from tests.pgserver import PostgresServer
    except ImportError:
        PostgresServer = None  # type: ignore[assignment,misc]  # noqa: N806
    if PostgresServer is not None:
        server = PostgresServer()
        if server.available:
            url = server.start()
            try:
                bench_storage(url, "PostgreSQL")
            finally:
                server.stop()
        else:
            print("PostgreSQL      not installed here; skipped")
    bench_document()
    return 0


if __name__ == "__main__":
    sys.exit(main())
