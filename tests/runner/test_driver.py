"""The session driver on a fake clock: when it arms its timer, what it fires, and no drift."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer

from tests.qt_fixtures import DATA, START, FakeClock, FakeScheduler
from warmup_app.core.cues import CueKind
from warmup_app.core.durations import format_clock
from warmup_app.core.routine_files import load_routine
from warmup_app.core.session import STALE_CUE_SECONDS, FiredCue, State
from warmup_app.core.timeline import STEP_NAME_DELAY_S, Side, Timeline, compile_timeline
from warmup_app.runner.driver import PreciseScheduler, SessionDriver


@pytest.fixture
def timeline() -> Timeline:
    return compile_timeline(load_routine(DATA / "small.warmup.toml"))


class Recorder:
    """Collects what the driver emits (a plain list per signal)."""

    def __init__(self, driver: SessionDriver) -> None:
        self.cues: list[FiredCue] = []
        self.states: list[State] = []
        self.finished = 0
        driver.cue_fired.connect(self.cues.append)
        driver.state_changed.connect(self.states.append)
        driver.finished.connect(self._on_finished)

    def _on_finished(self) -> None:
        self.finished += 1


@pytest.fixture
def started(driver: SessionDriver, timeline: Timeline) -> SessionDriver:
    driver.load(timeline)
    driver.start()
    return driver


def run_to_end(scheduler: FakeScheduler, late: float = 0.0) -> int:
    fired = 0
    while scheduler.deadline is not None:
        scheduler.fire(late)
        fired += 1
        assert fired < 10_000
    return fired


def test_nothing_is_armed_before_start(
    driver: SessionDriver, scheduler: FakeScheduler, timeline: Timeline
) -> None:
    driver.load(timeline)
    assert scheduler.deadline is None
    assert scheduler.delays == []


def test_commands_without_a_routine_do_nothing(
    driver: SessionDriver, scheduler: FakeScheduler
) -> None:
    recorder = Recorder(driver)
    for command in (driver.start, driver.toggle, driver.skip, driver.back, driver.stop):
        command()
    driver.poll()
    assert driver.session is None
    assert scheduler.delays == []
    assert recorder.states == []


def test_start_arms_the_next_second(
    started: SessionDriver, scheduler: FakeScheduler, clock: FakeClock
) -> None:
    # The next_up cue at 0 fired on start; next is the display's change to 0:04 at 1 s.
    assert scheduler.delays == [pytest.approx(1.0)]
    assert scheduler.deadline == pytest.approx(START + 1.0)


@pytest.mark.parametrize(
    ("now", "expected_delay"),
    [
        (0.0, 1.0),  # next displayed second
        (0.25, 0.75),  # woken early (a command, a spurious wake): only the remainder
        (1.999, 0.001),  # just before the first countdown cue at 2.0
        (29.1, 0.25),  # the next_up cue at 29.35 comes before the second at 30
        (29.35, 0.65),  # ... and after it, the second at 30
    ],
)
def test_poll_arms_the_session_deadline_minus_now(
    started: SessionDriver,
    scheduler: FakeScheduler,
    clock: FakeClock,
    now: float,
    expected_delay: float,
) -> None:
    clock.now = START + now
    started.poll()
    session = started.session
    assert session is not None
    deadline = session.next_deadline()
    assert deadline is not None
    assert scheduler.delays[-1] == pytest.approx(deadline - clock.now, abs=1e-9)
    assert scheduler.delays[-1] == pytest.approx(expected_delay, abs=1e-9)


def test_on_time_firing_emits_every_cue_once_in_order(
    started: SessionDriver, scheduler: FakeScheduler, timeline: Timeline
) -> None:
    recorder = Recorder(started)
    run_to_end(scheduler)
    # The next_up at 0 fired on start, before the recorder was connected.
    assert [f.cue for f in recorder.cues] == list(timeline.cues[1:])
    for fired in recorder.cues:
        assert fired.actual == pytest.approx(fired.cue.at, abs=1e-9)
    assert recorder.cues[-1].cue.kind is CueKind.FINISH


def test_simultaneous_cues_fire_together_in_timeline_order(
    started: SessionDriver, scheduler: FakeScheduler, clock: FakeClock, timeline: Timeline
) -> None:
    recorder = Recorder(started)
    scheduler.advance(34.5)
    recorder.cues.clear()
    scheduler.fire()  # 35.0: the lunge's go and the stretches' part_start
    assert clock.now == pytest.approx(START + 35.0)
    kinds = [(f.cue.kind, f.cue.side) for f in recorder.cues]
    assert kinds == [(CueKind.GO, Side.LEFT), (CueKind.PART_START, Side.LEFT)]


def test_late_firing_fires_once_and_rearms_from_the_clock(
    started: SessionDriver, scheduler: FakeScheduler, clock: FakeClock
) -> None:
    recorder = Recorder(started)
    scheduler.advance(1.5)  # 1.0 on time, now at 1.5 with 2.0 (countdown "3") armed
    assert scheduler.deadline == pytest.approx(START + 2.0)
    scheduler.fire(late=0.1)
    assert [f.cue.text for f in recorder.cues] == ["3"]
    assert recorder.cues[0].actual == pytest.approx(2.1)
    # Re-armed for 3.0 (the next cue) from the re-read clock: 0.9 s, not another full second.
    assert scheduler.delays[-1] == pytest.approx(0.9)
    assert scheduler.deadline == pytest.approx(START + 3.0)
    started.poll()  # a second wake at the same moment fires nothing again
    assert len(recorder.cues) == 1


def test_late_firings_do_not_accumulate_drift(
    driver: SessionDriver, scheduler: FakeScheduler, clock: FakeClock, timeline: Timeline
) -> None:
    """Every firing 100 ms late: each cue still fires once, and later deadlines do not move."""
    recorder = Recorder(driver)
    driver.load(timeline)
    driver.start()
    run_to_end(scheduler)
    on_time_cues = list(recorder.cues)
    on_time_deadlines = [d - START for d in scheduler.deadlines]

    recorder.cues.clear()
    scheduler.deadlines.clear()
    clock.now = start = START + 500.0
    driver.load(timeline)
    driver.start()
    firings = run_to_end(scheduler, late=0.1)
    assert firings > 50
    late_deadlines = [d - start for d in scheduler.deadlines]
    late_cues = recorder.cues

    assert [f.cue for f in late_cues] == [f.cue for f in on_time_cues] == list(timeline.cues)
    # The first fired with Start itself, on time; the finish is checked on its own below.
    for fired in late_cues[1:-1]:
        assert fired.actual - fired.cue.at == pytest.approx(0.1, abs=1e-6), fired
    # Every deadline armed is on the routine's own grid (whole seconds or a cue time), however
    # many late firings came before it: lateness never carries over into the schedule.
    grid = {round(d, 6) for d in on_time_deadlines}
    assert all(round(d, 6) in grid for d in late_deadlines)
    assert late_deadlines[-1] == pytest.approx(timeline.end)
    assert recorder.finished == 2


def test_a_late_finish_is_reported_late(
    started: SessionDriver, scheduler: FakeScheduler, clock: FakeClock
) -> None:
    recorder = Recorder(started)
    scheduler.advance(99.5)
    scheduler.fire(late=0.1)
    assert recorder.cues[-1].cue.kind is CueKind.FINISH
    assert recorder.cues[-1].actual == pytest.approx(100.1)


def test_pause_cancels_the_timer_and_freezes_time(
    started: SessionDriver, scheduler: FakeScheduler, clock: FakeClock
) -> None:
    recorder = Recorder(started)
    scheduler.advance(12.3)
    recorder.cues.clear()
    cancels = scheduler.cancels
    started.pause()
    assert scheduler.deadline is None
    assert scheduler.cancels == cancels + 1
    clock.advance(300.0)
    started.poll()
    assert scheduler.deadline is None
    assert recorder.cues == []
    session = started.session
    assert session is not None
    assert session.elapsed() == pytest.approx(12.3)
    assert recorder.states[-1] is State.PAUSED

    started.resume()
    assert scheduler.deadline == pytest.approx(clock.now + 0.7)
    scheduler.advance(7.7)  # to 20.0 routine time: halfway of the jog
    assert [f.cue.kind for f in recorder.cues] == [CueKind.HALFWAY]
    assert recorder.cues[0].actual == pytest.approx(20.0)


def test_stop_cancels_the_timer(
    started: SessionDriver, scheduler: FakeScheduler, clock: FakeClock
) -> None:
    recorder = Recorder(started)
    scheduler.advance(3.0)
    started.stop()
    assert scheduler.deadline is None
    assert recorder.states[-1] is State.IDLE
    clock.advance(60.0)
    started.poll()
    assert scheduler.deadline is None
    assert [f.cue.at for f in recorder.cues] == [2.0, 3.0]


def test_finished_is_emitted_once(
    started: SessionDriver, scheduler: FakeScheduler, clock: FakeClock
) -> None:
    recorder = Recorder(started)
    run_to_end(scheduler)
    assert recorder.finished == 1
    assert recorder.states == [State.RUNNING, State.FINISHED]
    assert scheduler.deadline is None
    # More wakes and commands after the end change nothing.
    clock.advance(10.0)
    for command in (started.poll, started.skip, started.back, started.pause, started.resume):
        command()
    assert recorder.finished == 1
    assert [f.cue.kind for f in recorder.cues].count(CueKind.FINISH) == 1


def test_restart_after_the_end_finishes_again(
    started: SessionDriver, scheduler: FakeScheduler
) -> None:
    recorder = Recorder(started)
    run_to_end(scheduler)
    started.restart()
    assert recorder.states[-1] is State.LEAD_IN
    run_to_end(scheduler)
    assert recorder.finished == 2


def test_a_sleep_drops_stale_cues_instead_of_a_burst(
    started: SessionDriver, scheduler: FakeScheduler, clock: FakeClock, timeline: Timeline
) -> None:
    recorder = Recorder(started)
    scheduler.advance(10.0)
    before = len(recorder.cues)
    # The machine sleeps for a minute; the timer fires on wake-up, 60 s after its deadline.
    assert scheduler.deadline == pytest.approx(START + 11.0)
    scheduler.fire(late=60.0)
    here = 71.0
    burst = recorder.cues[before:]
    assert burst == []  # nothing due within STALE_CUE_SECONDS of 71 s
    session = started.session
    assert session is not None
    skipped = [c for c in timeline.cues if 10.0 < c.at <= here]
    assert len(skipped) > 10
    assert session.dropped_cues == len(skipped)
    # The schedule picks up from the wake-up time: next the display second at 72.
    assert scheduler.deadline == pytest.approx(START + 72.0)
    scheduler.advance(100.0)
    after = [f.cue for f in recorder.cues[before:]]
    assert after == [c for c in timeline.cues if c.at > here]


def test_a_cue_just_due_at_wake_up_still_fires(
    started: SessionDriver, scheduler: FakeScheduler, clock: FakeClock
) -> None:
    recorder = Recorder(started)
    scheduler.advance(59.5)
    scheduler.fire(late=STALE_CUE_SECONDS / 2)  # woke 0.15 s after the go at 60
    assert [(f.cue.kind, f.cue.at) for f in recorder.cues[-1:]] == [(CueKind.GO, 60.0)]


def test_skip_fires_the_next_steps_go_at_once(
    started: SessionDriver, scheduler: FakeScheduler, clock: FakeClock
) -> None:
    recorder = Recorder(started)
    scheduler.advance(7.0)
    recorder.cues.clear()
    started.skip()  # from the jog to the lunge's left side at 35
    assert [f.cue.kind for f in recorder.cues] == [CueKind.GO, CueKind.PART_START]
    assert recorder.cues[0].cue.side is Side.LEFT
    # Next: the voice names the new step once its chime has sounded (before the next second).
    assert scheduler.deadline == pytest.approx(clock.now + STEP_NAME_DELAY_S)
    session = started.session
    assert session is not None
    assert session.elapsed() == pytest.approx(35.0)


def test_snapshots_follow_every_second(started: SessionDriver, scheduler: FakeScheduler) -> None:
    shown: list[str] = []
    started.snapshot_changed.connect(
        lambda snap: shown.append(format_clock(snap.segment_remaining))
    )
    scheduler.advance(5.0)
    # 4, 3, 2, 1 left in the lead-in, then the jog's 30 at 5 s.
    assert shown == ["0:04", "0:03", "0:02", "0:01", "0:30"]


def test_precise_scheduler_uses_a_precise_single_shot_timer(qapp: object) -> None:
    calls: list[int] = []
    owner = QObject()
    scheduler = PreciseScheduler(lambda: calls.append(1), owner)
    timer = scheduler.findChild(QTimer)
    assert isinstance(timer, QTimer)
    assert timer.timerType() is Qt.TimerType.PreciseTimer
    assert timer.isSingleShot()
    scheduler.arm(0.0101)
    # Rounded up to whole ms: firing early would only mean a second wake for the remainder.
    assert timer.interval() == math.ceil(10.1)
    assert timer.isActive()
    scheduler.arm(2.0)  # re-arming replaces the request
    assert timer.interval() == 2000
    scheduler.cancel()
    assert not timer.isActive()
    scheduler.arm(-0.5)  # already overdue: fire as soon as possible, not never
    assert timer.interval() == 0
    scheduler.cancel()
    owner.deleteLater()
    assert calls == []


def test_metronome_clicks_alone_do_not_refresh_the_display(
    driver: SessionDriver, scheduler: FakeScheduler, tmp_path: Path
) -> None:
    """Three clicks a second while jogging would redraw the run screen three times a second
    for nothing: the display changes with a shown second or a cue that shows, not a click."""
    text = (DATA / "small.warmup.toml").read_text(encoding="utf-8")
    text = text.replace('duration = "30s"\n', 'duration = "30s"\n  metronome = true\n', 1)
    path = tmp_path / "metronome.warmup.toml"
    path.write_text(text, encoding="utf-8")
    timeline = compile_timeline(load_routine(path))
    assert sum(cue.kind is CueKind.METRONOME for cue in timeline.cues) > 60
    snapshots: list[object] = []
    clicks: list[FiredCue] = []
    driver.snapshot_changed.connect(snapshots.append)
    driver.cue_fired.connect(
        lambda fired: clicks.append(fired) if fired.cue.kind is CueKind.METRONOME else None
    )
    driver.load(timeline)
    driver.start()
    snapshots.clear()
    scheduler.advance(35.0)  # the lead-in and the whole jog: 35 shown seconds
    assert len(clicks) > 60  # every click still fires (the old sound path plays them)
    assert 35 <= len(snapshots) <= 45  # one a second, plus the cues that show (ticks, go)
