"""The pieces of the patient-record PDF that hold no translated text: what the export refers to
but does not contain (:class:`RecordContext`, :func:`load_context`: clinic name, demo flag,
account names, indication titles) and the helpers that format dates, volumes, numbers, people,
courses and audit details as HTML cell text (:class:`Html`). The page text and layout are in
:mod:`mesomap.printing.patient_record`."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore

from mesomap.core.localeformat import LocaleFormat

if TYPE_CHECKING:
    from mesomap.storage.engine import Database

Row = Mapping[str, Any]

@dataclass
class RecordContext:
    """What the export references but does not contain."""

    clinic_name: str = ""
    is_demo: bool = False
    people: dict[int, str] = field(default_factory=dict)
    paper: str = "A4"
    #: code → (title, shipped): shipped titles are translated with the context "records"
    indications: dict[str, tuple[str, bool]] = field(default_factory=dict)


def load_context(db: Database, paper: str | None = None) -> RecordContext:
    """Clinic name, demo flag, account names (id → display name) and indication titles from
    ``db``."""
    import sqlalchemy as sa

    from mesomap.core import settings as registry
    from mesomap.storage.models import UserAccount
    from mesomap.storage.repository.clinic_settings import ClinicSettingsRepository
    from mesomap.storage.repository.records_courses import list_indications

    settings = ClinicSettingsRepository(db)
    clinic = settings.read(registry.CLINIC_NAME.key) or ""
    if paper is None:
        stored = settings.read(registry.PAPER_SIZE.key) or ""
        paper = stored if stored in ("A4", "Letter") else "A4"
    with db.session() as session:
        people = {int(uid): (name or login) for uid, name, login in session.execute(
            sa.select(UserAccount.id, UserAccount.display_name, UserAccount.login))}
        indications = {i.code: (i.label, i.shipped) for i in list_indications(session)}
    return RecordContext(clinic_name=clinic, is_demo=db.is_demo, people=people, paper=paper,
                         indications=indications)


class Html:
    """Formatting helpers bound to one locale and context."""

    def __init__(self, ctx: RecordContext, fmt: LocaleFormat) -> None:
        self.ctx = ctx
        self.fmt = fmt

    def when(self, value: Any, *, time: bool = True) -> str:
        if not value:
            return ""
        text = str(value)
        try:
            if "T" not in text:
                return self.fmt.format_date(dt.date.fromisoformat(text))
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
        if moment.tzinfo is not None:
            moment = moment.astimezone()
        return self.fmt.format_datetime(moment) if time else self.fmt.format_date(moment.date())

    def ml(self, value: Any) -> str:
        if value in (None, ""):
            return ""
        try:
            return self.fmt.format_volume_ml(Decimal(str(value)))
        except InvalidOperation:
            return str(value)

    def num(self, value: Any) -> str:
        if value in (None, ""):
            return ""
        if isinstance(value, int) and not isinstance(value, bool):
            return self.fmt.format_integer(value)
        try:
            return self.fmt.format_decimal(Decimal(str(value)).normalize())
        except (InvalidOperation, TypeError, ValueError):
            return str(value)

    def person(self, uid: Any) -> str:
        if uid is None:
            return ""
        return self.ctx.people.get(int(uid), f"#{uid}")

    def indication(self, code: Any) -> str:
        """A course's indication as its title (translated when shipped), never its code."""
        if not code:
            return ""
        from mesomap.storage.repository.records_courses import find_indication
        from mesomap.storage.repository.records_types import IndicationRecord

        found = find_indication([IndicationRecord(c, label, shipped) for c, (label, shipped)
                                 in self.ctx.indications.items()], str(code))
        return (QtCore.QCoreApplication.translate("records", found.label) if found.shipped
                else found.label)

    def course(self, course: Row | None) -> str:
        """"Indication — area" (the area alone when it repeats the title)."""
        if not course:
            return ""
        title = self.indication(course.get("indication"))
        area = str(course.get("area") or "").strip()
        if title and area and area.casefold() != title.casefold():
            return f"{title} — {area}"
        return title or area


def cell(text: Any) -> str:
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


def group_by(rows: list[Row], key: str) -> dict[Any, list[Row]]:
    out: dict[Any, list[Row]] = defaultdict(list)
    for row in rows:
        out[row.get(key)].append(row)
    return out


def patient_display_name(export: Mapping[str, Any]) -> str:
    patient = (export.get("tables", {}).get("patient") or [{}])[0]
    return " ".join(p for p in (patient.get("given_name"), patient.get("family_name")) if p)


def content_text(value: Any) -> str:
    if isinstance(value, Mapping):
        return "\n".join(f"{k}: {v}" for k, v in value.items() if v not in (None, ""))
    return "" if value is None else str(value)


def short_details(value: Any, limit: int = 200, indication: Callable[[Any], str] | None = None) -> str:
    """Audit details (compact JSON) as readable ``key: value`` text, shortened; an
    ``indication`` value is shown as its title when ``indication`` (code → title) is given."""
    try:
        parsed = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        parsed = value
    if isinstance(parsed, Mapping):
        parts = []
        for key, item in parsed.items():
            if key == "indication" and indication is not None and isinstance(item, str):
                item = indication(item)
            elif isinstance(item, Mapping):
                item = ", ".join(f"{k} {v}" for k, v in item.items())
            elif isinstance(item, list):
                item = ", ".join(str(v) for v in item)
            parts.append(f"{key}: {item}")
        text = "; ".join(parts)
    else:
        text = "" if parsed is None else str(parsed)
    return text if len(text) <= limit else text[:limit] + "…"
