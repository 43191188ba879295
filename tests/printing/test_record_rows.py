"""The patient-record PDF never cuts a table row in two at a page foot: a row that would
straddle the break moves whole to the next page, under the repeated header row.

A synthetic record with many sessions whose checklist answers carry notes of one to five lines
(rows of different heights, so that page feet fall inside rows) is laid out exactly as the PDF
is (``record_document``): without the row rule Qt cuts rows line by line (checked, so the
test means something); with it no row that fits on a page is cut, no text is lost, no page is
empty, and the moved row sits right under the repeated header."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from mesomap.printing import textpages
from mesomap.printing.patient_record import RecordContext, record_document, write_record_pdf
from tests.printing.conftest import page_count, pdf_text

SESSIONS = 14
QUESTIONS = 9


def _note(session: int, question: int) -> str:
    lines = 1 + (session * 7 + question * 3) % 5
    return "\n".join(f"Note s{session}q{question} line {n + 1} about the answer given."
                     for n in range(lines))


def _export() -> dict[str, Any]:
    start = dt.datetime(2025, 1, 6, 9, 30, tzinfo=dt.UTC)
    sessions, answers = [], []
    for s in range(SESSIONS):
        sid = 100 + s
        sessions.append({"id": sid, "course_id": 1, "status": "signed", "number_in_course": s + 1,
                         "scheduled_at": (start + dt.timedelta(days=7 * s)).isoformat(),
                         "practitioner_id": 1})
        answers += [{"session_id": sid, "item_label": f"Question {q + 1} of session {s + 1}?",
                     "answer": "no", "note": _note(s, q), "answered_by_id": 1}
                    for q in range(QUESTIONS)]
    return {
        "patient_id": 7, "exported_at": "2026-03-01T10:00:00+00:00", "exported_by": "admin",
        "tables": {
            "patient": [{"id": 7, "family_name": "Exemple", "given_name": "Anne"}],
            "treatment_course": [{"id": 1, "indication": "cellulite", "area": "Thighs",
                                  "planned_sessions": SESSIONS, "practitioner_id": 1}],
            "session": sessions,
            "checklist_answer": answers,
        },
        "row_counts": {"session": SESSIONS, "checklist_answer": len(answers)},
    }


def _writer(path: Path) -> Any:
    from PySide6 import QtGui

    from mesomap.printing.patient_record import PDF_RESOLUTION, _page_layout

    writer = QtGui.QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(_page_layout("A4"))
    return writer


def _body_cuts(doc: Any, height: float) -> list[tuple[int, float, float]]:
    """Rows below a table's first body row that a page foot cuts (row, top, bottom)."""
    return [(row, top, bottom) for table, row, top, bottom in textpages.cut_rows(doc, height)
            if row >= 2 and bottom - top < height * 0.5]


def test_no_row_straddles_a_page_break(qapp: Any, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    export, ctx = _export(), RecordContext(clinic_name="Clinique test")
    # without the row rule: Qt cuts rows (the record is long and uneven enough)
    with monkeypatch.context() as patched:
        patched.setattr(textpages, "_first_row_problem", lambda *args: None)
        plain, body = record_document(export, ctx, None, _writer(tmp_path / "a.pdf"))
    assert _body_cuts(plain, body.height()), "the synthetic record no longer cuts a row"

    doc, body = record_document(export, ctx, None, _writer(tmp_path / "b.pdf"))
    height = body.height()
    assert doc.pageCount() >= 6
    assert _body_cuts(doc, height) == []
    assert [r for _, r, top, bottom in textpages.cut_rows(doc, height)
            if bottom - top < height * 0.5] == []  # first rows and headers too
    assert not textpages._has_empty_page(doc, height)
    text = doc.toPlainText()
    for s in range(SESSIONS):
        for q in range(QUESTIONS):
            assert _note(s, q).split("\n")[-1] in text

    # a moved row starts at the top of its page, right under the repeated header row
    from PySide6 import QtGui

    after = QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter
    moved = 0
    for table in _tables(doc):
        header_top, header_bottom = textpages.row_extent(doc, table, 0)
        for row in range(2, table.rows()):
            if not (table.cellAt(row - 1, 0).lastCursorPosition().blockFormat()
                    .pageBreakPolicy() & after):
                continue
            top, _ = textpages.row_extent(doc, table, row)
            offset = top - (top // height) * height
            assert offset < 2 * (header_bottom - header_top) + 0.03 * height
            moved += 1
    assert moved


def test_rendered_pages_keep_every_row(qapp: Any, tmp_path: Path) -> None:
    out = tmp_path / "record.pdf"
    pages = write_record_pdf(_export(), out, RecordContext(clinic_name="Clinique test"))
    assert page_count(out) == pages >= 6
    text = " ".join(pdf_text(out).split())
    for s in range(SESSIONS):
        for q in range(QUESTIONS):
            # each row's last line is printed once (a cut row would still print it once,
            # but a row lost off a page would not)
            assert text.count(_note(s, q).split("\n")[-1]) == 1
    assert text.count("Question Answer Note Answered by") >= pages - 1  # header repeated


def _tables(doc: Any) -> list[Any]:
    from PySide6 import QtGui

    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QtGui.QTextTable)]


def _plain_document(rows_html: str, page_height: float) -> Any:
    from PySide6 import QtCore, QtGui

    doc = QtGui.QTextDocument()
    doc.setHtml("<p>intro</p><table width='100%' border='1' cellpadding='3' cellspacing='0'>"
                f"<thead><tr><th>A</th><th>B</th></tr></thead>{rows_html}</table><p>after</p>")
    doc.setPageSize(QtCore.QSizeF(300, page_height))
    return doc


def test_rows_of_a_plain_document_move_whole(qapp: Any) -> None:
    height = 420.0
    rows = "".join(f"<tr><td>row {i}<br/>second" + "<br/>more" * (i % 3) + f"</td><td>{i}</td></tr>"
                   for i in range(60))
    doc = _plain_document(rows, height)
    assert _body_cuts(doc, height)  # Qt alone cuts some rows
    textpages.paginate(doc, height)
    assert textpages.cut_rows(doc, height) == []
    assert not textpages._has_empty_page(doc, height)
    assert all(f"row {i}" in doc.toPlainText() for i in range(60))


def test_a_row_taller_than_a_page_is_left_to_qt(qapp: Any) -> None:
    height = 300.0
    tall = "<br/>".join(f"line {n}" for n in range(40))  # about two pages of text
    rows = "".join(f"<tr><td>row {i}</td><td>x</td></tr>" for i in range(8))
    doc = _plain_document(rows + f"<tr><td>{tall}</td><td>y</td></tr>" + rows, height)
    textpages.paginate(doc, height)
    cut = [(row, bottom - top) for _, row, top, bottom in textpages.cut_rows(doc, height)]
    assert cut and all(size > height * 0.9 for _, size in cut)  # only the tall row is cut
    assert not textpages._has_empty_page(doc, height)
    assert "line 39" in doc.toPlainText()
