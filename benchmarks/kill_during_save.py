"""Kill-during-save harness: SIGKILL a process that is saving session maps, then check the file.

A child process (forked from this one, so it starts at once) saves sessions to a SQLite database
through mesomap's storage layer: each save is **one transaction** that inserts a session, writes
its map (several regions, hundreds of papules) with ``mesomap.storage.maps.save_map`` and writes
the counts it expects into the session's notes; some saves instead rewrite the map of a session
saved earlier. Over a pipe the child writes ``S`` once the database is open, ``B`` when a save
begins, ``R id`` before rewriting session ``id``, and ``A id regions products papules`` after the
commit has returned. The parent waits for ``S``, SIGKILLs the child after a random delay, then
checks:

- ``PRAGMA integrity_check`` is ``ok`` and ``PRAGMA foreign_key_check`` finds nothing;
- every session the child reported is present **whole**: as many regions, mixture lines and
  papules as reported (its latest report when it was saved twice) — else a *lost acknowledged
  commit* (missing) or a *partial session* (present, counts differ);
- every session in the file (reported or not: the kill may land between commit and report)
  holds exactly the counts written in its notes in the same transaction.

Trials repeat on the same file (a new file every ``--trials-per-file`` trials, so the checks
stay fast). SIGKILL is **not** a power loss: it kills the process, but the operating system
still writes out whatever the process had handed to it. It shows that a crash of mesomap itself
never leaves a half-saved map; surviving a power cut depends on ``synchronous=FULL`` and on the
disk honouring flushes, which this harness cannot test.

Run: ``.venv/bin/python benchmarks/kill_during_save.py --trials 1000``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import select
import signal
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SIGKILL_NOTE = (
    "SIGKILL is not a power loss: the kernel still writes out what the killed process had "
    "handed to it. These trials show a crash of mesomap never leaves a half-saved map; power "
    "loss safety rests on synchronous=FULL and on a disk that honours flushes."
)


# --- the child: saves sessions until killed --------------------------------------------------


def make_document(rng: random.Random) -> tuple[Any, int, int, int]:
    """A map document with 3–6 regions of 40–200 papules; returns (doc, regions, products,
    papules)."""
    from decimal import Decimal

    import numpy as np
    from shapely.geometry import Polygon

    from mesomap.core.document.model import MapDocument, MixtureItem, Region, Technique, TemplateRef
    from mesomap.core.document.papules import PapuleSet, new_papule_ids
    from mesomap.core.templates.fit import PatientFit

    regions = []
    products = papules = 0
    for i in range(rng.randint(3, 6)):
        cols, rows = rng.randint(5, 20), rng.randint(8, 10)
        x0, y0 = rng.uniform(-20, 0), rng.uniform(-20, 0)
        xs, ys = np.meshgrid(x0 + np.arange(cols) * 1.0, y0 + np.arange(rows) * 1.0)
        xy = np.column_stack([xs.ravel(), ys.ravel()])
        n = len(xy)
        geom = Polygon([(x0 - 0.5, y0 - 0.5), (x0 + cols - 0.5, y0 - 0.5),
                        (x0 + cols - 0.5, y0 + rows - 0.5), (x0 - 0.5, y0 + rows - 0.5)])
        mixture = tuple(
            MixtureItem(None, None, f"Harness product {k}", f"LOT-{k}", Decimal("0.0200"))
            for k in range(rng.randint(1, 2)))
        regions.append(Region(
            id=f"{rng.getrandbits(128):032x}", name=f"Region {i + 1}", color="#1c7ed6",
            geometry=geom, pattern="hex", technique=Technique(spacing_cm=1.0), mixture=mixture,
            papules=PapuleSet(new_papule_ids(n), xy, np.arange(1, n + 1))))
        products += len(mixture)
        papules += n
    doc = MapDocument(TemplateRef("upper_back", 1, "0" * 64, PatientFit.identity()), regions)
    return doc, len(regions), products, papules


def _expect_note(regions: int, products: int, papules: int) -> str:
    return f"harness regions={regions} products={products} papules={papules}"


def child_main(db_path: Path, patient_id: int, write_fd: int, seed: int) -> None:
    """Save sessions forever (the parent kills this process)."""
    from mesomap.storage.engine import open_database
    from mesomap.storage.maps import save_map
    from mesomap.storage.models import SessionStatus, TreatmentSession

    rng = random.Random(seed)
    db = open_database(f"sqlite:///{db_path}")
    os.write(write_fd, b"S\n")  # ready: the parent's random delay starts now
    saved: list[int] = []
    while True:
        doc, n_reg, n_prod, n_pap = make_document(rng)
        note = _expect_note(n_reg, n_prod, n_pap)
        os.write(write_fd, b"B\n")  # a save begins (its transaction is about to open)
        with db.session() as s:
            if saved and rng.random() < 0.25:  # rewrite an earlier map in place
                target = rng.choice(saved)
                os.write(write_fd, f"R {target}\n".encode())  # intent: may commit unacknowledged
                session = s.get(TreatmentSession, target)
                assert session is not None
                session.notes = note
            else:
                session = TreatmentSession(
                    patient_id=patient_id, status=SessionStatus.PLANNED,
                    scheduled_at=dt.datetime.now(dt.UTC), notes=note)
                s.add(session)
            s.flush()
            save_map(s, session.id, doc)
            sid = session.id
        # the commit has returned: acknowledge it
        if sid not in saved:
            saved.append(sid)
        os.write(write_fd, f"A {sid} {n_reg} {n_prod} {n_pap}\n".encode())


# --- the parent: kill, then check ------------------------------------------------------------


@dataclass
class Summary:
    trials: int = 0
    acknowledged: int = 0
    corrupt_databases: int = 0
    partial_sessions: int = 0
    lost_acknowledged: int = 0
    sessions_checked: int = 0
    committed_unacknowledged: int = 0  # killed between the commit and the report: allowed
    kills_during_save: int = 0  # the kill landed inside a save (before its report)
    files: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def clean(self) -> bool:
        return not (self.corrupt_databases or self.partial_sessions or self.lost_acknowledged)


def prepare_database(db_path: Path) -> int:
    """A new mesomap database with one patient; returns the patient's id."""
    from mesomap.storage.engine import open_database
    from mesomap.storage.models import Patient

    with open_database(f"sqlite:///{db_path}") as db, db.session() as s:
        patient = Patient(family_name="Harness", given_name="Kill", search_text="harness kill")
        s.add(patient)
        s.flush()
        return int(patient.id)


COUNTS_SQL = """
SELECT s.id, s.notes,
  (SELECT count(*) FROM map_region r JOIN session_map m ON r.map_id = m.id
    WHERE m.session_id = s.id),
  (SELECT count(*) FROM map_region_product p JOIN map_region r ON p.region_id = r.id
    JOIN session_map m ON r.map_id = m.id WHERE m.session_id = s.id),
  (SELECT count(*) FROM papule p JOIN map_region r ON p.region_id = r.id
    JOIN session_map m ON r.map_id = m.id WHERE m.session_id = s.id)
FROM session s WHERE s.id IN ({ids})
"""


Expected = dict[int, "tuple[int, int, int] | None"]  # None: a rewrite may have committed unacked


def check_file(db_path: Path, expected: Expected,
               recent: set[int], summary: Summary, *, whole_file: bool = False) -> int:
    """Integrity of the file, acknowledged sessions whole, sessions newer than ``max(recent)``
    consistent. Returns the highest session id in the file."""
    con = sqlite3.connect(db_path)
    try:
        result = con.execute("PRAGMA integrity_check").fetchall()
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if result != [("ok",)] or fk:
            summary.corrupt_databases += 1
            summary.problems.append(f"{db_path.name}: integrity {result[:3]} fk {fk[:3]}")
            return max(recent, default=0)
        new = {row[0] for row in con.execute(
            "SELECT id FROM session WHERE id > ?", (max(recent, default=0),))}
        top = int(con.execute("SELECT coalesce(max(id), 0) FROM session").fetchone()[0])
        ids = sorted(set(expected) | recent | new)
        rows = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for row in con.execute(COUNTS_SQL.format(ids=",".join(map(str, chunk)))):
                rows[row[0]] = row
    finally:
        con.close()
    for sid in ids:
        row = rows.get(sid)
        if row is None:
            if sid in expected:
                summary.lost_acknowledged += 1
                summary.problems.append(f"session {sid} acknowledged but missing")
            continue
        summary.sessions_checked += 1
        if not whole_file and sid in new and sid not in expected:
            summary.committed_unacknowledged += 1
        _, notes, n_reg, n_prod, n_pap = row
        stored = (n_reg, n_prod, n_pap)
        want = expected.get(sid)
        if notes != _expect_note(*stored) or (want is not None and want != stored):
            summary.partial_sessions += 1
            summary.problems.append(
                f"session {sid}: stored {stored}, notes {notes!r}, acknowledged {expected.get(sid)}")
    return top


def run_trial(db_path: Path, patient_id: int, rng: random.Random, max_delay_s: float,
              expected: Expected, summary: Summary) -> set[int]:
    """Fork a saver, kill it at a random moment, collect its acknowledgements."""
    read_fd, write_fd = os.pipe()
    seed = rng.getrandbits(32)
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_fd)
        code = 0
        try:
            child_main(db_path, patient_id, write_fd, seed)
        except BaseException:  # noqa: BLE001 - report and leave without running parent cleanup
            import traceback

            traceback.print_exc()
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    data = b""
    deadline = time.monotonic() + 60
    while b"S\n" not in data and time.monotonic() < deadline:  # wait until the child is saving
        ready, _, _ = select.select([read_fd], [], [], 1.0)
        if ready:
            chunk = os.read(read_fd, 65536)
            if not chunk:
                break
            data += chunk
    time.sleep(rng.uniform(0.0, max_delay_s))
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    while chunk := os.read(read_fd, 65536):
        data += chunk
    os.close(read_fd)
    if not os.WIFSIGNALED(status):
        raise RuntimeError(f"the saving process ended by itself (status {status}); see stderr")
    reported: set[int] = set()
    pending: set[int] = set()
    lines = data.decode().splitlines()
    if lines and lines[-1].split()[0] in ("B", "R"):
        summary.kills_during_save += 1  # killed between the start of a save and its report
    for line in lines:
        kind, *values = line.split()
        if kind in ("S", "B"):
            continue
        if kind == "R":
            pending.add(int(values[0]))
            continue
        sid, n_reg, n_prod, n_pap = (int(v) for v in values)
        expected[sid] = (n_reg, n_prod, n_pap)
        pending.discard(sid)
        reported.add(sid)
    for sid in pending:  # killed during a rewrite: either version may be stored, whole
        expected[sid] = None
        reported.add(sid)
    summary.acknowledged += sum(1 for sid in reported if sid not in pending)
    summary.trials += 1
    return reported


def run(trials: int, workdir: Path, *, trials_per_file: int = 100, max_delay_s: float = 0.4,
        seed: int = 1, progress: bool = False) -> Summary:
    """Run ``trials`` kill trials in ``workdir``; returns the tallies."""
    rng = random.Random(seed)
    summary = Summary()
    # import everything the child needs now, so each forked child saves at once
    import mesomap.storage.engine
    import mesomap.storage.maps  # noqa: F401

    make_document(random.Random(0))
    started = time.perf_counter()
    db_path = workdir / "kill.sqlite"
    patient_id = 0
    expected: Expected = {}
    last_id = 0
    for trial in range(trials):
        if trial % trials_per_file == 0:
            summary.files += 1
            db_path = workdir / f"kill-{summary.files:03d}.sqlite"
            patient_id = prepare_database(db_path)
            expected = {}
            last_id = 0
        reported = run_trial(db_path, patient_id, rng, max_delay_s, expected, summary)
        last_id = check_file(db_path, {k: expected[k] for k in reported}, {last_id}, summary)
        if progress and (trial + 1) % 50 == 0:
            print(f"  {trial + 1} trials, {summary.acknowledged} acknowledged saves, "
                  f"{summary.corrupt_databases + summary.partial_sessions + summary.lost_acknowledged}"
                  f" problems ({time.perf_counter() - started:.0f} s)", flush=True)
        if (trial + 1) % trials_per_file == 0 or trial + 1 == trials:
            # whole-file check: every acknowledged save of this file, as last acknowledged
            check_file(db_path, expected, {0}, summary, whole_file=True)
    summary.seconds = time.perf_counter() - started
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--trials-per-file", type=int, default=100)
    parser.add_argument("--max-delay", type=float, default=0.4,
                        help="longest wait before the kill, seconds (uniform from 0)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=None,
                        help="folder for the database files (default: a temporary folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mesomap-kill-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        print(f"kill-during-save: {args.trials} trials, SQLite, {os.cpu_count()} CPUs", flush=True)
        s = run(args.trials, workdir, trials_per_file=args.trials_per_file,
                max_delay_s=args.max_delay, seed=args.seed, progress=True)
    print(f"trials                        {s.trials}")
    print(f"database files                {s.files}")
    print(f"acknowledged saves            {s.acknowledged}")
    print(f"session checks                {s.sessions_checked}")
    print(f"kills landing inside a save   {s.kills_during_save}")
    print(f"committed, kill before report {s.committed_unacknowledged} (allowed: checked whole)")
    print(f"corrupt databases             {s.corrupt_databases}")
    print(f"partial sessions              {s.partial_sessions}")
    print(f"lost acknowledged commits     {s.lost_acknowledged}")
    print(f"time                          {s.seconds:.1f} s")
    for problem in s.problems[:20]:
        print(f"  problem: {problem}")
    print(SIGKILL_NOTE)
    return 0 if s.clean else 1


if __name__ == "__main__":
    sys.exit(main())
