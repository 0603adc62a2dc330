"""The floor for start-up, CPU, wake-ups and memory: a bare PySide6 QMainWindow, nothing else.

``--probe`` prints ``first-paint MONOTONIC`` after the first paint pass and quits, through the
same probe ``first_paint_probe.py`` puts in front of the app; ``--idle SECONDS`` shows the
window, sits idle and quits. Run as a script (not ``-m``) so no package import is counted
against it; the probe is imported as this script's sibling module for the same reason.
"""

from __future__ import annotations

import argparse
import sys

from first_paint_probe import FirstPaintProbe
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--probe", action="store_true")
    mode.add_argument("--idle", type=float, metavar="SECONDS")
    options = parser.parse_args()
    app = QApplication(sys.argv[:1])
    if options.probe:
        FirstPaintProbe(app)  # before the window, as the probe launcher does for the app
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(960, 720)  # the app's size: paint cost grows with area
    if not options.probe:
        QTimer.singleShot(round(options.idle * 1000), app.quit)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
