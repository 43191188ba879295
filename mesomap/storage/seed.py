"""``mesomap seed-demo``: fill a database with a fictional clinic, and stamp it as a demo.

:func:`seed_demo` refuses a database that holds clinic records (it is not stamped demo and any of
its patients, sessions, courses, accounts or products exist; or it is stamped demo but a patient
lacks the demo stamp, ``external_id`` "DEMO-…"), changing nothing. Otherwise it stamps the
database demo (``mesomap_meta.is_demo``) in the same transaction as that check, creates the demo
accounts, products, lots and presets, then adds patients with courses, sessions in every state
and their maps, in batches committed one after the other (bulk Core inserts; see
:mod:`mesomap.storage.seed_rows`). Seeding a demo database again adds more demo patients.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.storage import models as m
from mesomap.storage import template_snapshots
from mesomap.storage.errors import StorageError
from mesomap.storage.models.base import utcnow
from mesomap.storage.schema import mark_as_demo, read_is_demo
from mesomap.storage.seed_generate import DemoGenerator
from mesomap.storage.seed_rows import (
    DEMO_EXTERNAL_ID_PREFIX,
    KeyAllocator,
    RowBatch,
    RowBuilder,
    ensure_reference,
    fix_sequences,
    install_clinic_defaults,
    table,
)

#: Tables that hold a clinic's own records: any row in them makes a non-demo database "in use".
CLINIC_TABLES: tuple[tuple[object, str], ...] = (
    (m.Patient, "patients"), (m.TreatmentSession, "sessions"),
    (m.TreatmentCourse, "treatment courses"), (m.UserAccount, "user accounts"),
    (m.Product, "products"), (m.Lot, "lots"),
)

SESSIONS_PER_PATIENT = 10
PAPULES_PER_SESSION = 30


class DemoSeedRefusedError(StorageError):
    """The database holds records that are not demonstration data."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "This database holds real clinic records ({details}), so seed-demo did not touch it. "
        "Demonstration data goes into an empty database or one made by seed-demo: give a new "
        "file, for example --db sqlite:///mesomap-demo.sqlite.",
    )


@dataclass
class SeedReport:
    """What a seeding run added, and how long it took."""

    patients: int = 0
    courses: int = 0
    sessions: int = 0
    regions: int = 0
    papules: int = 0
    signatures: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


Progress = Callable[[SeedReport, int], None]  # (report so far, patients requested)


def non_demo_records(conn: sa.Connection) -> str | None:
    """A short description of the records that make this database a clinic's, or None."""
    pt = table(m.Patient)
    if read_is_demo(conn):
        foreign = conn.execute(
            sa.select(sa.func.count()).select_from(pt).where(sa.or_(
                pt.c.external_id.is_(None),
                sa.not_(pt.c.external_id.startswith(DEMO_EXTERNAL_ID_PREFIX, autoescape=True)),
            ))
        ).scalar_one()
        return f"patients without the demo stamp: {foreign}" if foreign else None
    found = []
    for model, label in CLINIC_TABLES:
        t = table(model)
        n = conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
        if n:
            found.append(f"{label}: {n}")
    return ", ".join(found) if found else None


def check_seedable(engine: sa.Engine) -> None:
    """Raise :class:`DemoSeedRefusedError` when the database holds clinic records (read only;
    :func:`seed_demo` checks again under the write lock)."""
    with engine.connect() as conn:
        details = non_demo_records(conn)
        conn.rollback()
    if details is not None:
        raise DemoSeedRefusedError(details=details)


def _lock_for_seeding(conn: sa.Connection) -> None:
    """Make the check and the stamp atomic against another writer. On SQLite the engine
    begins every transaction IMMEDIATE (the write lock is already held); on PostgreSQL the
    marker row is locked."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("LOCK TABLE mesomap_meta IN EXCLUSIVE MODE"))


def seed_demo(engine: sa.Engine, *, patients: int, sessions: int | None = None,
              papules: int | None = None, seed: int = 2024, today: date | None = None,
              batch_patients: int = 500, progress: Progress | None = None) -> SeedReport:
    """Seed ``patients`` fictional patients (with ``sessions`` sessions, default 10 each, and
    ``papules`` papules, default 30 per session). Raises :class:`DemoSeedRefusedError` and
    changes nothing when the database holds clinic records."""
    if patients < 1:
        raise ValueError("seed-demo needs at least one patient")
    sessions = patients * SESSIONS_PER_PATIENT if sessions is None else sessions
    papules = sessions * PAPULES_PER_SESSION if papules is None else papules
    started = time.perf_counter()
    gen = DemoGenerator(patients=patients, sessions=sessions, papules=papules, seed=seed,
                        today=today)
    report = SeedReport()
    now = utcnow()
    with engine.connect() as conn:
        with conn.begin():
            _lock_for_seeding(conn)
            details = non_demo_records(conn)
            if details is not None:
                raise DemoSeedRefusedError(details=details)
            mark_as_demo(conn)
            install_clinic_defaults(conn)
            keys = KeyAllocator(conn)
            ref = ensure_reference(conn, keys, gen, now)
            pt = table(m.Patient)
            first_index = int(conn.execute(sa.select(sa.func.count()).select_from(pt)).scalar_one())
        builder = RowBuilder(keys, ref, now, seed, first_index)
        batch = RowBatch()
        for patient in gen.iter_patients():
            builder.patient(patient, batch)
            if batch.count(m.Patient) >= batch_patients:
                _flush(conn, batch, report, builder)
                batch = RowBatch()
                if progress is not None:
                    progress(report, patients)
        _flush(conn, batch, report, builder)
        with conn.begin():
            fix_sequences(conn)
            template_snapshots.store_missing(conn)  # the demo maps' templates, as save_map does
        # fresh statistics so the planner uses the indexes on the new rows
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
        else:
            with conn.begin():
                conn.exec_driver_sql("ANALYZE")
    report.by_status = dict(builder.status_counts)
    report.seconds = time.perf_counter() - started
    if progress is not None:
        progress(report, patients)
    return report


def _flush(conn: sa.Connection, batch: RowBatch, report: SeedReport,
           builder: RowBuilder) -> None:
    with conn.begin():
        batch.insert(conn)
    report.patients += batch.count(m.Patient)
    report.courses += batch.count(m.TreatmentCourse)
    report.sessions += batch.count(m.TreatmentSession)
    report.regions += batch.count(m.MapRegion)
    report.papules += batch.count(m.Papule)
    report.signatures += batch.count(m.Signature)
