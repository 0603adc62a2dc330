"""Render the app icon's PNG sizes, the Windows .ico and the macOS .icns from its SVG.

Qt's own SVG renderer draws every size, and the two containers are written here directly
(both just hold PNG images), so no other image tool is needed. Run after editing the SVG and
commit the results: ``.venv/bin/python packaging/render_icons.py``.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.warmup_timer.WarmupTimer"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PACKAGING = Path(__file__).resolve().parent
ICONS_DIR = PACKAGING.parent / "assets" / "icons"
ICO_FILE = PACKAGING / "windows" / "warmup-app.ico"
ICNS_FILE = PACKAGING / "macos" / "warmup-app.icns"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (the @2x types reuse the larger renders).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def png_path(size: int) -> Path:
    """Where the PNG of one size lives: flat, so the wheel's ``icons/*`` package data takes it."""
    return ICONS_DIR / f"{APP_ID}-{size}.png"


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise OSError(f"could not encode a PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon with one PNG-compressed image per size (Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images.values())


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS icon family: PNG elements, big-endian lengths that include the 8-byte header."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS_DIR / f"{APP_ID}.svg"
    wanted = sorted({*SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    pngs = {size: png_bytes(render(svg, size)) for size in wanted}
    outputs = {png_path(size): pngs[size] for size in SIZES}
    outputs[ICO_FILE] = ico({size: pngs[size] for size in ICO_SIZES})
    outputs[ICNS_FILE] = icns(pngs)
    for target, data in outputs.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        print(target.relative_to(PACKAGING.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
