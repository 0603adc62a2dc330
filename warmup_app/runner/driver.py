"""The Qt side of a session: the only place that owns a timer.

One single-shot ``QTimer`` with ``Qt.PreciseTimer`` is armed at the session's next deadline (the
next cue or the next change of a displayed second). On firing, the driver re-reads the monotonic
clock and asks the session what is due; it never assumes the interval passed, so lateness in one
firing cannot accumulate into drift.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from warmup_app.core import clock as app_clock
from warmup_app.core.cues import CueKind
from warmup_app.core.session import Clock, Session, Snapshot, State
from warmup_app.core.timeline import Timeline

log = logging.getLogger(__name__)


class Scheduler(Protocol):
    """Calls back once after a delay; re-arming replaces the previous request."""

    def arm(self, delay_s: float) -> None: ...

    def cancel(self) -> None: ...


class PreciseScheduler(QObject):
    """A single-shot precise QTimer. Qt's default coarse timer may fire 5 % early or late."""

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(callback)

    def arm(self, delay_s: float) -> None:
        # Round up: firing a fraction of a millisecond early would just re-arm for the remainder.
        self._timer.start(max(0, math.ceil(delay_s * 1000)))

    def cancel(self) -> None:
        self._timer.stop()


class SessionDriver(QObject):
    """Runs a :class:`Session` in the Qt event loop and tells the views what happened."""

    #: A new display state (emitted on every second change, cue and command).
    snapshot_changed = Signal(object)
    #: A cue whose time has come (``FiredCue``), in order, right after it is due.
    cue_fired = Signal(object)
    #: All cues that came due in one firing (``list[FiredCue]``), before their ``cue_fired``;
    #: cues due at the same instant arrive together, so audio can pick one sound for them.
    cues_fired = Signal(object)
    #: The run state changed (``State``).
    state_changed = Signal(object)
    #: The routine ran to its end.
    finished = Signal()

    def __init__(
        self,
        clock: Clock = app_clock.monotonic,
        scheduler_factory: Callable[[Callable[[], None]], Scheduler] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        factory = scheduler_factory or (lambda cb: PreciseScheduler(cb, self))
        self._scheduler = factory(self._on_deadline)
        self._session: Session | None = None
        self._last_state: State | None = None
        self._shown_second: int | None = None  # the whole second the display last showed

    @property
    def session(self) -> Session | None:
        return self._session

    def clock(self) -> float:
        return self._clock()

    def load(self, timeline: Timeline) -> None:
        """Replace the routine; any session running is stopped first."""
        self._scheduler.cancel()
        self._session = Session(timeline, self._clock)
        self._last_state = None
        self._refresh()

    def snapshot(self) -> Snapshot | None:
        return self._session.snapshot() if self._session else None

    # -- commands (slots, so menus, keys and the tray can trigger them) ---------------------

    @Slot()
    def start(self) -> None:
        self._command(Session.start)

    @Slot()
    def toggle(self) -> None:
        self._command(Session.toggle)

    @Slot()
    def pause(self) -> None:
        self._command(Session.pause)

    @Slot()
    def resume(self) -> None:
        self._command(Session.resume)

    @Slot()
    def skip(self) -> None:
        self._command(Session.skip)

    @Slot()
    def back(self) -> None:
        self._command(Session.back)

    @Slot()
    def restart(self) -> None:
        self._command(Session.restart)

    @Slot()
    def stop(self) -> None:
        self._command(Session.stop)

    def _command(self, action: Callable[[Session], None]) -> None:
        if self._session is None:
            return
        action(self._session)
        self.poll()

    # -- time ---------------------------------------------------------------------------------

    @Slot()
    def poll(self) -> None:
        """Fire what is due, refresh the display, and arm the timer for the next deadline."""
        self._fire(refresh=True)

    def _on_deadline(self) -> None:
        """The timer's call: as :meth:`poll`, but a firing for metronome clicks alone (three
        a second while jogging) leaves the display be, since nothing on it changed."""
        self._fire(refresh=False)

    def _fire(self, *, refresh: bool) -> None:
        session = self._session
        if session is None:
            return
        due = session.due_cues()
        if due:
            self.cues_fired.emit(due)  # sound first: the flash and the log can wait a moment
        for fired in due:
            self.cue_fired.emit(fired)
        if (
            refresh
            or session.state is not self._last_state
            or self._second(session) != self._shown_second
            or any(fired.cue.kind is not CueKind.METRONOME for fired in due)
        ):
            self._refresh()
        deadline = session.next_deadline()
        if deadline is None:
            self._scheduler.cancel()
        else:
            self._scheduler.arm(deadline - self._clock())

    @staticmethod
    def _second(session: Session) -> int:
        return math.floor(session.elapsed() + 1e-9)

    def _refresh(self) -> None:
        assert self._session is not None
        snapshot = self._session.snapshot()
        self._shown_second = self._second(self._session)
        self.snapshot_changed.emit(snapshot)
        if snapshot.state is not self._last_state:
            previous, self._last_state = self._last_state, snapshot.state
            self.state_changed.emit(snapshot.state)
            if snapshot.state is State.FINISHED and previous is not None:
                log.info("routine finished; %d stale cues dropped", self._session.dropped_cues)
                self.finished.emit()
