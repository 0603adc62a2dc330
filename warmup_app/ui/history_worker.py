"""History calls off the GUI thread, so a locked or slow database never delays a cue.

Every :class:`~warmup_app.core.history.History` call can block for its busy timeout (2 s) when
another copy of the app holds the lock. :class:`HistoryAccess` runs them one at a time, in the
order they were submitted, on a dedicated ``QThread`` that also opens (and, if needed, recovers)
the file. Results come back to the GUI thread through queued signals and are handed to the
callbacks given with each job.

What the runner is told: a damaged file that was moved aside, and the first time the history
can't be used, each once per run (``notice``); the details go to the log.
"""

from __future__ import annotations

import itertools
import logging
import queue
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from warmup_app.core.history import BUSY_TIMEOUT_S, History, HistoryUnavailable, utc_now

log = logging.getLogger(__name__)

Work = Callable[[History], Any]
Done = Callable[[Any], None]
Failed = Callable[[str], None]
SHUTDOWN_WAIT_MS = 10_000  # queued writes get their busy timeouts to finish before quitting


@dataclass(frozen=True)
class _Job:
    id: int
    work: Work


class _Worker(QThread):
    """Opens the store and runs jobs until it takes ``None`` off the queue."""

    #: A job returned: (job id, its result).
    job_done = Signal(int, object)
    #: A job failed: (job id, a sentence for the runner).
    job_failed = Signal(int, str)
    #: The store opened but can't be used right now (a sentence for the runner).
    unavailable = Signal(str)
    #: A damaged history file was moved aside (``History.recovery_message``).
    recovered = Signal(str)

    def __init__(self, open_history: Callable[[], History], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history-worker")
        self._open_history = open_history
        self.jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()

    def run(self) -> None:
        history = self._open_history()  # never raises; may wait for a lock: hence this thread
        reported = None
        try:
            reported = self._report(history, reported)
            if history.problem:
                self.unavailable.emit(history.problem)
            while (job := self.jobs.get()) is not None:
                try:
                    result = job.work(history)
                except HistoryUnavailable as exc:
                    self.job_failed.emit(job.id, str(exc))
                except Exception as exc:  # a bug must not kill the thread and lose later writes
                    log.exception("history job failed")
                    self.job_failed.emit(job.id, f"Your history could not be used: {exc}.")
                else:
                    self.job_done.emit(job.id, result)
                reported = self._report(history, reported)
        finally:
            history.close()

    def _report(self, history: History, reported: Path | None) -> Path | None:
        """Emit ``recovered`` once for each file moved aside (at open, or later mid-query)."""
        if history.recovered_from is not None and history.recovered_from != reported:
            self.recovered.emit(history.recovery_message or "")
            return history.recovered_from
        return reported


class HistoryAccess(QObject):
    """The GUI thread's handle on the history: submit work, get results as callbacks."""

    #: A write went through (views re-read what they show).
    changed = Signal()
    #: Something the runner should know about their history (each kind once per run).
    notice = Signal(str)
    #: A job failed (a sentence for the runner), every time, for views that show the state.
    failed = Signal(str)

    def __init__(
        self,
        path: Path,
        *,
        now: Callable[[], datetime] = utc_now,
        tz: tzinfo | None = None,
        busy_timeout: float = BUSY_TIMEOUT_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._now = now
        self._tz = tz
        self._busy_timeout = busy_timeout
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None, bool]] = {}
        self._told_unavailable = False
        self._told_recovered = False
        self._worker = _Worker(self._open, self)
        self._worker.job_done.connect(self._on_done)
        self._worker.job_failed.connect(self._on_failed)
        self._worker.unavailable.connect(self._on_unavailable)
        self._worker.recovered.connect(self._on_recovered)
        self._closed = False

    def _open(self) -> History:  # runs on the worker thread
        return History(self.path, now=self._now, tz=self._tz, busy_timeout=self._busy_timeout)

    def start(self) -> None:
        self._worker.start()

    @property
    def pending(self) -> int:
        """Jobs submitted whose result has not come back yet."""
        return len(self._callbacks)

    def submit(
        self,
        work: Work,
        *,
        done: Done | None = None,
        failed: Failed | None = None,
        write: bool = False,
    ) -> int:
        """Queue ``work(history)``; returns at once. ``write`` jobs emit ``changed`` on success.

        ``done``/``failed`` are called on the GUI thread; a callback whose widget was deleted
        meanwhile is skipped. After :meth:`shutdown` nothing is queued (returns 0).
        """
        if self._closed:
            log.warning("history job submitted after shutdown; dropped")
            return 0
        job = _Job(next(self._ids), work)
        self._callbacks[job.id] = (done, failed, write)
        self._worker.jobs.put(job)
        return job.id

    def shutdown(self, wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Finish the queued jobs, then stop the thread; False if it did not stop in time."""
        if self._closed:
            return True
        self._closed = True
        if not self._worker.isRunning():
            return True
        self._worker.jobs.put(None)
        stopped = self._worker.wait(wait_ms)
        if not stopped:
            log.error("history thread did not finish within %d ms", wait_ms)
        return bool(stopped)

    # -- results (GUI thread) -------------------------------------------------------------

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        done, _failed, write = self._callbacks.pop(job_id, (None, None, False))
        if write:
            self.changed.emit()
        if done is not None and _alive(done):
            done(result)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        _done, failed, _write = self._callbacks.pop(job_id, (None, None, False))
        self.failed.emit(message)
        self._on_unavailable(message)
        if failed is not None and _alive(failed):
            failed(message)

    @Slot(str)
    def _on_unavailable(self, message: str) -> None:
        if not self._told_unavailable:
            self._told_unavailable = True
            self.notice.emit(message)

    @Slot(str)
    def _on_recovered(self, message: str) -> None:
        if not self._told_recovered:
            self._told_recovered = True
            self.notice.emit(message)


def _alive(callback: Callable[..., None]) -> bool:
    """False for a bound method of a Qt object that has been deleted meanwhile."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
