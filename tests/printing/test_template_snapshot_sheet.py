"""The session sheet of a stored session is laid out and painted on the template the session was
planned on, after the installed file changed or was removed (its stored snapshot); when neither
exists, printing stops with a sentence, no file is written and nothing is audited."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from mesomap.core.document import TemplateRef
from mesomap.core.templates import PatientFit, load_library
from mesomap.printing.batch import ensure_qt, export_sessions
from mesomap.printing.paint import prepare, resolve_template
from mesomap.printing.sheet import SheetOptions
from mesomap.storage.engine import Database, open_database
from mesomap.storage.repository.sheets import SheetRepository
from mesomap.storage.template_snapshots import TemplateUnavailableError
from tests.storage.snapshot_helpers import (
    TEMPLATE_ID,
    Practice,
    install_template,
    make_practice,
    outline_wkb,
    plan_on,
    ref_of,
    remove_template,
)


@pytest.fixture
def practice(db_url: str) -> Iterator[Practice]:
    db = open_database(db_url)
    try:
        yield make_practice(db)
    finally:
        db.close()


def _audit_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM audit_log")).scalar_one())


def test_sheet_is_drawn_on_the_stored_outline(practice: Practice, tmp_path: Path) -> None:
    ensure_qt()
    original = install_template()
    first = plan_on(practice, ref_of(original))
    second = plan_on(practice, ref_of(original), days=2)
    changed = install_template(scale=1.03)
    library = load_library()
    assert library.get(TEMPLATE_ID, 1).content_hash == changed.content_hash

    repo = SheetRepository(practice.db, practice.doctor)
    a, b = repo.get_many([first, second])
    assert a.template_snapshot is b.template_snapshot  # one parsed copy for the whole batch
    sheet = prepare(a, SheetOptions(), library)
    assert sheet.renderer.template is not None
    assert sheet.renderer.template.content_hash == original.content_hash
    assert outline_wkb(sheet.renderer.template) == outline_wkb(original)
    assert outline_wkb(sheet.renderer.template) != outline_wkb(changed)

    remove_template()
    library = load_library()
    drawn = resolve_template(library, repo.get(first))
    assert drawn is not None and outline_wkb(drawn) == outline_wkb(original)
    result = export_sessions(practice.db, [first], tmp_path / "sheet.pdf", library=library,
                             actor=practice.doctor, check_permission=False)
    assert result.files == [tmp_path / "sheet.pdf"] and result.pages >= 1


def test_sheet_of_a_session_whose_template_is_gone_is_refused_with_a_sentence(
        practice: Practice, tmp_path: Path) -> None:
    from mesomap.gui.printing.session_print import translate_print_error

    ensure_qt()
    gone = TemplateRef("retired_template", 2, "ef" * 32, PatientFit.identity())
    sid = plan_on(practice, gone)
    audits = _audit_count(practice.db)
    target = tmp_path / "sheet.pdf"
    with pytest.raises(TemplateUnavailableError) as info:
        export_sessions(practice.db, [sid], target, library=load_library(),
                        actor=practice.doctor, check_permission=False)
    text = translate_print_error(info.value)  # what the print dialog shows
    assert "retired_template" in text and "no longer installed" in text
    assert "Install that template version again" in text and "Nothing was changed" in text
    assert not target.exists() and list(tmp_path.glob("*.pdf")) == []
    assert list(tmp_path.glob(".mesomap-*")) == []  # no temporary file left behind
    assert _audit_count(practice.db) == audits  # nothing recorded as printed
