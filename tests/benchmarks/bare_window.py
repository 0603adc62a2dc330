"""The floor for start-up, CPU, wake-ups and memory: a bare PySide6 QMainWindow, nothing else.

``--probe`` prints ``first-paint MONOTONIC`` after the first paint pass and quits, exactly as
``warmup_app.startup_probe`` does for the app; ``--idle SECONDS`` shows the window, sits idle
and quits. Run as a script (not ``-m``) so no package import is counted against it.
"""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

MARKER = "first-paint"


class FirstPaint(QObject):
    def __init__(self, window: QMainWindow, app: QApplication) -> None:
        super().__init__(window)
        self._app = app
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        sys.stdout.write(f"{MARKER} {time.monotonic():.6f}\n")
        sys.stdout.flush()
        self._app.quit()


def main() -> int:
    parser = argparse.ArgumentParser()
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--probe", action="store_true")
    mode.add_argument("--idle", type=float, metavar="SECONDS")
    options = parser.parse_args()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(960, 720)  # the app's size: paint cost grows with area
    if options.probe:
        FirstPaint(window, app)
    else:
        QTimer.singleShot(round(options.idle * 1000), app.quit)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
