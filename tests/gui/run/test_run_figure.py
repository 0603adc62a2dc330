"""The run screen shows each step's figure and cue lines; the figure moves only while work runs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import FakeScheduler, library
from warmup_app.core.session import State
from warmup_app.core.timeline import Side
from warmup_app.gui.main_window import MainWindow

# pre-run: 10 s lead-in, 1:00 walk, 7:00 jog, then the lunge: 40 s left, 5 s switch, 40 s right.
LUNGE_LEFT = 10 + 60 + 420


def start_pre_run(qtbot: QtBot, window: MainWindow) -> None:
    window.controller.set_library(library(), select_id="pre-run")
    QApplication.processEvents()
    qtbot.keyClick(window.run_view.start_button, Qt.Key.Key_Space)
    assert window.driver.session is not None


def test_each_step_shows_its_figure_and_cue_lines(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler
) -> None:
    stage = window.run_view.stage
    start_pre_run(qtbot, window)
    scheduler.advance(12)
    assert window.driver.session is not None
    assert window.driver.session.state is State.RUNNING
    assert stage.figure.figure() == "walk"
    assert stage.figure.isVisible()
    assert stage.figure.is_animating()
    assert stage.cue_lines.lines() == ["Brisk steps, loose swinging arms"]

    scheduler.advance(LUNGE_LEFT - 12 + 5)
    assert stage.figure.figure() == "deep-lunge"
    assert stage.figure.side() is Side.LEFT
    assert len(stage.cue_lines.lines()) == 3
    assert stage.cue_lines.isVisible()
    left = stage.figure.grab().toImage()

    scheduler.advance(37)  # 0:02 into the switch: the figure holds still
    assert not stage.figure.is_animating()
    scheduler.advance(5)
    assert stage.figure.side() is Side.RIGHT
    assert stage.figure.is_animating()
    assert stage.figure.grab().toImage() != left


def test_pausing_stops_the_figure(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler
) -> None:
    stage = window.run_view.stage
    start_pre_run(qtbot, window)
    scheduler.advance(15)
    assert stage.figure.is_animating()
    qtbot.keyClick(window.run_view.start_button, Qt.Key.Key_Space)
    assert window.driver.session is not None
    assert window.driver.session.state is State.PAUSED
    assert not stage.figure.is_animating()
    assert stage.figure.isVisible()  # still shown, just still


def test_a_step_without_a_figure_shows_none(window: MainWindow) -> None:
    """The test routine ``small`` names no figures: nothing extra on the stage."""
    stage = window.run_view.stage
    assert not stage.figure.isVisible()
    assert not stage.cue_lines.isVisible()
