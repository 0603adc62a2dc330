"""The main window remembers its size and position between runs.

Stored with ``saveGeometry`` (which knows about screens and maximised state) in the settings.
Full screen is not carried over from the last run: "Start in full screen" decides that.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from warmup_app.config.settings import WINDOW_GEOMETRY, Settings

log = logging.getLogger(__name__)


def restore_window(window: QMainWindow, settings: Settings) -> bool:
    """Put the window back where it was; False (default size) when nothing usable is stored."""
    geometry = settings.get(WINDOW_GEOMETRY)
    if geometry.isEmpty():
        return False
    if not window.restoreGeometry(geometry):
        log.info("stored window geometry not usable; default size")
        return False
    if window.windowState() & Qt.WindowState.WindowFullScreen:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
    return True


def remember_window(window: QMainWindow, settings: Settings) -> None:
    settings.set(WINDOW_GEOMETRY, window.saveGeometry())
