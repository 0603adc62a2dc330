"""Launch the app and report when its main window is first painted, then quit (``make bench``).

``python -m tests.benchmarks.first_paint_probe [app args]`` runs the app as ``warmup-app [app
args]`` would, but creates the ``QApplication`` first (the app takes the existing one) with an
application-wide event filter on it, which finds the first top-level ``QMainWindow`` and then
watches that window alone. Its first paint prints ``first-paint MONOTONIC`` on stdout once that
paint pass has finished, and the app quits.
The benchmark compares that time (``time.monotonic()`` is system-wide on Linux) with the moment
it launched the process. Living here, the probe never ships: a normal launch cannot import it.

``bare_window.py`` installs the same probe, so both sides of the comparison pay for it alike.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMainWindow

MARKER = "first-paint"


def _is_main_window(widget: QObject) -> bool:
    return isinstance(widget, QMainWindow) and widget.isWindow()


class FirstPaintProbe(QObject):
    """Reports the first paint of the first top-level main window, then quits the app.

    It watches the whole app only until that window exists (it has no handle on a window the
    app has not built yet), then the window alone: a Python filter on the whole app costs the
    app some 30 ms before its first paint, mostly PySide resolving Qt's private classes (such
    as QAnimationTimer) the first time an event for one passes through Python.

    On the window it stays the first filter, moving back to the front on each event: the app
    installs its own after-first-paint filter once show() returns, and the report must be
    queued ahead of that work. The report waits for the rest of the paint pass (the window gets
    the pass's first paint event, before its children).
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._window_found = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt allows adding and removing filters from inside eventFilter().
        if not self._window_found:
            if _is_main_window(watched):
                self._window_found = True
                self._app.removeEventFilter(self)
                watched.installEventFilter(self)
        elif event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        else:
            watched.installEventFilter(self)  # back to the front of the window's filters
        return False

    @Slot()
    def _report(self) -> None:
        sys.stdout.write(f"{MARKER} {time.monotonic():.6f}\n")
        sys.stdout.flush()
        self._app.quit()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    app = QApplication(sys.argv[:1])
    FirstPaintProbe(app)  # owned by the app
    from warmup_app.cli.main import main as app_main  # imported as `python -m warmup_app` does

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())
