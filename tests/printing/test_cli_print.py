"""``mesomap print``: PDFs from the command line; user errors are one sentence and exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from mesomap.cli import main
from mesomap.storage.engine import Database
from mesomap.storage.repository.sheets import SheetRepository
from tests.printing.conftest import page_count, pdf_text, session_with_template


def test_print_one_session_with_aftercare(qapp: object, demo_url: str, demo_db: Database,
                                          tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sid = session_with_template(demo_db, "face_front")
    out = tmp_path / "one.pdf"
    code = main(["--db", demo_url, "print", str(sid), "--output", str(out), "--paper", "letter",
                 "--aftercare"])
    assert code == 0, capsys.readouterr().err
    assert "Wrote 1 sheet(s)" in capsys.readouterr().out
    text = pdf_text(out)
    assert "Aftercare after your treatment" in text
    assert page_count(out) >= 2


def test_print_a_day_one_file_per_session(qapp: object, demo_url: str, demo_db: Database,
                                          tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sid = session_with_template(demo_db, "lower_back")
    data = SheetRepository(demo_db).get(sid)
    day = data.scheduled_at.astimezone().date()
    expected = SheetRepository(demo_db).session_ids(day)
    folder = tmp_path / "day"
    folder.mkdir()
    code = main(["--db", demo_url, "print", "--day", day.isoformat(), "--output", str(folder),
                 "--per-session"])
    assert code == 0, capsys.readouterr().err
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == len(expected) >= 1
    assert any(f.name.endswith(f"_s{sid}.pdf") for f in files)
    assert not list(folder.glob(".mesomap-*"))  # no temporary file left behind


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["999999", "--output", "{tmp}/x.pdf"], "There is no session 999999"),
        (["{sid}", "--output", "{tmp}/missing/x.pdf"], "does not exist"),
        (["{sid}", "--output", "{tmp}/afile/x.pdf"], "does not exist"),
        (["{sid}", "--output", "{tmp}/x.pdf", "--paper", "A3"], "Unknown paper size 'A3'"),
        (["{sid}", "--output", "{tmp}/x.pdf", "--scale", "1:3"], "Unknown scale"),
        (["--day", "14/03/2026", "--output", "{tmp}/x.pdf"], "YYYY-MM-DD"),
        (["--day", "1990-01-01", "--output", "{tmp}/x.pdf"], "No sessions to print"),
        (["{sid}", "--output", "{tmp}"], "is a folder"),
    ],
)
def test_user_errors_are_one_sentence(qapp: object, demo_url: str, demo_db: Database,
                                      tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      args: list[str], needle: str) -> None:
    (tmp_path / "afile").write_text("not a folder")
    sid = session_with_template(demo_db, "face_front")
    argv = [a.replace("{tmp}", str(tmp_path)).replace("{sid}", str(sid)) for a in args]
    code = main(["--db", demo_url, "print", *argv])
    err = capsys.readouterr().err
    assert code == 1
    assert needle in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_unavailable_database_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "junk.sqlite").write_bytes(b"this is not a database" * 100)
    code = main(["--db", f"sqlite:///{tmp_path / 'junk.sqlite'}", "print", "1", "-o",
                 str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 2 and err.strip() and "Traceback" not in err
