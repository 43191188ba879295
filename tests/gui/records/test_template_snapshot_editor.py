"""The session editor opens a stored session on the template it was planned on (the stored
snapshot once the installed file changed); a session whose template is neither installed nor
stored opens read-only with the sentence saying what to do, and nothing is written."""

from __future__ import annotations

from typing import Any

from mesomap.core.document import TemplateRef
from mesomap.core.templates import PatientFit
from tests.storage.helpers import dump_tables
from tests.storage.snapshot_helpers import (
    install_template,
    make_practice,
    outline_wkb,
    plan_on,
    ref_of,
)


def test_editor_draws_the_stored_outline(qtbot: Any, sqlite_url: str, window_as: Any) -> None:
    from mesomap.storage.engine import open_database

    db = open_database(sqlite_url)
    try:
        practice = make_practice(db)
        original = install_template()
        sid = plan_on(practice, ref_of(original))
        changed = install_template(scale=1.03)  # installed before the window loads its library
        window = window_as(practice.doctor, db)
        editor = window.records.open_session(sid)
        assert editor.template is not None
        assert editor.template.content_hash == original.content_hash
        assert outline_wkb(editor.template) == outline_wkb(original) != outline_wkb(changed)
        assert editor.template_problem is None and not editor.message.isVisible()
        assert editor.buttons["save"].isEnabled()
    finally:
        db.close()


def test_editor_says_when_the_template_is_gone(qtbot: Any, sqlite_url: str, window_as: Any) -> None:
    from mesomap.storage.engine import open_database

    db = open_database(sqlite_url)
    try:
        practice = make_practice(db)
        sid = plan_on(practice, TemplateRef("retired_template", 4, "12" * 32, PatientFit.identity()))
        window = window_as(practice.doctor, db)  # (it may store the shipped defaults first)
        with db.engine.connect() as conn:
            before = dump_tables(conn)
        editor = window.records.open_session(sid)
        assert editor.template is None
        text = editor.message.text()
        assert editor.message.isVisible() and text == editor.template_problem
        # in sight: not at the foot of the scrolled side panel
        assert editor.message.parent() is editor and not editor.message.visibleRegion().isEmpty()
        assert ", session," not in editor.title.text() and "session ," not in editor.title.text()
        assert "retired_template" in text and "no longer installed" in text
        assert "Traceback" not in text
        assert not editor.buttons["save"].isEnabled() and not editor.canvas.isEnabled()
        with db.engine.connect() as conn:
            after = dump_tables(conn)
        # (opening the editor stores the shipped presets and checklist the first time: not ours)
        record = ("session", "session_map", "map_region", "map_region_product", "papule",
                  "template_snapshots", "audit_log", "signature", "amendment")
        assert after["template_snapshots"] == []
        assert {t: after[t] for t in record} == {t: before[t] for t in record}
    finally:
        db.close()
