"""Linux desktop integration files and icons: the AppStream metainfo passes
``appstreamcli validate``, the .desktop entry has the keys menus need and names the same icon
and program, every PNG size is rendered from the SVG at its size, and the window icon in
resources/ is the same SVG."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.mesomap.Mesomap"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
DESKTOP = LINUX / f"{APP_ID}.desktop"
ICONS = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _desktop_entry() -> dict[str, str]:
    entry: dict[str, str] = {}
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    for line in lines[1:]:
        if line and not line.startswith("#"):
            key, sep, value = line.partition("=")
            assert sep, f"not a key=value line: {line!r}"
            assert key not in entry, f"duplicate key {key}"
            entry[key] = value
    return entry


def test_metainfo_is_valid_appstream() -> None:
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:
        pytest.fail("appstreamcli is missing: scripts/install-system-deps.sh test installs appstream")
    done = subprocess.run([appstreamcli, "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name


def test_metainfo_release_is_the_package_version() -> None:
    from mesomap import __version__

    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases is not None
    newest = releases.find("release")
    assert newest is not None and newest.get("version") == __version__, (
        "add a <release> for this version to the metainfo file")


def test_desktop_entry_launches_mesomap_with_its_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "mesomap"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    for lang in ("fr", "it", "es", "pt_BR"):
        assert entry[f"Comment[{lang}]"] and entry[f"GenericName[{lang}]"]


def test_icons_are_rendered_from_the_svg_at_every_size(qapp: object) -> None:
    from PySide6.QtGui import QImage

    svg = ICONS / "mesomap.svg"
    assert (ROOT / "resources" / "icons" / "mesomap.svg").read_bytes() == svg.read_bytes(), (
        "run packaging/render_icons.py: the window icon differs from the application icon")
    for size in SIZES:
        image = QImage(str(ICONS / "png" / f"mesomap-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        # Transparent corner (rounded square), opaque middle.
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_windows_icon_holds_every_size(qapp: object) -> None:
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(ICONS / "mesomap.ico"))
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        sizes.append(reader.read().width())
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_macos_icon_holds_every_size(qapp: object) -> None:
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(ICONS / "mesomap.icns"))
    assert reader.canRead()
    sizes = set()
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert image.width() == image.height()
        sizes.add(image.width())
    assert sizes == {16, 32, 64, 128, 256, 512, 1024}
