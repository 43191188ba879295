"""Locale-aware numeric/date fields and the form that shows messages next to each field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from mesomap.core.localeformat import LocaleFormat, LocaleParseError
from mesomap.gui.fields import DateEdit, NumberEdit, ValidatedForm

pytestmark = pytest.mark.gui


def test_french_volume_field_reads_a_comma_and_shows_ml(qtbot: QtBot) -> None:
    edit = NumberEdit("volume_ml", fmt=LocaleFormat("fr_FR"))
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "0,05")
    assert edit.value() == Decimal("0.05")
    assert edit.error() is None
    edit.set_value(Decimal("0.2"))
    assert edit.text() == "0,20 mL"
    assert edit.value() == Decimal("0.2")
    assert edit.placeholderText() == "0,05 mL"


def test_english_field_refuses_a_comma_with_a_sentence_and_keeps_the_text(qtbot: QtBot) -> None:
    edit = NumberEdit("volume_ml", fmt=LocaleFormat("en_US"))
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "0,05")
    # The validator never blocks typing: the text is all there, marked intermediate.
    assert edit.text() == "0,05"
    state = edit.validator().validate(edit.text(), 4)
    assert state[0] == QValidator.State.Intermediate
    message = edit.error()
    assert message is not None and "ambiguous" in message and "“.”" in message
    with pytest.raises(LocaleParseError):
        edit.value()


def test_length_field_accepts_mm_and_range_limits(qtbot: QtBot) -> None:
    edit = NumberEdit("length_cm", fmt=LocaleFormat("it_IT"), minimum=Decimal("0.1"),
                      maximum=Decimal("10"))
    qtbot.addWidget(edit)
    edit.setText("15 mm")
    assert edit.value() == Decimal("1.5")
    edit.setText("12,5")
    assert edit.error() == "The value must be at most 10."
    edit.setText("0,05")
    assert edit.error() == "The value must be at least 0,1."


def test_empty_allowed_or_not(qtbot: QtBot) -> None:
    optional = NumberEdit(fmt=LocaleFormat("fr_FR"), allow_empty=True)
    required = NumberEdit(fmt=LocaleFormat("fr_FR"))
    qtbot.addWidget(optional)
    qtbot.addWidget(required)
    assert optional.value() is None
    assert required.error() == "Enter a number."


def test_date_edit_in_the_locale_order(qtbot: QtBot) -> None:
    edit = DateEdit(fmt=LocaleFormat("es_ES"))
    qtbot.addWidget(edit)
    edit.set_value(dt.date(1985, 3, 24))
    assert edit.text() == "24/3/1985"
    edit.setText("2/1/1990")
    assert edit.value() == dt.date(1990, 1, 2)
    edit.setText("2/1/90")
    assert edit.error() is not None and "four digits" in edit.error()  # type: ignore[operator]


def test_form_shows_the_message_under_its_field_and_keeps_the_input(qtbot: QtBot) -> None:
    form = ValidatedForm()
    qtbot.addWidget(form)
    name = form.add_row("&Name", QLineEdit(), "test_form_name_edit")
    dose = form.add_row("&Dose", NumberEdit("volume_ml", fmt=LocaleFormat("fr_FR")),
                        "test_form_dose_edit")
    form.show()
    qtbot.waitExposed(form)
    dose.setText("zéro virgule")
    form.set_error(dose, dose.error())
    label = form.findChild(QLabel, "test_form_dose_edit_error")
    assert label is not None and label.isVisible()
    assert "not a number" in label.text()
    assert dose.text() == "zéro virgule"
    assert dose.accessibleDescription() == label.text()
    # The message sits right below its own field, not somewhere else in the form.
    dose_bottom = dose.mapTo(form, dose.rect().bottomLeft()).y()
    label_top = label.mapTo(form, label.rect().topLeft()).y()
    assert 0 <= label_top - dose_bottom < 20
    other = form.findChild(QLabel, "test_form_name_edit_error")
    assert other is not None and not other.isVisible()
    assert name.accessibleName() == "Name"
    form.set_error(dose, None)
    assert not label.isVisible()
