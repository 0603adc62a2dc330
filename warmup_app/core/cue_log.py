"""The ``--cue-log`` file: one JSON object per line for every cue fired, for checks and benchmarks.

``scheduled`` and ``actual`` are offsets in seconds from the moment Start was pressed;
``monotonic`` is the raw monotonic clock at firing. Each line is flushed at once so a crash
or a kill keeps everything logged before it.

A log that cannot be written (``/dev/full``, a full disk) is reported once through the
``logging`` log and then left alone: the warm-up matters more than its log.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path
from types import TracebackType
from typing import IO

from warmup_app.core.session import FiredCue
from warmup_app.core.timeline import Timeline

log = logging.getLogger(__name__)


class CueLog:
    def __init__(self, path: Path, timeline: Timeline | None = None) -> None:
        """Raises OSError when ``path`` cannot be opened (the caller says so and runs without)."""
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        # Non-blocking: a FIFO nobody reads fails at once (ENXIO) instead of hanging the app.
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), 0o666)
        self._file: IO[str] | None = os.fdopen(fd, "a", encoding="utf-8")
        self.timeline = timeline
        #: Why writing stopped, once it has.
        self.failure: str | None = None

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
        if self._file is None:
            return
        try:
            self._file.write(json.dumps(record) + "\n")
            self._file.flush()
        except OSError as exc:
            self.failure = exc.strerror or str(exc)
            log.error("cannot write the cue log %s: %s; no more cues are logged", self.path, exc)
            self._abandon()

    def _abandon(self) -> None:
        """Drop the file without flushing again (its buffer is what could not be written)."""
        handle, self._file = self._file, None
        if handle is None:
            return
        with contextlib.suppress(OSError):
            handle.close()

    def close(self) -> None:
        handle, self._file = self._file, None
        if handle is None:
            return
        try:
            handle.close()
        except OSError as exc:
            log.error("cannot write the cue log %s: %s", self.path, exc)

    def __enter__(self) -> CueLog:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
