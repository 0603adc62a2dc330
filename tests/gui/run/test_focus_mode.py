"""Focus mode and the colour per phase, seen as a runner sees them: rendered, at real sizes.

The small test routine (tests/qt_fixtures.py): 5 s get-ready, a 30 s jog, a lunge of 20 s each
side with a 5 s switch, a 5 s transition, then a 15 s calf raise.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import FakeScheduler, library
from warmup_app.core.session import State
from warmup_app.gui.common.theme import (
    DARK,
    HIGH_CONTRAST_DARK,
    HIGH_CONTRAST_LIGHT,
    LIGHT,
    stylesheet,
)
from warmup_app.gui.figures import FigureView
from warmup_app.gui.main_window import MainWindow
from warmup_app.gui.run.stage import Phase
from warmup_app.gui.run.view import RunView

Key = Qt.Key
SIZES = [(640, 480), (1024, 600), (1366, 768), (1920, 1080)]
PHASES = ("ready", "work", "switch", "transition", "paused", "finished")


def press(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, mods: Qt.KeyboardModifier | None = None
) -> None:
    QApplication.processEvents()
    target = QApplication.focusWidget() or window
    if mods is None:
        qtbot.keyClick(target, key)
    else:
        qtbot.keyClick(target, key, mods)


def resize(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    """Resize as a user drags: again until it sticks (a small window first drops the
    instructions paragraph, which lets it shrink further)."""

    def reached() -> bool:
        window.resize(width, height)
        QApplication.processEvents()
        return window.width() == width and window.height() == height

    qtbot.waitUntil(reached, timeout=2000)


# -- contrast (WCAG 2.x) ------------------------------------------------------------------------


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(
    "palette",
    [LIGHT, DARK, HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK],
    ids=["light", "dark", "hc-light", "hc-dark"],
)
def test_every_phase_colour_reads_at_4_5_to_1(palette: dict[str, str]) -> None:
    for background in ("stage", "flash", *PHASES):
        for text in ("text", "countdown", "side", "accent", "muted"):
            ratio = contrast(palette[text], palette[background])
            assert ratio >= 4.5, (text, background, round(ratio, 2))
    assert contrast(palette["dimmed"], palette["paused"]) >= 4.5
    assert contrast(palette["overlay_text"], palette["overlay"]) >= 4.5


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_the_phases_differ_in_colour(palette: dict[str, str]) -> None:
    colours = [palette[p] for p in ("stage", *PHASES)]
    assert len(set(colours)) == len(colours)
    # Paused digits are visibly dimmer than running ones.
    assert contrast(palette["dimmed"], palette["paused"]) < contrast(
        palette["countdown"], palette["paused"]
    )


# -- phases on screen ---------------------------------------------------------------------------


def _background(view: RunView) -> QColor:
    stage = view.stage
    image = stage.grab().toImage()
    return image.pixelColor(6, image.height() // 2)  # in the left margin, clear of any text


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_each_phase_has_its_colour_and_its_word(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler, palette: dict[str, str]
) -> None:
    window.setStyleSheet(stylesheet(dark=palette is DARK))
    view = window.run_view
    stage = view.stage
    seen: dict[Phase, tuple[QColor, str]] = {}

    def look() -> None:
        QApplication.processEvents()
        seen[stage.current_phase()] = (_background(view), stage.phase.text())

    press(qtbot, window, Key.Key_Space)
    look()  # 0 s: get ready (no cue flashing yet)
    scheduler.advance(6.0)  # 6 s: the jog
    scheduler.advance(0.0)
    stage.end_flash()  # the "Go!" flash is over
    look()
    scheduler.advance(35.0)  # 41 s: the lunge, left
    scheduler.advance(15.0)  # 56 s: switch sides
    stage.end_flash()
    look()
    scheduler.advance(25.0)  # 81 s: transition to the calf raise
    stage.end_flash()
    look()
    assert stage.step_name.text() == "Calf raise"
    assert stage.side.text() == ""
    press(qtbot, window, Key.Key_Space)  # pause
    stage.end_flash()
    look()
    assert stage.paused_overlay.isVisible()
    assert stage.paused_overlay.text() == "PAUSED"
    press(qtbot, window, Key.Key_Space)
    with qtbot.waitSignal(window.driver.finished, timeout=1000):
        scheduler.advance(30.0)
    stage.end_flash()
    look()
    assert not stage.paused_overlay.isVisible()

    expected = {
        Phase.READY: ("ready", "Get ready"),
        Phase.WORK: ("work", "Work · Jog · step 1 of 3"),
        Phase.SWITCH: ("switch", "Switch sides"),
        Phase.TRANSITION: ("transition", "Get into position"),
        Phase.PAUSED: ("paused", "Paused: Get into position"),
        Phase.FINISHED: ("finished", "Finished"),
    }
    assert set(seen) == set(expected)
    for phase, (key, word) in expected.items():
        colour, text = seen[phase]
        assert colour == QColor(palette[key]), phase
        assert text == word, phase


# -- focus mode ---------------------------------------------------------------------------------


def test_focus_mode_while_running_and_everything_back_when_paused_or_stopped(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler
) -> None:
    view = window.run_view
    assert not view.is_focus_mode()
    assert window.menuBar().isVisible()
    assert window.tabs.tabBar().isVisible()
    press(qtbot, window, Key.Key_Space)
    assert view.is_focus_mode()
    for widget in (window.menuBar(), window.tabs.tabBar(), view.picker, *view.progress.part_bars):
        assert not widget.isVisible(), widget
    assert view.progress.overall_bar.isVisible()
    assert not view.controls_shown()
    assert not view.stage.instructions.isVisible()
    scheduler.advance(10.0)
    assert view.progress.overall_label.text() == "Jog 0:05 / 0:30"

    press(qtbot, window, Key.Key_Space)  # pause: menus, tabs, picker and buttons come back
    assert session_state(window) is State.PAUSED
    assert not view.is_focus_mode()
    for widget in (window.menuBar(), window.tabs.tabBar(), view.picker, view.controls):
        assert widget.isVisible(), widget
    assert all(bar.isVisible() for bar in view.progress.part_bars)
    assert view.progress.overall_label.text() == "Whole warm-up"

    press(qtbot, window, Key.Key_Space)
    assert view.is_focus_mode()
    view.confirm_stop = lambda: True
    press(qtbot, window, Key.Key_Escape)
    assert session_state(window) is State.IDLE
    assert not view.is_focus_mode()
    assert window.menuBar().isVisible()
    assert view.picker.isVisible()


def session_state(window: MainWindow) -> State:
    session = window.driver.session
    assert session is not None
    return session.state


def test_controls_fade_in_on_mouse_move_or_key_and_hide_after_a_while(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.run_view
    press(qtbot, window, Key.Key_Space)
    assert not view.controls_shown()
    qtbot.mouseMove(view.stage, QPoint(40, 40))
    assert view.controls_shown()
    linger = view._linger
    assert linger.isActive()
    assert linger.interval() == RunView.CONTROLS_LINGER_MS
    # The strip floats: showing it does not move the stage.
    stage_height = view.stage.height()
    strip = view.controls.geometry()
    assert view.rect().contains(strip)
    linger.stop()
    view.hide_controls()
    view._fade.setCurrentTime(RunView.FADE_MS)  # the end of the fade, without waiting for it
    assert not view.controls_shown()
    assert view.stage.height() == stage_height

    press(qtbot, window, Key.Key_Right)  # any key brings them back (and still skips)
    assert view.controls_shown()


def test_shortcuts_work_with_the_menu_bar_hidden(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, Key.Key_Space)
    assert not window.menuBar().isVisible()
    with qtbot.waitSignal(window.settings_requested, timeout=1000):
        press(qtbot, window, Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.run_view.fullscreen_toggled, timeout=1000):
        press(qtbot, window, Key.Key_F11)
    assert window.isFullScreen()
    press(qtbot, window, Key.Key_Space)
    assert session_state(window) is State.PAUSED


def test_the_window_fits_640_px_wide(qtbot: QtBot, window: MainWindow) -> None:
    assert window.minimumSizeHint().width() <= 640
    press(qtbot, window, Key.Key_Space)
    assert window.minimumSizeHint().width() <= 640


# -- sizes ---------------------------------------------------------------------------------------


def _ink_rows(image: QImage, box: QRect, background: QColor) -> tuple[int, int, int, int]:
    """Top, bottom, left and right of the pixels in ``box`` that differ from ``background``."""
    top = bottom = left = right = -1
    step = max(1, box.height() // 250)  # sampled on big screens: a pixel or two either way
    for y in range(box.top(), box.bottom() + 1, step):
        for x in range(box.left(), box.right() + 1, 2 * step):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - background.red())
                + abs(c.green() - background.green())
                + abs(c.blue() - background.blue())
                > 150
            ):
                top = y if top < 0 else top
                bottom = y
                left = x if left < 0 else min(left, x)
                right = max(right, x)
    return top, bottom, left, right


def _check_nothing_clips(stage: QWidget) -> None:
    labels = [
        label
        for label in stage.findChildren(QLabel)
        if label.isVisible() and label.text() and label.objectName() != "pausedOverlay"
    ]
    for label in labels:
        if label.objectName() == "countdown":
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
        else:
            needed = label.sizeHint().height()
            assert label.sizeHint().width() <= label.width(), label.objectName()
        assert needed <= label.height(), (label.objectName(), needed, label.height())
    boxes = {
        label.objectName(): QRect(label.mapTo(stage, QPoint(0, 0)), label.size())
        for label in labels
    }
    figure = stage.findChild(FigureView)
    if figure is not None and figure.isVisible():
        boxes["figure"] = QRect(figure.mapTo(stage, QPoint(0, 0)), figure.size())
    for name, box in boxes.items():
        assert stage.rect().contains(box), name
        for other, other_box in boxes.items():
            if name != other:
                assert not box.intersects(other_box), (name, other)


@pytest.mark.parametrize("routine", ["small", "pre-run"])
@pytest.mark.parametrize("size", [*SIZES, (3840, 2160)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_countdown_digits_fill_40_percent_of_the_window(
    qtbot: QtBot,
    window: MainWindow,
    scheduler: FakeScheduler,
    size: tuple[int, int],
    routine: str,
) -> None:
    """On the lunge's left side: name, side, reps and next shown (pre-run: and the figure
    with its cue lines beside the digits)."""
    width, height = size
    window.controller.set_library(library(), select_id=routine)
    press(qtbot, window, Key.Key_Space)
    QApplication.processEvents()  # the focus layout settles before the window shrinks
    resize(qtbot, window, width, height)
    scheduler.advance(40.0 if routine == "small" else 10 + 8 * 60 + 25)
    view = window.run_view
    view.stage.end_flash()
    QApplication.processEvents()
    countdown = view.stage.countdown
    assert countdown.text() == "0:15"
    if routine == "pre-run":
        assert view.stage.figure.isVisible()
        assert view.stage.cue_lines.isVisible()
    image = window.grab().toImage()
    box = QRect(countdown.mapTo(window, QPoint(0, 0)), countdown.size())
    background = image.pixelColor(box.left() + 1, box.top() + 1)
    top, bottom, left, right = _ink_rows(image, box, background)
    digits = bottom - top + 1
    assert digits >= 0.40 * window.height(), (digits, window.height())
    assert digits == pytest.approx(countdown.digit_height(), rel=0.04)
    # Not clipped on any side.
    assert box.left() < left
    assert right < box.right()
    assert box.top() < top
    assert bottom < box.bottom()
    _check_nothing_clips(view.stage)


def test_the_countdown_fits_when_paused_and_in_a_small_window(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler
) -> None:
    resize(qtbot, window, 640, 480)
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(40.0)
    press(qtbot, window, Key.Key_Space)  # paused: picker, bars and buttons back
    QApplication.processEvents()
    assert window.size().height() == 480  # they fit without growing the window
    view = window.run_view
    view.stage.end_flash()
    _check_nothing_clips(view.stage)
    overlay = view.stage.paused_overlay
    assert overlay.isVisible()
    assert view.stage.countdown.geometry().contains(overlay.geometry())


def test_a_minimised_window_does_not_redraw_and_catches_up_when_restored(
    qtbot: QtBot, window: MainWindow, scheduler: FakeScheduler
) -> None:
    view = window.run_view
    press(qtbot, window, Key.Key_Space)
    scheduler.advance(10.0)
    assert view.stage.countdown.text() == "0:25"
    window.setWindowState(Qt.WindowState.WindowMinimized)
    QApplication.processEvents()
    scheduler.advance(5.0)
    assert view.stage.countdown.text() == "0:25"  # nothing drawn for nobody
    window.setWindowState(Qt.WindowState.WindowNoState)
    QApplication.processEvents()
    assert view.stage.countdown.text() == "0:20"
