"""Errors raised while reading, validating or resolving anatomical templates.

Every problem with a template file is one :class:`TemplateError` naming the file, the element
(``zones[2] "cheek_left"``) and the problem (a sentence), so a template author can fix it and a
clinician can report it. The loader collects them in ``TemplateLibrary.errors`` and goes on
loading the other files.
"""

from __future__ import annotations

from mesomap.core.i18n import QT_TRANSLATE_NOOP


class TemplateError(Exception):
    """A template file (or snapshot) that cannot be used: which file, which element, what problem."""

    def __init__(self, path: str, element: str, problem: str) -> None:
        self.path = str(path)
        self.element = element
        self.problem = problem
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """One line for logs and for the ``--check`` command: ``file: element: problem``."""
        where = f"{self.path}: {self.element}" if self.element else self.path
        return f"{where}: {self.problem}"

    @property
    def user_message(self) -> str:
        """A sentence for a clinician: what happened and what to do."""
        lead = QT_TRANSLATE_NOOP(
            "TemplateError",
            "The anatomical template file could not be used and was skipped; "
            "ask whoever made it to correct it (mesomap templates --check shows the details).",
        )
        return f"{lead} {self.message}"

    def __reduce__(self) -> tuple[type[TemplateError], tuple[str, str, str]]:
        return (TemplateError, (self.path, self.element, self.problem))


class TemplateNotFound(KeyError):
    """``library.get(id, version)`` for a template or version the library does not have."""

    def __init__(self, template_id: str, version: int | None = None) -> None:
        self.template_id = template_id
        self.version = version
        what = template_id if version is None else f"{template_id} version {version}"
        super().__init__(f"no anatomical template {what} is installed")

    def __str__(self) -> str:
        return str(self.args[0])
