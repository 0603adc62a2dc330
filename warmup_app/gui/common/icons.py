"""The app icon, from the PNG sizes shipped in ``assets/icons`` (SVG if they are missing).

The PNGs (16 to 512 px) are rendered from the SVG by ``packaging/render_icons.py``; Qt picks the
nearest size for the screen's scale, so the icon is crisp at any DPI without the SVG plugin.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from warmup_app import APP_ID, paths


@cache
def app_icon() -> QIcon:
    folder = paths.assets_dir() / "icons"
    icon = QIcon()
    for png in sorted(folder.glob(f"{APP_ID}-*.png")):
        icon.addFile(str(png))
    if icon.isNull():
        icon = QIcon(str(folder / f"{APP_ID}.svg"))
    return icon
