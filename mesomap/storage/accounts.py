"""User accounts: Argon2id passwords, roles, login with throttling, first administrator.

::

    if needs_first_setup(db): create_first_administrator(db, "admin", "Dr Admin", password)
    actor = login(db, "jdoe", password)              # Actor; LoginError / LoginThrottledError
    confirm_password(db, actor, password)           # re-entry before signing (issue 7)
    create_account(db, admin_actor, AccountInput(...), password)   # ACCOUNTS_MANAGE

Passwords are hashed with Argon2id (argon2-cffi's defaults: 3 passes over 64 MiB); nothing else
about them is stored. Wrong passwords are counted per account: after ``FREE_ATTEMPTS`` failures
each further one makes the account wait ``2 ** (n - FREE_ATTEMPTS)`` seconds (at most
``MAX_DELAY_S``) before the next attempt is even checked; the wait is kept in the database
(``locked_until``), so it applies on every workstation. Every login, failed login and refused
attempt is written to the audit trail. Time comes from an injectable ``clock`` so tests never
sleep. A demonstration database needs no login (``login_required`` is False).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.orm import Session

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.storage import audit
from mesomap.storage.engine import Database
from mesomap.storage.errors import InvalidInputError, NotFoundError, StorageError
from mesomap.storage.models import MesomapMeta, Role, UserAccount, UserRole, utcnow
from mesomap.storage.permissions import (
    Actor,
    ActorLike,
    Permission,
    actor_id_of,
    has_login_accounts,
    require,
    resolve_actor,
)

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]

FREE_ATTEMPTS = 3
MAX_DELAY_S = 300
MIN_PASSWORD_LENGTH = 8

_hasher = PasswordHasher()  # Argon2id
# Checked against when the login does not exist, so both cases take the same time.
# A hash of no password, checked when the login name is unknown so that a failed login takes
# the same time either way. Made on first use: hashing costs about 0.1-0.5 s, too much for
# every start of the application.
_DUMMY_HASH: str | None = None


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = _hasher.hash("mesomap-no-such-account")
    return _DUMMY_HASH


def use_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Replace the Argon2id parameters (tests use cheap ones); returns the previous hasher.
    Hashes made with other parameters still verify and are re-hashed at the next login."""
    global _hasher, _DUMMY_HASH
    previous, _hasher = _hasher, hasher
    _DUMMY_HASH = None
    return previous


class LoginError(StorageError):
    """Wrong login name or password (never says which)."""

    default_template = QT_TRANSLATE_NOOP(
        "storage", "The login name or the password is not correct. Check them and try again."
    )


class LoginThrottledError(LoginError):
    """Too many wrong passwords: the next attempt must wait."""

    default_template = QT_TRANSLATE_NOOP(
        "storage",
        "Too many wrong passwords for this account. Wait {seconds} seconds, then try again.",
    )

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(None, seconds=seconds)


def hash_password(password: str) -> str:
    """An Argon2id hash string for ``password``."""
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``password_hash`` (False for a damaged hash)."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def throttle_delay_s(failures: int) -> int:
    """Seconds to wait after ``failures`` consecutive wrong passwords."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_S, 2 ** (failures - FREE_ATTEMPTS)))


def _check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "storage", "The password must have at least {minimum} characters."
            ),
            field="password",
            minimum=MIN_PASSWORD_LENGTH,
        )


@dataclass(frozen=True)
class AccountInput:
    """What the account form submits."""

    login: str
    display_name: str
    roles: frozenset[Role]
    active: bool = True


@dataclass(frozen=True)
class AccountRecord:
    id: int
    login: str
    display_name: str
    roles: frozenset[Role]
    active: bool
    last_login_at: dt.datetime | None
    version: int


def _record(row: UserAccount) -> AccountRecord:
    return AccountRecord(row.id, row.login, row.display_name, row.role_set, row.active,
                         row.last_login_at, row.version)


def _clean(data: AccountInput) -> AccountInput:
    login_name = data.login.strip().lower()
    if not login_name or len(login_name) > 64 or any(c.isspace() for c in login_name):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "storage", "The login name must be one word of at most 64 characters."
            ),
            field="login",
        )
    name = data.display_name.strip()
    if not name:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("storage", "The name is required."), field="display_name"
        )
    if not data.roles:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("storage", "Give the account at least one role."), field="roles"
        )
    return AccountInput(login_name, name, frozenset(Role(r) for r in data.roles), data.active)


def _is_demo(session: Session) -> bool:
    return bool(session.execute(sa.select(MesomapMeta.is_demo).where(MesomapMeta.id == 1)).scalar())


def login_required(db: Database) -> bool:
    """False for a demonstration database (no login); True otherwise."""
    with db.session(read_only=True) as session:
        return not _is_demo(session)


def needs_first_setup(db: Database) -> bool:
    """True for a clinic database where nobody can log in: the first administrator must be made."""
    with db.session(read_only=True) as session:
        return not _is_demo(session) and not has_login_accounts(session)


def _insert_account(session: Session, data: AccountInput, password: str, by: int | None) -> UserAccount:
    exists = session.execute(
        sa.select(UserAccount.id).where(sa.func.lower(UserAccount.login) == data.login)
    ).first()
    if exists is not None:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "storage", "The login name {login} is taken. Choose another one."
            ),
            field="login",
            login=data.login,
        )
    now = utcnow()
    row = UserAccount(
        login=data.login,
        display_name=data.display_name,
        password_hash=hash_password(password),
        active=data.active,
        failed_login_count=0,
        password_changed_at=now,
        created_by=by,
        updated_by=by,
    )
    row.roles = [UserRole(role=r) for r in sorted(data.roles)]
    session.add(row)
    session.flush()
    return row


def create_first_administrator(
    db: Database, login_name: str, display_name: str, password: str
) -> Actor:
    """Create the first account (administrator) of a clinic database and return it logged in.
    Refused once an account that can log in exists."""
    data = _clean(AccountInput(login_name, display_name, frozenset({Role.ADMINISTRATOR})))
    _check_password_rules(password)
    with db.session() as session:
        if has_login_accounts(session):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "This database already has accounts; ask an administrator to create yours.",
                ),
                field="login",
            )
        row = _insert_account(session, data, password, None)
        row.last_login_at = utcnow()
        audit.record(session, row.id, audit.Action.ACCOUNT, table="user_account",
                     record_id=row.id, user_login=row.login,
                     details={"event": "first_administrator", "roles": sorted(data.roles)})
        return Actor(row.id, row.login, row.display_name, row.role_set)


def create_account(db: Database, actor: ActorLike, data: AccountInput, password: str) -> AccountRecord:
    """A new account (administrators only)."""
    data = _clean(data)
    _check_password_rules(password)
    with db.session() as session:
        who = require(session, actor, Permission.ACCOUNTS_MANAGE)
        row = _insert_account(session, data, password, who.user_id)
        audit.record(session, who, audit.Action.ACCOUNT, table="user_account", record_id=row.id,
                     details={"event": "created", "login": row.login,
                              "roles": sorted(data.roles), "active": data.active})
        return _record(row)


def update_account(db: Database, actor: ActorLike, user_id: int, data: AccountInput) -> AccountRecord:
    """Change name, roles or the active flag (administrators only)."""
    data = _clean(data)
    with db.session() as session:
        who = require(session, actor, Permission.ACCOUNTS_MANAGE)
        row = session.get(UserAccount, user_id)
        if row is None:
            raise NotFoundError(record="account")
        before = {"display_name": row.display_name, "roles": sorted(row.role_set), "active": row.active}
        row.display_name = data.display_name
        row.active = data.active
        if row.role_set != data.roles:
            row.roles = [UserRole(role=r) for r in sorted(data.roles)]
        row.updated_by = who.user_id
        session.flush()
        after = {"display_name": data.display_name, "roles": sorted(data.roles), "active": data.active}
        audit.record(session, who, audit.Action.ACCOUNT, table="user_account", record_id=row.id,
                     details={"event": "changed", "changes": audit.changes(before, after)})
        return _record(row)


def list_accounts(db: Database, actor: ActorLike) -> list[AccountRecord]:
    with db.session(read_only=True) as session:
        require(session, actor, Permission.ACCOUNTS_MANAGE)
        rows = session.execute(sa.select(UserAccount).order_by(UserAccount.login)).scalars()
        return [_record(r) for r in rows]


def set_password(db: Database, actor: ActorLike, user_id: int, new_password: str,
                 old_password: str | None = None) -> None:
    """Change a password: one's own (with the old one) or anyone's (administrators)."""
    _check_password_rules(new_password)
    with db.session() as session:
        who = resolve_actor(session, actor)
        row = session.get(UserAccount, user_id)
        if row is None:
            raise NotFoundError(record="account")
        own = who.user_id == user_id and old_password is not None
        if own:
            if not row.password_hash or not verify_password(row.password_hash, old_password or ""):
                raise LoginError()
        else:
            require(session, actor, Permission.ACCOUNTS_MANAGE)
        row.password_hash = hash_password(new_password)
        row.password_changed_at = utcnow()
        row.updated_by = who.user_id
        audit.record(session, who, audit.Action.ACCOUNT, table="user_account", record_id=row.id,
                     details={"event": "password_changed"})


def _failed(session: Session, row: UserAccount, now: dt.datetime) -> int:
    row.failed_login_count = (row.failed_login_count or 0) + 1
    row.last_failed_login_at = now
    delay = throttle_delay_s(row.failed_login_count)
    row.locked_until = now + dt.timedelta(seconds=delay) if delay else None
    return delay


def _attempt(db: Database, login_name: str, password: str, clock: Clock | None,
             *, user_id: int | None, purpose: str) -> Actor:
    now = (clock or utcnow)()
    key = login_name.strip().lower()
    outcome: StorageError | None = None
    actor: Actor | None = None
    with db.session() as session:
        stmt = sa.select(UserAccount)
        stmt = stmt.where(UserAccount.id == user_id) if user_id is not None else stmt.where(
            sa.func.lower(UserAccount.login) == key)
        row = session.execute(stmt).scalar_one_or_none()
        if row is None or not row.active or not row.password_hash:
            verify_password(_dummy_hash(), password)  # same time as a real check
            audit.record(session, row.id if row else None, audit.Action.LOGIN_FAILED,
                         table="user_account", record_id=row.id if row else "",
                         user_login=key[:64], at=now,
                         details={"reason": "unknown_or_inactive", "purpose": purpose})
            outcome = LoginError()
        elif row.locked_until is not None and now < row.locked_until:
            wait = max(1, int((row.locked_until - now).total_seconds() + 0.999))
            audit.record(session, row.id, audit.Action.LOGIN_FAILED, table="user_account",
                         record_id=row.id, user_login=row.login, at=now,
                         details={"reason": "throttled", "purpose": purpose, "wait_s": wait})
            outcome = LoginThrottledError(wait)
        elif not verify_password(row.password_hash, password):
            delay = _failed(session, row, now)
            audit.record(session, row.id, audit.Action.LOGIN_FAILED, table="user_account",
                         record_id=row.id, user_login=row.login, at=now,
                         details={"reason": "wrong_password", "purpose": purpose,
                                  "failures": row.failed_login_count, "delay_s": delay})
            log.warning("wrong password for %s (%d in a row)", row.login, row.failed_login_count)
            outcome = LoginThrottledError(delay) if delay else LoginError()
        else:
            row.failed_login_count = 0
            row.locked_until = None
            if purpose == "login":
                row.last_login_at = now
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = hash_password(password)
            audit.record(session, row.id, audit.Action.LOGIN, table="user_account",
                         record_id=row.id, user_login=row.login, at=now,
                         details={"purpose": purpose})
            actor = Actor(row.id, row.login, row.display_name, row.role_set)
    if outcome is not None:
        raise outcome
    assert actor is not None
    return actor


def login(db: Database, login_name: str, password: str, *, clock: Clock | None = None) -> Actor:
    """Check a login; the logged-in ``Actor`` or ``LoginError``/``LoginThrottledError``.
    Failures are recorded (and committed) before the error is raised."""
    return _attempt(db, login_name, password, clock, user_id=None, purpose="login")


def confirm_password(db: Database, actor: ActorLike, password: str, *,
                     clock: Clock | None = None, purpose: str = "confirm") -> Actor:
    """Re-entry of the logged-in user's own password (unlocking, signing): the same checks,
    throttling and audit as a login."""
    user_id = actor_id_of(actor)
    if user_id is None:
        raise LoginError()
    return _attempt(db, "", password, clock, user_id=user_id, purpose=purpose)


def logout(db: Database, actor: ActorLike, *, reason: str = "logout") -> None:
    """Record that the user left (switch user, idle lock, closing)."""
    user_id = actor_id_of(actor)
    if user_id is None:
        return
    action = audit.Action.LOCK if reason == "idle_lock" else audit.Action.LOGOUT
    audit.record_in_new_transaction(db, actor, action, table="user_account", record_id=user_id,
                                    details={"reason": reason})


def roles_of(records: Iterable[AccountRecord]) -> dict[str, frozenset[Role]]:
    """``{login: roles}`` (for the account list)."""
    return {r.login: r.roles for r in records}
