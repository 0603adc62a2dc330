"""FigureView: draws the figure, mirrors it for the right side, animates only while it is seen."""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from warmup_app.core.figures import JOINTS, FigureLibrary, figure_ids
from warmup_app.core.timeline import Side
from warmup_app.gui.figures import CueLines, FigureView
from warmup_app.gui.figures.view import CACHE_BYTES, FPS, SLOW_FPS, mirror


class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    window = QWidget()
    QVBoxLayout(window)
    window.resize(240, 240)
    qtbot.addWidget(window)
    return window


def make_view(
    window: QWidget, clock: FakeClock, library: FigureLibrary | None = None
) -> FigureView:
    view = FigureView(window, library=library, clock=clock)
    layout = window.layout()
    assert layout is not None
    layout.addWidget(view)
    return view


def shown(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window, timeout=2000)


def ink_pixels(image: QImage) -> int:
    """How many pixels the drawing covers (the background is transparent)."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).alpha() > 0:
                count += 1
    return count


@pytest.mark.parametrize("figure_id", figure_ids())
def test_every_figure_draws_something(qtbot: QtBot, window: QWidget, clock: FakeClock,
                                      figure_id: str) -> None:  # fmt: skip
    view = make_view(window, clock)
    view.set_figure(figure_id, Side.LEFT)
    shown(qtbot, window)
    assert view.isVisible()
    assert ink_pixels(view.grab().toImage()) > 100


@pytest.mark.parametrize("figure_id", ["deep-lunge", "standing-tfl", "walk"])
def test_the_right_side_is_the_left_side_mirrored(
    qtbot: QtBot, window: QWidget, clock: FakeClock, figure_id: str
) -> None:
    view = make_view(window, clock)
    shown(qtbot, window)
    view.set_figure(figure_id, Side.LEFT)
    left = view.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    view.set_figure(figure_id, Side.RIGHT)
    right = view.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert right != left, "the figure is not symmetric: mirroring must change it"
    assert right == mirror(left)


def test_no_figure_or_none_shows_nothing(qtbot: QtBot, window: QWidget, clock: FakeClock) -> None:
    view = make_view(window, clock)
    shown(qtbot, window)
    view.set_figure("deep-lunge", Side.LEFT)
    assert view.isVisible()
    view.set_figure(None, None)
    assert not view.isVisible()
    view.set_playing(True)
    assert not view.is_animating()


def test_a_broken_asset_shows_no_figure_and_logs_once(
    qtbot: QtBot,
    window: QWidget,
    clock: FakeClock,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    (tmp_path / "deep-lunge.json").write_text('{"format": 1, "frames": "oops"}', "utf-8")
    good = {"format": 1, "loop_seconds": 2, "frames": [{joint: [50, 50] for joint in JOINTS}]}
    (tmp_path / "walk.json").write_text(json.dumps(good), "utf-8")
    library = FigureLibrary(tmp_path)
    view = make_view(window, clock, library)
    shown(qtbot, window)
    with caplog.at_level(logging.WARNING):
        for side in (Side.LEFT, Side.RIGHT, Side.LEFT):
            view.set_figure("deep-lunge", side)
            view.set_playing(True)
            assert not view.isVisible()
            assert not view.is_animating()
            view.set_figure("walk", None)
            assert view.isVisible()
    assert len([r for r in caplog.records if "deep-lunge" in r.getMessage()]) == 1


def test_it_moves_while_playing_and_holds_still_when_paused(
    qtbot: QtBot, window: QWidget, clock: FakeClock
) -> None:
    view = make_view(window, clock)
    view.set_figure("deep-lunge", Side.LEFT)
    shown(qtbot, window)
    view.set_playing(True)
    assert view.is_animating()
    start = view.grab().toImage()
    clock.t += 1.0
    moved = view.grab().toImage()
    assert moved != start
    view.set_playing(False)
    assert not view.is_animating()
    clock.t += 1.0
    assert view.grab().toImage() == moved, "paused: the figure must not move"
    view.set_playing(True)
    clock.t += 0.0
    assert view.grab().toImage() == moved, "resumed where it stopped"


def test_the_timer_stops_when_hidden_and_starts_again_when_shown(
    qtbot: QtBot, window: QWidget, clock: FakeClock
) -> None:
    view = make_view(window, clock)
    view.set_figure("standing-calf", Side.RIGHT)
    view.set_playing(True)
    assert not view.is_animating(), "not shown yet"
    shown(qtbot, window)
    assert view.is_animating()
    window.hide()
    assert not view.is_animating()
    shown(qtbot, window)
    assert view.is_animating()


def test_the_timer_stops_when_the_window_is_minimised(
    qtbot: QtBot, window: QWidget, clock: FakeClock
) -> None:
    view = make_view(window, clock)
    view.set_figure("walk", None)
    shown(qtbot, window)
    view.set_playing(True)
    assert view.is_animating()
    window.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.waitUntil(lambda: not view.is_animating(), timeout=2000)
    window.setWindowState(Qt.WindowState.WindowNoState)
    qtbot.waitUntil(view.is_animating, timeout=2000)


def test_the_frame_rate_is_at_most_30_per_second(
    qtbot: QtBot, window: QWidget, clock: FakeClock
) -> None:
    view = make_view(window, clock)
    view.set_figure("easy-jog", None)
    shown(qtbot, window)
    view.set_playing(True)
    timer = view._timer
    assert timer.timerType() is Qt.TimerType.PreciseTimer
    assert timer.interval() == math.ceil(1000 / FPS)  # armed to the next frame's time
    assert FPS <= 30
    clock.t += 0.05  # 50 ms into the first 66.7 ms frame: the next is due in 16.7 ms
    view._tick()
    assert timer.interval() == math.ceil(1000 / FPS - 50)
    view.set_figure("deep-lunge", Side.LEFT)  # a slow 4 s rock: fewer frames will do
    clock.t += 1.0 / SLOW_FPS * 3  # on a frame boundary: the next one a whole frame later
    view._tick()
    assert timer.interval() == pytest.approx(1000 / SLOW_FPS, abs=1)
    assert SLOW_FPS < FPS


def test_a_new_size_side_or_figure_never_shows_an_old_frame(
    qtbot: QtBot, window: QWidget, clock: FakeClock
) -> None:
    """Frames on the stage's colour are kept too: every change that redraws the figure must
    drop them, or an opaque widget would show the old figure, side or size."""
    view = make_view(window, clock)
    view.set_background(QColor("#cdf0d6"))
    view.set_figure("easy-jog", Side.LEFT)
    shown(qtbot, window)
    first = view._frame(0.0)
    window.resize(window.width() + 80, window.height() + 80)  # the layout grows the view
    qtbot.waitUntil(lambda: view._frame(0.0).size() != first.size(), timeout=2000)
    resized = view._frame(0.0)
    assert resized.size() != first.size()
    view.set_figure("easy-jog", Side.RIGHT)
    flipped = view._frame(0.0)
    assert flipped != resized
    assert flipped == mirror(resized)
    view.set_figure("deep-lunge", Side.RIGHT)
    assert view._frame(0.0) != flipped


def test_cue_lines_show_plain_text_and_hide_when_empty(qtbot: QtBot) -> None:
    label = CueLines()
    qtbot.addWidget(label)
    label.show()
    label.set_lines(["<b>Heel down</b>", "Lean in"])
    assert label.isVisible()
    assert label.textFormat() is Qt.TextFormat.PlainText
    assert label.lines() == ["<b>Heel down</b>", "Lean in"]
    label.set_lines([])
    assert not label.isVisible()


def test_seek_shows_a_moment_of_the_movement(
    qtbot: QtBot, window: QWidget, clock: FakeClock
) -> None:
    view = make_view(window, clock)
    view.set_figure("standing-adductor", Side.LEFT)
    shown(qtbot, window)
    start = view.grab().toImage()
    view.seek(2.0)  # half of the 4 s loop: the weight shifted across
    assert view.grab().toImage() != start
    view.seek(0.0)
    assert view.grab().toImage() == start


def test_the_screenshot_tool_renders_one_sheet_per_figure(qapp: object, tmp_path: Path) -> None:
    from tools.screenshots import render_figures

    written = render_figures(tmp_path, size=60)
    assert sorted(p.name for p in written) == sorted(f"{i}.png" for i in figure_ids())
    for path in written:
        image = QImage(str(path))
        assert image.width() > 100
        assert image.height() > 100


def test_each_loop_repeats_the_same_frames_within_a_memory_bound(
    qtbot: QtBot, window: QWidget, clock: FakeClock
) -> None:
    view = make_view(window, clock)
    view.set_figure("standing-calf", Side.RIGHT)
    shown(qtbot, window)
    loop = 4.0
    for step in range(45):
        view.seek(step * 0.1)
        first = view.grab().toImage()
    view.seek(44 * 0.1 + loop)
    assert view.grab().toImage() == first
    window.resize(1400, 1400)  # big frames: the cache stays within its budget
    for step in range(45):
        view.seek(step * 0.1)
        view.grab()
    frame_bytes = view.width() * view.height() * 4
    assert len(view._cache) * frame_bytes <= CACHE_BYTES
