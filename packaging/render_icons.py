"""Render mesomap's application icon (packaging/icons/mesomap.svg) to PNGs at the usual sizes.

Writes ``packaging/icons/png/mesomap-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512
(the hicolor theme sizes Linux desktops look for), ``packaging/icons/mesomap.ico`` (Windows:
PNG-compressed sizes 16..256 in one file), ``packaging/icons/mesomap.icns`` (macOS: 16..1024)
and copies the SVG to ``resources/icons/mesomap.svg``, the
window icon found by ``mesomap.gui.icons.icon("mesomap")``.

Run offscreen: ``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py``.
Uses QSvgRenderer, so no other SVG tool is needed.
"""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "packaging" / "icons" / "mesomap.svg"
PNG_DIR = ROOT / "packaging" / "icons" / "png"
ICO = ROOT / "packaging" / "icons" / "mesomap.ico"
ICNS = ROOT / "packaging" / "icons" / "mesomap.icns"
WINDOW_ICON = ROOT / "resources" / "icons" / "mesomap.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types holding PNG data (macOS 10.7+), with their pixel size.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon drawn at ``size`` x ``size`` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size (the ICONDIR format; PNG
    entries are read by Windows Vista and later). A size of 256 is written as 0, as the
    format requires."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, data in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def icns_bytes(images: dict[int, bytes]) -> bytes:
    """A macOS .icns: the ``icns`` header, then one (type, length, PNG) element per type."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = images[size]
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render_icons: {SOURCE} is not an SVG that Qt can read", file=sys.stderr)
        return 1
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        target = PNG_DIR / f"mesomap-{size}.png"
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"render_icons: could not write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.relative_to(ROOT)}")
    pngs = {size: png_bytes(render(renderer, size))
            for size in set(ICO_SIZES) | {size for _, size in ICNS_TYPES}}
    ICO.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    print(f"wrote {ICO.relative_to(ROOT)}")
    ICNS.write_bytes(icns_bytes(pngs))
    print(f"wrote {ICNS.relative_to(ROOT)}")
    WINDOW_ICON.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, WINDOW_ICON)
    print(f"copied the SVG to {WINDOW_ICON.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
