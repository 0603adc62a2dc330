"""The run window driven like a runner would: keys, buttons and a fake clock, start to finish.

The ``window`` fixture is the real main window with the driver on a fake clock; time only moves
when ``scheduler.advance`` fires the driver's timer, so nothing here waits in real time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import FakeClock, FakeScheduler, library
from warmup_app import paths
from warmup_app.core.cues import CueKind
from warmup_app.core.session import FiredCue, Session, State
from warmup_app.core.timeline import Cue
from warmup_app.gui.common.theme import DARK, LIGHT, stylesheet
from warmup_app.gui.main_window import MainWindow
from warmup_app.gui.run.stage import FLASH_MS, Stage
from warmup_app.gui.run.view import RunView
from warmup_app.runner.driver import SessionDriver

Key = Qt.Key


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """A key as the keyboard delivers it: to whatever has focus (the window if nothing has)."""
    QApplication.processEvents()
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key)


def session_of(window: MainWindow) -> Session:
    session = window.driver.session
    assert session is not None
    return session


def state(window: MainWindow) -> State:
    return session_of(window).state


def texts(view: RunView) -> dict[str, str]:
    stage = view.stage
    return {
        "phase": stage.phase.text(),
        "step": stage.step_name.text(),
        "side": stage.side.text(),
        "countdown": stage.countdown.text(),
        "reps": stage.reps.text(),
        "instructions": stage.instructions.text(),
        "next": stage.next_up.text(),
        "banner": stage.banner.text(),
        "overall": view.progress.overall_time.text(),
    }


def bars(view: RunView) -> list[int]:
    return [bar.value() for bar in view.progress.part_bars] + [view.progress.overall_bar.value()]


@pytest.fixture
def view(window: MainWindow) -> RunView:
    return window.run_view


@pytest.fixture
def fired(driver: SessionDriver) -> list[FiredCue]:
    cues: list[FiredCue] = []
    driver.cue_fired.connect(cues.append)
    return cues


def test_a_long_run_does_not_eat_references_to_none_or_true(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler
) -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a method
    returning void, and one to True on every signal emit. Each second of a routine makes ~20
    such calls, so the app died ~10 minutes into a warm-up ("Fatal Python error: none_dealloc").
    PySide6 6.11 is fine; on Python >= 3.12 both objects are immortal and this cannot happen.
    """
    press(qtbot, window, Key.Key_Space)
    before = sys.getrefcount(None), sys.getrefcount(True)
    scheduler.advance(60.0)
    after = sys.getrefcount(None), sys.getrefcount(True)
    lost = [b - a for a, b in zip(after, before, strict=True)]
    assert max(lost) < 40, f"references lost over 60 s of a routine (None, True): {lost}"


# -- the picker -------------------------------------------------------------------------------


def test_picker_lists_each_routine_with_its_total_and_parts(view: RunView) -> None:
    combo = view.picker.combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "Small test  (1:35)" in items
    assert "Pre-run warm-up  (17:45)" in items
    assert combo.currentText() == "Small test  (1:35)"
    assert view.picker.summary.text() == "Jog 0:30 · Stretches 1:05"
    assert view.picker.warning.isVisible()  # 1:35 is far from the recommended 15-20 min
    assert "shorter than the recommended 15-20 min" in view.picker.warning.text()
    assert not view.picker.broken.isVisible()

    combo.setCurrentIndex(combo.findData("pre-run"))
    assert view.picker.summary.text() == "Jog 8:00 · Dynamic stretches 9:45"
    assert not view.picker.warning.isVisible()
    assert texts(view)["step"] == "Brisk walk"
    assert [label.text() for label in view.progress.part_names] == ["Jog", "Dynamic stretches"]


def test_idle_window_shows_the_routine_ready_to_start(view: RunView) -> None:
    shown = texts(view)
    assert shown["phase"] == "Ready. Press Space to start"
    assert shown["countdown"] == "0:05"
    assert shown["step"] == "Easy jog"
    assert shown["overall"] == "0:00 done, 1:35 left"
    assert bars(view) == [0, 0, 0]
    assert view.start_button.text() == "Start"
    for button in (view.back_button, view.skip_button, view.stop_button, view.restart_button):
        assert not button.isEnabled()
    assert view.picker.combo.isEnabled()


# -- a whole routine --------------------------------------------------------------------------


def test_small_routine_start_to_finish(
    qtbot: QtBot,
    window: MainWindow,
    view: RunView,
    scheduler: FakeScheduler,
    fired: list[FiredCue],
) -> None:
    stage = view.stage
    press(qtbot, window, Key.Key_Space)
    assert state(window) is State.LEAD_IN
    shown = texts(view)
    assert shown["phase"] == "Get ready"
    assert shown["countdown"] == "0:05"
    assert shown["step"] == "Easy jog"
    assert shown["next"] == "Next: Lunge (◀ LEFT side)"
    assert view.start_button.text() == "Pause"
    assert not view.picker.combo.isEnabled()
    assert not stage.is_flashing()  # the spoken next-up at 0 has no flash of its own

    scheduler.advance(2.0)
    assert texts(view)["countdown"] == "0:03"
    assert stage.is_flashing()
    assert texts(view)["banner"] == "3"

    scheduler.advance(3.0)  # 5 s: the jog starts
    assert state(window) is State.RUNNING
    shown = texts(view)
    assert shown["countdown"] == "0:30"
    assert shown["phase"] == "Work · Jog · step 1 of 3"
    assert shown["step"] == "Easy jog"
    assert shown["side"] == ""
    assert shown["instructions"] == "Talk in full sentences."
    assert shown["reps"] == ""

    scheduler.advance(15.0)  # 20 s: halfway through the jog
    shown = texts(view)
    assert shown["countdown"] == "0:15"
    assert shown["banner"] == "Halfway"
    assert shown["overall"] == "0:15 done, 1:20 left"
    assert view.progress.part_times[0].text() == "0:15 / 0:30"
    assert bars(view) == [500, 0, round(15 / 95 * 1000)]

    scheduler.advance(15.0)  # 35 s: the lunge, left side
    shown = texts(view)
    assert shown["step"] == "Lunge"
    assert "LEFT" in shown["side"]
    assert shown["countdown"] == "0:20"
    assert shown["phase"] == "Work · Stretches · step 2 of 3"
    assert shown["reps"] == "8 reps each side"
    assert shown["instructions"] == "Rock forward for 2 s, back for 2 s."
    assert shown["next"] == "Next: Lunge (RIGHT side ▶)"
    assert bars(view)[:2] == [1000, 0]

    scheduler.advance(20.0)  # 55 s: switch sides
    shown = texts(view)
    assert shown["phase"] == "Switch sides"
    assert shown["countdown"] == "0:05"
    assert "RIGHT" in shown["side"]
    assert shown["banner"] == "Switch sides"

    scheduler.advance(5.0)  # 60 s: right side
    shown = texts(view)
    assert "RIGHT" in shown["side"]
    assert shown["countdown"] == "0:20"
    assert shown["next"] == "Next: Calf raise"

    scheduler.advance(20.0)  # 80 s: transition to the last step
    shown = texts(view)
    assert shown["phase"] == "Get into position"
    assert shown["countdown"] == "0:05"
    assert shown["step"] == "Calf raise"
    assert shown["side"] == ""
    assert shown["next"] == "Next: finish"

    scheduler.advance(5.0 + 14.0)  # 99 s: the last second
    assert texts(view)["countdown"] == "0:01"
    assert state(window) is State.RUNNING

    with qtbot.waitSignal(window.driver.finished, timeout=1000):
        scheduler.advance(1.0)
    assert state(window) is State.FINISHED
    shown = texts(view)
    assert shown["phase"] == "Finished"
    assert shown["step"] == "Warm-up complete. Have a good run!"
    assert shown["countdown"] == "0:00"
    assert shown["banner"] == "Done!"
    assert shown["overall"] == "1:35 done, 0:00 left"
    assert bars(view) == [1000, 1000, 1000]
    assert view.start_button.text() == "Start again"
    assert view.picker.combo.isEnabled()
    assert scheduler.deadline is None

    timeline = session_of(window).timeline
    assert [f.cue for f in fired] == list(timeline.cues)
    assert all(f.actual == pytest.approx(f.cue.at) for f in fired[:-1])

    press(qtbot, window, Key.Key_Space)  # "Start again"
    assert state(window) is State.LEAD_IN
    assert texts(view)["countdown"] == "0:05"


def test_builtin_pre_run_runs_to_the_end(
    qtbot: QtBot,
    window: MainWindow,
    view: RunView,
    scheduler: FakeScheduler,
    fired: list[FiredCue],
) -> None:
    view.picker.combo.setCurrentIndex(view.picker.combo.findData("pre-run"))
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(10.0 + 60.0 + 30.0)  # 30 s into the easy jog
    shown = texts(view)
    assert shown["step"] == "Easy jog"
    assert shown["countdown"] == "6:30"
    assert shown["next"] == "Next: Deep lunge stretch (◀ LEFT leg forward)"
    assert bars(view)[0] == round(90 / 480 * 1000)

    with qtbot.waitSignal(window.driver.finished, timeout=1000):
        scheduler.advance(17 * 60 + 45 - 90.0)
    timeline = session_of(window).timeline
    assert [f.cue for f in fired] == list(timeline.cues)
    kinds = [f.cue.kind for f in fired]
    assert kinds.count(CueKind.SWITCH_SIDES) == 6
    assert kinds.count(CueKind.PART_START) == 2
    assert texts(view)["overall"] == "17:45 done, 0:00 left"


def test_an_edit_saved_during_a_run_is_used_by_the_next_start(
    qtbot: QtBot,
    window: MainWindow,
    view: RunView,
    small_routine: Path,
    scheduler: FakeScheduler,
) -> None:
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(10.0)
    text = small_routine.read_text(encoding="utf-8")
    small_routine.write_text(text.replace('"Easy jog"', '"Easier jog"'), encoding="utf-8")
    window.controller.set_library(
        library(), select_id="small"
    )  # as the Routines tab does after a save
    assert texts(view)["step"] == "Easy jog"  # the run goes on unchanged
    with qtbot.waitSignal(window.driver.finished, timeout=1000):
        scheduler.advance(100.0)
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(5.0)
    assert texts(view)["step"] == "Easier jog"


# -- keys -------------------------------------------------------------------------------------


def test_space_pauses_and_resumes_with_time_frozen_while_paused(
    qtbot: QtBot,
    window: MainWindow,
    view: RunView,
    scheduler: FakeScheduler,
    clock: FakeClock,
    fired: list[FiredCue],
) -> None:
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(20.0)
    press(qtbot, window, Key.Key_Space)
    assert state(window) is State.PAUSED
    assert view.start_button.text() == "Resume"
    assert texts(view)["phase"].startswith("Paused")
    assert scheduler.deadline is None
    count = len(fired)

    scheduler.advance(120.0)  # two minutes on the clock: nothing moves
    window.driver.poll()
    assert len(fired) == count
    assert texts(view)["countdown"] == "0:15"
    assert session_of(window).elapsed() == pytest.approx(20.0)
    assert view.stop_button.isEnabled()
    assert not view.picker.combo.isEnabled()

    press(qtbot, window, Key.Key_Space)
    assert state(window) is State.RUNNING
    assert view.start_button.text() == "Pause"
    scheduler.advance(15.0)
    assert texts(view)["step"] == "Lunge"
    assert session_of(window).elapsed() == pytest.approx(35.0)


def test_right_skips_and_left_goes_back(
    qtbot: QtBot,
    window: MainWindow,
    view: RunView,
    scheduler: FakeScheduler,
    fired: list[FiredCue],
) -> None:
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(8.0)
    press(qtbot, window, Key.Key_Right)  # jog -> lunge left
    assert session_of(window).elapsed() == pytest.approx(35.0)
    assert texts(view)["step"] == "Lunge"
    assert "LEFT" in texts(view)["side"]
    assert texts(view)["countdown"] == "0:20"
    assert fired[-2].cue.kind is CueKind.GO

    press(qtbot, window, Key.Key_Right)  # lunge left -> lunge right (the switch is skipped too)
    assert session_of(window).elapsed() == pytest.approx(60.0)
    assert "RIGHT" in texts(view)["side"]
    assert fired[-1].cue.kind is CueKind.GO
    assert fired[-1].cue.side is not None

    scheduler.advance(7.0)
    assert texts(view)["countdown"] == "0:13"
    press(qtbot, window, Key.Key_Left)  # back to the start of this side
    assert session_of(window).elapsed() == pytest.approx(60.0)
    assert texts(view)["countdown"] == "0:20"
    assert "RIGHT" in texts(view)["side"]

    scheduler.advance(1.5)
    press(qtbot, window, Key.Key_Left)  # again within 2 s: the one before
    assert session_of(window).elapsed() == pytest.approx(35.0)
    assert "LEFT" in texts(view)["side"]

    scheduler.advance(3.0)
    press(qtbot, window, Key.Key_Left)  # 3 s later it is a fresh press: start of this one
    assert session_of(window).elapsed() == pytest.approx(35.0)

    for _ in range(3):  # lunge right, calf raise, then the end
        press(qtbot, window, Key.Key_Right)
    assert state(window) is State.FINISHED
    assert fired[-1].cue.kind is CueKind.FINISH


def test_r_restarts_from_the_lead_in(
    qtbot: QtBot, window: MainWindow, view: RunView, scheduler: FakeScheduler
) -> None:
    press(qtbot, window, Key.Key_R)  # idle: nothing to restart
    assert state(window) is State.IDLE
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(42.0)
    view.confirm_restart = lambda: True
    press(qtbot, window, Key.Key_R)
    assert state(window) is State.LEAD_IN
    assert session_of(window).elapsed() == pytest.approx(0.0)
    assert texts(view)["countdown"] == "0:05"
    assert texts(view)["phase"] == "Get ready"
    scheduler.advance(5.0)
    assert texts(view)["step"] == "Easy jog"


def test_r_while_running_asks_first_and_holds_the_clock(
    qtbot: QtBot, window: MainWindow, view: RunView, scheduler: FakeScheduler, clock: FakeClock
) -> None:
    """A stray R mid-run must not throw the runner's place away (issue 11, point 6)."""
    asked: list[State] = []

    def no() -> bool:
        asked.append(state(window))
        assert scheduler.deadline is None  # no timer runs while the runner decides
        clock.advance(20.0)
        return False

    press(qtbot, window, Key.Key_Space)
    scheduler.advance(12.0)
    view.confirm_restart = no
    press(qtbot, window, Key.Key_R)
    assert asked == [State.PAUSED]
    assert state(window) is State.RUNNING  # "No": carry on where we were
    assert session_of(window).elapsed() == pytest.approx(12.0)

    press(qtbot, window, Key.Key_Space)  # paused: R asks and stays paused on No
    view.restart_button.click()
    assert asked == [State.PAUSED, State.PAUSED]
    assert state(window) is State.PAUSED
    assert session_of(window).elapsed() == pytest.approx(12.0)


def test_r_after_the_finish_restarts_without_asking(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler
) -> None:
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(200.0)
    assert state(window) is State.FINISHED
    press(qtbot, window, Key.Key_R)  # the fixture's confirm_restart fails the test if asked
    assert state(window) is State.LEAD_IN


def test_the_restart_question_defaults_to_no(
    qtbot: QtBot, window: MainWindow, view: RunView, scheduler: FakeScheduler
) -> None:
    """The real dialog: Enter in it must keep the warm-up going."""
    seen: list[tuple[str, QMessageBox.StandardButton | None]] = []

    def answer_with_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not open yet: look again shortly
            QTimer.singleShot(10, answer_with_enter)
            return
        default = box.defaultButton()
        seen.append((box.windowTitle(), box.standardButton(default) if default else None))
        qtbot.keyClick(box, Key.Key_Return)  # answer first: a failed check here would hang

    view.confirm_restart = view._ask_restart  # the fixture had replaced it
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(9.0)
    QTimer.singleShot(0, answer_with_enter)
    press(qtbot, window, Key.Key_R)  # returns once the dialog has been answered
    assert seen == [("Restart the warm-up?", QMessageBox.StandardButton.No)]
    assert state(window) is State.RUNNING
    assert session_of(window).elapsed() == pytest.approx(9.0)


def test_escape_asks_and_holds_the_clock_while_asking(
    qtbot: QtBot,
    window: MainWindow,
    view: RunView,
    scheduler: FakeScheduler,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[State] = []

    def answer(result: bool) -> object:
        def confirm() -> bool:
            asked.append(state(window))
            assert scheduler.deadline is None  # no timer runs while the runner decides
            clock.advance(30.0)  # the runner thinks for 30 s
            return result

        return confirm

    press(qtbot, window, Key.Key_Space)
    scheduler.advance(12.0)
    monkeypatch.setattr(view, "confirm_stop", answer(False))
    press(qtbot, window, Key.Key_Escape)
    assert asked == [State.PAUSED]
    assert state(window) is State.RUNNING  # "No": carry on where we were
    assert session_of(window).elapsed() == pytest.approx(12.0)
    assert texts(view)["countdown"] == "0:23"
    assert scheduler.deadline is not None

    monkeypatch.setattr(view, "confirm_stop", answer(True))
    press(qtbot, window, Key.Key_Escape)
    assert asked == [State.PAUSED, State.PAUSED]
    assert state(window) is State.IDLE
    assert scheduler.deadline is None
    assert view.start_button.text() == "Start"
    assert view.picker.combo.isEnabled()
    assert not view.stop_button.isEnabled()

    press(qtbot, window, Key.Key_Space)  # a fresh start from the top
    assert state(window) is State.LEAD_IN
    assert session_of(window).elapsed() == pytest.approx(0.0)


def test_the_stop_question_defaults_to_no(
    qtbot: QtBot, window: MainWindow, view: RunView, scheduler: FakeScheduler
) -> None:
    """The real dialog: Enter or Esc in it must not throw the warm-up away."""
    seen: list[tuple[str, QMessageBox.StandardButton | None]] = []

    def answer_with_escape() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not open yet: look again shortly
            QTimer.singleShot(10, answer_with_escape)
            return
        default = box.defaultButton()
        seen.append((box.text(), box.standardButton(default) if default else None))
        qtbot.keyClick(box, Key.Key_Escape)  # answer first: a failed check here would hang

    view.confirm_stop = view._ask_stop  # the fixture had replaced it
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(3.0)
    QTimer.singleShot(0, answer_with_escape)
    press(qtbot, window, Key.Key_Escape)  # returns once the dialog has been answered
    assert seen == [
        ("Stop this warm-up? Your place in it will be lost.", QMessageBox.StandardButton.No)
    ]
    assert state(window) is State.LEAD_IN
    assert session_of(window).elapsed() == pytest.approx(3.0)


def test_escape_while_paused_asks_and_stays_paused_on_no(
    qtbot: QtBot, window: MainWindow, view: RunView, scheduler: FakeScheduler
) -> None:
    answers = iter([False])
    view.confirm_stop = lambda: next(answers)
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(6.0)
    press(qtbot, window, Key.Key_Space)
    press(qtbot, window, Key.Key_Escape)
    assert state(window) is State.PAUSED


def test_escape_when_idle_asks_nothing(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, Key.Key_Escape)  # the fixture's confirm_stop fails the test if asked
    assert state(window) is State.IDLE


def test_f11_toggles_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.isFullScreen()
    with qtbot.waitSignal(window.run_view.fullscreen_toggled, timeout=1000):
        press(qtbot, window, Key.Key_F11)
    assert window.isFullScreen()
    press(qtbot, window, Key.Key_F11)
    assert not window.isFullScreen()


# -- focus ------------------------------------------------------------------------------------


def test_space_on_a_focused_start_button_toggles_once(
    qtbot: QtBot, window: MainWindow, view: RunView
) -> None:
    view.start_button.setFocus()
    press(qtbot, window, Key.Key_Space)
    assert state(window) is State.LEAD_IN  # twice would have paused it again
    press(qtbot, window, Key.Key_Space)
    assert state(window) is State.PAUSED


def test_a_click_on_start_toggles_once(qtbot: QtBot, window: MainWindow, view: RunView) -> None:
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert state(window) is State.LEAD_IN


@pytest.mark.parametrize("button", ["back_button", "skip_button", "restart_button"])
def test_keys_work_with_any_button_focused(
    qtbot: QtBot, window: MainWindow, view: RunView, scheduler: FakeScheduler, button: str
) -> None:
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(8.0)
    getattr(view, button).setFocus()
    press(qtbot, window, Key.Key_Right)
    assert session_of(window).elapsed() == pytest.approx(35.0)
    press(qtbot, window, Key.Key_Space)
    assert state(window) is State.PAUSED


def test_keys_work_as_soon_as_the_window_opens(qtbot: QtBot, window: MainWindow) -> None:
    """The first thing a runner does is press Space: it must not land on the tab bar."""
    press(qtbot, window, Key.Key_Space)
    assert state(window) is State.LEAD_IN


def test_keys_still_work_after_clicking_stop(
    qtbot: QtBot, window: MainWindow, view: RunView, scheduler: FakeScheduler
) -> None:
    view.confirm_stop = lambda: True
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(3.0)
    qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    assert state(window) is State.IDLE
    press(qtbot, window, Key.Key_Space)  # the stop button is disabled now; focus moved on
    assert state(window) is State.LEAD_IN


def test_keys_still_work_after_skipping_to_the_end_with_the_button(
    qtbot: QtBot, window: MainWindow, view: RunView
) -> None:
    press(qtbot, window, Key.Key_Space)
    for _ in range(5):  # lead-in -> jog -> lunge left -> right -> calf raise -> the end
        qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
    assert state(window) is State.FINISHED
    press(qtbot, window, Key.Key_Space)
    assert state(window) is State.LEAD_IN


def test_keys_still_work_after_choosing_a_routine_in_the_picker(
    qtbot: QtBot, window: MainWindow, view: RunView
) -> None:
    combo = view.picker.combo
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("quick"))
    press(qtbot, window, Key.Key_Space)
    assert state(window) is State.LEAD_IN
    assert texts(view)["step"] == "Brisk walk"
    press(qtbot, window, Key.Key_Space)  # the picker is disabled now; focus moved on
    assert state(window) is State.PAUSED


def test_typing_in_a_text_field_elsewhere_does_not_control_the_timer(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler
) -> None:
    page = QWidget()
    edit = QLineEdit(page)
    QVBoxLayout(page).addWidget(edit)
    window.tabs.addTab(page, "Notes")
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(10.0)
    window.tabs.setCurrentWidget(page)
    edit.setFocus()
    qtbot.keyClicks(edit, "run r")
    for key in (Key.Key_Left, Key.Key_Right, Key.Key_Space, Key.Key_Escape):
        qtbot.keyClick(edit, key)
    assert edit.text() == "run r "
    assert state(window) is State.RUNNING
    assert session_of(window).elapsed() == pytest.approx(10.0)
    assert not window.isFullScreen()

    window.tabs.setCurrentWidget(window.run_view)  # back to the warm-up: the keys work again
    press(qtbot, window, Key.Key_Space)
    assert state(window) is State.PAUSED


# -- text from files --------------------------------------------------------------------------

HOSTILE = """\
format = 1
name = "<b>x</b>"
description = "<script>alert(1)</script>"
lead_in = "3s"

[[parts]]
name = "<i>Part</i>"

  [[parts.steps]]
  name = "<b>Step</b> & co"
  duration = "20s"
  per_side = true
  reps = "<u>8</u> reps"
  instructions = "<a href='https://example.com'>link</a><br><img src='x.png'>"
"""


def test_routine_text_is_shown_as_plain_text(
    qtbot: QtBot,
    window: MainWindow,
    view: RunView,
    user_routines: Path,
    scheduler: FakeScheduler,
) -> None:
    (user_routines / "html.warmup.toml").write_text(HOSTILE, encoding="utf-8")
    window.controller.set_library(library(), select_id="html")
    assert view.picker.combo.currentText().startswith("<b>x</b>")
    assert "<i>Part</i>" in view.picker.summary.text()
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(3.0)
    shown = texts(view)
    assert shown["step"] == "<b>Step</b> & co"
    assert shown["reps"] == "<u>8</u> reps"
    assert shown["instructions"] == "<a href='https://example.com'>link</a><br><img src='x.png'>"
    assert "<i>Part</i>" in shown["phase"]
    assert view.progress.part_names[0].text() == "<i>Part</i>"
    labels = view.findChildren(QLabel)
    assert len(labels) > 10
    for label in labels:
        assert label.textFormat() is Qt.TextFormat.PlainText, label.objectName() or label.text()


# -- broken files -----------------------------------------------------------------------------


def test_a_broken_user_routine_is_listed_and_the_rest_still_runs(
    qtbot: QtBot,
    window: MainWindow,
    view: RunView,
    user_routines: Path,
    scheduler: FakeScheduler,
) -> None:
    (user_routines / "typo.warmup.toml").write_text(
        'format = 1\nname = "Typo"\n[[parts]]\nname = "P"\n'
        '  [[parts.steps]]\n  name = "S"\n  durration = "1m"\n',
        encoding="utf-8",
    )
    (user_routines / "junk.warmup.toml").write_bytes(b"\xff\xfe\x00binary\x00junk")
    window.controller.set_library(library(), select_id="small")
    broken = view.picker.broken
    assert broken.isVisible()
    assert broken.textFormat() is Qt.TextFormat.PlainText
    assert "2 routine files could not be read" in broken.text()
    view.picker.broken_button.click()
    assert view.picker.broken_list is not None
    text = view.picker.broken_list.toPlainText()
    assert "typo.warmup.toml" in text
    assert "junk.warmup.toml" in text
    # The first problem by line, and how many more there are.
    assert "typo.warmup.toml: parts[0].steps[0].duration: is required (+1 more)" in text
    assert "not UTF-8" in text
    assert view.picker.broken_dialog is not None
    view.picker.broken_dialog.reject()

    combo = view.picker.combo
    ids = [combo.itemData(i) for i in range(combo.count())]
    assert "small" in ids
    assert "pre-run" in ids
    assert "typo" not in ids
    assert "junk" not in ids

    press(qtbot, window, Key.Key_Space)
    with qtbot.waitSignal(window.driver.finished, timeout=1000):
        scheduler.advance(100.0)
    assert texts(view)["phase"] == "Finished"


def test_the_broken_list_goes_away_when_the_file_is_fixed(
    window: MainWindow, view: RunView, user_routines: Path
) -> None:
    bad = user_routines / "bad.warmup.toml"
    bad.write_text("format = 1\nname = \n", encoding="utf-8")
    window.controller.set_library(library(), select_id="small")
    assert view.picker.broken.isVisible()
    view.picker.broken_button.click()
    assert view.picker.broken_list is not None
    assert "bad.warmup.toml" in view.picker.broken_list.toPlainText()
    bad.unlink()
    window.controller.set_library(library(), select_id="small")
    assert not view.picker.broken.isVisible()
    assert paths.user_paths().routines == user_routines


# -- how it looks -----------------------------------------------------------------------------


def _background(stage: Stage) -> QColor:
    image = stage.grab().toImage()
    return image.pixelColor(12, image.height() // 2)  # in the left margin, clear of any text


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_cues_flash_the_stage_visibly(
    qtbot: QtBot,
    window: MainWindow,
    view: RunView,
    scheduler: FakeScheduler,
    palette: dict[str, str],
) -> None:
    window.setStyleSheet(stylesheet(dark=palette is DARK))
    stage = view.stage
    assert _background(stage) == QColor(palette["stage"])
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(2.0)  # countdown "3"
    assert stage.is_flashing()
    assert _background(stage) == QColor(palette["flash"])


def test_a_flash_is_brief_and_silent_cues_do_not_flash(qapp: object) -> None:
    stage = Stage()
    try:
        stage.flash(FiredCue(Cue(CueKind.METRONOME, 6.0, 0, 0, None), 6.0))
        stage.flash(FiredCue(Cue(CueKind.NEXT_UP, 6.0, 0, 0, None, "Next: Lunge"), 6.0))
        assert not stage.is_flashing()
        assert stage.banner.text() == ""
        stage.flash(FiredCue(Cue(CueKind.GO, 6.0, 0, 0, None, "Lunge"), 6.0))
        assert stage.is_flashing()
        assert stage.banner.text() == "Go!"
        timers = [t for t in stage.children() if t.metaObject().className() == "QTimer"]
        assert len(timers) == 1
        assert timers[0].isActive()
        assert timers[0].interval() == FLASH_MS
        assert timers[0].isSingleShot()
    finally:
        stage.deleteLater()


def test_keys_work_with_the_tab_bar_focused(qtbot: QtBot, window: MainWindow) -> None:
    """Tab can put the focus on the tab bar; the run keys must not go dead there."""
    window.tabs.tabBar().setFocus()
    press(qtbot, window, Key.Key_Space)
    assert state(window) is State.LEAD_IN


def test_run_keys_are_off_on_other_tabs(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    press(qtbot, window, Key.Key_Space)
    assert state(window) is State.IDLE
    window.tabs.setCurrentWidget(window.run_view)
    press(qtbot, window, Key.Key_Space)
    assert state(window) is State.LEAD_IN


def test_escape_leaves_full_screen_when_nothing_runs(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, Key.Key_F11)
    assert window.isFullScreen()
    press(qtbot, window, Key.Key_Escape)  # idle: the fixture's confirm_stop must not be asked
    assert not window.isFullScreen()


def test_the_routine_summary_stays_readable_while_running(
    qtbot: QtBot, window: MainWindow, view: RunView
) -> None:
    press(qtbot, window, Key.Key_Space)
    assert not view.picker.combo.isEnabled()
    assert view.picker.summary.isEnabled()


def test_a_second_press_while_sounds_load_does_not_pause_the_start(
    qtbot: QtBot, window: MainWindow, view: RunView
) -> None:
    presses: list[State] = []

    def slow_sounds() -> None:  # as the app's wait for the sounds: a nested event loop
        press(qtbot, window, Key.Key_Space)
        presses.append(state(window))

    view.controller.before_start = slow_sounds
    press(qtbot, window, Key.Key_Space)
    assert presses == [State.IDLE]  # the press during the wait was ignored
    assert state(window) is State.LEAD_IN


def test_a_routine_saved_with_changes_mid_run_is_named_as_it_runs(
    window: MainWindow, small_routine: Path, scheduler: FakeScheduler
) -> None:
    view = window.run_view
    view.controller.toggle()
    text = small_routine.read_text(encoding="utf-8")
    small_routine.write_text(text.replace('"Small test"', '"Small test edited"'), encoding="utf-8")
    window.controller.set_library(library(), select_id="small")
    assert view.picker.combo.currentText() == "Small test  (1:35)"  # the one that runs
    window.driver.stop()
    view.controller.toggle()  # the next run takes the saved copy
    assert view.picker.combo.currentText() == "Small test edited  (1:35)"


def test_skipped_time_is_shown_as_skipped_not_as_done(
    qtbot: QtBot, window: MainWindow, view: RunView, scheduler: FakeScheduler
) -> None:
    """Issue 11 point 6: the whole-warm-up line tells skipped time from time done."""
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(15.0)  # 10 s into the 30 s jog
    press(qtbot, window, Key.Key_Right)  # 20 s of jog skipped
    assert texts(view)["overall"] == "0:10 done, 0:20 skipped, 1:05 left"
    bar = view.progress.overall_bar
    assert len(bar.skipped) == 1
    start, end = bar.skipped[0]
    assert start == pytest.approx(10 / 95)
    assert end == pytest.approx(30 / 95)
    # The skipped stretch is drawn unlike the done part before it.
    image = bar.grab().toImage()
    y = image.height() // 2
    done_pixel = image.pixelColor(int(image.width() * 5 / 95), y)
    skipped_pixels = {
        image.pixelColor(x, y).name()
        for x in range(int(image.width() * 12 / 95), int(image.width() * 28 / 95))
    }
    assert done_pixel.name() not in skipped_pixels

    press(qtbot, window, Key.Key_Left)  # back to the start of the lunge: nothing changes
    press(qtbot, window, Key.Key_Left)  # and again: back to the jog, which will now be run
    assert texts(view)["overall"] == "0:00 done, 1:35 left"
    assert bar.skipped == ()


def test_a_run_without_skips_counts_all_time_as_done(
    qtbot: QtBot, window: MainWindow, view: RunView, scheduler: FakeScheduler
) -> None:
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(45.0)
    assert texts(view)["overall"] == "0:40 done, 0:55 left"
    assert view.progress.overall_bar.skipped == ()
