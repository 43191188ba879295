"""Accounts, audit and backup figures (issue 5). Prints figures; never fails on timings.

- Argon2id verification time (argon2-cffi defaults: the parameters mesomap uses), median.
- Audit write overhead per save: ``save_map`` of a ~3,000-papule map and a patient update, each
  timed with the audit write and with it replaced by a no-op (same permission checks), medians
  and their ratio.
- Backup time of the 10,000-patient benchmark database (``benchmarks/bench_storage.py``'s cache
  file: ``--big PATH``, default /tmp/bench/demo10k.sqlite or ~/.cache/mesomap-bench/demo10k.sqlite),
  verification included; the copy is deleted afterwards. The source is only read.

Run: ``.venv/bin/python benchmarks/bench_accounts.py [--big PATH] [--rounds N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argon2 import PasswordHasher  # noqa: E402

CANDIDATES = (Path("/tmp/bench/demo10k.sqlite"),
              Path.home() / ".cache" / "mesomap-bench" / "demo10k.sqlite")


def bench_argon2(rounds: int) -> None:
    hasher = PasswordHasher()
    stored = hasher.hash("correct horse battery staple")
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        hasher.verify(stored, "correct horse battery staple")
        times.append(time.perf_counter() - start)
    print(f"Argon2id verify (t={hasher.time_cost}, m={hasher.memory_cost} KiB, "
          f"p={hasher.parallelism}): median {statistics.median(times) * 1000:.1f} ms "
          f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}, n={rounds})")


def _big_map():  # type: ignore[no-untyped-def]
    """A map of about 3,000 papules: the test sample's regions, repeated with shifted ids."""
    from shapely.geometry import box

    from mesomap.core.document import MapDocument, PapuleSet
    from tests.document.helpers import GridLayouter, sample_document

    base = sample_document()
    region = base.regions[0]
    lay = GridLayouter()
    import dataclasses

    mixture = tuple(dataclasses.replace(m, product_id=None, lot_id=None) for m in region.mixture)
    big = region.replace(geometry=box(0, 0, 55, 55), pattern="square", mixture=mixture,
                         technique=region.technique.replace(spacing_cm=1.0, preset_id=None))
    big = big.replace(papules=lay.layout(big, PapuleSet.empty()))
    return MapDocument(base.template, [big])


def bench_audit(rounds: int) -> None:
    from mesomap.storage import audit, maps
    from mesomap.storage.engine import open_database
    from mesomap.storage.repository.patients import PatientInput, PatientRepository
    from mesomap.storage.repository.sessions import SessionInput, SessionRepository

    real_record = audit.record

    def noop(*_a: object, **_k: object) -> None:
        return None

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'a.sqlite'}")
        try:
            patient = PatientRepository(db).create(PatientInput("Bench"))
            sess = SessionRepository(db).create(
                SessionInput(patient.id, dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC)))
            doc = _big_map()
            papules = sum(len(r.papules.ids) for r in doc.regions)
            timings: dict[str, dict[bool, list[float]]] = {"map": {True: [], False: []},
                                                          "patient": {True: [], False: []}}
            repo = PatientRepository(db)
            for i in range(rounds):
                for with_audit in (i % 2 == 0, i % 2 == 1):
                    audit.record = real_record if with_audit else noop  # type: ignore[assignment]
                    maps.audit.record = audit.record  # type: ignore[attr-defined]
                    start = time.perf_counter()
                    with db.session() as s:
                        maps.save_map(s, sess.id, doc)
                    timings["map"][with_audit].append(time.perf_counter() - start)
                    current = repo.get(patient.id)
                    start = time.perf_counter()
                    repo.update(patient.id, current.version,
                                PatientInput("Bench", phone=f"{i}-{with_audit}"))
                    timings["patient"][with_audit].append(time.perf_counter() - start)
            audit.record = real_record  # type: ignore[assignment]
            for name, label in (("map", f"save_map ({papules:,} papules)"), ("patient", "patient update")):
                on = statistics.median(timings[name][True]) * 1000
                off = statistics.median(timings[name][False]) * 1000
                print(f"Audit overhead, {label}: {on:.2f} ms with audit vs {off:.2f} ms without "
                      f"(ratio {on / off:.3f}, +{on - off:.2f} ms per save, n={rounds} each)")
            report = audit.verify_audit(db)
            start = time.perf_counter()
            audit.verify_audit(db)
            print(f"Audit chain after the benchmark: {report.count} entries, intact={report.ok}, "
                  f"verified in {(time.perf_counter() - start) * 1000:.1f} ms")
        finally:
            db.close()


def bench_backup(big: Path | None) -> None:
    from mesomap.storage.backup import create_backup, verify_sqlite_file

    path = big or next((p for p in CANDIDATES if p.exists()), None)
    if path is None or not path.exists():
        print("Backup of the 10,000-patient database: no cache file found; build one with "
              "benchmarks/bench_storage.py or mesomap --db sqlite:///PATH seed-demo --patients 10000")
        return
    with tempfile.TemporaryDirectory(dir=path.parent) as folder:
        start = time.perf_counter()
        result = create_backup(path, Path(folder), label="bench")
        total = time.perf_counter() - start
        start = time.perf_counter()
        verify_sqlite_file(result.path)
        check = time.perf_counter() - start
        print(f"Backup of {path} ({path.stat().st_size / 1e6:.0f} MB): {total:.1f} s including "
              f"verification (integrity_check + foreign_key_check alone {check:.1f} s), "
              f"copy {result.size_bytes / 1e6:.0f} MB; load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--big", type=Path, default=None, help="the 10k-patient database file")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--skip-backup", action="store_true")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} (shared machine: figures vary)")
    bench_argon2(args.rounds)
    bench_audit(args.rounds)
    if not args.skip_backup:
        bench_backup(args.big)


if __name__ == "__main__":
    main()
