"""The ``--cue-log`` file: one JSON object per line for every cue fired, for checks and benchmarks.

``scheduled`` and ``actual`` are offsets in seconds from the moment Start was pressed;
``monotonic`` is the raw monotonic clock at firing. Each line is flushed at once so a crash
or a kill keeps everything logged before it.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import TracebackType
from typing import IO

from warmup_app.core.session import FiredCue
from warmup_app.core.timeline import Timeline


class CueLog:
    def __init__(self, path: Path, timeline: Timeline | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file: IO[str] = path.open("a", encoding="utf-8")
        self.timeline = timeline

    def write(self, fired: FiredCue, monotonic: float) -> None:
        cue = fired.cue
        step = None
        if self.timeline is not None and cue.step is not None:
            step = self.timeline.steps[cue.step].name
        record = {
            "kind": str(cue.kind),
            "step": step,
            "side": str(cue.side) if cue.side else None,
            "scheduled": round(cue.at, 6),
            "actual": round(fired.actual, 6),
            "monotonic": round(monotonic, 6),
        }
        self._file.write(json.dumps(record) + "\n")
        self._file.flush()

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> CueLog:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
