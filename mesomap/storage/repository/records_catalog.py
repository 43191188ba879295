"""The protocol library (technique presets), the contraindication checklist items, the clinic's
limits, lot checks and the lot recall search.

::

    cat = ProtocolRecords(db, actor)
    cat.list_presets() / get_preset(id) / create_preset(PresetInput) / update_preset(id, v, PresetInput)
    cat.list_checklist_items() / create_checklist_item(...) / update_checklist_item(id, v, ...)
    cat.list_clinic_limits() / create_clinic_limit(...) / update_clinic_limit(id, v, ...)
    cat.check_lot(lot_id, on=date) -> LotCheck            # expired: refused; ≤ 30 days: flagged
    cat.usable_lots(product_id, on=date) -> list[LotCheck] # not expired, expiring ones flagged
    cat.recall(lot_id) -> list[RecallHit]                  # every patient + session with the lot

The shipped presets (DOMAIN.md's table) and checklist items are written the first time the list
is read on a database that has none (``ensure_defaults``); after that the clinic edits them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import fields
from decimal import Decimal
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.records import LotState, lot_state, lot_warning
from mesomap.core.records.checklist import DEFAULT_CHECKLIST
from mesomap.core.records.presets import SHIPPED_PRESETS
from mesomap.core.seed_text import seeded_text  # in the clinic's language (issue 11)
from mesomap.storage import audit
from mesomap.storage.errors import InvalidInputError
from mesomap.storage.models import (
    ChecklistItem,
    ClinicLimit,
    Lot,
    MapRegion,
    MapRegionProduct,
    Patient,
    Pattern,
    Product,
    ProtocolPreset,
    RegionActual,
    RegionActualProduct,
    SessionMap,
    SessionStatus,
    TreatmentSession,
)
from mesomap.storage.permissions import Permission
from mesomap.storage.repository._common import get_or_404, lock_for_update
from mesomap.storage.repository.records_common import (
    RecordsBase,
    enum_value,
    flush_or_conflict,
    required_text,
)
from mesomap.storage.repository.records_types import (
    ChecklistItemInput,
    ChecklistItemRecord,
    ClinicLimitInput,
    ClinicLimitRecord,
    LotCheck,
    PresetInput,
    PresetRecord,
    RecallHit,
)

_PRESET_FIELDS = tuple(f.name for f in fields(PresetInput))
_ITEM_FIELDS = tuple(f.name for f in fields(ChecklistItemInput))
_LIMIT_FIELDS = tuple(f.name for f in fields(ClinicLimitInput))
R = TypeVar("R")


def _preset(row: ProtocolPreset) -> PresetRecord:
    values = {n: getattr(row, n) for n in _PRESET_FIELDS}
    values["pattern"] = str(row.pattern.value if hasattr(row.pattern, "value") else row.pattern)
    return PresetRecord(**values, id=row.id, version=row.version, shipped=row.shipped)


def _item(row: ChecklistItem) -> ChecklistItemRecord:
    return ChecklistItemRecord(**{n: getattr(row, n) for n in _ITEM_FIELDS}, id=row.id,
                               version=row.version)


def _limit(row: ClinicLimit) -> ClinicLimitRecord:
    return ClinicLimitRecord(**{n: getattr(row, n) for n in _LIMIT_FIELDS}, id=row.id,
                             version=row.version)


def _values(data: object, names: tuple[str, ...], *required: str) -> dict[str, Any]:
    """The input's fields by name, the ``required`` text ones stripped and checked non-empty."""
    values = {n: getattr(data, n) for n in names}
    for n in required:
        values[n] = required_text(getattr(data, n), n)
    return values


def _preset_values(data: PresetInput) -> dict[str, Any]:
    values = _values(data, _PRESET_FIELDS, "code", "name")
    values["pattern"] = enum_value(Pattern, data.pattern, "pattern")
    return values


Check = Callable[[Session, dict[str, Any]], None]

DUPLICATE_QUESTION = QT_TRANSLATE_NOOP(
    "storage", "This question is already in the checklist. Select it in the list to change it, or type a different question."  # noqa: E501
)


def _question_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _unique_question(session: Session, values: dict[str, Any], item_id: int | None = None) -> None:
    """Refuse a checklist question whose text another item already has (``field="label"``)."""
    key = _question_key(values["label"])
    for other_id, label in session.execute(sa.select(ChecklistItem.id, ChecklistItem.label)):
        if other_id != item_id and _question_key(label) == key:
            raise InvalidInputError(DUPLICATE_QUESTION, field="label")


def ensure_defaults(session: Session) -> None:
    """Write the shipped presets and checklist items into a database that has none."""
    if session.execute(sa.select(sa.func.count()).select_from(ProtocolPreset)).scalar() == 0:
        for p in SHIPPED_PRESETS:
            session.add(ProtocolPreset(
                code=p.code, name=seeded_text(p.name), technique_code=p.technique_code,
                pattern=Pattern(p.pattern), depth_mm=p.depth_mm, needle_gauge=p.needle_gauge,
                needle_length_mm=p.needle_length_mm, angle_deg=p.angle_deg,
                volume_per_papule_ml=p.volume_per_papule_ml, spacing_cm=p.spacing_cm,
                spacing_min_cm=p.spacing_min_cm, spacing_max_cm=p.spacing_max_cm,
                nappage_density_per_cm2=p.nappage_density_per_cm2,
                seconds_per_papule=p.seconds_per_papule, setup_minutes=p.setup_minutes,
                shipped=True))
    if session.execute(sa.select(sa.func.count()).select_from(ChecklistItem)).scalar() == 0:
        for i, (code, label, blocking) in enumerate(DEFAULT_CHECKLIST):
            session.add(ChecklistItem(code=code, label=seeded_text(label), position=i, blocking=blocking))
    session.flush()


def _has_defaults(session: Session) -> bool:
    return all(session.execute(sa.select(sa.func.count()).select_from(t)).scalar()
               for t in (ProtocolPreset, ChecklistItem))


class ProtocolRecords(RecordsBase):
    """Presets, checklist items, clinic limits and lots of one database."""

    def _defaults(self) -> None:
        with self.db.session(read_only=True) as session:
            if _has_defaults(session):
                return
        with self.db.session() as session:
            ensure_defaults(session)

    # -- presets --------------------------------------------------------------------------
    def list_presets(self, *, active_only: bool = True) -> list[PresetRecord]:
        self._defaults()
        stmt = sa.select(ProtocolPreset).order_by(ProtocolPreset.technique_code, ProtocolPreset.name)
        if active_only:
            stmt = stmt.where(ProtocolPreset.active.is_(True))
        with self.db.session(read_only=True) as session:
            return [_preset(r) for r in session.scalars(stmt)]

    def get_preset(self, preset_id: int) -> PresetRecord:
        with self.db.session(read_only=True) as session:
            return _preset(get_or_404(session, ProtocolPreset, preset_id, "preset"))

    def create_preset(self, data: PresetInput) -> PresetRecord:
        values = _preset_values(data)
        return self._create(ProtocolPreset, lambda: values, _preset, shipped=False)

    def update_preset(self, preset_id: int, expected_version: int, data: PresetInput) -> PresetRecord:
        """Edit a preset (shipped ones too). Regions already planned keep their copied values."""
        values = _preset_values(data)
        return self._update(ProtocolPreset, preset_id, expected_version, "preset", lambda: values,
                            _preset)

    # -- checklist items -------------------------------------------------------------------
    def list_checklist_items(self, *, active_only: bool = True) -> list[ChecklistItemRecord]:
        self._defaults()
        stmt = sa.select(ChecklistItem).order_by(ChecklistItem.position, ChecklistItem.id)
        if active_only:
            stmt = stmt.where(ChecklistItem.active.is_(True))
        with self.db.session(read_only=True) as session:
            return [_item(r) for r in session.scalars(stmt)]

    def create_checklist_item(self, data: ChecklistItemInput) -> ChecklistItemRecord:
        """Add a question; one whose text is already in the list (letter case and spacing
        aside, no longer asked ones included) is refused on ``label``."""
        return self._create(ChecklistItem, lambda: _values(data, _ITEM_FIELDS, "code", "label"),
                            _item, check=lambda session, values: _unique_question(session, values))

    def update_checklist_item(self, item_id: int, expected_version: int,
                              data: ChecklistItemInput) -> ChecklistItemRecord:
        """Edit or deactivate an item; answers already given keep the question as asked. Its
        text may not become another question's."""
        return self._update(ChecklistItem, item_id, expected_version, "checklist item",
                            lambda: _values(data, _ITEM_FIELDS, "label"), _item,
                            check=lambda session, values: _unique_question(session, values, item_id))

    # -- clinic limits ---------------------------------------------------------------------
    def list_clinic_limits(self, *, active_only: bool = True) -> list[ClinicLimitRecord]:
        stmt = sa.select(ClinicLimit).order_by(ClinicLimit.label)
        if active_only:
            stmt = stmt.where(ClinicLimit.active.is_(True))
        with self.db.session(read_only=True) as session:
            return [_limit(r) for r in session.scalars(stmt)]

    def create_clinic_limit(self, data: ClinicLimitInput) -> ClinicLimitRecord:
        return self._create(ClinicLimit, lambda: _values(data, _LIMIT_FIELDS, "code", "label"),
                            _limit)

    def update_clinic_limit(self, limit_id: int, expected_version: int,
                            data: ClinicLimitInput) -> ClinicLimitRecord:
        return self._update(ClinicLimit, limit_id, expected_version, "clinic limit",
                            lambda: _values(data, _LIMIT_FIELDS), _limit)

    # -- shared by the three catalogues above ------------------------------------------------
    def _create(self, model: type[Any], values: Callable[[], dict[str, Any]],
                record: Callable[[Any], R], *, check: Check | None = None, **extra: Any) -> R:
        """Insert a ``model`` row of ``values()`` (checked after the permission, then by
        ``check(session, values)`` in the same transaction) and audit it."""
        with self._write(Permission.CATALOG_WRITE) as session:
            checked = values()
            if check is not None:
                check(session, checked)
            row = model(**checked, **extra, created_by=self.actor_id, updated_by=self.actor_id)
            session.add(row)
            session.flush()
            self._audit(session, audit.Action.CREATE, model.__tablename__, row.id, None,
                        {"code": row.code})
            return record(row)

    def _update(self, model: type[Any], key: int, expected_version: int, name: str,
                values: Callable[[], dict[str, Any]], record: Callable[[Any], R], *,
                check: Check | None = None) -> R:
        """Lock row ``key`` at ``expected_version``, copy ``values()`` (checked after the lock,
        then by ``check(session, values)``) onto it and audit the changes; ``name`` names the
        record in errors."""
        with self._write(Permission.CATALOG_WRITE) as session:
            row = lock_for_update(session, model, key, expected_version, name)
            changed = values()
            if check is not None:
                check(session, changed)
            before = {n: getattr(row, n) for n in changed}
            for n, v in changed.items():
                setattr(row, n, v)
            row.updated_by = self.actor_id
            flush_or_conflict(session, model, key, name)
            self._audit(session, audit.Action.CHANGE, model.__tablename__, key, None,
                        {"changes": audit.changes(before, changed)})
            return record(row)

    # -- lots ------------------------------------------------------------------------------
    def check_lot(self, lot_id: int, on: dt.date | None = None) -> LotCheck:
        """The lot's state on ``on`` (default today)."""
        day = on or dt.date.today()
        with self.db.session(read_only=True) as session:
            lot = get_or_404(session, Lot, lot_id, "lot")
            return lot_check(lot, lot.product.name, day)

    def usable_lots(self, product_id: int, on: dt.date | None = None) -> list[LotCheck]:
        """Active lots of a product that are not expired on ``on``, soonest expiry first."""
        day = on or dt.date.today()
        with self.db.session(read_only=True) as session:
            rows = session.execute(
                sa.select(Lot, Product.name).join(Product, Product.id == Lot.product_id)
                .where(Lot.product_id == product_id, Lot.active.is_(True), Lot.expiry_date >= day)
                .order_by(Lot.expiry_date, Lot.lot_number)).all()
            return [lot_check(lot, name, day) for lot, name in rows]

    def recall(self, lot_id: int, *, include_planned: bool = True) -> list[RecallHit]:
        """Every session whose map uses the lot (``map_region_product.lot_id``) or whose recorded
        actuals name it, with its patient; cancelled and no-show sessions are left out, planned
        ones only with ``include_planned``. Ordered by time."""
        from mesomap.storage.repository.records_reads import planned_lot_volumes

        with self._read() as session:
            lot = get_or_404(session, Lot, lot_id, "lot")
            planned = session.execute(
                sa.select(SessionMap.session_id, MapRegion.id, MapRegion.name)
                .join(MapRegion, MapRegion.map_id == SessionMap.id)
                .join(MapRegionProduct, MapRegionProduct.region_id == MapRegion.id)
                .where(MapRegionProduct.lot_id == lot_id)).all()
            actual = session.execute(
                sa.select(RegionActual.session_id, RegionActualProduct.volume_total_ml)
                .join(RegionActualProduct, RegionActualProduct.actual_id == RegionActual.id)
                .where(RegionActualProduct.lot_id == lot_id)).all()
            regions: dict[int, list[str]] = {}
            for sid, _rid, name in planned:
                if name not in regions.setdefault(sid, []):
                    regions[sid].append(name)
            actual_volumes: dict[int, Decimal] = {}
            for sid, volume in actual:
                actual_volumes[sid] = actual_volumes.get(sid, Decimal("0.0000")) + volume
            ids = set(regions) | set(actual_volumes)
            if not ids:
                return []
            excluded = [SessionStatus.CANCELLED, SessionStatus.NO_SHOW]
            if not include_planned:
                excluded.append(SessionStatus.PLANNED)
            rows = session.execute(
                sa.select(TreatmentSession, Patient.family_name, Patient.given_name)
                .join(Patient, Patient.id == TreatmentSession.patient_id)
                .where(TreatmentSession.id.in_(ids), TreatmentSession.status.not_in(excluded))
                .order_by(TreatmentSession.scheduled_at, TreatmentSession.id)).all()
            hits = []
            for row, family, given in rows:
                hits.append(RecallHit(
                    patient_id=row.patient_id,
                    patient_name=f"{family.upper()}, {given}" if given else family.upper(),
                    session_id=row.id, scheduled_at=row.scheduled_at,
                    performed_at=row.performed_at, status=SessionStatus(row.status),
                    product_name=lot.product.name, lot_number=lot.lot_number,
                    region_names=tuple(regions.get(row.id, ())),
                    planned_volume_ml=planned_lot_volumes(session, row.id).get(
                        lot_id, Decimal("0.0000")),
                    actual_volume_ml=actual_volumes.get(row.id)))
            return hits


def lot_check(lot: Lot, product_name: str, day: dt.date) -> LotCheck:
    return LotCheck(lot_id=lot.id, product_id=lot.product_id, product_name=product_name,
                    lot_number=lot.lot_number, expiry_date=lot.expiry_date,
                    state=lot_state(lot.expiry_date, day),
                    warning=lot_warning(product_name, lot.lot_number, lot.expiry_date, day))


__all__ = ["LotState", "ProtocolRecords", "ensure_defaults", "lot_check"]
