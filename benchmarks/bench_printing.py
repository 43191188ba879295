"""Benchmark: session sheets to PDF.

- one sheet (read from the database, laid out, painted to a PDF), median of repeats
  (target ≤ 0.3 s), for a face session, a back session and a back session at 1:1 (tiled);
- a batch of 50 sessions into one PDF (target ≤ 10 s), and one file per session;
- memory: Python allocation peak while making one sheet (tracemalloc), and the process's
  resident memory growth per sheet over the batch.

Figures only; nothing fails on time. Run: ``.venv/bin/python benchmarks/bench_printing.py``
(it seeds a temporary demonstration database).
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlalchemy as sa  # noqa: E402

from mesomap.core.templates import load_library  # noqa: E402
from mesomap.printing.batch import ensure_qt, export_sessions  # noqa: E402
from mesomap.printing.paint import prepare, write_pdf  # noqa: E402
from mesomap.printing.sheet import SheetOptions  # noqa: E402
from mesomap.storage.engine import open_database  # noqa: E402
from mesomap.storage.models import SessionMap  # noqa: E402
from mesomap.storage.repository.sheets import SheetRepository  # noqa: E402
from mesomap.storage.seed import seed_demo  # noqa: E402

REPEATS = 9


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ensure_qt()
    tmp = Path(tempfile.mkdtemp(prefix="bench-printing-"))
    url = f"sqlite:///{tmp / 'demo.sqlite'}"
    db = open_database(url)
    seed_demo(db.engine, patients=6)
    library = load_library()
    repo = SheetRepository(db)

    def session_for(template_id: str) -> int:
        with db.session(read_only=True) as s:
            return int(s.execute(sa.select(SessionMap.session_id)
                                 .where(SessionMap.template_id == template_id)).scalars().first())

    def one_sheet(sid: int, options: SheetOptions, path: Path) -> int:
        return write_pdf(str(path), [prepare(repo.get(sid), options, library)])

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"mesomap session sheets — {os.cpu_count()} CPUs (load {load:.1f}), medians of {REPEATS}")
    one_sheet(session_for("face_front"), SheetOptions(), tmp / "warm.pdf")  # fonts, templates
    for label, template_id, options in (
        ("face, fit", "face_front", SheetOptions()),
        ("back, fit", "lower_back", SheetOptions()),
        ("back, 1:1 tiled", "lower_back", SheetOptions(scale="1:1")),
        ("back + aftercare", "upper_back_shoulders", SheetOptions(aftercare=True)),
    ):
        sid = session_for(template_id)
        times, cpu, pages = [], [], 0
        for _ in range(REPEATS):
            started, cpu_started = time.perf_counter(), time.process_time()
            pages = one_sheet(sid, options, tmp / "one.pdf")
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        size_kb = (tmp / "one.pdf").stat().st_size / 1024
        print(f"  one sheet ({label:17s}): median {statistics.median(times) * 1000:6.0f} ms "
              f"(CPU {statistics.median(cpu) * 1000:4.0f} ms), {pages} page(s), {size_kb:.0f} KB"
              f"   (target ≤ 300 ms)")

    big_url = f"sqlite:///{tmp / 'big.sqlite'}"
    with open_database(big_url) as big:
        seed_demo(big.engine, patients=1, sessions=2, papules=6000)
        big_repo = SheetRepository(big)
        big_ids = big_repo.session_ids(dt.date(2000, 1, 1), dt.date(2100, 1, 1))
        sheets = big_repo.get_many(big_ids)
        biggest = max(sheets, key=lambda d: sum(len(r.papules) for r in (d.map.regions if d.map else ())))
        papules = sum(len(r.papules) for r in biggest.map.regions) if biggest.map else 0
        times = []
        for _ in range(5):
            started = time.perf_counter()
            write_pdf(str(tmp / "big.pdf"), [prepare(big_repo.get(biggest.session_id),
                                                     SheetOptions(), library)])
            times.append(time.perf_counter() - started)
        print(f"  one sheet with {papules:,} papules: median {statistics.median(times) * 1000:.0f} ms, "
              f"{(tmp / 'big.pdf').stat().st_size / 1024:.0f} KB")

    tracemalloc.start()
    one_sheet(session_for("lower_back"), SheetOptions(), tmp / "mem.pdf")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"  Python allocation peak for one sheet: {peak / 2**20:.1f} MB")

    ids = repo.session_ids(dt.date(2000, 1, 1), dt.date(2100, 1, 1), include_cancelled=True)[:50]
    before = rss_mb()
    started, cpu_started = time.perf_counter(), time.process_time()
    result = export_sessions(db, ids, tmp / "batch.pdf", SheetOptions(), library=library)
    elapsed = time.perf_counter() - started
    cpu_s = time.process_time() - cpu_started
    grown = rss_mb() - before
    print(f"  batch of {len(ids)} into one PDF: {elapsed:.2f} s (CPU {cpu_s:.2f} s), "
          f"{result.pages} pages, "
          f"{(tmp / 'batch.pdf').stat().st_size / 2**20:.1f} MB   (target ≤ 10 s)")
    print(f"  resident memory growth over the batch: {grown:.1f} MB "
          f"({grown / len(ids) * 1024:.0f} KB per sheet)")
    folder = tmp / "per-session"
    folder.mkdir()
    started = time.perf_counter()
    export_sessions(db, ids, folder, SheetOptions(), per_session=True, library=library)
    print(f"  batch of {len(ids)}, one file per session: {time.perf_counter() - started:.2f} s")
    db.close()


if __name__ == "__main__":
    main()
