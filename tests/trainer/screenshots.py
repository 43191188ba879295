"""Render the trainer-mode screenshots committed under docs/screenshots (not a test).

Run: xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python tests/trainer/screenshots.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6 import QtWidgets

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    app = QtWidgets.QApplication(sys.argv[:1])
    from mesomap.core.document import MapDocument
    from mesomap.core.templates import load_library
    from mesomap.core.trainer import score_attempt
    from mesomap.core.trainer.demo_maps import demo_map
    from mesomap.gui.trainer.practice import PracticeWindow
    from mesomap.gui.trainer.presenter import PresenterView
    from tests.trainer.test_scoring import _known_attempt

    lib = load_library()
    face = lib.get("face_front")
    papules = demo_map(face, ["cheek_right", "cheek_left"], "idp", "hex")
    nappage = demo_map(face, ["forehead"], "ids_nappage", "nappage")
    forehead = nappage.regions[0].replace(color="#9c36b5")
    doc = MapDocument(papules.template, [*papules.regions, forehead], "DEMO")
    view = PresenterView(lib, doc, face, data_folder=None)
    view.resize(1920, 1080)
    view.showFullScreen()
    for _ in range(5):
        app.processEvents()
    total = len(view.controller.playback)
    cheeks = sum(len(r.papules) for r in doc.regions)
    view.controller.seek(cheeks + (total - cheeks) // 2)  # both cheeks done, forehead half filled
    app.processEvents()
    view.grab().save(str(OUT / "trainer-presenter-playback.png"))
    view.comparison.set_techniques("idp", "idh")
    view.toggle_diagrams()
    for _ in range(5):
        app.processEvents()
    view.grab().save(str(OUT / "trainer-technique-comparison.png"))
    view.close()

    win = PracticeWindow(lib, Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" /
                         "trainer-attempts")
    win.resize(1600, 1000)
    win.show()
    ex, auto, pts, pair, k = _known_attempt(face, win.exercise.spacing_cm)  # type: ignore[union-attr]
    win.new_exercise(pts)
    win.trainee_edit.setText("Trainee A (fictional)")
    score = win.score_now()
    assert sorted(v.kind for v in score.violations) == ["avoid", "spacing"], score.violations
    assert score_attempt(face, ex, pts).violations == score.violations
    win.store.save("Trainee B (fictional)", auto, score_attempt(face, ex, auto))
    win.save_attempt()
    win.canvas.select_region(None)
    win.canvas.view.vb.setRange(xRange=(-4, 10), yRange=(-11, 1), padding=0)
    for _ in range(5):
        app.processEvents()
    win.grab().save(str(OUT / "trainer-practice-scored.png"))
    win.close()
    print("written:", *sorted(p.name for p in OUT.glob("trainer-*.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
