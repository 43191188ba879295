"""Bulk rows for ``mesomap seed-demo``: generated demo records → SQLAlchemy Core inserts.

Seeding 3,000,000 papules through the ORM would take far too long, so this module assigns the
integer keys itself (from the tables' current maxima), builds plain row dicts and inserts them
with ``connection.execute(table.insert(), rows)`` (DBAPI ``executemany``) in batches.
On PostgreSQL the id sequences are moved past the inserted keys afterwards.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from shapely import to_wkb
from sqlalchemy.orm import Session

from mesomap.storage import models as m
from mesomap.storage.search import patient_search_text
from mesomap.storage.seed_catalogue import (
    DEMO_PRESETS,
    DEMO_PRODUCTS,
    DEMO_USERS,
)
from mesomap.storage.seed_generate import DemoGenerator, DemoPatient, DemoSession

Row = dict[str, Any]

#: Tables whose keys the seeder assigns itself.
KEYED_TABLES: tuple[sa.Table, ...] = tuple(
    t.__table__  # type: ignore[misc]
    for t in (
        m.UserAccount, m.Product, m.Lot, m.ProtocolPreset, m.Patient, m.ConsentRecord,
        m.TreatmentCourse, m.TreatmentSession, m.SessionMap, m.MapRegion, m.MapRegionProduct,
        m.Papule, m.Signature, m.RegionActual, m.RegionActualProduct, m.AdverseEvent,
        m.OutcomeMeasure, m.ChecklistAnswer, m.Amendment,
    )
)

DEMO_EXTERNAL_ID_PREFIX = "DEMO-"
DEMO_DIGEST_METHOD = "demo-seed"


def table(model: Any) -> sa.Table:
    return model.__table__  # type: ignore[no-any-return]


class KeyAllocator:
    """Next free integer key per table, read once from the database."""

    def __init__(self, conn: sa.Connection) -> None:
        self._next: dict[str, int] = {}
        for t in KEYED_TABLES:
            top = conn.execute(sa.select(sa.func.max(t.c.id))).scalar()
            self._next[t.name] = int(top or 0) + 1

    def take(self, t: sa.Table, n: int = 1) -> int:
        first = self._next[t.name]
        self._next[t.name] = first + n
        return first


def fix_sequences(conn: sa.Connection) -> None:
    """PostgreSQL: move each serial sequence past the keys inserted explicitly."""
    if conn.dialect.name != "postgresql":
        return
    for t in KEYED_TABLES:
        conn.execute(sa.text(
            f"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {t.name}), 0) + 1, false)"))


@dataclass
class Reference:
    """Keys of the demo clinic's accounts, products, lots and presets."""

    users: dict[str, int] = field(default_factory=dict)  # login -> id
    user_names: dict[str, str] = field(default_factory=dict)
    products: dict[str, int] = field(default_factory=dict)  # product code -> id
    product_names: dict[str, str] = field(default_factory=dict)
    lots: dict[str, int] = field(default_factory=dict)  # lot number -> id
    presets: dict[str, int] = field(default_factory=dict)  # preset code -> id
    checklist: list[tuple[int, str]] = field(default_factory=list)  # active items (id, label)


def ensure_reference(conn: sa.Connection, keys: KeyAllocator, gen: DemoGenerator,
                     now: datetime) -> Reference:
    """Create (or find, when the demo database was seeded before) accounts, products, lots and
    presets."""
    ref = Reference()
    ua, ur = table(m.UserAccount), table(m.UserRole)
    existing = {r.login: r.id for r in conn.execute(sa.select(ua.c.login, ua.c.id))}
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    for u in DEMO_USERS:
        if u.username not in existing:
            uid = keys.take(ua)
            # password_hash NULL: demo accounts cannot log in to a clinic's workstation
            conn.execute(ua.insert(), [{"id": uid, "login": u.username, "display_name": u.full_name,
                                        "password_hash": None, "active": True,
                                        "failed_login_count": 0, **stamp}])
            conn.execute(ur.insert(), [{"user_id": uid, "role": m.Role(u.role)}])
            existing[u.username] = uid
        ref.users[u.username] = existing[u.username]
        ref.user_names[u.username] = u.full_name
    pt = table(m.Product)
    products = {r.name: r.id for r in conn.execute(sa.select(pt.c.name, pt.c.id))}
    for p in DEMO_PRODUCTS:
        if p.name not in products:
            pid = keys.take(pt)
            conn.execute(pt.insert(), [{
                "id": pid, "name": p.name, "actives": ", ".join(p.actives),
                "manufacturer": p.manufacturer, "unit": "mL",
                "notes": f"Fictional product for demonstration; {p.form} of "
                         f"{p.container_volume_ml} mL.",
                "active": True, "max_volume_per_session_ml": p.max_volume_per_session_ml, **stamp}])
            products[p.name] = pid
        ref.products[p.code] = products[p.name]
        ref.product_names[p.code] = p.name
    lt = table(m.Lot)
    lots = {r.lot_number: r.id for r in conn.execute(sa.select(lt.c.lot_number, lt.c.id))}
    for lot in gen.lots:
        if lot.lot_number not in lots:
            lid = keys.take(lt)
            conn.execute(lt.insert(), [{
                "id": lid, "product_id": ref.products[lot.product_code],
                "lot_number": lot.lot_number, "expiry_date": lot.expiry,
                "received_on": gen.today - timedelta(days=120), "notes": "Fictional lot (demo).",
                "active": True, **stamp}])
            lots[lot.lot_number] = lid
        ref.lots[lot.lot_number] = lots[lot.lot_number]
    ci = table(m.ChecklistItem)
    ref.checklist = [(r.id, r.label) for r in conn.execute(
        sa.select(ci.c.id, ci.c.label).where(ci.c.active.is_(True)).order_by(ci.c.position))]
    pp = table(m.ProtocolPreset)
    presets = {r.code: r.id for r in conn.execute(sa.select(pp.c.code, pp.c.id))}
    for preset in DEMO_PRESETS:
        code = f"demo_{preset.code}"
        if code not in presets:
            ppid = keys.take(pp)
            conn.execute(pp.insert(), [{
                "id": ppid, "code": code, "name": f"{preset.name} (demo clinic)",
                "technique_code": preset.technique, "pattern": m.Pattern(preset.pattern),
                "depth_mm": preset.depth_mm, "needle_gauge": preset.needle_gauge,
                "needle_length_mm": preset.needle_length_mm, "angle_deg": preset.angle_deg,
                "volume_per_papule_ml": preset.volume_per_papule_ml, "spacing_cm": preset.spacing_cm,
                "margin_cm": preset.margin_cm, "nappage_density_per_cm2": preset.nappage_density_per_cm2,
                "seconds_per_papule": preset.seconds_per_papule, "setup_minutes": preset.setup_minutes,
                "notes": "A fictional clinic's protocol, after DOMAIN.md's technique table; "
                         "not a recommendation.",
                "shipped": False, "active": True, **stamp}])
            presets[code] = ppid
        ref.presets[preset.code] = presets[code]
    return ref


def install_clinic_defaults(conn: sa.Connection) -> None:
    """The shipped presets and contraindication checklist, as a clinic database gets them
    (the records module writes them into a database that has none; the demo presets added
    next would otherwise stop that). Call before :class:`KeyAllocator` reads the keys."""
    try:
        from mesomap.storage.repository.records_catalog import ensure_defaults
    except ImportError:
        return
    with Session(bind=conn, join_transaction_mode="create_savepoint") as orm:
        ensure_defaults(orm)
        orm.commit()


class RowBatch:
    """Rows of every table for a batch of patients, inserted parent tables first."""

    ORDER: tuple[Any, ...] = (
        m.Patient, m.TreatmentCourse, m.ConsentRecord, m.TreatmentSession, m.SessionMap,
        m.MapRegion, m.MapRegionProduct, m.Papule, m.Signature, m.RegionActual,
        m.RegionActualProduct, m.Amendment, m.AdverseEvent, m.OutcomeMeasure, m.ChecklistAnswer,
    )

    def __init__(self) -> None:
        self.rows: dict[str, list[Row]] = {table(t).name: [] for t in self.ORDER}
        # papules (the bulk of the data) as plain tuples in PAPULE_KEYS order
        self.papules: list[tuple[Any, ...]] = []
        # signatures whose digest is computed from the stored record once it is inserted
        self.to_sign: list[Row] = []

    def add(self, model: Any, row: Row) -> None:
        self.rows[table(model).name].append(row)

    def insert(self, conn: sa.Connection, chunk: int = 20_000) -> None:
        for model in self.ORDER:
            t = table(model)
            if model is m.Papule:
                insert_papules(conn, self.papules, chunk)
                continue
            rows = self.rows[t.name]
            for i in range(0, len(rows), chunk):
                conn.execute(t.insert(), rows[i:i + chunk])
        if self.to_sign:
            sign_stored_records(conn, self.to_sign)

    def count(self, model: Any) -> int:
        if model is m.Papule:
            return len(self.papules)
        if model is m.Signature:
            return len(self.rows[table(model).name]) + len(self.to_sign)
        return len(self.rows[table(model).name])


#: The second signed session of a run, and every later one whose key is a multiple of this,
#: gets a later adverse event recorded as an amendment (the first stays plain).
AMENDED_EVERY = 23

#: Signed sessions of the first patients of each run carry a signature that verifies
#: (``RecordsRepository.verify``); computing it costs ~10 ms a session, so the bulk of a big
#: benchmark seed gets a stand-in digest marked ``digest_method = "demo-seed"`` instead.
VERIFIABLE_PATIENTS = 200


def sign_stored_records(conn: sa.Connection, rows: list[Row]) -> None:
    """Fill in each signature's digest from the session record as stored (the records module's
    canonical form), then insert the signatures, in the caller's transaction."""
    try:
        from mesomap.core.records.canonical import DIGEST_METHOD, record_digest
        from mesomap.storage.repository.records_signing import record_data
    except ImportError:  # records module absent: keep the stand-in digests
        conn.execute(table(m.Signature).insert(), rows)
        return
    with Session(bind=conn, join_transaction_mode="create_savepoint") as orm:
        for row in rows:
            row["digest_sha256"] = record_digest(record_data(orm, row["session_id"]))
            row["digest_method"] = DIGEST_METHOD
    conn.execute(table(m.Signature).insert(), rows)


PAPULE_KEYS = ("id", "region_id", "seq", "uid", "injection_order", "x_cm", "y_cm", "locked",
               "manual")


def insert_papules(conn: sa.Connection, rows: list[tuple[Any, ...]], chunk: int) -> None:
    """The papule table's ``insert()``, compiled once for the connection's dialect and run as a
    DBAPI ``executemany`` of plain tuples: the columns need no type conversion, and skipping
    SQLAlchemy's per-row parameter processing halves the seeding time of 3,000,000 papules."""
    compiled = table(m.Papule).insert().compile(dialect=conn.dialect, column_keys=list(PAPULE_KEYS))
    sql = str(compiled)
    if compiled.positional:
        order = [PAPULE_KEYS.index(name) for name in compiled.positiontup or ()]
        identity = order == list(range(len(PAPULE_KEYS)))
        params: list[Any] = rows if identity else [tuple(r[i] for i in order) for r in rows]
    else:
        params = [dict(zip(PAPULE_KEYS, r, strict=True)) for r in rows]
    for i in range(0, len(params), chunk):
        conn.exec_driver_sql(sql, params[i:i + chunk])


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class RowBuilder:
    """Turns generated patients into rows with keys, for one seeding run."""

    def __init__(self, keys: KeyAllocator, ref: Reference, now: datetime, seed: int,
                 first_index: int) -> None:
        self.keys = keys
        self.ref = ref
        self.now = now
        self.rng = random.Random(seed ^ 0x5EED)
        self.first_index = first_index
        self.stamp = {"version": 1, "created_at": now, "updated_at": now}
        self.status_counts: dict[str, int] = {}
        self.verifiable = True
        self.amended = 0  # signed sessions given a later amendment with an adverse event
        self.signed_seen = 0

    def patient(self, p: DemoPatient, batch: RowBatch) -> None:
        self.verifiable = p.index < VERIFIABLE_PATIENTS
        t = table(m.Patient)
        pid = self.keys.take(t)
        ext = f"{DEMO_EXTERNAL_ID_PREFIX}{self.first_index + p.index + 1:06d}"
        batch.add(m.Patient, {
            "id": pid, "family_name": p.last_name, "given_name": p.first_name,
            "search_text": patient_search_text(p.last_name, p.first_name, ext, p.birth_date),
            "birth_date": p.birth_date, "sex": m.Sex(p.sex), "phone": p.phone, "email": p.email,
            "address": "", "allergies": "", "contraindication_notes": "",
            "notes": "Fictional demonstration patient (generated by mesomap seed-demo).",
            "external_id": ext, "erased": False, "anonymised": False, **self.stamp})
        for course in p.courses:
            cid = self.keys.take(table(m.TreatmentCourse))
            ind = course.indication
            doctor = self.ref.users[course.practitioner]
            last = course.sessions[-1].scheduled_at.date() if course.sessions else course.start
            closed = last if (len(course.sessions) == course.planned_sessions
                              and last < self.now.date()) else None
            batch.add(m.TreatmentCourse, {
                "id": cid, "patient_id": pid, "practitioner_id": doctor,
                "indication": ind.code, "area": ind.area,
                "planned_sessions": course.planned_sessions,
                "interval_days_min": course.interval_days,
                "interval_days_max": course.interval_days, "started_on": course.start,
                "closed_on": closed, "notes": "", "created_by": doctor, "updated_by": doctor,
                **self.stamp})
            batch.add(m.ConsentRecord, {
                "id": self.keys.take(table(m.ConsentRecord)), "patient_id": pid,
                "course_id": cid, "consented_on": course.start, "form_version": "demo-1",
                "taken_by_id": doctor, "scope": ind.name, "notes": "", **self.stamp})
            previous: int | None = None
            for s in course.sessions:
                previous = self.session(s, pid, cid, previous, ind.code, batch)

    def session(self, s: DemoSession, patient_id: int, course_id: int, previous: int | None,
                indication: str, batch: RowBatch) -> int:
        sid = self.keys.take(table(m.TreatmentSession))
        doctor = self.ref.users[s.practitioner]
        when = _aware(s.scheduled_at)
        done = s.status in ("performed", "signed")
        self.status_counts[s.status] = self.status_counts.get(s.status, 0) + 1
        minutes = 10 + sum(int(len(r.xs) * r.preset.seconds_per_papule / 60) for r in s.regions)
        reason = {"cancelled": "Patient asked to postpone (demo).",
                  "no_show": "Did not attend (demo)."}.get(s.status, "")
        batch.add(m.TreatmentSession, {
            "id": sid, "patient_id": patient_id, "course_id": course_id,
            "practitioner_id": doctor, "status": m.SessionStatus(s.status), "scheduled_at": when,
            "planned_minutes": minutes, "performed_at": when + timedelta(minutes=5) if done else None,
            "number_in_course": s.number, "previous_session_id": previous,
            "cancel_reason": reason, "notes": "", "created_by": doctor, "updated_by": doctor,
            **self.stamp})
        map_id = self.keys.take(table(m.SessionMap))
        batch.add(m.SessionMap, {
            "id": map_id, "session_id": sid, "template_id": s.template_id,
            "template_version": s.template_version, "template_content_hash": s.template_hash,
            "fit_scale_x": 1.0, "fit_scale_y": 1.0, "fit_measurements": {}, "notes": "",
            "created_by": doctor, "updated_by": doctor, **self.stamp})
        rng = self.rng
        for pos, region in enumerate(s.regions):
            rid = self.keys.take(table(m.MapRegion))
            pr = region.preset
            batch.add(m.MapRegion, {
                "id": rid, "map_id": map_id, "uid": region.id, "position": pos,
                "name": region.name, "color": region.color, "pattern": m.Pattern(region.pattern),
                "geometry_wkb": to_wkb(region.geometry), "technique_code": pr.technique,
                "preset_id": self.ref.presets[pr.code], "depth_mm": pr.depth_mm,
                "needle_gauge": pr.needle_gauge, "needle_length_mm": pr.needle_length_mm,
                "angle_deg": pr.angle_deg, "spacing_cm": pr.spacing_cm, "margin_cm": pr.margin_cm,
                "rings_count": None, "nappage_density_per_cm2": pr.nappage_density_per_cm2,
                "seconds_per_papule": pr.seconds_per_papule, "setup_minutes": pr.setup_minutes,
                "start_corner": "top_left"})
            for k, (code, lot_number, volume) in enumerate(region.mixture):
                batch.add(m.MapRegionProduct, {
                    "id": self.keys.take(table(m.MapRegionProduct)), "region_id": rid,
                    "position": k, "product_id": self.ref.products[code],
                    "lot_id": self.ref.lots[lot_number],
                    "product_name": self.ref.product_names[code], "lot_number": lot_number,
                    "volume_per_papule_ml": volume})
            n = len(region.xs)
            if n:
                first = self.keys.take(table(m.Papule), n)
                xs = region.xs.tolist()
                ys = region.ys.tolist()
                prefix = f"{rng.getrandbits(48):012x}"  # ids as the document makes them
                batch.papules.extend(
                    (first + j, rid, j, f"{prefix}.{j}", j + 1, xs[j], ys[j], False, False)
                    for j in range(n))
            if done:
                aid = self.keys.take(table(m.RegionActual))
                batch.add(m.RegionActual, {
                    "id": aid, "session_id": sid, "region_uid": region.id,
                    "region_name": region.name, "papules_performed": n,
                    "performed_at": when + timedelta(minutes=10), "notes": "",
                    "created_by": doctor, "updated_by": doctor, **self.stamp})
                for k, (code, lot_number, volume) in enumerate(region.mixture):
                    batch.add(m.RegionActualProduct, {
                        "id": self.keys.take(table(m.RegionActualProduct)), "actual_id": aid,
                        "position": k, "product_id": self.ref.products[code],
                        "lot_id": self.ref.lots[lot_number],
                        "product_name": self.ref.product_names[code], "lot_number": lot_number,
                        "volume_total_ml": (volume * max(n, 1)).quantize(Decimal("0.0001"))})
        if done:
            for item_id, label in self.ref.checklist:  # contraindications asked, none present
                batch.add(m.ChecklistAnswer, {
                    "id": self.keys.take(table(m.ChecklistAnswer)), "session_id": sid,
                    "item_id": item_id, "item_label": label,
                    "answer": m.ChecklistAnswerValue.NO, "note": "", "answered_by_id": doctor,
                    "answered_at": when - timedelta(minutes=5), **self.stamp})
            self._clinical(s, sid, patient_id, course_id, doctor, when, indication, batch)
        return sid

    def _clinical(self, s: DemoSession, sid: int, patient_id: int, course_id: int, doctor: int,
                  when: datetime, indication: str, batch: RowBatch) -> None:
        rng = self.rng
        if indication.endswith("pain"):
            batch.add(m.OutcomeMeasure, {
                "id": self.keys.take(table(m.OutcomeMeasure)), "patient_id": patient_id,
                "course_id": course_id, "session_id": sid, "kind": m.OutcomeKind.PAIN_SCORE,
                "label": "VAS", "value": Decimal(max(1, 8 - s.number + rng.randint(-1, 1))),
                "measured_at": when, "notes": "", **self.stamp})
        if rng.random() < 0.03:
            batch.add(m.AdverseEvent, {
                "id": self.keys.take(table(m.AdverseEvent)), "patient_id": patient_id,
                "session_id": sid, "amendment_id": None,
                "kind": rng.choice(("bruising", "swelling", "erythema")),
                "severity": m.Severity.MILD, "onset_at": when + timedelta(hours=2),
                "description": "Small, resolved without treatment (demo).",
                "action_taken": "Cold pack.", "recorded_by_id": doctor,
                "recorded_at": when + timedelta(hours=1), **self.stamp})
        if s.status == "signed":
            digest = hashlib.sha256(
                f"demo-session:{sid}:{when.isoformat()}:{s.papule_count}".encode()).hexdigest()
            signed_at = datetime.combine(when.date(), time(19, 0), tzinfo=UTC)
            row = {
                "id": self.keys.take(table(m.Signature)), "session_id": sid,
                "amendment_id": None, "signer_id": doctor,
                "signer_name": self.ref.user_names[s.practitioner], "signed_at": signed_at,
                "meaning": m.SignatureMeaning.PERFORMED, "digest_sha256": digest,
                "digest_method": DEMO_DIGEST_METHOD, "record_version": 1}
            if self.verifiable:  # digest computed from the stored record after the insert
                batch.to_sign.append(row)
            else:
                batch.add(m.Signature, row)
            self.signed_seen += 1
            # the run's first signed session stays plain (tests add their own amendment to it)
            if self.signed_seen >= 2 and (not self.amended or sid % AMENDED_EVERY == 0):
                self._amendment(sid, patient_id, doctor, when, batch)

    def _amendment(self, sid: int, patient_id: int, doctor: int, when: datetime,
                   batch: RowBatch) -> None:
        """A signed session with an adverse event reported later, recorded as an amendment
        (kept beside the original; the session's signature does not cover it)."""
        self.amended += 1
        aid = self.keys.take(table(m.Amendment))
        later = when + timedelta(days=2)
        onset = when + timedelta(days=1)
        event = {"kind": "bruising", "severity": "mild",
                 "description": "Bruise noticed the next day, reported by phone (demo).",
                 "action_taken": "Advice given; arnica gel (demo).",
                 "onset_at": onset.astimezone(UTC).isoformat()}
        batch.add(m.Amendment, {
            "id": aid, "session_id": sid, "author_id": doctor, "created_at": later,
            "reason": "Adverse event reported after signing (demo).", "target": "adverse_event",
            "content": event})
        batch.add(m.AdverseEvent, {
            "id": self.keys.take(table(m.AdverseEvent)), "patient_id": patient_id,
            "session_id": sid, "amendment_id": aid, "kind": event["kind"],
            "severity": m.Severity.MILD, "onset_at": onset, "description": event["description"],
            "action_taken": event["action_taken"], "recorded_by_id": doctor,
            "recorded_at": later, **self.stamp})


ProgressCallback = Callable[[int, int, Mapping[str, int]], None]
