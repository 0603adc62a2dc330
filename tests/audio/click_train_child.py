"""Play the calibration click train through a real ClickTrain, in a process of its own.

Qt connects to the sound server once per process, so the test runs the service here with the
environment it needs. Reports JSON lines on stdout: ``clicks`` (the expected hearing times, or
the ``problem`` when there is no sound), ``qt`` (every Qt log message) and ``done``.

    python click_train_child.py CACHE_DIR
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)

from warmup_app.audio.calibration import ClickTrain

#: After ``done``: the null sink buffers, so the last click reaches the recording only later.
LINGER_MS = 1500


def emit(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, "t": time.monotonic(), **fields}), flush=True)


def on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    emit("qt", type=kind.name, category=context.category, message=message)


def main() -> int:
    qInstallMessageHandler(on_qt_message)
    app = QCoreApplication(sys.argv[:1])
    train = ClickTrain(Path(sys.argv[1]), clock=time.monotonic)

    def done() -> None:
        emit("train_done")
        QTimer.singleShot(LINGER_MS, app.quit)

    outcome = train.start(1.0, done)
    if isinstance(outcome, str):
        emit("clicks", problem=outcome)
        return 0
    emit("clicks", times=outcome)
    app.exec()
    emit("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
