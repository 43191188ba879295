"""PostgreSQL: a change to the session record committed while a signature is being made cannot
slip between the digest and the signature (the session row is locked FOR UPDATE first)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from mesomap.storage.engine import open_database
from tests.records.conftest import PASSWORD, Clinic, make_clinic
from tests.records.test_signing import perform


@pytest.fixture
def pg_clinic(pg_url: str) -> Iterator[Clinic]:
    db = open_database(pg_url)
    try:
        yield make_clinic(db)
    finally:
        db.close()


def test_sign_waits_for_a_concurrent_change(pg_clinic: Clinic) -> None:
    clinic = pg_clinic
    sid = perform(clinic)
    results: list[object] = []
    with clinic.db.engine.connect() as conn:
        tx = conn.begin()
        conn.exec_driver_sql(f"SELECT id FROM session WHERE id = {sid} FOR UPDATE")
        worker = threading.Thread(
            target=lambda: results.append(clinic.rec().signing.sign(sid, PASSWORD)))
        worker.start()
        worker.join(timeout=1.5)
        assert worker.is_alive()  # signing waits for the other transaction
        conn.exec_driver_sql(f"UPDATE session SET notes = 'added meanwhile' WHERE id = {sid}")
        tx.commit()
    worker.join(timeout=60)
    assert not worker.is_alive() and len(results) == 1
    check = clinic.rec().signing.verify(sid)
    assert check.ok  # the digest covers the note committed before the signature
    assert clinic.rec().sessions.full(sid).session.notes == "added meanwhile"
