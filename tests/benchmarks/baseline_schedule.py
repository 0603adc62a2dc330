"""The floor for cue timing: fire the same cue offsets with nothing else in the process.

``sleep``: a bare Python loop sleeping to each deadline on ``time.monotonic``.
``qtimer``: a bare ``QCoreApplication`` with one single-shot ``Qt.PreciseTimer`` re-armed for
each deadline and re-reading the clock on firing, which is the app driver's mechanism alone.

Both wait for ``--origin-file`` to appear (the app's Start time, written by the benchmark), add
``--phase`` so their wake-ups fall between the app's, and write cue-log lines to ``--out``.
Run as a script, not ``-m``: nothing but the mechanism is loaded.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import IO, Any

ORIGIN_WAIT_S = 60.0


def wait_for_origin(path: Path) -> float:
    deadline = time.monotonic() + ORIGIN_WAIT_S
    while time.monotonic() < deadline:
        try:
            return float(path.read_text())
        except (FileNotFoundError, ValueError):
            time.sleep(0.005)
    raise SystemExit(f"no origin in {path} after {ORIGIN_WAIT_S} s")


def record(out: IO[str], cue: dict[str, Any], origin: float, now: float) -> None:
    line = {
        "kind": cue["kind"],
        "scheduled": round(cue["at"], 6),
        "actual": round(now - origin, 6),
        "monotonic": round(now, 6),
    }
    out.write(json.dumps(line) + "\n")


def run_sleep(cues: list[dict[str, Any]], origin: float, out: IO[str]) -> None:
    for cue in cues:
        deadline = origin + cue["at"]
        while (now := time.monotonic()) < deadline:
            time.sleep(deadline - now)
        record(out, cue, origin, time.monotonic())


def run_qtimer(cues: list[dict[str, Any]], origin: float, out: IO[str]) -> None:
    from PySide6.QtCore import QCoreApplication, Qt, QTimer  # loaded by main() before the origin

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    pending = list(cues)

    def poll() -> None:
        now = time.monotonic()
        while pending and origin + pending[0]["at"] <= now:
            record(out, pending.pop(0), origin, now)
        if not pending:
            app.quit()
            return
        timer.start(max(0, math.ceil((origin + pending[0]["at"] - time.monotonic()) * 1000)))

    timer.timeout.connect(poll)
    timer.start(0)
    app.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["sleep", "qtimer"])
    parser.add_argument("--cues", type=Path, required=True, help="JSON list of {kind, at}")
    parser.add_argument("--origin-file", type=Path, required=True)
    parser.add_argument("--phase", type=float, default=0.0)
    parser.add_argument("--out", type=Path, required=True)
    options = parser.parse_args()
    cues = json.loads(options.cues.read_text())
    app = None
    if options.mode == "qtimer":  # load Qt now: the first deadline must not wait for an import
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication(sys.argv[:1])
    origin = wait_for_origin(options.origin_file) + options.phase
    with options.out.open("w", encoding="utf-8") as out:
        (run_sleep if options.mode == "sleep" else run_qtimer)(cues, origin, out)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
