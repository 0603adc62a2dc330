"""Start-up timing for ``make bench``: report when the main window is first painted, then quit.

With ``WARMUP_APP_STARTUP_PROBE=1`` in the environment the app prints
``first-paint MONOTONIC`` on stdout once its first paint pass has finished, and quits. The
benchmark compares that time (``time.monotonic()`` is system-wide on Linux) with the moment it
launched the process. Without the variable nothing is installed and nothing changes.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

ENV_VAR = "WARMUP_APP_STARTUP_PROBE"
MARKER = "first-paint"


def enabled() -> bool:
    return os.environ.get(ENV_VAR) == "1"


class FirstPaintProbe(QObject):
    """Watches one top-level window for its first paint event.

    The window receives the first paint event of a paint pass, before its children; the report
    is queued behind that pass, so it is written once the whole window has been painted.
    """

    def __init__(self, window: QWidget, app: QCoreApplication) -> None:
        super().__init__(window)
        self._app = app
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    @Slot()
    def _report(self) -> None:
        sys.stdout.write(f"{MARKER} {time.monotonic():.6f}\n")
        sys.stdout.flush()
        self._app.quit()


def install(window: QWidget, app: QCoreApplication) -> FirstPaintProbe | None:
    """Install the probe when the environment asks for it; call before the event loop runs."""
    return FirstPaintProbe(window, app) if enabled() else None
