"""History calls off the GUI thread, so a locked or slow database never delays a cue.

Every :class:`~warmup_app.core.history.History` call can block for its busy timeout (2 s) when
another copy of the app holds the lock. :class:`HistoryAccess` runs them one at a time, in the
order they were submitted, on a private ``QThreadPool`` of one thread, which also opens (and,
if needed, recovers) the file. Results come back to the GUI thread through queued signals and
are handed to the callbacks given with each job.

A thread pool rather than a bare ``QThread``: its destructor waits for the queued jobs, so an
owner deleted without :meth:`HistoryAccess.shutdown` (a window closed in a test, say) loses no
write and can't abort the process with "QThread: Destroyed while thread is still running".

What the runner is told: a damaged file that was moved aside, and the first time the history
can't be used, each once per run (``notice``); the details go to the log.
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

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


class _Bridge(QObject):
    """Carries results from the pool thread to the GUI thread (queued, as it lives there).

    Kept apart from :class:`HistoryAccess` and referenced by the runner, so a job finishing after
    its owner was deleted still emits on a live object (Qt has cut the connections by then).
    """

    #: A job returned: (job id, its result).
    job_done = Signal(int, object)
    #: A job failed: (job id, a sentence for the runner).
    job_failed = Signal(int, str)
    #: The store opened but can't be used right now (a sentence for the runner).
    unavailable = Signal(str)
    #: A damaged history file was moved aside (``History.recovery_message``).
    recovered = Signal(str)


class _Runner:
    """Owns the store; its methods run only on the pool's one thread, one at a time."""

    def __init__(self, open_history: Callable[[], History], bridge: _Bridge) -> None:
        self._open_history = open_history
        self._bridge = bridge
        self._history: History | None = None
        self._reported: Path | None = None

    def open(self) -> History:
        if self._history is None:
            self._history = self._open_history()  # never raises; may wait for a lock
            self._report()
            if self._history.problem:
                self._bridge.unavailable.emit(self._history.problem)
            elif self._history.notice:
                self._bridge.unavailable.emit(self._history.notice)
        return self._history

    def open_now(self) -> None:
        self.open()

    def run(self, job: _Job) -> None:
        history = self.open()
        try:
            result = job.work(history)
        except HistoryUnavailable as exc:
            self._bridge.job_failed.emit(job.id, str(exc))
        except Exception as exc:  # a bug must not kill the thread and lose later writes
            log.exception("history job failed")
            self._bridge.job_failed.emit(job.id, f"Your history could not be used: {exc}.")
        else:
            self._bridge.job_done.emit(job.id, result)
        self._report()

    def close(self) -> None:
        if self._history is not None:
            self._history.close()

    def _report(self) -> None:
        """Emit ``recovered`` once for each file moved aside (at open, or later mid-query)."""
        history = self._history
        if history is not None and history.recovered_from not in (None, self._reported):
            self._reported = history.recovered_from
            self._bridge.recovered.emit(history.recovery_message or "")


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
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None, bool]] = {}
        self._told_unavailable = False
        self._told_recovered = False
        self._closed = False
        self._bridge = _Bridge()
        self._bridge.job_done.connect(self._on_done)
        self._bridge.job_failed.connect(self._on_failed)
        self._bridge.unavailable.connect(self._on_unavailable)
        self._bridge.recovered.connect(self._on_recovered)
        opener = functools.partial(History, path, now=now, tz=tz, busy_timeout=busy_timeout)
        self._runner = _Runner(opener, self._bridge)
        self._pool = QThreadPool(self)
        self._pool.setObjectName("history")
        self._pool.setMaxThreadCount(1)  # one at a time, in order: a session's end after its start

    def start(self) -> None:
        """Open the store now (on the pool thread), so a damaged file is reported at start-up."""
        if not self._closed:
            self._pool.start(self._runner.open_now)

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
        self._pool.start(functools.partial(self._runner.run, job))
        return job.id

    def shutdown(self, wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Finish the queued jobs, then close the file; False if they did not finish in time."""
        if self._closed:
            return True
        self._closed = True
        self._pool.start(self._runner.close)
        finished = self._pool.waitForDone(wait_ms)
        if not finished:
            log.error("history jobs did not finish within %d ms", wait_ms)
        return bool(finished)

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
