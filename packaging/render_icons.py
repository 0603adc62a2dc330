"""Render the app icon's PNG sizes from its SVG with Qt's own SVG renderer.

Run after editing the SVG; the PNGs are committed so a build needs no SVG tooling:
``.venv/bin/python packaging/render_icons.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.warmup_timer.WarmupTimer"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS_DIR = Path(__file__).resolve().parent.parent / "assets" / "icons"


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


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS_DIR / f"{APP_ID}.svg"
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(target)):
            raise OSError(f"could not write {target}")
        print(target.relative_to(ICONS_DIR.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
