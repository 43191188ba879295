"""The contraindication checklist holds each question once: adding (or renaming an item to) a
question whose text is already in the list, letter case and spacing aside and including the
questions no longer asked, is refused on the ``label`` field and stores nothing."""

from __future__ import annotations

import pytest

from mesomap.storage.errors import InvalidInputError
from mesomap.storage.repository.records import ChecklistItemInput

from .conftest import Clinic


def test_a_question_already_in_the_checklist_is_refused(clinic: Clinic) -> None:
    cat = clinic.rec(clinic.admin).catalog
    before = cat.list_checklist_items(active_only=False)
    first = before[0]
    for text in (first.label, "  " + first.label.upper().replace(" ", "   ") + " "):
        with pytest.raises(InvalidInputError) as refused:
            cat.create_checklist_item(ChecklistItemInput("clinic_again", text, 90))
        assert refused.value.field == "label"
        assert "already in the checklist" in str(refused.value)
    assert cat.list_checklist_items(active_only=False) == before  # nothing stored

    # a question no longer asked still counts: reactivate it instead of adding a twin
    retired = cat.create_checklist_item(ChecklistItemInput("clinic_tattoo", "Recent tattoo on the area", 91))
    cat.update_checklist_item(retired.id, retired.version,
                              ChecklistItemInput(retired.code, retired.label, 91, active=False))
    with pytest.raises(InvalidInputError):
        cat.create_checklist_item(ChecklistItemInput("clinic_tattoo_2", "recent tattoo on the area", 92))

    # a different question is added; renaming it to another question's text is refused,
    # keeping its own text (spacing or case changed) is not
    other = cat.create_checklist_item(ChecklistItemInput("clinic_sun", "Sunburn on the area", 93))
    with pytest.raises(InvalidInputError) as renamed:
        cat.update_checklist_item(other.id, other.version, ChecklistItemInput(other.code, first.label, 93))
    assert renamed.value.field == "label"
    kept = cat.update_checklist_item(other.id, other.version, ChecklistItemInput(other.code, "Sunburn on the  AREA", 93))
    assert kept.label == "Sunburn on the  AREA"
    labels = [i.label for i in cat.list_checklist_items(active_only=False)]
    assert labels.count(first.label) == 1 and len(labels) == len(before) + 2
