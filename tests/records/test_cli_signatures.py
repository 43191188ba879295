"""``mesomap signatures --verify`` on a database with a signed session and a signed amendment:
0 while intact, 1 after a change behind mesomap's back, 2 when the database cannot be opened."""

from __future__ import annotations

import pytest

from mesomap.cli import main
from mesomap.storage import immutability
from mesomap.storage.engine import open_database
from mesomap.storage.repository.records import AmendmentInput
from tests.records.conftest import PASSWORD, make_clinic
from tests.records.test_signing import signed_session


def test_verify_signatures_cli(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with open_database(sqlite_url) as db:
        clinic = make_clinic(db)
        sid = signed_session(clinic)
        amendment = clinic.rec().signing.amend(sid, AmendmentInput("typo", "notes", {"n": 1}))
        clinic.rec().signing.sign_amendment(amendment.id, PASSWORD)
    assert main(["--db", sqlite_url, "signatures", "--verify"]) == 0
    out = capsys.readouterr().out
    assert "2 signature(s) checked, 0 not matching" in out and "Dupont" not in out
    with open_database(sqlite_url) as db, db.engine.connect() as conn, conn.begin():
        immutability.drop_triggers(conn)
        conn.exec_driver_sql("UPDATE amendment SET reason = 'other'")
        immutability.install_triggers(conn)
    assert main(["--db", sqlite_url, "signatures", "--verify", "--session", str(sid)]) == 1
    out = capsys.readouterr().out
    assert f"session {sid}: the amendment no longer matches" in out
    assert "1 not matching" in out


def test_verify_signatures_cli_unavailable() -> None:
    assert main(["--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "signatures",
                 "--verify"]) == 2
