"""Marking user-facing strings in Qt-free code for translation.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; ``pyside6-lupdate`` finds the
call by name and puts the string in the ``.ts`` files under ``context``. The GUI translates the
string with ``QCoreApplication.translate(context, text)`` when it shows it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text
