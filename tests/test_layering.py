"""The core, storage and sheet-layout layers must work with Qt unimportable."""

from __future__ import annotations

import subprocess
import sys
import textwrap

QT_FREE_PACKAGES = ["mesomap.core", "mesomap.storage"]
# The sheet-layout half of printing: computed in millimetres, painted elsewhere.
QT_FREE_PRINTING = [
    "mesomap.printing.layout",
    "mesomap.printing.scale",
    "mesomap.printing.sheet",
    "mesomap.printing.aftercare",
    "mesomap.printing.pathdata",
]

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6", "pyqtgraph"}:
                raise ImportError(f"Qt import blocked: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    for pkg_name in sys.argv[1:]:
        pkg = importlib.import_module(pkg_name)
        for info in pkgutil.walk_packages(getattr(pkg, "__path__", []), pkg_name + "."):
            if ".migrations.versions" in info.name or info.name.endswith(".migrations.env"):
                continue
            importlib.import_module(info.name)
    print("ok")
    """
)


def test_core_and_storage_import_without_qt() -> None:
    packages = [*QT_FREE_PACKAGES, *QT_FREE_PRINTING]
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *packages], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
