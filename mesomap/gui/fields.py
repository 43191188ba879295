"""Form building blocks every window uses: naming, locale-aware number and date fields, and a
form layout that shows each validation message right under its field.

- :func:`name_widget` gives a widget its ``objectName`` (docs/conventions.md) and accessible name.
- :class:`NumberEdit` reads and shows decimals, volumes (mL) and lengths (cm) in the user's
  locale through :mod:`mesomap.core.localeformat`; use it for every numeric field.
- :class:`DateEdit` does the same for dates (typed in the locale's order, four-digit year).
- :class:`ValidatedForm` lays out label / field / error message rows; ``set_error(field, msg)``
  shows a message under the field without touching what the user typed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mesomap.core.i18n import QT_TRANSLATE_NOOP
from mesomap.core.localeformat import LocaleFormat, LocaleParseError, default_format

NumberKind = Literal["decimal", "volume_ml", "length_cm"]
W = TypeVar("W", bound=QWidget)


def name_widget(widget: QWidget, object_name: str, accessible_name: str) -> QWidget:
    """Set ``objectName`` (the scheme in docs/conventions.md) and the accessible name (the
    translated visible label) in one call; returns the widget."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


def translate_error(exc: BaseException) -> str:
    """The user-facing sentence of an exception, translated when it carries a template.

    Qt-free errors (``LocaleParseError``, ``SettingValueError``, storage errors) keep an English
    ``template`` marked with QT_TRANSLATE_NOOP, their ``context`` and ``params``; storage
    errors offer ``translated(translate)``."""
    translated = getattr(exc, "translated", None)
    if callable(translated):
        try:
            return str(translated(QCoreApplication.translate))
        except (KeyError, IndexError, ValueError):
            return str(getattr(exc, "message", exc))
    template = getattr(exc, "template", None)
    context = getattr(exc, "context", None)
    params = getattr(exc, "params", None)
    if isinstance(template, str) and isinstance(context, str):
        text = QCoreApplication.translate(context, template)
        try:
            return text.format(**(params or {}))
        except (KeyError, IndexError, ValueError):
            return str(getattr(exc, "message", exc))
    message = getattr(exc, "message", None)
    return str(message) if message else str(exc)


class LocaleNumberValidator(QValidator):
    """Accepts what :class:`LocaleFormat` parses; anything else is *Intermediate*, never
    *Invalid*, so a half-typed number is never blocked and the form explains what is wrong."""

    def __init__(self, kind: NumberKind, fmt: LocaleFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.fmt = fmt

    def parse(self, text: str) -> Decimal:
        if self.kind == "volume_ml":
            return self.fmt.parse_volume_ml(text)
        if self.kind == "length_cm":
            return Decimal(repr(self.fmt.parse_length_cm(text)))
        return self.fmt.parse_decimal(text)

    def validate(self, text: str, pos: int) -> object:  # returns (state, text, pos)
        try:
            self.parse(text)
        except LocaleParseError:
            return (QValidator.State.Intermediate, text, pos)
        return (QValidator.State.Acceptable, text, pos)


class NumberEdit(QLineEdit):
    """A line edit for a decimal, a volume in mL or a length in cm, in the user's locale.

    ``value()`` returns a ``Decimal`` (``None`` when empty and ``allow_empty``) or raises
    :class:`LocaleParseError`; ``error()`` gives the translated sentence or ``None``.
    """

    def __init__(
        self,
        kind: NumberKind = "decimal",
        *,
        fmt: LocaleFormat | None = None,
        allow_empty: bool = False,
        minimum: Decimal | None = None,
        maximum: Decimal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fmt = fmt or default_format()
        self.kind = kind
        self.allow_empty = allow_empty
        self.minimum = minimum
        self.maximum = maximum
        self._validator = LocaleNumberValidator(kind, self.fmt, self)
        self.setValidator(self._validator)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(self._example())

    def _example(self) -> str:
        if self.kind == "volume_ml":
            return self.fmt.format_volume_ml(Decimal("0.05"))
        if self.kind == "length_cm":
            return self.fmt.format_length_cm(1.5)
        return self.fmt.format_decimal(Decimal("0.5"))

    def value(self) -> Decimal | None:
        text = self.text()
        if not text.strip() and self.allow_empty:
            return None
        value = self._validator.parse(text)
        if self.minimum is not None and value < self.minimum:
            raise LocaleParseError(
                QT_TRANSLATE_NOOP("LocaleFormat", "The value must be at least {minimum}."),
                minimum=self.fmt.format_decimal(self.minimum),
            )
        if self.maximum is not None and value > self.maximum:
            raise LocaleParseError(
                QT_TRANSLATE_NOOP("LocaleFormat", "The value must be at most {maximum}."),
                maximum=self.fmt.format_decimal(self.maximum),
            )
        return value

    def error(self) -> str | None:
        try:
            self.value()
        except LocaleParseError as exc:
            return translate_error(exc)
        return None

    def set_value(self, value: Decimal | float | None) -> None:
        if value is None:
            self.clear()
        elif self.kind == "volume_ml":
            self.setText(self.fmt.format_volume_ml(Decimal(value)))
        elif self.kind == "length_cm":
            self.setText(self.fmt.format_length_cm(float(value)))
        else:
            self.setText(self.fmt.format_decimal(value))


class DateEdit(QLineEdit):
    """A date typed in the locale's numeric order (``05/11/2026`` in French) or ISO."""

    def __init__(
        self, *, fmt: LocaleFormat | None = None, allow_empty: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fmt = fmt or default_format()
        self.allow_empty = allow_empty
        self.setPlaceholderText(self.fmt.date_placeholder())

    def value(self) -> dt.date | None:
        if not self.text().strip() and self.allow_empty:
            return None
        return self.fmt.parse_date(self.text())

    def error(self) -> str | None:
        try:
            self.value()
        except LocaleParseError as exc:
            return translate_error(exc)
        return None

    def set_value(self, value: dt.date | None) -> None:
        self.setText("" if value is None else self.fmt.format_date(value))


class ValidatedForm(QWidget):
    """A two-column form whose rows each have a hidden error label under the field.

    The error label's objectName is the field's with ``_error`` appended, and it is the
    field's accessible description while shown, so screen readers announce it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # Labels sit at the top of their row, level with the field, not beside its message.
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._errors: dict[QWidget, QLabel] = {}
        self._labels: dict[QWidget, QLabel] = {}

    def add_row(self, label: str, field: W, object_name: str) -> W:
        """Add ``field`` under ``label`` (already translated); names both."""
        name_widget(field, object_name, label.replace("&", ""))
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        error = QLabel(holder)
        error.setObjectName(f"{object_name}_error")
        error.setWordWrap(True)
        error.setProperty("role", "field-error")
        error.setStyleSheet("color: #b00020;")
        error.hide()
        column.addWidget(error)
        label_widget = QLabel(label, self)
        label_widget.setBuddy(field)
        label_widget.setContentsMargins(0, 3, 0, 0)
        self.layout_.addRow(label_widget, holder)
        self._errors[field] = error
        self._labels[field] = label_widget
        return field

    def set_error(self, field: QWidget, message: str | None) -> None:
        """Show ``message`` under ``field`` (``None`` hides it). The field's text is untouched."""
        label = self._errors[field]
        if message:
            label.setText(message)
            label.show()
            field.setAccessibleDescription(message)
            field.setProperty("invalid", True)
        else:
            label.clear()
            label.hide()
            field.setAccessibleDescription("")
            field.setProperty("invalid", False)
        field.style().unpolish(field)
        field.style().polish(field)

    def label_text(self, field: QWidget) -> str:
        """The field's visible label without its mnemonic ``&``."""
        return self._labels[field].text().replace("&", "")

    def error_label(self, field: QWidget) -> QLabel:
        return self._errors[field]

    def clear_errors(self) -> None:
        for field in self._errors:
            self.set_error(field, None)
