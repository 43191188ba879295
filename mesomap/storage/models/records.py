"""Append-only record rows: amendments, signatures and the hash-chained audit log.

None of these tables is edited after insert (no version counter). Signatures and amendments
reference their session with ``ON DELETE RESTRICT``: a signed session cannot be deleted, and
so neither can its patient.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from mesomap.storage.models.base import Base, UTCDateTime, str_enum, utcnow
from mesomap.storage.models.enums import SignatureMeaning


class Amendment(Base):
    """A correction or addition to a signed session, with its reason, kept beside the original."""

    __tablename__ = "amendment"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        sa.ForeignKey("session.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    author_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="RESTRICT"), nullable=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    reason: Mapped[str] = mapped_column(sa.Text, nullable=False)
    # What is corrected or added, e.g. "notes", "adverse_event", "region_actual".
    target: Mapped[str] = mapped_column(sa.String(64), nullable=False, default="")
    content: Mapped[dict[str, Any]] = mapped_column(sa.JSON, nullable=False, default=dict)


class Signature(Base):
    """A practitioner's signature over a canonical serialization of a session record."""

    __tablename__ = "signature"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        sa.ForeignKey("session.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    amendment_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("amendment.id", ondelete="RESTRICT"), nullable=True
    )
    signer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="RESTRICT"), nullable=False
    )
    signer_name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    signed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    meaning: Mapped[SignatureMeaning] = mapped_column(
        str_enum(SignatureMeaning, "signature_meaning"), nullable=False
    )
    digest_sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    # Name of the canonical serialization used for the digest, so it can be re-verified later.
    digest_method: Mapped[str] = mapped_column(sa.String(32), nullable=False, default="canonical-v1")
    record_version: Mapped[int] = mapped_column(sa.Integer, nullable=False)


class AuditEntry(Base):
    """One append-only audit entry. ``hash`` = sha256(prev_hash + canonical entry), chaining
    every entry to the one before it (issue 5 writes and verifies the chain)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow, index=True)
    # No foreign keys: the audit outlives what it describes (erased patients, renamed users).
    user_id: Mapped[int | None] = mapped_column(sa.Integer, nullable=True, index=True)
    user_login: Mapped[str] = mapped_column(sa.String(64), nullable=False, default="")
    action: Mapped[str] = mapped_column(sa.String(32), nullable=False)  # create/update/sign/...
    table_name: Mapped[str] = mapped_column(sa.String(64), nullable=False, default="")
    record_id: Mapped[str] = mapped_column(sa.String(64), nullable=False, default="")
    patient_id: Mapped[int | None] = mapped_column(sa.Integer, nullable=True, index=True)
    details: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    hash: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
