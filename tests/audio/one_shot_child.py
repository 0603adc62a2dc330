"""Play the calibration click train (real ClickTrain) or the settings' sound previews (real
CuePreview), in a process of its own.

Qt connects to the sound server once per process, so the tests run the service here with the
environment they need. Reports JSON lines on stdout: ``clicks`` (the expected hearing times, or
the ``problem`` when there is no sound), ``preview`` (each preview's kind and message, if any),
``qt`` (every Qt log message) and ``done``.

    python one_shot_child.py CACHE_DIR clicks
    python one_shot_child.py CACHE_DIR preview go finish   (one preview every PREVIEW_EVERY_MS)
    python one_shot_child.py CACHE_DIR preview finish --hold-ms 7000   (then stay that long)
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
from warmup_app.audio.preview import CuePreview
from warmup_app.config.settings import BUILTIN_SOUND
from warmup_app.core.cues import CueKind

#: After the last sound: the null sink buffers, so it reaches the recording only later.
LINGER_MS = 1500
PREVIEW_EVERY_MS = 1200  # longer than any built-in sound


def emit(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, "t": time.monotonic(), **fields}), flush=True)


def on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    emit("qt", type=kind.name, category=context.category, message=message)


def clicks(app: QCoreApplication, cache: Path) -> int:
    train = ClickTrain(cache, clock=time.monotonic)

    def done() -> None:
        emit("train_done")
        QTimer.singleShot(LINGER_MS, app.quit)

    outcome = train.start(1.0, done)
    if isinstance(outcome, str):
        emit("clicks", problem=outcome)
        return 0
    emit("clicks", times=outcome)
    app.exec()
    return 0


def previews(app: QCoreApplication, cache: Path, kinds: list[CueKind], hold_ms: int) -> int:
    preview = CuePreview(cache)

    def play(kind: CueKind) -> None:
        emit("preview", kind=kind.value, message=preview.preview(kind, BUILTIN_SOUND, 1.0))

    for index, kind in enumerate(kinds):
        QTimer.singleShot(index * PREVIEW_EVERY_MS, lambda kind=kind: play(kind))
    QTimer.singleShot(max(hold_ms, len(kinds) * PREVIEW_EVERY_MS + LINGER_MS), app.quit)
    app.exec()
    return 0


def main() -> int:
    qInstallMessageHandler(on_qt_message)
    app = QCoreApplication(sys.argv[:1])
    cache, mode, *rest = sys.argv[1:]
    if mode == "clicks":
        status = clicks(app, Path(cache))
    else:
        hold_ms = int(rest.pop(rest.index("--hold-ms") + 1)) if "--hold-ms" in rest else 0
        kinds = [CueKind(kind) for kind in rest if kind != "--hold-ms"]
        status = previews(app, Path(cache), kinds, hold_ms)
    emit("done")
    return status


if __name__ == "__main__":
    sys.exit(main())
