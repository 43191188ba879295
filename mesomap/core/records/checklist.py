"""The contraindication checklist: complete before a session can be marked performed.

Complete means every active item has an answer, and no *blocking* item is answered "yes"
(a "yes" to pregnancy, a bleeding disorder... stops the session: the practitioner decides what
to do instead, mesomap only records it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.records.notices import RecordWarning

#: Shipped items (the clinic can edit, add and deactivate them): (code, label, blocking).
DEFAULT_CHECKLIST: tuple[tuple[str, str, bool], ...] = (
    ("pregnancy", QT_TRANSLATE_NOOP("records", "Pregnancy or breastfeeding"), True),
    ("bleeding", QT_TRANSLATE_NOOP("records", "Bleeding disorder or anticoagulant treatment"), True),
    ("infection", QT_TRANSLATE_NOOP("records", "Active infection at the injection site"), True),
    ("allergy", QT_TRANSLATE_NOOP("records", "Allergy to a component of the products"), True),
    ("other", QT_TRANSLATE_NOOP("records", "Other contraindication (see note)"), True),
)

ANSWERS = ("yes", "no", "not_applicable")


@dataclass(frozen=True)
class ChecklistQuestion:
    item_id: int
    label: str
    blocking: bool


def checklist_problems(
    questions: Iterable[ChecklistQuestion], answers: Mapping[int, str]
) -> list[RecordWarning]:
    """Why the checklist does not allow performing: unanswered items and blocking "yes"
    answers (all ``refused``). Empty list: complete."""
    problems: list[RecordWarning] = []
    for q in questions:
        answer = answers.get(q.item_id)
        if answer is None:
            problems.append(RecordWarning(
                "checklist_unanswered",
                QT_TRANSLATE_NOOP("records", "“{item}” has no answer yet. Answer every question "
                                  "of the checklist before marking the session performed."),
                {"item": q.label}, "refused", str(q.item_id)))
        elif answer == "yes" and q.blocking:
            problems.append(RecordWarning(
                "checklist_contraindication",
                QT_TRANSLATE_NOOP("records", "“{item}” was answered yes: the session cannot be "
                                  "marked performed. Record what was done instead in the notes."),
                {"item": q.label}, "refused", str(q.item_id)))
    return problems
