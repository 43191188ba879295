"""Rows of a session's map (the ``MapDocument`` of docs/architecture.md) and what was performed.

``session_map`` (one per session) holds the template reference and the patient fit;
``map_region`` one row per region in document order (``position``) with its technique;
``map_region_product`` the region's mixture; ``papule`` the planned positions.

The map is one aggregate: ``session_map.version`` is its optimistic-locking counter, and
``mesomap.storage.maps`` rewrites the regions, mixtures and papules under it (it touches the
``session_map`` row on every save so the version moves). Those child rows therefore carry no
version of their own. Region geometry is WKB (exact doubles); papule positions are doubles in cm.

What was actually done is kept per region in ``region_actual`` keyed by the document's region id
(``region_uid``), so rewriting the planned map never loses it.

``template_snapshots`` (revision 0006) keeps one copy of every template content a map was saved
on, keyed by its content hash and shared by every session that used it, so a stored session is
always drawn on the outline it was planned and signed on (``mesomap.storage.template_snapshots``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesomap.storage.models.base import Base, Created, Versioned, VolumeML, str_enum
from mesomap.storage.models.enums import Pattern


class SessionMap(Versioned, Base):
    """The map of one session: template reference, patient fit and notes."""

    __tablename__ = "session_map"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        sa.ForeignKey("session.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    template_id: Mapped[str] = mapped_column(sa.String(128), nullable=False)
    template_version: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    template_content_hash: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    fit_scale_x: Mapped[float] = mapped_column(sa.Double, nullable=False, default=1.0)
    fit_scale_y: Mapped[float] = mapped_column(sa.Double, nullable=False, default=1.0)
    # PatientFit.mode ("uniform", ...). Added by revision 0003.
    fit_mode: Mapped[str] = mapped_column(
        sa.String(16), nullable=False, default="uniform", server_default="uniform"
    )
    # The measurements the fit was computed from, {name: value in cm}.
    fit_measurements: Mapped[dict[str, Any]] = mapped_column(sa.JSON, nullable=False, default=dict)
    notes: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")

    regions: Mapped[list[MapRegion]] = relationship(
        back_populates="session_map",
        order_by="MapRegion.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class MapRegion(Base):
    """One treatment region of a map, with its technique parameters."""

    __tablename__ = "map_region"
    __table_args__ = (
        sa.UniqueConstraint("map_id", "position"),
        sa.UniqueConstraint("map_id", "uid"),
    )

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    map_id: Mapped[int] = mapped_column(
        sa.ForeignKey("session_map.id", ondelete="CASCADE"), nullable=False
    )
    uid: Mapped[str] = mapped_column(sa.String(32), nullable=False)  # document Region.id
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False, default="")
    color: Mapped[str] = mapped_column(sa.String(7), nullable=False)  # "#rrggbb"
    pattern: Mapped[Pattern] = mapped_column(str_enum(Pattern, "region_pattern"), nullable=False)
    geometry_wkb: Mapped[bytes] = mapped_column(sa.LargeBinary, nullable=False)  # map cm
    # Technique (copied from a preset, each value may be overridden).
    technique_code: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    preset_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("protocol_preset.id", ondelete="RESTRICT"), nullable=True
    )
    depth_mm: Mapped[float] = mapped_column(sa.Double, nullable=False)
    needle_gauge: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    needle_length_mm: Mapped[float] = mapped_column(sa.Double, nullable=False)
    angle_deg: Mapped[float] = mapped_column(sa.Double, nullable=False)
    spacing_cm: Mapped[float] = mapped_column(sa.Double, nullable=False)
    margin_cm: Mapped[float] = mapped_column(sa.Double, nullable=False, default=0.0)
    rings_count: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    nappage_density_per_cm2: Mapped[float | None] = mapped_column(sa.Double, nullable=True)
    seconds_per_papule: Mapped[float] = mapped_column(sa.Double, nullable=False)
    setup_minutes: Mapped[float] = mapped_column(sa.Double, nullable=False)
    start_corner: Mapped[str] = mapped_column(sa.String(16), nullable=False, default="top_left")

    session_map: Mapped[SessionMap] = relationship(back_populates="regions")
    products: Mapped[list[MapRegionProduct]] = relationship(
        back_populates="region",
        order_by="MapRegionProduct.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class MapRegionProduct(Base):
    """One line of a region's mixture: a product (and lot) with its volume per papule."""

    __tablename__ = "map_region_product"
    __table_args__ = (sa.UniqueConstraint("region_id", "position"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    region_id: Mapped[int] = mapped_column(
        sa.ForeignKey("map_region.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    product_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("product.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    lot_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("lot.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    # Copied names: the record reads the same if the catalogue changes later.
    product_name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    lot_number: Mapped[str] = mapped_column(sa.String(64), nullable=False, default="")
    # Nappage: volume per injection.
    volume_per_papule_ml: Mapped[Decimal] = mapped_column(VolumeML(), nullable=False)

    region: Mapped[MapRegion] = relationship(back_populates="products")


class Papule(Base):
    """A planned injection point. Millions of rows: integer key, indexed by (region, seq)."""

    __tablename__ = "papule"
    __table_args__ = (sa.UniqueConstraint("region_id", "seq"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    region_id: Mapped[int] = mapped_column(
        sa.ForeignKey("map_region.id", ondelete="CASCADE"), nullable=False
    )
    seq: Mapped[int] = mapped_column(sa.Integer, nullable=False)  # position in the document list
    uid: Mapped[str] = mapped_column(sa.String(32), nullable=False)  # document Papule.id
    injection_order: Mapped[int] = mapped_column(sa.Integer, nullable=False)  # Papule.order
    x_cm: Mapped[float] = mapped_column(sa.Double, nullable=False)
    y_cm: Mapped[float] = mapped_column(sa.Double, nullable=False)
    locked: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    manual: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)


class RegionActual(Versioned, Base):
    """What was actually done in one planned region of a performed session."""

    __tablename__ = "region_actual"
    __table_args__ = (sa.UniqueConstraint("session_id", "region_uid"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        sa.ForeignKey("session.id", ondelete="CASCADE"), nullable=False
    )
    region_uid: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    region_name: Mapped[str] = mapped_column(sa.String(200), nullable=False, default="")
    papules_performed: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    performed_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    notes: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")

    products: Mapped[list[RegionActualProduct]] = relationship(
        back_populates="actual",
        order_by="RegionActualProduct.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class RegionActualProduct(Base):
    """Actual total volume of one product/lot injected in one region (part of region_actual)."""

    __tablename__ = "region_actual_product"
    __table_args__ = (sa.UniqueConstraint("actual_id", "position"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    actual_id: Mapped[int] = mapped_column(
        sa.ForeignKey("region_actual.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    product_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("product.id", ondelete="RESTRICT"), nullable=True
    )
    lot_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("lot.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    product_name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    lot_number: Mapped[str] = mapped_column(sa.String(64), nullable=False, default="")
    volume_total_ml: Mapped[Decimal] = mapped_column(VolumeML(), nullable=False)

    actual: Mapped[RegionActual] = relationship(back_populates="products")


class TemplateSnapshot(Created, Base):
    """The exact content of one anatomical template version a map was saved on (``Template.snapshot()``
    as JSON text), shared by every session whose ``session_map.template_content_hash`` names it.

    Append-only: inserted with the first map saved on that content, never updated or deleted
    (triggers of revision 0006). No foreign key: a session refers to it through the hash.
    """

    __tablename__ = "template_snapshots"

    content_hash: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    template_id: Mapped[str] = mapped_column(sa.String(128), nullable=False)
    template_version: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    # json.dumps(Template.snapshot()) as text: kept byte for byte (a JSON column type could
    # reorder keys or reformat numbers on some databases; the snapshot checks its own hash).
    snapshot_json: Mapped[str] = mapped_column(sa.Text, nullable=False)
