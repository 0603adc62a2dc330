"""UI fixtures: a fake monotonic clock and a fake scheduler, so no UI test waits in real time.

The driver normally arms one precise ``QTimer``. Here a :class:`FakeScheduler` records every
request; a test "fires" it by moving the fake clock to the armed deadline (or past it, to play a
late timer) and calling the driver back, exactly as the real timer would.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from warmup_app import paths
from warmup_app.app import build_window
from warmup_app.core.routine_files import Library, load_library
from warmup_app.gui.main_window import MainWindow
from warmup_app.runner.controller import RunController
from warmup_app.runner.driver import SessionDriver

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def no_sound_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process UI tests never open the sound server.

    Qt connects to it once per process and logs a warning when there is none; the real audio
    path is tested in child processes (tests/audio, tests/e2e). Here the app's player is told
    there is no output, which is the app's own fallback path (visual cues only).
    """
    from warmup_app.audio import session as session_audio
    from warmup_app.audio.stream import StreamPlayer

    def silent_stream(parent: QObject | None = None, **kwargs: Any) -> StreamPlayer:
        return StreamPlayer(parent, has_output=lambda: False, **kwargs)

    monkeypatch.setattr(session_audio, "StreamPlayer", silent_stream)


START = 1000.0  # the fake clock's origin; any value works, a non-zero one catches origin mix-ups


class FakeClock:
    """A monotonic clock that only moves when a test moves it."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeScheduler:
    """Stands in for the driver's precise timer and records what it was asked to do."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.callback: Callable[[], None] | None = None
        self.delays: list[float] = []  # every delay armed, in order
        self.deadlines: list[float] = []  # the same as absolute clock times
        self.deadline: float | None = None  # when the armed timer would fire; None if idle
        self.cancels = 0

    def arm(self, delay_s: float) -> None:
        self.delays.append(delay_s)
        self.deadline = self.clock() + delay_s
        self.deadlines.append(self.deadline)

    def cancel(self) -> None:
        self.deadline = None
        self.cancels += 1

    def fire(self, late: float = 0.0) -> None:
        """The armed timer goes off ``late`` seconds after its deadline."""
        assert self.deadline is not None, "fire() with no timer armed"
        assert self.callback is not None
        self.clock.now = max(self.clock.now, self.deadline + late)
        self.deadline = None
        self.callback()

    def advance(self, seconds: float, late: float = 0.0) -> int:
        """Let ``seconds`` of clock time pass, firing every timer that falls due on the way.

        Returns how many times the timer fired. The clock ends exactly ``seconds`` later.
        """
        target = self.clock.now + seconds
        fired = 0
        while self.deadline is not None and self.deadline + late <= target + 1e-9:
            self.fire(late)
            fired += 1
            assert fired < 100_000, "the driver keeps re-arming without time passing"
        self.clock.now = target
        return fired


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def scheduler(clock: FakeClock) -> FakeScheduler:
    return FakeScheduler(clock)


@pytest.fixture
def driver(qapp: object, clock: FakeClock, scheduler: FakeScheduler) -> Iterator[SessionDriver]:
    def factory(callback: Callable[[], None]) -> FakeScheduler:
        scheduler.callback = callback
        return scheduler

    session_driver = SessionDriver(clock=clock, scheduler_factory=factory)
    yield session_driver
    session_driver.deleteLater()


@pytest.fixture
def user_routines() -> Path:
    """The (temporary) user routine folder the app reads."""
    return paths.user_paths().ensure().routines


@pytest.fixture
def small_routine(user_routines: Path) -> Path:
    """A 1:35 routine with a lead-in, two parts, a per-side step and a transition."""
    target = user_routines / "small.warmup.toml"
    shutil.copy(DATA / "small.warmup.toml", target)
    return target


def library() -> Library:
    return load_library(paths.builtin_routines_dir(), paths.user_paths().routines)


@pytest.fixture
def window(qtbot: QtBot, driver: SessionDriver, small_routine: Path) -> MainWindow:
    """The real main window on the fake clock, shown and active, with ``small`` selected.

    Stopping or restarting never opens a modal dialog here: tests replace ``confirm_stop`` or
    ``confirm_restart`` when they stop or restart a warm-up under way.
    """
    main = build_window(RunController(driver))
    qtbot.addWidget(main)
    main.run_view.confirm_stop = _refuse_dialog
    main.run_view.confirm_restart = _refuse_dialog
    main.controller.set_library(library(), select_id="small")
    with qtbot.waitActive(main, timeout=5000):
        main.show()
    return main


def _refuse_dialog() -> bool:
    raise AssertionError("a confirmation was asked for but the test did not expect one")
