"""``tr()`` is called on ``self`` only: lupdate files ``x.tr("...")`` under the context "x"
(the variable's name), while Qt looks it up under the class of the object at run time, so the
translation is never found. Use ``self.tr`` or ``QCoreApplication.translate("Context", ...)``."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CALL = re.compile(r"\b(?!self\b)([A-Za-z_][\w.]*)\.tr\(")
#: files still being worked on by their owners (reported to the lead); the list only shrinks
KNOWN: dict[str, str] = {}


def offenders() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "mesomap").rglob("*.py")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            match = CALL.search(line)
            if match and not line.lstrip().startswith("#") and match.group(1) != "super()":
                found.setdefault(str(path.relative_to(ROOT)), []).append(f"{number}: {line.strip()}")
    return found


def test_tr_is_only_called_on_self() -> None:
    found = offenders()
    assert {k: v for k, v in found.items() if k not in KNOWN} == {}
    assert set(KNOWN) <= set(found), "fixed: remove it from KNOWN"


def test_the_check_sees_a_call_on_another_object() -> None:
    assert CALL.search('        title = self.window.tr("Export")')
    assert CALL.search('QLabel(p.tr("Product"))')
    assert not CALL.search('self.tr("Export")')
