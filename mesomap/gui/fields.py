"""Form building blocks every window uses: naming, locale-aware number and date fields, and a
form layout that shows each validation message right under its field.

- :func:`name_widget` gives a widget its ``objectName`` (docs/conventions.md) and accessible name.
- :class:`NumberEdit` reads and shows decimals, volumes (mL) and lengths (cm) in the user's
  locale through :mod:`mesomap.core.localeformat`; use it for every numeric field.
- :class:`DateEdit` does the same for dates (typed in the locale's order, four-digit year).
- :class:`ValidatedForm` lays out label / field / error message rows; ``set_error(field, msg)``
  shows a message under the field without touching what the user typed.
- :func:`keep_in_sight` makes a message that was just shown fully visible: its dialog grows
  to the height the wrapped text needs, and a scroll area holding it scrolls to it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

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


# Width (px) a dialog is widened to, if narrower, when it shows a message.
MESSAGE_DIALOG_WIDTH = 420


def keep_in_sight(label: QWidget) -> None:
    """Make a message label that was just shown entirely visible.

    A word-wrapped label gives its layout a height-for-width, and Qt then no longer raises a
    shown dialog's minimum size: the message would be squeezed to one clipped line. So the
    dialog holding ``label`` grows (within the screen; a narrow one is widened to
    :data:`MESSAGE_DIALOG_WIDTH` first) to the height its layout needs at its
    current width; a scroll area holding ``label`` scrolls to it. Main windows never resize.
    The work runs once the pending layout requests are done (posted to the event loop)."""
    window = label.window()
    if isinstance(window, QDialog) and window.isVisible():
        _grow_dialog(window, label, passes=3)
    area = _scroll_area_of(label)
    if area is not None and not area.property("message_scroll_pending"):
        # Of several messages shown at once (a form checked field by field) the first, the
        # top-most, is scrolled to.
        area.setProperty("message_scroll_pending", True)

        def scroll() -> None:
            area.setProperty("message_scroll_pending", False)
            if label.isVisible():
                area.ensureWidgetVisible(label, 0, 0)

        QTimer.singleShot(0, area, scroll)


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _grow_dialog(dialog: QDialog, label: QWidget, passes: int) -> None:
    """Grow ``dialog`` to its layout's height for its width, then by what ``label`` still
    lacks (box layouts share width out slightly differently from their height-for-width
    estimate); again after the posted layout requests, ``passes`` times in all."""
    layout = dialog.layout()
    if layout is None or not dialog.isVisible() or not label.isVisible():
        return
    screen = dialog.screen() or QApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    widened = False
    if dialog.width() < MESSAGE_DIALOG_WIDTH:
        # A small dialog would wrap a sentence into a tall narrow column: widen it first.
        width = MESSAGE_DIALOG_WIDTH if room is None else min(MESSAGE_DIALOG_WIDTH, room.width())
        if width > dialog.width():
            dialog.resize(width, dialog.height())
            widened = True
    layout.activate()
    need = dialog.heightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    need = max(need, layout.minimumSize().height(), dialog.minimumSizeHint().height(), dialog.height())
    if label.width() > 0 and label.hasHeightForWidth() and not widened:
        want = label.heightForWidth(label.width())
        if label.minimumHeight() > want:
            label.setMinimumHeight(want)
        lacking = want - label.height()
        if lacking > 0:
            # A form layout sizes its rows from its own estimate of the field width, which
            # can be a little wider than the width the label is given: hold the label open.
            label.setMinimumHeight(want)
            need = max(need, dialog.height() + lacking)
    if room is not None:
        need = min(need, room.height())
    if need > dialog.height():
        dialog.resize(dialog.width(), need)
    if passes > 1:
        QTimer.singleShot(0, dialog, lambda: _grow_dialog(dialog, label, passes - 1))


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
        # The holder spans the whole field column so a message under a narrow field (a spin box,
        # a combo) wraps at the column's width, the width the form reserves its height for;
        # the narrow field itself keeps its own width, on the left.
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if field.sizePolicy().horizontalPolicy() in (QSizePolicy.Policy.Expanding,
                                                     QSizePolicy.Policy.MinimumExpanding,
                                                     QSizePolicy.Policy.Ignored):
            column.addWidget(field)
        else:
            column.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
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
            keep_in_sight(label)
            field.setAccessibleDescription(message)
            field.setProperty("invalid", True)
        else:
            label.clear()
            label.hide()
            label.setMinimumHeight(0)
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
