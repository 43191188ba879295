"""Human-readable PDF of one patient's complete record (data-access request).

The PDF is built from the very dict that :func:`mesomap.storage.patient_export.export_patient`
returns for the JSON export (so both say the same thing): identity, consents, courses, sessions
(state, date, practitioner, planned and performed regions with technique, products, lots and
volumes, papule counts, checklist answers), adverse events, outcome measures, amendments,
signatures and the audit entries about the patient. Only what the export references by id is
looked up beside it: the clinic name, whether the database is a demonstration, the names of
the accounts (practitioners, authors) and the indication titles — :func:`load_context`, with
the text helpers, in :mod:`mesomap.printing.record_text`.

Layout: HTML in a ``QTextDocument`` (headings, tables whose header row repeats after a page
break; :func:`mesomap.printing.textpages.paginate` keeps headings with what follows them and
moves a row the page foot would cut whole to the next page), painted page by page on a
``QPdfWriter`` with the clinic name (and DEMO) at the top and "Page n of m" at the foot.
Dates and numbers go through :mod:`mesomap.core.localeformat`.
A ``QGuiApplication`` must exist (fonts): :func:`mesomap.printing.batch.ensure_qt`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.localeformat import LocaleFormat, default_format
from mesomap.printing.record_text import (
    Html,
    RecordContext,
    Row,
    cell,
    content_text,
    group_by,
    load_context,
    patient_display_name,
    short_details,
)
from mesomap.printing.textpages import paginate

if TYPE_CHECKING:
    from mesomap.storage.engine import Database
    from mesomap.storage.permissions import ActorLike

__all__ = ["RecordContext", "export_patient_pdf", "load_context", "patient_display_name",
           "record_document", "record_html", "write_record_pdf"]

PDF_RESOLUTION = 300
MARGIN_MM = 15.0
HEADER_MM = 9.0
FOOTER_MM = 8.0
BODY_PT = 9
CONTEXT = "PatientRecord"


def _t(text: str) -> str:
    return QtCore.QCoreApplication.translate(CONTEXT, text)


_EXPORTED_NOTE = QT_TRANSLATE_NOOP(
    "PatientRecord", "Exported on {when} by {who} for a data-access request. The JSON export "
    "holds the same record in full (including every papule position).")
# Every text this module passes to _t(), marked once so that lupdate extracts it.
_MARKED = (
    QT_TRANSLATE_NOOP("PatientRecord", "None recorded."),
    QT_TRANSLATE_NOOP("PatientRecord", "Patient record"),
    QT_TRANSLATE_NOOP("PatientRecord", "DEMO — fictional data, not a clinical record"),
    QT_TRANSLATE_NOOP("PatientRecord", "Identity"),
    QT_TRANSLATE_NOOP("PatientRecord", "Family name"),
    QT_TRANSLATE_NOOP("PatientRecord", "Given name"),
    QT_TRANSLATE_NOOP("PatientRecord", "Birth date"), QT_TRANSLATE_NOOP("PatientRecord", "Sex"),
    QT_TRANSLATE_NOOP("PatientRecord", "Patient number"),
    QT_TRANSLATE_NOOP("PatientRecord", "Phone"), QT_TRANSLATE_NOOP("PatientRecord", "Email"),
    QT_TRANSLATE_NOOP("PatientRecord", "Address"), QT_TRANSLATE_NOOP("PatientRecord", "Allergies"),
    QT_TRANSLATE_NOOP("PatientRecord", "Contraindications"),
    QT_TRANSLATE_NOOP("PatientRecord", "Notes"), QT_TRANSLATE_NOOP("PatientRecord", "Anonymised"),
    QT_TRANSLATE_NOOP("PatientRecord", "no"), QT_TRANSLATE_NOOP("PatientRecord", "Record created"),
    QT_TRANSLATE_NOOP("PatientRecord", "Field"), QT_TRANSLATE_NOOP("PatientRecord", "Value"),
    QT_TRANSLATE_NOOP("PatientRecord", "Consents"), QT_TRANSLATE_NOOP("PatientRecord", "Date"),
    QT_TRANSLATE_NOOP("PatientRecord", "Scope"), QT_TRANSLATE_NOOP("PatientRecord", "Form"),
    QT_TRANSLATE_NOOP("PatientRecord", "Taken by"),
    QT_TRANSLATE_NOOP("PatientRecord", "Withdrawn"),
    QT_TRANSLATE_NOOP("PatientRecord", "Treatment courses"),
    QT_TRANSLATE_NOOP("PatientRecord", "Area"), QT_TRANSLATE_NOOP("PatientRecord", "Practitioner"),
    QT_TRANSLATE_NOOP("PatientRecord", "Planned sessions"),
    QT_TRANSLATE_NOOP("PatientRecord", "Interval (days)"),
    QT_TRANSLATE_NOOP("PatientRecord", "Started"), QT_TRANSLATE_NOOP("PatientRecord", "Closed"),
    QT_TRANSLATE_NOOP("PatientRecord", "Sessions"), QT_TRANSLATE_NOOP("PatientRecord", "Course"),
    QT_TRANSLATE_NOOP("PatientRecord", "session"), QT_TRANSLATE_NOOP("PatientRecord", "Performed"),
    QT_TRANSLATE_NOOP("PatientRecord", "Cancellation reason"),
    QT_TRANSLATE_NOOP("PatientRecord", "Planned regions"),
    QT_TRANSLATE_NOOP("PatientRecord", "Region"), QT_TRANSLATE_NOOP("PatientRecord", "Technique"),
    QT_TRANSLATE_NOOP("PatientRecord", "Product"), QT_TRANSLATE_NOOP("PatientRecord", "Lot"),
    QT_TRANSLATE_NOOP("PatientRecord", "Volume per papule"),
    QT_TRANSLATE_NOOP("PatientRecord", "Papules planned"),
    QT_TRANSLATE_NOOP("PatientRecord", "Papules performed"),
    QT_TRANSLATE_NOOP("PatientRecord", "Total volume"),
    QT_TRANSLATE_NOOP("PatientRecord", "Checklist answers"),
    QT_TRANSLATE_NOOP("PatientRecord", "Question"), QT_TRANSLATE_NOOP("PatientRecord", "Answer"),
    QT_TRANSLATE_NOOP("PatientRecord", "Note"), QT_TRANSLATE_NOOP("PatientRecord", "Answered by"),
    QT_TRANSLATE_NOOP("PatientRecord", "Adverse events"),
    QT_TRANSLATE_NOOP("PatientRecord", "Onset"), QT_TRANSLATE_NOOP("PatientRecord", "Kind"),
    QT_TRANSLATE_NOOP("PatientRecord", "Severity"), QT_TRANSLATE_NOOP("PatientRecord", "Session"),
    QT_TRANSLATE_NOOP("PatientRecord", "Description"),
    QT_TRANSLATE_NOOP("PatientRecord", "Action taken"),
    QT_TRANSLATE_NOOP("PatientRecord", "Recorded by"),
    QT_TRANSLATE_NOOP("PatientRecord", "Outcome measures"),
    QT_TRANSLATE_NOOP("PatientRecord", "Measured"), QT_TRANSLATE_NOOP("PatientRecord", "Measure"),
    QT_TRANSLATE_NOOP("PatientRecord", "Amendments"), QT_TRANSLATE_NOOP("PatientRecord", "Author"),
    QT_TRANSLATE_NOOP("PatientRecord", "Reason"), QT_TRANSLATE_NOOP("PatientRecord", "Content"),
    QT_TRANSLATE_NOOP("PatientRecord", "Signatures"), QT_TRANSLATE_NOOP("PatientRecord", "Signed"),
    QT_TRANSLATE_NOOP("PatientRecord", "Signer"), QT_TRANSLATE_NOOP("PatientRecord", "Meaning"),
    QT_TRANSLATE_NOOP("PatientRecord", "Digest (SHA-256)"),
    QT_TRANSLATE_NOOP("PatientRecord", "Audit entries about this patient"),
    QT_TRANSLATE_NOOP("PatientRecord", "When"), QT_TRANSLATE_NOOP("PatientRecord", "User"),
    QT_TRANSLATE_NOOP("PatientRecord", "Action"), QT_TRANSLATE_NOOP("PatientRecord", "Record"),
    QT_TRANSLATE_NOOP("PatientRecord", "Details"),
    QT_TRANSLATE_NOOP("PatientRecord", "Rows in this export"),
    QT_TRANSLATE_NOOP("PatientRecord", "Table"), QT_TRANSLATE_NOOP("PatientRecord", "Rows"),
    QT_TRANSLATE_NOOP("PatientRecord", "DEMO"),
    QT_TRANSLATE_NOOP("PatientRecord", "Page {n} of {m}"),
    QT_TRANSLATE_NOOP("PatientRecord", "Patient data export — confidential"),
)

_STATUS: dict[str, str] = {
    "planned": QT_TRANSLATE_NOOP("PatientRecord", "planned"),
    "checked_in": QT_TRANSLATE_NOOP("PatientRecord", "checked in"),
    "performed": QT_TRANSLATE_NOOP("PatientRecord", "performed"),
    "signed": QT_TRANSLATE_NOOP("PatientRecord", "signed"),
    "cancelled": QT_TRANSLATE_NOOP("PatientRecord", "cancelled"),
    "no_show": QT_TRANSLATE_NOOP("PatientRecord", "no-show"),
}


def _table(headers: list[str], rows: list[list[Any]], nowrap: tuple[int, ...] = ()) -> str:
    """A bordered table whose header row repeats on each page; ``nowrap`` columns (lot
    numbers, volumes) are never broken inside a value."""
    if not rows:
        return f"<p class='none'>{cell(_t('None recorded.'))}</p>"
    head = "".join(f"<th>{cell(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(
        f"<td style='white-space: nowrap'>{cell(c)}</td>" if i in nowrap
        else f"<td>{cell(c)}</td>" for i, c in enumerate(row)) + "</tr>" for row in rows)
    return ("<table width='100%' cellspacing='0' cellpadding='3' border='1'>"
            f"<thead><tr>{head}</tr></thead>{body}</table>"
            "<p style='font-size:4pt; margin:0'>&nbsp;</p>")  # space below the table


def record_html(export: Mapping[str, Any], ctx: RecordContext,
                fmt: LocaleFormat | None = None) -> str:
    """The record as HTML for ``QTextDocument`` (pure: no database, no painting)."""
    h = Html(ctx, fmt or default_format())
    tables: Mapping[str, list[Row]] = export.get("tables", {})

    def rows(name: str) -> list[Row]:
        return list(tables.get(name, []))

    patient = (rows("patient") or [{}])[0]
    courses = {c["id"]: c for c in rows("treatment_course")}
    sessions = sorted(rows("session"), key=lambda s: (s.get("scheduled_at") or "", s["id"]))
    session_label = {s["id"]: h.when(s.get("scheduled_at"), time=False) for s in sessions}
    maps = group_by(rows("session_map"), "session_id")
    regions = group_by(rows("map_region"), "map_id")
    region_products = group_by(rows("map_region_product"), "region_id")
    papules = group_by(rows("papule"), "region_id")
    actuals = group_by(rows("region_actual"), "session_id")
    actual_products = group_by(rows("region_actual_product"), "actual_id")
    answers = group_by(rows("checklist_answer"), "session_id")

    out: list[str] = []
    add = out.append
    name = patient_display_name(export)
    add(f"<h1>{cell(_t('Patient record'))}: {cell(name)}</h1>")
    if ctx.is_demo:
        add(f"<p class='demo'>{cell(_t('DEMO — fictional data, not a clinical record'))}</p>")
    add("<p>" + cell(_t(_EXPORTED_NOTE)
                      .format(when=h.when(export.get("exported_at")),
                              who=export.get("exported_by") or "—")) + "</p>")

    add(f"<h2 style='margin-top:14pt'>{cell(_t('Identity'))}</h2>")
    identity = [
        (_t('Family name'), patient.get("family_name")),
        (_t('Given name'), patient.get("given_name")),
        (_t('Birth date'), h.when(patient.get("birth_date"))),
        (_t('Sex'), patient.get("sex")),
        (_t('Patient number'), patient.get("external_id")),
        (_t('Phone'), patient.get("phone")),
        (_t('Email'), patient.get("email")),
        (_t('Address'), patient.get("address")),
        (_t('Allergies'), patient.get("allergies")),
        (_t('Contraindications'), patient.get("contraindication_notes")),
        (_t('Notes'), patient.get("notes")),
        (_t('Anonymised'), h.when(patient.get("anonymised_at")) if patient.get("anonymised")
         else _t('no')),
        (_t('Record created'), h.when(patient.get("created_at"))),
    ]
    add(_table([_t('Field'), _t('Value')], [[k, v or ""] for k, v in identity]))

    add(f"<h2 style='margin-top:14pt'>{cell(_t('Consents'))}</h2>")
    add(_table([_t('Date'), _t('Scope'), _t('Form'), _t('Taken by'), _t('Withdrawn'),
                _t('Notes')],
               [[h.when(c.get("consented_on")), c.get("scope"), c.get("form_version"),
                 h.person(c.get("taken_by_id")), h.when(c.get("withdrawn_on")), c.get("notes")]
                for c in sorted(rows("consent_record"), key=lambda c: c.get("consented_on") or "")]))

    add(f"<h2 style='margin-top:14pt'>{cell(_t('Treatment courses'))}</h2>")
    add(_table([_t('Course'), _t('Area'), _t('Practitioner'), _t('Planned sessions'),
                _t('Interval (days)'), _t('Started'), _t('Closed'), _t('Notes')],
               [[h.indication(c.get("indication")), c.get("area"),
                 h.person(c.get("practitioner_id")),
                 h.num(c.get("planned_sessions")),
                 "–".join(dict.fromkeys(h.num(c.get(k)) for k in
                                        ("interval_days_min", "interval_days_max") if c.get(k))),
                 h.when(c.get("started_on")), h.when(c.get("closed_on")), c.get("notes")]
                for c in sorted(courses.values(), key=lambda c: c.get("started_on") or "")],
               nowrap=(5, 6)))

    add(f"<h2 style='margin-top:14pt'>{cell(_t('Sessions'))} ({h.num(len(sessions))})</h2>")
    if not sessions:
        add(f"<p class='none'>{cell(_t('None recorded.'))}</p>")
    for s in sessions:
        state = _t(_STATUS.get(s.get("status") or "", s.get("status") or ""))
        add(f"<h3 style='margin-top:12pt'>{cell(h.when(s.get('scheduled_at')))} — {cell(state)}</h3>")
        course = courses.get(s.get("course_id"))
        facts = [
            (_t('Practitioner'), h.person(s.get("practitioner_id"))),
            (_t('Course'), h.course(course) +
             (f" · {_t('session')} {h.num(s.get('number_in_course'))}"
              if s.get("number_in_course") else "")),
            (_t('Performed'), h.when(s.get("performed_at"))),
            (_t('Cancellation reason'), s.get("cancel_reason")),
            (_t('Notes'), s.get("notes")),
        ]
        add("<p>" + "<br/>".join(f"<b>{cell(k)}:</b> {cell(v)}" for k, v in facts if v)
            + "</p>")
        planned: list[list[Any]] = []
        for m in maps.get(s["id"], []):
            for r in sorted(regions.get(m["id"], []), key=lambda r: r.get("position") or 0):
                products = region_products.get(r["id"], [])
                technique = " · ".join(x for x in (
                    r.get("technique_code") or "",
                    f"{h.num(r.get('depth_mm'))} mm" if r.get("depth_mm") is not None else "",
                    f"{r.get('needle_gauge')}G" if r.get("needle_gauge") else "",
                    f"{h.num(r.get('spacing_cm'))} cm" if r.get("spacing_cm") else "") if x)
                planned.append([
                    r.get("name"), technique,
                    "\n".join(p.get("product_name") or "" for p in products),
                    "\n".join(p.get("lot_number") or "" for p in products),
                    "\n".join(h.ml(p.get("volume_per_papule_ml")) for p in products),
                    h.num(len(papules.get(r["id"], []))),
                ])
        add(f"<h4 style='margin-top:6pt'>{cell(_t('Planned regions'))}</h4>")
        add(_table([_t('Region'), _t('Technique'), _t('Product'), _t('Lot'),
                    _t('Volume per papule'), _t('Papules planned')], planned, nowrap=(3, 4)))
        done: list[list[Any]] = []
        for a in actuals.get(s["id"], []):
            products = actual_products.get(a["id"], [])
            done.append([
                a.get("region_name"), h.num(a.get("papules_performed")),
                "\n".join(p.get("product_name") or "" for p in products),
                "\n".join(p.get("lot_number") or "" for p in products),
                "\n".join(h.ml(p.get("volume_total_ml")) for p in products),
                a.get("notes"),
            ])
        if done:
            add(f"<h4 style='margin-top:6pt'>{cell(_t('Performed'))}</h4>")
            add(_table([_t('Region'), _t('Papules performed'), _t('Product'), _t('Lot'),
                        _t('Total volume'), _t('Notes')], done, nowrap=(3, 4)))
        ans = answers.get(s["id"], [])
        if ans:
            add(f"<h4 style='margin-top:6pt'>{cell(_t('Checklist answers'))}</h4>")
            add(_table([_t('Question'), _t('Answer'), _t('Note'), _t('Answered by')],
                       [[a.get("item_label"), a.get("answer"), a.get("note"),
                         h.person(a.get("answered_by_id"))] for a in ans]))

    add(f"<h2 style='margin-top:14pt'>{cell(_t('Adverse events'))}</h2>")
    add(_table([_t('Onset'), _t('Kind'), _t('Severity'), _t('Session'), _t('Description'),
                _t('Action taken'), _t('Recorded by')],
               [[h.when(e.get("onset_at")), e.get("kind"), e.get("severity"),
                 session_label.get(e.get("session_id"), ""), e.get("description"),
                 e.get("action_taken"), h.person(e.get("recorded_by_id"))]
                for e in sorted(rows("adverse_event"), key=lambda e: e.get("onset_at") or "")]))

    add(f"<h2 style='margin-top:14pt'>{cell(_t('Outcome measures'))}</h2>")
    add(_table([_t('Measured'), _t('Measure'), _t('Value'), _t('Session'), _t('Notes')],
               [[h.when(o.get("measured_at")), o.get("label") or o.get("kind"),
                 h.num(o.get("value")), session_label.get(o.get("session_id"), ""),
                 o.get("notes")]
                for o in sorted(rows("outcome_measure"),
                                key=lambda o: o.get("measured_at") or "")]))

    add(f"<h2 style='margin-top:14pt'>{cell(_t('Amendments'))}</h2>")
    add(_table([_t('Date'), _t('Session'), _t('Author'), _t('Reason'), _t('Content')],
               [[h.when(a.get("created_at")), session_label.get(a.get("session_id"), ""),
                 h.person(a.get("author_id")), a.get("reason"), content_text(a.get("content"))]
                for a in sorted(rows("amendment"), key=lambda a: a.get("created_at") or "")]))

    add(f"<h2 style='margin-top:14pt'>{cell(_t('Signatures'))}</h2>")
    add(_table([_t('Signed'), _t('Session'), _t('Signer'), _t('Meaning'), _t('Digest (SHA-256)')],
               [[h.when(g.get("signed_at")), session_label.get(g.get("session_id"), ""),
                 g.get("signer_name") or h.person(g.get("signer_id")), g.get("meaning"),
                 (g.get("digest_sha256") or "")[:16] + "…"]
                for g in sorted(rows("signature"), key=lambda g: g.get("signed_at") or "")]))

    add(f"<h2 style='margin-top:14pt'>{cell(_t('Audit entries about this patient'))}</h2>")
    add(_table([_t('When'), _t('User'), _t('Action'), _t('Record'), _t('Details')],
               [[h.when(e.get("at")), e.get("user_login") or h.person(e.get("user_id")),
                 e.get("action"), f"{e.get('table_name')} {e.get('record_id') or ''}".strip(),
                 short_details(e.get("details"), indication=h.indication)] for e in rows("audit_log")]))

    add(f"<h2 style='margin-top:14pt'>{cell(_t('Rows in this export'))}</h2>")
    counts = export.get("row_counts", {})
    add(_table([_t('Table'), _t('Rows')],
               [[k, h.num(int(v))] for k, v in sorted(counts.items())]))
    style = (f"body {{ font-size: {BODY_PT}pt; }} h1 {{ font-size: 15pt; }} "
             "h2 { font-size: 12pt; margin-top: 12pt; } h3 { font-size: 10pt; margin-top: 8pt; } "
             "h4 { font-size: 9pt; font-style: italic; } th { background-color: #e8e8e8; "
             "text-align: left; } .none { color: #666666; } "
             ".demo { color: #b00000; font-weight: bold; }")
    return f"<html><head><style>{style}</style></head><body>{''.join(out)}</body></html>"


def _page_layout(paper: str) -> QtGui.QPageLayout:
    size = QtGui.QPageSize(QtGui.QPageSize.PageSizeId.Letter if paper == "Letter"
                           else QtGui.QPageSize.PageSizeId.A4)
    return QtGui.QPageLayout(size, QtGui.QPageLayout.Orientation.Portrait,
                             QtCore.QMarginsF(0, 0, 0, 0), QtGui.QPageLayout.Unit.Millimeter)


def write_record_pdf(export: Mapping[str, Any], path: str | os.PathLike[str],
                     ctx: RecordContext, fmt: LocaleFormat | None = None) -> int:
    """Write the record to ``path`` (owner-only file, replaced atomically); returns the page
    count. ``OSError`` when the folder cannot be written."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".patient-record-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    try:
        pages = _paint(export, tmp, ctx, fmt)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return pages


def record_document(export: Mapping[str, Any], ctx: RecordContext, fmt: LocaleFormat | None,
                    writer: QtGui.QPdfWriter) -> tuple[QtGui.QTextDocument, QtCore.QRectF]:
    """The record laid out and paginated for ``writer`` (its page layout set), with the body
    rectangle of a page in device units: page ``n`` of the document is the slice
    ``n * body.height()`` to ``(n + 1) * body.height()``."""
    dots_per_mm = PDF_RESOLUTION / 25.4
    full = writer.pageLayout().fullRectPixels(PDF_RESOLUTION)
    margin = MARGIN_MM * dots_per_mm
    top = margin + HEADER_MM * dots_per_mm
    body = QtCore.QRectF(margin, top, full.width() - 2 * margin,
                         full.height() - top - margin - FOOTER_MM * dots_per_mm)
    doc = QtGui.QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QtGui.QFont()
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setHtml(record_html(export, ctx, fmt))
    doc.setPageSize(body.size())
    paginate(doc, body.height())
    return doc, body


def _paint(export: Mapping[str, Any], path: str, ctx: RecordContext,
           fmt: LocaleFormat | None) -> int:
    writer = QtGui.QPdfWriter(path)
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("mesomap")
    writer.setTitle(_t('Patient record') + " " + str(export.get("patient_id", "")))
    writer.setPageLayout(_page_layout(ctx.paper))
    dots_per_mm = PDF_RESOLUTION / 25.4
    full = writer.pageLayout().fullRectPixels(PDF_RESOLUTION)
    margin = MARGIN_MM * dots_per_mm
    doc, body = record_document(export, ctx, fmt, writer)
    count = doc.pageCount()

    painter = QtGui.QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        small = QtGui.QFont()
        small.setPointSizeF(8)
        bold = QtGui.QFont(small)
        bold.setBold(True)
        name = patient_display_name(export)
        for page in range(count):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - page * body.height())
            doc.drawContents(painter, QtCore.QRectF(0, page * body.height(),
                                                    body.width(), body.height()))
            painter.restore()
            head = QtCore.QRectF(margin, margin, body.width(), HEADER_MM * dots_per_mm * 0.7)
            painter.setFont(bold)
            left = ctx.clinic_name or _t('Patient record')
            painter.setPen(QtGui.QColor("#000000"))
            painter.drawText(head, int(QtCore.Qt.AlignmentFlag.AlignLeft
                                       | QtCore.Qt.AlignmentFlag.AlignVCenter), left)
            if ctx.is_demo:
                painter.setPen(QtGui.QColor("#b00000"))
                painter.drawText(head, int(QtCore.Qt.AlignmentFlag.AlignHCenter
                                           | QtCore.Qt.AlignmentFlag.AlignVCenter), _t('DEMO'))
                painter.setPen(QtGui.QColor("#000000"))
            painter.setFont(small)
            painter.drawText(head, int(QtCore.Qt.AlignmentFlag.AlignRight
                                       | QtCore.Qt.AlignmentFlag.AlignVCenter), name)
            painter.drawLine(QtCore.QPointF(margin, head.bottom() + 4),
                             QtCore.QPointF(margin + body.width(), head.bottom() + 4))
            foot = QtCore.QRectF(margin, full.height() - margin - FOOTER_MM * dots_per_mm * 0.6,
                                 body.width(), FOOTER_MM * dots_per_mm * 0.6)
            painter.drawText(foot, int(QtCore.Qt.AlignmentFlag.AlignRight
                                       | QtCore.Qt.AlignmentFlag.AlignVCenter),
                             _t('Page {n} of {m}').format(n=page + 1, m=count))
            painter.drawText(foot, int(QtCore.Qt.AlignmentFlag.AlignLeft
                                       | QtCore.Qt.AlignmentFlag.AlignVCenter),
                             _t('Patient data export — confidential'))
    finally:
        painter.end()
    del writer
    return count


def export_patient_pdf(db: Database, actor: ActorLike, patient_id: int,
                       path: str | os.PathLike[str], *, paper: str | None = None,
                       fmt: LocaleFormat | None = None, user_login: str | None = None,
                       check_permission: bool = True) -> int:
    """Export the patient (audited by :func:`patient_export.export_patient`, target "pdf") and
    write the PDF; returns the page count."""
    from mesomap.storage import patient_export

    data = patient_export.export_patient(db, actor, patient_id, target="pdf",
                                         user_login=user_login,
                                         check_permission=check_permission)
    return write_record_pdf(data, path, load_context(db, paper), fmt)
