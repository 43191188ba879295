"""Template and zone names come from the templates' own metadata, in the user's language
(``pt_BR`` uses the templates' ``pt`` names), on the canvas and in the trainer windows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from mesomap.core.document.model import MapDocument, TemplateRef
from mesomap.core.localeformat import default_format, set_default_locale
from mesomap.core.templates import PatientFit, load_library


@pytest.fixture
def language() -> Iterator[Any]:
    previous = default_format().locale

    def use(lang: str) -> None:
        set_default_locale(lang)

    yield use
    set_default_locale(previous)


@pytest.mark.parametrize("lang,key", [("fr", "fr"), ("pt_BR", "pt"), ("es", "es"), ("it", "it")])
def test_canvas_zone_names_follow_the_language(qtbot: Any, language: Any, lang: str, key: str) -> None:
    from mesomap.gui.canvas.canvas import MapCanvas

    language(lang)
    library = load_library()
    template = next(library.get(t) for t in library.ids() if library.get(t).zones)
    ref = TemplateRef(template.id, template.version, template.content_hash, PatientFit.identity())
    canvas = MapCanvas(MapDocument(ref))
    qtbot.addWidget(canvas)
    canvas.set_template(template)
    shown = {z.id: z.name for z in canvas.template_item.zones}
    expected = {z.id: z.names.get(key) or z.names["en"] for z in template.zones}
    assert shown == expected
    translated = [z for z in template.zones if z.names.get(key) and z.names[key] != z.names["en"]]
    assert translated, "the template carries names in this language"
    canvas.detach()


def test_practice_window_lists_templates_and_zones_in_the_language(
    qtbot: Any, language: Any, tmp_path: Any
) -> None:
    from mesomap.gui.trainer.practice import PracticeWindow

    language("fr")
    library = load_library()
    window = PracticeWindow(library, tmp_path)
    qtbot.addWidget(window)
    titles = {window.template_combo.itemText(i) for i in range(window.template_combo.count())}
    assert titles == {library.get(t).title("fr") for t in library.ids()}
    template = library.get(str(window.template_combo.currentData()))
    zones = {window.zone_combo.itemText(i) for i in range(window.zone_combo.count())}
    assert zones == {z.name("fr") for z in template.zones}

