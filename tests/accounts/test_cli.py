"""``mesomap backup``, ``mesomap restore FILE`` and ``mesomap audit --verify``."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from mesomap.cli import main
from mesomap.storage import audit
from mesomap.storage.engine import open_database
from mesomap.storage.repository.patients import PatientInput, PatientRepository


def test_backup_restore_and_verify_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite'}"
    with open_database(url) as db:
        PatientRepository(db).create(PatientInput("Before"))
    assert main(["--db", url, "backup"]) == 0
    out = capsys.readouterr().out
    assert "verified" in out
    backups = sorted((tmp_path / "backups").glob("clinic-*.sqlite"))
    assert len(backups) == 1
    with open_database(url) as db:
        PatientRepository(db).create(PatientInput("After"))
    assert main(["restore", str(backups[0]), "--db", url]) == 0
    assert "kept as" in capsys.readouterr().out
    with open_database(url) as db:
        names = [p.family_name for p in PatientRepository(db).search("")]
        with db.session(read_only=True) as s:
            actions = s.execute(sa.text("SELECT action, user_login FROM audit_log ORDER BY id")).all()
    assert names == ["Before"]
    assert [a for a, _ in actions] == ["create", "backup", "restore"]
    assert all(login.startswith("cli") for a, login in actions if a != "create")
    assert main(["--db", url, "audit", "--verify"]) == 0
    assert "intact" in capsys.readouterr().out


def test_audit_verify_reports_tampering(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite'}"
    with open_database(url) as db:
        for name in ("A", "B", "C"):
            PatientRepository(db).create(PatientInput(name))
        head = audit.verify_audit(db).head_hash
        with db.engine.connect() as conn, conn.begin():
            audit.drop_triggers(conn)
            conn.execute(sa.text("UPDATE audit_log SET details = '{}' WHERE id = 2"))
    assert main(["--db", url, "audit", "--verify"]) == 1
    out = capsys.readouterr().out
    assert "entry 2" in out and "changed outside mesomap" in out
    assert main(["--db", url, "audit", "--verify", "--expect-head", head]) == 1


def test_restore_refuses_a_damaged_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite'}"
    with open_database(url) as db:
        PatientRepository(db).create(PatientInput("Kept"))
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    assert main(["restore", str(bad), "--db", url]) == 1
    err = capsys.readouterr().err
    assert "cannot be restored" in err and "Traceback" not in err
    with open_database(url) as db:
        assert [p.family_name for p in PatientRepository(db).search("")] == ["Kept"]
