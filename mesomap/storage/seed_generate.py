"""Deterministic generation of a fictional clinic's records for ``mesomap seed-demo``.

Plain dataclasses, independent of the database: :func:`generate_people` and
:func:`iter_patient_batches` turn a seed (and the seeding day) into patients, courses, sessions
and their maps. The same seed and day always give the same records, ids included.

Speed matters (the benchmark database has 3,000,000 papules): each treated zone is laid out
once as a lattice of papules sorted outwards from its centre, and a session takes the first
``k`` of them, clipped to a disk so the region drawn holds exactly its papules. Counts are exact:
``patients`` patients, ``sessions`` sessions and ``papules`` papules in total.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import numpy as np
import shapely
from shapely.geometry import Point, Polygon
from shapely.geometry.base import BaseGeometry

from mesomap.storage.seed_catalogue import (
    DEMO_INDICATIONS,
    DEMO_PRESETS,
    DEMO_PRODUCTS,
    FIRST_NAMES,
    LANGUAGE_WEIGHTS,
    LAST_NAMES,
    LOT_EXPIRY_DAYS,
    PRACTITIONERS,
    REGION_COLORS,
    DemoIndication,
    DemoPreset,
    ZoneShape,
)

# --- generated records --------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoLot:
    product_code: str
    lot_number: str
    expiry: date


@dataclass
class DemoRegion:
    id: str  # uuid4 hex
    name: str
    color: str
    zone_id: str
    geometry: BaseGeometry
    pattern: str
    preset: DemoPreset
    mixture: list[tuple[str, str, Decimal]]  # (product code, lot number, volume per papule mL)
    xs: np.ndarray[Any, np.dtype[np.float64]]  # papule x (cm), in injection order
    ys: np.ndarray[Any, np.dtype[np.float64]]


@dataclass
class DemoSession:
    number: int  # 1-based within the course
    scheduled_at: datetime
    status: str
    practitioner: str
    template_id: str
    template_version: int
    template_hash: str
    regions: list[DemoRegion]

    @property
    def papule_count(self) -> int:
        return sum(len(r.xs) for r in self.regions)


@dataclass
class DemoCourse:
    indication: DemoIndication
    practitioner: str
    start: date
    planned_sessions: int
    interval_days: int
    sessions: list[DemoSession] = field(default_factory=list)


@dataclass
class DemoPatient:
    index: int
    first_name: str
    last_name: str
    sex: str  # "female" | "male"
    birth_date: date
    language: str
    email: str
    phone: str
    courses: list[DemoCourse] = field(default_factory=list)


@dataclass(frozen=True)
class TemplateInfo:
    template_id: str
    version: int
    content_hash: str


# --- zones laid out once -------------------------------------------------------------------------


class ZonePatches:
    """One treated zone at one spacing: its lattice of papules and cached prefix patches."""

    def __init__(self, shape: BaseGeometry, spacing_cm: float, margin_cm: float,
                 pattern: str) -> None:
        self.shape = shape
        self.spacing_cm = spacing_cm
        inner = shape.buffer(-margin_cm) if margin_cm > 0 else shape
        if inner.is_empty or inner.area < spacing_cm * spacing_cm:
            inner = shape
        minx, miny, maxx, maxy = inner.bounds
        dy = spacing_cm * (math.sqrt(3) / 2 if pattern == "hex" else 1.0)
        rows = np.arange(miny, maxy + 1e-9, dy)
        pts: list[np.ndarray[Any, np.dtype[np.float64]]] = []
        for i, y in enumerate(rows):
            offset = spacing_cm / 2 if (pattern == "hex" and i % 2) else 0.0
            xs = np.arange(minx + offset, maxx + 1e-9, spacing_cm)
            pts.append(np.column_stack([xs, np.full_like(xs, y)]))
        grid = np.vstack(pts) if pts else np.zeros((0, 2))
        inside = shapely.contains_xy(inner.buffer(1e-9), grid[:, 0], grid[:, 1])
        grid = grid[inside]
        c = inner.representative_point()
        dist = np.hypot(grid[:, 0] - c.x, grid[:, 1] - c.y)
        order = np.argsort(dist, kind="stable")
        self.center = (c.x, c.y)
        self.points = grid[order]
        self.dist = dist[order]
        self._cache: dict[int, tuple[BaseGeometry, np.ndarray[Any, Any], np.ndarray[Any, Any]]] = {}

    @property
    def capacity(self) -> int:
        return len(self.points)

    def patch(self, k: int) -> tuple[BaseGeometry, np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """Region geometry holding the ``k`` central papules, and their x, y in injection order
        (rows from the top, alternating direction)."""
        k = max(0, min(k, self.capacity))
        hit = self._cache.get(k)
        if hit is not None:
            return hit
        if k == self.capacity:
            geom = self.shape
        else:
            radius = (self.dist[k - 1] if k else 0.0) + self.spacing_cm * 0.5
            geom = self.shape.intersection(Point(self.center).buffer(radius, quad_segs=8))
            if geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
                geom = self.shape
        sel = self.points[:k]
        row = np.round(-sel[:, 1] / (self.spacing_cm * 0.5)).astype(np.int64)
        serp = np.where(row % 2 == 0, sel[:, 0], -sel[:, 0])
        idx = np.lexsort((serp, row))
        entry = (geom, sel[idx, 0].copy(), sel[idx, 1].copy())
        self._cache[k] = entry
        return entry


def _shape_geometry(z: ZoneShape) -> BaseGeometry:
    a, b, c, d = z.params
    if z.kind == "rect":
        return Polygon([(a, b), (c, b), (c, d), (a, d)])
    ell = Point(a, b).buffer(1.0, quad_segs=16)
    return shapely.affinity.scale(ell, c, d, origin=(a, b))


def _library_templates(template_ids: set[str]) -> dict[str, Any]:
    """The shipped templates the demo uses, read one file each (``<id>.json`` in the shipped
    folder); an id without a readable file is left out and drawn with simple shapes."""
    try:
        from mesomap import paths
        from mesomap.core.templates import load_template

        folder = paths.body_templates_dir()
    except (ImportError, FileNotFoundError):
        return {}
    found: dict[str, Any] = {}
    for tid in sorted(template_ids):
        try:
            template = load_template(folder / f"{tid}.json")
        except Exception:  # noqa: BLE001 - a missing or bad template must not stop the demo
            continue
        if template.id == tid:
            found[tid] = template
    return found


_BOOKS: dict[bool, ZoneBook] = {}


def zone_book(use_library: bool = True) -> ZoneBook:
    """The zones laid out once per process (templates do not change while mesomap runs)."""
    book = _BOOKS.get(use_library)
    if book is None:
        book = _BOOKS[use_library] = ZoneBook(use_library=use_library)
    return book


class ZoneBook:
    """Every (indication, zone) laid out once, on the real template when it exists."""

    def __init__(self, use_library: bool = True) -> None:
        ids = {ind.template_id for ind in DEMO_INDICATIONS}
        library = _library_templates(ids) if use_library else {}
        self.templates: dict[str, TemplateInfo] = {}
        self.zones: dict[tuple[str, str], ZonePatches] = {}
        presets = {p.code: p for p in DEMO_PRESETS}
        for ind in DEMO_INDICATIONS:
            tpl = library.get(ind.template_id)
            if tpl is not None:
                self.templates[ind.template_id] = TemplateInfo(
                    ind.template_id, int(tpl.version), str(tpl.content_hash))
            else:
                digest = hashlib.sha256(repr(ind.zones).encode()).hexdigest()
                self.templates[ind.template_id] = TemplateInfo(ind.template_id, 1, digest)
            preset = presets[ind.preset_code]
            for i, z in enumerate(ind.zones):
                shape = _zone_from_template(tpl, z, i) if tpl is not None else None
                if shape is None:
                    shape = _shape_geometry(z)
                self.zones[(ind.code, z.zone_id)] = ZonePatches(
                    shape, preset.spacing_cm, preset.margin_cm, preset.pattern)

    def zone(self, indication: str, zone_id: str) -> ZonePatches:
        return self.zones[(indication, zone_id)]


def _zone_from_template(tpl: Any, z: ZoneShape, i: int) -> BaseGeometry | None:
    try:
        zones = list(tpl.zones)
        match = [zz for zz in zones if zz.id == z.zone_id]
        chosen = match[0] if match else (zones[i % len(zones)] if zones else None)
        geom = chosen.geometry if chosen is not None else tpl.outline
        for danger, margin_cm in tpl.avoid_exclusions():  # keep out of "avoid" danger zones
            geom = geom.difference(danger.buffer(max(float(margin_cm), 0.0) + 1e-6))
        if geom is None or geom.is_empty or geom.area < 4.0:
            return None
        if geom.geom_type == "MultiPolygon":  # the largest piece left
            geom = max(geom.geoms, key=lambda g: g.area)
        return geom
    except Exception:  # noqa: BLE001 - fall back to the simple shape
        return None


# --- deterministic helpers -----------------------------------------------------------------------


def uuid_hex(rng: random.Random) -> str:
    """A version-4 UUID as 32 hex digits, drawn from ``rng`` (deterministic)."""
    n = rng.getrandbits(128)
    n = (n & ~(0xF000 << 64)) | (0x4000 << 64)
    n = (n & ~(0xC000 << 48)) | (0x8000 << 48)
    return f"{n:032x}"


def demo_lots(today: date) -> list[DemoLot]:
    """Lots of every demo product: exactly one expired, one expiring within 30 days."""
    lots: list[DemoLot] = []
    for n, product in enumerate(DEMO_PRODUCTS):
        for j, days in enumerate(LOT_EXPIRY_DAYS[product.code]):
            lots.append(DemoLot(product.code, f"DEMO-{product.code[:3].upper()}{n:02d}{j + 1:03d}",
                                today + timedelta(days=days)))
    return lots


def _split_exact(total: int, parts: int, rng: random.Random, jitter: float) -> Iterator[int]:
    """``parts`` positive-ish integers summing exactly to ``total``, each near total/parts."""
    if parts <= 0:
        return
    mean = total / parts
    prev = 0
    for i in range(1, parts + 1):
        nxt = total if i == parts else int(mean * i + rng.random() * mean * jitter)
        nxt = max(prev, min(total, nxt))
        yield nxt - prev
        prev = nxt


def _pick_weighted(rng: random.Random, items: dict[str, float]) -> str:
    return rng.choices(list(items), weights=list(items.values()))[0]


class DemoGenerator:
    """Turns (seed, today, counts) into patients with courses, sessions and maps."""

    def __init__(self, *, patients: int, sessions: int, papules: int, seed: int = 2024,
                 today: date | None = None, use_library: bool = True) -> None:
        if patients < 1 or sessions < 0 or papules < 0:
            raise ValueError("patients must be at least 1; sessions and papules at least 0")
        self.patients = patients
        self.sessions = sessions
        self.papules = papules
        self.seed = seed
        self.today = today or date.today()
        self.rng = random.Random(seed)
        self.book = zone_book(use_library)
        self.lots = demo_lots(self.today)
        self.presets = {p.code: p for p in DEMO_PRESETS}
        self._valid_lots: dict[str, list[DemoLot]] = {}
        for lot in self.lots:
            if lot.expiry > self.today + timedelta(days=30):
                self._valid_lots.setdefault(lot.product_code, []).append(lot)
        self._ind_weights = {ind.code: ind.weight for ind in DEMO_INDICATIONS}
        self._ind = {ind.code: ind for ind in DEMO_INDICATIONS}
        self._session_index = 0
        self._seen_states: set[str] = set()
        self._carry = 0

    # -- patients -----------------------------------------------------------------------------

    def _patient(self, index: int) -> DemoPatient:
        rng = self.rng
        lang = _pick_weighted(rng, LANGUAGE_WEIGHTS)
        sex = "female" if rng.random() < 0.72 else "male"
        first = rng.choice(FIRST_NAMES[lang][sex])
        last = rng.choice(LAST_NAMES[lang])
        if lang in ("es", "pt") and rng.random() < 0.6:
            last = f"{last} {rng.choice(LAST_NAMES[lang])}"
        age_years = min(85.0, max(18.5, rng.gauss(46, 13)))
        birth = self.today - timedelta(days=int(age_years * 365.25) + rng.randrange(365))
        ascii_first = first.encode("ascii", "ignore").decode().lower() or "patient"
        email = f"{ascii_first}.{index:05d}@example.invalid"
        phone = f"+44 7700 900{index % 1000:03d}"  # Ofcom's range reserved for fiction
        return DemoPatient(index, first, last, sex, birth, lang, email, phone)

    # -- courses and sessions -------------------------------------------------------------------

    def _plan_courses(self, patient: DemoPatient, n_sessions: int, force_future: bool) -> None:
        rng = self.rng
        remaining = n_sessions
        # the patient's courses follow each other, the last one may still be running
        sizes: list[tuple[DemoIndication, int, int]] = []
        while remaining > 0:
            ind = self._ind[_pick_weighted(rng, self._ind_weights)]
            planned = rng.randint(*ind.sessions)
            sizes.append((ind, planned, min(planned, remaining)))
            remaining -= min(planned, remaining)
        ongoing = force_future or rng.random() < 0.35
        # walk back from the end: last course ends in the future when ongoing
        cursor = self.today + timedelta(days=rng.randint(14, 60) if ongoing else -rng.randint(5, 90))
        plans: list[DemoCourse] = []
        for ind, planned, n in reversed(sizes):
            interval = rng.choice(ind.interval_days)
            start = cursor - timedelta(days=interval * (n - 1))
            course = DemoCourse(ind, rng.choice(PRACTITIONERS), start, planned, interval)
            plans.append(course)
            cursor = start - timedelta(days=rng.randint(30, 240))
        patient.courses = list(reversed(plans))
        for course in patient.courses:
            hour = rng.choice((9, 10, 11, 14, 15, 16, 17))
            minute = rng.choice((0, 30))
            count = min(course.planned_sessions, n_sessions)
            n_sessions -= count
            for k in range(count):
                day = course.start + timedelta(days=course.interval_days * k)
                course.sessions.append(self._session(course, k + 1, datetime.combine(
                    day, time(hour, minute))))

    def _status(self, when: datetime) -> str:
        i = self._session_index
        self._session_index += 1
        if when.date() > self.today:
            return "planned"
        # even a tiny demo shows every state: the first past sessions take the missing ones
        for state in ("cancelled", "no_show", "performed", "signed"):
            if state not in self._seen_states:
                self._seen_states.add(state)
                return state
        slot = i % 20
        if slot == 3:
            return "cancelled"
        if slot == 11:
            return "no_show"
        if slot in (7, 15) or when.date() >= self.today - timedelta(days=2):
            return "performed"
        return "signed"

    def _session(self, course: DemoCourse, number: int, when: datetime) -> DemoSession:
        ind = course.indication
        tpl = self.book.templates[ind.template_id]
        status = self._status(when)
        return DemoSession(number, when, status, course.practitioner, tpl.template_id,
                           tpl.version, tpl.content_hash, [])

    def _fill_map(self, course: DemoCourse, session: DemoSession, budget: int,
                  final: bool) -> int:
        """Lay out ``budget`` papules on the session's zones; return how many were placed."""
        rng = self.rng
        ind = course.indication
        preset = self.presets[ind.preset_code]
        zones = list(ind.zones)
        n_zones = 1 if len(zones) == 1 else rng.randint(1, len(zones))
        # when papules are owed from earlier small sessions, treat every zone
        chosen = zones if (final or self._carry > 0) else rng.sample(zones, n_zones)
        placed = 0
        shares = list(_split_exact(budget, len(chosen), rng, 0.3))
        leftover = 0
        for z, share in zip(chosen, shares, strict=True):
            patches = self.book.zone(ind.code, z.zone_id)
            want = share + leftover
            take = min(want, patches.capacity)
            leftover = want - take
            geom, xs, ys = patches.patch(take)
            session.regions.append(self._region(z, geom, preset, ind, xs, ys, len(session.regions)))
            placed += take
        if ind.nappage_zone is not None and rng.random() < 0.3:
            nz = next(z for z in zones if z.zone_id == ind.nappage_zone)
            shape = self.book.zone(ind.code, nz.zone_id).shape
            empty = np.zeros(0)
            session.regions.append(self._region(
                nz, shape, self.presets["ids_nappage"], ind, empty, empty, len(session.regions),
                name=f"{nz.name} (nappage)"))
        return placed

    def _region(self, z: ZoneShape, geom: BaseGeometry, preset: DemoPreset, ind: DemoIndication,
                xs: np.ndarray[Any, Any], ys: np.ndarray[Any, Any], n: int,
                name: str | None = None) -> DemoRegion:
        rng = self.rng
        mixture: list[tuple[str, str, Decimal]] = []
        products = ind.product_codes[:1] if rng.random() < 0.6 else ind.product_codes
        for code in products:
            lot = rng.choice(self._valid_lots[code])
            volume = preset.volume_per_papule_ml if len(products) == 1 else (
                preset.volume_per_papule_ml / len(products)).quantize(Decimal("0.0001"))
            mixture.append((code, lot.lot_number, volume))
        return DemoRegion(uuid_hex(rng), name or z.name, REGION_COLORS[n % len(REGION_COLORS)],
                          z.zone_id, geom, preset.pattern, preset, mixture, xs, ys)

    # -- the stream ---------------------------------------------------------------------------

    def iter_patients(self) -> Iterator[DemoPatient]:
        """Every patient with courses, sessions and maps, in order; counts are exact."""
        rng = self.rng
        session_counts = _split_exact(self.sessions, self.patients, rng, 0.8)
        budgets = _split_exact(self.papules, max(self.sessions, 1), rng, 0.6)
        done_sessions = 0
        for index in range(self.patients):
            patient = self._patient(index)
            n = next(session_counts)
            if n:
                self._plan_courses(patient, n, force_future=index == 0)
            for course in patient.courses:
                for session in course.sessions:
                    done_sessions += 1
                    final = done_sessions == self.sessions
                    budget = next(budgets) + self._carry
                    placed = self._fill_map(course, session, budget, final)
                    self._carry = budget - placed
                    if final and self._carry:
                        self._carry -= self._top_up(course, session, self._carry)
            yield patient
        if self._carry:
            raise RuntimeError(f"demo seeding could not place {self._carry} papules")

    def _top_up(self, course: DemoCourse, session: DemoSession, count: int) -> int:
        """Last session only: add regions on the largest zones until ``count`` are placed."""
        preset = self.presets[course.indication.preset_code]
        placed = 0
        for ind in DEMO_INDICATIONS:
            if ind.template_id != session.template_id:
                continue
            for z in ind.zones:
                if placed >= count:
                    return placed
                patches = self.book.zone(ind.code, z.zone_id)
                geom, xs, ys = patches.patch(count - placed)
                session.regions.append(self._region(z, geom, preset, ind, xs, ys,
                                                    len(session.regions)))
                placed += len(xs)
        if placed < count:  # still owed: one wider region around the first zone
            z = course.indication.zones[0]
            side = preset.spacing_cm * (math.sqrt(count - placed) + 3)
            cx, cy = self.book.zone(course.indication.code, z.zone_id).center
            wide = Polygon([(cx - side / 2, cy - side / 2), (cx + side / 2, cy - side / 2),
                            (cx + side / 2, cy + side / 2), (cx - side / 2, cy + side / 2)])
            patches = ZonePatches(wide, preset.spacing_cm, 0.0, preset.pattern)
            geom, xs, ys = patches.patch(count - placed)
            session.regions.append(self._region(z, geom, preset, course.indication, xs, ys,
                                                len(session.regions), name=f"{z.name} (wide)"))
            placed += len(xs)
        return placed

