"""User accounts and their roles (issue 5 fills in login, lock and permissions)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesomap.storage.models.base import Base, UTCDateTime, Versioned, str_enum
from mesomap.storage.models.enums import Role


class UserAccount(Versioned, Base):
    """A person who logs in. Accounts are deactivated, never deleted (records name them)."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    login: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    # Argon2id hash string (argon2-cffi); NULL = cannot log in (e.g. demo accounts).
    password_hash: Mapped[str | None] = mapped_column(sa.String(255), nullable=True)
    active: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)
    failed_login_count: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    last_failed_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user",
        cascade="all, delete-orphan",
        lazy="selectin",
        foreign_keys="UserRole.user_id",
    )

    @property
    def role_set(self) -> frozenset[Role]:
        """The account's roles as a set."""
        return frozenset(r.role for r in self.roles)


class UserRole(Base):
    """One role held by one account."""

    __tablename__ = "user_role"

    user_id: Mapped[int] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"), primary_key=True)

    user: Mapped[UserAccount] = relationship(back_populates="roles", foreign_keys=[user_id])
