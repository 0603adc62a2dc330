"""A run over a timeline: state, where we are, what is due, and when to wake up next.

The session keeps ``elapsed = accumulated + (now() - resumed_at)`` on a monotonic clock passed
in from outside, so it never drifts and tests drive it with a fake clock. It owns no timer: the
Qt driver asks :meth:`Session.next_deadline` and arms one timer for it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from warmup_app.core.timeline import Cue, Segment, SegmentKind, Side, StepInfo, Timeline

Clock = Callable[[], float]

STALE_CUE_SECONDS = 0.3  # a cue later than this (after a system sleep) is dropped, not replayed
BACK_DOUBLE_PRESS_SECONDS = 2.0


class State(StrEnum):
    IDLE = "idle"
    LEAD_IN = "lead_in"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class PartProgress:
    name: str
    done: float  # seconds of this part behind us
    seconds: float

    @property
    def fraction(self) -> float:
        return min(1.0, max(0.0, self.done / self.seconds)) if self.seconds else 1.0


@dataclass(frozen=True)
class Snapshot:
    """Everything the display needs at one instant; widgets compute nothing themselves."""

    state: State
    elapsed: float  # since Start, lead-in included
    segment: Segment | None
    segment_remaining: float
    step: StepInfo | None  # the current step, or during a pause the step coming up
    side: Side | None
    next_step: StepInfo | None
    next_side: Side | None
    parts: tuple[PartProgress, ...]
    routine_elapsed: float  # lead-in excluded
    routine_remaining: float
    routine_total: float
    part_name: str = ""  # the part the current (or coming) step belongs to
    step_number: int = 0  # 1-based position of that step in the routine; 0 before/after
    step_count: int = 0
    #: Finished by skipping past the last step: over, but not done (the runner may count it).
    skipped_to_end: bool = False
    #: Routine seconds jumped over with Skip, and where (offsets on the ``elapsed`` scale).
    routine_skipped: float = 0.0
    skipped: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True)
class FiredCue:
    cue: Cue
    actual: float  # elapsed offset at which it fired


class Session:
    """Start, pause, resume, skip, back, restart and stop over one timeline."""

    def __init__(self, timeline: Timeline, now: Clock) -> None:
        self.timeline = timeline
        self._now = now
        self._state = State.IDLE
        self._accumulated = 0.0
        self._resumed_at: float | None = None
        self._cue_cursor = 0  # index of the next cue not yet fired or dropped
        self._last_back_press: float | None = None
        self.dropped_cues = 0
        self.skipped_to_end = False
        #: Stretches of the timeline jumped over with Skip (start, end offsets), so progress
        #: can show skipped time as skipped, not as done. Going back over one forgets it.
        self.skipped: list[tuple[float, float]] = []

    # -- state -------------------------------------------------------------------------------

    @property
    def state(self) -> State:
        # Same 1e-9 slack as the cue checks: waking exactly at a deadline can read a hair early.
        if self._state is State.RUNNING and self.elapsed() < self.timeline.lead_in - 1e-9:
            return State.LEAD_IN
        if self._state is State.RUNNING and self.elapsed() >= self.timeline.end - 1e-9:
            return State.FINISHED
        return self._state

    @property
    def is_active(self) -> bool:
        """Started and not yet finished or stopped (paused counts as active)."""
        return self.state in (State.LEAD_IN, State.RUNNING, State.PAUSED)

    @property
    def is_running(self) -> bool:
        return self.state in (State.LEAD_IN, State.RUNNING)

    def elapsed(self) -> float:
        return min(self._raw_elapsed(), self.timeline.end)

    def anchor(self) -> tuple[float, float | None]:
        """``(elapsed, clock)``: the offset at monotonic ``clock``, or ``clock`` None when the
        time stands still. Lets the audio stream map samples to session time exactly."""
        return self._accumulated, self._resumed_at

    def _raw_elapsed(self) -> float:
        """Not capped at the end: a late finish must be logged as late, not as on time."""
        if self._resumed_at is None:
            return self._accumulated
        return self._accumulated + (self._now() - self._resumed_at)

    # -- commands ----------------------------------------------------------------------------

    def start(self) -> None:
        self.dropped_cues = 0
        self.skipped_to_end = False
        self._last_back_press = None
        self.skipped = []
        self._seek(0.0)
        self._state = State.RUNNING
        self._resumed_at = self._now()

    def pause(self) -> None:
        if not self.is_running:
            return
        self._accumulated = self.elapsed()
        self._resumed_at = None
        self._state = State.PAUSED

    def resume(self) -> None:
        if self._state is not State.PAUSED:
            return
        self._state = State.RUNNING
        self._resumed_at = self._now()

    def toggle(self) -> None:
        """Space: start when idle or finished, else pause or resume."""
        if self.state in (State.IDLE, State.FINISHED):
            self.start()
        elif self._state is State.PAUSED:
            self.resume()
        else:
            self.pause()

    def restart(self) -> None:
        self.start()

    def stop(self) -> None:
        self._accumulated = self.elapsed()
        self._resumed_at = None
        self._state = State.IDLE

    def skip(self) -> None:
        """Jump to the start of the next work segment (the other side counts as one)."""
        if not self.is_active:
            return
        here = self.elapsed()
        for index in self.timeline.work_indices:
            start = self.timeline.segments[index].start
            if start > here + 1e-9:
                self._mark_skipped(here, start)
                self._seek(start)
                return
        self._mark_skipped(here, self.timeline.end)
        self._seek(self.timeline.end)
        self.skipped_to_end = True  # over, but not done: history must not count it complete

    def back(self) -> None:
        """To the start of this step; a second press within 2 s goes to the one before."""
        if not self.is_active:
            return
        now = self._now()
        double = (
            self._last_back_press is not None
            and now - self._last_back_press <= BACK_DOUBLE_PRESS_SECONDS
        )
        self._last_back_press = now
        here = self.elapsed()
        starts = [self.timeline.segments[i].start for i in self.timeline.work_indices]
        current = max((i for i, s in enumerate(starts) if s <= here + 1e-9), default=None)
        if current is None:
            self._seek(0.0)
        elif double:
            self._seek(starts[current - 1] if current > 0 else 0.0)
        else:
            self._seek(starts[current])

    def _mark_skipped(self, start: float, end: float) -> None:
        if end > start:
            self.skipped.append((start, end))

    def skipped_seconds(self) -> float:
        """Routine time skipped so far (the lead-in never counts)."""
        lead_in = self.timeline.lead_in
        return sum(max(0.0, end - max(start, lead_in)) for start, end in self.skipped)

    def _seek(self, offset: float) -> None:
        """Move to ``offset``: cues exactly there (its "go") still fire, earlier ones do not."""
        self.skipped_to_end = False
        offset = max(0.0, min(offset, self.timeline.end))
        # Back over skipped time: it will be run now, so it is no longer skipped.
        self.skipped = [(a, min(b, offset)) for a, b in self.skipped if a < offset]
        self._accumulated = offset
        if self._resumed_at is not None:
            self._resumed_at = self._now()
        cues = self.timeline.cues
        cursor = 0
        while cursor < len(cues) and cues[cursor].at < offset - 1e-9:
            cursor += 1
        self._cue_cursor = cursor

    # -- time --------------------------------------------------------------------------------

    def due_cues(self) -> list[FiredCue]:
        """Cues whose time has come since the last call, in order; stale ones are dropped."""
        if not self.is_running and self.state is not State.FINISHED:
            return []
        here = self._raw_elapsed()
        fired: list[FiredCue] = []
        cues = self.timeline.cues
        while self._cue_cursor < len(cues) and cues[self._cue_cursor].at <= here + 1e-9:
            cue = cues[self._cue_cursor]
            self._cue_cursor += 1
            if here - cue.at > STALE_CUE_SECONDS:
                self.dropped_cues += 1
                continue
            fired.append(FiredCue(cue, here))
        return fired

    def next_deadline(self) -> float | None:
        """The clock time of the next cue or the next change of a displayed second.

        ``None`` when nothing will change without a command (idle, paused, finished).
        """
        if not self.is_running or self._resumed_at is None:
            return None
        here = self.elapsed()
        target = math.floor(here + 1e-9) + 1.0  # next whole second (segment ends are whole)
        if self._cue_cursor < len(self.timeline.cues):
            target = min(target, self.timeline.cues[self._cue_cursor].at)
        target = min(target, self.timeline.end)
        return self._resumed_at + (target - self._accumulated)

    # -- display -----------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """The display now. Idle (never started, or stopped) shows the routine from its start,
        since that is where Space begins; ``elapsed()`` still says where a stop happened."""
        tl = self.timeline
        state = self.state
        here = 0.0 if state is State.IDLE else self.elapsed()
        segment: Segment | None = None
        remaining = 0.0
        step = next_step = None
        step_index: int | None = None
        side = next_side = None
        if tl.segments and state is not State.FINISHED:
            index = tl.segment_index_at(here + 1e-9)
            segment = tl.segments[index]
            remaining = segment.end - here
            upcoming = [i for i in tl.work_indices if tl.segments[i].start > here + 1e-9]
            if segment.kind is SegmentKind.WORK:
                step_index, side = segment.step, segment.side
            elif upcoming:
                coming = tl.segments[upcoming[0]]
                step_index, side = coming.step, coming.side
                upcoming = upcoming[1:]
            step = tl.steps[step_index] if step_index is not None else None
            if upcoming:
                after = tl.segments[upcoming[0]]
                next_step, next_side = tl.steps[after.step or 0], after.side
        parts = tuple(
            PartProgress(p.name, min(max(here - p.start, 0.0), p.seconds), p.seconds)
            for p in tl.parts
        )
        routine_elapsed = max(0.0, here - tl.lead_in)
        step_number = step_index + 1 if step_index is not None else 0
        part_name = tl.parts[step.part].name if step is not None else ""
        return Snapshot(
            state=state,
            elapsed=here,
            segment=segment,
            segment_remaining=remaining,
            step=step,
            side=side,
            next_step=next_step,
            next_side=next_side,
            parts=parts,
            routine_elapsed=routine_elapsed,
            routine_remaining=tl.total_seconds - routine_elapsed,
            routine_total=tl.total_seconds,
            part_name=part_name,
            step_number=step_number,
            step_count=len(tl.steps),
            skipped_to_end=state is State.FINISHED and self.skipped_to_end,
            routine_skipped=0.0 if state is State.IDLE else self.skipped_seconds(),
            skipped=() if state is State.IDLE else tuple(self.skipped),
        )

    def current_step_index(self) -> int | None:
        """The flat step index now (for history: "stopped at which step")."""
        segment = self.timeline.segments[self.timeline.segment_index_at(self.elapsed() + 1e-9)]
        return segment.step
