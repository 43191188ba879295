"""Saving and loading a session's map document: the only code that knows both the document
(``mesomap.core.document``) and its rows (``session_map``, ``map_region``,
``map_region_product``, ``papule``).

    version = save_map(session, session_id, doc, expected_version=v, actor_id=user_id)
    doc = load_map(session, session_id)            # NotFoundError if the session has no map
    version = map_version(session, session_id)     # None if it has none

The map is one aggregate. ``save_map`` runs inside the caller's transaction (``db.session()``
commits it): it refuses a document with errors and a signed session, checks the optimistic-lock
version when given, updates the ``session_map`` row (its version always moves), deletes the old
regions, mixtures and papules and inserts the new ones with bulk ``executemany`` inserts.
A failure leaves the stored map as it was (the caller's transaction rolls back).
Saving needs CLINICAL_WRITE (practitioners; ``mesomap.storage.permissions``) and writes an audit
entry (version, region and papule counts) in the same transaction, and stores a snapshot of the
template the map is drawn on when its content is not stored yet
(``mesomap.storage.template_snapshots``: a stored session is drawn on that exact outline).

Exactness: region geometry is WKB (exact doubles), papule positions doubles, volumes
``Numeric(10, 4)`` (the document keeps four decimals), so ``load_map`` after ``save_map`` gives an
equal document with the same canonical bytes (and signature digest).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, cast

import numpy as np
import shapely
import sqlalchemy as sa
from sqlalchemy.orm import Session

from mesomap.core.document import (
    MapDocument,
    MixtureItem,
    PapuleSet,
    Region,
    Technique,
    TemplateRef,
    validate_document,
)
from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.templates import PatientFit, Template
from mesomap.core.templates.fit import FitError
from mesomap.storage import audit, template_snapshots
from mesomap.storage.errors import (
    ConflictError,
    CorruptDatabaseError,
    InvalidInputError,
    NotFoundError,
    SignedRecordError,
)
from mesomap.storage.models import (
    MapRegion,
    MapRegionProduct,
    Papule,
    Pattern,
    SessionMap,
    SessionStatus,
    TreatmentSession,
)
from mesomap.storage.models.base import utcnow
from mesomap.storage.permissions import Permission, require
from mesomap.storage.repository._common import user_name

RECORD = QT_TRANSLATE_NOOP("storage", "map")
_region_t = cast(sa.Table, MapRegion.__table__)
_product_t = cast(sa.Table, MapRegionProduct.__table__)
_papule_t = cast(sa.Table, Papule.__table__)
_map_t = cast(sa.Table, SessionMap.__table__)


def _fit_columns(fit: PatientFit) -> dict[str, Any]:
    return {
        "fit_scale_x": float(fit.scale_x),
        "fit_scale_y": float(fit.scale_y),
        "fit_mode": fit.mode,
        "fit_measurements": {str(k): float(v) for k, v in fit.measurements.items()},
    }


def _fit_from_row(row: Any) -> PatientFit:
    return PatientFit.from_dict(
        {
            "scale_x": row.fit_scale_x,
            "scale_y": row.fit_scale_y,
            "measurements": dict(row.fit_measurements or {}),
            "mode": row.fit_mode,
        }
    )


def map_version(session: Session, session_id: int) -> int | None:
    """The stored map's optimistic-lock version, or None when the session has no map."""
    return session.execute(
        sa.select(SessionMap.version).where(SessionMap.session_id == session_id)
    ).scalar()


def _refuse_invalid(doc: MapDocument) -> None:
    errors = [p for p in validate_document(doc) if p.severity == "error"]
    if errors:
        first = errors[0]
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("storage", "The map was not saved: {problem}"),
            field=first.field,
            problem=first.text(),
        )


def _region_row(map_id: int, position: int, r: Region) -> dict[str, Any]:
    t = r.technique
    return {
        "map_id": map_id,
        "uid": r.id,
        "position": position,
        "name": r.name,
        "color": r.color,
        "pattern": Pattern(r.pattern),
        "geometry_wkb": shapely.to_wkb(r.geometry, output_dimension=2, byte_order=1),
        "technique_code": t.code,
        "preset_id": t.preset_id,
        "depth_mm": t.depth_mm,
        "needle_gauge": t.needle_gauge,
        "needle_length_mm": t.needle_length_mm,
        "angle_deg": t.angle_deg,
        "spacing_cm": t.spacing_cm,
        "margin_cm": t.margin_cm,
        "rings_count": t.rings_count,
        "nappage_density_per_cm2": t.nappage_density_per_cm2,
        "seconds_per_papule": t.seconds_per_papule,
        "setup_minutes": t.setup_minutes,
        "start_corner": r.start_corner,
    }


def save_map(
    session: Session,
    session_id: int,
    doc: MapDocument,
    *,
    expected_version: int | None = None,
    actor_id: int | None = None,
    template: Template | None = None,
) -> int:
    """Store ``doc`` as the map of session ``session_id``, replacing what was there.

    ``expected_version``: the version the editor loaded (``map_version``); a different stored
    version raises ``ConflictError`` naming who saved in between. Returns the new version.
    ``template``: the template the map is drawn on, for its snapshot (default: the installed
    file with the document's content hash).
    """
    _refuse_invalid(doc)
    require(session, actor_id, Permission.CLINICAL_WRITE)  # issue 5: practitioners only
    found = session.execute(
        sa.select(TreatmentSession.status, TreatmentSession.patient_id)
        .where(TreatmentSession.id == session_id)
    ).first()
    if found is None:
        raise NotFoundError(record=QT_TRANSLATE_NOOP("storage", "session"))
    status, patient_id = found
    if status == SessionStatus.SIGNED:
        raise SignedRecordError(record=RECORD)

    ref = doc.template
    values: dict[str, Any] = {
        "template_id": ref.template_id,
        "template_version": ref.template_version,
        "template_content_hash": ref.content_hash,
        "notes": doc.notes,
        **_fit_columns(ref.fit),
    }
    current = session.execute(
        sa.select(_map_t.c.id, _map_t.c.version, _map_t.c.updated_by, _map_t.c.updated_at)
        .where(_map_t.c.session_id == session_id)
    ).first()
    now = utcnow()
    if current is None:
        if expected_version is not None:
            raise ConflictError(RECORD, None, None)
        map_id = session.execute(
            sa.insert(_map_t).returning(_map_t.c.id),
            [{**values, "session_id": session_id, "version": 1, "created_at": now,
              "updated_at": now, "created_by": actor_id, "updated_by": actor_id}],
        ).scalar_one()
        version = 1
    else:
        map_id, old_version = current.id, current.version
        if expected_version is not None and old_version != expected_version:
            raise ConflictError(RECORD, user_name(session, current.updated_by), current.updated_at)
        version = old_version + 1
        updated = session.execute(
            sa.update(_map_t)
            .where(_map_t.c.id == map_id, _map_t.c.version == old_version)
            .values(**values, version=version, updated_at=now, updated_by=actor_id)
        )
        if updated.rowcount != 1:  # type: ignore[attr-defined]
            raise ConflictError(RECORD, None, now)
        old_regions = sa.select(_region_t.c.id).where(_region_t.c.map_id == map_id)
        session.execute(sa.delete(_papule_t).where(_papule_t.c.region_id.in_(old_regions)))
        session.execute(sa.delete(_product_t).where(_product_t.c.region_id.in_(old_regions)))
        session.execute(sa.delete(_region_t).where(_region_t.c.map_id == map_id))

    regions = doc.regions
    if regions:
        region_ids = session.execute(
            sa.insert(_region_t).returning(_region_t.c.id, sort_by_parameter_order=True),
            [_region_row(map_id, i, r) for i, r in enumerate(regions)],
        ).scalars().all()
        products = [
            {
                "region_id": rid,
                "position": j,
                "product_id": m.product_id,
                "lot_id": m.lot_id,
                "product_name": m.product_name,
                "lot_number": m.lot_number,
                "volume_per_papule_ml": m.volume_per_papule_ml,
            }
            for rid, r in zip(region_ids, regions, strict=True)
            for j, m in enumerate(r.mixture)
        ]
        if products:
            session.execute(sa.insert(_product_t), products)
        papules = [
            {
                "region_id": rid,
                "seq": seq,
                "uid": pid,
                "injection_order": order,
                "x_cm": x,
                "y_cm": y,
                "locked": locked,
                "manual": manual,
            }
            for rid, r in zip(region_ids, regions, strict=True)
            for seq, (pid, (x, y), order, locked, manual) in enumerate(
                zip(r.papules.ids, r.papules.xy.tolist(), r.papules.order.tolist(),
                    r.papules.locked.tolist(), r.papules.manual.tolist(), strict=True)
            )
        ]
        if papules:
            session.execute(sa.insert(_papule_t), papules)
    audit.record(session, actor_id, audit.Action.CHANGE,
                 table="session_map", record_id=session_id, patient_id=patient_id,
                 details={"version": version, "regions": len(regions),
                          "papules": sum(len(r.papules.ids) for r in regions),
                          "template": f"{ref.template_id} v{ref.template_version}"})
    template_snapshots.ensure_snapshot(session, ref, template)
    session.flush()
    return version


def load_map(session: Session, session_id: int) -> MapDocument:
    """The map of session ``session_id`` (``NotFoundError`` if it has none)."""
    row = session.execute(sa.select(_map_t).where(_map_t.c.session_id == session_id)).first()
    if row is None:
        raise NotFoundError(record=RECORD)
    try:
        fit = _fit_from_row(row)
    except FitError as exc:
        raise CorruptDatabaseError(
            QT_TRANSLATE_NOOP(
                "storage",
                "The stored map of this session has an impossible patient fit, so it cannot be "
                "opened. Restore the database from a backup.",
            )
        ) from exc
    template = TemplateRef(row.template_id, row.template_version, row.template_content_hash, fit)

    region_rows = session.execute(
        sa.select(_region_t).where(_region_t.c.map_id == row.id).order_by(_region_t.c.position)
    ).all()
    ids = [r.id for r in region_rows]
    mixtures: dict[int, list[MixtureItem]] = defaultdict(list)
    papule_rows: Sequence[Any] = []
    if ids:
        for p in session.execute(
            sa.select(_product_t)
            .where(_product_t.c.region_id.in_(ids))
            .order_by(_product_t.c.region_id, _product_t.c.position)
        ):
            mixtures[p.region_id].append(
                MixtureItem(p.product_id, p.lot_id, p.product_name, p.lot_number,
                            Decimal(p.volume_per_papule_ml))
            )
        papule_rows = session.execute(
            sa.select(
                _papule_t.c.region_id, _papule_t.c.uid, _papule_t.c.x_cm, _papule_t.c.y_cm,
                _papule_t.c.injection_order, _papule_t.c.locked, _papule_t.c.manual,
            )
            .where(_papule_t.c.region_id.in_(ids))
            .order_by(_papule_t.c.region_id, _papule_t.c.seq)
        ).all()
    by_region: dict[int, list[Any]] = defaultdict(list)
    for p in papule_rows:
        by_region[p[0]].append(p)

    regions = [_region_from_row(r, mixtures[r.id], by_region[r.id]) for r in region_rows]
    return MapDocument(template, regions, row.notes)


def _papules_from_rows(rows: list[Any]) -> PapuleSet:
    if not rows:
        return PapuleSet.empty()
    cols = list(zip(*rows, strict=True))
    return PapuleSet(
        cols[1],
        np.column_stack([np.asarray(cols[2], dtype=np.float64),
                         np.asarray(cols[3], dtype=np.float64)]),
        np.asarray(cols[4], dtype=np.int64),
        np.asarray(cols[5], dtype=np.bool_),
        np.asarray(cols[6], dtype=np.bool_),
    )


def _region_from_row(r: Any, mixture: list[MixtureItem], papules: list[Any]) -> Region:
    technique = Technique(
        code=r.technique_code,
        preset_id=r.preset_id,
        depth_mm=r.depth_mm,
        needle_gauge=r.needle_gauge,
        needle_length_mm=r.needle_length_mm,
        angle_deg=r.angle_deg,
        spacing_cm=r.spacing_cm,
        margin_cm=r.margin_cm,
        rings_count=r.rings_count,
        nappage_density_per_cm2=r.nappage_density_per_cm2,
        seconds_per_papule=r.seconds_per_papule,
        setup_minutes=r.setup_minutes,
    )
    pattern = r.pattern.value if hasattr(r.pattern, "value") else str(r.pattern)
    return Region(
        id=r.uid,
        name=r.name,
        color=r.color,
        geometry=shapely.from_wkb(bytes(r.geometry_wkb)),
        pattern=pattern,
        technique=technique,
        mixture=tuple(mixture),
        papules=_papules_from_rows(papules),
        start_corner=r.start_corner,
    )
