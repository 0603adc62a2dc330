"""“Try it”: the routine being edited runs in its own run view, at normal or 10x speed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from tests.gui.routines.editor_driving import click, click_tree_row, make_view, type_into
from tests.qt_fixtures import FakeClock, FakeScheduler
from warmup_app.core.cues import CueKind
from warmup_app.core.session import FiredCue, State
from warmup_app.gui.routines import RoutinesView
from warmup_app.gui.routines.try_run import QUICK_SPEED, ScaledScheduler, scaled_clock
from warmup_app.runner.driver import SessionDriver


class TrialDrivers:
    """Makes each trial's driver on a fake clock, scaled like the real one."""

    def __init__(self) -> None:
        self.clock = FakeClock()
        self.scheduler = FakeScheduler(self.clock)
        self.speeds: list[float] = []
        self.drivers: list[SessionDriver] = []

    def __call__(self, speed: float, parent: QObject) -> SessionDriver:
        self.speeds.append(speed)

        def factory(callback: Callable[[], None]) -> FakeScheduler:
            self.scheduler.callback = callback
            return self.scheduler

        driver = SessionDriver(
            clock=scaled_clock(speed, self.clock), scheduler_factory=factory, parent=parent
        )
        self.drivers.append(driver)
        return driver


@pytest.fixture
def view(qtbot: QtBot) -> RoutinesView:
    routines = make_view(qtbot)
    routines.new_routine()
    editor = routines.editor
    click_tree_row(qtbot, routines, 0, None)
    type_into(qtbot, editor.routine_form.lead_in.seconds, "3")
    click(qtbot, editor.add_step_button)  # brisk walk, 1:00
    return routines


def test_try_runs_the_draft_as_edited_not_as_saved(qtbot: QtBot, view: RoutinesView) -> None:
    drivers = TrialDrivers()
    view.try_driver_factory = drivers
    editor = view.editor
    type_into(qtbot, editor.step_form.duration.minutes, "0")
    type_into(qtbot, editor.step_form.duration.seconds, "30")
    assert editor.try_button.isEnabled()
    click(qtbot, editor.try_button)
    dialog = view.try_dialog
    assert dialog is not None
    assert drivers.speeds == [1.0]
    assert dialog.windowTitle() == "Try: My warm-up"
    fired: list[FiredCue] = []
    driver = drivers.drivers[0]
    driver.cue_fired.connect(fired.append)
    session = driver.session
    assert session is not None
    assert session.state is State.LEAD_IN  # started at once
    assert dialog.run_view.picker.isHidden()
    drivers.scheduler.advance(3 + 30 + 0.5)
    assert session.state is State.FINISHED
    assert [f.cue.text for f in fired if f.cue.kind is CueKind.GO] == ["Brisk walk"]
    assert view.doc is not None
    assert view.doc.is_new  # trying saved nothing


def test_quick_check_runs_ten_times_faster(qtbot: QtBot, view: RoutinesView) -> None:
    drivers = TrialDrivers()
    view.try_driver_factory = drivers
    editor = view.editor
    click(qtbot, editor.quick_check)
    click(qtbot, editor.try_button)
    assert drivers.speeds == [QUICK_SPEED]
    dialog = view.try_dialog
    assert dialog is not None
    assert "10x speed" in dialog.windowTitle()
    session = drivers.drivers[0].session
    assert session is not None
    drivers.scheduler.advance((3 + 60) / QUICK_SPEED + 0.05)  # 6.3 s of real time
    assert session.state is State.FINISHED


def test_closing_the_trial_stops_it(qtbot: QtBot, view: RoutinesView) -> None:
    drivers = TrialDrivers()
    view.try_driver_factory = drivers
    click(qtbot, view.editor.try_button)
    dialog = view.try_dialog
    assert dialog is not None
    session = drivers.drivers[0].session
    assert session is not None
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        dialog.reject()
    assert session.state is State.IDLE
    assert view.try_dialog is None


def test_try_is_off_while_the_routine_is_invalid(qtbot: QtBot, view: RoutinesView) -> None:
    type_into(qtbot, view.editor.routine_form.name_edit, " ")
    assert not view.editor.try_button.isEnabled()
    assert view.try_routine(1.0) is None


def test_scaled_clock_and_scheduler(qapp: object) -> None:
    base = FakeClock(100.0)
    clock = scaled_clock(10.0, base)
    assert clock() == 100.0
    base.advance(1.5)
    assert clock() == pytest.approx(115.0)
    calls: list[int] = []
    scheduler = ScaledScheduler(lambda: calls.append(1), 10.0)
    scheduler.arm(2.0)  # 2 s of routine time: 200 ms of real time
    inner = scheduler._inner._timer  # the real QTimer underneath
    assert inner.isActive()
    assert inner.interval() == 200
    scheduler.cancel()
    assert not inner.isActive()
