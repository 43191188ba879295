"""The human-readable PDF of a patient's record (data-access request): content read back with
pdftotext, pages and paper with pdfinfo, the audit entry, the command line and the GUI action."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from mesomap.cli import main
from mesomap.core.localeformat import default_format
from mesomap.printing.patient_record import export_patient_pdf
from mesomap.storage import patient_export
from mesomap.storage.engine import Database, open_database
from mesomap.storage.models import AuditEntry
from mesomap.storage.repository.patients import PatientInput, PatientRepository
from mesomap.storage.seed import seed_demo
from tests.accounts.conftest import PASSWORD, make_actors


@pytest.fixture(scope="module")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "demo.sqlite"
    db = open_database(f"sqlite:///{path}")
    try:
        seed_demo(db.engine, patients=3, seed=2024)
    finally:
        db.close()
    return path


@pytest.fixture
def demo(seeded_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the seeded demonstration database."""
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(seeded_file, copy)
    db = open_database(f"sqlite:///{copy}")
    try:
        yield db
    finally:
        db.close()


def _pdf_text(path: Path) -> str:
    """The PDF's text in content order, whitespace collapsed (table cells wrap)."""
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", raw)


def _pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                         text=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines()
                                              if ":" in line)}


def _chosen_patient(db: Database) -> tuple[int, dict[str, Any]]:
    """A seeded patient with a signed session and an amendment (else the most sessions)."""
    best: tuple[int, dict[str, Any]] | None = None
    for pid in (1, 2, 3):
        data = patient_export.export_patient(db, None, pid)
        t = data["tables"]
        if t.get("amendment") and any(s["status"] == "signed" for s in t["session"]):
            return pid, data
        if best is None or len(t["session"]) > len(best[1]["tables"]["session"]):
            best = (pid, data)
    assert best is not None
    return best


def _local_date(iso: str) -> str:
    moment = dt.datetime.fromisoformat(iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return default_format().format_date(moment.date())


def test_pdf_holds_the_whole_record(qapp: Any, demo: Database, tmp_path: Path) -> None:
    pid, data = _chosen_patient(demo)
    tables = data["tables"]
    assert tables["amendment"] and tables["signature"], "seed-demo should give an amendment"
    target = tmp_path / "record.pdf"
    pages = export_patient_pdf(demo, None, pid, target)
    info = _pdf_info(target)
    assert pages > 0 and int(info["Pages"]) == pages
    assert "A4" in info["Page size"]
    assert target.stat().st_mode & 0o777 == 0o600
    text = _pdf_text(target)
    patient = tables["patient"][0]
    assert patient["family_name"] in text and patient["given_name"] in text
    assert patient["external_id"] in text
    for session in tables["session"]:
        assert _local_date(session["scheduled_at"]) in text, session["scheduled_at"]
    lots = {p["lot_number"] for p in tables["map_region_product"]}
    lots |= {p["lot_number"] for p in tables["region_actual_product"]}
    assert lots
    for lot in lots:
        assert lot in text
    for event in tables["adverse_event"]:
        assert re.sub(r"\s+", " ", event["description"]) in text
    for amendment in tables["amendment"]:
        assert amendment["reason"] in text
    for signature in tables["signature"]:
        assert signature["digest_sha256"][:16] in text
    for answer in tables["checklist_answer"][:5]:
        assert answer["item_label"] in text
    # Nothing lost at page breaks (tables move with their headings): one block per
    # session, one planned-regions table per map, one checklist per session with answers.
    # (>=: a block cut by a page foot is also drawn, clipped away, on the next page)
    assert text.count("Practitioner:") >= len(tables["session"])
    assert text.count("Planned regions") >= len(tables["session_map"])
    assert text.count("Checklist answers") >= len({a["session_id"]
                                                   for a in tables["checklist_answer"]})
    assert "DEMO" in text
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    # The export was audited once more, as a PDF, and names the patient by id only.
    with demo.session(read_only=True) as s:
        last = s.execute(sa.select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
        assert (last.action, last.patient_id) == ("export", pid)
        assert json.loads(last.details)["target"] == "pdf"
        assert patient["family_name"] not in last.details


def test_letter_paper_and_a_patient_without_sessions(qapp: Any, demo: Database,
                                                     tmp_path: Path) -> None:
    from mesomap.core import settings as registry
    from mesomap.storage.repository.clinic_settings import ClinicSettingsRepository

    ClinicSettingsRepository(demo).write(registry.CLINIC_NAME.key, "Clinica Demo Verdi")
    created = PatientRepository(demo).create(PatientInput("Nosessions", "Nadia"))
    target = tmp_path / "empty.pdf"
    pages = export_patient_pdf(demo, None, created.id, target, paper="Letter")
    assert pages >= 1
    info = _pdf_info(target)
    assert "612 x 792" in info["Page size"]
    text = _pdf_text(target)
    assert "Nosessions" in text and "Sessions (0)" in text and "None recorded." in text
    assert text.count("Clinica Demo Verdi") == pages  # the clinic's name heads every page


def test_command_line_writes_both_files(demo: Database, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    url = demo.url
    js, pdf = tmp_path / "p.json", tmp_path / "p.pdf"
    assert main(["--db", str(url), "export-patient", "1", "--json", str(js), "--pdf",
                 str(pdf)]) == 0
    assert "exported" in capsys.readouterr().out
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["patient_id"] == 1
    assert data["tables"]["patient"][0]["family_name"] in _pdf_text(pdf)
    assert js.stat().st_mode & 0o777 == 0o600 and pdf.stat().st_mode & 0o777 == 0o600
    with demo.session(read_only=True) as s:
        rows = s.execute(sa.select(AuditEntry.user_login, AuditEntry.details)
                         .where(AuditEntry.action == "export")).all()
    assert sorted(json.loads(d)["target"] for _, d in rows) == ["json", "pdf"]
    assert all(login.startswith("cli") for login, _ in rows)


@pytest.mark.parametrize(("args", "expected"), [
    (["999", "--pdf", "{tmp}/x.pdf"], "There is no patient 999"),
    (["1", "--pdf", "{tmp}/missing/x.pdf"], "does not exist"),
    (["1", "--pdf", "{tmp}"], "is a folder"),
    (["1"], "Say what to write"),
    (["1", "--pdf", "{tmp}/x.pdf", "--paper", "A3"], "Unknown paper size"),
])
def test_command_line_errors(demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             args: list[str], expected: str) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(["--db", str(demo.url), "export-patient", *argv]) == 1
    err = capsys.readouterr().err.strip()
    assert expected in err and len(err.splitlines()) == 1 and err.endswith(".")
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_folder_is_refused(demo: Database, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    if os.geteuid() == 0:  # root writes through permissions: /proc refuses new files even so
        folder = Path("/proc")
    else:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o500)
    target = folder / "mesomap-record.pdf"
    code = main(["--db", str(demo.url), "export-patient", "1", "--pdf", str(target)])
    err = capsys.readouterr().err.strip()
    assert code == 1 and len(err.splitlines()) == 1
    assert "cannot be written" in err or "could not be written" in err
    assert not target.exists()
    assert not list(tmp_path.glob("**/.patient-record-*"))


def test_file_in_place_of_a_folder(demo: Database, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("x")
    code = main(["--db", str(demo.url), "export-patient", "1", "--json",
                 str(tmp_path / "notes.txt" / "p.json")])
    assert code == 1 and "is a file, not a folder" in capsys.readouterr().err


def test_gui_action_writes_a_pdf(qtbot: QtBot, sqlite_url: str, tmp_path: Path) -> None:
    from tests.accounts.test_gui_accounts import _log_in, _window

    clinic = open_database(sqlite_url)
    try:
        actors = make_actors(clinic)
        created = PatientRepository(clinic, actors["practitioner"]).create(
            PatientInput("Requester", "Rita"))
        window = _window(qtbot, clinic)
        controller = window.accounts
        _log_in(qtbot, controller.overlay.form, "admin", PASSWORD)
        qtbot.waitUntil(lambda: window.patient_list.select_patient(created.id), timeout=5000)
        target = tmp_path / "request.pdf"
        controller.patient_data.export_current(str(target))
        qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage(),
                        timeout=10_000)
        text = _pdf_text(target)
        assert "Requester" in text and "Rita" in text and "DEMO" not in text
        with clinic.session(read_only=True) as s:
            entry = s.execute(sa.select(AuditEntry).where(AuditEntry.action == "export")
                              ).scalar_one()
            assert entry.user_login == "admin"
            assert json.loads(entry.details)["target"] == "pdf"
    finally:
        clinic.close()


def test_every_printed_label_is_marked_for_translation() -> None:
    import ast
    import inspect

    from mesomap.printing import patient_record

    tree = ast.parse(inspect.getsource(patient_record))
    used = {node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "_t" and node.args and isinstance(node.args[0], ast.Constant)}
    assert len(used) > 40
    assert used <= set(patient_record._MARKED)


def test_no_sessions_on_each_backend(qapp: Any, db_url: str, tmp_path: Path) -> None:
    db = open_database(db_url)
    try:
        created = PatientRepository(db).create(PatientInput("Solo", "Sam"))
        target = tmp_path / "solo.pdf"
        pages = export_patient_pdf(db, None, created.id, target)
        text = _pdf_text(target)
        assert pages == int(_pdf_info(target)["Pages"]) >= 1
        assert "Solo" in text and "Sessions (0)" in text
        assert "DEMO" not in text  # a clinic database is not marked as a demonstration
    finally:
        db.close()


def test_dates_and_volumes_follow_the_locale(qapp: Any, demo: Database, tmp_path: Path) -> None:
    from mesomap.core.localeformat import LocaleFormat

    pid, data = _chosen_patient(demo)
    french = LocaleFormat("fr")
    target = tmp_path / "fr.pdf"
    export_patient_pdf(demo, None, pid, target, fmt=french)
    text = _pdf_text(target)
    session = data["tables"]["session"][0]
    moment = dt.datetime.fromisoformat(session["scheduled_at"]).astimezone()
    assert french.format_date(moment.date()) in text
    volume = data["tables"]["region_actual_product"][0]["volume_total_ml"]
    from decimal import Decimal

    assert french.format_volume_ml(Decimal(volume)) in text
    assert "," in french.format_volume_ml(Decimal(volume))


def test_a_table_starts_on_the_page_of_its_heading(qapp: Any) -> None:
    from PySide6 import QtCore, QtGui

    from mesomap.printing import textpages

    filler = "".join(f"<p>line {i}</p>" for i in range(14))
    rows = "".join(f"<tr><td>row {i}<br/>second line</td><td>x</td></tr>" for i in range(30))
    doc = QtGui.QTextDocument()
    doc.setHtml(f"{filler}<h4>Planned regions</h4><table border='1'><thead><tr><th>A</th>"
                f"<th>B</th></tr></thead>{rows}</table>")
    layout = doc.documentLayout()
    heading = next(b for b in _blocks(doc) if b.text() == "Planned regions")
    height = layout.blockBoundingRect(heading).bottom() + 20  # heading at the foot of page 1
    doc.setPageSize(QtCore.QSizeF(300, height))
    assert any(row <= 1 for _, row in textpages._split_rows(doc, height)) or (
        layout.blockBoundingRect(heading.next()).top() // height
        > layout.blockBoundingRect(heading).top() // height)
    textpages.paginate(doc, height)
    heading_page = layout.blockBoundingRect(heading).top() // height
    first_cell = layout.blockBoundingRect(heading.next()).top() // height
    assert heading_page == first_cell == 1
    assert not [r for _, r in textpages._split_rows(doc, height) if r <= 1]
    assert not textpages._has_empty_page(doc, height)
    assert all(f"row {i}" in doc.toPlainText() for i in range(30))


def _blocks(doc: Any) -> Iterator[Any]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()
