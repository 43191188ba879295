"""Clinical-record figures (issue 7): cost of the immutability triggers on a map save, and of
computing / verifying a signature digest, on a session with about 3,000 papules (SQLite file).

Run alone: ``.venv/bin/python benchmarks/bench_records.py``. Prints medians of CPU and wall time;
never gates on them (the machine is shared).
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from shapely.geometry import Polygon

from mesomap.core.document import (
    EngineLayouter,
    MapDocument,
    MixtureItem,
    PapuleSet,
    Region,
    Technique,
    TemplateRef,
)
from mesomap.core.records import record_digest
from mesomap.core.templates import PatientFit
from mesomap.storage import immutability
from mesomap.storage.engine import open_database
from mesomap.storage.maps import map_version, save_map
from mesomap.storage.repository.patients import PatientInput, PatientRepository
from mesomap.storage.repository.records import PlanInput, RecordsRepository
from mesomap.storage.repository.records_signing import record_data

RUNS = 5


def timed(fn: object, runs: int = RUNS) -> tuple[float, float]:
    cpu, wall = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()  # type: ignore[operator]
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return statistics.median(cpu) * 1000, statistics.median(wall) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        admin = None  # no accounts yet: every permission (the state before the first login)
        patient = PatientRepository(db, admin).create(PatientInput("Bench", "Mark"))
        ref = TemplateRef("upper_back", 1, "0" * 64, PatientFit.identity())
        region = Region("back", "back", "#00aa00",
                        Polygon([(0, 0), (50, 0), (50, 60), (0, 60)]), "hex",
                        Technique(spacing_cm=1.0),
                        (MixtureItem(None, None, "Demo", "L1", Decimal("0.02")),))
        region = region.replace(papules=EngineLayouter().layout(region, PapuleSet.empty()))
        doc = MapDocument(ref, [region])
        rec = RecordsRepository(db, admin)
        sid = rec.sessions.plan(PlanInput(patient.id, dt.datetime.now().astimezone(), ref)).session.id

        def save() -> None:
            with db.session() as s:
                save_map(s, sid, doc, expected_version=map_version(s, sid))

        with_triggers = timed(save)
        with db.engine.connect() as conn, conn.begin():
            immutability.drop_triggers(conn)
        without = timed(save)
        with db.engine.connect() as conn, conn.begin():
            immutability.install_triggers(conn)

        def digest() -> None:
            with db.session(read_only=True) as s:
                record_digest(record_data(s, sid))

        dig = timed(digest)
        print(f"papules in the map: {len(region.papules)}")
        print(f"save_map with triggers    : CPU {with_triggers[0]:7.1f} ms  wall {with_triggers[1]:7.1f} ms")
        print(f"save_map without triggers : CPU {without[0]:7.1f} ms  wall {without[1]:7.1f} ms")
        print(f"trigger overhead (CPU)    : {with_triggers[0] / without[0]:.2f}x")
        print(f"load record + digest      : CPU {dig[0]:7.1f} ms  wall {dig[1]:7.1f} ms")
        db.close()


if __name__ == "__main__":
    main()
