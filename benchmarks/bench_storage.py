"""Storage benchmark on a seed-demo database of 10,000 patients, 100,000 sessions, 3,000,000 papules.

Builds the database once into a cache file (``--cache PATH``; reused when it already holds the
requested counts) and reports how long seeding took and the file size. Then, with the database
open through mesomap's own storage layer:

- patient search median (search-as-you-type through ``PatientRepository.search``), target ≤ 50 ms;
- loading one session whose map has 3,000 papules (``mesomap.storage.maps.load_map``), ≤ 100 ms;
- saving that map again in one transaction (``save_map``), ≤ 150 ms;
- resident memory (VmRSS) of a fresh process with the database open, a search done and that
  session loaded, ≤ 300 MB.

Figures only: nothing here fails on time (the machine is shared). ``--launch`` also runs
engineer E's ``benchmarks/bench_launch.py`` on the same database when it exists.

Run: ``.venv/bin/python benchmarks/bench_storage.py --cache ~/.cache/mesomap-bench/demo10k.sqlite``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BIG_SESSION_NOTE = "bench_storage: 3,000-papule session"
BIG_PAPULES = 3000


def vm_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def counts(url: str) -> tuple[int, int, int]:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return tuple(  # type: ignore[return-value]
                int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one())
                for t in ("patient", "session", "papule"))
    except Exception:  # noqa: BLE001 - missing or unreadable cache: rebuild it
        return (0, 0, 0)
    finally:
        engine.dispose()


def build(path: Path, patients: int, sessions: int, papules: int) -> dict[str, float]:
    """Seed the cache file through the real command; returns timing and size."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "mesomap", "--db", f"sqlite:///{path}", "seed-demo",
         "--patients", str(patients), "--sessions", str(sessions), "--papules", str(papules)],
        check=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_s = (cpu.ru_utime - cpu_before.ru_utime) + (cpu.ru_stime - cpu_before.ru_stime)
    return {"seed_s": seconds, "seed_cpu_s": cpu_s, "size_mb": path.stat().st_size / 1e6,
            "seed_peak_rss_mb": cpu.ru_maxrss / 1024}


def big_document(rng: random.Random) -> Any:
    """A 3,000-papule map on the upper back: two regions laid out at 1 cm."""
    from decimal import Decimal

    import numpy as np
    from shapely.geometry import Polygon

    from mesomap.core.document.model import MapDocument, MixtureItem, Region, Technique, TemplateRef
    from mesomap.core.document.papules import PapuleSet, new_papule_ids
    from mesomap.core.templates.fit import PatientFit

    regions = []
    for i, (cols, rows) in enumerate(((50, 30), (50, 30))):
        x0 = -50.0 + 51.0 * i
        xs, ys = np.meshgrid(x0 + np.arange(cols) * 1.0, np.arange(rows) * 1.0)
        jitter = np.random.default_rng(rng.getrandbits(32)).uniform(-0.01, 0.01, (cols * rows, 2))
        xy = np.column_stack([xs.ravel(), ys.ravel()]) + jitter
        n = len(xy)
        geom = Polygon([(x0 - 0.5, -0.5), (x0 + cols - 0.5, -0.5), (x0 + cols - 0.5, rows - 0.5),
                        (x0 - 0.5, rows - 0.5)])
        regions.append(Region(
            id=f"{rng.getrandbits(128):032x}", name=f"Back {i + 1}", color="#2b8a3e",
            geometry=geom, pattern="square", technique=Technique(spacing_cm=1.0),
            mixture=(MixtureItem(None, None, "Procaine Demo 2% (demo)", "DEMO-PRO05001",
                                 Decimal("0.0200")),),
            papules=PapuleSet(new_papule_ids(n), xy, np.arange(1, n + 1))))
    return MapDocument(TemplateRef("upper_back", 1, "0" * 64, PatientFit.identity()), regions)


def ensure_big_session(db: Any) -> int:
    """The id of the benchmark's 3,000-papule session (created once in the cache file)."""
    import sqlalchemy as sa

    from mesomap.storage.maps import save_map
    from mesomap.storage.models import SessionStatus, TreatmentSession

    with db.session() as s:
        sid = s.execute(sa.select(TreatmentSession.id).where(
            TreatmentSession.notes == BIG_SESSION_NOTE)).scalar()
        if sid is not None:
            return int(sid)
        patient_id = s.execute(sa.text("SELECT min(id) FROM patient")).scalar_one()
        session = TreatmentSession(patient_id=patient_id, status=SessionStatus.PLANNED,
                                   scheduled_at=dt.datetime.now(dt.UTC), notes=BIG_SESSION_NOTE)
        s.add(session)
        s.flush()
        save_map(s, session.id, big_document(random.Random(3)))
        return int(session.id)


def search_queries(db: Any, rng: random.Random, n: int) -> list[str]:
    """What a receptionist types: name prefixes growing letter by letter, full names, dates."""
    import sqlalchemy as sa

    with db.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT family_name, given_name, birth_date FROM patient ORDER BY id LIMIT 2000")).all()
    queries: list[str] = []
    while len(queries) < n:
        family, given, birth = rows[rng.randrange(len(rows))]
        kind = rng.random()
        if kind < 0.6:
            queries.append(family[: rng.randint(1, max(1, len(family)))])
        elif kind < 0.85:
            queries.append(f"{family} {given[:2]}")
        else:
            b = dt.date.fromisoformat(str(birth))
            queries.append(b.strftime("%d/%m/%Y"))
    return queries


def timed(fn: Any, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def measure(path: Path, repeat: int) -> dict[str, Any]:
    from mesomap.storage.engine import open_database
    from mesomap.storage.maps import load_map, save_map
    from mesomap.storage.repository.patients import PatientRepository

    rng = random.Random(11)
    results: dict[str, Any] = {}
    with open_database(f"sqlite:///{path}") as db:
        sid = ensure_big_session(db)
        repo = PatientRepository(db)
        queries = search_queries(db, rng, repeat * 4)
        repo.search(queries[0])  # warm the page cache as a running app would be
        hits: list[int] = []
        search_ms = []
        for q in queries:
            t = time.perf_counter()
            hits.append(len(repo.search(q)))
            search_ms.append((time.perf_counter() - t) * 1000)
        results["search_ms"] = search_ms
        results["search_hits_median"] = statistics.median(hits)

        def load() -> Any:
            with db.session(read_only=True) as s:
                return load_map(s, sid)

        doc = load()
        n = sum(len(r.papules) for r in doc.regions)
        if n != BIG_PAPULES:
            raise RuntimeError(f"the benchmark session holds {n} papules, expected {BIG_PAPULES}")
        results["load_ms"] = timed(load, repeat)

        def save() -> None:
            with db.session() as s:
                save_map(s, sid, doc)

        results["save_ms"] = timed(save, repeat)
    return results


def memory_probe(path: Path) -> float:
    """VmRSS (MB) of this process after opening the database, searching and loading the big
    session, as the application would right after start-up."""
    from mesomap.storage.engine import open_database
    from mesomap.storage.maps import load_map
    from mesomap.storage.repository.patients import PatientRepository

    db = open_database(f"sqlite:///{path}")
    PatientRepository(db).search("")
    PatientRepository(db).search("mar")
    sid = ensure_big_session(db)
    with db.session(read_only=True) as s:
        doc = load_map(s, sid)
    assert doc is not None
    rss = vm_rss_mb()
    db.close()
    return rss


def describe(name: str, values: list[float], target: float) -> str:
    med = statistics.median(values)
    p95 = sorted(values)[max(0, int(len(values) * 0.95) - 1)]
    return (f"{name:<34} median {med:7.1f} ms  p95 {p95:7.1f} ms  min {min(values):6.1f}  "
            f"(target ≤ {target:.0f} ms, n={len(values)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path,
                        default=Path.home() / ".cache" / "mesomap-bench" / "demo10k.sqlite",
                        help="SQLite file of the seeded database (built once, then reused)")
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--papules", type=int, default=3_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--rebuild", action="store_true", help="seed the cache file again")
    parser.add_argument("--launch", action="store_true",
                        help="also run benchmarks/bench_launch.py on this database")
    parser.add_argument("--memory-probe", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    path = args.cache.expanduser().resolve()
    if args.memory_probe:
        print(f"{memory_probe(path):.1f}")
        return 0

    url = f"sqlite:///{path}"
    want = (args.patients, args.sessions, args.papules)
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, load average "
          f"{' '.join(f'{v:.1f}' for v in os.getloadavg())}; database {path}")
    have = counts(url) if path.exists() else (0, 0, 0)
    if args.rebuild or have[0] != want[0] or have[1] < want[1] or have[2] < want[2]:
        print(f"seeding {want[0]:,} patients, {want[1]:,} sessions, {want[2]:,} papules "
              "(once; later runs reuse the file)...", flush=True)
        built = build(path, *want)
        print(f"seeding took                       {built['seed_s']:.1f} s wall, "
              f"{built['seed_cpu_s']:.1f} s CPU (whole command, process start included; "
              f"peak RSS {built['seed_peak_rss_mb']:.0f} MB)")
    else:
        print("reusing the seeded database (seeding time was printed when it was built)")
    have = counts(url)
    print(f"database                           {have[0]:,} patients, {have[1]:,} sessions, "
          f"{have[2]:,} papules, file {path.stat().st_size / 1e6:.0f} MB")

    results = measure(path, args.repeat)
    print(describe("patient search", results["search_ms"], 50)
          + f"  [median {results['search_hits_median']:.0f} hits]")
    print(describe(f"load a {BIG_PAPULES:,}-papule session", results["load_ms"], 100))
    print(describe(f"save a {BIG_PAPULES:,}-papule session", results["save_ms"], 150))
    probe = subprocess.run([sys.executable, __file__, "--cache", str(path), "--memory-probe"],
                           capture_output=True, text=True, check=True, cwd=ROOT)
    print(f"{'resident memory, database open':<34} {float(probe.stdout.strip()):7.1f} MB "
          "(VmRSS after search + loading the big session; target ≤ 300 MB)")
    print(f"load average at the end: {' '.join(f'{v:.1f}' for v in os.getloadavg())} "
          "(a shared machine: figures are indicative)")
    launch = ROOT / "benchmarks" / "bench_launch.py"
    if args.launch and launch.exists():
        print("== benchmarks/bench_launch.py on this database", flush=True)
        env = dict(os.environ, MESOMAP_DB=url, QT_QPA_PLATFORM=os.environ.get(
            "QT_QPA_PLATFORM", "offscreen"))
        subprocess.run([sys.executable, str(launch), url], cwd=ROOT, env=env, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
