"""Play a sequence of cues through a real CuePlayer, in a process of its own.

Qt connects to the sound server once per process and never again, so a test that needs a
particular server (a null sink, or none at all) runs the player here with that environment.
Reports JSON lines on stdout: ``ready``, ``unavailable``, ``play`` (with the monotonic time
of the call), ``qt`` (every Qt log message) and ``done``.

    python cue_player_child.py CACHE_DIR --cues countdown,go --interval-ms 400 --keep-awake
    python cue_player_child.py CACHE_DIR --cues countdown@0,go@1000,metronome@1400

Offsets (``kind@ms``) count from the first cue, which comes ``--lead-ms`` after ``ready``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)

from warmup_app.audio.player import CuePlayer
from warmup_app.audio.synth import SynthSettings, render_cue_set, render_keep_awake
from warmup_app.core.cues import CueKind


def emit(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, "t": time.monotonic(), **fields}), flush=True)


def on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    emit("qt", type=kind.name, category=context.category, message=message)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("cache", type=Path)
    parser.add_argument("--cues", default="")
    parser.add_argument("--interval-ms", type=int, default=500)
    parser.add_argument("--lead-ms", type=int, default=300, help="from ready to the first cue")
    parser.add_argument("--tail-ms", type=int, default=1500, help="after the last cue")
    parser.add_argument("--keep-awake", action="store_true")
    parser.add_argument("--ready-timeout-ms", type=int, default=5000)
    args = parser.parse_args()

    qInstallMessageHandler(on_qt_message)
    app = QCoreApplication(sys.argv[:1])
    cues: list[tuple[int, CueKind]] = []
    for index, token in enumerate(t for t in args.cues.split(",") if t):
        name, _, offset = token.partition("@")
        cues.append((int(offset) if offset else index * args.interval_ms, CueKind(name)))
    paths = render_cue_set(args.cache, SynthSettings())
    player = CuePlayer()
    player.unavailable.connect(lambda message: emit("unavailable", message=message))
    player.sound_failed.connect(lambda kind, message: emit("sound_failed", kind=kind))
    player.prepare(paths, render_keep_awake(args.cache))
    ready = player.wait_ready(args.ready_timeout_ms)
    emit("ready", ready=ready, available=player.is_available())
    if args.keep_awake:
        player.keep_awake(True)

    def play(kind: CueKind) -> None:
        emit("play", kind=kind.value, awake=player.is_keeping_awake())
        player.play(kind)

    timers = []
    for offset, kind in cues:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(lambda kind=kind: play(kind))
        timer.start(args.lead_ms + offset)
        timers.append(timer)
    end_ms = args.lead_ms + max((offset for offset, _ in cues), default=0) + args.tail_ms
    QTimer.singleShot(end_ms, app.quit)
    app.exec()
    player.keep_awake(False)
    emit("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
