"""Warnings the record rules give: a code, an English template marked for translation, and its
parameters. Nothing here caps or changes a value: a warning is shown beside the figure and the
practitioner decides (mesomap never recommends a dose of its own).

``severity``: ``"refused"`` (the action is not allowed, e.g. an expired lot), ``"warning"``
(beyond the clinic's or the label's limit, earlier than the course's minimum interval) or
``"info"`` (a lot expiring soon, later than the maximum interval).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

Severity = Literal["refused", "warning", "info"]

CONTEXT = "records"
"""Translation context of every template in this package (QT_TRANSLATE_NOOP("records", ...))."""


@dataclass(frozen=True)
class RecordWarning:
    """One warning: ``code`` for tests and filtering, ``template`` (English, translatable with
    context ``"records"``) formatted with ``params`` (``str.format`` names)."""

    code: str
    template: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    severity: Severity = "warning"
    subject: str = ""  # what it is about: a product name, a lot number, a region id...

    @property
    def message(self) -> str:
        """The English sentence (the GUI translates ``template`` first, then formats)."""
        return self.template.format(**self.params)

    def translated(self, translate: Any) -> str:
        """``translate(context, template)`` then formatted, as storage errors do."""
        return str(translate(CONTEXT, self.template)).format(**self.params)


def refused(warnings: list[RecordWarning] | tuple[RecordWarning, ...]) -> list[RecordWarning]:
    """The warnings that refuse the action."""
    return [w for w in warnings if w.severity == "refused"]
