"""Records every warm-up started and every self-check, without ever holding up a cue.

The recorder follows the driver's ``state_changed``: leaving idle (or a finished run) starts a
session; reaching the end completes it; stopping ends it at the step it was on. Restart and Back
keep the same session: they are one warm-up to the runner. Times are read on the GUI thread at
the moment things happen; the database work is queued on the history thread
(:class:`~warmup_app.history.access.HistoryAccess`), so a locked file costs the display
nothing. A warm-up whose start could not be saved is saved whole when it ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from warmup_app.core.history import SKIPPED_TO_END, History, utc_now
from warmup_app.core.routine_files import RoutineEntry
from warmup_app.core.session import Session, Snapshot, State
from warmup_app.history.access import HistoryAccess
from warmup_app.runner.driver import SessionDriver

if TYPE_CHECKING:
    from warmup_app.core.selfcheck.rules import Report

log = logging.getLogger(__name__)

_ACTIVE = (State.LEAD_IN, State.RUNNING, State.PAUSED)


@dataclass
class _OpenSession:
    """A warm-up in progress. ``id`` is written on the history thread by the start job and read
    there by the end job (jobs run in order on that one thread)."""

    session: Session | None
    routine_id: str
    routine_name: str
    total_seconds: int
    started_at: datetime
    id: int | None = None
    last_step: str | None = field(default=None)


def step_label(name: str, number: int, count: int) -> str:
    """How a stopping point is stored: ``"Deep lunge stretch (3 of 8)"`` (names can repeat)."""
    return f"{name} ({number} of {count})"


class HistoryRecorder(QObject):
    """Turns driver states and finished self-checks into history jobs.

    The app connects the run controller's ``routine_loaded`` to :meth:`set_routine` and the
    self-check's ``completed`` to :meth:`record_selfcheck`, and shows ``notice`` to the runner.
    """

    #: A history problem for the runner (``str``): shown where it doesn't take the keyboard.
    notice = Signal(str)

    def __init__(
        self,
        access: HistoryAccess,
        driver: SessionDriver,
        *,
        now: Callable[[], datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.access = access
        self.driver = driver
        self._now = now
        self._entry: RoutineEntry | None = None
        self._open: _OpenSession | None = None
        #: The last warm-up, when it ended by a skip past its last step (it may be counted).
        self._skipped: tuple[_OpenSession, datetime] | None = None
        access.notice.connect(self.notice)
        driver.state_changed.connect(self._on_state)
        driver.snapshot_changed.connect(self._on_snapshot)

    # -- inputs -----------------------------------------------------------------------------

    @Slot(object)
    def set_routine(self, entry: RoutineEntry) -> None:
        """The routine the next warm-up will run (``RunController.routine_loaded``)."""
        self._entry = entry

    @Slot(object)
    def _on_snapshot(self, snap: Snapshot) -> None:
        """Remember where an active run is, for a stop that comes after the session is gone."""
        if self._open is not None and snap.state in _ACTIVE and snap.step is not None:
            self._open.last_step = step_label(snap.step.name, snap.step_number, snap.step_count)

    @Slot(object)
    def _on_state(self, state: State) -> None:
        if state in _ACTIVE:
            self._skipped = None
            if self._open is None and state is not State.PAUSED:
                self._start()
        elif state is State.FINISHED:
            session = self.driver.session
            skipped = session is not None and session.skipped_to_end
            self._end(completed=not skipped, skipped_to_end=skipped)
        else:
            self._end(completed=False)

    @Slot()
    def count_last_as_done(self) -> None:
        """The runner counts a warm-up they skipped to the end of as done (their call: they may
        have done the last steps their own way). Only that warm-up, and only once."""
        last, self._skipped = self._skipped, None
        if last is None:
            return
        record, ended_at = last

        def work(history: History) -> bool:
            if record.id is None:  # neither its start nor its end could be saved
                return False
            return history.record_session_end(record.id, completed=True, ended_at=ended_at)

        self.access.submit(work, write=True)

    @Slot(object, object)
    def record_selfcheck(self, report: Report, answers: Mapping[str, bool]) -> None:
        taken_at = self._now()
        kept = dict(answers)

        def work(history: History) -> int:
            return history.record_selfcheck(report, kept, taken_at)

        self.access.submit(work, write=True)

    def close(self) -> None:
        """At quit: a warm-up still open ends as stopped; queued writes finish first."""
        self._end(completed=False)
        self.access.shutdown()

    # -- sessions ---------------------------------------------------------------------------

    def _start(self) -> None:
        entry = self._entry
        if entry is None:
            log.warning("a warm-up started without a known routine; recorded as unknown")
            routine_id, name, total = "unknown", "Warm-up", 0
        else:
            routine = entry.routine
            routine_id, name, total = entry.id, routine.name, routine.total_seconds
        record = _OpenSession(self.driver.session, routine_id, name, total, self._now())
        self._open = record

        def work(history: History) -> int:
            record.id = history.record_session_start(
                record.routine_id, record.routine_name, record.total_seconds, record.started_at
            )
            return record.id

        self.access.submit(work, write=True)

    def _end(self, *, completed: bool, skipped_to_end: bool = False) -> None:
        record, self._open = self._open, None
        if record is None:
            return
        ended_at = self._now()
        if skipped_to_end:
            step: str | None = SKIPPED_TO_END
            self._skipped = (record, ended_at)
        else:
            step = None if completed else self._stopped_at(record)

        def work(history: History) -> bool | int:
            if record.id is None:  # the start could not be saved: save the whole warm-up now
                record.id = history.record_session(
                    record.routine_id,
                    record.routine_name,
                    record.total_seconds,
                    started_at=record.started_at,
                    ended_at=ended_at,
                    completed=completed,
                    stopped_at_step=step,
                )
                return record.id
            return history.record_session_end(
                record.id, completed=completed, stopped_at_step=step, ended_at=ended_at
            )

        self.access.submit(work, write=True)

    def _stopped_at(self, record: _OpenSession) -> str | None:
        session = self.driver.session
        if session is None or session is not record.session:
            return record.last_step  # the routine was replaced: the last step seen
        index = session.current_step_index()
        if index is None:
            return None  # stopped during the lead-in
        steps = session.timeline.steps
        return step_label(steps[index].name, index + 1, len(steps))
