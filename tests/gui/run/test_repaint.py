"""What a running second repaints: the digits, the figure and the progress line, never the
whole window (which it did every second, a third of the run screen's CPU)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import FakeScheduler, library
from warmup_app.gui.common.text import SteadyLabel
from warmup_app.gui.common.theme import stylesheet
from warmup_app.gui.main_window import MainWindow


class PaintLog(QObject):
    """Every paint event in the application: (widget, the rectangle painted)."""

    def __init__(self) -> None:
        super().__init__()
        self.paints: list[tuple[QWidget, QRect]] = []
        self.layout_requests: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget):
            if event.type() == QEvent.Type.Paint:
                self.paints.append((watched, QRect(event.rect())))  # type: ignore[attr-defined]
            elif event.type() == QEvent.Type.LayoutRequest:
                self.layout_requests.append(watched)
        return False

    def painted(self, widget: QWidget) -> list[QRect]:
        return [rect for painted, rect in self.paints if painted is widget]


@pytest.fixture
def paint_log(qapp: QApplication) -> Iterator[PaintLog]:
    log = PaintLog()
    qapp.installEventFilter(log)
    yield log
    qapp.removeEventFilter(log)


def settle() -> None:
    """Deliver what is posted, and what that posts in turn (a layout request climbs one
    parent per pass)."""
    for _ in range(10):
        QApplication.processEvents()


@pytest.mark.parametrize("routine", ["small", "pre-run"])
def test_a_new_second_repaints_what_changed_not_the_window(
    qtbot: QtBot,
    window: MainWindow,
    scheduler: FakeScheduler,
    paint_log: PaintLog,
    routine: str,
) -> None:
    window.setStyleSheet(stylesheet(dark=False))  # the stage's colours, as the app has them
    window.resize(780, 560)  # within the offscreen screen (800x600)
    window.controller.set_library(library(), select_id=routine)
    QApplication.processEvents()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    assert window.run_view.is_focus_mode()
    scheduler.advance(15.0)  # mid-jog: no cue between 15 and 16 s in either routine
    window.run_view.stage.end_flash()
    settle()  # the flash's restyle lays the window out again, over a few passes
    stage = window.run_view.stage
    before = stage.countdown.text()
    paint_log.paints.clear()
    paint_log.layout_requests.clear()

    scheduler.advance(1.0)
    settle()

    assert stage.countdown.text() != before
    assert paint_log.painted(stage.countdown), "the new number was not drawn"
    assert not paint_log.painted(stage), "the whole stage was repainted for a new number"
    progress = window.run_view.progress
    line = QRect(progress.mapTo(window, QPoint(0, 0)), progress.size())
    for rect in paint_log.painted(window):  # under the progress line's labels: nothing more
        assert line.contains(rect), ("the window was repainted for a new number", rect, line)
    assert window.findChild(QTabWidget) not in paint_log.layout_requests
    if routine == "pre-run":
        assert stage.figure.isVisible()


def test_a_steady_label_keeps_its_size_while_only_digits_change(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    page = QWidget()
    label = SteadyLabel("0:09 / 5:00")
    QVBoxLayout(page).addWidget(label)
    tabs.addTab(page, "page")
    tabs.show()
    settle()
    size = label.size()
    log = PaintLog()
    tabs.installEventFilter(log)

    label.setText("0:10 / 5:00")
    settle()
    assert label.size() == size
    assert log.layout_requests == []  # the tab widget would repaint everything
    assert label.width() >= label.fontMetrics().horizontalAdvance("8:88 / 8:88")

    label.setText("10:00 / 15:00")  # a new shape: sized afresh, so nothing is cut off
    QApplication.processEvents()
    assert label.width() > size.width()
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())


def test_a_figure_frame_repaints_the_figure_alone(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler, paint_log: PaintLog
) -> None:
    """The figure paints the stage's colour behind itself, so a frame (15 a second) does not
    make Qt repaint the stage's rounded stylesheet background beneath it."""
    window.setStyleSheet(stylesheet(dark=True))
    window.resize(780, 560)
    window.controller.set_library(library(), select_id="pre-run")
    settle()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    scheduler.advance(15.0)
    stage = window.run_view.stage
    stage.end_flash()
    settle()
    assert stage.figure.is_animating()
    expected = stage.palette().color(stage.backgroundRole())
    paint_log.paints.clear()

    stage.figure.update()  # what its frame timer does
    settle()

    assert paint_log.painted(stage.figure)
    assert not paint_log.painted(stage)
    image = stage.figure.grab().toImage()
    assert image.pixelColor(1, 1) == expected  # the stage's work colour, not a hole


@pytest.mark.parametrize(
    ("shown", "moving"),
    [(True, True), (True, False), (False, False)],
    ids=["moving", "still", "off"],
)
def test_the_runner_chooses_moving_still_or_no_figures(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler, shown: bool, moving: bool
) -> None:
    """Still: one pose and no frame timer (no motion, no repaints); off: the cue lines alone.
    The choice applies at once, mid-step."""
    window.controller.set_library(library(), select_id="pre-run")
    settle()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    scheduler.advance(15.0)  # jogging: the figure moves
    stage = window.run_view.stage
    assert stage.figure.is_animating()

    stage.set_figures(shown=shown, moving=moving)
    settle()

    assert stage.figure.isVisible() is shown
    assert stage.figure.is_animating() is moving
    assert stage.cue_lines.isVisible()  # the words stay whatever the figure does
    scheduler.advance(2.0)  # the next seconds keep the choice
    assert stage.figure.isVisible() is shown
    assert stage.figure.is_animating() is moving
