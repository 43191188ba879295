"""Accounts: Argon2id hashes, first administrator, login, throttling with an injected clock."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from mesomap.storage import accounts
from mesomap.storage.accounts import LoginError, LoginThrottledError
from mesomap.storage.engine import Database
from mesomap.storage.errors import InvalidInputError
from mesomap.storage.models import AuditEntry, Role, UserAccount
from mesomap.storage.permissions import PermissionDeniedError
from tests.accounts.conftest import PASSWORD


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def test_password_hash_is_argon2id_and_verifies() -> None:
    h = accounts.hash_password("s3cret-pass")
    assert h.startswith("$argon2id$")
    assert "s3cret-pass" not in h
    assert accounts.verify_password(h, "s3cret-pass")
    assert not accounts.verify_password(h, "s3cret-pasS")
    assert not accounts.verify_password("garbage", "s3cret-pass")


def test_first_setup_then_login(db: Database) -> None:
    assert accounts.needs_first_setup(db)
    assert accounts.login_required(db)
    admin = accounts.create_first_administrator(db, " Admin ", "Ada Admin", PASSWORD)
    assert admin.roles == frozenset({Role.ADMINISTRATOR})
    assert not accounts.needs_first_setup(db)
    with pytest.raises(InvalidInputError):
        accounts.create_first_administrator(db, "second", "Second", PASSWORD)
    actor = accounts.login(db, "ADMIN", PASSWORD)
    assert actor.user_id == admin.user_id and actor.login == "admin"
    with db.session(read_only=True) as s:
        stored = s.execute(sa.select(UserAccount.password_hash)).scalar_one()
        actions = list(s.execute(sa.select(AuditEntry.action).order_by(AuditEntry.id)).scalars())
    assert stored is not None and stored.startswith("$argon2id$")
    assert actions == ["account", "login"]


def test_password_rules_and_duplicate_login(db: Database) -> None:
    with pytest.raises(InvalidInputError) as short:
        accounts.create_first_administrator(db, "admin", "Ada", "short")
    assert short.value.field == "password"
    admin = accounts.create_first_administrator(db, "admin", "Ada", PASSWORD)
    with pytest.raises(InvalidInputError) as dup:
        accounts.create_account(db, admin, accounts.AccountInput(
            "Admin", "Other", frozenset({Role.PRACTITIONER})), PASSWORD)
    assert dup.value.field == "login"


def test_only_administrators_manage_accounts(db: Database, actors: dict) -> None:
    data = accounts.AccountInput("newbie", "New Person", frozenset({Role.FRONT_DESK}))
    for role in ("practitioner", "front_desk", "trainer"):
        with pytest.raises(PermissionDeniedError):
            accounts.create_account(db, actors[role], data, PASSWORD)
        with pytest.raises(PermissionDeniedError):
            accounts.list_accounts(db, actors[role])
    rec = accounts.create_account(db, actors["administrator"], data, PASSWORD)
    assert rec.roles == frozenset({Role.FRONT_DESK})
    # Deactivating takes effect at once: login refused, old Actor loses its rights.
    accounts.update_account(db, actors["administrator"], actors["practitioner"].user_id,
                            accounts.AccountInput("practitioner", "P", frozenset({Role.PRACTITIONER}),
                                                  active=False))
    with pytest.raises(LoginError):
        accounts.login(db, "practitioner", PASSWORD)


def test_wrong_passwords_are_throttled_with_increasing_delays(db: Database) -> None:
    accounts.create_first_administrator(db, "admin", "Ada", PASSWORD)
    clock = FakeClock()
    delays = []
    for _ in range(accounts.FREE_ATTEMPTS + 4):
        with pytest.raises(LoginError) as err:
            accounts.login(db, "admin", "wrong password", clock=clock)
        delay = err.value.seconds if isinstance(err.value, LoginThrottledError) else 0
        delays.append(delay)
        # While the delay runs, even the right password is not checked.
        if delay:
            clock.advance(delay - 0.5)
            with pytest.raises(LoginThrottledError) as wait:
                accounts.login(db, "admin", PASSWORD, clock=clock)
            assert 0 < wait.value.seconds <= delay
            clock.advance(0.5)
    assert delays[: accounts.FREE_ATTEMPTS - 1] == [0] * (accounts.FREE_ATTEMPTS - 1)
    throttled = delays[accounts.FREE_ATTEMPTS - 1:]
    assert all(b > a for a, b in zip(throttled, throttled[1:], strict=False)), delays
    assert throttled[0] >= 1
    # After the wait the right password works and resets the counter.
    actor = accounts.login(db, "admin", PASSWORD, clock=clock)
    assert actor.login == "admin"
    with db.session(read_only=True) as s:
        row = s.execute(sa.select(UserAccount)).scalar_one()
        assert row.failed_login_count == 0 and row.locked_until is None
        failures = s.execute(sa.select(AuditEntry.details).where(
            AuditEntry.action == "login_failed")).scalars().all()
    # Every wrong password and every throttled attempt is in the audit.
    assert sum('"wrong_password"' in d for d in failures) == accounts.FREE_ATTEMPTS + 4
    assert sum('"throttled"' in d for d in failures) == sum(1 for d in delays if d)


def test_throttle_delay_is_capped() -> None:
    assert accounts.throttle_delay_s(0) == 0
    assert accounts.throttle_delay_s(accounts.FREE_ATTEMPTS) == 1
    assert accounts.throttle_delay_s(100) == accounts.MAX_DELAY_S


def test_unknown_login_is_refused_and_logged(db: Database) -> None:
    accounts.create_first_administrator(db, "admin", "Ada", PASSWORD)
    with pytest.raises(LoginError) as err:
        accounts.login(db, "nobody", PASSWORD)
    assert not isinstance(err.value, LoginThrottledError)
    assert "password" in err.value.message
    with db.session(read_only=True) as s:
        entry = s.execute(sa.select(AuditEntry.action, AuditEntry.user_login)
                          .order_by(AuditEntry.id.desc())).first()
    assert entry is not None and tuple(entry) == ("login_failed", "nobody")


def test_confirm_password_for_signing(db: Database, actors: dict) -> None:
    p = actors["practitioner"]
    assert accounts.confirm_password(db, p, PASSWORD, purpose="sign").user_id == p.user_id
    with pytest.raises(LoginError):
        accounts.confirm_password(db, p, "not it", purpose="sign")


def test_change_own_password(db: Database, actors: dict) -> None:
    p = actors["practitioner"]
    with pytest.raises(LoginError):
        accounts.set_password(db, p, p.user_id, "a new password", old_password="wrong one")
    accounts.set_password(db, p, p.user_id, "a new password", old_password=PASSWORD)
    assert accounts.login(db, "practitioner", "a new password").user_id == p.user_id
    with pytest.raises(PermissionDeniedError):  # someone else's, without admin rights
        accounts.set_password(db, p, actors["frontdesk"].user_id if "frontdesk" in actors
                              else actors["front_desk"].user_id, "another password")
