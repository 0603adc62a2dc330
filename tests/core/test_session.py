"""The session on a fake clock: commands, due cues, deadlines and what the display is told."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from core_helpers import FakeClock, make_routine, routines
from hypothesis import given, settings
from hypothesis import strategies as st

from warmup_app.core.cues import CueKind
from warmup_app.core.durations import format_clock
from warmup_app.core.routine import Routine
from warmup_app.core.session import (
    BACK_DOUBLE_PRESS_SECONDS,
    STALE_CUE_SECONDS,
    FiredCue,
    Session,
    Snapshot,
    State,
)
from warmup_app.core.timeline import (
    Cue,
    SegmentKind,
    Side,
    Timeline,
    TimelineOptions,
    compile_timeline,
)

EPS = 1e-9
MAX_WAKE_UPS = 50_000


def countdown(snap: Snapshot) -> str:
    """The big countdown, as the Warm-up tab's stage shows it."""
    return format_clock(snap.segment_remaining)


#: Short routines keep a full drive loop (one step per second and per cue) quick.
tiny_routines = routines(max_step=30, max_pause=8, max_parts=2, max_steps=3, rich_text=False)


@pytest.fixture
def timeline() -> Timeline:
    """Lead-in 0-5; Walk 5-35; transition 35-45; Lunge left 45-65, switch 65-70, right 70-90;
    Jog 90-100 with metronome clicks every 0.5 s."""
    routine = make_routine(
        [
            [
                {"name": "Walk", "duration": "30s"},
                {"name": "Lunge", "duration": "20s", "per_side": True, "switch": "5s"},
            ],
            [{"name": "Jog", "duration": "10s", "metronome": True}],
        ],
        transitions=[10, 0],
        lead_in=5,
    )
    return compile_timeline(routine, TimelineOptions(cadence_spm=120.0))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1000.0)


@pytest.fixture
def session(timeline: Timeline, clock: FakeClock) -> Session:
    return Session(timeline, clock)


def kinds(fired: list[FiredCue]) -> list[tuple[CueKind, float]]:
    return [(f.cue.kind, f.cue.at) for f in fired]


def wake_ups(session: Session) -> Iterator[float]:
    """Each next deadline in turn; fails (rather than hangs) when they stop moving on."""
    for _ in range(MAX_WAKE_UPS):
        deadline = session.next_deadline()
        if deadline is None:
            return
        yield deadline
    pytest.fail(f"more than {MAX_WAKE_UPS} wake-ups: the deadlines do not move on")


def advance(session: Session, clock: FakeClock, seconds: float) -> list[FiredCue]:
    """Move the clock on, waking at every deadline on the way as the Qt driver would."""
    end = clock.t + seconds
    fired = session.due_cues()
    for deadline in wake_ups(session):
        if deadline > end + EPS:
            break
        clock.t = max(clock.t, deadline)
        fired += session.due_cues()
    clock.t = end
    return fired + session.due_cues()


def run_at(session: Session, clock: FakeClock, elapsed: float) -> list[FiredCue]:
    """Start now and run to ``elapsed``, collecting due cues on the way."""
    session.start()
    return advance(session, clock, elapsed)


def drive_to_end(session: Session, clock: FakeClock) -> tuple[list[FiredCue], list[float]]:
    """What the Qt driver does: sleep until next_deadline, then collect due cues."""
    fired = session.due_cues()
    deadlines: list[float] = []
    for deadline in wake_ups(session):
        assert deadline >= clock.t - EPS, "a deadline is never in the past once cues are taken"
        deadlines.append(deadline)
        clock.t = deadline
        fired += session.due_cues()
    return fired, deadlines


# -- start, lead-in, finish --------------------------------------------------------------------


def test_idle_before_start(session: Session, clock: FakeClock) -> None:
    clock.advance(30)
    assert session.state is State.IDLE
    assert session.elapsed() == 0
    assert session.due_cues() == []
    assert session.next_deadline() is None
    assert not session.is_active


def test_start_runs_the_lead_in_then_the_routine(session: Session, clock: FakeClock) -> None:
    session.start()
    assert session.state is State.LEAD_IN
    assert session.is_active
    assert session.is_running
    assert kinds(session.due_cues()) == [(CueKind.NEXT_UP, 0)]
    clock.advance(4.999)
    assert session.state is State.LEAD_IN
    clock.advance(0.001)
    assert session.state is State.RUNNING
    assert session.elapsed() == pytest.approx(5)


def test_without_lead_in_the_routine_starts_at_once(clock: FakeClock) -> None:
    routine = make_routine([[{"name": "Jog", "duration": 10}]], lead_in=0)
    session = Session(compile_timeline(routine), clock)
    session.start()
    assert session.state is State.RUNNING
    assert kinds(session.due_cues()) == [(CueKind.GO, 0), (CueKind.PART_START, 0)]


def test_finished_at_the_end(session: Session, clock: FakeClock, timeline: Timeline) -> None:
    run_at(session, clock, 99.9)
    clock.advance(0.1)
    assert session.state is State.FINISHED
    assert kinds(session.due_cues()) == [(CueKind.FINISH, 100)]
    assert session.next_deadline() is None
    clock.advance(500)
    assert session.elapsed() == timeline.end
    assert session.due_cues() == []
    assert not session.is_active
    session.pause()  # nothing to pause
    assert session.state is State.FINISHED
    session.toggle()  # Space after the end starts again
    assert session.state is State.LEAD_IN
    assert session.elapsed() == 0


def test_stop(session: Session, clock: FakeClock) -> None:
    run_at(session, clock, 50)
    session.stop()
    assert session.state is State.IDLE
    clock.advance(100)
    assert session.elapsed() == pytest.approx(50)
    assert session.due_cues() == []
    assert session.next_deadline() is None
    session.skip()
    session.back()
    assert session.elapsed() == pytest.approx(50)
    session.toggle()
    assert session.state is State.LEAD_IN
    assert session.elapsed() == 0


def test_restart_replays_from_the_lead_in(session: Session, clock: FakeClock) -> None:
    run_at(session, clock, 50)
    session.pause()
    session.restart()
    assert session.state is State.LEAD_IN
    assert session.elapsed() == 0
    assert kinds(session.due_cues()) == [(CueKind.NEXT_UP, 0)]
    assert [k for k, _ in kinds(advance(session, clock, 5))] == [
        CueKind.COUNTDOWN,
        CueKind.COUNTDOWN,
        CueKind.COUNTDOWN,
        CueKind.GO,
        CueKind.PART_START,
    ]


def test_toggle_pauses_and_resumes(session: Session, clock: FakeClock) -> None:
    session.toggle()
    assert session.state is State.LEAD_IN
    clock.advance(2)
    session.toggle()
    assert session.state is State.PAUSED
    clock.advance(60)
    assert session.elapsed() == pytest.approx(2)
    session.toggle()
    assert session.state is State.LEAD_IN
    clock.advance(1)
    assert session.elapsed() == pytest.approx(3)


# -- pause and resume --------------------------------------------------------------------------


def test_pause_freezes_time_and_cues(session: Session, clock: FakeClock) -> None:
    run_at(session, clock, 19.5)
    session.pause()
    assert session.state is State.PAUSED
    assert session.is_active
    assert not session.is_running
    clock.advance(1000)
    assert session.elapsed() == pytest.approx(19.5)
    assert session.due_cues() == []
    assert session.next_deadline() is None
    session.resume()
    assert session.next_deadline() == pytest.approx(clock.t + 0.5)
    clock.advance(0.5)
    [halfway] = session.due_cues()
    assert (halfway.cue.kind, halfway.cue.at, halfway.actual) == (CueKind.HALFWAY, 20, 20)


def test_resume_only_from_pause(session: Session, clock: FakeClock) -> None:
    session.resume()
    assert session.state is State.IDLE
    run_at(session, clock, 10)
    session.resume()  # already running: no jump
    assert session.elapsed() == pytest.approx(10)


pauses = st.lists(st.tuples(st.floats(0, 1), st.floats(0, 3600), st.booleans()), max_size=6).map(
    sorted
)


@settings(max_examples=40, deadline=None)
@given(tiny_routines, pauses)
def test_pause_and_resume_never_shift_a_cue(
    routine: Routine, pauses: list[tuple[float, float, bool]]
) -> None:
    """Pauses anywhere, of any length: each cue still fires once, at its own offset."""
    timeline = compile_timeline(routine)
    clock = FakeClock(500.0)
    session = Session(timeline, clock)
    session.start()
    fired = session.due_cues()
    todo = [(fraction * timeline.end, length, collect) for fraction, length, collect in pauses]
    paused_total = 0.0
    for deadline in wake_ups(session):
        if todo and clock.t + (todo[0][0] - session.elapsed()) < deadline:
            at, length, collect_first = todo.pop(0)
            clock.t = max(clock.t, clock.t + (at - session.elapsed()))
            if collect_first:
                fired += session.due_cues()
            session.pause()
            clock.advance(length)
            paused_total += length
            assert session.due_cues() == []
            assert session.next_deadline() is None
            session.resume()
            continue
        clock.t = deadline
        fired += session.due_cues()
    assert [f.cue for f in fired] == list(timeline.cues)
    assert all(abs(f.actual - f.cue.at) < 1e-6 for f in fired)
    assert session.dropped_cues == 0
    assert clock.t - 500.0 == pytest.approx(timeline.end + paused_total)


# -- deadlines ---------------------------------------------------------------------------------


def test_driving_by_deadlines_fires_every_cue_on_time(
    session: Session, clock: FakeClock, timeline: Timeline
) -> None:
    session.start()
    fired, deadlines = drive_to_end(session, clock)
    assert [f.cue for f in fired] == list(timeline.cues)
    assert [f.actual for f in fired] == pytest.approx([c.at for c in timeline.cues], abs=1e-9)
    assert session.dropped_cues == 0
    assert session.state is State.FINISHED
    offsets = [d - 1000.0 for d in deadlines]
    wanted = {float(s) for s in range(1, int(timeline.end) + 1)} | {c.at for c in timeline.cues}
    # Every whole second and every cue gets a wake-up, and nothing else does.
    assert sorted(set(offsets)) == pytest.approx(sorted(wanted - {0.0}))
    assert offsets == sorted(offsets)


@settings(max_examples=30, deadline=None)
@given(tiny_routines, st.sampled_from([0.0, 150.0, 181.0]))
def test_deadlines_cover_every_change_and_nothing_earlier(routine: Routine, cadence: float) -> None:
    timeline = compile_timeline(routine, TimelineOptions(cadence_spm=cadence))
    clock = FakeClock(1e5 + 0.123)  # an awkward origin, as time.monotonic() gives
    session = Session(timeline, clock)
    session.start()
    fired = session.due_cues()
    previous = clock.t
    cue_times = {round(c.at, 6) for c in timeline.cues}
    for deadline in wake_ups(session):
        assert deadline > previous - EPS
        # Nothing the display shows changes between two wake-ups.
        before = session.snapshot()
        clock.t = previous + (deadline - previous) * 0.999
        between = session.snapshot()
        assert countdown(between) == countdown(before)
        assert math.ceil(between.routine_remaining - EPS) == math.ceil(
            before.routine_remaining - EPS
        )
        assert between.state is before.state
        assert session.due_cues() == []
        clock.t = deadline
        offset = session.elapsed()
        # Never earlier than needed: a wake-up is a whole second, a cue, or the end.
        assert (
            abs(offset - round(offset)) < 1e-6
            or round(offset, 6) in cue_times
            or abs(offset - timeline.end) < 1e-6
        )
        fired += session.due_cues()
        # What a wake-up shows is already the new second, not a hair before it.
        woken = session.snapshot()
        clock.t = deadline + 1e-6
        assert countdown(session.snapshot()) == countdown(woken)
        assert session.snapshot().state is woken.state
        assert session.snapshot().segment == woken.segment
        clock.t = deadline
        previous = deadline
    assert [f.cue for f in fired] == list(timeline.cues)
    assert max(abs(f.actual - f.cue.at) for f in fired) < 1e-6


# -- stale cues --------------------------------------------------------------------------------


def test_cues_after_a_clock_jump_are_dropped_not_replayed(
    session: Session, clock: FakeClock, timeline: Timeline
) -> None:
    """The machine slept: the cues it slept through are dropped; later ones fire on time."""
    session.start()
    session.due_cues()
    clock.advance(60.1)
    assert session.due_cues() == []
    missed = [c for c in timeline.cues if 0 < c.at <= 60.1]
    assert session.dropped_cues == len(missed)
    fired, _ = drive_to_end(session, clock)
    assert [f.cue for f in fired] == [c for c in timeline.cues if c.at > 60.1]
    assert all(abs(f.actual - f.cue.at) < 1e-9 for f in fired)


def test_a_slightly_late_wake_up_still_fires(session: Session, clock: FakeClock) -> None:
    run_at(session, clock, 19.9)
    clock.advance(0.1 + STALE_CUE_SECONDS - 0.01)
    [halfway] = session.due_cues()
    assert halfway.cue.kind is CueKind.HALFWAY
    assert halfway.actual == pytest.approx(20 + STALE_CUE_SECONDS - 0.01)
    assert session.dropped_cues == 0


# -- skip and back -----------------------------------------------------------------------------


def test_skip_in_the_lead_in_goes_to_the_first_step(session: Session, clock: FakeClock) -> None:
    session.start()
    session.due_cues()
    clock.advance(1)
    session.skip()
    assert session.elapsed() == 5
    assert session.state is State.RUNNING
    assert kinds(session.due_cues()) == [(CueKind.GO, 5), (CueKind.PART_START, 5)]
    assert session.dropped_cues == 0  # skipped cues are not "dropped"


@pytest.mark.parametrize(
    ("at", "target"),
    [(10, 45), (35, 45), (40, 45), (45, 70), (66, 70), (89.5, 90)],
    ids=["walk", "transition-start", "transition", "left-start", "switch", "right-end"],
)
def test_skip_goes_to_the_next_work_segment_and_its_go_fires(
    session: Session, clock: FakeClock, at: float, target: float
) -> None:
    run_at(session, clock, at)
    session.skip()
    assert session.elapsed() == pytest.approx(target)
    fired = session.due_cues()
    assert fired[0].cue.kind is CueKind.GO
    assert fired[0].cue.at == target
    assert all(f.cue.at == target for f in fired)


def test_skip_in_the_last_step_finishes(session: Session, clock: FakeClock) -> None:
    run_at(session, clock, 92)
    session.skip()
    assert session.state is State.FINISHED
    assert kinds(session.due_cues()) == [(CueKind.FINISH, 100)]


def test_skip_while_paused_stays_paused(session: Session, clock: FakeClock) -> None:
    run_at(session, clock, 10)
    session.pause()
    session.skip()
    assert session.state is State.PAUSED
    assert session.elapsed() == 45
    clock.advance(30)
    assert session.elapsed() == 45
    session.resume()
    assert kinds(session.due_cues())[0] == (CueKind.GO, 45)


def test_back_goes_to_the_start_of_this_step(session: Session, clock: FakeClock) -> None:
    run_at(session, clock, 50)
    session.back()
    assert session.elapsed() == 45
    assert kinds(session.due_cues()) == [(CueKind.GO, 45)]
    clock.advance(BACK_DOUBLE_PRESS_SECONDS + 0.5)
    session.back()  # too late for a double press: the start of this step again
    assert session.elapsed() == 45


def test_back_twice_within_two_seconds_goes_to_the_previous_step(
    session: Session, clock: FakeClock
) -> None:
    run_at(session, clock, 50)
    session.back()
    clock.advance(BACK_DOUBLE_PRESS_SECONDS - 0.1)
    session.back()
    assert session.elapsed() == 5
    assert kinds(session.due_cues()) == [(CueKind.GO, 5), (CueKind.PART_START, 5)]


def test_back_uses_real_time_not_session_time(session: Session, clock: FakeClock) -> None:
    """Paused between the presses for longer than 2 s: not a double press."""
    run_at(session, clock, 80)
    session.pause()
    session.back()
    assert session.elapsed() == 70
    clock.advance(BACK_DOUBLE_PRESS_SECONDS + 1)
    session.back()
    assert session.elapsed() == 70
    assert session.state is State.PAUSED


def test_back_at_the_beginning(session: Session, clock: FakeClock) -> None:
    run_at(session, clock, 3)
    session.back()  # in the lead-in: to its start
    assert session.elapsed() == 0
    assert session.state is State.LEAD_IN
    run_at(session, clock, 20)
    session.back()
    clock.advance(0.5)
    session.back()  # a double press in the first step: back to the lead-in
    assert session.elapsed() == 0


# -- snapshot ----------------------------------------------------------------------------------


def test_snapshot_in_the_lead_in(session: Session, clock: FakeClock) -> None:
    snap = session.snapshot()
    assert snap.state is State.IDLE
    session.start()
    clock.advance(0.8)
    snap = session.snapshot()
    assert snap.state is State.LEAD_IN
    assert snap.segment is not None
    assert snap.segment.kind is SegmentKind.LEAD_IN
    assert snap.segment_remaining == pytest.approx(4.2)
    assert countdown(snap) == "0:05"  # rounded up: never 0:00 before the end
    assert snap.step is not None
    assert (snap.step.name, snap.side) == ("Walk", None)
    assert snap.next_step is not None
    assert (snap.next_step.name, snap.next_side) == ("Lunge", Side.LEFT)
    assert (snap.routine_elapsed, snap.routine_remaining, snap.routine_total) == (0, 95, 95)
    assert [p.fraction for p in snap.parts] == [0, 0]
    assert (snap.part_name, snap.step_number, snap.step_count) == ("Part 1", 1, 3)


@pytest.mark.parametrize(
    ("at", "kind", "display", "step", "side", "next_step", "next_side", "fractions", "number"),
    [
        (4.2, SegmentKind.LEAD_IN, "0:01", "Walk", None, "Lunge", Side.LEFT, (0, 0), 1),
        (20, SegmentKind.WORK, "0:15", "Walk", None, "Lunge", Side.LEFT, (15 / 85, 0), 1),
        (34.5, SegmentKind.WORK, "0:01", "Walk", None, "Lunge", Side.LEFT, (29.5 / 85, 0), 1),
        (
            35,
            SegmentKind.TRANSITION,
            "0:10",
            "Lunge",
            Side.LEFT,
            "Lunge",
            Side.RIGHT,
            (30 / 85, 0),
            2,
        ),
        (50, SegmentKind.WORK, "0:15", "Lunge", Side.LEFT, "Lunge", Side.RIGHT, (45 / 85, 0), 2),
        (67, SegmentKind.SWITCH, "0:03", "Lunge", Side.RIGHT, "Jog", None, (62 / 85, 0), 2),
        (70, SegmentKind.WORK, "0:20", "Lunge", Side.RIGHT, "Jog", None, (65 / 85, 0), 2),
        (95, SegmentKind.WORK, "0:05", "Jog", None, None, None, (1, 0.5), 3),
    ],
)
def test_snapshot_while_running(
    session: Session,
    clock: FakeClock,
    at: float,
    kind: SegmentKind,
    display: str,
    step: str,
    side: Side | None,
    next_step: str | None,
    next_side: Side | None,
    fractions: tuple[float, float],
    number: int,
) -> None:
    run_at(session, clock, at)
    snap = session.snapshot()
    assert snap.elapsed == pytest.approx(at)
    assert snap.segment is not None
    assert snap.segment.kind is kind
    assert countdown(snap) == display
    assert snap.step is not None
    assert (snap.step.name, snap.side) == (step, side)
    assert (snap.next_step.name if snap.next_step else None, snap.next_side) == (
        next_step,
        next_side,
    )
    assert [p.fraction for p in snap.parts] == pytest.approx(list(fractions))
    assert snap.routine_elapsed == pytest.approx(max(0, at - 5))
    assert snap.routine_remaining == pytest.approx(95 - max(0, at - 5))
    assert snap.step_number == number
    assert snap.part_name == ("Part 2" if step == "Jog" else "Part 1")


def test_snapshot_when_finished(session: Session, clock: FakeClock) -> None:
    run_at(session, clock, 100)
    snap = session.snapshot()
    assert snap.state is State.FINISHED
    assert snap.segment is None
    assert countdown(snap) == "0:00"
    assert snap.step is None
    assert snap.next_step is None
    assert [p.fraction for p in snap.parts] == [1, 1]
    assert (snap.routine_elapsed, snap.routine_remaining) == (95, 0)


def test_snapshot_while_paused_keeps_its_numbers(session: Session, clock: FakeClock) -> None:
    run_at(session, clock, 50.4)
    session.pause()
    before = session.snapshot()
    clock.advance(120)
    after = session.snapshot()
    assert after.state is State.PAUSED
    assert (countdown(after), after.routine_remaining) == (
        countdown(before),
        before.routine_remaining,
    )
    assert countdown(after) == "0:15"


def test_current_step_index(session: Session, clock: FakeClock) -> None:
    session.start()
    assert session.current_step_index() is None  # the lead-in belongs to no step
    run_at(session, clock, 40)
    assert session.current_step_index() == 1  # a transition belongs to the step it leads to
    run_at(session, clock, 95)
    assert session.current_step_index() == 2


def test_cues_are_the_timelines_own(session: Session, timeline: Timeline) -> None:
    """The session fires the timeline's cue objects, so the UI can look them up by identity."""
    session.start()
    [first] = session.due_cues()
    assert isinstance(first.cue, Cue)
    assert first.cue is timeline.cues[0]


def test_after_stop_the_display_shows_the_start_but_the_stop_point_is_kept() -> None:
    from warmup_app.core.routine import Routine
    from warmup_app.core.timeline import compile_timeline

    routine = Routine.model_validate(
        {
            "format": 1,
            "name": "r",
            "lead_in": "5s",
            "parts": [
                {
                    "name": "p",
                    "steps": [{"name": "a", "duration": "30s"}, {"name": "b", "duration": "30s"}],
                }
            ],
        }
    )
    clock = [100.0]
    session = Session(compile_timeline(routine), lambda: clock[0])
    session.start()
    clock[0] += 40
    session.stop()
    snap = session.snapshot()
    assert snap.state is State.IDLE
    assert snap.elapsed == 0.0
    assert countdown(snap) == "0:05"  # the lead-in, where Space will begin
    assert all(p.done == 0 for p in snap.parts)
    assert session.elapsed() == 40
    assert session.current_step_index() == 1


def test_skipping_past_the_last_step_ends_the_run_but_not_as_done() -> None:
    from warmup_app.core.routine import Routine
    from warmup_app.core.timeline import compile_timeline

    routine = Routine.model_validate(
        {
            "format": 1,
            "name": "r",
            "lead_in": "0s",
            "parts": [{"name": "p", "steps": [{"name": "a", "duration": "30s"}]}],
        }
    )
    clock = [0.0]
    session = Session(compile_timeline(routine), lambda: clock[0])
    session.start()
    session.skip()
    assert session.state is State.FINISHED
    assert session.skipped_to_end
    session.start()
    clock[0] += 30
    assert session.state is State.FINISHED
    assert not session.skipped_to_end
