"""The save-and-report steps every records dialog and catalogue editor shares, written once:

- :func:`save_or_show` runs a repository call and turns what storage refuses into a message:
  an invalid value under its field (or in the dialog's message line), any other storage error
  in the message line, and special cases (an edit conflict, a wrong password) to the caller's
  own handler. What was typed is never touched.
- :func:`read_fields` / :func:`show_field_errors` show each number or date field's own error
  (text it cannot read) under it before anything is sent to storage.
- :func:`fill_list` / :func:`current_record` keep a list of records and its list widget in step
  (the catalogue editors: pick a record on the left, edit it in the form on the right).
- :func:`list_and_form`, :func:`button_row` and :func:`connect_save_new` lay out and wire those
  editors (list on the left; form, message and buttons on the right; Save / Save as new).
- :func:`save_cancel_buttons` makes the dialogs' named Save / Cancel button row.

User-visible texts stay with the callers (their ``tr()`` context is the dialog's class).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesomap.gui.fields import ValidatedForm, name_widget
from mesomap.gui.records.common import error_text, show_message
from mesomap.storage.errors import InvalidInputError, StorageError

T = TypeVar("T")
K = TypeVar("K")
ROLE_ID = Qt.ItemDataRole.UserRole
#: special handling for some storage errors, tried in order before the general rules
Handlers = Mapping[type[StorageError], Callable[[Any], None]]


def save_or_show(action: Callable[[], T], message: QLabel, form: ValidatedForm | None = None,
                 fields: Mapping[str, QWidget] | None = None, *, fallback: QWidget | None = None,
                 handlers: Handlers | None = None) -> T | None:
    """Run ``action`` (a repository call that returns the stored record) and return its result,
    or ``None`` when storage refused it after saying why:

    - an error whose type is in ``handlers`` goes to that handler (e.g. a conflict);
    - an ``InvalidInputError`` is shown under ``fields[exc.field]`` in ``form`` (else under
      ``fallback``; else in ``message``);
    - any other ``StorageError`` is shown in ``message``.
    """
    try:
        return action()
    except StorageError as exc:
        for kind, handle in (handlers or {}).items():
            if isinstance(exc, kind):
                handle(exc)
                return None
        target = (fields or {}).get(getattr(exc, "field", None) or "", fallback) \
            if isinstance(exc, InvalidInputError) else None
        if target is not None and form is not None:
            form.set_error(target, error_text(exc))
        else:
            show_message(message, error_text(exc))
        return None


def show_field_errors(form: ValidatedForm, fields: Iterable[Any]) -> bool:
    """Show each field's own error (``field.error()``: text it cannot read) under it; True when
    none has one."""
    return read_fields(form, {field: field for field in fields}) is not None


def read_fields(form: ValidatedForm, fields: Mapping[K, Any],
                check: Callable[[K, Any], str | None] | None = None) -> dict[K, Any] | None:
    """``{key: field.value()}``; ``None`` when a field cannot be read or ``check(key, value)``
    refuses its value (every such field then shows its message under it)."""
    values: dict[K, Any] = {}
    ok = True
    for key, field in fields.items():
        err = field.error()
        if not err and check is not None:
            err = check(key, field.value())
        if err:
            form.set_error(field, err)
            ok = False
        else:
            values[key] = field.value()
    return values if ok else None


def fill_list(widget: QListWidget, records: Sequence[Any], text: Callable[[Any], str],
              select: int | None = None) -> None:
    """Show ``records`` (each with an ``id``) in ``widget`` and select the one whose id is
    ``select`` (else the first). Assign the records to the editor before calling: the selection
    signal reads them."""
    widget.clear()
    for record in records:
        item = QListWidgetItem(text(record))
        item.setData(ROLE_ID, record.id)
        widget.addItem(item)
    ids = [record.id for record in records]
    widget.setCurrentRow(ids.index(select) if select in ids else 0 if ids else -1)


def current_record(widget: QListWidget, records: Sequence[Any]) -> Any:
    """The record selected in ``widget`` (filled by :func:`fill_list`), or ``None``."""
    row = widget.currentRow()
    return records[row] if 0 <= row < len(records) else None


def list_and_form(owner: QWidget, list_name: str, list_label: str) -> tuple[QListWidget, ValidatedForm, QVBoxLayout]:
    """Lay ``owner`` out as a catalogue editor: the list of records on the left (a third of the
    width) and a column on the right (two thirds) that starts with the form; the caller adds
    the message and buttons under it. Returns (list, form, right column)."""
    layout = QHBoxLayout(owner)
    records = QListWidget(owner)
    name_widget(records, list_name, list_label)
    layout.addWidget(records, 1)
    right = QVBoxLayout()
    form = ValidatedForm(owner)
    right.addWidget(form)
    layout.addLayout(right, 2)
    return records, form, right


def named_button(parent: QWidget, name: str, text: str) -> QPushButton:
    """A push button showing ``text`` (translated), named ``name``; its accessible name is the
    text without a trailing ellipsis."""
    button = QPushButton(text, parent)
    name_widget(button, name, text.rstrip("…"))
    return button


def button_row(parent: QWidget, column: QVBoxLayout, buttons: Sequence[tuple[str, str]]) -> list[QPushButton]:
    """A row of :func:`named_button` (``(name, text)`` each) added to ``column``."""
    row = QHBoxLayout()
    made = [named_button(parent, name, text) for name, text in buttons]
    for button in made:
        row.addWidget(button)
    column.addLayout(row)
    return made


def connect_save_new(save_button: QPushButton, new_button: QPushButton, save: Callable[..., object],
                     writable: bool) -> None:
    """Save stores the changes to the selected record (``save(new=False)``), the other button
    stores them as a new record (``save(new=True)``); both only for those with the right."""
    save_button.setEnabled(writable)
    new_button.setEnabled(writable)
    save_button.clicked.connect(lambda: save(new=False))
    new_button.clicked.connect(lambda: save(new=True))


def create_or_update(create: Callable[[Any], T], update: Callable[[int, int, Any], T], record: Any, data: Any,
                     *, new: bool) -> T:
    """``create(data)`` when ``new`` or no ``record`` is selected, else
    ``update(record.id, record.version, data)`` (the version guards against a lost update)."""
    return create(data) if new or record is None else update(record.id, record.version, data)


def save_cancel_buttons(dialog: QDialog, prefix: str, accept: Callable[[], object], accept_text: str,
                        cancel_text: str, *, ok: bool = False) -> QDialogButtonBox:
    """The dialog's Save (or OK with ``ok``) and Cancel buttons, named ``<prefix>_save_button``
    (``<prefix>_ok_button``) and ``<prefix>_cancel_button`` with their translated texts as
    accessible names; Save runs ``accept``, Cancel rejects the dialog."""
    standard = QDialogButtonBox.StandardButton
    first = standard.Ok if ok else standard.Save
    buttons = QDialogButtonBox(first | standard.Cancel, dialog)
    name_widget(buttons.button(first), f"{prefix}_{'ok' if ok else 'save'}_button", accept_text)
    name_widget(buttons.button(standard.Cancel), f"{prefix}_cancel_button", cancel_text)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
